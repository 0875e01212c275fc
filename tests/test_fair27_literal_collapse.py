"""Loaded language 75 (fair27): "collapse" in plain reporting is no loaded word. As a class: a
structure falling, talks, a deal or a trial ending, a market, a price or a firm failing, a fish
stock or an animal population crashing, a patient falling ill, the verb and the noun alike
(loaded_language.txt [literal_senses]); a whole short report on one of them scores as plain
prose. Near-misses that keep the cue: a society, a country, its values or the writer's opponents
collapsing, a coalition or the support for a plan. Fixtures are written for these tests."""

import pytest
from loaded_helpers import author_terms

import xlplugin


@pytest.mark.parametrize("text", [
    # a structure
    "The roof of the village sports centre collapsed under the weight of snow on Sunday.",
    "Part of the old railway bridge collapsed into the river in 1953.",
    "A tunnel under the canal partly collapsed while crews were working inside it.",
    # talks, a deal, a trial
    "Talks between the bus drivers and the operator collapsed late on Thursday.",
    "The merger collapsed when the buyer's bank withdrew its loan.",
    "The fraud trial collapsed after a juror fell ill.",
    # a market, a price, a firm
    "Wool prices collapsed in the 1990s and many farms sold their flocks.",
    "The lender collapsed in 2008 and its customers were moved to another bank.",
    # a stock or a population
    "The herring stock in the firth collapsed in the late 1970s, survey records show.",
    "Puffin colonies on the island have collapsed since 2010, the trust said.",
    "The collapse of the mackerel fishery cost about 900 jobs along the coast.",
    "A sudden collapse in the eel population was first recorded in 1980, the agency said.",
    "The Slow Collapse of the Wexmoor Oyster Fishery",
    # a person
    "The patient collapsed in the waiting room and was treated by paramedics.",
])
def test_collapse_in_plain_reporting_counts_nothing(text):
    assert not any("collaps" in t for t in author_terms(text)), author_terms(text)


@pytest.mark.parametrize("text", [
    "Our whole way of life is collapsing while the elites look away.",
    "This country is collapsing under the weight of its own lies.",
    "The moral collapse of the people in charge is plain to see.",
    "Everything collapsed the moment the minister opened his mouth.",
    "The coalition collapsed after the vote on the budget.",
    "Support for the scheme has collapsed over the summer.",
])
def test_collapse_as_a_figure_still_counts(text):
    assert any("collaps" in t for t in author_terms(text)), author_terms(text)


def test_a_short_report_on_a_collapse_scores_as_plain_prose():
    plain = ("The roof of the Millbrook leisure centre collapsed on Wednesday after a night of heavy snow, "
             "fire officer Jane Kerr said. Nobody was inside at the time, she said. "
             "The school board said repairs would take about four months.")
    same = plain.replace("collapsed", "fell in")
    a, b = xlplugin.score_text(plain), xlplugin.score_text(same)
    assert a.signals["loaded_language"].value == b.signals["loaded_language"].value == 0
    assert abs(a.reliability - b.reliability) < 0.5
