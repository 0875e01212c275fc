"""The VADER shortcut (skip sentences with no lexicon word) never changes a compound score."""

from __future__ import annotations

import pytest

from xlplugin import vader
from xlplugin.text import prepare

from conftest import EVAL, EXAMPLES
from samples import CALM_REPORT, CHARGED_RANT, HAPPY_NOTE

TRICKY = [
    "", "   ", "No.", "no problem", "Not bad at all!!!", "kind of ok", "It was :) fine", ":-(", "ok :D",
    "The report was published on Monday.", "HE SAID NO.", "But why?", "Nothing happened, but nobody cared.",
    "I \u2764 it", "\U0001F600", "She said yes, but...", "The so-called plan.", "LOL", "meh", "A-ha! well-known",
]


def sentences() -> list[str]:
    out = list(TRICKY)
    for text in (CALM_REPORT, CHARGED_RANT, HAPPY_NOTE):
        out += [s.text for s in prepare(text).sentences]
    for path in sorted(EXAMPLES.glob("*.txt")):
        out += [s.text for s in prepare(path.read_text(encoding="utf-8")).sentences]
    nyt = EVAL / "vader_nyt" / "nytEditorialSnippets_GroundTruth.txt"
    if nyt.exists():
        for line in nyt.read_text(encoding="utf-8").splitlines()[:3000]:
            parts = line.split("\t")
            if len(parts) >= 3:
                out += [s.text for s in prepare(parts[2]).sentences]
    return out


def test_shortcut_equals_vader_everywhere():
    analyzer = vader.analyzer()
    checked = skipped = 0
    for sentence in sentences():
        full = analyzer.polarity_scores(sentence)["compound"]
        assert vader.compound(sentence) == full, sentence
        checked += 1
        skipped += not vader.may_have_sentiment(sentence)
    assert skipped > 0 and checked > skipped  # the shortcut is taken, and not always


@pytest.mark.parametrize("sentence", ["It was great.", "\U0001F600 today", "terrible"])
def test_sentiment_words_are_never_skipped(sentence):
    assert vader.may_have_sentiment(sentence)
