"""Loaded language version 57 (helper mirror21): state propaganda about enemies and friends and a
firm's puffery of its own acts count as emotive, as praise19's praise of a leader does; their plain
neighbours (sport's "convincing victory", physics' "external forces", troops) count nothing.
Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import committee_author as _author, committee_evidence as _evidence


@pytest.mark.parametrize("text", [
    "Certain circles abroad and their paid agents tried to spoil the count.",
    "Western circles have never accepted the will of our voters.",
    "Hostile forces spread lies about the vote on social media.",
    "The protests were orchestrated from abroad, the ministry said in its own bulletin.",
    "Attempts by external forces to divide the nation have failed.",
    "The two fraternal nations signed a new trade pact in the capital.",
    "Voters came to the polls in a spirit of high civic spirit and unity.",
    "These provocations by hostile forces aim to destabilise the region.",
])
def test_state_propaganda_about_enemies_and_friends(text):
    assert _author(text), _evidence(text)


@pytest.mark.parametrize("text", [
    "This year the group took bold, transformative steps towards its goals.",
    "I could not be prouder of the people across the country who made it happen.",
    "We want the group to be a force for good in our towns.",
    "The board has never been prouder of the firm's results.",
])
def test_corporate_puffery(text):
    assert _author(text), _evidence(text)


@pytest.mark.parametrize("text", [
    "Leeds won a convincing victory over Hull on Saturday.",
    "External forces act on the beam at both ends.",
    "Foreign forces left the province in 2021.",
    "The army called the missile test a provocation.",
    "The two nations signed a new trade pact in the capital.",
])
def test_plain_neighbours_count_nothing(text):
    assert _author(text) == [], _evidence(text)
