"""The print layout (what a printed or PDF page shows): a sheet too wide for one readable page is
not shrunk to fit its long text columns; its key columns fit one page at a readable scale, with
the id column and the header row repeated on every page (the Documents sheet: its scores one
page across, with the id and title)."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter
from workbook_helpers import records, score

from xlplugin import Settings
from xlplugin.workbook import fit, layout, write_scored_workbook
from xlplugin.workbook.outlets import OUTLETS


def _book(tmp_path, items):
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    return openpyxl.load_workbook(path)


def _widths(ws, first: int, last: int) -> list[float]:
    return [ws.column_dimensions[get_column_letter(i)].width for i in range(first, last + 1)]


def _header(ws, row: int = 1) -> list:
    return [cell.value for cell in ws[row]]


@pytest.mark.parametrize("names, repeated", [(("id", "title"), "A:B"), (("id",), "A:A"), (("doc_id", "headline"), "A:B"),
                                             (("ref", "title"), "A:A")], ids=["id+title", "id", "doc_id+headline", "no id"])
def test_a_wide_documents_sheet_prints_its_scores_one_page_across_with_the_names(tmp_path, names, repeated):
    """(display16) Too wide for one readable page (a url, a text, notes of the user's): the scores
    print one page across, landscape, with the row's id and title repeated at their left, at a
    readable scale; the other columns do not print (before: a page of them, then one of scores)."""
    items = records()
    for item in items:
        own = {"id": item.id, "doc_id": item.id, "ref": item.id, "title": item.title, "headline": item.title}
        item.columns = {**{name: own[name] for name in names}, "url": item.url, "notes": "a long remark of ours " * 4,
                        "text": item.columns["text"]}
    ws = _book(tmp_path, items)[layout.DOCUMENTS]
    header = _header(ws)
    index_col = header.index(layout.SCORE_HEADERS[0]) + 1
    status_col = header.index(layout.SCORE_HEADERS[-1]) + 1
    assert fit.page_scale(_widths(ws, 1, status_col)) < fit.MIN_SCALE  # (the case this is about)
    setup = ws.page_setup
    assert setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert not ws.col_breaks.brk  # one page across
    assert ws.print_area == (f"'{layout.DOCUMENTS}'!${get_column_letter(index_col)}$1:"
                             f"${get_column_letter(status_col)}${len(items) + 1}")
    # the row's names at the left of every page: the id and the title beside it (with no id column
    # of the user's, xlplugin's own goes first: "ref" is not a title)
    assert ws.print_title_cols.replace("$", "") == repeated
    assert ws.print_title_rows.replace("$", "") == "1:1"
    first, last = (column_index_from_string(c) for c in repeated.split(":"))
    assert fit.page_scale(_widths(ws, first, last) + _widths(ws, index_col, status_col)) >= fit.MIN_SCALE


def test_a_documents_sheet_that_fits_stays_one_page_wide(tmp_path):
    # an id and a date beside the scores: one page across is readable
    items = records()
    for item in items:
        item.columns = {"id": item.id, "date": "2026-01-31"}
    wb = _book(tmp_path, items)
    ws = wb[layout.DOCUMENTS]
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert not ws.col_breaks.brk and ws.print_title_cols is None
    status_col = _header(ws).index(layout.SCORE_HEADERS[-1]) + 1
    assert fit.page_scale(_widths(ws, 1, status_col)) >= fit.MIN_SCALE


def test_the_outlets_sheet_prints_its_numbers_on_a_readable_page(tmp_path):
    # (sheets17) one page wide, up to the kinds: the ids and the bars' names are not printed (it
    # printed three pages across, its title, note and chart cut on each)
    wb = _book(tmp_path, records())
    ws = wb[OUTLETS]
    last = ws.max_column
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert not ws.col_breaks.brk and ws.print_title_cols is None
    kinds_col = next(c.column for row in ws.iter_rows() for c in row if c.value == "Document kinds")
    assert fit.page_scale(_widths(ws, 1, kinds_col)) >= fit.MIN_SCALE
    # (kinds, ids, then the bars' names: outlets.CHART_LABEL)
    assert last == kinds_col + 2
    # (display16) one range: Gnumeric saves a print area of two ranges as an error
    assert "," not in ws.print_area
    assert ws.print_area == f"'{OUTLETS}'!$A$1:${get_column_letter(kinds_col)}${layout.PRINT_ROWS}"


@pytest.mark.parametrize("sheet", [layout.EVIDENCE, layout.HOW_TO_READ, layout.SETTINGS_SHEET, "Read"])
def test_the_other_sheets_fit_one_readable_page_across(tmp_path, sheet):
    ws = _book(tmp_path, records())[sheet]
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.orientation == "landscape"
    hidden = {column_index_from_string(k) for k, d in ws.column_dimensions.items() if d.hidden}
    shown = [w for i, w in enumerate(_widths(ws, 1, ws.max_column), start=1) if i not in hidden]
    if ws.print_area:
        last = column_index_from_string(ws.print_area.split(":")[-1].strip("$").rstrip("0123456789").strip("$"))
        shown = shown[:last]
    assert fit.page_scale(shown) >= fit.MIN_SCALE


def test_page_scale():
    # 240 characters of columns: 240 * 7.4 + 6 * 5 = 1,806 pixels on a page 1,075 pixels across
    # (A4 landscape, 11.69 in, less two quarter-inch margins, at 96 pixels per inch)
    assert fit.page_scale([40] * 6) == 59
    assert fit.page_scale([40, 40, 40]) == 100  # (a page at 100% holds about 140 characters)
    assert fit.page_scale([]) == 100
