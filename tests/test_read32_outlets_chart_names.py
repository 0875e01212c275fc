"""(read32) Every bar of the Outlets chart is named where it is printed. The chart had a fixed
height (the rows above the table, 240 points): with 19 outlets LibreOffice left every other
bar's name out, with 30 two in three, so a teacher saw bars with no outlet beside them. The rows
the chart sits in now grow with its bars (the table stays in row 22, where a refresh finds it),
the names are in a smaller font, no name is skipped, and the chart still prints on one page.

The outlets and texts are made up for this test.
"""

from __future__ import annotations

import openpyxl
import pytest
from test_workbook_refresh_rows import _write

from xlplugin.workbook import fit
from xlplugin.workbook.outlets import CHART_ROW, FORMAT_ROW, HEADER_ROW, OUTLETS

TOWNS = ("Ashby Brough Cawood Denby Elland Fenwick Goole Hessle Ilkley Jarrow Keld Leyburn Malton Nafferton Otley "
         "Pickering Quorn Ripon Selby Thirsk Ulrome Veryan Wetherby Yarm Zeal Acomb Bedale Carlton Driffield Easby "
         "Filey Glaisdale").split()
EMU_PER_POINT = 12700


def _report(town: str, n: int) -> str:
    return (f"{town.upper()} - The {town} parish council agreed on Monday to resurface the footpath by the river "
            f"at a cost of {n + 3} thousand pounds, the clerk said. Work starts in June, according to the "
            f"council's notice. \"We listened to the walkers,\" said council chair Ruth Lowe.")


def _outlets_sheet(tmp_path, outlets: int):
    path = tmp_path / f"book{outlets}.xlsx"
    _write(path, [(f"d{i}", f"The {town} Weekly Observer", _report(town, i)) for i, town in enumerate(TOWNS[:outlets])])
    return openpyxl.load_workbook(path)[OUTLETS]


def _chart_rows_points(ws) -> float:
    return sum(ws.row_dimensions[r].height or 15 for r in range(CHART_ROW + 1, FORMAT_ROW))


def _bars(ws) -> int:
    return sum(1 for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 1).value)


def _label_points(chart) -> float:
    props = chart.x_axis.txPr.p[0].pPr.defRPr
    return props.sz / 100


@pytest.mark.parametrize("outlets", [12, 19, 30])
def test_each_bar_has_room_for_its_two_line_name_and_none_is_skipped(tmp_path, outlets):
    ws = _outlets_sheet(tmp_path, outlets)
    (chart,) = ws._charts
    bars = min(_bars(ws), 30)
    assert bars == outlets
    label = _label_points(chart)
    assert label <= 9
    assert chart.x_axis.tickLblSkip == 1  # (no program leaves a name out as crowded)
    height = chart.anchor.ext.height / EMU_PER_POINT
    # the title and the value axis take some 70 points; each bar's name wraps to two lines
    assert (height - 70) / bars >= 3 * label, (height, bars, label)
    # and the chart sits in the rows above the table, which stays where a refresh looks for it
    assert height <= _chart_rows_points(ws) + 1
    assert ws.cell(HEADER_ROW, 1).value == "Outlet or web site"


@pytest.mark.parametrize("outlets", [19, 30])
def test_the_title_note_and_chart_print_on_one_page(tmp_path, outlets):
    ws = _outlets_sheet(tmp_path, outlets)
    last = openpyxl.utils.column_index_from_string(
        ws.print_area[0].split(":")[1].lstrip("$").rstrip("0123456789$") if isinstance(ws.print_area, list)
        else ws.print_area.split(":")[1].replace("$", "").rstrip("0123456789"))
    widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in range(1, last + 1)]
    scale = fit.page_scale(widths) / 100
    page = (8.27 - ws.page_margins.top - ws.page_margins.bottom) * 72
    above = sum(ws.row_dimensions[r].height or 15 for r in range(1, FORMAT_ROW))
    assert above * scale <= page, (above, scale, page)


def test_a_few_outlets_keep_the_chart_as_it_was(tmp_path):
    # (a near miss: three bars had room in the default rows; nothing grows)
    ws = _outlets_sheet(tmp_path, 3)
    assert all(ws.row_dimensions[r].height in (None, 15) for r in range(CHART_ROW + 1, FORMAT_ROW))


def _chart_cy_points(book) -> float:
    import re
    import zipfile

    with zipfile.ZipFile(book) as z:
        drawings = [z.read(n) for n in z.namelist() if n.startswith("xl/drawings/drawing") and n.endswith(".xml")]
    heights = [int(m.group(1)) / EMU_PER_POINT for d in drawings for m in re.finditer(rb'<(?:\w+:)?ext cx="\d+" cy="(\d+)"', d)
               if b"<c:chart" in d or b":chart " in d or b"chart" in d]
    return max(heights)


def test_a_refresh_that_brings_more_outlets_grows_the_chart_too(tmp_path):
    from workbook_helpers import set_document_cell

    from xlplugin.workbook import refresh_workbook

    book = tmp_path / "book.xlsx"
    _write(book, [(f"d{i}", "The Shared Weekly", _report(town, i)) for i, town in enumerate(TOWNS[:20])])
    before = openpyxl.load_workbook(book)[OUTLETS]
    assert _bars(before) == 1 and _chart_rows_points(before) == 16 * 15
    for i, town in enumerate(TOWNS[:20]):
        set_document_cell(book, f"d{i}", "outlet", f"The {town} Weekly Observer")
    refresh_workbook(book)
    ws = openpyxl.load_workbook(book)[OUTLETS]
    assert _bars(ws) == 20 and ws.cell(HEADER_ROW, 1).value == "Outlet or web site"
    fresh = _outlets_sheet(tmp_path, 20)  # (as a new score of the same rows draws it)
    assert _chart_rows_points(ws) == _chart_rows_points(fresh) > 16 * 15
    height = _chart_cy_points(book)
    assert abs(height - fresh._charts[0].anchor.ext.height / EMU_PER_POINT) < 1
    assert (height - 70) / 20 >= 3 * 8
    # and the chart draws the 20 bars (a one-bar chart saved by a program refers to one cell, not
    # a range: it kept its one bar)
    import re
    import zipfile

    with zipfile.ZipFile(book) as z:
        charts = [z.read(n) for n in z.namelist() if n.startswith("xl/charts/chart")]
    refs = [ref for c in charts if b"Outlets" in c for ref in re.findall(rb"<(?:\w+:)?f>([^<]*)</(?:\w+:)?f>", c)]
    ranges = [r for r in refs if b":" in r]
    assert len(ranges) == 2 and all(r.endswith(b"$%d" % (HEADER_ROW + 20)) for r in ranges), refs
