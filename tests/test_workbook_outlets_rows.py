"""The Outlets sheet's rows are as high as their printed wrapped cells (the outlet's name, the
document kinds) need, when written and when a refresh writes them again. (book48) The document ids,
which do not print, no longer set a row's height (most rows printed at double height for a path
in them): they show on one line, not wrapped, so that they never show over the next row's (seen
in the example workbook rendered by LibreOffice when a one-line row held wrapped ids)."""

from __future__ import annotations

import openpyxl
from workbook_helpers import records, score

from xlplugin import Settings
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.outlets import FIRST_ROW, OUTLETS, PRINTED_TAIL


def _book(path):
    items = records()
    for item in items:  # one outlet for all three: its ids cell lists three (long) ids
        item.id = item.columns["id"] = f"a-long-document-identifier-{item.id}"
        item.columns["outlet"] = item.outlet = "Harbour Wire Service"
    write_scored_workbook(path, items, score(items), Settings())
    return path


def _first_row_height(path):
    ws = openpyxl.load_workbook(path)[OUTLETS]
    assert "a-long-document-identifier-d1" in str(list(ws.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW, values_only=True))[0])
    return ws.row_dimensions[FIRST_ROW].height


def _ids_cell(path):
    ws = openpyxl.load_workbook(path)[OUTLETS]
    ids = ws.cell(FIRST_ROW, ws.max_column - PRINTED_TAIL + 1)
    assert "a-long-document-identifier-d1" in str(ids.value)
    return ids


def test_outlet_rows_are_not_as_high_as_their_ids_and_the_ids_do_not_wrap(tmp_path):
    path = _book(tmp_path / "book.xlsx")
    # three ids of 29 characters made the row three lines high (45 points) before book48; now its
    # kinds (three, two lines in their column) set it
    assert (_first_row_height(path) or 15) < 45 and not _ids_cell(path).alignment.wrap_text
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    text_col = [c.value for c in ws[1]].index("text") + 1
    ws.cell(2, text_col).value = ws.cell(2, text_col).value + " Officials claimed, without evidence, that it was a disaster."
    wb.save(path)
    summary = refresh_workbook(path)
    assert summary.rescored == 1
    assert (_first_row_height(path) or 15) < 45 and not _ids_cell(path).alignment.wrap_text
