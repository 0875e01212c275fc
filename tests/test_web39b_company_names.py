"""(web39b) A capitalised cue right before a word for a company, a label or a studio is the first
word of that name ("the whole Epic Games thing"), not the writer's loaded word; an epithet before a
person's name and a label before a word that names no company still count. Fixtures written for
this test."""

from __future__ import annotations

import pytest

from loaded_helpers import author_terms
from xlplugin import prose
from xlplugin.text import prepare


def _rule(text: str, word: str) -> str:
    doc = prepare(text)
    i = doc.token_texts.index(word)
    return prose.name_reason(doc, i, i + 1, lambda w: w in {"crooked", "corrupt", "lying", "savage", "epic", "fury"})


@pytest.mark.parametrize("text, word", [
    ("We spent an hour on the whole Epic Games thing and what it meant for small developers.", "Epic"),
    ("She signed with Savage Records in 2019 after touring the coast for years.", "Savage"),
    ("The crew moved to Fury Road Pictures to shoot the next film.", "Fury"),
    ("The suit was filed by Epic Games' lawyers in August.", "Epic"),
    ("Epic Games sued the payment company in August.", "Epic"),
])
def test_a_cue_before_a_company_word_is_a_name(text, word):
    assert _rule(text, word) == "named with its company word"


@pytest.mark.parametrize("text, word", [
    ("Voters were told again that Crooked Hillary would lose the race.", "Crooked"),  # a person's name
    ("It was a Crooked Hillary moment for them.", "Crooked"),
    ("They blamed the Corrupt Media for the defeat.", "Corrupt"),  # "Media" is no company word here
    ("They blamed the Lying Press for the defeat.", "Lying"),
    ("The Savage Games Studio Awards were held in the town.", "Savage"),  # the run goes on past the word
])
def test_no_company_word_no_name(text, word):
    assert _rule(text, word) != "named with its company word"


@pytest.mark.parametrize("text, cue", [
    ("We spent an hour on the whole Epic Games thing and what it meant for small developers.", "epic"),
    ("She signed with Savage Records in 2019 after touring the coast for years.", "savage"),
    ("The crew moved to Fury Studios to shoot the next film.", "fury"),
])
def test_the_company_name_costs_no_loaded_term(text, cue):
    assert cue not in author_terms(text)


@pytest.mark.parametrize("text, cue", [
    ("Crooked Hillary lost the vote in the end.", "crooked"),
    ("It was a Crooked Hillary moment for them.", "crooked"),
    ("It was an epic night of games for the whole town.", "epic"),  # lower case: the writer's word
])
def test_epithets_and_plain_words_still_count(text, cue):
    assert cue in author_terms(text)
