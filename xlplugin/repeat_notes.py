"""What a row says when the batch step left some of its text out (`xlplugin.repeats`).

A paragraph that recurs in several documents of one outlet is read as that outlet's furniture
(an editor's note, a disclaimer, a newsletter plug) and is read neither for loaded language nor
for claims (issue 10: such a note is not the author's voice). That depends on
the other documents of the batch, so a row could score differently in another batch without a
word of it changing: the row says so, in its note (the Status column, `note` in `--json`), and
the paragraph is shown in the evidence, kind "repeated paragraph" (unsourced claims', or loaded
language's where claims found no check-worthy sentence), so that a person can see what was left
out and why.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from .repeats import COPY_MARK, REPEAT_MIN_DOCUMENTS, outlet_label
from .text import Document
from .types import Evidence, Score

__all__ = ["EVIDENCE_KIND", "SIGNAL", "SIGNALS", "batch_note", "copy_note", "with_furniture_evidence"]

EVIDENCE_KIND = "repeated paragraph"
# The signals whose evidence may show the paragraphs, in order of preference: the first one
# scored (an unscored one read nothing; a row with no check-worthy sentence has no unsourced-claims
# value), else the first one present, so that the evidence the note points to is always there.
SIGNALS = ("unsourced_claims", "loaded_language")
SIGNAL = SIGNALS[0]


def _where(doc: Document) -> str:
    label = outlet_label(doc.outlet, doc.url)
    return f"in at least {REPEAT_MIN_DOCUMENTS} documents of {label} in this batch"


def batch_note(doc: Document, keys: Collection[str] = ()) -> str:
    """ "412 characters not scored (loaded language, claims): a paragraph repeated in at least 3
    documents of example.com in this batch (see the evidence)"; for a copy (`keys`, the batch's
    marks, hold COPY_MARK-ed keys: `repeats.decide`) the paragraphs it scored that other documents
    left out (`copy_note`); "" where the batch marked nothing."""
    spans = doc.furniture
    if not spans:
        return copy_note(doc, keys)
    characters = sum(end - start for start, end in spans)
    what = "a paragraph" if len(spans) == 1 else f"{len(spans)} paragraphs"
    return (f"{characters:,} characters not scored (loaded language, claims): {what} repeated {_where(doc)} "
            "(see the evidence)")


def copy_note(doc: Document, keys: Collection[str]) -> str:
    """ "a paragraph repeated in at least 3 documents of example.com in this batch was scored
    here: most of this text recurs in the batch (a copy)", where other documents of the outlet
    had the paragraph left out but this one, a copy of another (`repeats.is_copy`), keeps it;
    "" where the batch marked no such paragraph."""
    copied = sum(1 for key in keys if key.startswith(COPY_MARK))
    if not copied:
        return ""
    what, verb = ("a paragraph", "was") if copied == 1 else (f"{copied} paragraphs", "were")
    return f"{what} repeated {_where(doc)} {verb} scored here: most of this text recurs in the batch (a copy)"


def with_furniture_evidence(doc: Document, signals: dict[str, Score]) -> dict[str, Score]:
    """`signals` with each repeated paragraph first in the evidence of one signal (`_shown_in`):
    wherever the row's note says "(see the evidence)", the paragraph is there."""
    name = _shown_in(signals) if doc.furniture else None
    if name is None:
        return signals
    sig = signals[name]
    out = dict(signals)
    detail = "not scored (loaded language, claims): repeated " + _where(doc)
    shown = tuple(Evidence(doc.text[s:e], EVIDENCE_KIND, s, e, detail) for s, e in doc.furniture)
    out[name] = replace(sig, evidence=shown + tuple(sig.evidence))
    return out


def _shown_in(signals: dict[str, Score]) -> str | None:
    """The signal of SIGNALS that shows the paragraphs: the first scored, else the first present."""
    present = [name for name in SIGNALS if signals.get(name) is not None]
    scored = [name for name in present if signals[name].value is not None]
    return (scored or present or [None])[0]
