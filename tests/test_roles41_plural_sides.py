"""(roles41) A source's role in the plural names its side as the singular does (xlplugin/source_sides.py).

Reporting often cites people by role in the plural ("union leaders said", "company directors told",
"local councillors said"): the sources' list gave them no side where "a union leader" had one, and a
number before a body's word ("interviews with a dozen party") was read as a side. Vague groups stay
vague. Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from xlplugin import score_text, source_sides

NAMED = "named sources with roles"


def _detail(text: str) -> str:
    signal = score_text(text).signals["provenance"]
    return next(e.detail for e in signal.evidence if e.kind == NAMED)


@pytest.mark.parametrize(("desc", "side"), [
    ("union leaders", "the union"),
    ("company directors", "the company"),
    ("police officers", "the police"),
    ("trust managers", "the trust"),
    ("school governors", "the school"),
    ("hospital doctors", "the hospital"),
    ("council spokesmen", "the council"),
    ("the council's chief engineers", "the council"),
    ("local councillors", "the council"),
    ("a local councillor", "the council"),
    ("Detectives", "the police"),
    ("three council officials", "the council"),
    ("the 12 council members", "the council"),
])
def test_plural_role_names_its_body(desc: str, side: str) -> None:
    assert source_sides.classify(desc) == side


@pytest.mark.parametrize("desc", [
    "interviews with a dozen party",  # a number before a body's word: people counted, no body's name
    "mayors",  # several offices, no one body
    "governors",
    "Junior doctors",  # an adjective opening a sentence is no body's name
    "Striking workers",
    "nurses' leaders",  # a possessive plural is a group, not a body
])
def test_no_side_for_counts_offices_and_adjectives(desc: str) -> None:
    assert source_sides.classify(desc) == ""


@pytest.mark.parametrize("desc", ["critics", "some experts", "people", "senior officials", "two economists"])
def test_vague_groups_stay_vague(desc: str) -> None:
    # guard: these had no side on main and must keep none
    assert source_sides.classify(desc) == ""


def test_residents_stay_residents() -> None:
    # guard: residents are a side of their own, as before
    assert source_sides.classify("residents") == "a resident"


COUNCIL_STORY = (
    "The county council approved the new car park on Tuesday. \u201cIt will ease traffic,\u201d said Ann Lee, "
    "a council spokeswoman. The plan was condemned by opposition councillors, who said it would cost too much. "
    "Local councillors said the consultation had been too short.")


def test_local_councillors_listed_with_their_body() -> None:
    detail = _detail(COUNCIL_STORY)
    assert "Local councillors (the council)" in detail
    assert "opposition councillors (the opposition)" in detail


UNION_STORY = (
    "The rail operator cut the night service from May. \u201cDemand has fallen,\u201d said Priya Nand, "
    "the operator's head of planning. Union leaders said the cuts would cost 40 jobs. "
    "Company directors told shareholders the savings were needed.")


def test_union_leaders_are_a_side() -> None:
    detail = _detail(UNION_STORY)
    assert "Union leaders (the union)" in detail
