"""(hunt47) A title that is only a date is no title, whatever form the cell gives it in.

hunt46 dropped a workbook's or a Parquet table's date cell in the title column (no title, said in
the row's note), but the same date typed as text ("2024-01-01" in a CSV file, whose cells are all
text, or in a text cell of a workbook) stayed the row's title, with nothing said: one column of
dates read two ways, by the cell's type. Now a title that is only a date, in any form the date
reader accepts ("2024-01-01", "March 12, 2024", "12/03/2024"), is no title in every path (`xlplugin
score` on a CSV file or a workbook, a refresh, the Excel functions, a table on Dask), and the row's
note says so in the same words as for a date cell. A title that holds a date among its words, and a
year alone (hunt38b: "1984"), stay titles (guards).
"""

from __future__ import annotations

import datetime as dt

import pytest
from workbook_helpers import documents_rows, refresh_said, set_document_cell, table_file

from xlplugin.cli import main
from xlplugin.excel import functions as f
from xlplugin.inputs import read_paths
from xlplugin.workbook import layout

# (our own short report, written for these tests)
TEXT = ("The county library service said on Tuesday that its mobile library would visit six more villages "
        "from May, after a consultation in which most respondents asked for a fortnightly stop, the service's "
        "manager, Ruth Adeyemi, told the council's community committee.")
DATES = ["2024-01-01", "March 12, 2024", "12/03/2024", "Tue, 12 Mar 2024 10:00:00 GMT", " 2024-01-01 "]
TITLES = ["Budget 2024-01-01 update", "1984", "2024", "Library to visit six more villages"]


def _note(shown: str) -> str:
    return f"column title: {shown} is a date, not a title (not counted)"


@pytest.mark.parametrize("form", ["csv", "xlsx"])
@pytest.mark.parametrize("title", DATES)
def test_a_date_as_text_in_the_title_column_is_no_title_and_said(tmp_path, form, title):
    (record,) = read_paths([str(table_file(tmp_path, form, [["id", "title", "text"], ["a1", title, TEXT]]))])
    assert record.title == "", record.title
    assert _note(title.strip()) in record.note, record.note


def test_the_text_and_the_date_cell_say_the_same(tmp_path):
    """A date column typed as text in one workbook and as date cells in another: one note, one score."""
    typed = table_file(tmp_path, "xlsx", [["id", "title", "text"], ["a1", "2024-01-01", TEXT]], name="typed")
    dated = table_file(tmp_path, "xlsx", [["id", "title", "text"], ["a1", dt.datetime(2024, 1, 1), TEXT]], name="dated")
    (a,), (b,) = read_paths([str(typed)]), read_paths([str(dated)])
    assert (a.title, a.note) == (b.title, b.note) == ("", _note("2024-01-01"))


@pytest.mark.parametrize("title", TITLES)
def test_a_title_that_is_more_than_a_date_stays_a_title(tmp_path, title):
    """Guard: a date among a title's words, a year alone (hunt38b) and a plain title are titles."""
    (record,) = read_paths([str(table_file(tmp_path, "csv", [["id", "title", "text"], ["a1", title, TEXT]]))])
    assert record.title == title and "not a title" not in record.note, (record.title, record.note)


def test_the_excel_functions_read_a_date_typed_as_text_as_score_does(tmp_path, capsys):
    source = table_file(tmp_path, "csv", [["id", "title", "text"], ["a1", "March 12, 2024", TEXT],
                                          ["a2", "Budget 2024-01-01 update", TEXT]])
    capsys.readouterr()
    main(["score", str(source), "--json", "-q"])
    import json

    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    cells = f.scores([[TEXT], [TEXT]], False, [["March 12, 2024"], ["Budget 2024-01-01 update"]])
    assert rows[0]["title"] == "" and rows[1]["title"] == "Budget 2024-01-01 update"
    assert [row["reliability"] for row in rows] == pytest.approx([cells[0][0], cells[1][0]])
    assert "title: March 12, 2024 is a date, not a title (not counted)" in cells[0][-1], cells[0][-1]
    assert "not a title" not in cells[1][-1]  # (guard)


def test_a_table_on_dask_reads_a_date_typed_as_text_as_score_does():
    pa = pytest.importorskip("pyarrow")
    from xlplugin.frame import score_table

    out = score_table(pa.table({"id": ["a1", "a2"], "title": ["2024-01-01", "Budget 2024-01-01 update"],
                                "text": [TEXT, TEXT]})).to_pylist()
    assert out[0]["input_note"] == _note("2024-01-01"), out[0]["input_note"]
    assert not out[1]["input_note"]  # (guard)
    untitled = score_table(pa.table({"id": ["a1"], "text": [TEXT]})).to_pylist()[0]
    assert out[0]["provenance"] == untitled["provenance"] and out[0]["reliability"] == untitled["reliability"]


def test_a_refresh_reads_a_title_typed_as_a_date_as_score_does(tmp_path, capsys):
    """A title typed over with a date in a scored workbook: no title at the refresh, said in the Why."""
    source = table_file(tmp_path, "csv", [["id", "title", "text"], ["a1", "Library to visit six more villages", TEXT]])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    set_document_cell(book, "a1", "title", "2024-01-01")
    refresh_said(book, capsys)
    row = documents_rows(book)["a1"]
    assert row["title"] == "2024-01-01"  # (the user's cell, kept as typed)
    assert _note("2024-01-01") in row[layout.SCORE_HEADERS[-2]], row[layout.SCORE_HEADERS[-2]]


# --- (hunt47, found hunting) a truth value in the title column -------------------------------------


@pytest.mark.parametrize("title", ["TRUE", "false", "WAHR"])
def test_a_truth_value_written_out_in_a_csv_title_is_no_title_as_a_workbooks_true_cell_is(tmp_path, title):
    """A TRUE/FALSE cell of a workbook's title column was "'TRUE' is not a title (not counted)"; the
    same column saved as CSV (a truth value written out) was the title "TRUE", with nothing said."""
    (csv_row,) = read_paths([str(table_file(tmp_path, "csv", [["id", "title", "text"], ["a1", title, TEXT]]))])
    (cell_row,) = read_paths([str(table_file(tmp_path, "xlsx", [["id", "title", "text"], ["a1", True, TEXT]]))])
    assert csv_row.title == cell_row.title == ""
    assert f"column title: {title!r} is not a title (not counted)" in csv_row.note, csv_row.note


@pytest.mark.parametrize("title", ["True Detective returns", "Trueman", "Falsework"])
def test_a_title_with_a_truth_word_in_it_stays_a_title(tmp_path, title):
    """Guard: only the value alone is a truth value."""
    (record,) = read_paths([str(table_file(tmp_path, "csv", [["id", "title", "text"], ["a1", title, TEXT]]))])
    assert record.title == title and not record.note
