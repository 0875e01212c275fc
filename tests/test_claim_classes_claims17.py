"""Unsourced claims read as a careful reader would (claims17; every text written for these
tests). Each class has the other reading beside it, which still counts:

1. a forecast or a possibility put forward on a vague source's word is a claim ("Studies show one
   espresso can ruin a night's sleep", "It is widely believed in the village that the council
   will close the library"); advice ("Experts say you should ...") and the writer's view are not;
2. a request for comment that got no answer is a sourcing step, no claim ("The union declined to
   comment."); a claim in the same sentence still counts;
3. any definite body after "according to" is a source ("according to the weather station");
   "according to the legend" is vague and "according to the data" stays vague;
4. a definite document as the subject of what it does is the source ("The inspection report
   rates the pier as poor and lists 14 broken planks"); "A report rates ..." names none;
5. "The study found" is a source when the text named the study before, vague when it did not;
6. a score or an award is a public result, no claim ("Millbrook beat Ashton 3-1"); an amount
   keeps a claim ("won 42 percent of the vote");
7. anonymous sources are shown as such in the evidence ("anonymous source “people familiar
   with”"), other vague sources as weasel attributions.
"""

from __future__ import annotations

import pytest
from attribution_helpers import added_claims, added_verdicts, attribution_kind as _kind

from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

# A plain, sourced report the probes are added to: its own claims are all sourced.
BASE = ("The county opened a new recycling centre on Tuesday, officials said. Public works director "
        "Leon Park said the site cost 2.1 million dollars.\n\n")


def _added(sentence: str) -> list[tuple[str, str]]:
    """(kind, detail) of the check-worthy sentences the probe `sentence` adds to BASE."""
    return added_claims(sentence, BASE)


def _verdicts(sentence: str) -> list[str]:
    return added_verdicts(sentence, BASE)


# --- 1. a forecast or a possibility on a vague source's word ----------------------------------

@pytest.mark.parametrize("sentence", [
    "Studies show that one espresso can ruin a night of sleep.",
    "It is widely believed in the village that the council will close the library.",
    "Experts agree the new footbridge could collapse in a strong storm.",
    "Critics say the ferry plan will cost jobs.",
    "Many believe the cannery will shut next spring.",
    "Research proves that the new filter will remove lead from tap water.",
    "It is well known that the old mill may flood in spring.",
])
def test_a_forecast_on_a_vague_source_is_an_unsourced_claim(sentence):
    assert _verdicts(sentence) == ["unsourced"]


@pytest.mark.parametrize("sentence", [
    "Experts say you should drink water before a long walk.",  # advice
    "Critics say the board should keep the old ferry.",  # a demand
    "I think experts agree the footbridge could fall.",  # the writer's view
    "Do experts agree the footbridge could collapse?",  # a question
])
def test_advice_a_wish_a_view_or_a_question_is_no_claim(sentence):
    assert _verdicts(sentence) == []


def test_a_named_source_with_a_modal_is_still_no_claim():
    # (the class is the vague source presenting a forecast as known; a named speaker's
    # forecast without an amount stays a plan or a view, as before)
    assert _verdicts("Mayor Ann Roe said the library will stay open.") == []


# --- 2. a request for comment that got no answer ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The union declined to comment.",
    "Harbor Foods did not respond to a request for comment on Monday.",
    "The mayor's office did not return calls seeking comment.",
    "A spokesman for the firm, Tom Hale, declined to comment on the figures.",
    "Greyfield Bank could not be reached for comment.",
    "The ministry did not immediately respond to questions about the plan.",
    "The owner declined to say how much he paid for the land.",
])
def test_no_answer_to_a_request_for_comment_is_no_claim(sentence):
    assert _verdicts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Freshmart, which owns 180 stores, declined to comment.",
    "The firm declined to comment, but sales fell 4 percent in May.",
    "The patient did not respond to treatment and died in 2023.",
    "The striker did not return to the squad until March 2024.",
])
def test_a_claim_beside_a_refusal_still_counts(sentence):
    assert _verdicts(sentence) == ["unsourced"]


# --- 3. a definite body after "according to" ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The temperature fell to minus 12 degrees, according to the weather station on the hill.",
    "The fire started at 3 a.m., according to the fire brigade.",
    "The shop lost 3,000 pounds in May, according to the shop's owner.",
    "The river rose 2 metres overnight, according to the lock keeper on duty.",
])
def test_a_definite_body_after_according_to_is_a_source(sentence):
    assert _verdicts(sentence) == ["sourced"]
    assert _kind(sentence) == "role"


@pytest.mark.parametrize("sentence", [
    "The castle was built in 1120, according to the legend.",
    "Prices rose 4 percent last year, according to the data.",
    "Sales fell 5 percent in 2024, according to the report.",
])
def test_a_story_with_no_teller_or_a_vague_phrase_after_according_to_stays_unsourced(sentence):
    assert _verdicts(sentence) == ["unsourced"]
    assert _kind(sentence) == "weasel"


# --- 4. a document as the subject of what it does ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The 2021 inspection report rates the bridge as fair and lists 11 corroded cables.",
    "The survey puts the number of empty homes at 1,200.",
    "The council's audit lists 14 faults in the new library.",
    "The annual review ranks the school 3rd of 40 in the county.",
])
def test_a_document_doing_what_the_sentence_says_is_its_source(sentence):
    kinds = _added(sentence)
    assert [k for k, _ in kinds] == ["sourced"]
    assert "(document)" in kinds[0][1]


@pytest.mark.parametrize("sentence", [
    "A report rates the pier as poor and lists 14 broken planks.",  # which report?
    "The report, which nobody has read, lists 14 faults.",  # the subject ends at the clause
    "The engineer's van lists 14 degrees to the left.",  # no document
])
def test_an_unnamed_document_or_no_document_names_no_source(sentence):
    assert _verdicts(sentence) == ["unsourced"]


# --- 5. "The study found": named before or not ---------------------------------------------------

FINDING = "The study found that 40 percent of adults drink three cups of coffee a day."


@pytest.mark.parametrize("before", [
    "Coffee is popular in the town. ",
    "Researchers asked 500 people about their habits. ",
    "",
])
def test_the_study_found_with_no_study_named_before_is_vague(before):
    doc = prepare(before + FINDING)
    sig = unsourced_claims.score(doc, Settings())
    last = sig.evidence[-1]
    assert last.kind == "unsourced" and "not named" in last.detail


@pytest.mark.parametrize("before", [
    "The university published a study on Monday. ",
    "A study by Leeds University looked at coffee. ",
    "The council commissioned a study last year. ",
])
def test_the_study_found_after_the_study_was_named_is_a_source(before):
    doc = prepare(before + FINDING)
    sig = unsourced_claims.score(doc, Settings())
    assert sig.evidence[-1].kind == "sourced"


@pytest.mark.parametrize("sentence", [
    "The report said 40 percent of the buses ran late.",
    "The survey showed 12 percent of the homes were empty.",
])
def test_other_bare_documents_are_vague_too(sentence):
    assert _kind(sentence) == "weasel"


# --- 6. a score or an award ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Millbrook beat Ashton 3-1 on Saturday.",
    "Harbor City crushed Lakeport 5-1 on Saturday night to reach the final.",
    "The film won three awards at the festival on Sunday.",
    "The bakery took first prize in the county show on Saturday.",
    "Carla Ruiz finished second in the 400 metres in 52.3 seconds.",
    "Dunmore drew 2-2 with Westbrook in 2025.",
])
def test_a_score_or_an_award_is_no_claim(sentence):
    assert _verdicts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The party won 42 percent of the vote in 2019.",
    "The firm won a $3 million contract last year.",
    "Labour won 412 seats in the 1997 election.",
    "The bill lost its first vote in 2024.",
])
def test_an_amount_or_no_contest_keeps_the_claim(sentence):
    assert _verdicts(sentence) == ["unsourced"]


# --- 7. anonymous sources shown as such ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A person familiar with the matter said the chain had hired a bank in 2025.",
    "Officials who spoke on condition of anonymity said the deal collapsed in March.",
    "The deal collapsed in March, according to two people familiar with the talks.",
    "The deal collapsed in March, said a source who asked not to be named.",
    "Sources close to the minister say she will resign in May.",
])
def test_an_anonymous_source_is_shown_as_one(sentence):
    added = _added(sentence)
    assert [k for k, _ in added] == ["unsourced"]
    assert "anonymous source" in added[0][1]


@pytest.mark.parametrize("sentence", [
    "Critics say the scheme wasted 3 million pounds.",
    "Experts say the dam cost 40 million dollars.",
])
def test_other_vague_sources_are_shown_as_weasel_attributions(sentence):
    added = _added(sentence)
    assert [k for k, _ in added] == ["unsourced"]
    assert "weasel attribution" in added[0][1] and "anonymous" not in added[0][1]
