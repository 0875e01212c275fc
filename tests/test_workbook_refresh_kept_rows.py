"""Rows a refresh does not score again, when other rows change around them: a cut text in the Read
sheet names its row as it now is, and a row that gains a copy (a row appended with its story)
says so on the Evidence and Read sheets as a fresh score of all the rows would.

The oracle, as in test_workbook_refresh_rows: a workbook scored fresh from the same rows."""

from __future__ import annotations

import re

import openpyxl
import pytest
from test_workbook_refresh_rows import FERRY, TEXTS, _derived, _edit, _fresh, _write

from xlplugin.inputs import Record
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.workbook.kept_marker import with_doc_row
from xlplugin.workbook import read_sheet
from xlplugin.workbook.read_sheet import ReadRow, capped_runs, marked_runs, read_row_xml, where_text

# A text longer than the Read sheet shows, in the test's own words: its last Read cell ends with a
# marker naming its row in the Documents sheet. (The sheet shows a text over up to
# read_sheet.MAX_PARTS rows, some 50,000 characters; here it shows one row, `short_read`.)
TOWNS = ["Amberley", "Brockton", "Cresswell", "Dunmore", "Elmstead", "Fairholt", "Glenmoor", "Harwick", "Ivybridge",
         "Jarrow", "Kelmscott", "Lindale", "Marwood", "Northam", "Oakhurst", "Pendle", "Quarrington", "Redmire"]
LONG = " ".join(
    f"In {town}, the parish council said on Tuesday that {n + 3} new street lamps would be fitted before the "
    f"winter, and the school board said its roof repairs in {town} would cost {n * 7 + 11} thousand pounds."
    for n, town in enumerate(TOWNS))
OUTLETS = ["Coast Daily", "Village Voice", "Parish News", "City Desk", "Opinion Page"]


@pytest.fixture(autouse=True)
def short_read(monkeypatch):
    monkeypatch.setattr(read_sheet, "MAX_PARTS", 1)


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
    _edit(book, "sort")  # (by outlet: "Parish News" comes fourth)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.row_changes) == (0, "rows reordered")
    assert "Documents sheet, row 5;" in _read_texts(book)["d2"]
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


def _cut_cell(doc_row):
    """A cut text's cell as the Read sheet writes it (without its reference, as a refresh keeps it)."""
    runs = capped_runs(marked_runs(LONG, None, [(0, 40)]), where_text(Record(id="d2", text=LONG), doc_row))
    xml = read_row_xml(9, ReadRow(doc_row, "d2", "", "", None, "", runs, "h"), [None] * 9)
    start = xml.index(b'<c r="F9"')
    return b"<c" + xml[start + len(b'<c r="F9"'):xml.index(b"</c>", start) + 4]


def test_with_doc_row_renumbers_an_inline_cell_and_only_its_marker():
    cell = _cut_cell(4)
    assert with_doc_row(cell, 4) is cell
    moved = with_doc_row(cell, 12)
    assert moved == cell.replace(b"Documents sheet, row 4;", b"Documents sheet, row 12;")
    assert b"<u " in moved  # (the runs and their formatting are kept)
    plain = b'<c s="3" t="inlineStr"><is><t>Documents sheet, row 4; a text of the user</t></is></c>'
    assert with_doc_row(plain, 12) is plain


class _Shared:
    """A shared strings part holding one item: the cut cell's runs."""

    def __init__(self, item, plain):
        self.item, self.text = item, plain

    def plain(self, index):
        return self.text if index == 0 else None

    def raw(self, index):
        return self.item if index == 0 else None


def test_with_doc_row_writes_a_shared_item_inline_with_the_new_row():
    cell = _cut_cell(4)
    runs = cell[cell.index(b"<is>") + 4:cell.index(b"</is>")]
    shared = _Shared(runs, "".join(re.findall(r"<t[^>]*>([^<]*)</t>", runs.decode())))
    kept = b'<c s="3" t="s"><v>0</v></c>'
    assert with_doc_row(kept, 4, shared) is kept
    assert with_doc_row(kept, 7, shared) == b'<c s="3" t="inlineStr"><is>' + runs.replace(b"row 4;", b"row 7;") + b"</is></c>"
    assert with_doc_row(kept, 7, None) is kept
