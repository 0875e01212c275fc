"""Loaded language (helper negate24): a loaded word the writer rejects is not the writer's charge,
and "claims" or "admits" next to the writer's own check of the claim is reporting. As classes:
a negative subject before "be" ("Nobody here is a villain"), a rejected naming ("It would be
wrong to call the plan a disaster", "I would not call it a catastrophe", "Calling the mayor a
liar would be unfair"), and the near-misses that keep their cue. Every text is written for these
tests."""

import pytest

import xlplugin
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The parish council met on Wednesday. Members went through the budget for the coming year. "


def _author(text: str, lead: str = LEAD) -> list[tuple[str, str]]:
    """The author's loaded terms and marks as (kind, text): not quoted, not the voice."""
    sig = loaded_language.score(prepare(lead + text), Settings())
    return [(e.kind, e.text) for e in sig.evidence if not e.kind.startswith("quoted")
            and e.kind not in loaded_language.VOICE_KINDS]


def _words(text: str) -> set[str]:
    return {t for _, t in _author(text)}


# 1. a negative subject: the cue is the predicate the writer denies

@pytest.mark.parametrize("text", [
    "Nobody in this quarrel is a villain.",
    "Neither side at the hearing was the villain.",
    "Neither camp was the villain here.",
    "No one on the committee is a crook.",
    "None of the trustees is a liar.",
    "Not one of the residents is a thug.",
    "Neither of the bidders was a crook.",
    "No councillor here is a crook.",
    "Nobody involved was a villain.",
    "Nobody on either side is being hysterical.",
    "Nobody's a villain in this story.",
])
def test_a_cue_denied_of_a_negative_subject_counts_nothing(text):
    assert _author(text) == []


# 2. a rejected naming: negated, called wrong, or said by nobody

@pytest.mark.parametrize("text", [
    "It would be wrong to call the new timetable a disaster.",
    "It would be unfair to call the objectors hysterical.",
    "It would be a mistake to describe the marchers as thugs.",
    "It would be an exaggeration to call the delay a catastrophe.",
    "It is misleading to label the landlords crooks.",
    "I would not call the scheme a fiasco.",
    "I wouldn't call the treasurer a liar.",
    "We would never call the objectors thugs.",
    "Calling the chairman a liar would be unfair.",
    "Describing the protest as a riot would be an exaggeration.",
    "To call the closure a catastrophe would be wrong.",
    "Nobody is calling the new timetable a disaster.",
    "No one here would call the objectors thugs.",
    # two rejections in one sentence, the second after a comma
    "It would be wrong to call the plan a disaster, and equally wrong to call its critics hysterical.",
])
def test_a_cue_in_a_rejected_naming_counts_nothing(text):
    assert _author(text) == []


# 3. near-misses: the cue is asserted, or no rejection is said of it

@pytest.mark.parametrize("text, words", [
    ("Nobody but a villain would sign this.", {"villain"}),  # the cue is in the subject
    ("No one can deny this is a disaster.", {"disaster"}),  # a verb inside: the writer asserts it
    ("Nobody doubts the closure is a disaster.", {"disaster"}),
    ("Nobody in power thinks the plan is a disaster.", {"disaster"}),
    ("It would be wrong not to call it a disaster.", {"disaster"}),  # a double negation
    ("It would not be unfair to call the plan a disaster.", {"disaster"}),
    ("It is fair to call the plan a disaster.", {"disaster"}),
    ("The plan is a disaster.", {"disaster"}),
    ("Nobody is a bigger liar than the chairman.", {"liar"}),  # a comparison asserts it of him
    ("No one is a villain like the chairman.", {"villain"}),
    ("Nothing was a bigger disaster than the bypass.", {"disaster"}),
    ("No one was hurt in the disaster.", {"disaster"}),  # the cue is no predicate
    ("Nobody wanted the disaster that followed.", {"disaster"}),
    ("No doubt it's a disaster.", {"disaster"}),
    ("They are calling the plan a disaster.", {"disaster"}),
    ("Calling the chairman a liar is fair comment.", {"liar"}),
    ("It would be wrong to call it anything but a disaster.", {"disaster"}),
    ("Calling it anything but a disaster would be a lie.", {"disaster"}),
    ("No one is demonizing the tenants but the landlord.", {"demonizing"}),  # a verb, and an exception
    ("Nobody in this row is a villain except the landlord.", {"villain"}),
    ("Nobody here is a villain apart from the landlord.", {"villain"}),
])
def test_an_asserted_cue_still_counts(text, words):
    assert _words(text) == words


def test_anything_but_in_a_rejected_naming_confirms_a_weak_cue():
    # "scandal" is weak (counted only beside another cue): the emphasis of a rejected
    # "anything but" confirms it, as "Nobody can call this anything but a scandal" does
    assert _words("Calling it anything but a scandal would be a lie.") == {"scandal"}
    assert _words("It would be misleading to call the deal anything but a scandal.") == {"scandal"}


@pytest.mark.parametrize("text", [
    "Isn't this a disaster?",
    "Who would not call it a disaster?",
    "Wouldn't you call that a disaster?",
])
def test_a_question_keeps_its_cue(text):
    assert "disaster" in _words(text)


def test_denials_already_read_stay_plain():
    for text in ("The council is not corrupt.", "The objectors are not hysterical.",
                 "This was far from a fiasco.", "The plan is no disaster."):
        assert _author(text) == [], text


def test_a_calm_column_that_blames_no_one_scores_as_plain_prose():
    column = (
        "Both camps should cool down over the pool closure\n\nBy Tom Aske\n\n"
        "The pool closure has split the village, but nobody in this argument is a villain. "
        "The trustees are not greedy for raising the fee, and the swimmers are not cranks for objecting.\n\n"
        "It would be wrong to call the closure a catastrophe, and equally unfair to call its critics hysterical. "
        "The accounts show a shortfall of about 40,000 pounds a year, the treasurer's report says.\n\n"
        "Neither side at Monday's meeting was the villain. The trustees will vote on 4 March, "
        "and residents can comment until 20 February.\n")
    r = xlplugin.score_text(column)
    counted = [e for e in r.signals["loaded_language"].evidence
               if e.kind in ("emotive", "derogatory", "exaggeration")]
    assert counted == []
