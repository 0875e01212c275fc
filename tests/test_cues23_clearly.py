"""(cues23) "clearly" after a verb of saying, explaining or writing is how plainly someone says it,
not the author's editorial "clearly" of certainty."""

import pytest

from loaded_helpers import words_of_kinds

LEAD = "The committee met on Thursday and went through the spending plans for the next year. "


@pytest.mark.parametrize("text", [
    "If the council disagrees, it should say so clearly in its reply to the residents.",
    "The inspector said it clearly at the start: the bridge needs new bearings.",
    "The leaflet explains clearly how to appeal against the parking fine.",
    "The minister explained it clearly to the families at the meeting.",
    "The letter stated clearly that the fee was due in March.",
    "Guidance should be written clearly, in short sentences.",
])
def test_clearly_of_manner_after_saying_is_no_editorial(text: str) -> None:
    assert "clearly" not in [w.lower() for w in words_of_kinds(LEAD + text, "editorial")]


@pytest.mark.parametrize("text", [
    "The plan is clearly wrong, and the council knows it.",
    "Clearly, the council failed the families on this estate.",
    "The rules clearly state that the fee must be paid, so the council is clearly at fault.",
])
def test_clearly_of_certainty_stays_editorial(text: str) -> None:
    # near misses: the author's certainty keeps its cue
    assert "clearly" in [w.lower() for w in words_of_kinds(LEAD + text, "editorial")]
