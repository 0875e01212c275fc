"""Word and phrase lists of the data files, as the rules read them, and phrase matching.

`words(file, section)`: the single words of a `_words` section; `phrases(file, section)`: a
`_phrases` section indexed by first word; `match_phrases(lowers, index)`: every phrase found in a
list of lower-cased words; `longest_spans(spans)`: the longest of overlapping matches, one per
place. `match_at_keys` is `match_phrases` trying only the starts that put a
phrase's key word (its longest) where the words have one: the attribution pass knows those
positions already, from one look-up per distinct word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_sections

__all__ = ["words", "phrases", "match_phrases", "longest_spans", "match_at_keys", "phrase_keys", "keyed_phrases", "KeyedPhrases"]


def _split_words(entries: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for entry in entries:
        out.update(entry.split())
    return frozenset(out)


@lru_cache(maxsize=None)
def words(file: str, section: str) -> frozenset[str]:
    """The single words of a `_words` section of a data file."""
    return _split_words(load_sections(file)[section])


@lru_cache(maxsize=None)
def phrases(file: str, section: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A `_phrases` section as {first word: (phrase as a word tuple, ...)}, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_sections(file)[section]:
        parts = tuple(p for p in re.findall(r"[\w'\u2019-]+|[^\w\s]", entry))
        if parts:
            index.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def match_phrases(lowers: list[str], index: dict[str, tuple[tuple[str, ...], ...]]) -> list[tuple[int, int]]:
    """(first, last+1) token positions of every phrase of `index` found in `lowers`."""
    found: list[tuple[int, int]] = []
    if index.keys().isdisjoint(lowers):
        return found  # most sentences: no first word of any phrase, decided in C
    for i in [i for i, word in enumerate(lowers) if word in index]:
        for phrase in index[lowers[i]]:
            n = len(phrase)
            if tuple(lowers[i : i + n]) == phrase:
                found.append((i, i + n))
                break
    return found


def longest_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word ranges (first, last) in order, none overlapping another: of spans that start at the
    same word the longest, and a span that starts inside one kept before it dropped (the phrase
    tables' rule, "the longest at a place"). `spans` is sorted in place."""
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


@lru_cache(maxsize=None)
def _key_offsets(file: str, section: str) -> dict[str, frozenset[int]]:
    """Key word (see `phrase_keys`) -> where it sits in the phrases it is the key of."""
    out: dict[str, set[int]] = {}
    for group in phrases(file, section).values():
        for phrase in group:
            key = max(phrase, key=len)
            out.setdefault(key, set()).update(o for o, word in enumerate(phrase) if word == key)
    return {key: frozenset(offsets) for key, offsets in out.items()}


def match_at_keys(lowers: list[str], key_positions: list[int], file: str, section: str) -> list[tuple[int, int]]:
    """`match_phrases(lowers, phrases(file, section))`, trying only the starts that put a
    phrase's key word where the sentence has one (`key_positions`): a phrase found by
    match_phrases holds its key, so its start is among them, and each start is then tried
    exactly as match_phrases tries it (longest phrase first). (`keyed_phrases(file,
    section).match`: callers in a loop keep that.)"""
    return keyed_phrases(file, section).match(lowers, key_positions)


class KeyedPhrases:
    """A `_phrases` section ready for `match_at_keys`, made once: where each key word sits in
    its phrases, and for each first word its phrases grouped by length, longest first (a start
    is then tried with one slice per length, not one per phrase: at most one phrase of a length
    equals the words there, so the first length that matches gives what match_phrases gives)."""

    __slots__ = ("offsets", "by_first")

    def __init__(self, file: str, section: str) -> None:
        self.offsets = _key_offsets(file, section)
        self.by_first = {
            first: tuple((n, frozenset(p for p in group if len(p) == n))
                         for n in sorted({len(p) for p in group}, reverse=True))
            for first, group in phrases(file, section).items()
        }

    def match(self, lowers: list[str], key_positions: list[int]) -> list[tuple[int, int]]:
        """`match_at_keys(lowers, key_positions, file, section)` for this section."""
        offsets, by_first = self.offsets, self.by_first
        starts = sorted({p - o for p in key_positions for o in offsets.get(lowers[p], ()) if p >= o})
        found: list[tuple[int, int]] = []
        for i in starts:
            for n, group in by_first.get(lowers[i], ()):
                if tuple(lowers[i : i + n]) in group:
                    found.append((i, i + n))
                    break
        return found


@lru_cache(maxsize=None)
def keyed_phrases(file: str, section: str) -> KeyedPhrases:
    """The `KeyedPhrases` of a section of a data file."""
    return KeyedPhrases(file, section)


@lru_cache(maxsize=None)
def phrase_keys(file: str, section: str) -> frozenset[str]:
    """The key word (the longest) of every phrase of a section: a sentence without any of them
    cannot match one ("it is believed" needs "believed")."""
    return frozenset(max(p, key=len) for group in phrases(file, section).values() for p in group)
