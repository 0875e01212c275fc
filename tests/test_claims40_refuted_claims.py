"""(claims40) A fact-check's paraphrase of a false claim ("The posts also falsely claim that
dozens of children were taken to hospital") reports what the posts claim, with the writer's
verdict ("falsely") on it: no unsourced claim of the writer's. A thing's claim the writer does not
mark false stays a claim (a vague source), and so does a person's."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_text

HEAD = ("Fact check: the town's water has not been poisoned\n\nBy Mira Holt\nPublished 3 March 2026\n\n"
        "Northshire Water said tests on Monday found the supply was safe.\n\n")


def _claims(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in score_text(text).signals["unsourced_claims"].evidence
            if e.kind in ("sourced", "unsourced")}


@pytest.mark.parametrize("sentence", [
    "The posts also falsely claim that dozens of children were taken to hospital after drinking it.",
    "A video viewed 200,000 times wrongly says that 14 people died after drinking tap water.",
    "One message forwarded on WhatsApp incorrectly states that 300 homes were cut off last week.",
    "The leaflets claim, without evidence, that 40% of the reservoir was contaminated in 2025.",
    "Several posts claim falsely that the council closed 12 schools because of the water.",
])
def test_a_things_claim_marked_false_is_no_claim_of_the_writers(sentence):
    claims = _claims(HEAD + sentence + "\n")
    assert sentence not in claims, claims


@pytest.mark.parametrize("sentence", [
    "A viral post says that 14 people died after drinking tap water.",
    "The woman in a video posted online wrongly says that 14 people died after drinking tap water.",
])
def test_an_unmarked_or_a_persons_claim_is_still_a_claim(sentence):
    claims = _claims(HEAD + sentence + "\n")
    assert sentence in claims, claims


def test_a_fact_check_of_false_posts_is_not_mostly_unsourced():
    text = HEAD + ("The posts also falsely claim that dozens of children were taken to hospital after drinking it. "
                   "A video viewed 200,000 times wrongly says that 14 people died.\n\n"
                   "The county hospital said it had treated no children for poisoning in March.\n")
    score = score_text(text).signals["unsourced_claims"]
    assert score.details["unsourced"] == 0, score.evidence
