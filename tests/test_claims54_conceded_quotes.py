"""(claims54) A verb of saying in a clause that concedes a statement and sets it aside ("no matter
what the minister says", "whatever the leaflets claim", "regardless of what officials say":
cues.conceded_verb, read by attribution.txt [concession_words], [concession_what_words]) reports
nothing, so it makes no short quotation of its sentence the speaker's word: the writer's scare
quote stays the writer's (loaded_language._speech_attached). The lead's session-41 fix kept the
plain loaded words of such a sentence the writer's; the quotation path still read the verb as the
speaker's and dropped the scare quote. All sentences are written for these tests."""

from __future__ import annotations

import pytest
from loaded_helpers import loaded_evidence, scare_quotes


@pytest.mark.parametrize("text, quote", [
    ("No matter what the minister says, this \u201creform\u201d is a scam.", "\u201creform\u201d"),
    ("Whatever the leaflets claim, the \u201csavings\u201d never came.", "\u201csavings\u201d"),
    ("Regardless of what officials say, the \u201cconsultation\u201d lasted a week.", "\u201cconsultation\u201d"),
    ("The \u201creform\u201d gutted the service, whatever the minister says.", "\u201creform\u201d"),
    ("The \u201creform\u201d gutted the service, no matter what the finance minister tells voters.",
     "\u201creform\u201d"),
    ("No matter what the minister says, their 'reform' gutted the service.", "'reform'"),
])
def test_a_conceded_verb_of_saying_leaves_the_writers_scare_quote(text: str, quote: str) -> None:
    # fails on main: the conceding clause's verb of saying attached to the quotation
    assert scare_quotes(text) == [quote]


@pytest.mark.parametrize("text", [
    # (guards) a verb of saying that reports: the quotation is the speaker's word
    "The minister says this \u201creform\u201d will save money.",
    "The \u201creform\u201d will save money, the minister says.",
    "The minister says, as she did in March, that the \u201creform\u201d will save money.",
    # a mark inside the would-be subject: "whatever happens" concedes no statement
    "Whatever happens, the minister says the \u201creform\u201d will save money.",
    # "what" as the object of a plain report, no word of conceding before it
    "That is what the minister says the \u201creform\u201d will do.",
])
def test_a_verb_of_saying_that_reports_keeps_the_quotation_the_speakers(text: str) -> None:
    assert scare_quotes(text) == []


def test_the_conceding_sentence_keeps_its_plain_loaded_words_the_writers() -> None:
    # (guard) the lead's session-41 case, here with the concession first
    kinds = [k for k, _ in loaded_evidence("No matter what the minister says, this disgraceful scheme is a scam.")]
    assert kinds == ["emotive", "emotive"]
