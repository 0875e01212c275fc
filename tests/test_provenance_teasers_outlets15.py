"""(outlets15) A teaser headline withholds what it announces: it counts the words it does not give,
or trails off in an ellipsis after a word that cannot end a phrase. Both are the clickbait
headline cue of provenance; a headline that gives a count as a fact, a pause in an ellipsis after
a full word, or a prison sentence is not. Headlines and bodies written for this test."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = "The harbour board met on Tuesday and voted to raise mooring fees by 4 percent, its chair said.\n"


def _clickbait(title: str):
    cues = {e.kind: e for e in provenance.score(prepare(BODY, title=title), Settings()).evidence}
    return cues["clickbait headline"]


@pytest.mark.parametrize("title", [
    "Harbour Chair Just Said These 4 Words To The Fishermen",
    "Mayor Answers Her Critics With 1 Line Nobody Expected",
    "Council Leader Fires Off A 6-Word Reply To The Ferry Company",
    "One Sentence From The Harbour Chair Has Everyone Talking",
    "The Three Words The Board Did Not Want You To Hear",
    "Fishermen Thought The Vote Was Over, But \u2026",
    "Harbour Chair Says She Would Stand Again IF\u2026.",
    "Board Member Had \u2018The Nerve To...\u2019",
])
def test_a_teaser_headline_is_clickbait(title):
    item = _clickbait(title)
    assert item.present and "teaser" in item.detail


@pytest.mark.parametrize("title", [
    "Harbour Board Raises Mooring Fees By 4 Percent",
    "Chair Publishes 2,000-Word Letter On Mooring Fees",
    "Skipper Gets 10-Year Sentence For Smuggling",
    "Board Votes In 12 Minutes After Two-Hour Debate",
    "Rain, Rain And More Rain...",
    "Mooring fees: what the 4 percent rise means for you",
])
def test_a_headline_that_gives_its_news_is_no_teaser(title):
    assert not _clickbait(title).present
