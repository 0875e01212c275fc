"""The Sources ratings a workbook was last scored with, kept in its custom document properties
(File > Properties > Custom), so that a refresh after an edit of a Sources table that already
held ratings can say what changed ("Sources example.com 0.8 → 0.3"), as it says it for a weight
(`refresh_settings.settings_change`): a row's Settings hash alone cannot tell one edit of a
rating from another.

The ratings are written as JSON (ASCII) cut into properties of at most 255 characters each
("xlplugin sources as scored 1", "... 2"), the most Excel keeps of one property's text. `score`
writes them where it used ratings; a refresh writes them again when it rewrote the workbook and
the ratings changed. A workbook without them (scored before, or with every property deleted)
reads as having none: the summary then says only that settings or Sources changed.

Each rating is kept with its key as the user wrote it in the sheet ("The Daily Post" for the key
"the daily post"), so that a refresh sees a name whose letters alone changed case: that changes
no score, but the rows it rates name it as now written (refresh_names). A workbook whose
properties hold no such names (written before they were kept) reads as having none known.
Each kept key is read again as today's key (`source_rating.rating_key`), so that a workbook kept
with an earlier release's keys ("the harwick courier", before outlets20 left out "The") reads as
the same ratings, not as a row removed and another added.
"""

from __future__ import annotations

import json
import re
from typing import Mapping

from ..errors import WorkbookError
from ..scorers.source_rating import rating_key
from .package import Package, custom_properties
from .xml_parse import parse_xml

__all__ = ["PROPERTY", "property_values", "stored_ratings", "stored_names", "custom_part_with"]

PROPERTY = "xlplugin sources as scored"
_CHUNK = 255
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_OURS_RE = re.compile(r'<(?:[\w.-]+:)?property\b[^>]*\bname\s*=\s*["\']' + re.escape(PROPERTY)
                      + r' \d+["\'][^>]*?(?:/>|>.*?</(?:[\w.-]+:)?property\s*>)', re.DOTALL)
_END_RE = re.compile(r"</((?:[\w.-]+:)?)Properties\s*>")
_PID_RE = re.compile(r'\bpid\s*=\s*["\'](\d+)["\']')


def property_values(ratings: Mapping[str, tuple[float, str]], names: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(name, text) of each property that holds `ratings`, each with its key as written (`names`,
    else the key); none for no ratings."""
    if not ratings:
        return []
    names = names or {}
    text = json.dumps(sorted([key, rating, rater, names.get(key, key)] for key, (rating, rater) in ratings.items()),
                      ensure_ascii=True, separators=(",", ":"))
    return [(f"{PROPERTY} {n}", text[at:at + _CHUNK]) for n, at in enumerate(range(0, len(text), _CHUNK), start=1)]


def _stored_rows(package: Package) -> list | None:
    found = custom_properties(package)
    chunks, n = [], 1
    while f"{PROPERTY} {n}" in found:
        chunks.append(found[f"{PROPERTY} {n}"])
        n += 1
    if not chunks:
        return None
    try:
        rows = json.loads("".join(chunks))
    except ValueError:  # (cut or edited by hand: as if there were none)
        return None
    return rows if isinstance(rows, list) and all(isinstance(row, list) and len(row) in (3, 4) for row in rows) else None


def stored_ratings(package: Package) -> dict[str, tuple[float, str]] | None:
    """The ratings the workbook was last scored with, or None where it holds none readable."""
    rows = _stored_rows(package)
    try:
        return None if rows is None else {rating_key(str(key)): (float(rating), str(rater)) for key, rating, rater, *_ in rows}
    except (ValueError, TypeError):  # (cut or edited by hand: as if there were none)
        return None


def stored_names(package: Package) -> dict[str, str] | None:
    """{key: the key as written} of the ratings the workbook was last scored with; None where they
    are not known (no ratings kept, or kept without their names)."""
    rows = _stored_rows(package)
    if rows is None or any(len(row) != 4 for row in rows):
        return None
    return {rating_key(str(row[0])): str(row[3]) for row in rows}


def custom_part_with(package: Package, ratings: Mapping[str, tuple[float, str]],
                     names: Mapping[str, str] | None = None) -> dict[str, bytes]:
    """{the custom properties part: its XML with `ratings` as its properties of that name}, every
    other property as it was; {} where the workbook has no such part or it cannot be edited so."""
    parts = [t for kind, t in package.rels("").values() if kind == "custom-properties"]
    if not parts or not package.has(parts[0]):
        return {}
    try:
        xml = package.read(parts[0]).decode("utf-8")
    except UnicodeDecodeError:
        return {}
    xml = _OURS_RE.sub("", xml)
    end = _END_RE.search(xml)
    if end is None:
        return {}
    pid = max((int(p) for p in _PID_RE.findall(xml)), default=1)
    prefix = end.group(1)
    added = "".join(
        f'<{prefix}property fmtid="{_FMTID}" pid="{pid + n}" name="{name}">'
        f'<vt:lpwstr xmlns:vt="{_VT_NS}">{_escaped(text)}</vt:lpwstr></{prefix}property>'
        for n, (name, text) in enumerate(property_values(ratings, names), start=1))
    data = (xml[:end.start()] + added + xml[end.start():]).encode("utf-8")
    try:
        parse_xml(data, parts[0], lambda tag, attrs: None)
    except WorkbookError:
        return {}
    return {parts[0]: data}


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
