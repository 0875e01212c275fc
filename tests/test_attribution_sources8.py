"""Attribution misreadings fixed as classes (sources8; every text written for these tests): a named
institution's members opening a sentence are a source by role when the name cannot be an adjective
(an acronym, a one-word institution name); a vague subject before a verb of saying is not traded
for the words after the verb read as an inverted source; a sentence naming its own vague source
borrows no neighbour's source. Each class has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution as _attribution, unsourced_kinds as _verdicts

from xlplugin.text import prepare


# --- 1. a named institution's members opening a sentence ---------------------------------------

@pytest.mark.parametrize("text", [
    "Pentagon officials said the drones would cost 400 million dollars.",
    "Kremlin officials said the pipeline carried 30% less gas in May.",
    "NATO officials said the drill moved 9,000 troops last week.",
    "NASA researchers said the probe cut costs by 40% in 2022.",
])
def test_institution_name_opening_a_sentence_is_a_source_by_role(text):
    found = _attribution(text)
    assert found.kind == "role"
    assert _verdicts(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "Senior officials said the drones would cost 400 million dollars.",
    "Chinese officials said the pipeline carried 30% less gas in May.",
    "Local officials said the drill moved 9,000 troops last week.",
    "US officials said the lorry held 2 tonnes of copper wire.",
])
def test_adjective_nationality_or_place_opening_a_sentence_stays_vague(text):
    assert _attribution(text).kind == "weasel"
    assert _verdicts(text) == ["unsourced"]


def test_institution_name_mid_sentence_still_counts():
    assert _attribution("On Friday, Pentagon officials said the drones would cost 400 million dollars.").kind == "role"


# --- 2. no inverted source after a vague subject -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials said the army was weighing the move to 3 new bases.",
    "Experts said the council had spent 2 million pounds on the bridge.",
    "Analysts told the committee the fund lost 12% in 2021.",
])
def test_vague_subject_is_not_traded_for_the_words_after_the_verb(text):
    found = _attribution(text)
    assert found.kind == "weasel"
    assert not prepare(text).text[found.start:found.end].startswith(("said", "told"))


@pytest.mark.parametrize("text", [
    "Many soldiers, said Colonel Jane Roe, left the base in 2021.",
    "The army was weighing the move to 3 new bases, said Colonel Jane Roe.",
])
def test_source_after_a_comma_or_a_quotation_still_inverts(text):
    assert _attribution(text).kind == "named"


# --- 3. a sentence naming its own vague source borrows none -------------------------------------

@pytest.mark.parametrize("first", [
    "Pentagon officials said the army was weighing the move.",
    "The mayor said the bridge would reopen in May.",
])
def test_own_vague_source_is_not_covered_by_the_previous_sentence(first):
    text = first + " A study in Ohio found a 9% rise in traffic."
    assert _verdicts(text)[-1] == "unsourced"


def test_sentence_without_attribution_still_borrows_its_neighbours_source():
    text = "The mayor said the bridge would reopen in May. The repair cost 3 million pounds in 2023."
    assert _verdicts(text)[-1] == "sourced"


def test_hedge_word_of_its_own_is_not_covered_by_the_previous_sentence():
    text = "The mayor said the bridge would close in May. The repair reportedly cost 3 million pounds in 2023."
    assert _verdicts(text)[-1] == "unsourced"


def test_agentless_passive_names_no_source_and_still_borrows():
    # ("has been called" names no one, vague or other: the neighbour's source stands, as before)
    text = "The mayor said the bridge would close in May. The repair has been called the largest in 40 years."
    assert _verdicts(text)[-1] == "sourced"
