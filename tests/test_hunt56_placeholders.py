"""(hunt56) A text cell holding a placeholder for "no value" or "not known" that a metadata cell
already reads as none (guard22: "(blank)", as Excel shows an empty item in a PivotTable, "[n/a]",
"(none)", "Unknown.", "n.a.", "TBD") was scored as a text of one word: "no index: 1 word", with a
sentiment of 0 and a provenance of 34 beside it. Each is now refused as "N/A" is ("not text:
(blank), a placeholder for no value") in a text cell, the Excel functions and score_many
(`cells.placeholder_reason`). And a text opening with "[" that is no JSON ("[Updated] The council
... [+1834 chars]") was scored whole where it is a news service's cut text: the JSON check
returned before the cut was looked for."""

from __future__ import annotations

import pytest

from xlplugin.cells import SERVICE_CUT, cell_to_text
from xlplugin.engine import score_many
from xlplugin.excel import functions
from xlplugin.inputs_summary import NO_TEXT_CELL, cell_reason


@pytest.mark.parametrize("value", ["(blank)", "(Blank)", "n.a.", "[n/a]", "(none)", "Unknown.", "TBD", '"unknown"'])
def test_a_placeholder_is_no_text(value):
    words = f"not text: {value}, a placeholder for no value"
    assert cell_to_text(value) == (None, words)  # (main: (value, None))
    assert functions.reliability(value) == words
    assert next(score_many([value], workers=1)).note == "not scored: " + words
    assert cell_reason(f"column text: {words}") == NO_TEXT_CELL  # (counted as a cell with no text, as N/A is)


def test_a_cut_text_opening_with_a_bracket_is_refused():
    text = ("[Updated] The harbour board said on Tuesday that the new ferry pier would open in June, and its chair "
            "told \u2026 [+1834 chars]")
    assert cell_to_text(text) == (None, SERVICE_CUT.format(mark="[+1834 chars]"))  # (main: scored as whole)
    assert next(score_many([text], workers=1)).note.startswith("not scored: not the whole text")


# Guards: a name or a line holding such a word, and words around the marks, stay texts.
@pytest.mark.parametrize("value", ["(The) Guardian", "Unknown Pleasures", "(blank) line",
                                   "n.a. for now, the council said", "[Updated] The council met on Monday."])
def test_other_cells_are_read_as_before(value):
    assert cell_to_text(value) == (value, None)
