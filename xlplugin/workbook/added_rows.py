"""A row the user appended, as a refresh scores it for the first time, laid out as `score` lays
out its rows: a height of its own (as many lines as its Why or Status needs, writer.row_height)
and its text cell wrapping inside its column, so that a text whose row could not be scored does
not run over the empty score cells beside it. Only what the user did not set is set: a row that
has a height keeps it, a text cell with a style of its own keeps it (one with none takes the
style of the column's cells in the rows above, which `score` wrote wrapping)."""

from __future__ import annotations

import re
from .cell_xml import column_letter

__all__ = ["fit_added_row"]

_ROW_TAG_RE = re.compile(rb"^<(?:[A-Za-z_][\w.-]*:)?row\b[^>]*>")


def fit_added_row(row: bytes, number: int, height: float, text_col: int | None, text_style: int | None) -> bytes:
    """`row` (a Documents row's XML) with a height when it has none, and its text cell given
    `text_style` when the cell has no style."""
    tag = _ROW_TAG_RE.match(row)
    if tag is None:
        return row
    head, rest = tag.group(0), row[tag.end():]
    if b' ht="' not in head:
        head = head[:-1] + f' ht="{height:g}" customHeight="1">'.encode()
    if text_col is not None and text_style is not None:
        rest = _styled_cell(rest, f"{column_letter(text_col)}{number}", text_style)
    return head + rest


def _styled_cell(cells: bytes, ref: str, style: int) -> bytes:
    start = cells.find(f'<c r="{ref}"'.encode())
    if start == -1:
        return cells
    end = cells.index(b">", start)
    tag = cells[start:end]
    if b' s="' in tag:
        return cells
    return cells[:start] + tag.replace(f'r="{ref}"'.encode(), f'r="{ref}" s="{style}"'.encode(), 1) + cells[end:]
