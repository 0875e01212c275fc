"""(companies41) A company's name read from the text's own signs, not only from a word list.

web41 saw on main that in "toy maker Epic Workshop" the "Epic" counted as an exaggerating loaded
word, and that "Northfield Bakehouse said it would ..." was listed as a person among the named
sources: the names rule "named with its company word" decides only by [organisation_name_words]
("Games", "Ltd"). Now the text's own signs say a capitalised run names a body (names.body_signs):
a word for a trade before it, "shares in" before it, ", which" after it, its possessive before a
thing only a body has, "said it would" and a body's own act. Such a name is no loaded term and no
person. Real loaded uses still count (guards). Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from loaded_helpers import author_terms
from xlplugin import prose, score_text
from xlplugin.text import prepare

CUES = {"crooked", "corrupt", "lying", "savage", "epic", "fury", "brutal", "fake", "shocking"}
NAMED = "named sources with roles"
MAYOR = " Mayor Jane Holt said the deal was good for the high street."


def _rule(text: str, word: str) -> str:
    doc = prepare(text)
    i = doc.token_texts.index(word)
    return prose.name_reason(doc, i, i + 1, lambda w: w in CUES)


def _sources(text: str) -> str:
    signal = score_text("The council met on Tuesday. Officials discussed the budget. " + text + MAYOR).signals["provenance"]
    return next(e.detail for e in signal.evidence if e.kind == NAMED).split("sources: ", 1)[1]


@pytest.mark.parametrize("text, word", [
    ("The contract went to toy maker Epic Workshop last week.", "Epic"),
    ("Orders rose at the bakery Brutal Crust over the winter.", "Brutal"),
    ("Epic Workshop, which employs forty people, won the contract.", "Epic"),
    ("The town's biggest employer is Savage Timber, which opened in 1962.", "Savage"),
    ("Fury Outdoor's chief executive left in March.", "Fury"),
    ("Investors sold shares in Savage Timber after the warning.", "Savage"),
    ("Brutal Crust said it would open a second shop in the spring.", "Brutal"),
    ("Late on Friday, Epic Workshop said it had recalled 2,000 wooden trains.", "Epic"),
])
def test_a_cue_opening_a_body_named_by_the_text_is_a_name(text, word):
    assert _rule(text, word) == "named as a body by the text"


@pytest.mark.parametrize("text, word", [
    ("They blamed the Corrupt Media, which never reports the truth.", "Corrupt"),  # a label after "the"
    ("Voters were told that Crooked Hillary would lose the race.", "Crooked"),  # an epithet, no sign
    ("Toy Maker Epic Workshop Faces Shocking Collapse", "Shocking"),  # a headline in Title Case
    ("Savage said it would be a disaster for the town.", "Savage"),  # a person's words, no body's act
])
def test_labels_epithets_and_headlines_are_not_read_as_bodies(text, word):
    # guards: the rule must not reach these
    assert _rule(text, word) != "named as a body by the text"


@pytest.mark.parametrize("text, cue", [
    ("The contract went to toy maker Epic Workshop, which employs forty people.", "epic"),
    ("Brutal Crust said it would open a second shop in the spring.", "brutal"),
    ("Analysts expect Fury Outdoor's shares to recover by the summer.", "fury"),
])
def test_the_body_name_costs_no_loaded_term(text, cue):
    assert cue not in author_terms(text)


@pytest.mark.parametrize("text, cue", [
    ("The opening of the new depot was an epic failure.", "epic"),  # lower case: the writer's word
    ("They blamed the Savage Media, which never reports the truth.", "savage"),  # a label after "the"
    ("Fake News, which never reports the truth, ignored the rally.", "fake news"),  # a cue alone before ", which"
    ("Savage, which is what the raid was, is the only word for it.", "savage"),  # a cue alone
])
def test_real_loaded_uses_still_count(text, cue):
    # guards
    assert cue in author_terms(text)


@pytest.mark.parametrize("text, name", [
    ("Northfield Bakehouse said it would open a second shop in the spring.", "Northfield Bakehouse"),
    ("Northfield Bakehouse, which employs 40 people, said the rent was too high.", "Northfield Bakehouse"),
    ("The toy maker Northfield Workshop said the order was welcome.", "Northfield Workshop"),
])
def test_a_body_named_by_the_text_is_no_person_among_the_sources(text, name):
    assert f"{name} ({name})" in _sources(text)


@pytest.mark.parametrize("text", [
    "Sam Gill said it would be a disaster for the town.",
    "Sam Gill, who runs a stall on the square, said the rent was too high.",
])
def test_a_person_stays_a_person(text):
    # guards
    listed = _sources(text)
    assert "Sam Gill" in listed and "Sam Gill (" not in listed


def test_body_signs_reads_the_characters_around_a_name():
    from xlplugin.names import body_signs

    text = "Later Northfield Bakehouse's chief executive spoke, and Jo Reed's sister spoke."
    at = text.index("Northfield")
    assert body_signs(text, at, at + len("Northfield Bakehouse's")) == "a body's words after it"
    at = text.index("Jo Reed")
    assert body_signs(text, at, at + len("Jo Reed's")) == ""
