"""(hunt41) XLP_EVIDENCE's signal argument pointed at a cell whose formula failed (#N/A, a
look-up of the signal's name that found nothing; "#NV" in German Excel) said "unknown signal
'#N/A'", as if the name were misspelt. It says the cell holds an error value, as a text cell's
message does, and which names it takes. A typed name that is not a signal is unknown, as before."""

from __future__ import annotations

import pytest

from xlplugin.excel import functions

TEXT = ("The ferry company said on Monday that the morning crossing would be cut from four sailings to "
        "three from June, after a review of passenger numbers, and the harbour master said the berth "
        "would be repaired over the summer while the quieter timetable ran.")


@pytest.mark.parametrize("value", ["#N/A", " #VALUE! ", "#NV", [["#REF!"]]])
def test_an_error_value_signal_says_so(value):
    shown = (value[0][0] if isinstance(value, list) else value).strip()
    said = functions.evidence(TEXT, value)
    assert said.startswith(f"signal: error value {shown} in the cell"), said
    assert '"loaded"' not in said and "loaded" in said  # (the names it takes, listed)


def test_an_unknown_name_is_still_unknown():
    """Guard: a name typed wrong keeps its message."""
    assert functions.evidence(TEXT, "colour").startswith("unknown signal 'colour'")
