"""(hunt39c) A section label between a table's documents ("Week 2", "Part B" alone in the first
column, every other cell blank) was read as a document: a row "not scored: empty" counted among
the documents read ("3 not scored (3 empty)"), or, where the first column is the text column, a
two-word text scored on its own. It is left out and said by line or row, as a note between the
documents is (hunt39a), in a CSV file, a sheet and a refresh of the Documents sheet alike."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

STATUS = layout.SCORE_HEADERS[-1]
REASON = "a section label"
# (our own short articles, written for these tests)
QUAY = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting "
        "at which residents asked about the cost of the works and the months the ferry road would be closed.")
POOL = ("The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust "
        "said on Monday. Its manager, Ines Duarte, said the new roof cost 1.2 million pounds, paid by the council.")
BUSES = ("Two bus routes to the hospital will run every ten minutes from April, the transport authority said on "
         "Thursday, after patients and staff complained that the buses were full by eight in the morning.")


def _table(tmp_path, form, rows, name="list"):
    if form == "csv":
        source = tmp_path / f"{name}.csv"
        with source.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
        return source
    source = tmp_path / f"{name}.xlsx"
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append([cell if cell != "" else None for cell in row])
    wb.save(source)
    return source


def _scored(tmp_path, capsys, source, code=0):
    out = tmp_path / f"{source.stem}-scored.xlsx"
    capsys.readouterr()
    assert main(["score", str(source), "-o", str(out)]) == code
    err = capsys.readouterr().err
    ws = openpyxl.load_workbook(out)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    return err, [row[0] for row in rows], [row[headers.index("text")] for row in rows], out


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_section_labels_in_the_id_column_are_left_out_and_said(tmp_path, capsys, form):
    source = _table(tmp_path, form, [["id", "title", "text"], ["Week 1", "", ""], ["q1", "Quay", QUAY],
                                     ["Week 2", "", ""], ["p1", "Pool", POOL], ["Part B", "", ""], ["b1", "Buses", BUSES]])
    err, ids, _texts, _out = _scored(tmp_path, capsys, source)
    assert f"3 rows not read, {REASON}" in err, err
    where = ("list.csv line 2", "list.csv line 4", "list.csv line 6") if form == "csv" else \
        ("sheet Sheet row 2", "sheet Sheet row 4", "sheet Sheet row 6")
    assert all(w in err for w in where), err
    assert ids == ["q1", "p1", "b1"]
    assert "3 documents read, 3 scored, 0 not scored" in err and "empty" not in err


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_section_labels_in_the_text_column_are_left_out(tmp_path, capsys, form):
    source = _table(tmp_path, form, [["text", "outlet"], ["Section 1: port", ""], [QUAY, "Town Herald"],
                                     ["Q2 2026", ""], [POOL, "Daily Courier"]])
    err, _ids, texts, _out = _scored(tmp_path, capsys, source)
    assert f"2 rows not read, {REASON}" in err, err
    assert texts == [QUAY, POOL]


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_near_miss_labels_that_are_documents_stay(tmp_path, capsys, form):
    """A row with a label and another cell filled is a document; so is a label in a table of texts
    alone, and a first cell that is no label word and its number."""
    source = _table(tmp_path, form, [["id", "title", "text"], ["Week 1", "Quay", QUAY], ["Weekly round-up", "", ""],
                                     ["p1", "Pool", POOL]])
    err, ids, _texts, _out = _scored(tmp_path, capsys, source)
    assert REASON not in err and ids == ["Week 1", "Weekly round-up", "p1"]
    source = _table(tmp_path, form, [["text"], [QUAY], ["Part B"], [POOL]], name="texts")
    err, _ids, texts, _out = _scored(tmp_path, capsys, source)
    assert REASON not in err and texts == [QUAY, "Part B", POOL]


def test_a_label_typed_between_the_documents_sheet_rows_is_not_scored_by_a_refresh(tmp_path, capsys):
    source = _table(tmp_path, "csv", [["id", "text"], ["q1", QUAY], ["p1", POOL]])
    _err, _ids, _texts, book = _scored(tmp_path, capsys, source)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    ws.insert_rows(3)
    ws["A3"] = "Week 2"
    wb.save(book)
    capsys.readouterr()
    rc = main(["refresh", str(book)])
    err = capsys.readouterr().err
    assert rc == 0, err
    assert f"1 row not read, {REASON}" in err and "row 3" in err, err
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    assert ws.cell(3, headers.index(STATUS) + 1).value is None
