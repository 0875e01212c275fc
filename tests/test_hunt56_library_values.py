"""(hunt56) A value from numpy or pandas that is not a `numbers.Number` (numpy's bool_ and
datetime64, pandas' Period) given as a document's text: `score_many` raised TypeError for the
whole batch ("expected a str, a mapping or a DocumentInput, not a bool"), so one such cell in a
column read as a numpy array lost every other row. Each is now refused for its own row, in the
words a spreadsheet user knows, as a Python bool or date is (`cells.cell_to_text`); numpy's
timedelta64 (registered as an integer) was "a number", now "a duration" as pandas' Timedelta."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from xlplugin.cells import cell_display, cell_to_text
from xlplugin.engine import score_many
from xlplugin.excel import functions

# Fresh text written for these tests.
STORY = ("The harbour board said on Tuesday that the new ferry pier would open in June, and its chair told "
         "reporters that the work had cost two million pounds, less than the budget set last year.")

VALUES = [(np.bool_(True), "not text: a TRUE/FALSE value"),
          (np.datetime64("2024-03-01"), "not text: a date"),
          (np.datetime64("2024-03-01T10:30"), "not text: a date"),
          (pd.Period("2024-03", "M"), "not text: a date"),
          (np.timedelta64(3, "D"), "not text: a duration")]


@pytest.mark.parametrize(("value", "words"), VALUES, ids=repr)
def test_each_value_is_refused_for_its_own_row(value, words):
    results = list(score_many([STORY, value, {"text": value, "title": "Pier"}, STORY], workers=1))  # (main: TypeError)
    assert [r.note for r in results[1:3]] == ["not scored: " + words] * 2
    assert results[2].title == "Pier"
    assert results[0].reliability is not None and results[3].reliability is not None


@pytest.mark.parametrize(("value", "words"), VALUES, ids=repr)
def test_a_function_says_the_same(value, words):
    assert cell_to_text(value) == (None, words)  # (main: "not text: a datetime64", "a Period", "a number")
    assert functions.reliability(value) == words


def test_a_numpy_array_of_a_mixed_column_scores_its_texts():
    column = np.array([STORY, True, STORY], dtype=object)
    column[1] = np.bool_(False)
    notes = [r.note for r in score_many(column, workers=1)]
    assert notes[1] == "not scored: not text: a TRUE/FALSE value" and not notes[0].startswith("not scored")


def test_metadata_values_read_as_a_cell_shows_them():
    (result,) = score_many([{"text": STORY, "id": np.bool_(True), "date": np.datetime64("2024-03-01T10:30")}], workers=1)
    assert result.id == "TRUE"  # (main: "True")
    assert result.date == "2024-03-01 10:30" and "date" not in result.note  # (main: "... is not a date (not counted)")
    assert cell_display(pd.NaT) == ""  # (main: ValueError, NaTType does not support time)


# Guards: a missing value stays blank, a numpy number stays a number, a numpy text is a text.
@pytest.mark.parametrize("value", [np.datetime64("NaT"), pd.NaT, np.float64("nan")], ids=repr)
def test_a_missing_value_stays_blank(value):
    assert next(score_many([value], workers=1)).note == "not scored: empty (no text)"


def test_numbers_and_texts_keep_their_reading():
    assert cell_to_text(np.int8(3)) == (None, "not text: a number")
    assert cell_to_text(np.str_(STORY)) == (STORY, None)
    assert next(score_many([np.str_(STORY)], workers=1)).reliability is not None
