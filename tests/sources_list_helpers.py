"""(sources48) Small readers the sources-list tests share (sources31, sources45, sources46 and
sources48 each had their own copy): provenance's evidence on named sources, whether it credits any,
the sources it lists and the side it gives each. Each test file keeps its own cases."""

from __future__ import annotations

import re

from xlplugin import score_text

NAMED = "named sources with roles"
# A second source, so that provenance lists the sources with their sides.
CLOSER = " Council leader Mark Hale said the decision was final."


def named_evidence(text: str):
    """Provenance's evidence on named sources for `text`."""
    signal = score_text(text).signals["provenance"]
    return next(e for e in signal.evidence if e.kind == NAMED)


def credited(text: str) -> bool:
    """Does provenance credit `text` with a named source?"""
    return named_evidence(text).present


def _entries(text: str) -> list[str]:
    detail = named_evidence(text).detail
    m = re.search(r"; sources: ([^;]*)", detail)
    assert m, detail
    # "Ann Lee (the council), Tom Reid and 2 more" -> ["Ann Lee (the council)", "Tom Reid"]
    listed = re.sub(r" and \d+ more$", "", m.group(1).strip())
    return [s.strip() for s in re.split(r", (?![^()]*\))", listed)]


def sources_listed(text: str) -> list[str]:
    """The sources provenance lists for `text`, without their sides."""
    return [re.sub(r" \(.*\)$", "", s).strip() for s in _entries(text)]


def sides(text: str) -> dict[str, str]:
    """{source: its side ("" where none is shown)} as provenance lists them for `text`."""
    out = {}
    for entry in _entries(text):
        m = re.fullmatch(r"(.*?) \((.*)\)", entry)
        out[m.group(1) if m else entry] = m.group(2) if m else ""
    return out


# A lead sentence, the sentence tested, a closing sentence: nothing else could be a source.
def story(middle: str) -> str:
    return f"The ferry timetable changes next month. {middle} Tickets go on sale in March."
