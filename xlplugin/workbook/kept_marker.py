"""The cut marker of a Read text cell a refresh keeps, made to name the row the text is in now.

A text longer than the Read sheet shows ends with a grey marker saying where the whole text is
("... The whole text: Documents sheet, row 7; every flag is listed on the Evidence sheet]", or
"the file a.txt (Documents sheet, row 7)]", see read_sheet.cut_runs and where_text). A refresh
keeps the text cell of a row it does not score again, byte for byte; when rows were deleted,
sorted or inserted above it, only the row number in that marker is changed, as a fresh score of
the rows would write it. The kept cell is an inline rich string as xlplugin writes it, or, once
Excel, LibreOffice or openpyxl saved the file, a reference to a shared string: the shared item
(its runs) is then written into the cell as an inline string with the new number, since a
refresh never changes the shared strings part.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["SharedItems", "with_doc_row"]

_TAIL = rb"((?:\)|; every flag is listed on the Evidence sheet)\]</t>(?:</r>)?)"
# the marker at the end of an inline cell's runs, and at the end of a shared item's
_INLINE_RE = re.compile(rb"(Documents sheet, row )(\d+)" + _TAIL + rb"(</is></c>)$")
_ITEM_RE = re.compile(rb"(Documents sheet, row )(\d+)" + _TAIL + rb"()$")
# the same on the plain text of a shared item (to look at the raw item only when it is needed)
_PLAIN_RE = re.compile(r"Documents sheet, row (\d+)(?:\)|; every flag is listed on the Evidence sheet)\]$")
_SHARED_CELL_RE = re.compile(rb'^(<c\b[^>]*?)\st="s"([^>]*)><v>\s*(\d+)\s*</v></c>$')
_SI_RE = re.compile(rb"<si\b[^>]*?(?:/>|>(.*?)</si>)", re.S)


class SharedItems:
    """The shared strings of a package: their plain text (as the package reads them) and, read
    only when first asked for, each item's XML (its runs) in the order of the part."""

    def __init__(self, package: Any) -> None:
        self.package = package
        self._raw: list[bytes] | None = None

    def plain(self, index: int) -> str | None:
        strings = self.package.shared_strings
        return strings[index] if 0 <= index < len(strings) else None

    def raw(self, index: int) -> bytes | None:
        if self._raw is None:
            part = self.package.shared_part
            data = self.package.read(part) if part and self.package.has(part) else b""
            # (unprefixed items only, as Excel, LibreOffice and openpyxl write them; a prefixed
            # part gives no items, and the cell is then kept as it is)
            self._raw = [match.group(1) or b"" for match in _SI_RE.finditer(data)]
            if len(self._raw) != len(self.package.shared_strings):
                self._raw = []
        return self._raw[index] if index < len(self._raw) else None


def with_doc_row(text_cell: bytes, doc_row: int, shared: SharedItems | None = None) -> bytes:
    """The kept text cell (its bytes, without a cell reference) with its cut marker naming
    `doc_row`; the same object when there is nothing to change (no marker, the same row, or a
    shared item that cannot be read back)."""
    match = _INLINE_RE.search(text_cell)
    if match is not None:
        return text_cell if int(match.group(2)) == doc_row else _renumbered(text_cell, match, doc_row)
    cell = _SHARED_CELL_RE.match(text_cell)
    if cell is None or shared is None:
        return text_cell
    index = int(cell.group(3))
    plain = shared.plain(index)
    found = _PLAIN_RE.search(plain) if plain else None
    if found is None or int(found.group(1)) == doc_row:
        return text_cell
    item = shared.raw(index)
    match = _ITEM_RE.search(item) if item else None
    if item is None or match is None:
        return text_cell
    if not item.startswith((b"<r>", b"<r ", b"<t>", b"<t ")):
        return text_cell  # (phonetic runs or another layout: kept as it is)
    return cell.group(1) + b' t="inlineStr"' + cell.group(2) + b"><is>" + _renumbered(item, match, doc_row) + b"</is></c>"


def _renumbered(data: bytes, match: re.Match, doc_row: int) -> bytes:
    return data[:match.start(2)] + str(doc_row).encode() + data[match.end(2):]
