"""(read32) The Read sheet's legend prints on every page, above the header row, not on the first
page alone: a reader handed page 7 saw bold red, purple italic and orange words with a ▲ and a
header pointing at "row 2", which was on page 1.

The texts are written for this test: made-up school-board and harbour news, long enough to take
several printed pages.
"""

from __future__ import annotations

import openpyxl
from test_workbook_refresh_rows import _write

from xlplugin.workbook.read_sheet import HEADER_ROW, LEGEND_ROW, READ, TEXT_COLUMN

SENTENCES = (
    "The school board voted on Tuesday to keep the late bus, the district clerk said.",
    "Parents called the decision a disgraceful betrayal of working families!",
    "Crime near the harbour has doubled since the lights were switched off.",
    "\"We heard every family that wrote to us,\" said board chair Ines Okafor.",
    "I think we deserve better than this, and why does nobody ask about the cost?",
)


def _texts(n: int) -> list[str]:
    # each text a dozen paragraphs: more than one Read row, so the sheet runs over several pages
    return ["\n\n".join(" ".join(SENTENCES[(k + p) % len(SENTENCES)] for p in range(3)) for k in range(12 + i))
            for i in range(n)]


def _rows(ref: str) -> tuple[int, int]:
    first, last = ref.replace("$", "").split(":")
    return int(first), int(last)


def test_the_legend_and_the_header_print_at_the_top_of_every_page(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [(f"doc{i}", f"Outlet {i % 3}", text) for i, text in enumerate(_texts(6))])
    ws = openpyxl.load_workbook(path)[READ]
    assert ws.max_row > 20  # (several pages of rows)
    first, last = _rows(ws.print_title_rows)
    assert first <= LEGEND_ROW and last >= HEADER_ROW, ws.print_title_rows
    # the repeated rows are the legend and the header, not the sheet's title or a document's text
    legend = str(ws.cell(LEGEND_ROW, TEXT_COLUMN).value)
    assert "loaded word" in legend and "no source" in legend
    assert last == HEADER_ROW


def test_the_text_header_points_at_the_legend_on_its_page_not_at_a_row_number(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [(f"doc{i}", "Harbour News", text) for i, text in enumerate(_texts(2))])
    ws = openpyxl.load_workbook(path)[READ]
    header = str(ws.cell(HEADER_ROW, TEXT_COLUMN).value)
    assert "legend" in header
    assert "row 2" not in header and "row " not in header, header
