"""The reading grade counts words that start with a letter (a number has no syllables for its
formulas); the loaded-language rate and the index count every word. A short text's reading-grade
note says what it left out, so that its count and the loaded-language note's add up."""

from __future__ import annotations

import re

from xlplugin import Settings
from xlplugin.scorers import loaded_language, readability
from xlplugin.text import prepare

# Written for this test: 22 words, one of them a number.
SHORT_WITH_A_NUMBER = ("The council met on Tuesday and approved 40 new homes for the town, "
                       "the mayor said after a short and calm meeting.")
SHORT_WITHOUT_NUMBERS = "The council met on Tuesday and approved new homes for the town, the mayor said."


def _words(note: str) -> int:
    return int(re.search(r"(\d+) words?", note).group(1))


def test_the_reading_grade_note_says_it_leaves_the_number_out():
    doc = prepare(SHORT_WITH_A_NUMBER)
    grade = readability.score(doc, Settings()).note
    loaded = loaded_language.score(doc, Settings()).note
    assert "not counting 1 number;" in grade
    assert _words(grade) + 1 == _words(loaded) == doc.word_count


def test_the_note_is_as_before_without_numbers():
    note = readability.score(prepare(SHORT_WITHOUT_NUMBERS), Settings()).note
    assert note.startswith("too short for a reading grade: 15 words; needs at least") and "counting" not in note
