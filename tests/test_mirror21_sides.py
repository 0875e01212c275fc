"""Loaded language version 57 (helper mirror21): each side's label has its mirror. A label one
side's writer puts on the other counts as the label it mirrors does, with the same strength; the
plain senses of the same words count nothing. Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence

# (left-wing writer's label for the right, right-wing writer's label for the left)
MIRRORS = [
    ("bigots", "groomers"),
    ("Big Oil lobbyists", "the green lobby"),
    ("bootlickers", "race hustlers"),
    ("Trumpists", "libtards"),
    ("theocrats", "globalists"),
    ("climate deniers", "climate alarmists"),
    ("anti-vaxxers", "vaccine fanatics"),
    ("Karens", "social justice warriors"),
    ("MAGA extremists", "radical leftists"),
    ("book burners", "activist judges"),
    ("copaganda pushers", "the defund crowd"),
    ("deplorables", "snowflakes"),
]
FRAMES = [
    "These {} want to choose which books the library may keep.",
    "Once again {} got their way at the county hall.",
    "Nobody voted for {}, yet they keep writing the rules.",
]


def _terms(label: str, frame: str) -> list[str]:
    return _author(frame.format(label))


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("left, right", MIRRORS)
def test_each_side_label_counts_as_its_mirror(left, right, frame):
    one, other = _terms(left, frame), _terms(right, frame)
    assert one, _evidence(frame.format(left))
    assert other, _evidence(frame.format(right))
    assert len(one) == len(other), (one, other)


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("left, right", [("union bosses", "billionaire donors")])
def test_labels_a_report_also_uses_are_weak_on_both_sides(left, right, frame):
    """Counted only beside another loaded word, whichever side's."""
    assert _terms(left, frame) == _terms(right, frame) == []
    loaded = "Greedy {} got their way again at the county hall."
    assert len(_author(loaded.format(left))) == len(_author(loaded.format(right))) == 2


def test_a_police_state_mirrors_anarchy():
    assert _author("The new law will turn the county into a police state.")
    assert _author("The new law will turn the county into anarchy.")


@pytest.mark.parametrize("text", [
    "The dog groomers on Mill Lane raised their prices in the spring.",
    "Our groomer clipped the puppy's coat before the show.",
    "Snow groomers worked through the night on the upper ski slopes.",
    "Ethnic Karens fled across the border into Thailand last week.",
    "The court heard that the two criminals had stolen four cars.",
    "Union bosses said the strike would start on Monday.",
    "Billionaire donors gave more than $2m to the campaign, filings show.",
    "Karen Ellis, the head teacher, opened the new library.",
])
def test_plain_senses_count_nothing(text):
    assert _author(text) == [], _evidence(text)


@pytest.mark.parametrize("text", [
    'She said the "book burners" had lost in court.',
    'He called his opponents "race hustlers" in a speech on Friday.',
])
def test_a_quoted_label_is_the_speakers(text):
    assert _author(text) == [], _evidence(text)
