"""Sources that are none, as classes (sources18, from a tester's fresh documents; every text
written for these tests): a customer's testimonial, a given name alone with an age or a home
town ("says Janet from Leicester", "said Tom, 61, from Ohio"), is no named source with a role,
and its quotation no attributed quote; a full name, or a surname given in full before, still
is."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

# A plain text with no named source and no quotation of its own.
_BODY = "The heater plugs into any socket. It warms a small room in ten minutes. It costs 49 pounds this month. "


def _cues(text: str) -> dict[str, str]:
    sig = provenance.score(prepare(text), Settings())
    return {e.kind: e.text for e in sig.evidence if e.present}


@pytest.mark.parametrize("testimonial", [
    "\u201cOur bills have never been lower,\u201d says Janet from Leicester.",
    "\u201cI sleep through the night now,\u201d said Tom, 61, from Ohio.",
    "\u201cBest money we ever spent,\u201d says Priya, 38.",
    "Mark, 54, a father of two from Leeds, said it paid for itself within a winter.",
    "Sue from Bristol says the damp in her flat went within a week.",
    "\u201cIt is quiet and it looks lovely,\u201d says Carol (72) from Hull.",
])
def test_a_customers_testimonial_is_no_named_source(testimonial: str) -> None:
    found = _cues(_BODY + testimonial + "\n")
    assert "named sources with roles" not in found
    assert "attributed direct quotes" not in found


@pytest.mark.parametrize("source", [
    "\u201cOur bills have never been lower,\u201d says Janet Moss, 54, a nurse from Leicester.",
    "\u201cThe wiring is safe,\u201d said Tom Ashby, an electrician from Ohio.",
    "\u201cIt passed every test,\u201d said Priya Shah, 38, an engineer.",
    "Ann Cole tested the heater for the trading standards office. \u201cIt passed,\u201d said Cole, 47, from the office.",
])
def test_a_source_named_in_full_still_counts(source: str) -> None:
    found = _cues(_BODY + source + "\n")
    assert "named sources with roles" in found
