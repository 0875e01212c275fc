"""Links in a text: the one test every caller uses ("http://", "https://" or "www.", any case).

`find_link(text)` finds the first link; `may_hold_link(text)` is its cheap pre-check (substring
tests in C), False only where `find_link` finds none; `link_sentences(doc)` gives the sentences
of a document that hold a link (`doc.analysis.link_sentences` keeps it per document). The
attribution pass (`xlplugin.cues`) counts a link as a source.
"""

from __future__ import annotations

import bisect
import re

from .text import Document

__all__ = ["find_link", "may_hold_link", "link_sentences"]

_URL_RE = re.compile(r"https?://|www\.", re.IGNORECASE)
# Every text _URL_RE can match holds one of these (a link starting "http://" or "https://" holds
# "://"; "www." in any case ends in one of the four spellings of "ww."): a text holding none is
# passed over without the case-insensitive regex scan. `tests/test_cues.py` holds them to that.
_LINK_HINTS = ("://", "ww.", "WW.", "wW.", "Ww.")


def may_hold_link(text: str) -> bool:
    """Could `text` hold a link? False only where `find_link` finds none: the one cheap
    pre-check every caller uses (substring tests in C, no regex scan)."""
    for hint in _LINK_HINTS:
        if hint in text:
            return True
    return False


def link_sentences(doc: Document) -> frozenset[int]:
    """The indices of the sentences of `doc` in which `find_link` finds a link. (Asked only of
    the sentences holding one of _LINK_HINTS, found with str.find over the whole text.)"""
    text = doc.text
    if not may_hold_link(text):
        return frozenset()
    starts, ends = doc.analysis.sentence_starts, doc.analysis.sentence_ends
    candidates = set()
    for hint in _LINK_HINTS:
        i = text.find(hint)
        while i >= 0:
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i + len(hint) <= ends[k]:
                candidates.add(k)
            i = text.find(hint, i + 1)
    return frozenset(k for k in candidates if find_link(doc.sentences[k].text) is not None)


def find_link(text: str) -> re.Match[str] | None:
    """The first link in `text` ("http://", "https://" or "www.", in any case), or None."""
    return _URL_RE.search(text) if may_hold_link(text) else None
