"""Attribution misreadings fixed as classes (sources14; every text written for these tests): a
forecaster's figure given by a passive has its agent after "by" as a named source; a plural of
people after a plain modifier ("Local farmers said") is a vague group; "state" as a noun by its
neighbours reports nothing. Each class has the other reading beside it, which still counts."""

from __future__ import annotations

import pytest

from xlplugin import cues
from xlplugin.scorers import unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _kind(text: str, k: int = -1) -> str | None:
    found = cues.attributions(prepare(text))[k]
    return found.kind if found else None


def _unsourced_kinds(text: str) -> list[str]:
    sig = unsourced_claims.score(prepare(text), Settings())
    return [e.kind for e in sig.evidence if e.kind in ("sourced", "unsourced")]


# --- 3. a forecaster's figure given by a passive -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Marta Quill was given a 64 percent chance of winning Carrow by Pollcast.",
    "The harbour bonds were rated two notches above junk by Kestrel Ratings.",
    "The cost of the Dunmore tunnel was put at 4 billion pounds by the Fiscal Office.",
    "The mayor has been given 20 percent odds by Brandt Capital this spring.",
])
def test_a_forecasters_figure_given_by_a_passive_names_its_agent(text):
    assert _kind(text) == "named"
    assert _unsourced_kinds(text) == ["sourced"]


@pytest.mark.parametrize("text", [
    "Marta Quill was given a 64 percent chance of winning the Carrow seat.",
    "The old dog was given two biscuits by Maria after the walk.",
    "Marta Quill was given a 64 percent chance, by most accounts, of winning.",
    "The harbour bonds were rated two notches above junk last spring.",
])
def test_a_passive_figure_without_its_forecaster_has_no_source(text):
    assert _kind(text) is None
