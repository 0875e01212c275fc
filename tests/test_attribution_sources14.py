"""Attribution misreadings fixed as classes (sources14; every text written for these tests): a
forecaster's figure given by a passive has its agent after "by" as a named source; a plural of
people after a plain modifier ("Local farmers said") is a vague group; "state" as a noun by its
neighbours reports nothing. Each class has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind as _kind, unsourced_kinds as _unsourced_kinds

from xlplugin.settings import Settings
from xlplugin.text import prepare


# --- 3. a forecaster's figure given by a passive -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marta Quill was given a 64 percent chance of winning Carrow by Pollcast.",
    "The harbour bonds were rated two notches above junk by Kestrel Ratings.",
    "The cost of the new tunnel was put at 4 billion pounds by the Fiscal Office.",
    "The mayor has been given 20 percent odds by Brandt Capital this spring.",
])
def test_a_forecasters_figure_given_by_a_passive_names_its_agent(text):
    assert _kind(text) == "named"
    assert _unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "Marta Quill was given a 64 percent chance of winning the Carrow seat.",
    "The old dog was given two biscuits by Maria after the walk.",
    "Marta Quill was given a 64 percent chance, by most accounts, of winning.",
    "The harbour bonds were rated two notches above junk last spring.",
])
def test_a_passive_figure_without_its_forecaster_has_no_source(text):
    assert _kind(text) is None


# --- 2. a plural of people after a plain modifier -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Local farmers said the Carrow river had flooded twice since May.",
    "Worried tenants say the council ignored 40 complaints about damp.",
    "Former employees claim the firm had cut 200 safety checks.",
    "The river had flooded twice since May, local farmers said.",
    "Several delegate candidates said they would back the Carrow plan by 30 votes.",
])
def test_a_plural_of_people_after_a_modifier_is_a_vague_group(text):
    assert _kind(text) == "weasel"
    assert _unsourced_kinds(text) == ["unsourced"]


@pytest.mark.parametrize("text", [
    "Local farmers Ann Lee and Tom Ray said the Carrow river had flooded twice since May.",
    "Farmer Ann Lee said the Carrow river had flooded twice since May.",
])
def test_a_group_with_names_still_names(text):
    assert _kind(text) == "named"


def test_a_forecaster_giving_in_the_progressive_is_still_its_subject():
    assert _kind("Pollcast is actually giving Marta Quill a 64 percent chance of winning Carrow.") == "named"


@pytest.mark.parametrize("text, kind", [
    ("Both women said the Carrow ferry had been late 30 times.", "pronoun"),
    ("Soon commuters will find the Carrow ferry runs 30 minutes faster.", None),
    ("Young men accused of theft in Carrow were held for 30 days.", None),
    ("Older women accusing the mayor of lying met 30 times in May.", None),
    ("Commission members said the Carrow ferry had been late 30 times.", "role"),
])
def test_a_plural_of_people_that_is_no_vague_speaker_reads_as_before(text, kind):
    assert _kind(text) == kind


# --- 1. "state" as a noun by its neighbours --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Global state makes the Carrow test suite hard to run 30 times.",
    "She won 12 victories in smaller states across the south in 2020.",
    "He won in three states and lost 40 counties last week.",
    "Local state officials said the Carrow ferry had been late 30 times.",
])
def test_state_as_a_noun_by_its_neighbours_is_no_verb_of_saying(text):
    assert _kind(text) in (None, "weasel")
    assert _kind(text) != "named" and _kind(text) != "pronoun"


@pytest.mark.parametrize("text, kind", [
    ("The minister will state that the Carrow ferry was late 30 times.", "role"),
    ("Tom Ray states that the Carrow ferry was late 30 times.", "named"),
    ("Officials state that the Carrow ferry was late 30 times.", "weasel"),
])
def test_state_as_a_verb_still_reports(text, kind):
    assert _kind(text) == kind


# --- an aside between dashes before the verb of saying (found while checking 1) -------------------

@pytest.mark.parametrize("text, kind", [
    ("The harbour spokesman \u2014 who took the post last spring \u2014 said the ferry was late 30 times.", "role"),
    ("Insiders in the next two counties \u2014 Carrow and Dunmore \u2014 said 30 ferries were late.", "weasel"),
    ("The ferry was late 30 times \u2014 Tom Ray said.", "named"),
])
def test_an_aside_between_dashes_before_the_verb_is_skipped(text, kind):
    assert _kind(text) == kind


# --- 4. a short quotation of four or five words (decided: no change) ------------------------------

def _loaded_kinds(text: str) -> list[str]:
    from xlplugin.scorers import loaded_language
    return [e.kind for e in loaded_language.score(prepare(text), Settings()).evidence if e.kind.endswith("emotive")]


def test_a_short_quotation_with_no_speaker_near_it_is_the_authors_framing():
    text = "The council approved the Carrow plan on Monday. It is a \u201creckless and shameful waste of money\u201d for the town."
    assert _loaded_kinds(text) == ["emotive", "emotive"]


@pytest.mark.parametrize("text", [
    "The council approved the Carrow plan on Monday. The mayor called it \u201ca reckless and shameful waste\u201d of money.",
    "The council approved the Carrow plan on Monday. Critics describe it as a \u201creckless and shameful waste\u201d of money.",
])
def test_a_short_quotation_after_its_speaker_is_someone_elses(text):
    assert _loaded_kinds(text) == ["quoted emotive", "quoted emotive"]


# --- 5. reporting words as nouns in technical prose and page furniture ----------------------------

@pytest.mark.parametrize("text", [
    "This points to some global shared state in the Carrow worker pool.",
    "Related posts",
    "Great post",
    "Fossil find",
    "The Carrow Museum is the first major show of its kind.",
])
def test_a_reporting_word_as_a_noun_by_its_neighbours_reports_nothing(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text, kind", [
    ("Data show that 30 ferries were late.", "weasel"),
    ("Users post the Carrow timetable on 30 forums.", "weasel"),
    ("Tom Ray posts that 30 ferries were late.", "named"),
    ("Scientists find that 30 ferries were late.", "weasel"),
])
def test_the_verb_with_a_subject_still_reports(text, kind):
    assert _kind(text) == kind


# --- a time phrase alone between a comma and the verb (found while checking 5) --------------------

@pytest.mark.parametrize("text", [
    "Tom Ray, who has run the Carrow ferry for 30 years, on Friday said the service was dead.",
    "The harbour spokesman, who spoke for an hour, last week said the ferry was late 30 times.",
])
def test_a_time_phrase_after_a_comma_is_no_source_and_the_subject_was_named_before(text):
    assert _kind(text) == "pronoun"


def test_a_time_phrase_between_commas_reads_as_before():
    assert _kind("The ferry, on Friday, reports show, was late 30 times.") is None
