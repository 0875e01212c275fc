"""(session 25, lead) Two plain readings a tester's pasted documents showed (fresh29): "a friend of
Leo's told us" names whose friend spoke, not the friend (the source stays anonymous hearsay, as "a
friend of the actor's" already was), and an amount of money claimed ("helped tenants claim £1.3
million in benefits") is money, not a verb casting doubt. Every sentence is written for these tests;
near-misses keep their reading."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind

from xlplugin.scorers import loaded_language, provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _named_sources(text: str) -> bool:
    sig = provenance.score(prepare(text), Settings())
    cue = next(e for e in sig.evidence if e.kind == "named sources with roles")
    return cue.detail.startswith("found")


# --- a friend of NAME's: the name is the friend's friend ------------------------------------------

@pytest.mark.parametrize("text", [
    "A friend of Leo's told us the actor had moved out in 2025.",
    "A pal of Tasha's said the singer cancelled 14 concerts last year.",
    "A friend of Marco's says the chef sold the restaurant for 2 million pounds.",
    "One friend of Priya's told reporters the couple split up in March.",
])
def test_a_friend_of_a_named_person_is_hearsay(text):
    assert attribution_kind(text) == "weasel"
    assert not _named_sources(text)


@pytest.mark.parametrize("text", [
    "A friend of the family, Ann Lee, said the house was sold for 300,000 pounds.",
    "Leo's friend Ann Lee said the actor had moved out in 2025.",
    "A friend, Tom Reyes, said the singer cancelled 14 concerts last year.",
])
def test_a_friend_named_is_still_a_named_source(text):
    assert attribution_kind(text) == "named"
    assert _named_sources(text)


# --- an amount of money claimed ------------------------------------------------------------------

def _terms(body: str) -> list[str]:
    sig = loaded_language.score(prepare("By Ana Ruiz\n\n" + body + " The council will publish its figures on Monday."),
                                Settings())
    return [e.text.lower() for e in sig.evidence if e.kind in loaded_language.CATEGORIES]


@pytest.mark.parametrize("body", [
    "The advisers helped 300 tenants claim £1.3 million in benefits last year, the trust said.",
    "Drivers can claim €40 a day for meals under the new rules.",
    "Farmers claimed $2.4 billion in drought relief in 2025, the department said.",
    "Each volunteer may claim £15 towards travel, the charity said.",
])
def test_an_amount_of_money_claimed_is_no_doubt_verb(body):
    assert _terms(body) == []


@pytest.mark.parametrize("body", [
    "The senator claimed $2 billion was wasted on the scheme.",
    "He claimed £300m in fraud had gone unpunished.",
    "The campaign claimed that $5 million had vanished.",
])
def test_a_claim_about_money_keeps_its_cue(body):
    assert "claimed" in _terms(body)
