"""(claims46) The same claim scores the same whatever its grammar.

A plain statement of future action by a named body is a claim about what that body intends
(DESIGN.md: "claims about what a named actor did or intends"), whether it is written as a headline's
"to" (claims43), "is to", "plans to", "intends to", "is set to" or the plain future "will": each
gives the sentence an "intent" cue, and the "will" of such a statement is no modal's -1
(unsourced_claims._intent_marker, _not_intent_will, claims.txt [intent_helper_words]). Before,
"Council will close three libraries" (a modal, -1) was no claim while "Council to close three
libraries" was one. A writer's prediction ("It will rain"), a conditional "would" and an intent
inside a quotation keep their readings.
"""

from __future__ import annotations

import pytest
from attribution_helpers import added_claims

from xlplugin.claims_index import WordIndex
from xlplugin.scorers import unsourced_claims
from xlplugin.text import prepare

# Each row: the same intent, written five ways; all must agree.
_SAME_INTENT = [
    ("Council will close three libraries.", "will close"),
    ("Council to close three libraries.", "to close"),
    ("The council is to close three libraries.", "to close"),
    ("The council plans to close three libraries.", "to close"),
    ("The council intends to close three libraries.", "to close"),
    ("The council is set to close three libraries.", "to close"),
    ("The county council is set to close three libraries.", "to close"),
]


def _kinds(sentence: str) -> list[str]:
    return [kind for kind, _ in added_claims(sentence)]


@pytest.mark.parametrize("sentence, words", _SAME_INTENT)
def test_every_grammar_of_one_intent_is_the_same_claim(sentence, words):
    found = added_claims(sentence)
    assert [kind for kind, _ in found] == ["unsourced"], found
    assert f"intent \u201c{words}\u201d" in found[0][1], found


@pytest.mark.parametrize("sentence", [
    "Harrow Council will close Eastgate library next year.",
    "Harrow Council plans to close Eastgate library next year.",
    "Harrow Council to close Eastgate library next year.",
    "Ministers will scrap the target in 2027.",
])
def test_a_named_body_and_its_plan_are_a_claim_in_any_form(sentence):
    assert _kinds(sentence) == ["unsourced"]


def test_the_will_of_an_intent_is_no_modal():
    doc = prepare("Council will close three libraries.")
    words = unsourced_claims.ClaimWords(doc, doc.sentences[0])
    categories = {category: points for category, _, points in words.cues()}
    assert "modal" not in categories and categories.get("intent") == 1, categories


def test_the_fast_path_reads_a_will_intent_as_the_plain_reading_does():
    text = ("Council will close three libraries. The council is set to close three pools. "
            "It will rain on Tuesday in three towns.")
    doc = prepare(text)
    index = WordIndex(doc)
    for s in doc.sentences:
        assert index.reasons(s, unsourced_claims.THRESHOLD) == unsourced_claims.check_worthy_reasons(doc, s), s.text
    assert index.reasons(doc.sentences[0], unsourced_claims.THRESHOLD), "the will-intent is a claim"


def test_a_sourced_will_intent_is_sourced():
    found = added_claims("Council will close three libraries, its leader Ann Grey said.")
    assert [kind for kind, _ in found] == ["sourced"], found
    assert "intent" in found[0][1], found


# --- guards: readings the rule must not reach ------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "It will rain in three counties tomorrow.",  # a prediction by the writer: no named body
    "The council would close three libraries if it lost the vote.",  # a conditional
    "The council could close three libraries.",  # a possibility
    "The council wants to close three libraries.",  # a wish
    "We will close three libraries next year.",  # first person: the writer's own plan
    "The council will not close three libraries.",  # negated
])
def test_other_modals_keep_their_reading(sentence):  # (guards)
    assert not any("intent" in detail for _, detail in added_claims(sentence)), added_claims(sentence)


def test_a_quoted_intent_is_the_speakers():  # (guard)
    found = added_claims("\u201cWe will close three libraries,\u201d the council leader said.")
    assert not any(kind == "unsourced" for kind, _ in found), found
    assert not any("intent" in detail for _, detail in found), found


def test_a_will_before_another_verb_stays_a_modal():  # (guard)
    doc = prepare("The new library will look nice.")
    words = unsourced_claims.ClaimWords(doc, doc.sentences[0])
    assert ("modal", "will", -1) in words.cues()
