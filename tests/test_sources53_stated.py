"""(sources53) A phrase of stating ("made it clear", "pointed out", "spelled out": loaded_language.txt
[stating_phrase_words], loaded_language._stated) makes a short quotation the subject's words only
where it attaches to the quotation, as a verb of saying does since quote52 (_speech_attached):
before or after it within SPEECH_REACH_WORDS words and no clause break between. A phrase of
stating in another clause, or far from the quotation, no longer clears the writer's scare quote.
All sentences are written for these tests."""

from __future__ import annotations

import pytest
from loaded_helpers import loaded_evidence, words_of_kinds


def _scare_quotes(text: str) -> list[str]:
    return words_of_kinds(text, "scare quote")


@pytest.mark.parametrize("text", [
    # a comma before a word that opens a new clause ([clause_break_words])
    "She made it clear she would stay, but the \u201creform\u201d gutted the service.",
    "The \u201creform\u201d gutted the service, and the union pointed out the cost.",
    # a semicolon or a dash ends the clause alone
    "He pointed out the flaws in March; the \u201creform\u201d still went ahead.",
    "The report spelled out the costs \u2014 the \u201csavings\u201d never came.",
    # more than SPEECH_REACH_WORDS words between the phrase and the quotation
    "The auditors pointed out that the council's plans for the two market towns and the three "
    "villages were a \u201creform\u201d in name only.",
])
def test_a_phrase_of_stating_in_another_clause_leaves_the_scare_quote(text):
    # fails on main: the phrase anywhere in the sentence cleared the quotation
    assert len(_scare_quotes(text)) == 1, loaded_evidence(text)


@pytest.mark.parametrize("text", [
    "She made it clear the plan was \u201ca disaster\u201d.",
    "He pointed out that the deal was \u201cdead\u201d.",
    "The deal was \u201cdead\u201d, he pointed out.",
    "He spelled out why the plan was \u201creckless\u201d.",
    "The minister made it plain on Tuesday that the \u201creform\u201d would go ahead.",
    "The union set out its case against the \u201creform\u201d in a letter.",
])
def test_guard_a_quotation_its_phrase_of_stating_attaches_to_stays_the_subjects(text):
    # guard: unchanged from main, the phrase stands next to the quotation's clause
    assert _scare_quotes(text) == [], loaded_evidence(text)


def test_guard_a_scare_quote_with_no_phrase_of_stating_stays():
    # guard: unchanged from main
    assert _scare_quotes("The minister\u2019s \u201creform\u201d gutted the service.") == ["\u201creform\u201d"]
