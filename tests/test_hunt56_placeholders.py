"""(hunt56) Two placeholders for "no value" that a sheet holds where a text is missing: "(blank)",
as Excel shows an empty item in a PivotTable (and a CSV exported from one holds), and English
"n.a." (not available, not applicable), written small. Each was scored as a text: "(blank)" got
"no index: 1 word" with a sentiment of 0 and a provenance of 34 beside it, "n.a." "language
unknown". Each is now refused as NA and N/A are ("not text: (blank), a placeholder for no value")
in a text cell, the Excel functions and score_many, and counts as none in a metadata cell."""

from __future__ import annotations

import pytest

from xlplugin.cells import cell_to_text, given_meta
from xlplugin.engine import score_many
from xlplugin.excel import functions


@pytest.mark.parametrize("value", ["(blank)", "(Blank)", "n.a.", "n. a."])
def test_a_placeholder_is_no_text(value):
    assert cell_to_text(value) == (None, f"not text: {value}, a placeholder for no value")  # (main: (value, None))
    assert functions.reliability(value) == f"not text: {value}, a placeholder for no value"
    assert next(score_many([value], workers=1)).note == f"not scored: not text: {value}, a placeholder for no value"


def test_it_counts_as_no_outlet():
    assert given_meta("outlet", "(blank)") == ("", "'(blank)' is not an outlet")  # (main: the outlet "(blank)")


# Guards: initials in capitals, and words around the marks, stay texts and names.
@pytest.mark.parametrize("value", ["N.A.", "(blank) line", "n.a. for now, the council said"])
def test_other_cells_are_read_as_before(value):
    assert cell_to_text(value) == (value, None)
