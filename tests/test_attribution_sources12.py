"""Attribution misreadings fixed as classes (sources12; every text written for these tests): a
negative pronoun as the subject of a verb of saying is no source, an indefinite one with a clause
or a place after it is a vague one; a vague noun owned by a named outlet is a source by role; the
head of a source phrase holding "who" is the noun before it; "according to" a document published
in a named journal is a document source; "release" is a document only as a press release; a
title in quotation marks is no direct quote; "after recount" is a noun. Each class has the other
reading beside it, which still counts."""

from __future__ import annotations

import pytest
from attribution_helpers import attribution_kind as _kind, unsourced_kinds as _unsourced_kinds

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.subject_sources import quoted_title
from xlplugin.text import prepare


def _evidence(text: str) -> dict[str, str]:
    """Provenance's present positive cues: kind -> evidence text."""
    sig = provenance.score(prepare(text), Settings())
    return {e.kind: e.text for e in sig.evidence if e.present and e.text}


# --- 1. negative and indefinite subjects ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nobody has confirmed what the two ministers agreed on the ferry.",
    "Nobody is suggesting the vote at Carrow was fixed.",
    "No one at the depot has explained why the buses stopped.",
    "None of the Harwick councillors said a word about the levy.",
])
def test_a_negative_subject_names_no_source(text):
    assert _kind(text) is None


def test_a_negative_subject_does_not_source_the_sentence_before():
    text = ("A Treasury adviser is said to have met two bankers in June. "
            "Nobody has confirmed what the three of them discussed.")
    assert _unsourced_kinds(text)[0] == "unsourced"
    assert "named sources with roles" not in _evidence(text)


@pytest.mark.parametrize("text", [
    "Those who were at the Carrow dinner tell a different story.",
    "People who know the Harwick planning board well say it rarely objects.",
    "Anyone at the Dunmore rally will say the crowd was 9,000.",
    "People in Fort Kellan said the mill closed in 1998.",
    "Officials who spoke with the Harwick Echo said the deal was off.",
])
def test_an_indefinite_subject_with_a_clause_is_vague(text):
    assert _kind(text) == "weasel"


@pytest.mark.parametrize("text", [
    "Harwick councillors who backed the levy said it was needed.",
    "Dr Ama Osei, who runs the Carrow clinic, said the wait was six weeks.",
    "Some Harwick councillors said the levy was needed.",
])
def test_a_named_subject_with_a_clause_still_counts(text):
    assert _kind(text) in ("named", "role")


# --- 2. named sources missed ----------------------------------------------------------------------

def test_a_critic_owned_by_a_named_outlet_is_a_source_by_role():
    assert _kind("The Harwick Echo's critic called the play a slow, cold evening.") == "role"
    assert _kind("Critics called the play a slow, cold evening.") == "weasel"
    assert _kind("The paper's source said the deal was off.") != "role"


def test_according_to_results_published_in_a_named_journal_is_a_document():
    text = ("The new drug cut strokes among smokers by 30% in two years, according to results of a trial "
            "published on Tuesday in The Clinical Lantern.")
    assert _kind(text) == "document"
    assert _unsourced_kinds(text) == ["sourced"]
    assert "references to primary documents" in _evidence(text)
    # (hunt33) a trial is a document word as a study is: with no journal named it reads as "according to
    # results of a study" does (a document; that "according to" an unnamed study names none is left open)
    assert _kind("The new drug cut strokes by 30% in two years, according to results of a trial.") \
        == _kind("The new drug cut strokes by 30% in two years, according to results of a study.")


# --- 3. wrong cues in provenance evidence ------------------------------------------------------------

def test_an_expert_who_was_not_involved_in_the_study_is_a_named_source():
    text = ("Dr Lena Moritz, a surgeon at Harwick General Hospital who was not involved in the study, "
            "said the design was sound.")
    assert _kind(text) == "named"
    assert "references to primary documents" not in _evidence(text)


@pytest.mark.parametrize("text", [
    "The film opens in Ireland in May, and a US release is planned for the autumn, the studio said.",
    "China refused to help make North Carrow release the two sailors.",
])
def test_a_release_that_is_an_event_is_no_document(text):
    assert "references to primary documents" not in _evidence(text)


def test_a_press_release_is_still_a_document():
    for text in ("Harwick Water said in a press release that the pipes would be replaced by June.",
                 "A Harwick Water news release said the pipes would be replaced by June."):
        assert "references to primary documents" in _evidence(text)


def test_a_title_in_quotation_marks_is_no_direct_quote():
    text = ('"The Salt Road: Trade, Faith and Ruin on the Old Coast", a history of the Carrow salt works, '
            'won the Dunmore Prize on Friday, the Dunmore Trust announced.')
    assert "attributed direct quotes" not in _evidence(text)
    quoted = 'The Dunmore Trust announced the prize, saying "this is a careful, brave and generous book".'
    assert "attributed direct quotes" in _evidence(quoted)


@pytest.mark.parametrize("quotation, title", [
    ('"The Salt Road: Trade, Faith and Ruin on the Old Coast"', True),
    ("\u201cMake Harwick Great Again\u201d", True),
    ('"this is a careful, brave and generous book"', False),
    ('"We Will Not Rest. Never."', False),
    ('"THE COUNT WAS A SHAMBLES FROM START TO END"', False),  # (capitals say nothing)
])
def test_quoted_title(quotation, title):
    assert quoted_title(quotation) is title


def test_a_recount_in_a_headline_is_no_verb_of_saying():
    assert _kind("Tempers flare as Carrow result stands after recount refused") is None
    assert _kind("The returning officer said a recount had been refused.") in ("role", "named")
