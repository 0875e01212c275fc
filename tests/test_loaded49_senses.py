"""loaded49: words read as the writer's loaded terms that are plain nouns of their field, as
classes. Every text is written for these tests.

1. "claim"/"claims" as the object of a verb that takes the noun ([claim_taking_verbs]: "making
   similar claims elsewhere", "denied claims that", "filed claims"), right before it or across
   words of [claim_adjective_words], is the noun, not the loaded verb of saying
   (loaded_senses._claim_noun). A seed's report on territorial disputes read "making similar
   claims" as the verb.
2. "enemy" of a military report, heading the other side's forces, weapons or ground ("an enemy
   landing", "under enemy fire", "behind enemy lines": [object_senses]), is the field's term, not
   a label the writer pins on people. A seed's defence analysis read "an enemy landing" as emotive.

Guards (they pass on main too) are named test_guard_*.
"""

from __future__ import annotations

import pytest
from loaded_helpers import author_terms

# 1. "claims" the noun after a verb that takes it ----------------------------------------------

CLAIM_NOUNS = [
    "Beijing has been claiming territory in the sea and making similar claims elsewhere in the region.",
    "The ministry denied claims that the vessel had entered the zone.",
    "The firm filed claims with three insurers after the fire.",
]


@pytest.mark.parametrize("text", CLAIM_NOUNS)
def test_claim_noun_after_taking_verb(text):
    assert "claims" not in author_terms(text)


# read as the noun on main already (another rule), and still so
CLAIM_NOUNS_BEFORE = [
    "Officials made claims about the cost of the bridge at the meeting.",
    "The panel rejected separate claims from two suppliers.",
]


@pytest.mark.parametrize("text", CLAIM_NOUNS_BEFORE)
def test_guard_claim_noun_read_before(text):
    assert "claims" not in author_terms(text)


CLAIM_VERBS = [
    "The senator claims the vote was rigged by his rivals.",  # the verb of saying after a subject
    "The press claims the minister hid the report.",  # "press" is no verb here: it stays the verb
    "He denied claiming that the count was wrong.",  # a gerund of saying is read as before
]


@pytest.mark.parametrize("text", CLAIM_VERBS)
def test_guard_claim_verb_keeps_its_cue(text):
    terms = author_terms(text)
    assert any(t.startswith("claim") for t in terms), terms


# 2. "enemy" of a military report ---------------------------------------------------------------

ENEMY_TERMS = [
    "The navy is now concerned about an enemy landing on the outer islands.",
    "The patrol came under enemy fire near the river crossing.",
    "Radar crews tracked enemy aircraft over the strait for an hour.",
    "The exercise trained the unit to hold a line against enemy troops.",
]


@pytest.mark.parametrize("text", ENEMY_TERMS)
def test_enemy_of_a_military_report(text):
    assert "enemy" not in author_terms(text)


ENEMY_LABELS = [
    "The editor is an enemy of freedom and must go.",
    "The enemy is at the gates of our town hall.",
    "These people are the enemy, and everyone in this town knows it.",
]


@pytest.mark.parametrize("text", ENEMY_LABELS)
def test_guard_enemy_as_a_label_keeps_its_cue(text):
    assert "enemy" in author_terms(text)
