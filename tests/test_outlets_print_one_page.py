"""The Outlets sheet prints one page wide (session 16, sheets17): before, it printed three pages
across, its title, note and chart cut on each, and the note cut at page 1's right edge."""

from __future__ import annotations

import re

import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter

from xlplugin.cli import main
from xlplugin.workbook import fit
from xlplugin.workbook.outlets import HEADER_ROW, OUTLETS

REPORT = ("The county library said on Thursday that its east wing will reopen in March, according to its "
          "published schedule. \"The new roof is finished,\" said director Ana Velez, who runs the branch. "
          "The council said the repairs cost about two million crowns and took eight months.")
EMU_PER_CM = 360000


def _book(folder, outlets):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["outlet", "text"])
    for n, outlet in enumerate(outlets):
        ws.append([outlet, REPORT.replace("two", str(n + 2))])
    folder.mkdir()
    src, out = folder / "in.xlsx", folder / "book.xlsx"
    wb.save(src)
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    return out


def _printed_columns(ws):
    ref = ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area
    last = re.search(r":\$?([A-Z]+)\$?\d+", ref).group(1)
    return column_index_from_string(last)


def _cm(widths):
    return sum(w * fit.PIXELS_PER_CHARACTER + 5 for w in widths) / 96 * 2.54


def test_outlets_sheet_prints_one_page_wide_with_its_title_note_and_chart_on_it(tmp_path):
    for outlets in (["Valley Post"], [f"Paper {i}" for i in range(12)]):
        out = _book(tmp_path / str(len(outlets)), outlets)
        ws = openpyxl.load_workbook(out)[OUTLETS]
        last = _printed_columns(ws)
        widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, last + 1)]
        # one page across, at a readable scale, with no page break between columns
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert int(ws.page_setup.fitToWidth) == 1
        assert not ws.col_breaks.brk
        assert fit.page_scale(widths) >= fit.MIN_SCALE
        # the title and note: each line fits the printed width (a cell does not wrap across columns)
        for row in range(1, HEADER_ROW):
            value = ws.cell(row, 1).value
            if isinstance(value, str):
                assert len(value) <= sum(widths), (row, value)
        # the chart: below the note, above the table, no wider than the printed columns
        note_rows = max(r for r in range(1, HEADER_ROW) if ws.cell(r, 1).value)
        (chart,) = ws._charts
        row, cx, cy = chart.anchor._from.row, chart.anchor.ext.width, chart.anchor.ext.height
        assert row >= note_rows  # (0-based: the row after the note's last)
        assert cx / EMU_PER_CM <= _cm(widths)
        # the rows above the formats row (15 points each, or taller where the bars need room: read32)
        free_cm = sum(ws.row_dimensions[r].height or 15 for r in range(row + 1, HEADER_ROW - 1)) * 2.54 / 72
        assert cy / EMU_PER_CM <= free_cm, (cy / EMU_PER_CM, free_cm)
