"""The Read sheet prints several documents a page: its rows are short enough to share a printed
page (a row is never split between pages, so a row as tall as a spreadsheet allows, 409 points,
printed alone and left half of each page empty), and the page keeps little margin above and
below. The whole text still shows (tests/test_read_whole_text.py; printed: test_workbook_render.py).

The texts are written for this test: paragraphs of made-up council news of many lengths.
"""

from __future__ import annotations

import random

import openpyxl
from test_workbook_refresh_rows import _write

from xlplugin.text import normalise
from xlplugin.workbook import fit

FIRST_ROW = 4
# An A4 landscape page is 8.27 inches high; the Read sheet prints at about 75% (its columns fit
# the page across, fit.page_scale), so a page holds (8.27 - margins) * 72 / 0.75 points of rows,
# less its header row (60): some 600 points with half-inch margins.
PAGE_INCHES = 8.27


def _paragraph(rng: random.Random, n: int) -> str:
    town = rng.choice(["Ashby", "Brough", "Cawood", "Denby", "Elland", "Fenwick", "Goole"])
    return " ".join(f"The {town} parish meeting heard on item {n}.{k} that the footpath by the river would be "
                    f"resurfaced at a cost of {rng.randint(2, 90)} thousand pounds." for k in range(rng.randint(1, 9)))


def _texts(rng: random.Random) -> list[str]:
    return ["\n\n".join(_paragraph(rng, n) for n in range(rng.randint(1, 25))) for _ in range(8)]


def test_read_rows_are_short_enough_to_share_a_printed_page(tmp_path):
    rng = random.Random(17)
    texts = _texts(rng)
    path = tmp_path / "book.xlsx"
    _write(path, [(f"doc{i}", "Parish News", text) for i, text in enumerate(texts)])
    ws = openpyxl.load_workbook(path)["Read"]
    margins = ws.page_margins
    assert margins.top <= 0.5 and margins.bottom <= 0.5
    scale = fit.page_scale(ws.column_dimensions[letter].width for letter in "ABCDEF") / 100
    page = (PAGE_INCHES - margins.top - margins.bottom) * 72 / scale - ws.row_dimensions[3].height
    heights = [ws.row_dimensions[r].height or 15 for r in range(FIRST_ROW, ws.max_row + 1)]
    # a page ends at most one row short of full: a quarter of a page at the most
    assert max(heights) <= page / 4, (max(heights), page)
    # and every text is there whole, over its rows
    shown = "".join(str(ws.cell(r, 6).value or "") for r in range(FIRST_ROW, ws.max_row + 1))
    assert shown.replace("\u25b2 ", "") == "".join(normalise(text)[0] for text in texts)
