"""(hunt46) The title rules hunt45 gave the Excel functions, in every other path: `xlplugin score`
on a workbook or CSV file (`inputs`) and a table scored on Dask (`frame.score_table`).

- A date cell in the title column (a date column in the title's place) was the title
  "2024-01-01", with nothing said; it is no title now, and the row's note says so.
- A title cell that holds its own row's text word for word (=C5, the text pasted twice) was the
  row's title; it is no title now, and said.
"""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from xlplugin.excel import functions as f
from xlplugin.inputs import read_paths
from xlplugin.workbook import read_documents

# (our own short reports, written for these tests)
TEXT = ("The county library service said on Tuesday that its mobile library would visit six more villages "
        "from May, after a consultation in which most respondents asked for a fortnightly stop, the service's "
        "manager, Ruth Adeyemi, told the council's community committee.")
OTHER = ("Volunteers planted four hundred trees along the river path on Saturday, the parish council said, "
         "as part of a scheme paid for by a county grant, and a second day of planting is set for March.")


def _book(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "title", "text"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "title", "text"])
        writer.writerows(rows)
    return path


def test_a_date_cell_in_a_workbooks_title_column_is_no_title_and_said(tmp_path):
    book = _book(tmp_path / "in.xlsx", [["a1", dt.datetime(2024, 1, 1), TEXT], ["a2", "Trees planted", OTHER]])
    first, second = read_documents(book)
    assert first.title == "", first.title
    assert "column title: 2024-01-01 is a date, not a title (not counted)" in first.note, first.note
    assert second.title == "Trees planted" and "not a title" not in second.note  # (guard: a text title stays)


def test_a_workbook_row_with_a_date_title_scores_as_the_functions_score_it(tmp_path):
    """The same cells give the same score and say the same thing in both paths."""
    from xlplugin.engine import score_many

    book = _book(tmp_path / "in.xlsx", [["a1", dt.datetime(2024, 1, 1), TEXT]])
    (record,) = read_documents(book)
    (result,) = score_many([record.as_input()])
    row = f.scores([[TEXT]], False, [[dt.datetime(2024, 1, 1)]])[0]
    assert result.reliability == pytest.approx(row[0])
    assert result.title == "", result.title  # (scored with no title, as the function scored it)
    assert "2024-01-01 is a date, not a title (not counted)" in row[-1]


@pytest.mark.parametrize("title", [1984, 2024, "2024", 45292])
def test_a_number_or_a_text_in_a_workbooks_title_column_is_still_a_title(tmp_path, title):
    """Guard: hunt38b's rule: a number in a title reads as text; a workbook tells a number cell
    (45292) from a date cell, where an Excel function given xlwings Lite's serial cannot. (A date
    written as text is no title since hunt47: tests/test_hunt47_date_titles.py.)"""
    (record,) = read_documents(_book(tmp_path / "in.xlsx", [["a1", title, TEXT]]))
    assert record.title == str(title) and "not a title" not in record.note, (record.title, record.note)


def test_a_title_equal_to_its_text_is_no_title_in_a_csv_file(tmp_path):
    path = _csv(tmp_path / "in.csv", [["a1", "Library to visit six more villages", TEXT],
                                      ["a2", "  " + OTHER.upper().replace(" ", "  "), OTHER]])
    first, second = list(read_paths([str(path)]))[:2]
    assert first.title == "Library to visit six more villages" and "not its title" not in first.note
    assert second.title == "", second.title
    assert "column title: the same as the text, not its title (not counted)" in second.note, second.note


def test_a_title_equal_to_its_text_is_no_title_in_a_workbook(tmp_path):
    (record,) = read_documents(_book(tmp_path / "in.xlsx", [["a1", OTHER, OTHER]]))
    assert record.title == "" and "column title: the same as the text, not its title (not counted)" in record.note


def test_the_same_rows_on_dask_say_the_same():
    pa = pytest.importorskip("pyarrow")
    from xlplugin.frame import score_table

    out = score_table(pa.table({"id": ["a1", "a2", "a3"],
                                "title": [OTHER, "Library to visit six more villages", None],
                                "text": [OTHER, TEXT, TEXT]})).to_pylist()
    assert out[0]["title"] in ("", None) and "not its title (not counted)" in out[0]["input_note"], out[0]
    assert out[1]["title"] == "Library to visit six more villages" and not out[1]["input_note"]
    stamped = score_table(pa.table({"id": ["a1"], "title": pa.array([dt.datetime(2024, 1, 1)], pa.timestamp("us")),
                                    "text": [TEXT]})).to_pylist()[0]
    # (the timestamp column is kept as given, the user's own; the note says it was not read as a title)
    assert "column title: 2024-01-01 is a date, not a title (not counted)" in stamped["input_note"], stamped
    untitled = score_table(pa.table({"id": ["a1"], "text": [TEXT]})).to_pylist()[0]
    assert stamped["reliability"] == untitled["reliability"] and stamped["provenance"] == untitled["provenance"]
