"""(hunt55) A value that is no text given as a document's text: the Excel functions said "not text:
a Decimal" (or "a Fraction", "a int64") where score_many said "a number", and a NaN was "not text: a
number" in a function but "empty (no text)" in score_many. Both now read such a value by one
function (`cells.cell_to_text`): any number is "a number", a missing value (NaN, NaT) is a blank
cell, as score_many and a CSV file read it; score_many refuses a number with those words (a
Fraction's "1/3" said "language unknown", an infinity "too few English words")."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

from xlplugin.cells import cell_to_text
from xlplugin.engine import score_many
from xlplugin.excel import functions

NUMBERS = [Decimal("3.5"), Decimal("1E+2"), Fraction(1, 3), np.int64(5), math.inf, 12]
MISSING = [math.nan, np.float64("nan"), Decimal("NaN"), pd.NaT]


@pytest.mark.parametrize("value", NUMBERS, ids=repr)
def test_any_number_is_a_number_in_a_function_and_in_score_many(value):
    assert functions.reliability(value) == "not text: a number"  # (main: "not text: a Decimal" ...)
    (result,) = score_many([value])
    assert result.note == "not scored: not text: a number" and result.reliability is None


@pytest.mark.parametrize("value", MISSING, ids=repr)
def test_a_missing_value_is_blank_in_a_function_and_empty_in_score_many(value):
    assert cell_to_text(value) == (None, None)  # (main: "not text: a number" for a NaN, "a date" for NaT)
    assert functions.reliability(value) == functions.reliability(None)
    (result,) = score_many([value])
    assert result.note == "not scored: empty (no text)"


def test_a_mapping_text_reads_the_same():
    (result,) = score_many([{"text": Decimal("7"), "title": "Roads"}])
    assert result.note == "not scored: not text: a number" and result.title == "Roads"


# Guards: the values each path already named alike.
@pytest.mark.parametrize(("value", "words"), [(True, "not text: a TRUE/FALSE value"), (2.5, "not text: a number"),
                                               (pd.Timestamp("2024-03-01"), "not text: a date")])
def test_other_values_keep_their_words(value, words):
    assert functions.reliability(value) == words
    assert next(score_many([value])).note == "not scored: " + words


def test_a_text_is_still_scored():
    text = ("The council said on Monday that the new bridge over the river would cost four million pounds, and its "
            "chair told reporters that work would start in the spring after the budget vote.")
    assert next(score_many([text])).reliability is not None
