"""Loaded language version 33 (helper loaded27): loaded terms misread and missed on a tester's
documents, as classes. Each class is tested both ways: the plain use counts nothing, the loaded
use still counts. Fixtures are written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def _author(text: str, lead: str = LEAD) -> list[str]:
    """The author's loaded terms and marks (not quoted, not first person, questions or address)."""
    sig = loaded_language.score(prepare(lead + text), Settings())
    return [e.text for e in sig.evidence if not e.kind.startswith("quoted")
            and e.kind not in ("first person", "rhetorical question", "reader address")]


# 1. a noun of an amount: "claim" and "total" of money or a lawsuit

@pytest.mark.parametrize("text", [
    "Solicitors for the tenants put the total claim at £1.4 million, the filing shows.",
    "The landlord faces a £2.5m claim from the tenants over damp.",
    "Their combined claims came to a little over $800,000.",
    "The case is listed under claim number KB23Z00412 at the county court.",
    "The total cost of the repairs was put at £900,000 by the surveyor.",
])
def test_a_noun_of_an_amount_counts_nothing(text):
    assert _author(text) == []


@pytest.mark.parametrize("text, term", [
    ("The landlord claims the damp is the tenants' own fault, which is a shameful lie.", "claims"),
    ("The whole scheme is a total disaster for the tenants.", "total"),
])
def test_the_verb_and_the_intensifier_still_count(text, term):
    assert term in _author(text)


# 2. a word used to deny it

@pytest.mark.parametrize("text", [
    "Her results this season were solid rather than spectacular, with nine wins in twenty.",
    "The reopening was far from a disaster, the traders said, with queues by noon.",
    "The new timetable is hardly shocking: two buses an hour, as before.",
    "The turnout isn't spectacular, at 31 per cent, but it is up on last year.",
])
def test_a_denied_cue_counts_nothing(text):
    assert _author(text) == []


@pytest.mark.parametrize("text, term", [
    ("The reopening was a spectacular disaster from start to finish.", "disaster"),
    ("The figures are not only shocking but a disgrace to the council.", "shocking"),
])
def test_a_cue_not_denied_still_counts(text, term):
    assert term in _author(text)


# 3. the story's topic word does not become loaded by "!" alone

FLOOD_STORY = ("The river burst its banks on Sunday and the flood reached the high street by noon. "
               "Residents said the flooding was the worst since 1998. "
               "The council had promised a flood wall years ago. ")


def test_the_topic_word_under_an_exclamation_is_not_loaded():
    terms = _author("And now they will let the town flood again!", lead=FLOOD_STORY)
    assert "flood" not in terms and "!" in terms  # the mark still counts, the literal word does not


def test_a_weak_cue_that_is_not_the_topic_still_counts_with_an_exclamation():
    assert "corruption" in _author("This is corruption, plain and simple!", lead=FLOOD_STORY)


def test_the_topic_word_with_another_cue_still_counts():
    assert "flood" in _author("The cowardly councillors let the town flood again.", lead=FLOOD_STORY)


# 4. derogatory terms added (and their plain senses)

@pytest.mark.parametrize("text, term", [
    ("The faceless officials at the agency ignored every letter.", "faceless"),
    ("The board is a useless talking shop for overpaid managers.", "useless"),
    ("The whole pension scheme is a racket run for insiders.", "racket"),
    ("The new quango will cost millions and achieve nothing.", "quango"),
    ("The report is garbage from start to finish.", "garbage"),
    ("The so-called recovery plan is a con.", "a con"),
])
def test_derogatory_terms_count(text, term):
    assert term in _author(text)


@pytest.mark.parametrize("text", [
    "The garbage collection moves to Thursdays from next month.",
    "She restrung her tennis racket before the second set.",
    "Police said the drug cartel had moved its shipments south.",
])
def test_their_plain_senses_count_nothing(text):
    assert _author(text) == []


# 5. (version 33) an argued voice with no loaded terms costs a quarter

def test_a_sober_voice_costs_a_quarter_and_a_loaded_one_all():
    sober = loaded_language._parts(0.0, 40.0, 0.3, 0.0)
    assert sober["first person"] == pytest.approx(1.0 - loaded_language.PLAIN_VOICE_COST)
    assert sober["rhetorical question"] == pytest.approx(1.0 - loaded_language.PLAIN_VOICE_COST)
    ranting = loaded_language._parts(30.0, 40.0, 0.3, 0.0)
    assert ranting["first person"] == 0.0 and ranting["rhetorical question"] == 0.0


COLUMN = ("I have read the planning report twice, and I think the council should approve the new "
          "bridge. My reason is simple: the old crossing floods most winters, and we lose the bus "
          "route each time. I accept the cost is high. I would still pay it, and I suspect most of "
          "my neighbours would too. We have waited eleven years for a decision; I hope we do not "
          "wait twelve. ")
RANT = COLUMN.replace("the council should", "the useless, cowardly council should").replace(
    "the cost is high", "the cost is a disgraceful, shameful scam")


def test_a_sober_column_scores_above_the_same_column_with_loaded_words():
    sober = loaded_language.score(prepare(COLUMN), Settings())
    rant = loaded_language.score(prepare(RANT), Settings())
    assert sober.details["first_person_per_1000_words"] > loaded_language.FIRST_PERSON_ZERO
    assert sober.score > 0.85 > 0.5 > rant.score


@pytest.mark.parametrize("text, term", [
    ("The board can't whitewash this report any longer.", "whitewash"),
    ("He was never a neighbour but a con artist from the start.", "a con artist"),
])
def test_a_negated_verb_and_a_longer_label_still_count(text, term):
    assert term in _author(text)


def test_a_word_repeated_in_a_rant_is_no_topic():
    rant = ("They spread lies about the budget, the cowardly liars. Their lies are a disgrace. "
            "More shameful lies every week. ")
    assert "lies" in _author("Stop the lies!", lead=rant)


def test_a_trade_compound_counts_nothing():
    assert _author("The runtime keeps garbage-collected objects in a separate heap.") == []


@pytest.mark.parametrize("text", [
    "He worked nights collecting garbage before the bakery hired him.",
    "Plastic drifts into one of the ocean garbage patches within a decade.",
    "The horrific attack was blamed on a drug cartel operating near the border.",
])
def test_more_plain_senses_count_nothing(text):
    assert not {"garbage", "cartel"} & {t.lower() for t in _author(text)}
