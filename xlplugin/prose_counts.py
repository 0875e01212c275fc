"""Counts over the author's prose only: the words and sentences outside text that is not prose.

`xlplugin.prose` marks the text that is not the author's prose (code, time stamps, navigation,
lists of headlines, poll and newsletter boxes, legal boilerplate, and paragraphs repeated across
one outlet's documents in a batch). Loaded language reads nothing there (version 24: neither
loaded terms nor first person nor questions), so its rates are per 1,000 words of the prose it
read and its question share is over the prose's sentences: a row whose editor's note recurs in
the outlet's other rows scores as the row does without the note, as its Status says ("not
scored").

- `not_prose_test(doc)`: a test of whether a text offset lies in text that is not prose, or None
  where the text has none (most texts: no look-up per word then).
- `prose_word_count(doc)`: the words whose first character lies outside those spans.
- `prose_sentence_count(doc, test)`: the sentences with words whose first word lies outside them.
- `prose_words(doc, sentences)`: the lower-cased words of those sentences outside the spans.
- `number_sentences(doc)`: the sentences that are numbers only (a numbered list's "1.").
"""

from __future__ import annotations

import bisect
from typing import Callable

from .text import Document, Sentence

__all__ = ["not_prose_test", "number_sentences", "prose_word_count", "prose_sentence_count", "prose_words"]


def not_prose_test(doc: Document) -> Callable[[int], bool] | None:
    """A test of whether a text offset lies in a not-prose span of `doc` (the spans merged where
    they overlap), or None where there is none."""
    starts, ends = doc.analysis._not_prose_union
    if not starts:
        return None

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < ends[k]

    return inside


def prose_word_count(doc: Document) -> int:
    """The number of words of `doc` that start outside text that is not prose."""
    starts, ends = doc.analysis._not_prose_union
    n = len(doc.lowers)
    token_starts = doc.token_starts
    for s, e in zip(starts, ends):
        # (the words starting in s..e: two bisections per span, no pass over the words)
        n -= bisect.bisect_left(token_starts, e) - bisect.bisect_left(token_starts, s)
    return n


def prose_sentence_count(doc: Document, test: Callable[[int], bool] | None) -> int:
    """The number of sentences with words whose first word starts outside text that is not prose
    (`test`: `not_prose_test(doc)`)."""
    sentences = doc.sentences
    if test is None:
        return sum(1 for s in sentences if s.last_token != s.first_token)
    token_starts = doc.token_starts
    return sum(1 for s in sentences if s.last_token != s.first_token and not test(token_starts[s.first_token]))


# A "sentence" of numbers only is this short or shorter ("1.", "12.", "2017."): a longer one
# is not looked at. (inputs16)
_NUMBERS_ONLY_MAX_CHARS = 8


def number_sentences(doc: Document) -> list[int]:
    """The indices of the sentences of `doc` that are numbers only, with no word that starts with
    a letter (a numbered list's "1." before its item: the splitter ends a sentence at "1." before
    a capital). Such a "sentence" is no sentence of the author's prose: the reading grade and
    sentiment pass over it. (inputs16)"""
    lowers = doc.lowers
    return [s.index for s in doc.sentences
            if len(s.text) <= _NUMBERS_ONLY_MAX_CHARS and s.first_token < s.last_token
            and not any(lower[0].isalpha() for lower in lowers[s.first_token : s.last_token])]


def prose_words(doc: Document, sentences: list[Sentence]) -> list[str]:
    """The lower-cased words of `sentences` (in order) whose first character lies outside text
    that is not prose (a web address inside a sentence: "https", "example", "org"). (inputs16)"""
    lowers = doc.lowers
    if len(sentences) == len(doc.sentences) and not doc.analysis._not_prose_union[0]:
        return lowers  # (most texts: every word)
    starts, ends = doc.analysis._not_prose_union
    token_starts = doc.token_starts
    words: list[str] = []
    for s in sentences:
        k = bisect.bisect_left(starts, s.end) - 1  # the last span starting before the sentence ends
        if k < 0 or ends[k] <= s.start:
            words += lowers[s.first_token : s.last_token]  # (no span in it: the common case)
            continue
        words += [lowers[i] for i in range(s.first_token, s.last_token)
                  if not (0 <= (j := bisect.bisect_right(starts, token_starts[i]) - 1) and token_starts[i] < ends[j])]
    return words
