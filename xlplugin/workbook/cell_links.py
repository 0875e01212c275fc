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

import posixpath
import re
from typing import AbstractSet, Any, Iterable, Sequence
from xml.sax.saxutils import escape

from ..inputs import URL_COLUMN_NAMES, find_column, unique_headers
from ..xml_text import xml_unescape
from .cell_xml import column_index, column_letter
from .package import Package

__all__ = ["use_link_targets", "followed_links", "column_link_targets", "column_formula_targets", "emptied_and_unlinked"]

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


def _targets(package: Package, part: str, column: int, rows: set[int], blank: AbstractSet[int] = frozenset(),
             formulas_only: bool = False) -> dict[int, str]:
    """The web address each of `rows`' cells in `column` links to (a hyperlink formula's first
    argument, else the cell's hyperlink, except on the `blank` rows: a cell that shows nothing);
    `formulas_only`: the formulas' alone."""
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
    found = formulas if formulas_only else {**links, **formulas}
    return {number: target for number, target in found.items() if target.strip().lower().startswith(_WEB)}


def column_link_targets(package: Package, part: str, column: int, rows: range) -> dict[int, str]:
    """The web address each of `rows`' cells in `column` links to, whatever the cell shows (a
    hyperlink formula's first argument, else the cell's hyperlink), for the refresh to find a
    row's link left on another row (refresh_url_links)."""
    return _targets(package, part, column, set(rows))


def column_formula_targets(package: Package, part: str, column: int, rows: set[int]) -> dict[int, str]:
    """(links26) The web address each of `rows`' cells in `column` that holds a `=HYPERLINK`
    formula links to: its words and its address move together (read_url_links)."""
    return _targets(package, part, column, rows, formulas_only=True)


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


# <Relationship Id="rId1" Type="..." Target="https://..." TargetMode="External"/>, and its Target
_RELATIONSHIP_RE = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_TARGET_RE = re.compile(rb"""\bTarget\s*=\s*(["'])[^"']*\1""")


def followed_links(package: Package, part: str, targets: dict[int, dict[int, str]]) -> dict[str, bytes]:
    """(guard21) A URL cell whose web address was edited keeps the hyperlink `score` set on it, to
    the old address: a click would open another page than the one the row's scores are for.
    (hunt25b) So does a file cell, and every link of a row whose cells a script moved without
    their links (openpyxl sorting values: the link stays in its place, on another row's file).
    For the cells `targets` gives (sheet column -> sheet row -> the web address or file path the
    cell shows), the part holding the sheet's links (its relationships) with each such link's
    target set to what the cell shows; {} where no link differs. A link shared by several cells
    (one relationship) is left as it is: changing it would change the others' too."""
    targets = {column: urls for column, urls in targets.items() if urls}
    if not targets:
        return {}
    users: dict[str, int] = {}  # relationship -> how many links use it
    cells: dict[str, str] = {}  # relationship -> what the one cell it links shows
    seen: set[bytes] = set()
    carry = b""
    for piece in package.pieces(part):
        data = carry + bytes(piece)
        for attrs in _HYPERLINK_RE.findall(data):
            if attrs in seen:  # (a tag read again in the carried bytes)
                continue
            seen.add(attrs)
            found = dict(_ATTR_RE.findall(attrs))
            rel = next((value.decode() for key, value in found.items() if key.endswith(b":id") or key == b"id"), "")
            ref = _REF_RE.match(found.get(b"ref", b"").decode())
            if not rel:
                continue
            users[rel] = users.get(rel, 0) + 1
            column = column_index(ref.group(1)) if ref and not ref.group(3) else None
            if column in targets and int(ref.group(2)) in targets[column]:
                cells[rel] = targets[column][int(ref.group(2))].strip()
        carry = data[-_CARRY:]
    links = package.rels(part)
    moved = {rel: shown for rel, shown in cells.items() if users[rel] == 1
             and links.get(rel, ("", ""))[0] == "hyperlink" and links[rel][1] != shown}
    if not moved:
        return {}
    folder, name = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", name + ".rels")

    def retarget(match: re.Match[bytes]) -> bytes:
        tag = match.group(0)
        rel = dict(_ATTR_RE.findall(tag)).get(b"Id", b"").decode()
        if rel not in moved:
            return tag
        return _TARGET_RE.sub(lambda _: b'Target="' + escape(moved[rel], {'"': "&quot;"}).encode() + b'"', tag, count=1)

    return {rels_part: _RELATIONSHIP_RE.sub(retarget, package.read(rels_part))}


def emptied_and_unlinked(tail: bytes, rels: bytes, column: int, blank: AbstractSet[int], addresses: dict[int, str]
                         ) -> tuple[bytes, bytes] | None:
    """(links26) After a script sorted the sheet's values without their links, a URL cell left
    empty keeps the link of the row that stood there (a click opens another row's page), and a
    cell that shows an address where a cell with no link stood has none. `tail`: the sheet's XML
    after its rows (where its `<hyperlinks>` are); `rels`: its relationships part. Gives both
    with the link of each `blank` row's cell in `column` removed (a link of that one cell alone),
    and a link to the address each of `addresses`' cells shows (sheet row -> address) added where
    the cell has none; None where nothing changes, or where the sheet has no links at all (a
    workbook whose links were all removed, or saved by a program that drops them: not made again)."""
    block = re.search(rb"<((?:\w+:)?)hyperlinks\b[^>]*>(.*?)</(?:\w+:)?hyperlinks>", tail, re.DOTALL)
    if block is None:
        return None
    prefix = block.group(1)
    linked: set[int] = set()
    kept: list[bytes] = []
    dropped: set[bytes] = set()  # the relationships of the links removed
    removed = False
    id_key, declared = b"r:id", b""
    for match in re.finditer(rb"<(?:\w+:)?hyperlink\b[^>]*?/>|<(?:\w+:)?hyperlink\b[^>]*>.*?</(?:\w+:)?hyperlink>",
                             block.group(2), re.DOTALL):
        tag = match.group(0)
        attrs = dict(_ATTR_RE.findall(tag))
        if any(key.endswith(b":id") for key in attrs):
            id_key = next(key for key in attrs if key.endswith(b":id"))
            # (a namespace declared on the tag itself, as openpyxl writes it: declared on ours too)
            declared = b"".join(b" " + key + b'="' + value + b'"' for key, value in attrs.items() if key.startswith(b"xmlns"))
        ref = _REF_RE.match(attrs.get(b"ref", b"").decode())
        single = ref is not None and not ref.group(3) and column_index(ref.group(1)) == column
        if single and int(ref.group(2)) in blank:
            removed = True
            dropped.add(next((value for key, value in attrs.items() if key.endswith(b":id") or key == b"id"), b""))
            continue
        if ref is not None:
            first, last = column_index(ref.group(1)), column_index(ref.group(3) or ref.group(1))
            if first <= column <= last:
                linked.update(range(int(ref.group(2)), int(ref.group(4) or ref.group(2)) + 1))
        kept.append(tag)
    wanted = {number: address for number, address in sorted(addresses.items()) if number not in linked and len(address) < 2000}
    if not removed and not wanted:
        return None
    used = {value.decode() for value in re.findall(rb"""\bId\s*=\s*["']([^"']*)["']""", rels)}
    letters = column_letter(column).encode()
    added: list[bytes] = []
    new_rels: list[bytes] = []
    serial = 1
    for number, address in wanted.items():
        while f"rId{serial}" in used:
            serial += 1
        rel = f"rId{serial}"
        used.add(rel)
        added.append(b"<" + prefix + b'hyperlink ref="' + letters + str(number).encode() + b'"' + declared + b" " + id_key + b'="' + rel.encode() + b'"/>')
        new_rels.append(b'<Relationship Id="' + rel.encode() + b'" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        b'relationships/hyperlink" Target="' + escape(address, {'"': "&quot;"}).encode() + b'" TargetMode="External"/>')
    inside = b"".join(kept + added)
    if inside:
        whole = b"<" + prefix + b"hyperlinks>" + inside + b"</" + prefix + b"hyperlinks>"
    else:  # (an empty <hyperlinks/> is not valid: the element goes)
        whole = b""
    tail = tail[:block.start()] + whole + tail[block.end():]
    dropped -= {value for tag in kept for key, value in _ATTR_RE.findall(tag) if key.endswith(b":id") or key == b"id"}
    if dropped:  # (a relationship no link uses now goes with its link)
        rels = _RELATIONSHIP_RE.sub(lambda match: b"" if dict(_ATTR_RE.findall(match.group(0))).get(b"Id") in dropped
                                    else match.group(0), rels)
    if new_rels:
        end = rels.rfind(b"</")
        rels = rels[:end] + b"".join(new_rels) + rels[end:]
    return tail, rels
