"""The one place that talks to VADER (vaderSentiment 3.3.2).

The analyser reads its lexicon files when built (about 20 ms here), so it is built once per
process. VADER is only ever called on one sentence at a time: its work grows with the square of
the text's length, and on a whole document its compound score saturates to +-1.

A shortcut that changes no result: VADER's compound is exactly 0.0 when no word of the sentence
(split and stripped the way VADER splits and strips) is in its lexicon, since boosters, negations
and "but" only scale the valence of lexicon words, and punctuation emphasis is only added to a
non-zero sum. For an ASCII sentence (no emoji for VADER to translate) with no lexicon word we
return 0.0 without running the analyser. `tests/test_vader_shortcut.py` checks the equality on
every sentence of the evaluation sets.
"""

from __future__ import annotations

import string
from functools import lru_cache

__all__ = ["analyzer", "compound", "may_have_sentiment"]

_PUNCTUATION = string.punctuation


@lru_cache(maxsize=1)
def analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return analyzer().lexicon


def may_have_sentiment(sentence: str) -> bool:
    """False only when VADER's compound for `sentence` is certainly 0.0 (see the module note)."""
    if not sentence.isascii():
        return True  # emoji are translated to words first; let VADER do it
    lexicon = _lexicon()
    for word in sentence.split():
        stripped = word.strip(_PUNCTUATION)
        # VADER keeps the unstripped token when stripping leaves two characters or fewer.
        if (word if len(stripped) <= 2 else stripped).lower() in lexicon:
            return True
    return False


def compound(sentence: str) -> float:
    """VADER's normalised compound score of one sentence, in [-1, 1]."""
    if not may_have_sentiment(sentence):
        return 0.0
    return analyzer().polarity_scores(sentence)["compound"]
