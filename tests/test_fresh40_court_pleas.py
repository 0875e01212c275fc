"""(fresh40) A court report's "Marsh admitted 12 counts of fraud" counted "admitted" as the
writer's loaded verb of attribution (a concession framed as such), 8 points off the index of a
plain court report (86 against 94 with "pleaded guilty to"). Admitting a charge in court is a plea:
"admitted" with a charge, a count or an offence as its object counts nothing; "admitted that ..."
keeps its cue."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text

HEAD = ("Man jailed for fraud against neighbours\n\nBy Rob Kane\nPublished 16 March 2026\n\n"
        "A man who stole \u00a385,000 from elderly neighbours was jailed for six years at Leeds Crown Court "
        "on Tuesday, the court heard. ")


def _terms(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.text.lower()) for e in score_text(text).signals["loaded_language"].evidence]


@pytest.mark.parametrize("plea", [
    "Marsh admitted 12 counts of fraud.",
    "He admitted two charges of theft at an earlier hearing.",
    "She admitted the offence when she appeared before magistrates.",
    "He admitted causing death by dangerous driving.",
    "The firm admitted breaching health and safety law.",
])
def test_a_plea_in_court_is_no_loaded_verb(plea):
    assert ("attribution", "admitted") not in _terms(HEAD + plea)


def test_a_court_report_scores_as_with_pleaded_guilty():
    admitted = score_text(HEAD + "Marsh admitted 12 counts of fraud.")
    pleaded = score_text(HEAD + "Marsh pleaded guilty to 12 counts of fraud.")
    assert admitted.reliability == pleaded.reliability


@pytest.mark.parametrize("sentence", [
    "The minister admitted that the plan had failed.",
    "The council finally admitted the figures were wrong.",
])
def test_an_admission_framed_as_a_concession_still_counts(sentence):
    assert ("attribution", "admitted") in _terms(HEAD + sentence)
