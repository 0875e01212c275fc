"""Sentiment: VADER per sentence, aggregated; never VADER on the whole document."""

from __future__ import annotations

import pytest

from xlplugin.scorers import sentiment
from xlplugin.settings import Settings
from xlplugin.text import prepare
from xlplugin import vader

from samples import CALM_REPORT, CHARGED_RANT, HAPPY_NOTE


def run(text):
    return sentiment.score(prepare(text), Settings())


@pytest.mark.parametrize(
    "text, low, high",
    [
        # A factual council report: VADER finds little feeling; mean compound near 0 (within 0.3).
        (CALM_REPORT, -0.3, 0.3),
        # Every sentence strongly negative: mean compound well below -0.5.
        (CHARGED_RANT, -1.0, -0.5),
        # Every sentence strongly positive.
        (HAPPY_NOTE, 0.5, 1.0),
    ],
)
def test_polarity(text, low, high):
    assert low <= run(text).value <= high


def test_intensity_drives_the_normalised_score():
    assert run(CALM_REPORT).score > 0.8
    assert run(CHARGED_RANT).score < 0.2
    # Strong positive feeling is as much a slant signal as strong negative.
    assert run(HAPPY_NOTE).score < 0.5


def test_value_is_the_mean_of_sentence_compounds():
    doc = prepare(CHARGED_RANT)
    expected = sum(vader.compound(s.text) for s in doc.sentences) / len(doc.sentences)
    assert run(CHARGED_RANT).value == pytest.approx(expected, abs=1e-4)


def test_long_document_does_not_saturate():
    # Whole-document VADER on 40 copies of one mildly negative sentence gives about -1; per
    # sentence, the mean is that sentence's own compound.
    sentence = "The delay was slightly annoying for some residents."
    one = vader.compound(sentence)
    result = run(" ".join([sentence] * 40))
    assert -0.6 < one < -0.05
    assert vader.compound(" ".join([sentence] * 40)) < -0.95
    assert result.value == pytest.approx(one, abs=1e-4)


def test_evidence_names_strong_sentences():
    result = run(CHARGED_RANT)
    assert result.evidence and all(e.kind == "strongly negative" for e in result.evidence)
    # Three of the four sentences are strongly negative (<= -0.5). VADER rates the second, "The
    # corrupt thugs destroyed everything we love.", at +0.25: "love" outweighs the rest, a known
    # blind spot we keep rather than hide.
    assert result.details["share_strongly_negative"] >= 0.75
