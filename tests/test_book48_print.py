"""book48: the workbook as it prints. The Read sheet's header printed as a band of five lines on
every page (its index column, 11 characters wide, wrapped "Reliability index (0-100, higher =
more reliable)" to five); the Outlets sheet printed most rows at double height, one line of numbers
over a blank line, because its document ids, a column that does not print, wrapped to two."""

from __future__ import annotations

import openpyxl
from openpyxl.utils import get_column_letter

from xlplugin.workbook import fit, read_sheet
from xlplugin.workbook.outlets import FIRST_ROW, FORMAT_ROW, OUTLETS, PRINTED_TAIL
from xlplugin.workbook.read_sheet import HEADER_ROW, READ, READ_HEADERS, TEXT_COLUMN, text_lines

from workbook_helpers import scored_by_cli

# written for these tests: a plain report, long enough for an index
REPORT = ("The county library said on Thursday that its east wing will reopen in March, according to its "
          "published schedule. \"The new roof is finished,\" said director Ana Velez, who runs the branch. "
          "The council said the repairs cost about {n} million crowns and took eight months.")
# ids as a folder's file names give them: a path longer than the Outlets ids column's old 30 characters
LONG_ID = "pages/county-library.example.org.east-wing-{n}.html"
LONG_OUTLET = "The Northern Counties Evening Chronicle and Advertiser"  # (wraps in the outlet column: guard)


def _scored(tmp_path, outlets):
    rows = [[LONG_ID.format(n=n), outlet, REPORT.format(n=n)] for n, outlet in enumerate(outlets, start=2)]
    return openpyxl.load_workbook(scored_by_cli(tmp_path, ["id", "outlet", "text"], rows))


def test_the_read_sheets_header_takes_three_lines_and_each_printed_header_fits(tmp_path):
    ws = _scored(tmp_path, ["Valley Post"])[READ]
    height = ws.row_dimensions[HEADER_ROW].height
    assert height <= 3 * read_sheet.LINE_HEIGHT
    for column, header in enumerate(READ_HEADERS[:TEXT_COLUMN], start=1):
        width = ws.column_dimensions[get_column_letter(column)].width
        assert text_lines(header, width) * read_sheet.LINE_HEIGHT <= height, header


def test_the_read_sheet_still_prints_at_about_its_old_scale(tmp_path):
    # (guard: the wider index column costs the printed page at most 4 points of scale)
    ws = _scored(tmp_path, ["Valley Post"])[READ]
    widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, TEXT_COLUMN + 1)]
    before = widths[:3] + [11] + widths[4:]  # (the index column as it was)
    assert fit.page_scale(widths) >= fit.page_scale(before) - 4


def _outlet_rows(ws):
    rows = {}
    for number in range(FIRST_ROW, ws.max_row + 1):
        name = ws.cell(number, 1).value
        if name:
            rows[name] = number
    return rows


def test_an_outlets_row_prints_one_line_high_whatever_its_ids(tmp_path):
    ws = _scored(tmp_path, ["Valley Post", "Hill Gazette", "Hill Gazette"])[OUTLETS]
    rows = _outlet_rows(ws)
    ids_column = ws.max_column - PRINTED_TAIL + 1
    for name in ("Valley Post", "Hill Gazette"):
        number = rows[name]
        assert len(str(ws.cell(number, ids_column).value)) > 30  # (the case under test: long ids)
        assert ws.row_dimensions[number].height in (None, 15), name


def test_the_ids_are_all_in_their_cell(tmp_path):
    # (guard: the ids column still holds every id; only the row's height no longer follows it)
    ws = _scored(tmp_path, ["Hill Gazette", "Hill Gazette"])[OUTLETS]
    ids = str(ws.cell(_outlet_rows(ws)["Hill Gazette"], ws.max_column - PRINTED_TAIL + 1).value)
    assert LONG_ID.format(n=2) in ids and LONG_ID.format(n=3) in ids


def test_a_long_outlet_name_still_makes_its_row_tall(tmp_path):
    # (guard: a printed cell that wraps still sets the row's height)
    ws = _scored(tmp_path, [LONG_OUTLET])[OUTLETS]
    assert (ws.row_dimensions[_outlet_rows(ws)[LONG_OUTLET]].height or 15) > 15


def test_the_outlets_title_note_and_chart_fit_one_page_printed_a_little_larger(tmp_path):
    # LibreOffice printed the sheet at 54% where fit.page_scale said 52; the chart, sized to fill the
    # page at 52%, printed its last bars and its axis on the next page. Measured here, not by the code's
    # constant: 6% larger than page_scale (Excel's 7 pixels a character against page_scale's 7.4).
    ws = _scored(tmp_path, [f"Paper {n}" for n in range(30)])[OUTLETS]
    printed = ws.max_column - PRINTED_TAIL
    widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, printed + 1)]
    scale = fit.page_scale(widths) * 7.4 / 7
    above = sum(ws.row_dimensions[r].height or 15 for r in range(1, FORMAT_ROW))
    assert above * scale / 100 <= (8.27 - 2 * fit.TOP_MARGIN) * 72


def test_a_kind_of_one_document_fits_one_line_of_its_column():
    # the longest kind a single document gives, indented, in the kinds column (the last printed one):
    # "wire or syndicated copy (1)" took two lines, and its row printed at double height
    from xlplugin.workbook.outlets import _widths
    from xlplugin.workbook.writer import _lines

    kinds_width = _widths()[-PRINTED_TAIL - 1]
    for kind in ("wire or syndicated copy (1)", "opinion or analysis (1)", "forum or social post (1)"):
        assert _lines(kind, kinds_width) == 1, kind
