"""Unsourced claims misread at article level (claims9, issue 10), each fixed as a class:

1. a source that opens its own clause in the next sentence ("...; the mayor will claim credit
   if ...", "The warden said on Friday that ...") speaks for that clause, not for the writer's
   sentence before it; a source closing the next sentence ("..., she said", "...,\u201d he told
   the paper"), one that reports only a word or three ("Mayor Ann Tolley confirmed the closure"),
   a passive whose subject is what it reports ("The closure was confirmed by ...") and a quotation
   the sentence opens in still lend their speaker to the sentence before;
2. the outlet's credit for who reported the story ("Ann Lee contributed reporting from Leeds.",
   "The Island Gazette contributed to this report.": claims.txt [credit_line_phrases]) is page
   furniture, not an unsourced claim;
3. a quotation closed by ",", "?" or "!" and followed by its speaker and a verb ("“...,”
   Tolley fired back", "“...?” she snapped") is sourced by that speaker whatever the verb.

Every text here was written for these tests.
"""

from __future__ import annotations

import pytest
from attribution_helpers import claim_verdicts as _claims



WRITER = "In truth, the ferry service collapsed in 2019 because the county cut its grant by 40 percent."


@pytest.mark.parametrize("after", [
    "The mayor said on Friday that the new timetable would start in May.",
    "Two boats still run; the mayor will claim credit if a third one is bought.",
    "According to the mayor, the new timetable starts in May.",
])
def test_a_source_opening_the_next_sentence_does_not_speak_for_the_one_before(after):
    verdict = _claims(WRITER + " " + after).get(WRITER, "")
    assert verdict.startswith("unsourced"), (after, verdict)


@pytest.mark.parametrize("after", [
    "Nobody on the island expected it, the mayor said.",
    "\u201cWe lost half our passengers in a year,\u201d the mayor told the Island Gazette.",
    "Two boats still run -- said Mayor Ann Tolley.",
    "Mayor Ann Tolley confirmed the closure.",
    "The closure was confirmed by Mayor Ann Tolley, who blamed the grant for everything that went wrong.",
])
def test_a_source_closing_the_next_sentence_speaks_for_the_one_before(after):
    verdict = _claims(WRITER + " " + after).get(WRITER, "")
    assert verdict.startswith("sourced") and "in the next sentence" in verdict, (after, verdict)


def test_a_quoted_sentence_takes_the_speaker_of_the_next_one():
    quoted = "\u201cThe ferry lost 3,000 passengers in 2019.\u201d"
    text = "The island council met on Friday. " + quoted + " The mayor said it at the meeting on the quay."
    verdict = _claims(text).get(quoted, "")
    assert verdict.startswith("sourced") and "in the next sentence" in verdict, verdict


@pytest.mark.parametrize("credit", [
    "The Island Gazette contributed to this report.",
    "Ann Tolley and Tom Roe contributed reporting from Leeds in 2024.",
])
def test_a_credit_line_is_no_claim(credit):
    text = "The ferry lost 3,000 passengers in 2019, the mayor said. " + credit
    claims = _claims(text)
    assert credit not in claims and len(claims) == 1, claims


@pytest.mark.parametrize("quote", [
    "\u201cWe lost 3,000 passengers in a single year,\u201d Tolley fired back.",
    "\u201cWho paid for the 40 new buoys?\u201d she snapped at the meeting.",
    "\u201cThe grant was cut by half in 2019, and 3,000 passengers went,\u201d Mayor Ann Tolley vented.",
])
def test_a_quotation_closed_by_its_speaker_is_sourced(quote):
    verdict = _claims("The island council met on Friday. " + quote).get(quote, "")
    assert verdict.startswith("sourced"), verdict


@pytest.mark.parametrize("text", [
    "\u201cWe lost 3,000 passengers in a single year.\u201d Tolley Harbour closed in 2019.",
    "The sign read \u201cClosed,\u201d and the ferry lost 3,000 passengers in 2019.",
    "\u201cWhy not the ferry?\u201d\n\nBecause Tolley closed it in 2019 after 40 years.",
])
def test_no_speaker_after_a_full_stop_a_lower_case_word_or_a_paragraph_break(text):
    claims = _claims("The island council met on Friday. " + text)
    assert any(v.startswith("unsourced") for v in claims.values()), claims
