"""Loaded language version 57 (helper loaded33): content-farm filler and appeals to unnamed
authority.

- a content farm's stock openings and fillers ("In today's fast-paced world", "It is important
  to note", "unlock the secrets", "a game changer") are editorial or exaggeration terms;
- an appeal to what unnamed authority has settled ("Experts agree", "Studies have shown",
  "Research suggests", "Science has proven") counts as one editorial term, unless the study is
  named in the same or the next sentence (a named source, a publication, a citation): unsourced
  claims lists these too, but weighs 0 in the index, so they had cost nothing;
- a reporter's unnamed officials and a report's "Scientists say ..." stay unsourced claims only;
  "In conclusion," is a plain discourse marker.
Fixtures are sentences written for these tests."""

import pytest

from loaded_helpers import author_terms, loaded_evidence
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare


@pytest.mark.parametrize("text, words", [
    ("In today's fast-paced world, a good kettle is more than an appliance.", "in today's fast-paced world"),
    ("In this day and age, everyone needs a side hustle.", "in this day and age"),
    ("It is important to note that every garden is different.", "it is important to note"),
    ("These five habits will unlock the secrets of deep sleep.", "unlock the secrets"),
    ("The folding bike is a real game changer for renters.", "game changer"),
])
def test_content_farm_filler_is_a_loaded_term(text, words):
    assert words in author_terms(text), loaded_evidence(text)


@pytest.mark.parametrize("text, words", [
    ("Experts agree that green tea can boost your mood.", "experts agree"),
    ("Studies have shown that cold showers may strengthen the immune system.", "studies have shown"),
    ("Research suggests that standing desks can add years to your life.", "research suggests"),
    ("Scientists agree that a daily walk changes everything.", "scientists agree"),
])
def test_an_appeal_to_unnamed_authority_is_an_editorial_term(text, words):
    sig = loaded_language.score(prepare("The council met on Tuesday. " + text), Settings())
    appeals = [e for e in sig.evidence if e.detail == loaded_language.APPEAL_DETAIL]
    assert [e.text.lower() for e in appeals] == [words], loaded_evidence(text)
    assert appeals[0].kind == "editorial"


@pytest.mark.parametrize("text", [
    "Research suggests that standing desks help, according to a 2022 study in the BMJ.",
    "Research suggests that standing desks help. A 2022 trial by the University of Bergen found a small effect.",
    "Studies have shown that standing desks help (Haugen et al., 2022).",
    "Research from the University of Bergen suggests that standing desks help.",
    "Officials said the ferry would resume on Monday.",
    "Scientists say the meteor shower will peak on Saturday night.",
    "In conclusion, the committee recommends a second survey of the harbour wall.",
])
def test_a_named_study_or_a_plain_report_costs_nothing(text):
    assert author_terms(text) == [], loaded_evidence(text)


def test_an_appeal_in_a_quotation_is_the_speakers():
    text = 'The head teacher said: "Studies have shown that pupils learn better after a break."'
    assert author_terms(text) == [], loaded_evidence(text)
