"""The printed Documents sheet (print18): a sheet too wide for one page prints its scores with the
row's names at their left, now the outlet too where it follows the title (a printed score said
nothing of whose it was); its rows are as tall as their printed cells (a row sized for 8 lines of
the text column, which does not print, printed as a blank band under a 2-line Why); and the
printed columns are narrower (id fitted to the ids, title 32, Status 20: 26 since sheets22), so
that the print is larger."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from workbook_helpers import score

from xlplugin import Settings
from xlplugin.inputs import Record
from xlplugin.workbook import fit, layout, write_scored_workbook
from xlplugin.workbook.writer import LINE_HEIGHT, WIDTHS, _lines

# Fresh texts written for this test: a sourced report, long enough to fill 8 lines of its cell.
REPORT = ("The harbour board voted on Tuesday to widen the north quay, its chair Nadia Holm said. The work will "
          "take two summers and cost about four million, according to the board's own budget papers. ")


@pytest.mark.parametrize("outlet_header", ["outlet", "publication", "site"])
@pytest.mark.parametrize("repeat", [1, 4])
def test_a_wide_sheet_prints_the_names_and_the_outlet_beside_rows_sized_to_what_prints(tmp_path, outlet_header, repeat):
    items = []
    for n in range(1, 4):
        text = REPORT * repeat + f" Item {n}."
        columns = {"id": str(n), "title": f"Quay widening, part {n}", outlet_header: "Harbour Gazette",
                   "url": f"https://gazette.example/quay/{n}", "author": "Nadia Holm", "text": text}
        items.append(Record(id=str(n), text=text, title=columns["title"], url=columns["url"], outlet="Harbour Gazette",
                            source=f"row {n}", columns=columns, text_column="text"))
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    index_col, why_col, status_col = (header.index(h) + 1 for h in (layout.SCORE_HEADERS[0], *layout.SCORE_HEADERS[-2:]))
    assert ws.print_area.split("!")[1].startswith(f"${get_column_letter(index_col)}$1")  # (the case: the text does not print)
    assert ws.print_title_cols.replace("$", "") == "A:C"  # id, title and outlet
    widths = [ws.column_dimensions[get_column_letter(c)].width for c in (1, 2, 3, *range(index_col, status_col + 1))]
    assert fit.page_scale(widths) >= fit.MIN_SCALE
    assert ws.column_dimensions[get_column_letter(status_col)].width == WIDTHS["status"]
    assert ws.column_dimensions["A"].width < 22  # (short ids: no blank band beside them)
    text_col = header.index("text") + 1
    text_width = ws.column_dimensions[get_column_letter(text_col)].width
    for row in range(2, ws.max_row + 1):
        printed = max(_lines(ws.cell(row, col).value, ws.column_dimensions[get_column_letter(col)].width)
                      for col in (1, 2, 3, why_col, status_col))
        assert ws.row_dimensions[row].height == fit.text_lines_height(printed, LINE_HEIGHT), row
    if repeat > 1:  # (the case this is about: the text would need more lines than what prints)
        assert _lines(ws.cell(2, text_col).value, text_width) > printed


def test_a_sheet_prints_every_column_only_at_a_readable_size(tmp_path):
    """A sheet of ids, titles and file paths printed every column at about half size (the path
    column decided it): it now prints its scores with the names, at FULL_SCALE or more."""
    items = []
    for n in range(1, 4):
        text = REPORT + f" Item {n}."
        columns = {"id": f"quay_report_{n}.txt", "title": f"Quay widening, part {n}",
                   "file": f"../reports/harbour/2025/quay_report_{n}.txt"}
        items.append(Record(id=columns["id"], text=text, title=columns["title"], source=columns["file"], columns=columns))
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    index_col, status_col = (header.index(h) + 1 for h in (layout.SCORE_HEADERS[0], layout.SCORE_HEADERS[-1]))
    area = ws.print_area.split("!")[1].replace("$", "")
    first = openpyxl.utils.column_index_from_string(area.split(":")[0].rstrip("0123456789"))
    repeated = [openpyxl.utils.column_index_from_string(c) for c in (ws.print_title_cols or "").replace("$", "").split(":") if c]
    printed = list(range(repeated[0], repeated[-1] + 1)) if repeated else []
    printed += list(range(first, status_col + 1))
    widths = [ws.column_dimensions[get_column_letter(c)].width for c in printed]
    assert header.index("file") + 1 not in printed and 1 in printed and 2 in printed  # (id and title print)
    # (at FULL_SCALE, 60, until sheets22 widened the Why and Status for more rows a page: about
    # 56% now, the text some 6 points; every column printed at half size, its text 5.5 points)
    assert fit.page_scale(widths) >= fit.MIN_SCALE + 5
    assert fit.page_scale(widths) > fit.page_scale(ws.column_dimensions[get_column_letter(c)].width
                                                   for c in range(1, status_col + 1))
