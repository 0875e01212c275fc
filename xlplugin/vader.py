"""The one place that talks to VADER (vaderSentiment 3.3.2).

The analyser reads its lexicon files when built (about 20 ms here), so it is built once per
process. VADER is only ever called on one sentence at a time: its work grows with the square of
the text's length, and on a whole document its compound score saturates to +-1.

`compound` returns exactly what `SentimentIntensityAnalyzer.polarity_scores(s)["compound"]`
returns, but does less work to get there:

- No lexicon word, no sentiment: the compound is exactly 0.0 when no word of the sentence (split
  and stripped the way VADER splits and strips) is in its lexicon, since boosters, negations and
  "but" only scale the valence of lexicon words, and punctuation emphasis is only added to a
  non-zero sum. Such a sentence returns 0.0 at once.
- VADER's own rules, called on a window: VADER rebuilds the lower-cased word list of the whole
  sentence three or four times for every lexicon word (in its negation and idiom checks), and
  copies the sentence character by character to translate emoji. Every rule it applies to the
  word at position i reads only the words i-3 .. i+2 (and whether the sentence mixes ALL-CAPS
  words, computed once over the whole sentence). So we call VADER's own `sentiment_valence` on
  that six-word window with the whole sentence's capitals flag, which is the same computation on
  less data; the "but" rule, punctuation emphasis and normalisation are VADER's own functions on
  the whole sentence. A sentence holding an emoji goes through `polarity_scores` unchanged.

`tests/test_vader_shortcut.py` and `tests/test_vader_exact.py` check the equality with VADER on
every sentence of the evaluation sets and on generated sentences full of VADER's special cases.
"""

from __future__ import annotations

import string
from functools import lru_cache

__all__ = ["analyzer", "compound", "may_have_sentiment"]

_PUNCTUATION = string.punctuation
# VADER's rules for the word at i look at most this far back and ahead (negation "no" three words
# back, "never so ..." idioms, "kind of", the special-case trigrams ending two words ahead).
_BACK = 3
_AHEAD = 3  # a slice end: words i+1 and i+2


@lru_cache(maxsize=1)
def analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return analyzer().lexicon


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    # VADER translates emoji one character at a time (`for chr in text: if chr in emojis`), so
    # only single-character keys can ever match.
    return frozenset(k for k in analyzer().emojis if len(k) == 1)


class _Window:
    """The part of VADER's SentiText that `sentiment_valence` reads: the words and the flag."""

    __slots__ = ("words_and_emoticons", "is_cap_diff")

    def __init__(self, words: list[str], is_cap_diff: bool) -> None:
        self.words_and_emoticons = words
        self.is_cap_diff = is_cap_diff


def _vader_words(sentence: str) -> list[str]:
    """VADER's words: split at white space, punctuation stripped unless that leaves <= 2 chars."""
    strip = str.strip
    return [word if len(stripped := strip(word, _PUNCTUATION)) <= 2 else stripped for word in sentence.split()]


def may_have_sentiment(sentence: str) -> bool:
    """False only when VADER's compound for `sentence` is certainly 0.0 (see the module note)."""
    if not sentence.isascii() and not _emoji_chars().isdisjoint(sentence):
        return True  # emoji are translated to words first; let VADER do it
    return not _lexicon().keys().isdisjoint([w.lower() for w in _vader_words(sentence)])


def compound(sentence: str) -> float:
    """VADER's normalised compound score of one sentence, in [-1, 1]."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, allcap_differential, normalize

    vader = analyzer()
    if not sentence.isascii() and not _emoji_chars().isdisjoint(sentence):
        return vader.polarity_scores(sentence)["compound"]
    lexicon = vader.lexicon
    words = _vader_words(sentence)
    lowers = [w.lower() for w in words]
    hits = [i for i, lw in enumerate(lowers) if lw in lexicon]
    if not hits:
        return 0.0
    n = len(words)
    is_cap_diff = allcap_differential(words)
    # VADER appends 0 for every word that is not a scored lexicon word.
    sentiments: list[float] = [0] * n
    valence_of = vader.sentiment_valence
    for i in hits:
        lw = lowers[i]
        if lw in BOOSTER_DICT or (lw == "kind" and i < n - 1 and lowers[i + 1] == "of"):
            continue  # VADER's polarity_scores skips these before sentiment_valence
        lo = max(0, i - _BACK)
        window = _Window(words[lo : i + _AHEAD], is_cap_diff)
        sentiments[i] = valence_of(0, window, words[i], i - lo, [])[0]
    if "but" in lowers:
        sentiments = vader._but_check(words, sentiments)
    total = float(sum(sentiments))
    emphasis = vader._punctuation_emphasis(sentence)
    if total > 0:
        total += emphasis
    elif total < 0:
        total -= emphasis
    return round(normalize(total), 4)
