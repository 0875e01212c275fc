"""Loaded language 80 (loose27): a group's label as a plain subject or a possessive, decided from
the words, the same for either side.

- "crowd" (or "brigade") after a side's word or a persuasion, with "the" before it, is the
  writer's one derogatory label ("the MAGA crowd cheered", "the progressive crowd left early");
  a crowd counted or placed is a gathering ("a MAGA crowd of 5,000", "the crowd at the rally"),
  and "MAGA supporters", "progressive activists" are plain. "mob" is a label alone: after a
  one-word label it joins it ("the leftist mob", one label as "the right-wing mob").
- a possessive holds its label as the plain form does ("the radical left's plan" as "the radical
  left plan"; "the far right's talking points" counts nothing, as "far right" does not).
Fixtures are written for these tests."""

import pytest
from loaded_helpers import author_terms


@pytest.mark.parametrize("text, label", [
    ("The MAGA crowd cheered.", "maga crowd"),
    ("The woke crowd booed the speaker.", "woke crowd"),
    ("The progressive crowd left early.", "progressive crowd"),
    ("The conservative crowd jeered.", "conservative crowd"),
    ("The Trump crowd chanted.", "trump crowd"),
    ("The liberal crowd applauded.", "liberal crowd"),
    ("The woke mob left early.", "woke mob"),
    ("The MAGA mob stormed the hall.", "maga mob"),
    ("The leftist mob marched downtown.", "leftist mob"),
    ("The right-wing mob gathered outside.", "right-wing mob"),
])
def test_a_group_label_as_subject_is_one_label_of_the_writers(text, label):
    assert author_terms(text) == [label]


@pytest.mark.parametrize("text", [
    "MAGA supporters cheered.",
    "Progressive activists left early.",
    "Conservative voters cheered.",
    "Liberal students marched to the library.",
    "A MAGA crowd of 5,000 cheered in the stadium.",
    "A progressive crowd of 3,000 filled the square.",
    "The crowd at the MAGA rally cheered.",
    "The home crowd cheered.",
    "A crowd gathered outside the town hall.",
])
def test_plain_groups_and_gatherings_count_nothing(text):
    assert author_terms(text) == []


@pytest.mark.parametrize("possessive, plain", [
    ("The radical left's plan was unveiled.", "The radical left plan was unveiled."),
    ("The radical right's plan was unveiled.", "The radical right plan was unveiled."),
    ("The woke mob's demands were read out.", "The woke mob demands were read out."),
    ("The MAGA crowd's chants grew louder.", "The MAGA crowd chants grew louder."),
    ("The globalist's plan was unveiled.", "The globalist plan was unveiled."),
    ("The libtard's post went viral.", "The libtard post went viral."),
    ("The Trump mob's leader spoke.", "The Trump mob leader spoke."),
])
def test_a_possessive_label_counts_as_the_plain_one(possessive, plain):
    found = author_terms(possessive)
    assert len(found) == 1 and len(found) == len(author_terms(plain))


@pytest.mark.parametrize("text", [
    "The far right's talking points were repeated.",
    "The left's plan was unveiled.",
    "The progressive movement's plan was unveiled.",
    "The council's plan was unveiled.",
    # a capitalised possessive is a name's, not the cue's
    "Comey agreed to Lynch’s request.",
    "Richard Petty's remarks went further.",
    "The deal was a Fool's Errand, the report found.",
])
def test_a_plain_possessive_counts_nothing(text):
    assert author_terms(text) == []
