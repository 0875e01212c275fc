"""A refresh redoes the colours of the Documents sheet's score columns for the weights it scored
with (book20): a signal weighed 0 changes no index, so its column has no colour (the sheet's "How
to read this" says so); set its weight above 0 in Settings and a refresh colours the column, as
`score` would; set it to 0 and the refresh takes its colours away. Otherwise the colours said the
opposite of the Why beside them ("unsourced claims -25 points" in a column with no colour).

Only xlplugin's own rules change: those on one of its score columns, from row 2 to the sheet's
foot, as `score` writes them (writer.colour_rules). A user's own formats, on their own columns or
on other cells, are kept byte for byte; a sheet whose colours already follow the weights is not
touched. New rules name formats (fills) appended to the workbook's styles part, or the same
formats where it holds them already.
"""

from __future__ import annotations

import re
from typing import Mapping

from openpyxl.utils import get_column_letter
from openpyxl.xml.functions import tostring

from . import layout
from .refresh_styles import SheetNotAdded
from .writer import colour_rules, coloured_headers

__all__ = ["recoloured", "with_dxfs"]

_CF_RE = re.compile(rb'<((?:[\w.-]+:)?)conditionalFormatting\b[^>]*?\bsqref="([^"]*)"[^>]*>.*?</\1conditionalFormatting>', re.S)
_PRIORITY_RE = re.compile(rb'\bpriority="(\d+)"')
# What may follow the conditional formats in a sheet (the schema's order): new ones go before it
# where the sheet has none to follow
_AFTER_CF = (b"dataValidations", b"hyperlinks", b"printOptions", b"pageMargins", b"pageSetup", b"headerFooter",
             b"rowBreaks", b"colBreaks", b"customProperties", b"cellWatches", b"ignoredErrors", b"smartTags",
             b"drawing", b"legacyDrawing", b"legacyDrawingHF", b"picture", b"oleObjects", b"controls",
             b"webPublishItems", b"tableParts", b"extLst")


def _whole_column(letter: str) -> bytes:
    return f"{letter}2:{letter}{layout.SHEET_ROWS}".encode()


def recoloured(tail: bytes, prefix: str, owned: Mapping[str, int], weights: Mapping[str, float],
               styles: bytes) -> tuple[bytes, bytes] | None:
    """(the sheet's `tail`, its part after the rows, and the styles part) with the score columns'
    colour rules following `weights`; None where they follow them already. `owned`: the column of
    each of xlplugin's headers. Raises SheetNotAdded where the styles part cannot take formats."""
    letters = {get_column_letter(owned[h]): h for h in layout.COLOUR_SCALES if h in owned}
    wanted = {get_column_letter(owned[h]) for h in coloured_headers(weights) if h in owned}
    ours = {letter: [] for letter in letters}  # letter -> its rules' elements (start, end)
    found = list(_CF_RE.finditer(tail))
    for match in found:
        for letter in letters:
            if match.group(2) == _whole_column(letter):
                ours[letter].append((match.start(), match.end()))
    has = {letter for letter, spans in ours.items() if spans}
    if has == wanted or layout.SCORE_HEADERS[0] not in owned:
        return None
    index_letter = get_column_letter(owned[layout.SCORE_HEADERS[0]])
    priority = max((int(p) for p in _PRIORITY_RE.findall(tail)), default=0)
    added: list[bytes] = []
    fills: list[bytes] = []
    for letter in sorted(wanted - has, key=lambda col: owned[letters[col]]):
        rules = []
        for rule in colour_rules(letters[letter], letter, index_letter):
            dxf = tostring(rule.dxf.to_tree())
            if dxf not in fills:
                fills.append(dxf)
            priority += 1
            rule.priority, rule.dxfId = priority, fills.index(dxf)
            rules.append(tostring(rule.to_tree()))
        added.append(b'<conditionalFormatting sqref="%s">%s</conditionalFormatting>' % (_whole_column(letter), b"".join(rules)))
    styles, ids = with_dxfs(styles, fills)
    new = b"".join(_prefixed(_renumbered(xml, ids), prefix) for xml in added)
    dropped = sorted(span for letter in has - wanted for span in ours[letter])
    pieces, position = [], 0
    for start, end in dropped:
        pieces.append(tail[position:start])
        position = end
    pieces.append(tail[position:])
    tail = b"".join(pieces)
    return _inserted(tail, new, prefix), styles


def _renumbered(xml: bytes, ids: list[int]) -> bytes:
    return re.sub(rb'\bdxfId="(\d+)"', lambda m: b'dxfId="%d"' % ids[int(m.group(1))], xml)


def _prefixed(xml: bytes, prefix: str) -> bytes:
    return re.sub(rb"<(/?)(?=[A-Za-z])", b"<\\1" + prefix.encode(), xml) if prefix else xml


def _inserted(tail: bytes, new: bytes, prefix: str) -> bytes:
    """`new` conditional formats put after the sheet's last one, or where the schema puts them."""
    if not new:
        return tail
    last = None
    for last in _CF_RE.finditer(tail):
        pass
    if last is not None:
        return tail[:last.end()] + new + tail[last.end():]
    for name in _AFTER_CF:
        at = re.search(rb"<%s%s\b" % (re.escape(prefix.encode()), name), tail)
        if at is not None:
            return tail[:at.start()] + new + tail[at.start():]
    end = tail.rindex(b"</")
    return tail[:end] + new + tail[end:]


_DXFS_RE = re.compile(rb"<((?:[\w.-]+:)?)dxfs\b[^>]*?(/?)>")
_DXF_RE = re.compile(rb"<(?:[\w.-]+:)?dxf\b[^>]*?(?:/>|>.*?</(?:[\w.-]+:)?dxf>)", re.S)


def with_dxfs(styles: bytes, fills: list[bytes]) -> tuple[bytes, list[int]]:
    """The styles part with each of `fills` (a dxf element as openpyxl writes it) in its dxfs
    section, appended unless the same is there already, and the place of each."""
    opening = _DXFS_RE.search(styles)
    if opening is None:
        raise SheetNotAdded("the workbook's styles part has no list of conditional formats")
    prefix = opening.group(1).decode()
    if opening.group(2):
        entries, closing = [], opening.end()
    else:
        closing = styles.index(b"</%sdxfs>" % prefix.encode(), opening.end())
        entries = [m.group(0) for m in _DXF_RE.finditer(styles, opening.end(), closing)]
    ids, added = [], []
    for fill in fills:
        xml = _prefixed(fill, prefix)
        if xml in entries:
            ids.append(entries.index(xml))
        else:
            entries.append(xml)
            added.append(xml)
            ids.append(len(entries) - 1)
    tag = re.sub(rb'\scount="\d*"', b"", opening.group(0)[:-2 if opening.group(2) else -1])
    body = b"" if opening.group(2) else styles[opening.end():closing]
    end = opening.end() if opening.group(2) else closing + len(b"</%sdxfs>" % prefix.encode())
    section = tag + b' count="%d">' % len(entries) + body + b"".join(added) + b"</%sdxfs>" % prefix.encode()
    return styles[:opening.start()] + section + styles[end:], ids
