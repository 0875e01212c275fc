"""Loaded language version 21: a tester's misreadings, fixed as classes (each with the real use it
must keep counting). Fixtures are written for these tests.

1. a newsroom telling how it checked ("We contacted the owner") and its greeting ("Welcome to
   our live coverage") is no argued first person (xlplugin.voice.reports_method);
2. a question in the reader's voice standing alone as a heading ("How do I apply?") is neither
   the author's "I" nor a rhetorical question (xlplugin.voice.reader_heading);
3. "claim" as the neutral noun of a debunk ("the false claim", "CLAIM:") and a thing claiming
   ("photos claiming to show") is no loaded attribution verb (xlplugin.loaded_senses);
4. a cue in a literal sense ("lets the plot unfold", "red meat" in a diet, a bloated stomach, the
   "Fury" spell) is no loaded word (the [literal_senses] table, loaded_senses._named_thing).
"""

import pytest

from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The council met on Tuesday. Officials discussed the budget for the coming year and several roads. "


def _score(text: str):
    return loaded_language.score(prepare(LEAD + text), Settings())


def _evidence(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in _score(text).evidence]


def _kinds(text: str, *kinds: str) -> list[str]:
    return [t for k, t in _evidence(text) if k in kinds]


# 1. the newsroom's method and greeting

@pytest.mark.parametrize("text", [
    "We read the planning rules in full before writing this piece.",
    "We contacted the owner of the page but had no reply by Friday.",
    "We have checked: the picture was first posted in 2011.",
    "We measured roughly 48 decibels at the fence on Monday night.",
    "We asked the ministry for the figures, and we obtained the tender documents.",
    "We also reviewed the footage and found no sign of editing.",
    "Welcome to our live coverage of the count in the northern wards.",
    "Welcome back to our rolling updates on the storm.",
])
def test_a_newsroom_reporting_its_method_is_no_argued_first_person(text):
    assert _kinds(text, "first person") == []


@pytest.mark.parametrize("text, n", [
    ("We must stop this plan before it is too late.", 1),
    ("We believe the plan is wrong for the town.", 1),
    ("We should all be worried about the roads.", 1),
    ("I think the budget is a mistake.", 1),
    ("If we measured success by promises kept, the council would fail.", 1),
    ("As we read through the plan, one thing stands out.", 1),
    ("This is what we called a betrayal of the voters.", 1),
    ("We contacted our readers, and our inbox filled up.", 2),  # "our" twice: not the subject
])
def test_an_argued_first_person_still_counts(text, n):
    assert len(_kinds(text, "first person")) == n


def test_a_fact_check_that_says_how_it_checked_has_no_first_person_rate():
    text = ("A photo shared on social media shows a flooded station. We have checked: the photo was "
            "taken in 2007 in another country. We contacted the photographer, who confirmed the date. "
            "We measured the platform in a second picture and found it matched the older station.")
    assert _score(text).details["first_person_per_1000_words"] == 0


# 2. a reader's question as a heading

ADVICE = ("Flood warning for the river valley until Thursday.\n\n"
          "What should I do?\n\nMove valuables upstairs and keep a torch ready.\n\n"
          "How do I get sandbags?\n\nAsk at the council depot on Mill Road.\n\n"
          "Can I still drive to work?\n\nOnly where the road is open and signed.")


def test_reader_headings_are_no_rhetorical_questions_and_no_first_person():
    sig = _score(ADVICE)
    assert _kinds(ADVICE, "first person", "rhetorical question") == []
    assert sig.details["question_share"] == 0
    assert sig.details["reader_prompts_not_counted"] == 3


@pytest.mark.parametrize("text", [
    "Why should I care?\n\nBecause the roads are falling apart.",  # "why": the author argues
    "Do I hear the council's promise again?\n\nIt is the same promise as last year.",
    "Am I wrong?\n\nThe figures say otherwise.",
    "What should I do now, I asked myself on the bridge?\n\nNo one answered.",  # run on: no heading
    "The plan is late. How do I explain that to my neighbours? I cannot.",  # inside a paragraph
])
def test_the_authors_own_questions_still_count(text):
    assert _kinds(text, "rhetorical question")


# 3. "claim" the noun, and a thing claiming

@pytest.mark.parametrize("text", [
    "CLAIM: the bridge will close for a whole year.",
    "Claims that the bridge will close are false, the council said.",
    "The false claim that the bridge will close spread on Monday.",
    "A viral claim that the bridge will close was shared 3,000 times.",
    "The council answered these misleading claims one by one.",
    "Photos claiming to show the flooded station were taken in 2014.",
    "A video claiming to be from the valley was filmed abroad.",
    "Posts claiming the mayor had resigned were shared widely.",
])
def test_claim_as_the_noun_of_a_debunk_and_a_thing_claiming_count_nothing(text):
    assert _kinds(text, "attribution") == []


@pytest.mark.parametrize("text", [
    "He claimed that the vote was fixed.",
    "The mayor claims the bridge is safe.",
    "The government claims the roads are better than ever.",
    "Critics claim the plan will cost more.",
    "A man claiming to be a council inspector knocked on doors.",
])
def test_a_person_claiming_still_counts(text):
    assert _kinds(text, "attribution")


# 4. literal senses and names

@pytest.mark.parametrize("text", [
    "The director lets the plot unfold slowly over three hours.",
    "Doctors say red meat should be eaten twice a week at most.",
    "He felt bloated after the meal and went to bed early.",
    "The wizard casts Fury on the dragon; the Fury spell costs five points.",
])
def test_a_cue_in_its_literal_sense_or_a_name_counts_nothing(text):
    assert _kinds(text, "emotive") == []


@pytest.mark.parametrize("text, word", [
    ("The plot to overthrow the council was uncovered on Monday.", "plot"),
    ("Candidates threw red meat to the base at the rally.", "red meat"),
    ("The council runs a bloated bureaucracy that nobody can manage.", "bloated"),
    ("Residents spoke of their Fury at the council meeting.", "Fury"),
])
def test_the_loaded_sense_still_counts(text, word):
    assert word in _kinds(text, "emotive")


def test_a_capitalised_label_before_a_kind_word_is_no_name():
    assert "Islamist" in _kinds("The radical Islamist group claimed the attack.", "derogatory")
