"""Voice and senses classes (voice16), each a class of cases a careful reader would judge:

1. a question the text answers in few words is exposition, not a rhetorical question: a hedged
   answer ("Perhaps."), a count of what follows ("Two things."), an answer that it varies
   ("Prices vary widely."), a yes or no reported ("The council says yes."); a labelled title's
   question ("Fact check: Did ...?", "Explainer: Is ...?") is the piece's topic
   (xlplugin.argued_voice.answered). Leading questions and loaded ones still count.
"""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The water board met on Tuesday. Members went through the pipe budget and the new meter rollout. "
BODY = ("The board replaced 4,100 meters last year, according to its annual report. "
        "Leaks fell by a fifth over the same period.")


def _questions(text: str) -> list[str]:
    return [e.text for e in loaded_language.score(prepare(text), Settings()).evidence if e.kind == "rhetorical question"]


@pytest.mark.parametrize("text", [
    LEAD + "Is the new meter better than the old one? Perhaps. It reads the flow every hour instead of every quarter.",
    LEAD + "Will the rollout finish this year? Maybe. The contractor has fitted half the town so far.",
    LEAD + "What could slow the rollout? Two things. The supply of meters and the weather in January.",
    LEAD + "Why did leaks fall? Several reasons. " + BODY,
    LEAD + "Is $900 a lot for a smart meter? Prices vary widely. Most towns pay between $400 and $1,200.",
    LEAD + "Is a leak repair quick? It varies. Most take a day.",
    LEAD + "Will the new meters save money? Most plumbers say yes. They cut the time spent on readings.",
    "Fact check: Did the water board spend $4 million on meters?\n\n" + LEAD,
    "Explainer: Is tap water getting harder in the east of the county?\n\n" + LEAD,
    "Analysis: Can the board afford the pipe programme?\n\n" + LEAD,
])
def test_a_question_answered_in_few_words_is_exposition(text: str) -> None:
    assert _questions(text) == []


@pytest.mark.parametrize("text", [
    LEAD + "Is this fair to the ratepayers? Of course not. " + BODY,  # an answer of obviousness
    LEAD + "Isn't it time the board listened? Perhaps. " + BODY,  # a leading question
    "Fact check: Isn't it time the water board came clean?\n\n" + BODY,  # a leading title question
    "Did the water board spend $4 million on meters?\n\n" + LEAD,  # a bare title question, no label
    "Fact check: Did the water board spend $4 million on meters?",  # nothing follows it
])
def test_a_question_left_open_still_counts(text: str) -> None:
    assert _questions(text)


# 2. words in their plain sense

def _cues(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in loaded_language.score(prepare(text), Settings()).evidence
            if e.kind not in ("first person", "rhetorical question", "reader address")]


@pytest.mark.parametrize("text", [
    "The gearbox whines above sixty miles an hour. The dealer found nothing wrong with it.",
    "Our old boiler has always complained loudly when the heating comes on in the morning.",
    "The front brakes whined on every hill, so I took the van back to the garage.",
    "Listen for a whining pump before you book a service.",
    "My first car was reliable. Mine has whined since 40,000 miles, but it still starts every time.",
    "Re: Estate car gearbox noise\n\nMine started with a faint whine at 50 mph. Some of these whine for years.",
])
def test_a_machine_making_a_noise_is_no_loaded_verb(text: str) -> None:
    assert _cues(text) == []


@pytest.mark.parametrize("text", [
    "The minister whines about the budget every week.",
    "Residents complained and the mayor whined about the cost of the pool.",
    "It is one thing to complain. The council whined that the grant was too small.",
    "The car park plan was approved. The usual whine from the opposition followed.",
])
def test_a_person_whining_still_counts(text: str) -> None:
    assert _cues(text)


@pytest.mark.parametrize("text", [
    "Her terrifying performance as the landlady carries the film to its last scene.",
    "He gives a chilling turn as the detective, and the score is spare.",
    "The haunting portrayal of the widow is the best thing in the second series.",
])
def test_a_performance_praised_by_its_effect_is_plain(text: str) -> None:
    assert _cues(text) == []


def test_a_terrifying_event_still_counts() -> None:
    assert _cues("The terrifying attack on the village left families afraid to go out.")


@pytest.mark.parametrize("text", [
    "Fact check: Did the water board spend $4 million on meters?\n\n" + LEAD + "Our rating: Mostly false.",
    LEAD + "The board spent $1.2 million, records show. Our ratings explain how each claim was judged.",
])
def test_a_fact_checks_own_rating_is_no_argued_first_person(text: str) -> None:
    assert [e for e in loaded_language.score(prepare(text), Settings()).evidence if e.kind == "first person"] == []
