"""A row the user appended (or typed into the template), as a refresh scores it for the first
time, laid out as `score` lays out its rows: a height of its own (as many lines as its Why or
Status needs, writer.row_height), and each of the user's cells at the top of the row as every
score cell is, text wrapping inside its column (writer.user_cell_format). Typed cells keep the
program's default, at the foot of the row: printed, a title at the foot of a tall row sat against
the next row's scores. Only what the user did not set is set: a row that has a height keeps it,
a cell with a style of its own keeps it (one with none, or the workbook's default, takes the
style of its column's cells in the rows above, else the one `score` writes)."""

from __future__ import annotations

import re
from typing import Callable

from .sheet_scan import parse_cells

__all__ = ["fit_added_row", "with_height"]

_ROW_TAG_RE = re.compile(rb"^<(?:[A-Za-z_][\w.-]*:)?row\b[^>]*>")
_TEXT_TYPE_RE = re.compile(rb'^<[^>]*\st="(?:s|inlineStr|str)"')
_STYLE_RE = re.compile(rb'\ss="\d*"')
_CELL_NAME_RE = re.compile(rb"^<(?:[A-Za-z_][\w.-]*:)?c\b")


def fit_added_row(row: bytes, height: float, prefix: str, style_of: Callable[[int, bool], int | None]) -> bytes:
    """`row` (a Documents row's XML) with a height when it has none, and each cell with no style
    of its own given `style_of(column, holds_text)` (None: left as it is)."""
    tag = _ROW_TAG_RE.match(row)
    if tag is None:
        return row
    head = tag.group(0)
    if b' ht="' not in head:
        head = head[:-1] + f' ht="{height:g}" customHeight="1">'.encode()
    _, cells, tail = parse_cells(row, prefix)
    if not cells:
        return head + row[tag.end():]
    out = []
    for col, raw, style, _formula in cells:
        wanted = style_of(col, bool(_TEXT_TYPE_RE.match(raw))) if not style else None
        out.append(_styled(raw, wanted) if wanted is not None else raw)
    return head + b"".join(out) + tail


def _styled(cell: bytes, style: int) -> bytes:
    end = cell.index(b">")
    opening = _STYLE_RE.sub(b"", cell[:end])
    name = _CELL_NAME_RE.match(opening)
    assert name is not None
    return opening[:name.end()] + f' s="{style}"'.encode() + opening[name.end():] + cell[end:]


_HEIGHT_ATTRS_RE = re.compile(rb'\s(?:ht|customHeight)="[^"]*"')


def with_height(row: bytes, height: float) -> bytes:
    """(sheets30) `row` (a row's XML) with the height `height` (points), in place of any it had."""
    tag = _ROW_TAG_RE.match(row)
    if tag is None:
        return row
    head = _HEIGHT_ATTRS_RE.sub(b"", tag.group(0))
    closing = b"/>" if head.endswith(b"/>") else b">"
    head = head[: -len(closing)].rstrip() + f' ht="{height:g}" customHeight="1"'.encode() + closing
    return head + row[tag.end():]
