"""(sources46) Who said it: the sources list a reader sees, by class.

Reading every sources list of the saved web pages and the seeds showed names that are no one's:

1. a verb of saying in a sense that reports nothing: "insists on" and an object is a demand or a
   habit ("Python insists on using the str type", "the board insists on paper tickets"), no
   report; "insisted that", "insisted on Tuesday that" and "insisted on his innocence" still are;
2. a capital written for its government ("Pyongyang calls this a provocation", "Tehran rejected
   the offer") is a place, as London and Moscow are (sources45: a capital stays a place; one the
   sentence calls "it" is the government and still counts);
3. a day between a speaker and its verb ("Microsoft on Thursday reiterated") was listed as the
   source "Thursday"; a plural noun of saying after a preposition and two modifiers ("apart from
   other corporate pledges") was a verb with a possessive as its speaker ("Microsoft's"); a
   sentence adverb opening a sentence ("Eventually recalled by the board, ...") was a name;
4. a place before a delegation, a mission or an envoy ("The UK delegation said") was listed as
   the source "UK": the delegation is.

Every text here is written for this test.
"""

from __future__ import annotations

import pytest

from sources_list_helpers import CLOSER, credited, sources_listed, story


# --- 1. "insists on" and an object: a demand, no report ------------------------------------------

@pytest.mark.parametrize("middle", [
    "Python insists on using the new str type for every file name.",
    "The harbour board insists on paper tickets for the night crossing.",
    "The ferry company insisted upon cash at the gate.",
])
def test_insisting_on_a_thing_is_no_named_source(middle: str) -> None:
    assert not credited(story(middle)), middle


@pytest.mark.parametrize("middle", [
    "The harbour master insisted that the crossing was too slow.",
    "The harbour master insisted on Tuesday that the crossing was too slow.",
    "The harbour master insisted on his innocence.",
])
def test_insisting_that_still_reports(middle: str) -> None:
    # guards: a clause, a day or a claim of one's own after "insisted" still report
    assert credited(story(middle)), middle


# --- 2. a capital written for its government is a place ------------------------------------------

@pytest.mark.parametrize("middle", [
    "Pyongyang calls the new crossing a provocation.",
    "Tehran rejected the offer of a second ferry.",
    "Kyiv said the crossing would reopen in spring.",
])
def test_a_capital_speaking_is_a_place(middle: str) -> None:
    assert not credited(story(middle)), middle


def test_a_capital_called_it_is_its_government() -> None:
    # guard: sources31's rule, "Beijing said its troops would stay"
    assert credited(story("Pyongyang said its own ferries would keep sailing."))


# --- 3. a day, a noun of saying and a sentence adverb are no one ---------------------------------

def test_a_day_before_the_verb_is_not_the_speaker() -> None:
    text = "In a blog post, Harbour Lines on Thursday reiterated its promise to run the night ferry." + CLOSER
    listed = sources_listed(text)
    assert "Thursday" not in listed, listed
    assert "Harbour Lines" in listed, listed


def test_a_plural_noun_of_saying_after_two_modifiers_is_no_verb() -> None:
    text = story("The plan sets Harbour Line\u2019s carbon goals apart from other corporate pledges.")
    assert not credited(text)


@pytest.mark.parametrize("opener", ["Eventually", "Finally", "Initially"])
def test_an_opening_sentence_adverb_is_no_name(opener: str) -> None:
    text = story(f"{opener} recalled by the board for his temper, Peters was given a desk job.")
    assert not credited(text), opener


def test_a_name_in_ly_is_still_a_name() -> None:
    # guard: "Kelly said" is a person
    assert credited(story("Kelly said the crossing was too slow."))


# --- 4. a place before a delegation, a mission or an envoy: the role phrase ----------------------

@pytest.mark.parametrize("middle, role, wrong", [
    ("The UK delegation said the crossing was too slow.", "the UK delegation", "UK"),
    ("The US mission said the crossing was too slow.", "the US mission", "US"),
    ("The UK envoy said the crossing was too slow.", "the UK envoy", "UK"),
])
def test_a_place_before_a_delegation_lists_the_delegation(middle: str, role: str, wrong: str) -> None:
    listed = sources_listed(story(middle) + CLOSER)
    assert role.lower() in [s.lower() for s in listed], listed
    assert wrong not in listed


def test_a_compound_adjective_is_no_name() -> None:
    # "Kremlin-backed", "Unicode-backed": a capitalised word joined to a participle names no one
    listed = sources_listed(story("The Kremlin-backed governor said the crossing was too slow.") + CLOSER)
    assert "Kremlin-backed" not in listed, listed
    assert "Mark Hale" in listed
