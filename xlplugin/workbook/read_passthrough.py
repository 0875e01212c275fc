"""A Read row that a refresh keeps, passed through as the bytes it had instead of written again.

A document that was not re-scored keeps its Read row; `read_sheet.read_row_xml` would write it
again from its values (about 18 microseconds a row: 0.18 s of a 10,000-row refresh). Where the
old row's bytes are provably what read_row_xml would write now, they are used as they are:

- the old row was read by `read_refresh._own_rows` (a row as read_row_xml writes it, in a part
  checked as the package check checks it), which keeps its bytes before and after the text cell
  (`OldRow.head`, `OldRow.tail`); the text cell itself is written as read_row_xml writes a kept
  one (its bytes with the new reference);
- `_HEAD_RE`/`_TAIL_RE` below are read_row_xml's output with the row number, the styles of the
  legend row (those read_row_xml is given) and every text value in "plain" form: text that
  read_row_xml writes unchanged (no character XML escapes, no "_x" escape, no space at either
  end, so no xml:space), so the old text equals the new exactly when their bytes do;
- the number cells (A, D) are compared with what read_row_xml writes for the new values, and the
  height with what it writes for the kept one (`read_sheet.first_row_height`).

Any other row (a number moved, a value changed, an escape, another style) is written again by
read_row_xml: the result is the same bytes either way (tests/test_workbook_read_passthrough.py
compares the two on every row of varied workbooks).
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from .read_sheet import LINE_HEIGHT, ReadRow, _number_cell, first_row_height

__all__ = ["PassThrough"]

# A text value read_row_xml writes as it is: its first and last characters printable ASCII other
# than '"&<>' (and not "_" first, "_x" could follow), in between anything but '"&<>', control
# characters other than tab and newline, and "_x".
_EDGE = rb"""[!#-%'-;=?-~]"""
_FIRST = rb"""[!#-%'-;=?-^`-~]"""
_MIDDLE = rb'[^"&<>_\x00-\x08\x0b-\x1f]*(?:_(?!x)[^"&<>_\x00-\x08\x0b-\x1f]*)*'  # (unrolled: one class run at a time)
_PLAIN = _FIRST + rb"(?:" + _MIDDLE + _EDGE + rb")?"


def _text_cell(column: bytes, style: int | None, number: bytes = rb"(?P=n)") -> bytes:
    """A text cell as read_row_xml writes it (empty, or holding a plain value: a group); `number`,
    the pattern of the row number in its reference."""
    s = b' s="%d"' % style if style is not None else b""
    return rb'<c r="' + column + number + b'"' + s + rb'(?:/>| t="inlineStr"><is><t>(' + _PLAIN + rb")</t></is></c>)"


_NUMBER = rb'(<c r="%s(?P=n)"[^>]*>(?:<v>[^<]*</v></c>)?)'


class PassThrough:
    """`row(number, row)`: the bytes read_row_xml(number, row, styles) would give, taken from the
    kept row where they are provably the same, else None."""

    def __init__(self, styles: Sequence[int | None]) -> None:
        self.styles = list(styles)
        self.head = re.compile(rb'<row r="(?P<n>\d+)"(?: ht="([^"]*)" customHeight="1")?>' + _NUMBER % b"A"
                               + _text_cell(b"B", styles[1]) + _text_cell(b"C", styles[2]) + _NUMBER % b"D"
                               + _text_cell(b"E", styles[4]))
        # (the cells after the text cell: each reference's row number a group, to be compared)
        self.tail = re.compile(b"".join(_text_cell(column, styles[col], rb"(\d+)") for column, col in ((b"G", 6), (b"H", 7), (b"I", 8)))
                               + rb"(?:(<c)" + _text_cell(b"J", styles[9] if len(styles) > 9 else None, rb"(\d+)")[2:]
                               + rb")?</row>")

    def row(self, number: int, row: ReadRow) -> bytes | None:
        kept: Any = row.kept
        if kept is None or kept.head is None or row.text_cell is not kept.text_cell or row.height != kept.height \
                or row.more or kept.more:
            return None  # (a text going on over more rows is written by read_rows_xml)
        mark = b"%d" % number
        head = self.head.fullmatch(kept.head)
        if head is None or head.group(1) != mark or not _same_height(head.group(2), first_row_height(row.height, row.copies)):
            return None
        a, b, c, d, e = head.group(3, 4, 5, 6, 7)
        if (a != _number_cell(f"A{number}", row.doc_row, self.styles[0]).encode()
                or d != _number_cell(f"D{number}", row.index, self.styles[3]).encode()):
            return None
        tail = self.tail.fullmatch(kept.tail)
        if tail is None or tail.group(1, 3, 5) != (mark, mark, mark):
            return None
        if not all(map(_same_text, (b, c, e) + tail.group(2, 4, 6),
                       (row.doc_id, row.outlet, row.copies, row.source, row.text_hash, row.fingerprints))):
            return None
        # (the signal cells, J: there exactly when the row has them, and the same)
        if (tail.group(7) is None) != (row.signals is None) or (
                row.signals is not None and (tail.group(8) != mark or not _same_text(tail.group(9), row.signals))):
            return None
        cell = kept.text_cell.replace(b"<c", b'<c r="F%d"' % number, 1)  # (as read_row_xml writes a kept cell)
        return b"".join((kept.head, cell, kept.tail))


def _same_height(raw: bytes | None, height: float | None) -> bool:
    """Is the row's height attribute (raw: its value, None when absent) what read_row_xml writes
    for `height`?"""
    written = height is not None and height > LINE_HEIGHT + 4  # (as read_row_xml decides)
    if raw is None:
        return not written
    return written and raw == f"{height:g}".encode()


def _same_text(raw: bytes | None, value: Any) -> bool:
    """Is the plain cell text `raw` (None: an empty cell) what read_row_xml writes for `value`?
    (A plain text is written as its UTF-8 bytes.)"""
    if value is None or value == "":
        return raw is None
    return raw == str(value).encode("utf-8", "surrogatepass")  # (a lone surrogate: never in raw, checked UTF-8)
