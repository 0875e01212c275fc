"""Loaded language 75 (fair27): a short quotation after any verb of reporting is the source's
phrase, no scare quote of the writer's. "confirmed", "announced", "acknowledged" and their
kin read as "said" and "stated" always did ([speech_verb_words]); a short quotation with no
verb of reporting in its sentence is still the writer's scare quote. Fixtures are written for
these tests."""

import pytest
from loaded_helpers import loaded_evidence

import xlplugin

LEAD = "The district council met on Monday. Members went through the plans for the winter. "


def _scare(text: str) -> list[str]:
    return [t for k, t in loaded_evidence(LEAD + text) if k == "scare quote"]


@pytest.mark.parametrize("verb", [
    "confirmed", "confirms", "confirm", "announced", "announces", "acknowledged", "acknowledges",
    "explained", "noted", "insisted", "reiterated", "revealed", "disclosed", "conceded",
    # the verbs read so before, for comparison
    "said", "stated", "wrote",
])
def test_a_quoted_phrase_after_a_verb_of_reporting_is_the_sources(verb):
    text = f'The water board {verb} in a notice that "a short interruption" to supplies would start at noon.'
    assert _scare(text) == []


@pytest.mark.parametrize("text", [
    'Police confirmed on social media that "a vehicle pursuit" had ended near the depot.',
    'The hospital acknowledged that "a data incident" affected about 300 patients.',
    'The airline announced that "a technical review" would delay four flights.',
])
def test_official_phrases_in_reports_are_no_scare_quotes(text):
    assert _scare(text) == []


@pytest.mark.parametrize("text", [
    'The "experts" behind the plan have never lived on an estate.',
    'Their "consultation" lasted a single afternoon.',
    'The council\'s "listening exercise" ended before anyone spoke.',
])
def test_a_scare_quote_with_no_reporting_verb_still_counts(text):
    assert _scare(text)


def test_the_verb_does_not_change_the_score_of_a_short_report():
    base = ("By Alan Pike\n\nHOLTON, March 3, 2026 - The council {verb} in a statement that \"a temporary "
            "closure\" of the library began on Monday. Fire officer Dan Roe said the cause was not yet known.")
    scores = {verb: xlplugin.score_text(base.format(verb=verb)).reliability
              for verb in ("said", "stated", "confirmed", "announced", "acknowledged")}
    assert max(scores.values()) - min(scores.values()) < 0.5, scores
