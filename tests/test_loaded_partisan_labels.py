"""Loaded language version 51 (helper insults18): partisan labels flagged evenly, whichever side
uses them. A label for the press, a class of people, an industry or an institution counts as
derogatory from the left as from the right; the plain senses of the same words count nothing.
Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence


# 1. mirrored labels: each pair is one label of either side; both count

MIRRORS = [
    ("Once again the fake news media looked away from the story.",
     "Once again the corporate media looked away from the story."),
    ("Voters are tired of coastal elites telling them how to live.",
     "Voters are tired of the billionaire class telling them how to live."),
    ("The senator has taken money from Big Pharma for years.",
     "The senator has taken money from Big Oil for years."),
    ("The senator has taken money from Big Pharma for years.",
     "The senator has taken money from Big Tech for years."),
    ("Parents are worried about corrupt schools in the district.",
     "Parents are worried about woke schools in the district."),
    ("The mainstream media barely covered the vote.",
     "The legacy media barely covered the vote."),
]


@pytest.mark.parametrize("one, other", MIRRORS)
def test_a_label_counts_whichever_side_uses_it(one, other):
    assert _author(one), one
    assert _author(other), other


@pytest.mark.parametrize("text, label", [
    ("Lobbyists for Big Tobacco filled the hearing room.", "big tobacco"),
    ("Most of the farm bill was written by Big Ag, and it shows.", "big ag"),
    ("The bill is a gift to Big Business.", "big business"),
    ("Woke corporations now run the hiring process.", "woke"),
    ("Even woke teachers were unhappy with the plan.", "woke"),
    ("The donor class got everything it asked for.", "the donor class"),
    ("Nobody in the billionaire classes pays that rate.", "billionaire classes"),
])
def test_labels_of_an_industry_a_class_or_an_institution(text, label):
    assert any(label in t for t in _author(text)), _evidence(text)


# 2. plain senses of the same words count nothing

@pytest.mark.parametrize("text", [
    "A big oil spill closed two beaches on the coast.",
    "Big oil companies cut their spending last quarter.",
    "Big tech companies reported higher profits this spring.",
    "The tourists photographed Big Ben at noon.",
    "Tech companies hired fewer graduates this year.",
    "She woke early and drove to the station.",
    "The storm woke the whole street at three in the morning.",
    "The corporate offices moved to a new building.",
    "The media covered the vote in detail.",
])
def test_plain_senses_count_nothing(text):
    assert _author(text) == [], _evidence(text)


# 3. named or quoted, a label is the speaker's or a term under discussion, not the author's

@pytest.mark.parametrize("text", [
    'The candidate told the crowd that "the corporate media" had ignored her.',
    'He said "Big Oil" would fight the bill.',
    'She called them "woke schools" in her speech.',
    'The phrase "the billionaire class" first appeared in his speeches last year.',
])
def test_a_quoted_label_is_not_the_authors(text):
    assert _author(text) == [], _evidence(text)
