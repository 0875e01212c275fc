"""Loaded language version 49 (loaded30): plain senses of cue words, as classes, read from the
tables of loaded_language.txt ([literal_senses], [object_senses], [not loaded]): sport's foul
and the verb of dirtying water, biology's parasite, the garment fleece, "clearly" as a manner
adverb, idioms of liking and of a small error, claiming an offer. Each class comes with loaded
uses it must keep counting. Fixtures are written for these tests."""

import pytest
from loaded_helpers import author_terms as _terms


@pytest.mark.parametrize("text", [
    # sport's foul: a referee, a penalty, a tackle in the sentence
    "The striker went down in the box and the referee blew for a foul.",
    "Their keeper appealed for a foul after the corner, but play went on.",
    "He was booked for a late foul on the halfway line and missed the next game.",
    "United fouled eleven times in the first half, and the referee showed two cards for tackles.",
    # the verb of dirtying water
    "Farms that foul the river with slurry now face a fine of up to 20,000 pounds.",
    "Sewage from the broken pipe fouled two beaches south of the harbour last week.",
    # biology's parasite
    "Giardia, a parasite found in untreated water, causes cramps and diarrhoea in most people infected.",
    "Vets say the parasites live in a dog's gut and spread through its droppings.",
    "Ticks carry a parasitic infection that can be treated if caught early.",
    # the garment
    "The guide wore a green fleece and a wool hat against the wind on the ridge.",
    "Fleeces and waterproof jackets are on sale in the visitor centre.",
    # "clearly" as a manner adverb
    "Sales fell most clearly in the smaller shops, where footfall dropped by a third.",
    "The new lights let drivers see the crossing more clearly at night.",
    "The rota helps staff think clearly about who covers each shift.",
    "Each bin is clearly labelled with the materials it takes.",
    # idioms of liking and of a small error
    "Toddlers go crazy for the sandpit, and parents like the shade of the new trees.",
    "The dough is forgiving, so even a beginner cannot mess it up.",
    "Staff were asked not to mess up the booking system again during the busy week.",
    # claiming an offer
    "Members can claim a discount of ten percent at the cafe by showing their card.",
    "Readers who sign up this month can claim their free sample at any branch.",
])
def test_plain_sense_counts_nothing(text):
    assert _terms(text) == []


@pytest.mark.parametrize("text,cue", [
    ("The landlords fleece their tenants every single month.", "fleece"),
    ("These politicians are parasites who live off the taxpayer.", "parasites"),
    ("The report was a foul slander on honest workers.", "foul"),
    ("This is clearly a cover-up by the mayor's office.", "clearly"),
    ("Clearly, the board never read the warnings it was sent.", "clearly"),
    ("The crazy scheme will cost every family a fortune.", "crazy"),
    ("The whole budget is a mess of broken promises.", "mess"),
    ("The minister claimed the audit had found nothing wrong.", "claimed"),
])
def test_loaded_use_still_counts(text, cue):
    assert cue in _terms(text)
