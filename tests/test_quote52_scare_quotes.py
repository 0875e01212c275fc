"""(quote52) A verb of saying makes a short quotation the speaker's word only where it attaches to
the quotation (loaded_language._speech_attached): before it or after it with few words between and
no clause break, or a colon right before it. A verb of saying in another clause of the sentence
("Critics said ..., but the minister's \u201creform\u201d ...") no longer clears the writer's scare quote.
All sentences are written for these tests."""

from __future__ import annotations

import pytest
from loaded_helpers import loaded_evidence


def _scare_quotes(text: str) -> list[str]:
    return [t for k, t in loaded_evidence(text) if k == "scare quote"]


@pytest.mark.parametrize("text, quote", [
    # a comma before a word that opens a new clause ([clause_break_words])
    ("Critics said the plan was fine, but the minister\u2019s \u201creform\u201d gutted the service.", "\u201creform\u201d"),
    ("Critics said the plan was fine, but their 'reform' gutted the service.", "'reform'"),
    ("The council announced the closures in March, and the \u201csavings\u201d never came.", "\u201csavings\u201d"),
    ("Residents told reporters about the flooding, while the \u201cexperts\u201d stayed at home.", "\u201cexperts\u201d"),
    # a semicolon or a dash ends the clause alone
    ("The union warned of cuts; meanwhile the \u201creform\u201d gutted the service.", "\u201creform\u201d"),
    ("Officials said little about it \u2014 the \u201cconsultation\u201d lasted a week.", "\u201cconsultation\u201d"),
    # the verb of saying after the quotation, in another clause
    ("The \u201creform\u201d gutted the service, but ministers said nothing.", "\u201creform\u201d"),
])
def test_a_verb_of_saying_in_another_clause_leaves_the_scare_quote(text, quote):
    # fails on main: any verb of saying anywhere in the sentence cleared the quotation
    assert _scare_quotes(text) == [quote], loaded_evidence(text)


@pytest.mark.parametrize("text", [
    "He called it \u201ca disaster\u201d.",
    "He called it 'a disaster'.",
    "\u2018Fine,\u2019 she said.",
    "The minister said on Tuesday that the \u201creform\u201d would save money.",
    "The \u201creform\u201d will save money, the minister said.",
    # a long reported clause: twelve words between the verb of saying and the quotation
    "The minister said on Tuesday that the plans for the two market towns were a \u201creform\u201d.",
    "The plan was described as \u201creckless\u201d by the auditors.",
    "Opponents dubbed the scheme \u201cthe poll tax\u201d within a week.",
    "She said, \u201cnever again\u201d.",
    "The inspectors gave their verdict: \u201cshocking neglect\u201d.",
    "The union accused officials of \u201cstealing\u201d from the pension fund.",
])
def test_guard_a_quotation_its_verb_of_saying_attaches_to_stays_the_speakers(text):
    # guard: the quotation is the object of the verb of saying or its speaker's clause is next to it
    assert _scare_quotes(text) == [], loaded_evidence(text)


@pytest.mark.parametrize("text, quote", [
    ("The minister\u2019s \u201creform\u201d gutted the service.", "\u201creform\u201d"),
    ("Their \u201creform\u201d is a sham.", "\u201creform\u201d"),
])
def test_guard_a_scare_quote_with_no_verb_of_saying_stays(text, quote):
    # guard: unchanged from main
    assert _scare_quotes(text) == [quote], loaded_evidence(text)
