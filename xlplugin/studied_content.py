"""The subject a report names (loaded_language, senses28): a label of content that a study
codes, a platform removes or a court tries, from the tables of xlplugin/data/studied_content.txt.

- `named_subject(doc, i)`: a label of [content_label_words] said of posts, messages or speech
  ([content_nouns] within two words after it, "threatening or racist messages"), or put after
  "as" by a verb of coding ([coding_verbs]: "coded 2,310 of them as abusive", "flagged as
  hateful"), or a noun of [content_category_nouns] ("insults", "harassment", "threats"), in a
  sentence that, with the one before it, speaks of a study, a count, a removal or a prosecution
  ([study_words]: "according to a study", "removed 4,000 abusive comments", "charged with
  sending racist messages"), names what is reported on: it is not the writer's judgement. "The
  mayor's abusive posts shamed the town", "his racist rant" with no such words keep their cue.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from . import phrases
from .text import Document

__all__ = ["DATA", "named_subject"]

DATA = "studied_content.txt"
# The words after a label searched for its noun: "abusive posts", "hateful online content".
NOUN_WINDOW = 2
# The words before "as" searched for a verb of coding: "coded 2,310 of them as abusive".
CODING_WINDOW = 5
# Words that join two labels before their noun ("threatening or racist messages").
_JOINERS = frozenset("or and , /".split())


class _Tables(NamedTuple):
    labels: frozenset[str]
    nouns: frozenset[str]
    categories: frozenset[str]
    coding: frozenset[str]
    study: frozenset[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    def words(section: str) -> frozenset[str]:
        return phrases.words(DATA, section)

    return _Tables(words("content_label_words"), words("content_nouns"), words("content_category_nouns"),
                   words("coding_verbs"), words("study_words"))


def warm_up() -> None:
    _tables()


def _labels_content(doc: Document, i: int, t: _Tables) -> bool:
    """Is the label at word i said of content: a noun of [content_nouns] within NOUN_WINDOW words
    after it, past other labels and their joiners ("threatening or racist messages"), or put after
    "as" by a verb of coding within CODING_WINDOW words before it?"""
    lowers, sentence_of = doc.lowers, doc.token_sentences
    k, n = sentence_of[i], len(lowers)
    j, seen = i + 1, 0
    while j < n and sentence_of[j] == k and seen < NOUN_WINDOW:
        word = lowers[j]
        if word in t.nouns:
            return True
        if word not in t.labels and word not in _JOINERS:
            seen += 1
        j += 1
    first = doc.sentences[k].first_token
    a = i - 1
    while a > first and (lowers[a] in t.labels or lowers[a] in _JOINERS):
        a -= 1  # "coded 900 posts as threatening or racist"
    if a >= first and lowers[a] == "as":
        return any(lowers[m] in t.coding for m in range(max(first, a - CODING_WINDOW), a))
    return False


def _about_a_study(doc: Document, k: int, t: _Tables) -> bool:
    """Does sentence k, or the sentence before it, hold a word of [study_words]?"""
    sentences, lowers = doc.sentences, doc.lowers
    for m in (k, k - 1):
        if m >= 0 and not t.study.isdisjoint(lowers[sentences[m].first_token : sentences[m].last_token]):
            return True
    return False


def named_subject(doc: Document, i: int) -> bool:
    """Is the one-word cue at word i the name of what a report studies, counts, removes or tries
    (see the module's text)?"""
    t = _tables()
    word = doc.lowers[i]
    if word in t.categories:
        pass
    elif word not in t.labels or not _labels_content(doc, i, t):
        return False
    return _about_a_study(doc, doc.token_sentences[i], t)
