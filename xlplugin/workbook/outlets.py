"""The Outlets sheet: one row per outlet or web site (see `xlplugin.outlets` for where the
outlet comes from), with document counts, the mean and spread of the index and of each signal,
the document kinds it contributed, sorted by mean index, and a chart of the mean index."""

from __future__ import annotations

import re
from typing import Any, Sequence

from .. import registry
from ..outlets import OutletRow, as_cells
from . import fit, layout

__all__ = ["OUTLETS", "WITH_INDEX", "HEADERS", "add_sheet", "refresh_parts", "CHART_OUTLETS", "NO_CHART"]  # noqa: F822 - HEADERS: __getattr__

OUTLETS = "Outlets"
# The documents of an outlet that have an index: the words of the Overview's count (its bands add up
# to it); a document scored without one (too few words, not an article) is not among them.
WITH_INDEX = "With an index"


def _headers() -> tuple[str, ...]:
    # two columns per signal, headed by its declared stem (SignalInfo.outlets_header)
    stems = [info.outlets_header or info.header for info in registry.infos()]
    return (
        "Outlet or web site", "Outlet taken from", "Documents", WITH_INDEX,
        "Mean reliability index (0-100, higher = more reliable)", "Spread of the index (standard deviation)",
    ) + tuple(h for stem in stems for h in (f"{stem}: mean", f"{stem}: spread")) + (
        "Document kinds", "Document ids", CHART_LABEL,
    )


def _format_list() -> list[str | None]:
    return ["@", None, "0", "0", "0.0", "0.0"] + [f for info in registry.infos()
                                                 for f in (info.mean_format, spread_format(info.mean_format))] + [None, None, "@"]


def spread_format(mean_format: str) -> str:
    """The number format of a spread (a standard deviation, never below 0) of values shown in
    `mean_format`: the same digits without a sign ("+0.00;-0.00;0.00" -> "0.00"), so that a
    spread does not read as a change ("+0.01")."""
    return mean_format.split(";")[0].replace("+", "")


def __getattr__(name: str) -> object:
    # HEADERS follows the registry's signals (worked out when read).
    if name == "HEADERS":
        return _headers()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# The chart shows the outlets with the highest and lowest mean index when there are more.
CHART_OUTLETS = 30
# The note below the title, one line a row (rows 2 to 4): a line too long for the printed page
# was cut at its right edge (one cell's text does not wrap across columns; a sheet written row by
# row cannot merge cells); each line here fits the page's width.
NOTE_LINES = (
    "Means are over each outlet's documents with a value (the index: those with an index); spread is the standard deviation (shown from two documents).",
    "A few documents say little about an outlet: read the counts (each bar of the chart names its own).",
    "Documents with no outlet or web site known are listed after the ranking, not in the chart: they are no one outlet. Indicators, not verdicts.",
)
NOTE = " ".join(NOTE_LINES)
# The chart's bar names: the table's last column (shown: a chart leaves out what hidden cells
# hold, as Excel and LibreOffice draw it, so that filtering the table filters the chart). A mean over 1 of an outlet's 22 documents draws a bar as long as one over 19 of 19; named
# "Daily Shout (1 of 22 with an index)", the bar says how thin its base is where a reader looks.
# A column of the table, not text in the chart: sorted with the table's rows, it stays beside
# the bar's value.
CHART_LABEL = "In the chart as"


# Said in that column for a group that is not ranked, and so has no bar (it named a bar that was
# not there: "(no outlet or web site known) (6 of 6 with an index)")
NOT_CHARTED = "not in the chart: not one outlet"
# (outlets23) Said where the chart would be when no row is an outlet to rank (a folder of texts
# that name no outlet, a platform's unnamed users): the chart drew one bar, named NOT_CHARTED.
NO_CHART = ("No chart: no document here has an outlet or web site known, so there is no outlet to rank "
            "(the rows below are groups, not outlets).")
NO_CHART_ROW = 1 + 3 + 2  # (below the title, the note's three lines and an empty row)
# (book44) Points of each empty row between NO_CHART and the table where there is no chart: the
# table stays in row HEADER_ROW (where a refresh finds it), and the 15 rows kept for a chart no
# longer print as a blank band of a third of a page above it.
NO_CHART_GAP_POINTS = 3
# A refresh adds no chart to a sheet written without one: where outlets came since, it says so.
NO_CHART_SINCE = ("No chart: when this sheet was written, no document had an outlet or web site known; "
                  "xlplugin score BOOK.xlsx -o NEW.xlsx writes a workbook with the chart.")


def chart_label(row: OutletRow) -> str:
    """The bar's name: the outlet, and how many of its documents the mean is over; for a group
    that is not ranked (no outlet known, a platform's unnamed users), that it has no bar."""
    if not row.ranked:
        return NOT_CHARTED
    if not row.documents:  # (book50: "0 of 0 with an index; 1 not scored" read as a puzzle)
        return f"{row.outlet} (no bar: {row.not_scored} row{'s' if row.not_scored > 1 else ''} not scored)"
    return f"{row.outlet} ({row.scored} of {row.documents} with an index" \
        + (f"; {row.not_scored} not scored)" if row.not_scored else ")")


def _cells(row: OutletRow) -> list[Any]:
    """One row of the table: `as_cells`, then its bar's name (`CHART_LABEL`)."""
    return [*as_cells(row), chart_label(row)]


TITLE_ROW, CHART_ROW, FORMAT_ROW, HEADER_ROW = 1, 1 + len(NOTE_LINES), 21, 22
# The columns printed: up to the document kinds. The document ids (also on the Documents sheet)
# and the bars' names (the chart shows them) stay in the workbook; with them, the sheet printed
# three pages across, the title, note and chart cut on each.
PRINTED_TAIL = 2
FIRST_ROW = HEADER_ROW + 1
_HEADER_CELL_RE = re.compile(rb"<(?:\w+:)?c\b")
_CHART_REF_RE = re.compile(rb"(\$[A-Z]{1,3}\$)(\d+)(:\$[A-Z]{1,3}\$)(\d+)")
# A reference to the table's first row alone (the bars' values or names, one bar), not a range
_CHART_CELL_RE = re.compile(rb"(?<![:$A-Z])(\$[A-Z]{1,3}\$)%d(?![\d:])" % FIRST_ROW)


# (read32) Points of chart height each bar needs for its name to show: a name such as "Luxurious
# Magazine (1 of 1 with an index)" wraps to two lines of the axis's labels (BAR_LABEL_POINTS). A
# chart of fixed height (the 16 rows above the table, 240 points) drew 19 outlets' bars with every
# other name left out by LibreOffice (bars with no name); at 24 points a bar it still left out
# half. The rows the chart sits in grow instead (the table stays in row 22, where a refresh finds
# it), by CHART_TITLE_POINTS for the title and the axis below the bars, and never past what one
# printed page holds at the sheet's print scale (`_chart_room`).
BAR_POINTS, CHART_TITLE_POINTS, BAR_LABEL_POINTS = 28, 72, 8


# (book48) How much larger than `fit.page_scale` a program may print the sheet: it fits the page's
# width by its own measure of the columns (LibreOffice with Carlito drew this sheet at 54% where
# page_scale said 52, once its rows were no longer double height), and a chart that filled the
# page exactly at 52% printed its last bar and its axis on the next page, above the table.
SCALE_MARGIN = 1.06


def _chart_room(scale: float) -> float:
    """Points of rows the chart may take so that the title, the note and the chart print on one
    page at `scale` percent (A4 landscape, the sheet's top and bottom margins), or at up to
    SCALE_MARGIN times it."""
    page = (8.27 - 2 * fit.TOP_MARGIN) * 72 * 100 / (scale * SCALE_MARGIN)
    return page - (CHART_ROW + 1) * 15


def _chart_row_height(bars: int, scale: float = 100) -> float | None:
    """The height in points of each row the chart sits in (rows CHART_ROW + 1 to FORMAT_ROW - 1)
    when its bars need more than the default 15; None when 15 is enough."""
    rows = FORMAT_ROW - CHART_ROW - 1
    needed = min(CHART_TITLE_POINTS + BAR_POINTS * bars, _chart_room(scale))
    return None if needed <= rows * 15 else float(int(needed / rows))


def _charted(rows: Sequence[OutletRow]) -> int:
    """How many rows the chart shows: the first ranked ones (never the documents with no outlet
    known, which come last); one when there is none, so that the chart's reference stays valid."""
    return max(1, min(sum(1 for row in rows if row.ranked), CHART_OUTLETS))


def _coloured(rows: Sequence[OutletRow]) -> str:
    """The cells the mean index's colour scale covers: the ranked outlets' means, never a group
    that is not an outlet ("(no outlet or web site known)", a platform's unnamed users: they come
    last, after the ranking), from the header's cell down (text, which a colour scale leaves
    uncoloured: a sheet with no ranked outlet colours nothing)."""
    return f"E{HEADER_ROW}:E{HEADER_ROW + sum(1 for row in rows if row.ranked)}"


# A mean index's colour scale as a sheet holds it: from the header's cell (or, written before
# book20, from the first row to the sheet's foot, colouring the groups that are not outlets too)
_COLOURED_RE = re.compile(rb'(<(?:\w+:)?conditionalFormatting\b[^>]*?\bsqref=")E(?:%d|%d):E\d+"' % (HEADER_ROW, FIRST_ROW))


def _widths() -> list[int]:
    # (book48) the two columns that do not print (PRINTED_TAIL) wide enough for a file's path or
    # a bar's name on one line on screen: their width costs the printed page nothing. The kinds 30,
    # not 26: "wire or syndicated copy (1)", indented, took two lines by `_lines`' measure, and
    # each wire copy's row printed at double height (the page's scale 1.5% smaller for it). (book49)
    # 38, not 30: "12 rows not scored (Status says why)", the whole cell of an outlet whose pages
    # were all not scored (not in English), took two lines, and a folder of such pages printed
    # most of its rows at double height (4 pages where 3 do)
    return [28, 16, 12, 9, 16, 13] + [12] * (2 * len(registry.names())) + [38, 60, 50]


def _height(values: Sequence[Any]) -> int | None:
    """A table row's height in points when its printed wrapped cells (the outlet's name, the
    kinds) need more than one line. (book48) Not the document ids or the bar's name, which do not
    print: a path of 31 characters in the ids made most rows print at double height, one line of
    numbers over a blank one. (book52) The lines counted as a spreadsheet wraps words (fit.prose_lines):
    a name of 28 characters in its width-28 column printed on one line under a row of two.)"""
    from .fit import prose_lines
    from .writer import LINE_HEIGHT, MAX_LINES

    printed = list(zip(values, _widths()))[:len(_headers()) - PRINTED_TAIL]
    lines = min(max(prose_lines(v, w) for v, w in printed), MAX_LINES)
    return LINE_HEIGHT * lines + 2 if lines > 1 else None


def _print_area(ws: Any, last: int) -> None:
    """The sheet's print area: one range, the printed columns to the foot of the sheet (rows a
    refresh adds print too). Not two ranges: Gnumeric reads a print area of two ranges as an
    error and saves it so, which openpyxl then warns about at every load; one range is kept by
    Excel, LibreOffice and Gnumeric alike."""
    from openpyxl.utils import get_column_letter

    ws.print_area = f"A1:{get_column_letter(last)}{layout.PRINT_ROWS}"


def _printed_cm(widths: Sequence[float]) -> float:
    """Centimetres across columns of these widths on screen (before the print scale)."""
    return sum(width * fit.PIXELS_PER_CHARACTER + 5 for width in widths) / 96 * 2.54


def add_sheet(wb: Any, rows: Sequence[OutletRow]) -> Any:
    """The Outlets sheet: a title and note, the chart of mean index per outlet, then the table
    (its header in row 22). An empty row of styled cells above the header carries the cell
    formats that a refresh gives the rows it writes."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    from .writer import TITLE_FONT, WRAP, TOP, _cell, _header_row, _page_setup

    ws = wb.create_sheet(OUTLETS)
    _page_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    widths = _widths()
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    # One page wide (`_page_setup`): the printed columns fit at fit.MIN_SCALE or more.
    printed = len(widths) - PRINTED_TAIL
    _print_area(ws, printed)
    ws.freeze_panes = f"B{FIRST_ROW}"
    ws.append([_cell(ws, "Outlets: the documents of each outlet or web site, by mean reliability index", font=TITLE_FONT)])
    for line in NOTE_LINES:
        ws.append([_cell(ws, line)])
    ranked = any(row.ranked for row in rows)
    if not ranked:  # (outlets23) where the chart would be: why there is none
        ws.append([])
        ws.append([_cell(ws, NO_CHART)])
    chart_row_height = _chart_row_height(_charted(rows), fit.page_scale(widths[:printed])) if ranked else None
    for n in range(FORMAT_ROW - CHART_ROW - 1 - (0 if ranked else NO_CHART_ROW - CHART_ROW)):
        if chart_row_height:  # (write-only: a row's height is set before the row is appended)
            ws.row_dimensions[CHART_ROW + 1 + n].height = chart_row_height
        elif not ranked:
            ws.row_dimensions[NO_CHART_ROW + 1 + n].height = NO_CHART_GAP_POINTS
        ws.append([])
    carriers = []
    formats = _format_list()
    # (book48) the ids and the bars' names, which do not print, on one line (not wrapped): the row's
    # height follows the printed cells (`_height`), and a wrapped cell in a row too short for it
    # showed its lines over the next row's
    aligns = [WRAP if i in (0, 1) else TOP for i in range(len(formats))]
    # (book44) the kinds, left-aligned text right after a right-aligned spread, indented: "0.00" ran
    # into them ("0.00news report (2)")
    aligns[len(formats) - 3] = Alignment(horizontal="left", wrap_text=True, vertical="top", indent=1)
    for i, fmt in enumerate(formats):
        cell = WriteOnlyCell(ws, value=None)
        cell.alignment = aligns[i]
        if fmt:
            cell.number_format = fmt
        carriers.append(cell)
    ws.row_dimensions[FORMAT_ROW].height = 3
    ws.append(carriers)
    ws.row_dimensions[HEADER_ROW].height = 92  # six lines: the longest header wraps to five
    ws.append(_header_row(ws, _headers()))
    for number, row in enumerate(rows, start=FIRST_ROW):
        values = _cells(row)
        if _height(values):  # (the outlet's name and the kinds wrap: a row as high as they need)
            ws.row_dimensions[number].height = _height(values)
        ws.append([_cell(ws, v, align=aligns[i], fmt=formats[i] if isinstance(v, (int, float)) else None)
                   for i, v in enumerate(values)])
    last = max(len(rows), 1) + HEADER_ROW
    low, high, c_low, c_high = layout.COLOUR_SCALES[layout.SCORE_HEADERS[0]]
    ws.conditional_formatting.add(_coloured(rows), ColorScaleRule(
        start_type="num", start_value=low, start_color=c_low, mid_type="num", mid_value=(low + high) / 2,
        mid_color=layout.AMBER, end_type="num", end_value=high, end_color=c_high))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(_headers()))}{last}"
    if not ranked:
        return ws
    shown = _charted(rows)
    chart = BarChart()
    chart.type = "bar"
    chart.title = f"Mean reliability index per outlet (the first {CHART_OUTLETS} rows of the table below)"
    chart.legend = None
    chart.y_axis.title = "Mean reliability index (0 = least, 100 = most reliable)"
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
    chart.y_axis.majorUnit = 20
    chart.x_axis.scaling.orientation = "maxMin"  # the highest at the top, as in the table
    chart.x_axis.delete = False
    # (read32) every bar's name, none skipped where a program judges them crowded (the rows above
    # grow to give each its room: _chart_row_height)
    chart.x_axis.tickLblSkip = 1
    chart.x_axis.txPr = _label_font(BAR_LABEL_POINTS)
    chart.y_axis.delete = False
    # inside the rows above the table's formats (15 points each) and the printed columns
    chart.height = (FORMAT_ROW - CHART_ROW - 1) * (chart_row_height or 15) * 2.54 / 72 - 0.3
    chart.width = min(22.0, _printed_cm(widths[:printed]))
    chart.add_data(Reference(ws, min_col=5, min_row=HEADER_ROW, max_row=HEADER_ROW + shown), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=len(widths), min_row=FIRST_ROW, max_row=HEADER_ROW + shown))
    ws.add_chart(chart, f"A{CHART_ROW + 1}")
    return ws


def _label_font(points: float) -> Any:
    """An axis's label text properties: `points` high, not bold."""
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties

    props = CharacterProperties(sz=int(points * 100), b=False)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def refresh_parts(package: Any, rows: Sequence[OutletRow]) -> dict[str, bytes]:
    """The Outlets sheet's part with its table rows rewritten from `rows`, and its chart pointed
    at them; {} when the workbook has no Outlets sheet written by xlplugin."""
    from .cell_xml import cell_xml, column_letter
    from .sheet_scan import parse_cells

    part = package.sheet_part(OUTLETS)
    if part is None or not package.has(part):
        return {}
    data = package.read(part)
    rows_re = re.compile(rb'<(?:\w+:)?row r="(\d+)"[^>]*?(?:/>|>.*?</(?:\w+:)?row>)', re.S)
    old = {int(m.group(1)): m for m in rows_re.finditer(data)}
    header = old.get(HEADER_ROW)
    if header is None or b"Outlet or web site" not in header.group(0) and b"<v>" not in header.group(0):
        return {}
    styles: dict[int, int | None] = {}
    if FORMAT_ROW in old:
        prefix = header.group(0)[1:header.group(0).index(b"row")].decode()
        for col, _bytes, style, _f in parse_cells(old[FORMAT_ROW].group(0), prefix)[1]:
            styles[col] = style
    body = []
    # (a sheet written before its bars were named has no CHART_LABEL column: its rows get none)
    cells_of = _cells if len(_HEADER_CELL_RE.findall(header.group(0))) >= len(_headers()) else as_cells
    for number, row in enumerate(rows, start=FIRST_ROW):
        values = cells_of(row)
        cells = "".join(cell_xml(f"{column_letter(col)}{number}", value, styles.get(col))
                        for col, value in enumerate(values, start=1) if value not in (None, ""))
        height = _height(values)
        tall = f' ht="{height}" customHeight="1"' if height else ""
        body.append(f'<row r="{number}"{tall}>{cells}</row>'.encode())
    start = header.end()
    end = data.rindex(b"</sheetData>") if b"</sheetData>" in data else data.rindex(b":sheetData>") - data[::-1].find(b"<")
    new = data[:start] + b"".join(body) + data[end:]
    last = max(len(rows), 1) + HEADER_ROW
    new = re.sub(rb'(<(?:\w+:)?autoFilter ref="A%d:[A-Z]+)\d+"' % HEADER_ROW, lambda m: m.group(1) + str(last).encode() + b'"', new)
    new = re.sub(rb'(<(?:\w+:)?dimension ref="A1:[A-Z]+)\d+"', lambda m: m.group(1) + str(last).encode() + b'"', new)
    new = _COLOURED_RE.sub(lambda m: m.group(1) + _coloured(rows).encode() + b'"', new, count=1)
    new = _no_chart_line(new, rows, package.shared_strings)
    parts = {part: new}
    shown = _charted(rows)
    drawings = [target for kind, target in package.rels(part).values() if kind == "drawing"]
    if len(drawings) == 1 and any(row.ranked for row in rows):
        _grow_chart(parts, part, drawings[0], package.read(drawings[0]), shown)
    for kind, target in package.rels(part).values():
        if kind != "drawing":
            continue
        for chart_kind, chart in package.rels(target).values():
            if chart_kind == "chart":
                xml = package.read(chart)
                xml = _CHART_REF_RE.sub(lambda m: m.group(1) + m.group(2) + m.group(3) + str(HEADER_ROW + shown).encode(), xml)
                # (read32) a chart of one bar saved by openpyxl refers to one cell ("$U$23", not
                # "$U$23:$U$23"): it stayed at one bar however many outlets a refresh brought
                if shown > 1:  # (one bar: the one cell is its range)
                    xml = _CHART_CELL_RE.sub(lambda m: m.group(0) + b":" + m.group(1) + str(HEADER_ROW + shown).encode(), xml)
                parts[chart] = re.sub(rb"<(c:)?(numCache|strCache)\b.*?</\1?\2>", b"", xml, flags=re.S)
    return parts


_CHART_ANCHOR_RE = re.compile(
    rb"(<(?:\w+:)?oneCellAnchor>\s*<(?:\w+:)?from>\s*<(?:\w+:)?col>0</(?:\w+:)?col>\s*<(?:\w+:)?colOff>0</(?:\w+:)?colOff>\s*"
    rb"<(?:\w+:)?row>%d</(?:\w+:)?row>\s*<(?:\w+:)?rowOff>0</(?:\w+:)?rowOff>\s*</(?:\w+:)?from>\s*<(?:\w+:)?ext cx=\"\d+\" cy=\")(\d+)\"" % CHART_ROW)


def _grow_chart(parts: dict[str, bytes], part: str, drawing: str, xml: bytes, bars: int) -> None:
    """(read32) At a refresh, the rows the chart sits in and the chart itself as tall as
    `add_sheet` makes them for `bars` bars (`_chart_row_height`), so that outlets a refresh adds
    are named too. Only the chart `add_sheet` placed (one chart, at the top left of row CHART_ROW
    + 1, by one corner and its size): a chart the user moved or resized is left as it is."""
    anchor = _CHART_ANCHOR_RE.search(xml)
    if anchor is None:
        return
    widths = _widths()
    height = _chart_row_height(bars, fit.page_scale(widths[:len(widths) - PRINTED_TAIL])) or 15
    data = parts[part]
    tall = b' ht="%s" customHeight="1"' % f"{height:g}".encode() if height != 15 else b""
    header = re.search(rb'<((?:\w+:)?)row r="%d"' % HEADER_ROW, data)
    if header is None:
        return
    prefix = header.group(1)
    for number in range(CHART_ROW + 1, FORMAT_ROW):
        row = re.search(rb'<(%srow) r="%d"([^>]*?)(/?)>' % (re.escape(prefix), number), data)
        if row is not None:
            attrs = re.sub(rb'\s(?:ht|customHeight)="[^"]*"', b"", row.group(2)) + tall
            data = data[:row.start()] + b"<" + row.group(1) + b' r="%d"' % number + attrs + row.group(3) + b">" + data[row.end():]
            continue
        if not tall:
            continue
        # (an empty row a program saved the sheet without: put back before the next row there)
        later = next((m for m in re.finditer(rb'<%srow r="(\d+)"' % re.escape(prefix), data) if int(m.group(1)) > number), None)
        if later is None:
            return
        data = data[:later.start()] + b'<%srow r="%d"%s/>' % (prefix, number, tall) + data[later.start():]
    parts[part] = data
    cm = (FORMAT_ROW - CHART_ROW - 1) * height * 2.54 / 72 - 0.3
    parts[drawing] = xml[:anchor.start(2)] + str(int(cm * 360000)).encode() + xml[anchor.end(2):]


def _no_chart_line(data: bytes, rows: Sequence[OutletRow], shared: list[str]) -> bytes:
    """(outlets23) A sheet written with no chart (no outlet to rank: NO_CHART in its row
    NO_CHART_ROW) keeps none at a refresh; its line says why: NO_CHART while no row is ranked,
    NO_CHART_SINCE once one is. Any other sheet is left as it is (a cell the user typed there too)."""
    from .cell_xml import cell_xml
    from .sheet_scan import row_values

    line = re.search(rb'<(?:\w+:)?row r="%d"[^>]*?(?:/>|>.*?</(?:\w+:)?row>)' % NO_CHART_ROW, data, re.S)
    if line is None or row_values(line.group(0), shared) not in ({1: NO_CHART}, {1: NO_CHART_SINCE}):
        return data
    said = NO_CHART if not any(row.ranked for row in rows) else NO_CHART_SINCE
    style = re.search(rb'\bs="(\d+)"', line.group(0))
    cell = cell_xml(f"A{NO_CHART_ROW}", said, int(style.group(1)) if style else None)
    return data[:line.start()] + f'<row r="{NO_CHART_ROW}">{cell}</row>'.encode() + data[line.end():]
