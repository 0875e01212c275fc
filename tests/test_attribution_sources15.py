"""Attribution misreadings fixed as classes (sources15; every text written for these tests): a
name before an apposition and a verb of saying is a named source; a document qualified by a
participle ("figures released on Monday") is as vague as the bare document unless a name says
whose; an adjective in "-ous" and an idiom's abstract subject ("Time will tell") name no one; the
writer's own figure after ", but" is not covered by the source before it; a narrative "As X would
explain" reports. Each class has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution as _attr, attribution_kind as _kind, unsourced_kinds as _unsourced_kinds

from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _named_sources_present(text: str) -> bool:
    sig = provenance.score(prepare(text), Settings())
    cue = next(e for e in sig.evidence if e.kind == "named sources with roles")
    return cue.detail.startswith("found")


# --- 5. a name, an apposition, a verb of saying ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ingrid Solberg, a retired lock keeper, said the canal lost 40 boats a year.",
    "Oskar Vane, the club's treasurer, told members the roof would cost 80,000 pounds.",
    "Priya Nandakumar, who has farmed the valley for decades, said yields fell 15 percent.",
    "Yields fell 15 percent, Priya Nandakumar, a dairy farmer, said.",
    "After the vote, Hanne de Groot, a local councillor, said 300 homes were at risk.",
])
def test_a_name_before_an_apposition_is_the_named_source(text):
    found = _attr(text)
    assert found is not None and found.kind == "named" and found.role
    assert _unsourced_kinds(text) == ["sourced"]
    assert _named_sources_present(text)


@pytest.mark.parametrize("text", [
    "On Monday, a spokesman for the port said 40 ships were delayed.",
    "Meanwhile, officials in the port said 40 ships were delayed.",
    "In New Harbour, residents who live by the quay said 40 ships were delayed.",
])
def test_a_time_place_or_adverb_before_an_apposition_names_no_one(text):
    assert _kind(text) != "named"


@pytest.mark.parametrize("text", [
    "The canal lost 40 boats a year, said Ingrid Solberg, a retired lock keeper.",
    "The roof would cost 80,000 pounds, Oskar Vane, the club's treasurer, told members.",
])
def test_the_reverse_order_names_too(text):
    assert _kind(text) == "named"
    assert _named_sources_present(text)


# --- 2. a document qualified by a participle ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Official figures released on Monday show unemployment rose to 6.1 percent.",
    "Official statistics published this week suggest 4,000 jobs were lost.",
    "Internal papers obtained last month show the trust cut 90 beds.",
])
def test_a_document_qualified_by_a_participle_is_vague(text):
    assert _kind(text) == "weasel"
    assert _unsourced_kinds(text) == ["unsourced"]


@pytest.mark.parametrize("text", [
    "Figures released by the Office for National Statistics show unemployment rose to 6.1 percent.",
    "Figures published by the Harbour Trust on Monday show 90 berths were empty.",
    "Statistics released by the Central Bank suggest 4,000 jobs were lost.",
])
def test_a_document_released_by_a_named_office_is_a_source(text):
    assert _kind(text) in ("named", "document")
    assert _unsourced_kinds(text) == ["sourced"]


# --- 3. capitalised words that are no person or organisation -------------------------------------

@pytest.mark.parametrize("text", [
    "Previous post: Bus fares rose 20 percent in the spring.",
    "Various posts claim bus fares rose 20 percent in the spring.",
    "Time will tell whether bus fares rise 20 percent.",
    "History will judge whether the 20 percent rise was needed.",
    "Hindsight shows the scheme cost 20 percent more than planned.",
])
def test_capitalised_common_words_name_no_source(text):
    assert _kind(text) not in ("named", "role")
    assert _unsourced_kinds(text) == ["unsourced"]


@pytest.mark.parametrize("text", [
    "Brannigan will tell the board that fares rise 20 percent.",
    "Serious Fraud Office lawyers said the firm hid 20 million pounds.",
])
def test_names_still_name(text):
    assert _kind(text) in ("named", "role")


# --- 1. the writer's own figure after a contrast ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "They claim 30 percent less fuel, but real drivers see 12 percent.",
    "The company says the van saves 30 percent on fuel, yet test drivers measured 12 percent.",
    "She insists the route saves 20 minutes; but most riders gain 5 minutes at best.",
])
def test_the_writers_figure_after_but_is_unsourced(text):
    sig = unsourced_claims.score(prepare(text), Settings())
    (item,) = [e for e in sig.evidence if e.kind in ("sourced", "unsourced")]
    assert item.kind == "unsourced"
    assert "after the contrast" in item.detail


@pytest.mark.parametrize("text", [
    "The company says the van saves 30 percent on fuel, but the council says 12 percent.",
    "Fuel use fell 30 percent, but costs rose 12 percent, she said.",
    "The company says the van saves 30 percent on fuel, but that it costs 12 percent more.",
    "The company says the van saves 30 percent on fuel, but it would not give a date.",
])
def test_a_contrast_with_its_own_source_or_no_figure_stays_sourced(text):
    assert _unsourced_kinds(text) == ["sourced"]


# --- 4. narrative "would" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "As Comey would explain, the bureau had opened 3 inquiries by July.",
    "By then, as Marta Quist would tell the inquiry, the yard had lost 200 jobs.",
])
def test_a_narrative_would_reports(text):
    assert _named_sources_present(text)


@pytest.mark.parametrize("text", [
    "Marta Quist would tell you the yard is fine.",
    "Ask the minister and he would say the yard is fine.",
])
def test_a_would_of_speech_to_come_reports_nothing(text):
    assert not _named_sources_present(text)


def test_narrative_would_in_the_attribution_pass_both_ways():
    # the attribution pass reads a past "would later say" as a source and a plan's cost as no source
    assert _kind("She would later say the ferry lost 3 million pounds.") == "pronoun"
    assert _kind("The plan would cost 40 million pounds.") is None


@pytest.mark.parametrize("text", [
    "The mayor said the depot opened early, but it was in the June 3, 1998 report, not the later one.",
    "The mayor says the fund had reached 2 million pounds, a record, but still below the 5 million pounds promised.",
    "The mayor said the ferry ran late, but now the crew plans to sail on March 4.",
])
def test_a_date_or_a_phrase_after_but_is_no_figure_of_the_writers(text):
    sig = unsourced_claims.score(prepare(text), Settings())
    assert not any("after the contrast" in e.detail for e in sig.evidence)
