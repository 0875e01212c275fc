"""(web40) A capitalised cue that opens a company's name is a name, generalising web39b's rule
"named with its company word": the name may end in several company words ("Brutal Studios Ltd"),
in an investment firm's or a group's word ("Fury Capital", "Savage Group") or in a legal form in
capitals ("Savage LLC"), and in a word a label for the press ends in ("Media", "Press") where the
cue stands inside its sentence after no determiner ("signed with Savage Media"). "the Corrupt
Media", "this Lying Press", a label opening a sentence and an epithet before a person's name still
count. Fixtures written for this test."""

from __future__ import annotations

import pytest

from loaded_helpers import author_terms
from xlplugin import prose
from xlplugin.text import prepare

CUES = {"crooked", "corrupt", "lying", "savage", "epic", "fury", "brutal", "fake"}


def _rule(text: str, word: str) -> str:
    doc = prepare(text)
    i = doc.token_texts.index(word)
    return prose.name_reason(doc, i, i + 1, lambda w: w in CUES)


@pytest.mark.parametrize("text, word", [
    ("The podcast signed a distribution deal with Savage Media in the spring.", "Savage"),
    ("Last year Northern Savage Media bought two local radio stations.", "Savage"),
    ("The game was made by Brutal Studios Ltd, a team of nine in the old mill.", "Brutal"),
    ("The round was led by Fury Capital and two smaller funds.", "Fury"),
    ("She left Savage Group after six years to start her own firm.", "Savage"),
    ("The trademark is held by Savage LLC, which is registered in Delaware.", "Savage"),
    ("A spokesman for Fury Capital Partners declined to say more about the fund.", "Fury"),
    ("The novel was printed by Brutal Press in a run of 500 copies.", "Brutal"),
    ("He joined Savage Media Group as its first editor.", "Savage"),
])
def test_a_cue_opening_a_company_name_is_a_name(text, word):
    assert _rule(text, word) == "named with its company word"


@pytest.mark.parametrize("text, word", [
    ("They blamed the Corrupt Media for the defeat.", "Corrupt"),  # a determiner: a label
    ("Voters were told that this Lying Press would never admit it.", "Lying"),
    ("Corrupt Media will never report what happened at the rally.", "Corrupt"),  # opens its sentence
    ("Voters were told again that Crooked Hillary would lose the race.", "Crooked"),
    ("The Savage Media Awards Night was held in the town.", "Savage"),  # the run goes on past the word
])
def test_labels_and_epithets_are_no_company_name(text, word):
    assert _rule(text, word) != "named with its company word"


@pytest.mark.parametrize("text, cue", [
    ("The podcast signed a distribution deal with Savage Media in the spring.", "savage"),
    ("The game was made by Brutal Studios Ltd, a team of nine in the old mill.", "brutal"),
    ("The round was led by Fury Capital and two smaller funds.", "fury"),
])
def test_the_company_name_costs_no_loaded_term(text, cue):
    assert cue not in author_terms(text)


@pytest.mark.parametrize("text, cue", [
    ("They blamed the Savage Media for the defeat.", "savage"),  # a determiner: a label
    ("Savage Media will never report what happened at the rally.", "savage"),  # opens its sentence
    ("It was a brutal year for media companies in the region.", "brutal"),  # lower case: the writer's word
])
def test_labels_and_plain_words_still_count(text, cue):
    assert cue in author_terms(text)
