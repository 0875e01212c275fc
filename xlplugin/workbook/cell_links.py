"""Where a URL cell is a link that shows words ("BBC story" linking to the story), its target is
the URL: a hyperlink set on the cell (Insert > Link), or a `=HYPERLINK("url", "words")` formula.
openpyxl's read-only sheets give neither, only the words shown; read as words, the row would
have no URL (no original-URL cue, no source rating). The sheet's XML is read for them only when
a URL cell shows something that is not a web address (or nothing), so a sheet of plain URLs costs nothing.

A cell that shows nothing gives no URL from a hyperlink set on it: Excel's Clear Contents keeps
the cell's link, and openpyxl's `insert_rows` leaves links where they were, so a blank cell's
link is another row's address or one the user deleted. Only a `=HYPERLINK` formula saved without
its value (the cell shows words once calculated) gives its address there."""

from __future__ import annotations

import re
from typing import AbstractSet, Any, Iterable, Sequence

from ..inputs import URL_COLUMN_NAMES, find_column, unique_headers
from ..xml_text import xml_unescape
from .cell_xml import column_index
from .package import Package

__all__ = ["use_link_targets"]

_WEB = ("http://", "https://")
# <hyperlink ref="B2" r:id="rId1"/> (any prefix for the relationship namespace); a range "B2:B9"
_HYPERLINK_RE = re.compile(rb"<(?:\w+:)?hyperlink\b([^>]*)>")
_ATTR_RE = re.compile(rb"""([\w:]+)\s*=\s*["']([^"']*)["']""")
_REF_RE = re.compile(r"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$")
# <c r="B2" ...><f>HYPERLINK(&quot;https://...&quot;,&quot;words&quot;)</f>: the formula's text
_FORMULA_RE = re.compile(rb"""<(?:\w+:)?c\s[^>]*?\br=["']([A-Z]+)(\d+)["'][^>]*>\s*<(?:\w+:)?f\b[^>]*>([^<]*)<""")
_HYPERLINK_CALL_RE = re.compile(r'^\s*(?:_xlfn\.)?HYPERLINK\(\s*"((?:[^"]|"")*)"', re.IGNORECASE)
# Bytes kept from the end of one piece of the sheet to the next, so that a tag cut in two is seen whole.
_CARRY = 16384


def _shows_words(value: Any) -> bool:
    """Does a URL cell show something other than a web address (words, or nothing: a formula
    saved without its value)?"""
    if value is None:
        return True
    return isinstance(value, str) and not value.strip().lower().startswith(_WEB)


def use_link_targets(package: Package, part: str | None, table: list[list[Any]], numbers: Sequence[int],
                     columns: Sequence[int], headers: Sequence[str]) -> None:
    """Put in `table`'s URL column (found by name among `headers`; `columns[i]` is the sheet
    column of value i, `numbers[r]` the sheet row of row r) the web address each cell links to,
    where the cell shows words instead."""
    url = find_column(unique_headers(list(headers)), URL_COLUMN_NAMES)
    if url is None or part is None:
        return
    index = unique_headers(list(headers)).index(url)
    rows = {number: values for number, values in zip(numbers, table) if _shows_words(values[index])}
    if not rows:
        return
    targets = _targets(package, part, columns[index], set(rows), _blank_rows(rows, index))
    for number, target in targets.items():
        rows[number][index] = target


def _blank_rows(rows: dict[int, list[Any]], index: int) -> set[int]:
    """The rows whose URL cell shows nothing (empty, or only spaces): a hyperlink on such a cell
    is not read (see the module's note)."""
    return {number for number, values in rows.items()
            if values[index] is None or (isinstance(values[index], str) and not values[index].strip())}


def _targets(package: Package, part: str, column: int, rows: set[int], blank: AbstractSet[int] = frozenset()) -> dict[int, str]:
    """The web address each of `rows`' cells in `column` links to (a hyperlink formula's first
    argument, else the cell's hyperlink, except on the `blank` rows: a cell that shows nothing)."""
    links: dict[int, str] = {}
    formulas: dict[int, str] = {}
    external = None
    carry = b""
    linkable = rows - blank
    for piece in package.pieces(part):
        data = carry + bytes(piece)
        if b"yperlink" in data or b"YPERLINK" in data:  # (hyperlink, HYPERLINK, Hyperlink)
            for attrs in _HYPERLINK_RE.findall(data):
                external = package.rels(part) if external is None else external
                _add_link(links, dict(_ATTR_RE.findall(attrs)), external, column, linkable)
            for letters, number, formula in _FORMULA_RE.findall(data):
                if column_index(letters.decode()) == column and int(number) in rows:
                    found = _HYPERLINK_CALL_RE.match(xml_unescape(formula.decode("utf-8", "replace")))
                    if found:
                        formulas[int(number)] = found.group(1).replace('""', '"')
        carry = data[-_CARRY:]
    found = {**links, **formulas}
    return {number: target for number, target in found.items() if target.strip().lower().startswith(_WEB)}


def _add_link(links: dict[int, str], attrs: dict[bytes, bytes], external: dict[str, tuple[str, str]],
              column: int, rows: Iterable[int]) -> None:
    ref = _REF_RE.match(attrs.get(b"ref", b"").decode())
    rel = next((value.decode() for key, value in attrs.items() if key.endswith(b":id") or key == b"id"), "")
    kind, target = external.get(rel, ("", ""))
    if not ref or kind != "hyperlink" or not target:
        return
    first_col, first_row = column_index(ref.group(1)), int(ref.group(2))
    last_col, last_row = column_index(ref.group(3) or ref.group(1)), int(ref.group(4) or ref.group(2))
    if first_col <= column <= last_col:
        for number in rows:
            if first_row <= number <= last_row:
                links[number] = target
