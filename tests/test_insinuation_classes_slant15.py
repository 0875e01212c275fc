"""Loaded language version 36 (slant15): insinuation as classes, not a phrase list
(xlplugin.argued_voice._insinuating_clauses, the word tables of data/argued_voice.txt).

A slanted piece hands its suspicion to a group in a modal ("Some supporters will wonder why"),
to a hypothetical speaker ("Some might think ..."), or grants the question itself ("It is fair to
ask how"); each is one doubt term, however it is worded. Plain reporting with the same words
stays clean: a past act ("Residents asked why ..."), a question the next sentence answers with a
named source or a weighed answer, advice ("may want to ask whether ..."), "it remains to be seen
whether". Fixtures are written for these tests.
"""

import pytest

from xlplugin import argued_voice
from xlplugin.lexicon import load_sections
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The water board met on Thursday. Members discussed the reservoir budget and the new pipe contract.\n\n"
TAIL = "\n\nThe board meets again in May."


def _doubts(text: str) -> list[str]:
    return [e.text for e in loaded_language.score(prepare(text), Settings()).evidence if e.kind == "doubt"]


# 1. a group handed the author's suspicion, in a modal, before a question word

@pytest.mark.parametrize("sentence", [
    "Some ratepayers will wonder why the contract went to a firm with no pipes of its own.",
    "Taxpayers may wonder how a board that lost money last year can afford new offices.",
    "Voters might reasonably ask whether the chair's brother-in-law had a say in the tender.",
    "Many will question who approved the final price.",
    "Families in the valley could be forgiven for wondering what the board was told in March.",
    "Residents of the lower town may still want to ask themselves how long the board knew.",
    "Readers must suspect what the minutes leave out.",
    "Customers' children will wonder whose interests the board serves.",
    "One might ask which members read the report before voting.",
])
def test_a_group_given_the_authors_suspicion_is_a_doubt_term(sentence: str) -> None:
    found = _doubts(LEAD + sentence + TAIL)
    assert len(found) == 1
    assert found[0].lower() in sentence.lower()


# 2. the author licensing the question

@pytest.mark.parametrize("sentence", [
    "It is fair to ask how the deficit came about.",
    "It seems reasonable to ask whether the pipes were ever tested.",
    "It's only fair to wonder why the tender closed on a holiday.",
    "It would be legitimate to question who wrote the brief.",
])
def test_the_author_granting_the_question_is_a_doubt_term(sentence: str) -> None:
    found = _doubts(LEAD + sentence + TAIL)
    assert len(found) == 1
    assert found[0].lower().startswith("it")


# 3. a hypothetical speaker's opinion; the verdict left to the reader, named otherwise

@pytest.mark.parametrize("sentence", [
    "Some might think that a board which cannot fix a leak should not be buying offices.",
    "One would think the board had learned from the last contract.",
    "Others may conclude that the reservoir was never the priority.",
    "Ratepayers can draw their own conclusions about whose water this is.",
    "The contract was signed on a Sunday; make of that what they will.",
    "It remains to be seen who gains from the new pipes.",
    "The board says the savings are real. It remains to be seen whose savings they are.",
])
def test_a_verdict_left_to_the_reader_is_a_doubt_term(sentence: str) -> None:
    assert len(_doubts(LEAD + sentence + TAIL)) == 1


# 4. plain reporting with the same words stays clean

@pytest.mark.parametrize("text", [
    # a past act reported, with the answer
    "Residents asked why the road closed, and the council said the bridge needed repairs.",
    "Residents asked why the road closed. The council said the bridge needed repairs.",
    # a question the next sentence answers with a named source, or a weighed answer
    "Investors may wonder whether rates will fall. Maria Lopez, chief economist at Harbor Bank, "
    "said she expected one cut in March.",
    "Analysts wonder whether rates will fall. Maria Lopez, chief economist at Harbor Bank, said "
    "she expected one cut in March.",
    "Many parents will wonder whether the new timetable affects them. Probably not: it changes "
    "only the Saturday buses.",
    # the question reported as a named source's words
    "Some might say the fee is too high, the club's chairman Tom Reyes said on Tuesday.",
    # advice, not suspicion
    "Homeowners may want to ask whether their policy covers flood damage.",
    "Parents can ask whether a place is free by calling the school office.",
    # someone asking someone else, not a group handed a suspicion
    "The council will ask residents whether they want a new park.",
    "The survey will ask people what they think of the buses.",
    # ordinary uncertainty
    "It remains to be seen whether the plan works.",
    "It is natural to ask whether the result holds for larger reservoirs.",
    "It is worth $4 million, and it is fair to say the board was pleased.",
    "Readers who wonder why can find the full report on the board's website.",
    # an analogy or an idiom after "might think"
    "One might think of the reservoir as a bank account for dry years.",
    "Many would think twice before swimming there in winter.",
])
def test_plain_reporting_with_the_same_words_counts_nothing(text: str) -> None:
    assert _doubts(LEAD + text + TAIL) == []


def test_a_quoted_suspicion_is_not_the_authors() -> None:
    text = LEAD + '"Some will wonder why we waited so long," said Mayor Ruth Calder.' + TAIL
    kinds = [e.kind for e in loaded_language.score(prepare(text), Settings()).evidence]
    assert "doubt" not in kinds


def test_the_slanted_telling_scores_below_the_plain_one() -> None:
    """The same facts, once reported and once with the suspicion handed to readers: worded
    otherwise than any listed phrase, the slanted one still costs."""
    facts = ("The board sold the east reservoir for $2 million in March. The buyer was a company "
             "registered in April of last year. The board's chair, Helen Marsh, said the price was "
             "fair and the sale had been advertised for six weeks. ")
    plain = LEAD + facts + "The board will publish the valuation in June, according to its minutes."
    slanted = (LEAD + facts + "It is fair to ask how a company only a year old knew to bid. "
               "Some ratepayers will wonder why the valuation is still a secret.\n\n"
               "Others may conclude that the sale was settled before it was advertised.")
    score = loaded_language.score
    assert score(prepare(slanted), Settings()).score < score(prepare(plain), Settings()).score


def test_vague_sources_are_left_to_unsourced_claims() -> None:
    """A weasel attribution ("some say", "critics argue") is charged as an unsourced claim, not
    again as an insinuation: no class reads one as a group handed a suspicion."""
    for weasel in load_sections("attribution.txt")["weasel_phrases"]:
        text = LEAD + weasel.capitalize() + " the reservoir will be sold." + TAIL
        assert argued_voice._insinuating_clauses(prepare(text)) == [], weasel
