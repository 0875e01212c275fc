"""Provenance version 52 (hype18): a headline that shouts a promise is clickbait, in capitals or
not: sales pressure in the headline (xlplugin.sales_pressure: urgency to buy or act, promised returns,
the promise that anyone can), and a headline whose "!" stands before a closing bracket ("(And
How You Can Too!)"). A headline in capitals that promises nothing (a style; an acronym) is
still no clickbait (a masthead in capitals is byline18's class). Headlines and bodies written for this test."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = ("The token launched in March and trades on two small exchanges. Its price has swung widely "
        "since then, according to public market data.\n")


def _clickbait(title: str, in_text: bool):
    """The clickbait cue, with the headline given apart from the text or as its first line."""
    doc = prepare(title + "\n\n" + BODY, title=title) if in_text else prepare(BODY, title=title)
    cues = {e.kind: e for e in provenance.score(doc, Settings()).evidence}
    return cues["clickbait headline"]


@pytest.mark.parametrize("in_text", [True, False])
@pytest.mark.parametrize("title", [
    "$GLOWCOIN IS ABOUT TO MOON. DON'T MISS THE NEXT 500X",
    "\U0001F680 THIS COIN IS ABOUT TO EXPLODE \U0001F680",
    "BUY BEFORE FRIDAY OR CRY LATER",
    "Why These Prices Won't Last",
    "The Next 100x Gem Nobody Has Found Yet",
    "How I Paid Off My Mortgage in Five Years (And How You Can Too!)",
    "Literally Anyone Can Do This",
])
def test_a_headline_that_shouts_a_promise_is_clickbait(title, in_text):
    item = _clickbait(title, in_text)
    assert item.present and ("sales pressure" in item.detail or "exclamation" in item.detail)


@pytest.mark.parametrize("in_text", [True, False])
def test_an_exclamation_before_a_closing_bracket_ends_the_headline(in_text):
    item = _clickbait("Harbour Car Park Finally Reopens (At Last!)", in_text)
    assert item.present and "exclamation" in item.detail


@pytest.mark.parametrize("in_text", [True, False])
@pytest.mark.parametrize("title", [
    "NASA LAUNCHES NEW PROBE TO JUPITER",
    "FERRY SERVICE SUSPENDED AFTER STORM, OPERATOR SAYS",
    "UNESCO Names Harbour Town A World Heritage Site",
    "TOKEN PRICE FALLS 40% AFTER EXCHANGE HACK",
    "Camera Review: A 10x Zoom In A Pocket Body",
    "Anyone Can Apply For The New Harbour Grant",
    "Buy-Now-Pay-Later Firms Face New Rules",
])
def test_a_headline_that_promises_nothing_is_no_clickbait(title, in_text):
    assert not _clickbait(title, in_text).present
