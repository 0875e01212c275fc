"""The one place that talks to VADER (vaderSentiment 3.3.2).

The analyser reads its lexicon files when built (about 20 ms here), so it is built once per
process. VADER is only ever called on one sentence at a time: its work grows with the square of
the text's length, and on a whole document its compound score saturates to +-1.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["analyzer", "compound"]


@lru_cache(maxsize=1)
def analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound(sentence: str) -> float:
    """VADER's normalised compound score of one sentence, in [-1, 1]."""
    return analyzer().polarity_scores(sentence)["compound"]
