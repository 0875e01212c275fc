"""Claims a final tester found missed or false (claims5), each fixed as a class:

1. a superlative after "the" ("one of the -est", "the most X") and an amount compared ("more X
   than") are claims without a name or a number; a sentence leaning on a weasel attribution
   ("Scientists say", "Everyone knows") is a claim presented as fact;
2. a line that is only a byline, a credit or an update stamp with its date is no claim;
3. a model designation ("F-35", "A320") is a name, neither a number nor an actor.

Every text here was written for these tests.
"""

from __future__ import annotations

import pytest
from attribution_helpers import claim_verdicts as _claims

from xlplugin import claim_lines
from xlplugin.scorers import unsourced_claims
from xlplugin.text import prepare

LEAD = "The parish board met on Monday. "


@pytest.mark.parametrize("sentence", [
    "Cold porridge is one of the dullest breakfasts in the county.",
    "The east pier is the most crowded spot on a summer weekend.",
    "Tap water holds more chlorine than the spring by the mill.",
    "The new ferries burn less fuel than the old boats.",
])
def test_a_ranking_or_an_amount_compared_is_a_claim(sentence):
    assert sentence in _claims(LEAD + sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Researchers say the paint is poisonous.",
    "Everyone knows the raffle was fixed.",
    "Experts say the ferry is safe.",
])
def test_a_weasel_attribution_makes_a_claim(sentence):
    verdict = _claims(LEAD + sentence).get(sentence, "")
    assert verdict.startswith("unsourced"), (sentence, verdict)


@pytest.mark.parametrize("sentence", [
    "The choir likes to make the most of a sunny day.",
    "The choir sang more than ever.",
    "Experts say we should visit the pier?",
    "The committee should consider it further.",
])
def test_no_ranking_no_claim(sentence):
    assert sentence not in _claims(LEAD + sentence), sentence


@pytest.mark.parametrize("line", [
    "Interview by Nora Quist, 9 October 2024",
    "Words by Tom Roe | 4 May 2024",
    "Harbour Gazette Updated on 2023-11-02",
    "Last updated: March 4, 2025",
])
def test_a_byline_or_stamp_line_is_no_claim(line):
    text = f"The parish fair opened.\n\n{line}\n\nStalls sold jam and cakes all afternoon."
    assert line not in _claims(text), line


def test_a_stamp_inside_prose_is_still_a_claim():
    sentence = "Ticket sales were updated on 2 May 2024 after 300 more were sold."
    assert sentence in _claims(f"The parish fair opened.\n\n{sentence}")


@pytest.mark.parametrize("sentence", [
    "The museum keeps an F-35 and a Tu-142 next to the cafe.",
    "The airline now flies the A320 on the island route.",
    "Two H-6s were parked beside the hangar at dawn.",
])
def test_a_model_designation_is_no_figure_nor_actor(sentence):
    reasons = unsourced_claims.check_worthy_reasons(doc := prepare(LEAD + sentence), doc.sentences[-1])
    assert not any(r.startswith(("number \u201c", "named actor")) for r in reasons), reasons


def test_an_amount_or_a_disease_code_still_counts():
    doc = prepare(LEAD + "The fare rose to R500 while COVID-19 cases fell.")
    reasons = unsourced_claims.check_worthy_reasons(doc, doc.sentences[-1])
    assert any(r.startswith("number \u201cR500") for r in reasons), reasons


def test_stamp_rule_listed():
    assert "stamp line" in [rule for rule, _ in claim_lines.CLAIM_LINE_RULES]
