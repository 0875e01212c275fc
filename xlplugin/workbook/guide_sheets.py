"""The sheets that explain a scored workbook and set it up: Overview (documents per reliability
band, with a chart), How to read this, Settings (the weights, editable) and Sources (your own
source ratings). Made with `writer`'s cell helpers, in a write-only openpyxl workbook."""

from __future__ import annotations

import math
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.datavalidation import DataValidation

from ..settings import Settings
from . import fit, layout
from .rows import overview_rows
from .writer import BOLD_FONT, TITLE_FONT, WRAP, _cell, _fit_height, _header_row, _page_setup

__all__ = ["overview_sheet", "how_to_read_sheet", "settings_sheet", "sources_sheet"]


def overview_sheet(wb: Workbook, indexes: list[float | None]) -> None:
    ws = wb.create_sheet(layout.OVERVIEW)
    _page_setup(ws, None)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 12
    ws.append(_header_row(ws, layout.OVERVIEW_HEADERS))
    table = overview_rows(indexes)
    for values in table:
        ws.append([_cell(ws, v, fmt="0.0" if isinstance(v, float) else None) for v in values])
    chart = BarChart()
    chart.type = "col"
    chart.title = "How many documents in each reliability band (0 = least, 100 = most reliable)"
    chart.y_axis.title = "Documents"
    chart.x_axis.title = "Reliability index band"
    chart.legend = None
    chart.height, chart.width = 9, 20
    chart.y_axis.number_format = "0"
    chart.y_axis.majorUnit = max(1, math.ceil(max((row[1] for row in table[: len(layout.BANDS)]), default=1) / 5))
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    data = Reference(ws, min_col=2, min_row=1, max_row=len(layout.BANDS) + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(layout.BANDS) + 1))
    ws.add_chart(chart, "D2")


def how_to_read_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet(layout.HOW_TO_READ)
    _page_setup(ws, None)
    widths = (30, 55, 34, 30, 30, 40)
    for letter, width in zip("ABCDEF", widths):
        ws.column_dimensions[letter].width = width
    rows = layout.how_to_read_rows()
    table_start = next(i for i, r in enumerate(rows) if len(r) > 1)
    for index, values in enumerate(rows):
        if index == 0:
            ws.append([_cell(ws, values[0], font=TITLE_FONT)])
        elif index == table_start:
            ws.append(_header_row(ws, values))
        elif index > table_start:
            _fit_height(ws, index + 1, zip(values, widths))
            ws.append([_cell(ws, v, align=WRAP, font=BOLD_FONT if i == 0 else None) for i, v in enumerate(values)])
        else:
            ws.append([_cell(ws, values[0])])


def settings_sheet(wb: Workbook, settings: Settings) -> None:
    ws = wb.create_sheet(layout.SETTINGS_SHEET)
    _page_setup(ws)
    for letter, width in zip("ABCDE", (26, 10, 70, 4, 60)):
        ws.column_dimensions[letter].width = width
    check = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=False,
                           showErrorMessage=True, errorTitle="Not a valid setting",
                           error="Enter a number of 0 or more.")
    ws.data_validations.append(check)
    ws.append(_header_row(ws, layout.SETTINGS_HEADERS) + [None, _cell(ws, "How to use", font=BOLD_FONT)])
    notes = [
        "Change a value in column B, save, then run:  xlplugin refresh THIS-FILE.xlsx",
        "Weights say how much each indicator counts in the reliability index; 0 leaves it out.",
        "Only the ratio between weights matters (2 and 4 act like 1 and 2).",
    ]
    for index, setting in enumerate(layout.WORKBOOK_SETTINGS):
        value = settings[setting.name]
        note = notes[index] if index < len(notes) else None
        ws.append([_cell(ws, setting.name), _cell(ws, value), _cell(ws, setting.help), None,
                   _cell(ws, note) if note else None])
    check.add(f"B2:B{len(layout.WORKBOOK_SETTINGS) + 1}")


def sources_sheet(wb: Workbook, settings: Settings) -> None:
    ws = wb.create_sheet(layout.SOURCES)
    _page_setup(ws)
    for letter, width in zip("ABCDE", (30, 22, 30, 4, 70)):
        ws.column_dimensions[letter].width = width
    check = DataValidation(type="decimal", operator="between", formula1="0", formula2="1", allow_blank=True,
                           showErrorMessage=True, errorTitle="Not a rating", error="A rating is a number from 0 to 1.")
    ws.data_validations.append(check)
    check.add(f"B2:B{layout.SHEET_ROWS}")
    ws.row_dimensions[1].height = fit.HEADER_LINES_HEIGHT[2]  # the rating's header takes two lines
    ws.append(_header_row(ws, layout.SOURCES_HEADERS) + [None, _cell(ws, "How to use", font=BOLD_FONT)])
    notes = [
        "Optional. One row per web site (example.com) or outlet name, with your rating from 0 to 1.",
        "A document whose URL or outlet matches gets the rating in its row and, weighted, in its index.",
        "Then run:  xlplugin refresh THIS-FILE.xlsx   Your rows replace the built-in ratings (Lin et al. "
        "2023, 11,520 news domains) for those sources; Settings: sources.builtin = 0 turns the built-in off.",
    ]
    ratings = sorted(settings.ratings.items())
    for index in range(max(len(ratings), len(notes))):
        row: list[Any] = [None, None, None]
        if index < len(ratings):
            key, (rating, rater) = ratings[index]
            row = [_cell(ws, key), _cell(ws, rating), _cell(ws, rater)]
        row += [None, _cell(ws, notes[index]) if index < len(notes) else None]
        ws.append(row)
