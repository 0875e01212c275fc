"""The Outlets sheet: one row per outlet or web site (see `xlplugin.outlets` for where the
outlet comes from), with document counts, the mean and spread of the index and of each signal,
the document kinds it contributed, sorted by mean index, and a chart of the mean index."""

from __future__ import annotations

from typing import Any, Sequence

from ..outlets import OutletRow, as_cells
from ..registry import SCORER_NAMES
from . import layout

__all__ = ["OUTLETS", "HEADERS", "add_sheet", "CHART_OUTLETS"]

OUTLETS = "Outlets"
_SHORT = {
    "sentiment": "Sentiment (-1 .. +1)",
    "loaded_language": "Loaded terms per 1,000 words",
    "unsourced_claims": "Unsourced share of claims",
    "provenance": "Provenance 0-100",
    "readability": "Reading grade",
    "source_rating": "Your source rating 0-1",
}
HEADERS: tuple[str, ...] = (
    "Outlet or web site", "Outlet taken from", "Documents", "Scored",
    "Mean reliability index (0-100, higher = more reliable)", "Spread of the index (standard deviation)",
) + tuple(h for s in SCORER_NAMES for h in (f"{_SHORT[s]}: mean", f"{_SHORT[s]}: spread")) + (
    "Document kinds", "Document ids",
)
_FORMATS = {"sentiment": "+0.00;-0.00;0.00", "unsourced_claims": "0%", "source_rating": "0.00"}
# The chart shows the outlets with the highest and lowest mean index when there are more.
CHART_OUTLETS = 30
NOTE = ("Means are over each outlet's scored documents; spread is the standard deviation (shown from two documents). "
        "A few documents say little about an outlet: read the counts. Indicators, not verdicts.")


def add_sheet(wb: Any, rows: Sequence[OutletRow]) -> Any:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter

    from .writer import WRAP, TOP, _cell, _header_row, _page_setup

    ws = wb.create_sheet(OUTLETS)
    _page_setup(ws)
    widths = [28, 16, 10, 8, 14, 12] + [11] * (2 * len(SCORER_NAMES)) + [26, 30]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "B2"
    ws.row_dimensions[1].height = 62
    ws.append(_header_row(ws, HEADERS))
    formats = ["@", None, "0", "0", "0.0", "0.0"] + [f for s in SCORER_NAMES for f in (_FORMATS.get(s, "0.0"),) * 2] + [None, None]
    for row in rows:
        values = as_cells(row)
        ws.append([_cell(ws, v, align=WRAP if i in (0, 1, len(values) - 2, len(values) - 1) else TOP,
                         fmt=formats[i] if isinstance(v, (int, float)) else None) for i, v in enumerate(values)])
    last = len(rows) + 1
    ws.append([])
    ws.append([_cell(ws, NOTE)])
    if rows:
        low, high, c_low, c_high = layout.COLOUR_SCALES[layout.SCORE_HEADERS[0]]
        ws.conditional_formatting.add(f"E2:E{last}", ColorScaleRule(
            start_type="num", start_value=low, start_color=c_low, mid_type="num", mid_value=(low + high) / 2,
            mid_color=layout.AMBER, end_type="num", end_value=high, end_color=c_high))
        ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{last}"
        scored = [i for i, r in enumerate(rows) if r.index_stats()[0] is not None]
        if scored:
            shown = min(len(scored), CHART_OUTLETS)
            chart = BarChart()
            chart.type = "bar"
            chart.title = "Mean reliability index per outlet (0 = least, 100 = most reliable)"
            chart.legend = None
            chart.x_axis.title = None
            chart.y_axis.title = "Mean reliability index"
            chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
            chart.y_axis.majorUnit = 20
            chart.x_axis.scaling.orientation = "maxMin"  # the highest at the top, as in the table
            chart.x_axis.delete = False
            chart.y_axis.delete = False
            chart.height, chart.width = max(6.0, 1.0 + 0.7 * shown), 18
            # The table is sorted by mean index; the chart reads its first `shown` rows.
            chart.add_data(Reference(ws, min_col=5, min_row=1, max_row=1 + shown), titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=1 + shown))
            ws.add_chart(chart, f"A{last + 4}")
    return ws
