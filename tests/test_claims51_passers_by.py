"""(claims51) One person a report names by a place or a club and what they are ("..., said a
Leeds resident", "A Bristol commuter said", "said one Celtic fan": attribution.txt
[passer_by_words], misread_sources.passer_by) is an unnamed person: a vague source, not a named
one. The speaker side was read right (the phrase after "said"); the place made it a name, so
unsourced claims called the sentence sourced and provenance counted a named source. A name
("Leeds resident Ann Lee", "Ann Lee, a Leeds resident"), a role ("a Glasgow nurse") and a named
body's officer ("a Leeds City Council spokesman") keep their readings. Every text is written
for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import attribution_kind, unsourced_kinds
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

CLAIM = "Fares went up 20 percent this year"


def _named_share(text: str) -> float:
    return provenance.score(prepare(text), Settings()).details["named_sources_share"]


@pytest.mark.parametrize("text", [
    f"{CLAIM}, said a Leeds resident.",
    f"\u201c{CLAIM},\u201d said a Leeds resident.",
    "A Leeds resident said fares went up 20 percent this year.",
    f"{CLAIM}, a Bristol commuter said.",
    f"{CLAIM}, said one Celtic fan.",
    f"{CLAIM}, said an elderly Leeds resident.",
])
def test_a_passer_by_named_by_place_is_a_vague_source(text):
    assert attribution_kind(text) == "weasel"
    assert unsourced_kinds(text) == ["unsourced"]
    assert _named_share(text) == 0.0


@pytest.mark.parametrize("text, kind", [
    (f"{CLAIM}, said Leeds resident Ann Lee.", "named"),
    (f"{CLAIM}, said Ann Lee, a Leeds resident.", "named"),
    (f"{CLAIM}, said a Leeds City Council spokesman.", "named"),
    (f"{CLAIM}, said a Glasgow nurse.", "role"),  # a role, (claims52) by role: the place names no one
])
def test_a_name_or_a_role_keeps_its_reading(text, kind):
    assert attribution_kind(text) == kind
    assert unsourced_kinds(text) == ["sourced"]
    assert _named_share(text) == 1.0


def test_a_passer_by_with_no_place_is_vague_too():
    # (claims52) "said a resident" is the same unnamed person (before: no source at all)
    assert attribution_kind(f"{CLAIM}, said a resident.") == "weasel"
