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

# Texts whose word (second) is a plain noun of its field: not the writer's loaded term. Each fails
# on main.
PLAIN = [
    # 1. "claims" the noun after a verb that takes it
    ("Beijing has been claiming territory in the sea and making similar claims elsewhere in the region.", "claims"),
    ("The ministry denied claims that the vessel had entered the zone.", "claims"),
    ("The firm filed claims with three insurers after the fire.", "claims"),
    # 2. "enemy" of a military report
    ("The navy is now concerned about an enemy landing on the outer islands.", "enemy"),
    ("The patrol came under enemy fire near the river crossing.", "enemy"),
    ("Radar crews tracked enemy aircraft over the strait for an hour.", "enemy"),
    ("The exercise trained the unit to hold a line against enemy troops.", "enemy"),
]

# Guards, passing on main too: read as the noun on main already (another rule), and still so
PLAIN_BEFORE = [
    ("Officials made claims about the cost of the bridge at the meeting.", "claims"),
    ("The panel rejected separate claims from two suppliers.", "claims"),
]

# Guards: the loaded use keeps its cue (the word's start is enough: "claims", "claiming")
LOADED = [
    ("The senator claims the vote was rigged by his rivals.", "claim"),  # the verb of saying after a subject
    ("The press claims the minister hid the report.", "claim"),  # "press" is no verb here
    ("He denied claiming that the count was wrong.", "claim"),  # a gerund of saying is read as before
    ("The editor is an enemy of freedom and must go.", "enemy"),
    ("The enemy is at the gates of our town hall.", "enemy"),
    ("These people are the enemy, and everyone in this town knows it.", "enemy"),
]


@pytest.mark.parametrize(("text", "word"), PLAIN)
def test_plain_noun_of_its_field_is_no_loaded_term(text, word):
    assert word not in author_terms(text)


@pytest.mark.parametrize(("text", "word"), PLAIN_BEFORE)
def test_guard_plain_noun_read_before(text, word):
    assert word not in author_terms(text)


@pytest.mark.parametrize(("text", "word"), LOADED)
def test_guard_loaded_use_keeps_its_cue(text, word):
    terms = author_terms(text)
    assert any(t.startswith(word) for t in terms), terms
