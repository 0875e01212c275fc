"""The Outlets table's rows that have no bar in the chart (the documents with no outlet or web site
known, a hosting platform's unnamed users) say so in the column that names each bar, and the
sheet's note says why; they named a bar that was not drawn.

The texts are written for this test: short reports, some with an outlet, some with none.
"""

from __future__ import annotations

import openpyxl
from test_workbook_refresh_rows import _write

from xlplugin.outlets import NO_OUTLET
from xlplugin.workbook.outlets import CHART_LABEL, FIRST_ROW, HEADER_ROW, NOTE, OUTLETS

TEXT = ("The {town} council agreed on Monday to repair the harbour wall, the mayor said, at a cost of "
        "{n} thousand pounds according to the council's budget papers published last week.")
TOWNS = ["Ashby", "Brough", "Cawood", "Denby", "Elland", "Fenwick"]


def test_rows_with_no_bar_say_so(tmp_path):
    path = tmp_path / "book.xlsx"
    rows = [(f"d{n}", "Coast Weekly" if n % 3 == 0 else "", TEXT.format(town=town, n=n + 3)) for n, town in enumerate(TOWNS)]
    _write(path, rows)
    ws = openpyxl.load_workbook(path)[OUTLETS]
    header = [c.value for c in ws[HEADER_ROW]]
    col = header.index(CHART_LABEL) + 1
    labels = {ws.cell(r, 1).value: ws.cell(r, col).value for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value}
    assert NO_OUTLET in labels and "Coast Weekly" in labels
    assert labels["Coast Weekly"].startswith("Coast Weekly (")
    assert "not in the chart" in labels[NO_OUTLET] and NO_OUTLET not in labels[NO_OUTLET]
    assert "not in the chart" in NOTE
