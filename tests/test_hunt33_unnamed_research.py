"""(hunt33) A piece of research cited for what it found, with no one named who made it, is an
appeal to unnamed authority whatever its kind: a trial, an experiment or a poll as a
study, a survey or an analysis already was (calm31). Before, "A new trial of 250 swimmers found"
and "An experiment with 60 students showed" were no source at all (so they cost nothing in loaded
language, and the claim read as the writer's), and "A poll of 2,000 adults found" cost nothing
while "A survey of 2,000 adults found" did. Near misses: the same research named (a journal, a
university, a pollster, a body that owns it), a court's trial, a trial run of a bus route, "Polls
show", a review of records."""

from __future__ import annotations

import pytest

from xlplugin import score_text

BODY = """Cold water and sore legs

Swimming in cold water after a run may ease sore legs. {cited} that people who swam in cold water after exercise had less soreness the next day. Many club runners have already made the switch.

The habit costs little. A lake or the sea in spring is cold enough, and a friend makes it safer.
"""

UNNAMED = [
    "A new trial of 250 swimmers found",
    "A new trial found",
    "An experiment with 60 students showed",
    "A poll of 2,000 adults found",
    "A new poll found",
    # (already so since calm31: the same class)
    "A 2024 study of more than 3,000 adults found",
    "A recent survey of 1,200 gym members found",
    "A large analysis of 12,000 runners showed",
    "A new review of 40 studies concluded",
]


def _read(cited: str):
    result = score_text(BODY.format(cited=cited))
    loaded = result.signals["loaded_language"]
    appeal = [e for e in loaded.evidence if e.detail.startswith("study cited with no author")]
    unsourced = [e for e in result.signals["unsourced_claims"].evidence if cited[:12] in e.text]
    return result, appeal, unsourced


@pytest.mark.parametrize("cited", UNNAMED)
def test_research_of_any_kind_with_no_name_is_an_unnamed_authority(cited):
    result, appeal, unsourced = _read(cited)
    assert len(appeal) == 1 and cited.split()[0] in appeal[0].text
    assert result.signals["loaded_language"].value > 0
    assert len(unsourced) == 1
    # (a survey or a poll that gives its size is a document to unsourced claims since sources18,
    # `_with_sized_surveys`: left as it was; every other kind is an unsourced claim)
    sized_survey = any(w in cited for w in ("survey of", "poll of"))
    assert unsourced[0].kind == ("sourced" if sized_survey else "unsourced")


@pytest.mark.parametrize("cited", [
    "A trial published in the Lancet found",
    "A trial run by the University of Bath found",
    "A poll by YouGov of 2,000 adults found",
    "A council review of 40 pools concluded",
    "An experiment at Exeter Hospital showed",
])
def test_near_miss_research_named_costs_nothing(cited):
    result, appeal, unsourced = _read(cited)
    assert appeal == [] and result.signals["loaded_language"].value == 0
    assert all(e.kind == "sourced" for e in unsourced)


@pytest.mark.parametrize("cited", ["Polls show", "A quick review of the harbour's flight records reveals"])
def test_near_miss_left_as_on_main(cited):
    """"Polls show" (a report's summary of public polling) and a review of records (the writer's
    own look at documents a reader can find) are no appeal to unnamed authority."""
    _, appeal, _ = _read(cited)
    assert appeal == []


def test_the_trial_found_points_back_and_is_no_appeal():
    """A definite "The trial found" points back at one the text gave: unsourced claims's matter
    (back_references), no appeal to unnamed authority in loaded language."""
    result, appeal, _ = _read("The trial found")
    assert appeal == []


@pytest.mark.parametrize("text", [
    "Court hears of fraud\n\nBy Ann Lee\n\nThe trial heard that the firm had lost 4 million pounds by 2022. At the trial, "
    "the jury was told the director had moved the money twice. The judge, Mary Hale, said the hearing would resume on Monday.",
    "Bus route test\n\nBy Ann Lee\n\nA trial run of the new bus route found 40 percent of seats empty on Sunday, the "
    "operator's manager, Tom Reed, said. The council said the route would stay.",
])
def test_near_miss_a_court_trial_or_a_trial_run_is_no_study(text):
    result = score_text(text)
    assert result.signals["loaded_language"].value == 0
    assert all(e.kind == "sourced" for e in result.signals["unsourced_claims"].evidence)
