"""(credit16) A copy that credits its original costs no more than one that names none.

A repost line naming the original (a name or a web address after the marker) is shown, not
counted; only a repost line that names no original ("Source: internet") costs the cue's weight."""

from pathlib import Path

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = ("The harbour board approved the new ferry timetable on Tuesday, its chair Mara Olsen said.\n\n"
        "Boats will run every forty minutes from May, the board said in a statement.\n")


def _score(line: str):
    return provenance.score(prepare(f"Ferry timetable changes\n\n{BODY}\n{line}\n"), Settings())


def _repost(result):
    return next(e for e in result.evidence if e.kind == "repost markers")


@pytest.mark.parametrize("line", [
    "Originally published by Harbour Wire Service. Republished with permission.",
    "This story first appeared on Sel Coast Gazette.",
    "Reposted from the Tarvo Courier.",
    "Republished courtesy of Brightwater Weekly.",
    "Original article: https://ferries.example.org/timetable-2027",
    "Read more at tarvocourier.example.com",
])
def test_a_credited_repost_costs_nothing(line):
    result = _score(line)
    assert result.value == _score("").value
    item = _repost(result)
    assert item.present and item.weight == 0 and "not counted" in item.detail


@pytest.mark.parametrize("line", [
    "Source: internet",
    "Source: Social media",
    "via: Facebook",
    "Copied from a group chat",
    "This article was originally published elsewhere.",
])
def test_a_repost_naming_no_original_still_costs(line):
    result = _score(line)
    assert result.value == _score("").value - provenance.NEGATIVE["repost markers"]
    assert _repost(result).detail.startswith("found, takes ")


def test_the_bundled_credited_example_keeps_its_points():
    path = Path(__file__).resolve().parents[1] / "workbooks" / "examples" / "regional_credited.txt"
    text = path.read_text(encoding="utf-8")
    result = provenance.score(prepare(text), Settings())
    assert not any(e.kind == "repost markers" and e.weight for e in result.evidence if e.present)
