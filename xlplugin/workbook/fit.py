"""Column widths that fit their content, and the stamp columns grouped out of the way: the layout
details that decide whether a printed or on-screen workbook can be read without widening columns
by hand. (Used by the writer; each function is one small step so the writer's calls stay short.)
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Sequence

__all__ = ["fitted_width", "longest", "group_columns", "HEADER_LINES_HEIGHT", "MAX_ROW_HEIGHT", "text_lines_height", "prose_lines",
           "page_scale", "print_across", "print_names_and_scores", "MIN_SCALE", "SIDE_MARGIN"]

# Widest a column grows to fit its content, by kind of column: ids and file paths are read whole
# (a cut id or path is useless), free text wraps instead.
CAPS = {"id": 40.0, "path": 60.0, "other": 30.0}
# Points for a wrapped header of this many lines (11-point Calibri).
HEADER_LINES_HEIGHT = {1: 15, 2: 30, 3: 45, 4: 60, 5: 75}
# The tallest a row can be: 409 points (Excel's limit; LibreOffice and Sheets take it), about 27
# lines. A longer text is still whole in its cell: the row shows its beginning.
MAX_ROW_HEIGHT = 409


def text_lines_height(lines: int, line_height: float) -> float:
    """Points for a row showing `lines` wrapped lines of a text cell, up to `MAX_ROW_HEIGHT`."""
    return float(min(MAX_ROW_HEIGHT, line_height * lines + 2)) if lines > 1 else float(line_height)


# (book52) Characters of 11-point Calibri prose a wrapped cell holds a line per unit of column width.
# LibreOffice (its Carlito has Calibri's metrics) set the Overview's width-50 labels at 52 to 59
# characters a line with words kept whole, so a line holds about 60 (1.2 a unit; a unit is one
# digit's width, and the average letter, space and comma is narrower); set one character under
# that, so that a font a little wider still shows every line.
PROSE_CHARS_PER_WIDTH = 1.18


def prose_lines(text: Any, width: float) -> int:
    """Lines a wrapped cell of prose shows at a column width (in width units): its words set line
    by line as a spreadsheet wraps them, a word that does not fit starting the next line (a word
    longer than a line takes as many as it needs), at PROSE_CHARS_PER_WIDTH characters a width unit.
    (`text_styles.wrapped_lines` counts characters over `width - 2` and no word wrap: it overcounted
    a label of two lines as three or four.)"""
    if not isinstance(text, str) or not text:
        return 1
    room = max(1, round(width * PROSE_CHARS_PER_WIDTH))
    lines = 0
    for paragraph in text.split("\n"):
        used = 0
        lines += 1
        for word in paragraph.split():
            if used and used + 1 + len(word) <= room:
                used += 1 + len(word)
                continue
            if used:
                lines += 1
            lines += math.ceil(len(word) / room) - 1
            used = len(word) - (math.ceil(len(word) / room) - 1) * room
    return lines


def longest(values: Iterable[Any]) -> int:
    """Length of the longest first line among `values`, as text (numbers as written)."""
    best = 0
    for value in values:
        if value is None:
            continue
        text = value if isinstance(value, str) else str(value)
        best = max(best, len(text.split("\n", 1)[0]) if "\n" in text else len(text))
    return best


def fitted_width(base: float, content: int, kind: str) -> float:
    """A width of at least `base` that shows `content` characters, up to the cap of `kind`
    ("id", "path" or "other"); text columns keep `base` and wrap."""
    if kind not in CAPS:
        return base
    return max(base, min(CAPS[kind], content + 2.0))


def group_columns(ws: Any, first: str, last: str) -> None:
    """Group columns first..last (letters) one outline level down and fold them away: they stay
    in the file (a refresh reads them) and one click on the [+] above the sheet shows them."""
    from openpyxl.utils import column_index_from_string, get_column_letter
    from openpyxl.worksheet.dimensions import ColumnDimension

    for index in range(column_index_from_string(first), column_index_from_string(last) + 1):
        letter = get_column_letter(index)
        old = ws.column_dimensions[letter]
        ws.column_dimensions[letter] = ColumnDimension(ws, index=letter, width=old.width, outlineLevel=1, hidden=True)
    ws.sheet_properties.outlinePr.summaryRight = False  # the [+] sits left of the group, next to Status


# Pixels across an A4 landscape page at 100%: 11.69 in less the side margins (`SIDE_MARGIN`, left
# and right, as writer._page_setup sets them: Excel's "Narrow" margins), at 96 pixels per inch. A column `w` characters wide takes
# w * 7 + 5 pixels in Excel (the OOXML column-width formula for Calibri 11, whose digits are 7
# pixels wide); LibreOffice with Carlito (Calibri's metric twin) draws it about 4% wider
# (measured: 222 points for 40 characters, against Excel's 214): the wider is used, so that
# what is meant to fit one page fits in both.
SIDE_MARGIN = 0.25
TOP_MARGIN = 0.5
PAGE_PIXELS = (11.69 - 2 * SIDE_MARGIN) * 96
PIXELS_PER_CHARACTER = 7.4
# Printed smaller than this, an 11-point font is under 5.5 points: too small to read on paper.
MIN_SCALE = 50
# The Documents sheet prints all its columns only where that leaves it this large (an 11-point
# font at 6.6 points); else its scores, with the row's names (`print_names_and_scores`, which keep
# MIN_SCALE): at MIN_SCALE the example workbook printed every column at half size (print18).
FULL_SCALE = 60


def page_scale(widths: Iterable[float]) -> int:
    """The print scale (percent, at most 100) at which columns of these widths fill one A4
    landscape page across."""
    pixels = sum(int(width * PIXELS_PER_CHARACTER + 5) for width in widths)
    return min(100, int(100 * PAGE_PIXELS / pixels)) if pixels else 100


def print_across(ws: Any, widths: Sequence[float], key: tuple[int, int], repeat: int | None = None) -> None:
    """Print a sheet readably when its printed columns (`widths`, from column A) do not fit one
    page across at `MIN_SCALE` or more: instead of one page wide at a scale nobody can read (long
    text columns would decide it), the sheet prints at the scale that fits its key columns
    (`key`: first and last column, from 1) on one page, with a page break on either side of
    them; the other columns take pages of their own, each page across starts with column
    `repeat` (the id, so that a row can be followed across), and the pages of the same rows come
    one after the other. A sheet that fits is left one page wide (`writer._page_setup`)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break

    if page_scale(widths) >= MIN_SCALE:
        return
    first, last = key
    shown = list(widths[first - 1 : last])
    if repeat is not None and not first <= repeat <= last:
        shown.append(widths[repeat - 1])
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = max(MIN_SCALE, page_scale(shown))
    ws.page_setup.pageOrder = "overThenDown"
    if repeat is not None:
        ws.print_title_cols = f"{get_column_letter(repeat)}:{get_column_letter(repeat)}"
    for edge in (first - 1, last):  # (a break's id: the columns left of it)
        if 0 < edge < len(widths):
            ws.col_breaks.append(Break(id=edge))


def print_names_and_scores(ws: Any, widths: Sequence[float], key: tuple[int, int], names: Sequence[int]) -> tuple[int, list[int]]:
    """Print the Documents sheet one page across, landscape, when its printed columns (`widths`,
    from column A) do not fit one page across at `MIN_SCALE` or more: the key columns (`key`:
    the index to the Status, first and last column from 1) are the print area, and the row's
    names (`names`: the id and the title beside it, columns side by side) are repeated at their
    left, as many of them as leave the page at `MIN_SCALE` or more (the id at least). The other
    columns of the user's (a file path, a web address, a page's text) do not print: they are in
    the workbook, and the text is on the Read sheet. Before (session 14), such a sheet printed
    them on pages of their own beside the scores', two pages and more across, and a row was
    followed across them by its id. The first column printed (1 where the sheet fits as it is:
    `writer._page_setup` prints it one page wide), and the names printed at its left."""
    from openpyxl.utils import get_column_letter

    if page_scale(widths) >= FULL_SCALE:
        return 1, []
    first, last = key
    scores = list(widths[first - 1 : last])
    kept = list(names[:1])
    for column in names[1:]:
        if page_scale(scores + [widths[c - 1] for c in kept + [column]]) < MIN_SCALE:
            break
        kept.append(column)
    if kept:
        ws.print_title_cols = f"{get_column_letter(kept[0])}:{get_column_letter(kept[-1])}"
    return first, kept
