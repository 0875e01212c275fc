"""Loaded language version 59 (helper loaded34): plain senses that still counted, and labels
still without their mirror.

Plain: a fuel, a weapon or washing named "dirty" ("replace dirty coal", "a dirty bomb", "dirty
dishes"); "admit" said of anyone's readiness or after a modal ("Few people are willing to admit
they were wrong", "Good policy can admit it might need fixing"); "complained" with parents,
residents or customers as its subject ("Parents had complained that ..."). Their loaded uses keep
their cue ("dirty politics", "the minister admitted", "forced to admit", "The senator complained
that ..."). Labels: each side's label counts as its mirror does, in every frame ("climate
criminals" / "economic criminals", "cultural Marxists" / "Christian nationalists", "coddle" /
"harass"). Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import author_terms, loaded_evidence


@pytest.mark.parametrize("text", [
    "The new plant would replace dirty coal in two old power stations.",
    "Buses running on dirty diesel will be banned from the centre in 2028.",
    "Police found materials for a dirty bomb in the garage.",
    "The volunteers washed the dirty dishes after the lunch.",
    "Good policy can admit it might need fixing.",
    "A sound plan should admit its own limits.",
    "Few people are willing to admit they were wrong about the route.",
    "The board was slow to admit the timetable had flaws.",
    "Parents had complained that some passages were too explicit for young children.",
    "Residents complained that the buses were late every morning.",
    "Several customers have complained to the bank that the app was down.",
    "Commuters often complained about the timetable changes.",
])
def test_plain_senses_count_nothing(text):
    assert author_terms(text) == [], loaded_evidence(text)


@pytest.mark.parametrize("text, word", [
    ("This was dirty politics from start to finish.", "dirty"),
    ("The minister admitted the plan had failed.", "admitted"),
    ("The mayor was finally forced to admit the error.", "admit"),
    ("The senator complained that the press was unfair to her.", "complained"),
    ("The chairman complained bitterly that the inquiry was a waste of time.", "complained"),
])
def test_loaded_uses_keep_their_cue(text, word):
    assert word in author_terms(text), loaded_evidence(text)


MIRRORS = [  # (a left-wing writer's label for the right, a right-wing writer's for the left)
    ("climate criminals", "economic criminals"),
    ("Christian nationalists", "cultural Marxists"),
    ("MAGA cultists", "woke cultists"),
    ("book burners", "activist judges"),
]
FRAMES = ["They are {}.", "These {} want to decide what your children read.", "Don't let the {} win the vote."]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("left, right", MIRRORS)
def test_each_label_counts_as_its_mirror_does(left, right, frame):
    left_terms, right_terms = author_terms(frame.format(left)), author_terms(frame.format(right))
    assert len(left_terms) == len(right_terms) == 1, (left_terms, right_terms)


@pytest.mark.parametrize("left, right", [
    ("They want to harass the neighbourhoods.", "They want to coddle the criminals."),
    ("The council keeps harassing the poorest tenants.", "The council keeps coddling the repeat offenders."),
])
def test_soft_on_crime_is_as_loaded_as_harassment(left, right):
    assert len(author_terms(left)) == len(author_terms(right)) == 1, (loaded_evidence(left), loaded_evidence(right))


def test_the_courts_war_criminals_stay_plain():
    assert author_terms("Three war criminals were sentenced at The Hague on Monday.") == []
