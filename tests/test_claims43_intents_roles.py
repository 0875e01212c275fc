"""(claims43) Claims and sources a careful reader sees.

1. A headline-style intent ("Council to close three libraries", "Firm to cut 200 jobs") is a
   claim about what a named actor intends (DESIGN.md): unsourced_claims._intent, claims.txt
   [intent_verb_words], [intent_not_subject_words]. An ordinary infinitive ("We went to see the
   match") is none.
2. The plurals of offices a report names a crew or a bench by ("the wardens said", "coroners
   said", "state troopers said") and the sides of a court case ("the prosecution said", "the
   defence argued") are sources by role (attribution.txt [role_words]); before, mid-sentence they
   were no source and at a sentence's start a "named" one. "Critics said" stays a weasel source.
"""

from __future__ import annotations

import pytest
from attribution_helpers import added_claims, added_verdicts, attribution_kind

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

# --- 1. a headline-style intent is a claim -------------------------------------------------------------


@pytest.mark.parametrize("sentence, verb", [
    ("Council to close three libraries.", "to close"),
    ("Harrow Council to close Eastgate library next year.", "to close"),
    ("The county council is to close three libraries.", "to close"),
    ("Bus firm to axe four rural routes.", "to axe"),
    ("Supermarket chain to shed hundreds of jobs.", "to shed"),
])
def test_a_headline_style_intent_is_a_claim(sentence, verb):
    found = added_claims(sentence)
    assert [kind for kind, _ in found] == ["unsourced"], found
    assert f"intent \u201c{verb}\u201d" in found[0][1], found


def test_a_sourced_intent_is_sourced():
    found = added_claims("Council to close three libraries, its leader Ann Grey said.")
    assert [kind for kind, _ in found] == ["sourced"], found
    assert "intent" in found[0][1], found


@pytest.mark.parametrize("sentence", [
    "We went to see the match on Saturday.",
    "She went to close the shop on Friday.",
    "The mayor wants to close three libraries.",
    "Time to end the war in Europe.",
    "It is hard to cut three libraries from a budget.",
    "Their idea is to raise taxes for three million families.",
    "The government continues to spend three times too much.",
    "Number two is to cut spending on three programmes.",
])
def test_an_ordinary_infinitive_is_no_intent(sentence):  # (guards: none is an intent on main either)
    assert not any("intent" in detail for _, detail in added_claims(sentence))


# --- 2. offices in the plural and the sides of a court case are sources by role --------------------------


@pytest.mark.parametrize("text", [
    "On Monday the wardens said 40 homes were hit.",
    "The town lost 40 homes, rangers said.",
    "State troopers said 12 cars were stolen.",
    "The prosecution said the man stole 40 cars.",
    "The jury heard the man stole 40 cars, the defence said.",
    "In court, the defense argued that 40 files were missing.",
    "Coroners said 40 people had died in the fires.",
    "The coastguard said 12 people were rescued.",
])
def test_an_office_named_as_a_group_is_a_source_by_role(text):
    assert attribution_kind(text) == "role"


def test_a_sentence_sourced_by_the_wardens_is_sourced():
    assert added_verdicts("The storm brought down 40 trees on the common, wardens said.") == ["sourced"]


def test_provenance_lists_the_prosecution_as_a_named_source():
    text = ("Man jailed for theft\n\nBy Anna Berg\nPublished 3 March 2026\n\nThe prosecution said the man "
            "stole 40 cars.\n\nCouncillor Dee Marsh said the work would start in June.\n")
    sig = provenance.score(prepare(text), Settings())
    detail = next(e.detail for e in sig.evidence if e.kind == "named sources with roles")
    assert "The prosecution" in detail, detail


@pytest.mark.parametrize("text, kind", [
    ("Critics said the scheme cost 40 million pounds.", "weasel"),  # no one a reader can ask
    ("Librarians said 40 branches were shut.", "weasel"),  # a trade named as a group
    ("Glasgow Rangers said 40 fans were hurt.", "named"),  # the club
    ("The prosecution of 40 protesters was dropped.", None),  # no verb of saying
])
def test_other_senses_keep_their_reading(text, kind):  # (guards)
    assert attribution_kind(text) == kind
