"""(web28) The outlet's own reporter named in its text ("Our reporter Jenna Sloan is at the bridge.") is a
byline, as "By NAME, OUTLET" is; no name, or no reporter, is none. Every text here was written for this file."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance as pv
from xlplugin.settings import Settings
from xlplugin.text import prepare

HEAD = "LIVE: Ferry strike in Harwick - latest updates\nHarbour Radio News | Updated 4:20 PM, May 6, 2026\n\n4:20 PM\n"
TAIL = ("\n\n3:45 PM\nThe ferry company says sailings will not resume before Friday. The union has called a meeting "
        "for tonight.")


def _byline(body: str) -> str:
    got = pv.score(prepare(HEAD + body + TAIL), Settings())
    return next(e.detail for e in got.evidence if e.kind == "byline")


@pytest.mark.parametrize("body", [
    "Our reporter Jenna Sloan is at the terminal. She says the queue runs back to the roundabout.",
    "Our correspondent Leah Grant says about 150 people have gathered outside the office.",
    "Our political editor Sam Reed reports that ministers will meet the union tomorrow.",
    "Crews are still at work. Our reporter Tom Okafor, at the quay, says the last boat left at noon.",
    "Our own correspondent Ruth Ellis-Grey was at the gates when the pickets arrived.",
])
def test_the_outlets_own_reporter_named_is_a_byline(body):
    assert _byline(body).startswith("found"), body


@pytest.mark.parametrize("body", [
    "Our reporter is at the terminal. She says the queue runs back to the roundabout.",
    "Our readers Ann Lee and Tom Roe sent photos of the queue.",
    "The union's spokesman, Jenna Sloan, says the strike will go on.",
    "A reporter for another station, Leah Grant, was turned away at the gate.",
    "Many of our reporters' photos show the queue at the roundabout.",
])
def test_no_named_reporter_of_the_outlet_is_no_byline(body):
    assert _byline(body).startswith("not found"), body
