"""(forum26) A reader's letter quoted in an advice column: the reader's words, not the columnist's.

An advice column (an agony aunt's, a money or etiquette column) prints a reader's letter and
then the columnist's answer. The letter opens with a salutation to the columnist ("Dear Ruth,",
"DEAR ABBY:") and closes with the reader's signature, often a pen name ("Signed, Worried in
Leeds", "-- FED UP IN FRESNO"); the answer opens with a salutation back to that pen name ("Dear
Worried,", "DEAR FED UP:"). `letters(doc)` finds each letter: from a salutation to the
columnist (the name the first salutation gives) up to a salutation to someone else whose first
word stands in the letter's last lines (its signature); and the column's headline where it
speaks in the reader's first person ("Ask Ruth: My husband spends our savings ..."). The letter's "I", "!", questions and
loaded words are the reader's: `xlplugin.blockquotes.reported_blocks` adds the letters to its
quoted blocks (loaded language), and the kinds rule leaves them out of the writer's first person.

Blind spots: a letter without a salutation, or answered without one ("Q: ... A: ..." columns);
an answer whose salutation names the reader in other words than the signature ("Signed, Anxious
Mum" answered "Dear Anxious Mother" is found; "Dear Reader" is not).
"""

from __future__ import annotations

import re
import weakref

from .text import Document

__all__ = ["letters"]

# A salutation opening a line: "Dear", a name of one to five words, then a comma or a colon (the
# letter may go on after a colon on the same line: "DEAR ABBY: My husband ...").
_SALUTATION_RE = re.compile(r"(?:^|\n)[ \t]*dear[ \t]+(?P<name>[^\W\d][^\n,:;.!?]{0,40}?)[ \t]*[,:]", re.IGNORECASE)
# How far back from the answer's salutation the letter's signature may stand (its last lines).
SIGNATURE_CHARS = 120
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")

_LAST: list = [None, None]


def letters(doc: Document) -> list[tuple[int, int]]:
    """The spans (start, end) of the readers' letters an advice column quotes (see the module's
    docstring); [] for most texts (asked only where "dear" opens a line)."""
    last = _LAST[0]() if _LAST[0] is not None else None
    if last is doc:
        return _LAST[1]
    found = _letters(doc) if "dear" in doc.analysis.vocabulary else []
    _LAST[:] = [weakref.ref(doc), found]
    return found


def _letters(doc: Document) -> list[tuple[int, int]]:
    text = doc.text
    salutations = [(m.start() + (text[m.start()] == "\n"), m["name"].strip().lower()) for m in _SALUTATION_RE.finditer(text)]
    if len(salutations) < 2:
        return []
    columnist = salutations[0][1]
    out = []
    for (start, name), (next_start, next_name) in zip(salutations, salutations[1:]):
        if name != columnist or next_name == columnist:
            continue
        first = _WORD_RE.match(next_name)
        if first is None:
            continue
        signature = text[max(start, next_start - SIGNATURE_CHARS) : next_start].lower()
        if re.search(r"\b" + re.escape(first.group()) + r"\b", signature):
            out.append((start, next_start))
    if out:
        title = _title_in_readers_words(doc, out[0][0])
        if title is not None:
            out.insert(0, title)
    return out


# The first person of a headline that echoes the letter ("Ask Ruth: My husband spends our savings").
_FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|i’m|my|me|mine|we|our|us)\b", re.IGNORECASE)
TITLE_MAX_CHARS = 120


def _title_in_readers_words(doc: Document, before: int) -> tuple[int, int] | None:
    """The column's headline line where it speaks in the reader's first person ("My husband spends
    our savings on scratch cards"): the first line of the text, before the first letter, short
    and no sentence of prose (no full stop at its end)."""
    text = doc.text
    for s, e in doc.lines:
        line = text[s:e].strip()
        if not line:
            continue
        if s >= before or len(line) > TITLE_MAX_CHARS or line.endswith(".") or not _FIRST_PERSON_RE.search(line):
            return None
        return s, e
    return None
