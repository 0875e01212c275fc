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
from attribution_helpers import added_claims, claim_verdicts

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
    "A tax cut will increase jobs in three states.",  # a kind, no named body: a prediction about a policy
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


# --- 2. a paragraph of quotation after a named speaker's quotation is that speaker's --------------------
# (from the judged web flags: "“..., ” Fa said." then "“We also learned that ... 20.8 to 23.5 percent
# higher ...”" and "“...,” he said." then "“Our own analysis demonstrates ... 21.9% ..." were read as
# the writer's unsourced claims; news style goes on in the same voice without naming it again)

_HEAD = "Harbour pay deal agreed\n\nThe harbour board agreed a pay deal on Monday.\n\n"
_TAIL = "\n\nThe union will vote next week.\n"
_NEXT = "\u201cOur own figures show pay rose by 4.2% in 2025.\u201d"


def _verdict_of(text: str, start: str) -> str:
    verdicts = claim_verdicts(text)
    return next(v for k, v in verdicts.items() if k.startswith(start))


@pytest.mark.parametrize("before, speaker", [
    ("\u201cWe have worked with the union for months,\u201d said Ann Lee, the board's chair.", "Ann Lee"),
    ("\u201cWe have worked with the union for months,\u201d Ann Lee said.", "Ann Lee"),
    ("Ann Lee spoke after the vote. \u201cWe have worked with the union for months,\u201d she said.", "she said"),
])
def test_a_quoted_paragraph_goes_on_in_the_last_speakers_voice(before, speaker):
    verdict = _verdict_of(_HEAD + before + "\n\n" + _NEXT + _TAIL, "\u201cOur own figures")
    assert verdict.startswith("sourced") and speaker in verdict and "continues" in verdict, verdict


def test_a_quotation_left_open_after_a_closed_one_goes_on_too():
    text = (_HEAD + "\u201cWe have worked with the union for months,\u201d Ann Lee said.\n\n"
            "\u201cOur own figures show pay rose by 4.2% in 2025.\n\n"
            "\u201cThe rest is for the members to decide.\u201d" + _TAIL)
    assert _verdict_of(text, "\u201cOur own figures").startswith("sourced")


@pytest.mark.parametrize("before", [
    "Ann Lee said the talks had taken months.",  # no quotation: the writer's next paragraph is not hers
    "\u201cWe have worked with the union for months,\u201d critics said.",  # a weasel source lends nothing
    "\u201cWe have worked with the union for months,\u201d one worker said.",  # nor an unnamed one
])
def test_no_voice_is_carried_from_a_paragraph_without_a_named_speakers_quotation(before):  # (guards)
    verdict = _verdict_of(_HEAD + before + "\n\n" + _NEXT + _TAIL, "\u201cOur own figures")
    assert verdict.startswith("unsourced"), verdict


def test_a_title_quoted_at_a_paragraphs_start_is_the_writers():  # (guard)
    text = (_HEAD + "\u201cWe have worked with the union for months,\u201d Ann Lee said.\n\n"
            "\u201cHarbour Lights,\u201d the board's film about the port, cost 40,000 pounds to make in 2025." + _TAIL)
    assert _verdict_of(text, "\u201cHarbour Lights").startswith("unsourced")
