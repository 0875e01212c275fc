"""The cell formats an Evidence text cell may carry, as the rows are written as raw XML
(`rows.evidence_row_xml`) by `score` and by a refresh.

- `quote`: the quote prefix, for text a spreadsheet would read as a formula when edited ("=...").
- `wrap`: the quote prefix and wrapped text, for a text of more than one line (an evidence
  sentence that runs across a line break of its document). Unwrapped, such a cell shows one line
  of it (LibreOffice the last one) in a one-line row; wrapped, the row grows to show each line.
  The value stays exactly the text's [Start:End] slice. The quote prefix is kept in this format
  too, so a text of several lines that starts like a formula keeps both; on any other text it
  changes nothing but that an edit keeps the text as text.
"""

from __future__ import annotations

from typing import NamedTuple

from ..cells import looks_like_formula

__all__ = ["TextStyles", "style_attribute"]


class TextStyles(NamedTuple):
    """Indexes of the two formats in the workbook's cellXfs (None: the workbook has none)."""

    quote: int | None
    wrap: int | None


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
