"""Loaded language version 41 (helper loaded29): what a careful reader marks as loaded, and what
not, as classes. Names of places that open a sentence, insinuation with an unlisted group or put
to the reader, denials that assert, and a label on people in the writer's own voice. Fixtures
are written for these tests."""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def _author(text: str, lead: str = LEAD) -> list[tuple[str, str]]:
    """The author's loaded terms and marks as (kind, text): not quoted, not the voice."""
    sig = loaded_language.score(prepare(lead + text), Settings())
    return [(e.kind, e.text) for e in sig.evidence if not e.kind.startswith("quoted")
            and e.kind not in loaded_language.VOICE_KINDS]


# 1. a place's name opening a sentence, written once

@pytest.mark.parametrize("text", [
    "Pine Hollow burned overnight and crews stayed until dawn.",
    "Maple Hollow was cut off by the snow for two days.",
    "Savage Street was closed for repairs on Friday.",
    "Fury Road reopened after the storm.",
    "Brutal Lane was resurfaced last week.",
    "Grim Creek flooded its banks again.",
    "Savage River, a town of 400 people, lost its bank branch.",
])
def test_a_place_name_opening_a_sentence_is_no_loaded_word(text):
    assert _author(text) == []


def test_a_place_in_a_dateline_in_capitals_is_no_loaded_word():
    for text in ("SAVAGE RIVER, Tasmania \u2014 Crews worked through the night to reopen the road.",
                 "GRIM, 30 November (Harbour Wire) - The ferry was cancelled again on Monday."):
        assert _author(text + " The council met on Tuesday.", lead="") == [], text


@pytest.mark.parametrize("text, word", [
    ("Savage attacks on the press continued all week.", "Savage"),
    ("Hollow promises were made to the tenants.", "Hollow"),
    ("Brutal Council cuts hit the schools first.", "Brutal"),  # one institution word: the writer's adjective
    ("Police Brutality must end, the banner read in red.", "Brutality"),  # no place word: a slogan's capitals
    ("Crooked Hillary lied again.", "Crooked"),  # an epithet before a person's name
])
def test_a_capitalised_cue_without_a_place_word_still_counts(text, word):
    assert word in [t for _, t in _author(text)]


def test_a_shout_in_capitals_is_no_dateline():
    found = [t for _, t in _author("SAVAGE THUGS, Liars - that is what they are. The council met on Tuesday.", lead="")]
    assert "THUGS" in found and "Liars" in found


# 2. insinuation: an unlisted group of people, and asking who, put to the reader

@pytest.mark.parametrize("text", [
    "Councillors might ask themselves which contractor got the deal.",
    "Ratepayers may wonder why the contract went to a friend of the mayor.",
    "Local pensioners might ask why the fund was moved.",
    "Tenants may wonder whose idea the rent rise was.",
    "Readers may want to look at who paid for the trip.",
    "Readers might want to look closely at who funded the campaign.",
    "You might ask who benefits from the new rules.",
    "You may wonder whose money paid for the new stand.",
    "Ask yourself who gains from the deal.",
    "Just ask yourself whose money paid for the campaign.",
])
def test_insinuation_by_an_unlisted_group_or_put_to_the_reader_counts(text):
    assert [k for k, _ in _author(text)] == ["doubt"]


@pytest.mark.parametrize("text", [
    "Residents asked the council why the road was closed.",  # a report of what was asked
    "Residents may want to ask the council whether their bin day changes.",  # advice
    "You may want to ask your bank whether the fee applies.",  # advice
    "You might wonder how the engine works. It burns a mix of air and fuel.",  # exposition
    "Ask yourself whether you can afford the repayments.",  # advice
    "Analysts may wonder whether rates will fall.",  # an expert group: a vague source
    "Voters may want to consider who will pay for the plan.",  # looking, not put to the reader
    "Documents may question whether the plan works.",  # no people
    "Newer coders might be wondering - what is an environment?",  # an explainer's set-up
    "Gardeners may wonder how deep to plant the bulbs.",  # an unlisted group asking how: exposition
    "Motorists will wonder why the bridge is still shut. The council said the repairs will end in May.",
])
def test_reporting_advice_and_exposition_are_no_insinuation(text):
    assert _author(text) == []


# 3. a denial that asserts

@pytest.mark.parametrize("text, words", [
    ("If that is not a disgraceful betrayal, what is?", {"disgraceful", "betrayal"}),
    ("If this isn't a disgrace, then what is?", {"disgrace"}),
    ("If that is not a betrayal, I don't know what is.", {"betrayal"}),
    ("If that's not a shambles, nothing is.", {"shambles"}),
    ("If this isn't a scandal, what is?", {"scandal"}),  # a weak cue: the emphasis confirms it
    ("Nobody can call this anything but a scandal.", {"scandal"}),
    ("No one could describe the vote as anything other than a scandal.", {"scandal"}),
    ("It is impossible to call the plan anything but a fiasco.", {"fiasco"}),
])
def test_a_denial_that_asserts_counts_the_cue(text, words):
    assert {t for _, t in _author(text)} == words


@pytest.mark.parametrize("text", [
    "The review called it anything but a scandal.",  # a weak cue, no double negation: unconfirmed
    "If the figures are not shocking, the council will say so.",
    "If the result is not a disaster, the club will stay up.",
    "The report found the works were not a disaster.",
])
def test_a_plain_denial_still_counts_nothing(text):
    assert _author(text) == []


# 4. a label on people in the writer's own voice

@pytest.mark.parametrize("text, word", [
    ("Corrupt officials kept records of every payment.", "Corrupt"),
    ("Corrupt local officials kept files on everyone.", "Corrupt"),
    ("The corrupt councillors kept data on every tenant.", "corrupt"),
    ("Lying politicians kept copies of the letters.", "Lying"),
])
def test_a_label_on_people_counts_before_a_word_for_records(text, word):
    assert _author(text) == [("derogatory", word)]


@pytest.mark.parametrize("text", [
    "Officials convicted of corruption kept their pensions.",
    "The corrupt police records were restored from a backup.",
    "Corrupt files were restored by officials.",
])
def test_a_report_of_corruption_and_corrupt_data_count_nothing(text):
    assert _author(text) == []


def test_one_label_costs_what_one_loaded_word_costs():
    lead = LEAD * 3  # long enough for a rate

    def scored(opening: str):
        return loaded_language.score(prepare(lead + opening + " officials kept records of every payment."), Settings())

    plain, label, other = scored("The"), scored("Corrupt"), scored("Disgraceful")
    assert label.value == other.value > plain.value
    assert label.score == other.score < plain.score
