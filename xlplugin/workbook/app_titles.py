"""The sheet titles a workbook lists in its document properties (docProps/app.xml), kept true when
a refresh adds a sheet again (refresh_transplant: a Read, Overview, Outlets or Evidence sheet the
user deleted).

Excel writes there, on every save, how many worksheets the workbook has ("HeadingPairs") and their
names ("TitlesOfParts"); LibreOffice and openpyxl write neither. Spreadsheet programs do not read
them on opening (they read the workbook part), but the file's properties (Windows Explorer,
document managers, search indexers) show them: a sheet added without its title would be missing
there. Only the worksheets' titles are changed; the other headings (named ranges, charts) and
every other byte stay as they were. A part that is not laid out as described is left alone.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, unescape

from .package import Package

__all__ = ["app_part", "with_sheet_titles"]

_HEADINGS_RE = re.compile(rb"<(?:[\w.-]+:)?HeadingPairs\b[^>]*>(.*?)</(?:[\w.-]+:)?HeadingPairs\s*>", re.S)
_TITLES_RE = re.compile(rb"<(?:[\w.-]+:)?TitlesOfParts\b[^>]*>(.*?)</(?:[\w.-]+:)?TitlesOfParts\s*>", re.S)
_PAIR_RE = re.compile(rb"<(?:[\w.-]+:)?lpstr\b[^>]*>([^<]*)</(?:[\w.-]+:)?lpstr>.*?<((?:[\w.-]+:)?)i4\b[^>]*>\s*(\d+)\s*</(?:[\w.-]+:)?i4>",
                      re.S)
_LPSTR_RE = re.compile(rb"<((?:[\w.-]+:)?)lpstr\b[^>]*>([^<]*)</(?:[\w.-]+:)?lpstr>")
_SIZE_RE = re.compile(rb'(\ssize\s*=\s*")(\d+)(")')
WORKSHEETS = "Worksheets"


def app_part(package: Package) -> str | None:
    """The name of the workbook's extended-properties part (docProps/app.xml), if it has one."""
    for kind, target in package.rels("").values():
        if kind == "extended-properties" and package.has(target):
            return target
    return None


def _text(raw: bytes) -> str:
    return unescape(raw.decode("utf-8"), {"&quot;": '"', "&apos;": "'"})


def with_sheet_titles(app: bytes, sheets: list[str], added: list[str]) -> bytes | None:
    """`app` with the worksheet titles it lists brought up to date after the sheets `added` were
    put into the workbook: the titles it listed that the workbook still has (`sheets`, in tab
    order), and the added ones, in tab order, with the worksheet count and the list's size
    changed to match. None where the part lists no worksheet titles or is laid out otherwise."""
    headings, titles = _HEADINGS_RE.search(app), _TITLES_RE.search(app)
    if headings is None or titles is None:
        return None
    pairs = [(_text(m.group(1)), int(m.group(3)), m) for m in _PAIR_RE.finditer(headings.group(1))]
    names = [(m.group(1), _text(m.group(2)), m) for m in _LPSTR_RE.finditer(titles.group(1))]
    if not any(name == WORKSHEETS for name, _, _ in pairs) or sum(count for _, count, _ in pairs) != len(names):
        return None
    start = 0
    for name, count, pair in pairs:
        if name == WORKSHEETS:
            break
        start += count
    if count == 0:
        return None
    listed = {title for _, title, _ in names[start:start + count]} | set(added)
    shown = [sheet for sheet in sheets if sheet in listed]
    prefix = names[start][0].decode()
    new_titles = "".join(f"<{prefix}lpstr>{escape(sheet)}</{prefix}lpstr>" for sheet in shown).encode()
    body = titles.group(1)
    first, last = names[start][2].start(), names[start + count - 1][2].end()
    size = str(len(names) - count + len(shown)).encode()
    body = _SIZE_RE.sub(lambda m: m.group(1) + size + m.group(3), body[:first], count=1) + new_titles + body[last:]
    pair_body = headings.group(1)
    pair_body = pair_body[:pair.start(3)] + str(len(shown)).encode() + pair_body[pair.end(3):]
    return app[:headings.start(1)] + pair_body + app[headings.end(1):titles.start(1)] + body + app[titles.end(1):]
