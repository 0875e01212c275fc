"""Column widths that fit their content, and the stamp columns grouped out of the way: the layout
details that decide whether a printed or on-screen workbook can be read without widening columns
by hand. (Used by the writer; each function is one small step so the writer's calls stay short.)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterable, Sequence

__all__ = ["fitted_width", "longest", "group_columns", "HEADER_LINES_HEIGHT", "MAX_ROW_HEIGHT", "text_lines_height", "prose_lines",
           "text_pixels",
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


# (book54) A wrapped cell's lines are counted from its characters' own widths (Calibri 11's advance
# widths, read from its metric twin Carlito into data/calibri_widths.csv by scripts/font_widths.py),
# not from a number of characters a width unit: at book52's 1.18 characters a unit, an outlet
# name of 33 letters ("politische-bildung-brandenburg.de", set 207 pixels wide) was counted one
# line in its width-28 column, and LibreOffice drew its second line over the next row, while a
# line of narrow letters was counted two. A line holds 7 pixels a width unit (`PIXELS_PER_WIDTH`):
# a column written `w` wide is 7w pixels in Excel (the OOXML width counts the cell's 5 pixels of
# margin in, which is why Excel shows a width of 50 as 49.29), as much as the former 1.18
# characters a unit held of average prose (5.9 pixels a character); LibreOffice draws the column
# about 5% wider (`PIXELS_PER_CHARACTER`), so what fits Excel's line fits its line too. Measured in
# LibreOffice 7 with Carlito (the PDF's words, at 100%): at width 28 a name of 207 pixels wrapped
# (196 here: two lines); at width 50 a line of 359 pixels kept whole (350 here: the estimate is a
# line over, where Excel wraps too); at width 12, bold, 85 pixels kept to one line, 90 wrapped.
PIXELS_PER_WIDTH = 7.0
# Pixels a point of font size takes at 96 pixels an inch, and the size of the workbook's font.
_PIXELS_PER_POINT = 96 / 72
FONT_SIZE = 11
# A character not in the table (an accented letter is its letter's width): a letter of another
# script a little wider than Calibri's average letter ("n" is 1076 units of 2048, "o" 1080; "m"
# 1636), so that a line of it is not counted short; a wide East Asian character a whole em.
_OTHER_UNITS = 1200
_WIDE_UNITS = 2048


@lru_cache(maxsize=1)
def _advances() -> dict[str, tuple[int, int]]:
    """{character: (regular, bold) advance width in units of 2048 to the em} (data/calibri_widths.csv)."""
    from ..lexicon import DataFileError, data_text

    table = {}
    lines = [line for line in data_text("calibri_widths.csv").splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:
        try:
            code, regular, bold = (int(part) for part in line.split(","))
        except ValueError:
            raise DataFileError(f"xlplugin/data/calibri_widths.csv: expected 'code,regular,bold' numbers, "
                                f"got {line[:80]!r}") from None
        table[chr(code)] = (regular, bold)
    return table


def text_pixels(text: str, bold: bool = False, size: float = FONT_SIZE) -> float:
    """Pixels (at 96 an inch) that `text` takes on one line in Calibri of `size` points."""
    table = _advances()
    units = 0
    for char in text:
        widths = table.get(char)
        if widths is None:
            base = unicodedata.normalize("NFD", char)[:1]  # (an accented letter is as wide as its letter)
            widths = table.get(base)
        if widths is not None:
            units += widths[bold]
        else:
            units += _WIDE_UNITS if unicodedata.east_asian_width(char) in "WF" else _OTHER_UNITS
    return units * size * _PIXELS_PER_POINT / 2048


# (book55) Where a word with no space may break at a line's end, as LibreOffice breaks it (ICU's
# line breaking, UAX #14): after a hyphen ("check-|worthy", "letters-|1119"), after a slash or a
# backslash, the folders of a path or an address ("pages/|some-site.de...", "C:\\Users\\|someone"),
# but not a slash between digits (a date "2023/01" stays whole). book54 broke such a word after its
# hyphens only, so an id set as "pages/" and then its long file name on lines of its own (measured,
# LibreOffice 7.4 with Carlito: "pages/lanouvellerepublique.fr.martin.html" took three lines at
# width 24 and two were counted) was cut at its row's foot.
_BREAK_AFTER_RE = re.compile(r"(?<=[-\\])|(?<=/)(?!\d)|(?<=\D/)")


def _pieces(word: str) -> list[str]:
    """A word as a spreadsheet may break it at a line's end (`_BREAK_AFTER_RE`): after each
    hyphen ("check-", "worthy"), and after the slash or backslash of a path ("pages/", "some-")."""
    return [piece for piece in _BREAK_AFTER_RE.split(word) if piece]


def prose_lines(text: Any, width: float, bold: bool = False) -> int:
    """Lines a wrapped cell of prose shows at a column width (in width units): its words set line
    by line as a spreadsheet wraps them, each as wide as its characters (`text_pixels`), a word that
    does not fit starting the next line, a word longer than a line broken after its hyphens and
    the slashes of a path (`_pieces`) or else where the line is full. (`text_styles.wrapped_lines` counted characters over `width - 2`
    and no word wrap: it overcounted a label of two lines as three or four.)"""
    if not isinstance(text, str) or not text:
        return 1
    room = max(1.0, width * PIXELS_PER_WIDTH)
    space = text_pixels(" ", bold)
    lines = 0
    for paragraph in text.split("\n"):
        used = 0.0
        lines += 1
        for word in paragraph.split():
            size = text_pixels(word, bold)
            if used and used + space + size <= room:
                used += space + size
                continue
            if used:
                lines += 1
            used = 0.0
            if size <= room:
                used = size
                continue
            for piece in _pieces(word):  # (a word longer than a line: its pieces fill lines)
                step = text_pixels(piece, bold)
                if used and used + step > room:
                    lines += 1
                    used = 0.0
                while step > room:  # (a piece longer than a line: broken where the line is full)
                    lines += 1
                    step -= room
                used += step
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
