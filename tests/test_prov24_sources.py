"""Sourcing misreads a tester found on fresh documents (prov24; every sentence written for these
tests): an appeal to every member of a kind, anonymous hearsay, figures a named body released,
numbered question headings in an explainer, and a chain message's plea to share. Each class has
near misses beside it that must not change."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution, attribution_kind, unsourced_kinds

from xlplugin.scorers import loaded_language, provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _named_sources(text: str) -> bool:
    sig = provenance.score(prepare(text), Settings())
    cue = next(e for e in sig.evidence if e.kind == "named sources with roles")
    return cue.detail.startswith("found")


# --- 2. an appeal to every member of a kind names no one -------------------------------------------

@pytest.mark.parametrize("text", [
    "Every serious scientist agrees that the sea will rise 40 centimetres by 2060.",
    "All honest doctors admit that the drug caused 200 deaths last year.",
    "Every reasonable economist says the tax cut will cost 3 billion dollars.",
    "Any qualified engineer will confirm that the bridge lost 30 percent of its strength.",
    "Every good teacher knows that class sizes grew by 6 pupils in ten years.",
])
def test_an_appeal_to_every_member_of_a_kind_is_unsourced(text):
    assert unsourced_kinds(text) == ["unsourced"]
    assert not _named_sources(text)


@pytest.mark.parametrize("text, kind", [
    ("All three doctors said the ward lost 12 beds in 2025.", "role"),
    ("Every member of the Harwick council said the budget rose 4 percent.", "named"),
    ("All of the engineers at Fenwick Water said the pipe failed in 2024.", "named"),
])
def test_members_said_which_are_still_sources(text, kind):
    assert attribution_kind(text) == kind
    assert unsourced_kinds(text) == ["sourced"]


# --- 7. anonymous hearsay weighs nothing -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A friend who works at the hospital says 30 nurses quit last month.",
    "Someone I know at the council said the mayor took 50,000 pounds.",
    "A guy I know who drives for the council told me 40 bins were never emptied.",
    "One mate at the depot said 12 buses were taken off the road in May.",
    "My nurse friend told me the hospital has 40 patients on trolleys every night.",
])
def test_anonymous_hearsay_is_a_vague_source(text):
    assert attribution_kind(text) == "weasel"
    assert unsourced_kinds(text) == ["unsourced"]
    assert not _named_sources(text)


@pytest.mark.parametrize("text, kind", [
    ("A friend of the family, Ann Lee, said the house was sold for 300,000 pounds.", "named"),
    ("Friends of the Earth said 40 percent of the river was polluted.", "named"),
    ("A spokesman for the hospital said 30 nurses quit last month.", "role"),
])
def test_a_named_friend_or_a_role_is_still_a_source(text, kind):
    assert attribution_kind(text) == kind


@pytest.mark.parametrize("text", [
    "My nurse friend told me the hospital has 40 patients on trolleys.\n\nSHARE before this gets taken down!",
    "Bins are not being emptied in 40 streets.\n\nShare before they censor it!",
    "The school is closing 3 classrooms.\n\nRead it before this gets deleted.",
])
def test_a_plea_to_share_before_removal_is_share_bait(text):
    sig = loaded_language.score(prepare(text), Settings())
    assert any(e.kind == "exaggeration" and "before" in e.text.lower() for e in sig.evidence), sig.evidence


@pytest.mark.parametrize("text", [
    "The video was taken down on Monday after the club complained, a spokesman said.",
    "Earnings per share before items rose 4 percent, the company said.",
])
def test_plain_reports_of_removal_are_no_share_bait(text):
    sig = loaded_language.score(prepare(text), Settings())
    assert not any(e.kind == "exaggeration" for e in sig.evidence), sig.evidence


# --- 3. figures a named body released are that body's --------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("The number of burglaries rose by 14 percent, according to figures the force released to the Gazette.", "role"),
    ("Waiting times doubled to 18 weeks, according to data the trust gave to the Echo.", "role"),
    ("Waiting times doubled to 18 weeks, according to data the trust gave the Echo.", "role"),
    ("Sales fell 12 percent, according to figures Harbour Foods released on Friday.", "named"),
    ("Repairs cost 2 million pounds, according to records the council published in May.", "role"),
])
def test_figures_a_body_released_are_sourced_to_that_body(text, kind):
    assert attribution_kind(text) == kind
    assert unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "Sales fell 12 percent, according to figures they released on Friday.",
    "Sales fell 12 percent, according to figures someone released online.",
    "Sales fell 12 percent, according to figures released on Friday.",
    "Waiting times doubled to 18 weeks, according to data.",
])
def test_figures_no_body_released_stay_unsourced(text):
    assert unsourced_kinds(text) == ["unsourced"]


# --- 6. an explainer's numbered question headings are no rhetorical questions ---------------------------

def _questions(text: str) -> list[str]:
    sig = loaded_language.score(prepare(text), Settings())
    return [e.text for e in sig.evidence if e.kind == "rhetorical question"]


@pytest.mark.parametrize("text", [
    ("Heat pumps explained\n\n1. What is a heat pump?\n\nA heat pump moves heat from outside air into a home. It "
     "runs on electricity, the Energy Saving Trust says.\n\n2. How much does one cost?\n\nA typical unit costs "
     "10,000 pounds to fit.\n\n3. Will it work in winter?\n\nModern units work down to minus 15 degrees."),
    ("Electric cars explained\n\n1) How far can one go on a charge?\n\nMost new models go 250 miles.\n\n"
     "2) Where can I charge it?\n\nThere are 60,000 public chargers in the UK.\n\n3) Is it cheaper to run?\n\n"
     "A full charge at home costs about 15 pounds."),
    ("Bus changes\n\nQ1. Which routes are changing?\nRoutes 4 and 9 move to Station Road from May.\n"
     "Q2. When does the new timetable start?\nThe new timetable starts on 4 May."),
    ("School meals\n\n## 1. Who can get free meals?\n\nEvery pupil in the first three years.\n\n"
     "## 2. How do parents apply?\n\nThe form is on the council's website."),
])
def test_numbered_question_headings_answered_below_are_no_rhetorical_questions(text):
    assert _questions(text) == []


@pytest.mark.parametrize("text, asked", [
    ("Questions nobody answers\n\n1. Who pays for this?\n2. Who decides?\n3. Who gains?\n\n"
     "The council has said nothing for a year.", 3),
    ("The plan\n\n1. Why is nobody asking about the cost?\n\nThe council spent 4 million pounds on it.\n\n"
     "2. Why won't they admit it failed?\n\nThe scheme closed after a year.", 2),
])
def test_numbered_questions_left_unanswered_or_leading_stay_rhetorical(text, asked):
    assert len(_questions(text)) == asked


@pytest.mark.parametrize("text", [
    "All I'm saying is that the council spent 4 million pounds in a year.",
    "And all they say is that the bridge will cost 9 million pounds.",
    "Every recent poll has shown the mayor 6 points ahead.",
    "Each side said the other would pay the 2 million pound bill.",
    "She went on, all but begging a voter who said he had lost 200 pounds.",
    "Every time the rivals think he is finished, he gains 5 points.",
])
def test_quantifiers_that_appeal_to_no_kind_are_left_as_they_were(text):
    found = attribution(text)
    # no vague source read from the quantifier's phrase ("All I'm saying", "Every recent poll", "Each side")
    assert found is None or not (found.kind == "weasel" and text[found.start : found.end].lower().startswith(
        ("all ", "every ", "each ", "and all ")))
