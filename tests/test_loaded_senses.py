"""Loaded language version 15: words and marks in a sense that is not loaded (each class with the
real use it must keep counting). Fixtures are written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare
from xlplugin import kinds

LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def _evidence(text: str, title: str = "") -> list[tuple[str, str]]:
    sig = loaded_language.score(prepare(LEAD + text, title=title), Settings())
    return [(e.kind, e.text) for e in sig.evidence]


def _first_person(text: str) -> list[str]:
    return [t for k, t in _evidence(text) if k == "first person"]


# 1. first-person words that are also nouns or numerals

@pytest.mark.parametrize("text", [
    "Miners at the coal mine stopped work on Monday.",
    "The mine closed in 1990 and the copper mine nearby opened in 1994.",
    "Output fell as mine workers walked out for a third week.",
    "Veterans of World War I and patients in Phase I trials were invited.",
])
def test_noun_mine_and_numeral_i_are_not_first_person(text):
    assert _first_person(text) == []


@pytest.mark.parametrize("text, n", [
    ("The decision is mine, and a friend of mine agreed with it.", 2),
    ("Your plan differs from mine. Mine is the cheaper one, it's mine to defend.", 3),
    ("In London I met the mayor, and she said yours and mine are both late.", 2),
])
def test_pronoun_mine_and_i_still_count(text, n):
    assert len(_first_person(text)) == n


def test_kinds_first_person_rate_leaves_out_the_noun_mine():
    report = ("The gold mine employs 900 people. " * 3 + "Production fell by four per cent in April, the firm said. ") * 8
    doc = prepare(report)
    rate = kinds._first_person_rate(doc, __import__("collections").Counter(doc.lowers))
    assert rate == 0
    mine = prepare(("The car is mine. " * 3 + "Production fell by four per cent in April, the firm said. ") * 8)
    assert kinds._first_person_rate(mine, __import__("collections").Counter(mine.lowers)) > 0


# 2. a loaded attribution verb in another sense

@pytest.mark.parametrize("text", [
    "Insurance claims rose by 40 per cent last year, the insurer said.",
    "The insurer paid these claims within a month.",
    "Two people were admitted to hospital after the crash.",
    "The storm claimed three lives in the valley on Sunday.",
    "The union asked the funders to insist their grant holders employ staff on permanent contracts.",
])
def test_attribution_verb_in_another_sense_counts_nothing(text):
    assert [k for k, _ in _evidence(text) if k == "attribution"] == []


@pytest.mark.parametrize("text", [
    "The minister claims the scheme works, but the figures show otherwise.",
    "The minister admitted that the figures were wrong.",
    "The company insists the product is safe despite the recall.",
    "He claimed the vote was rigged.",
    "It is the opposite of what the mayor claims.",
    "The paper, which he claims is lying, ran the story.",
    "He continues to insist that he will fight on.",
])
def test_attribution_verb_of_saying_still_counts(text):
    assert [k for k, _ in _evidence(text) if k == "attribution"]


# 3. quotation marks that name a term or a title

@pytest.mark.parametrize("text", [
    "The couriers, known as \u201crunners\u201d, carry parcels across the city.",
    "Old packages (\u201csource archives\u201d) could only share code.",
    "The firm coined the term \u201cflexi-shifts\u201d for the new rota.",
])
def test_naming_quote_is_not_a_scare_quote(text):
    assert [k for k, _ in _evidence(text) if k == "scare quote"] == []


def test_scare_quote_still_counts():
    assert ("scare quote", "\u201cgenerous\u201d") in _evidence("The firm's \u201cgenerous\u201d offer was a pay cut of 10 per cent.")
    # a remark in parentheses after it is no gloss
    assert ("scare quote", "\u201cneighbours\u201d") in _evidence(
        "Where are these \u201cneighbours\u201d (the loud ones especially) when the bins overflow?")


def test_title_in_double_quotes_is_a_name_not_a_quotation():
    ev = _evidence("The thriller \u201cParasite\u201d won the top award, and the drama \u201cBombshell\u201d won two.")
    assert ev == []
    # a one-word quotation with a speaker stays a quotation
    assert ("quoted emotive", "Disgraceful") in _evidence("\u201cDisgraceful,\u201d the mayor said of the vote.")


# 4. interview answers are the interviewee's words

def test_loaded_word_in_an_interview_answer_is_quoted():
    text = ("We spoke to her about storms at sea.\n\nQ: What was the worst night?\n"
            "A: The sea was terrible that winter and the crossing was a nightmare for everyone.\n\n"
            "Q: Has the job changed?\nA: Completely. When I started we had paper charts and little else.\n")
    ev = _evidence(text)
    assert ("quoted emotive", "terrible") in ev and ("emotive", "terrible") not in ev
    # the author's closing paragraph after the last answer is the author's again
    ev = _evidence(text + "\nA shameful waste of a fine captain, in this writer's view.\n")
    assert ("emotive", "shameful") in ev


# 5. weak cues in another word class, names

def test_flood_noun_and_place_name_and_name_at_sentence_start():
    assert _evidence("The flood barrier cost a scandalous 14 million pounds.") == [("emotive", "scandalous")]
    assert _evidence("Tourists visit the so-called Harbour Quarter, a district of 40 streets.") == []
    assert _evidence("Disaster Relief Fund payments rose by 3 per cent last year.") == []


def test_flood_verb_and_so_called_doubt_still_count():
    assert ("emotive", "flood") in _evidence("Migrants flood the border towns, a shameful sight.")
    assert ("doubt", "so-called") in _evidence("The so-called experts got it wrong again.")
    assert ("doubt", "so-called") in _evidence("The so-called Patriot Movement marched on Friday.")
    # an adverb opening a sentence before a person's name is no part of the name
    assert ("editorial", "Evidently") in _evidence("Evidently Mary Jones read the letter before the meeting.")
    # an epithet before a person's name is a cue, not part of a name
    assert ("emotive", "Crooked") in _evidence("Crooked Jim Bloggs is on the ballot again.")


# 6. promotional exaggeration

def test_promotional_superlatives_count_but_a_measured_largest_does_not():
    ev = _evidence("Acme, the fastest-growing snack brand, makes award-winning, world-class crisps.")
    assert [t for k, t in ev if k == "exaggeration"] == ["fastest-growing", "award-winning", "world-class"]
    assert _evidence("Chile is the world's largest copper producer, the survey found.") == []
