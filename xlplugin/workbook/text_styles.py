"""The cell formats an Evidence text cell may carry, as the rows are written as raw XML
(`rows.evidence_row_xml`) by `score` and by a refresh.

- `quote`: the quote prefix, for text a spreadsheet would read as a formula when edited ("=...").
- `wrap`: the quote prefix and wrapped text, for a text of more than one line (an evidence
  sentence that runs across a line break of its document). Unwrapped, such a cell shows one line
  of it (LibreOffice the last one) in a one-line row; wrapped, the row grows to show each line.
  The value stays exactly the text's [Start:End] slice. The quote prefix is kept in this format
  too, so a text of several lines that starts like a formula keeps both; on any other text it
  changes nothing but that an edit keeps the text as text. LibreOffice does not grow a row to
  its wrapped text when it opens a file, so such a row also gets a height (`row_height_attributes`):
  as many lines as its wrapped cells take, at most MAX_LINES, as the Documents rows do.
- `top`: at the top of the cell, for the numbers of a row taller than one line (print18): the
  other cells of such a row take `quote` (both formats are at the top of the cell too), so that
  a row's id, signal and type sit level with the first line of its wrapped Detail, not at the
  row's foot. A workbook written before these formats were at the top keeps its rows as they were.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..cells import looks_like_formula
from .fit import prose_lines, text_lines_height
from .layout import LINE_HEIGHT, MAX_LINES

__all__ = ["TextStyles", "style_attribute", "wrapped_lines", "row_height_attributes"]


class TextStyles(NamedTuple):
    """Indexes of the two formats in the workbook's cellXfs (None: the workbook has none)."""

    quote: int | None
    wrap: int | None
    top: int | None = None


def style_attribute(text: str, styles: TextStyles | None) -> str:
    """The cell's ' s="N"' attribute for `text` (empty when it needs no format or the workbook
    has none): wrapped when it holds a line break, quoted when it looks like a formula."""
    if styles is None:
        return ""
    if "\n" in text and styles.wrap is not None:
        return f' s="{styles.wrap}"'
    if styles.quote is not None and looks_like_formula(text):
        return f' s="{styles.quote}"'
    return ""


def wrapped_lines(text: Any, width: float) -> int:
    """Lines a wrapped cell needs at a column width (in width units), its words wrapped as a
    spreadsheet wraps them (`fit.prose_lines`). (book52: it counted characters over `width - 2`
    with no word wrap, which overcounted prose by a third: a Why of six lines got a row of eight.)"""
    return prose_lines(text, width)


def row_height_attributes(lines: int, most: int = MAX_LINES) -> str:
    """The ' ht="H" customHeight="1"' of a row whose wrapped cells take `lines` lines, at most
    `most` (empty for one)."""
    if lines <= 1:
        return ""
    return f' ht="{text_lines_height(min(lines, most), LINE_HEIGHT):g}" customHeight="1"'
