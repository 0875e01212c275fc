"""(cues23) A single word's cue says what it is in the Evidence sheet's Detail: data said to be
rigged is a charge against the figures, not a hint of a hidden plot."""

import pytest

from loaded_helpers import loaded_evidence
from xlplugin.conspiracy_tells import RIGGED_DETAIL, TELL_DETAIL
from xlplugin.scorers import loaded_language
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = "The committee met on Thursday and went through the spending plans for the next year. "


def _details(text: str) -> dict[str, str]:
    sig = loaded_language.score(prepare(LEAD + text), Settings())
    return {e.text.lower(): e.detail for e in sig.evidence if e.kind == "doubt"}


@pytest.mark.parametrize("text, word", [
    ("The consultants cherry-picked the data to make the new road look cheaper.", "cherry-picked"),
    ("Those numbers were fudged before the vote, whatever the leaflets claim.", "fudged"),
    ("The firm massaged its waiting-time figures for a whole year.", "massaged"),
    ("His essay rests on a few cherry-picked studies and some old records.", "cherry-picked"),
])
def test_rigged_data_is_explained_as_rigged_data(text: str, word: str) -> None:
    details = _details(text)
    assert details.get(word) == RIGGED_DETAIL
    assert "plot" not in details[word] and "plant food" not in details[word]


@pytest.mark.parametrize("text, words", [
    ("Follow the money.", "follow the money"),
    ("Once you see it, you can't unsee it.", "once you see it, you can't unsee it"),
])
def test_a_plot_tell_keeps_its_explanation(text: str, words: str) -> None:
    # near miss: a tell of a hidden plot keeps the plot's explanation
    assert _details(text).get(words) == TELL_DETAIL


def test_the_count_is_unchanged() -> None:
    # the explanation changed, not the cue: one doubt term
    kinds = [k for k, _ in loaded_evidence(LEAD + "The consultants cherry-picked the data again.")]
    assert kinds.count("doubt") == 1
