"""The cell formats of a sheet `score` writes, added to a workbook that is refreshed
(refresh_rebuild: a derived sheet the user deleted, made again).

A sheet's cells name their format by its place in the workbook's styles part (`s="7"`), so a
sheet taken from the workbook `score` writes needs its formats in the refreshed workbook's styles
part, which the user's program may have rewritten (other formats, in another order). Each format
the sheet uses is appended, with the font, fill, border and number format it names, and the
sheet's cells are renumbered to them (`restyled`). Every format already there keeps its place,
so no other sheet changes; the styles part is edited as text (entries inserted, counts raised),
the rest of it byte for byte.

The formats come from a styles part openpyxl wrote (the writer's), whose entries are flat and
unprefixed; the refreshed workbook's part may use a namespace prefix, which the new entries
then take too.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..errors import WorkbookError
from .xml_parse import local_name, parse_xml

__all__ = ["SheetNotAdded", "merged_styles", "restyled", "used_styles", "tag_pieces"]


class SheetNotAdded(WorkbookError):
    """A sheet cannot be added to this workbook (a part it needs is not where a workbook keeps
    it): the refresh goes on without it, and its summary says why."""

# The sections of a styles part an added format needs, in the order the schema gives them.
_SECTIONS = ("numFmts", "fonts", "fills", "borders", "cellXfs")
_ENTRY = {"numFmts": "numFmt", "fonts": "font", "fills": "fill", "borders": "border", "cellXfs": "xf"}
_FIRST_CUSTOM_FORMAT = 164  # number formats below are built in (the same in every workbook)


def _entries(data: bytes, section: str) -> list[bytes]:
    """The entries of one section of an openpyxl styles part, as their XML."""
    found = re.search(rb"<%s\b[^>]*?(?:/>|>(.*?)</%s>)" % (section.encode(), section.encode()), data, re.S)
    if found is None or not found.group(1):
        return []
    tag = _ENTRY[section].encode()
    return re.findall(rb"<%s\b[^>]*?/>|<%s\b[^>]*>.*?</%s>" % (tag, tag, tag), found.group(1), re.S)


def _counts(data: bytes) -> tuple[dict[str, int], dict[str, int], str]:
    """Entries per section of the refreshed workbook's styles part (counted, not taken from
    the count attributes), its custom number formats (code -> id), and its namespace prefix."""
    counts = dict.fromkeys(_SECTIONS, 0)
    formats: dict[str, int] = {}
    depth: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = local_name(tag)[1]
        if len(depth) == 2 and depth[1] in counts and local == _ENTRY[depth[1]]:
            counts[depth[1]] += 1
            if local == "numFmt" and attrs.get("numFmtId", "").isdigit():
                formats[attrs.get("formatCode", "")] = int(attrs["numFmtId"])
        depth.append(local)

    parse_xml(data, "xl/styles.xml", start, lambda tag: depth.pop())
    prefix = re.match(rb"(?:<\?[^>]*\?>\s*)?<([\w.-]+:)?styleSheet\b", data)
    return counts, formats, (prefix.group(1) or b"").decode() if prefix else ""


def _attr(xml: bytes, name: str) -> int:
    found = re.search(rb'\b%s="(\d+)"' % name.encode(), xml)
    return int(found.group(1)) if found else 0


def _with_attr(xml: bytes, name: str, value: int) -> bytes:
    if re.search(rb'\b%s="\d+"' % name.encode(), xml):
        return re.sub(rb'\b%s="\d+"' % name.encode(), b'%s="%d"' % (name.encode(), value), xml, count=1)
    return re.sub(rb"^<xf\b", b'<xf %s="%d"' % (name.encode(), value), xml)


def _prefixed(xml: bytes, prefix: str) -> bytes:
    return re.sub(rb"<(/?)(?=[A-Za-z])", b"<\\1" + prefix.encode(), xml) if prefix else xml


def merged_styles(user: bytes, fresh: bytes, used: Iterable[int]) -> tuple[bytes, dict[int, int]]:
    """The refreshed workbook's styles part with the fresh part's cell formats `used` added, and
    where each went (fresh index -> index in the new part)."""
    counts, formats, prefix = _counts(user)
    fresh_parts = {section: _entries(fresh, section) for section in _SECTIONS}
    fresh_formats = {_attr(xml, "numFmtId"): re.search(rb'formatCode="([^"]*)"', xml).group(1)  # type: ignore[union-attr]
                     for xml in fresh_parts["numFmts"]}
    added: dict[str, list[bytes]] = {section: [] for section in _SECTIONS}
    places: dict[tuple[str, bytes], int] = {}

    def place(section: str, xml: bytes) -> int:
        if (section, xml) not in places:
            places[section, xml] = counts[section] + len(added[section])
            added[section].append(xml)
        return places[section, xml]

    mapping: dict[int, int] = {}
    for index in sorted(set(used)):
        if index >= len(fresh_parts["cellXfs"]):
            raise SheetNotAdded(f"a sheet to add names cell format {index}, which its workbook lacks")
        xf = fresh_parts["cellXfs"][index]
        for section, attribute in (("fonts", "fontId"), ("fills", "fillId"), ("borders", "borderId")):
            xf = _with_attr(xf, attribute, place(section, fresh_parts[section][_attr(xf, attribute)]))
        number = _attr(xf, "numFmtId")
        if number >= _FIRST_CUSTOM_FORMAT:
            code = fresh_formats[number]
            if code.decode() not in formats:
                formats[code.decode()] = max([_FIRST_CUSTOM_FORMAT - 1, *formats.values()]) + 1
                added["numFmts"].append(b'<numFmt numFmtId="%d" formatCode="%s"/>' % (formats[code.decode()], code))
            xf = _with_attr(xf, "numFmtId", formats[code.decode()])
        mapping[index] = place("cellXfs", _with_attr(xf, "xfId", 0))
    for section in _SECTIONS:
        if added[section]:
            user = _insert(user, section, b"".join(_prefixed(xml, prefix) for xml in added[section]),
                           counts[section] + len(added[section]), prefix)
    return user, mapping


def _insert(data: bytes, section: str, entries: bytes, count: int, prefix: str) -> bytes:
    """`entries` appended to a section (made where the part has none: only number formats may be
    missing from a styles part), its count attribute set to `count`."""
    name = (prefix + section).encode()
    opening = re.search(rb"<%s\b[^>]*?(/?)>" % re.escape(name), data)
    if opening is None:
        if section != "numFmts":
            raise SheetNotAdded(f"the workbook's styles part has no {section}: the sheet's formats cannot be added")
        root = re.search(rb"<(?:[\w.-]+:)?styleSheet\b[^>]*>", data)
        assert root is not None
        return data[:root.end()] + b'<%s count="%d">%s</%s>' % (name, count, entries, name) + data[root.end():]
    tag = re.sub(rb'\scount="\d*"', b"", opening.group(0)[:-2 if opening.group(1) else -1])
    if opening.group(1):  # (an empty section: <fonts count="0"/>)
        return data[:opening.start()] + tag + b' count="%d">' % count + entries + b"</%s>" % name + data[opening.end():]
    closing = data.index(b"</%s>" % name, opening.end())
    return (data[:opening.start()] + tag + b' count="%d">' % count + data[opening.end():closing] + entries
            + data[closing:])


_STYLED_TAG_RE = re.compile(rb"<(?:[\w.-]+:)?(?:c|row|col)\b[^>]*>")
_STYLE_ATTR_RE = re.compile(rb'(\s(?:s|style)=")(\d+)(")')


def used_styles(sheet: bytes) -> set[int]:
    """The cell formats a sheet's cells, rows and columns name."""
    return {int(found.group(2)) for tag in _STYLED_TAG_RE.finditer(sheet) for found in _STYLE_ATTR_RE.finditer(tag.group(0))}


def tag_pieces(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """The same bytes in pieces that each end after a ">" (what follows the last one goes in front
    of the next piece), so that no tag is split across two: a sheet, read piece by piece, can be
    searched and renumbered tag by tag (`used_styles`, `restyled`) without being held whole. (A
    sheet `score` writes has no ">" inside its cell, row and column tags.)"""
    rest = b""
    for piece in pieces:
        piece = rest + piece
        cut = piece.rfind(b">") + 1
        rest = piece[cut:]
        if cut:
            yield piece[:cut]
    if rest:
        yield rest


def restyled(sheet: bytes, mapping: dict[int, int]) -> bytes:
    """The sheet with each cell format renumbered as `mapping` says (merged_styles)."""
    def tag(found: re.Match) -> bytes:
        return _STYLE_ATTR_RE.sub(lambda a: a.group(1) + str(mapping[int(a.group(2))]).encode() + a.group(3), found.group(0))
    return _STYLED_TAG_RE.sub(tag, sheet)
