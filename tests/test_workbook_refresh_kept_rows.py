"""Rows a refresh does not score again, when other rows change around them: a cut text in the Read
sheet names its row as it now is, and a row that gains a copy (a row appended with its story)
says so on the Evidence and Read sheets as a fresh score of all the rows would.

The oracle, as in test_workbook_refresh_rows: a workbook scored fresh from the same rows."""

from __future__ import annotations

import openpyxl
import pytest
from test_workbook_refresh_rows import FERRY, TEXTS, _derived, _fresh, _write

from xlplugin.workbook import layout, refresh_workbook

# A text longer than the Read sheet shows (read_sheet.READ_CHARS), in the test's own words: its
# Read cell ends with a marker naming its row in the Documents sheet.
TOWNS = ["Amberley", "Brockton", "Cresswell", "Dunmore", "Elmstead", "Fairholt", "Glenmoor", "Harwick", "Ivybridge",
         "Jarrow", "Kelmscott", "Lindale", "Marwood", "Northam", "Oakhurst", "Pendle", "Quarrington", "Redmire"]
LONG = " ".join(
    f"In {town}, the parish council said on Tuesday that {n + 3} new street lamps would be fitted before the "
    f"winter, and the school board said its roof repairs in {town} would cost {n * 7 + 11} thousand pounds."
    for n, town in enumerate(TOWNS))
OUTLETS = ["Coast Daily", "Village Voice", "Parish News", "City Desk", "Opinion Page"]


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "book.xlsx"
    texts = [TEXTS[1], TEXTS[2], LONG, TEXTS[3], FERRY]
    _write(path, [(f"d{n}", outlet, text) for n, (outlet, text) in enumerate(zip(OUTLETS, texts))])
    return path


def _read_texts(path):
    ws = openpyxl.load_workbook(path, rich_text=True)["Read"]
    return {row[1].value: str(row[5].value) for row in ws.iter_rows(min_row=4) if row[1].value}


def test_a_cut_text_names_its_new_row_after_rows_above_it_are_deleted(book, tmp_path):
    assert "Documents sheet, row 4;" in _read_texts(book)["d2"]
    wb = openpyxl.load_workbook(book)
    wb[layout.DOCUMENTS].delete_rows(2, 1)
    wb.save(book)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.row_changes) == (0, "1 row removed since the last refresh")
    text = _read_texts(book)["d2"]
    assert "Documents sheet, row 3;" in text and "row 4" not in text
    assert _derived(book) == _fresh(book, tmp_path)


def test_a_cut_text_names_its_new_row_after_a_sort(book, tmp_path):
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    rows.reverse()
    for number, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            ws.cell(number, col, value)
    wb.save(book)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.row_changes) == (0, "rows reordered")
    assert "Documents sheet, row 4;" in _read_texts(book)["d2"]  # (the middle row stays the middle row)
    assert _derived(book) == _fresh(book, tmp_path)


def test_an_appended_copy_shows_on_the_row_it_copies(book, tmp_path):
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    new = ws.max_row + 1
    for name, value in (("id", "d9"), ("outlet", "Wire Copy"), ("text", "Updated with comment from the ferry operator. " + FERRY)):
        ws.cell(new, header.index(name) + 1, value)
    wb.save(book)
    summary = refresh_workbook(book)
    assert (summary.appended, summary.rescored) == (1, 0)
    assert _derived(book) == _fresh(book, tmp_path)
