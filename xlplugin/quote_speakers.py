"""Whose words a quotation is (loaded language, version 28): a quotation with a speaker named next
to it is the speaker's; a long quotation with nobody named as its speaker is the author's text.

README: "Words inside an attributed quotation belong to the person quoted". Until version 27 every
quotation that was not a scare quote was excused, so a statement written wholly inside quotation
marks, with no speaker anywhere, counted none of its loaded words. A speaker is named, as a class:

- a verb of speaking or a source word ([speaker_words] of loaded_language.txt: "said", "told",
  "according", "warned", "accused", "chanted") in the quotation's sentence or sentences outside the
  quotation, or in the sentence right before or right after it (a reply quoted over two sentences,
  "... ," she said. "They cheated us.");
- an introduction ending in a colon right before it ("Another protester, Gary Lund, said:" is read
  by the first rule too; "The sign on the door: “...”" by this one);
- a dash credit right after it (“...” — Maureen Cole; “...” - the council), a reference in
  parentheses (“...” (Romans 13:4)), or a speech tag after it (“...,” and a tag; “...!” he said);
- a quotation right after one with a speaker, with nothing of the author's between: the same
  speaker goes on.

Only quotations of more than `LONG_WORDS` words are read: a scare quote (a word or two, the
author's already) and a short capitalised quotation (a name, a slogan, a title) keep their rules.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from .phrases import words
from .text import Document

__all__ = ["unspoken_quotation"]

LONG_WORDS = 3  # loaded_language.SCARE_QUOTE_MAX_WORDS: longer quotations are speech, if anyone's
_DASHES = ("\u2014", "\u2013", "-", "~")


def unspoken_quotation(doc: Document, span: tuple[int, int], previous: tuple[int, int] | None = None) -> bool:
    """Is the quotation at `span` (marks included) a long one with no speaker named next to it?
    `previous`: the last quotation before it that has a speaker; one that follows it with nothing
    of the author's between (spaces, a line break, "and") goes on with the same speaker."""
    start, end = span
    if len(doc.text[start + 1 : end - 1].split()) <= LONG_WORDS:
        return False
    if previous is not None and doc.text[previous[1] : start].strip(" \n\t,;.") in ("", "and", "or"):
        return False
    if doc.text[:start].rstrip().endswith(":") or _dash_credit(doc.text, end) or _tag_after(doc.text, start, end):
        return False
    speakers = _speakers()
    starts = doc.analysis.sentence_starts
    first = max(0, bisect.bisect_right(starts, start) - 1)
    last = max(0, bisect.bisect_right(starts, max(start, end - 1)) - 1)
    lo = doc.sentences[max(0, first - 1)].first_token if doc.sentences else 0
    hi = doc.sentences[min(len(doc.sentences), last + 2) - 1].last_token if doc.sentences else 0
    # (and the rest of the quotation's paragraph: a speaker named earlier in it)
    lo = min(lo, bisect.bisect_left(doc.token_starts, doc.text.rfind("\n", 0, start) + 1))
    para_end = doc.text.find("\n", end)
    hi = max(hi, bisect.bisect_left(doc.token_starts, len(doc.text) if para_end < 0 else para_end))
    return not any(doc.lowers[i] in speakers and not start <= doc.token_starts[i] < end for i in range(lo, hi))


def _tag_after(text: str, start: int, end: int) -> bool:
    """Does a speech tag or a citation follow the quotation: its words end in a comma (“...,” and
    a speaker's tag after it), or in "!" / "?" followed by a lower-case word (“...!” he said), or
    a reference in parentheses follows it (“...” (Romans 13:4))?"""
    inner = text[start + 1 : end - 1].rstrip()
    after = text[end : end + 3].lstrip(" ")
    if inner.endswith(",") or after.startswith("("):
        return True
    return inner.endswith(("!", "?")) and after[:1].islower()


@lru_cache(maxsize=1)
def _speakers() -> frozenset[str]:
    return words("loaded_language.txt", "speaker_words")


def _dash_credit(text: str, end: int) -> bool:
    """Does a dash and a capitalised word follow the quotation (“...” — Maureen Cole)?"""
    after = text[end : end + 40].lstrip(" ,")
    return after[:1] in _DASHES and after[1:].lstrip(" \u2014\u2013-")[:1].isupper()


# --- (version 28) a named subject's characterisation: "X described the count as a shambles"

_CHARACTERISING = frozenset("described describes branded brands called calls labelled labeled dubbed dubs".split())
_AS_VERBS = frozenset("described describes".split())  # these take "as" before the characterisation
CHARACTERISATION_WINDOW = 6  # words from the verb to the cue ("described the count as a shambles")
_NOT_SUBJECTS = frozenset("i we you it this that which who and or is was were are be been being".split())


def characterisation(doc: Document, i: int) -> bool:
    """Is the cue at word i the characterisation a named subject gives, nearly a quotation:
    within CHARACTERISATION_WINDOW words after "described ... as", "called", "branded",
    "labelled" or "dubbed" in its sentence, the verb right after a capitalised word or a
    noun that is no pronoun and no form of "be" ("Hargreaves described the count as a shambles",
    "the union branded the offer an insult"; not "was described as", "I called it")?"""
    lowers, sentences = doc.lowers, doc.token_sentences
    first = doc.sentences[sentences[i]].first_token
    for v in range(i - 1, max(first, i - CHARACTERISATION_WINDOW) - 1, -1):
        if lowers[v] in _CHARACTERISING:
            if lowers[v] in _AS_VERBS and "as" not in lowers[v + 1 : i]:
                return False
            return v > first and lowers[v - 1] not in _NOT_SUBJECTS and not lowers[v - 1].endswith("ly")
        if lowers[v] in ("said", "says", "that", "because", "but"):
            return False
    return False
