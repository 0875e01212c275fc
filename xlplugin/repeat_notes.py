"""What a row says when the batch step left some of its text out (`xlplugin.repeats`).

A paragraph that recurs in several documents of one outlet is read as that outlet's furniture
(an editor's note, a disclaimer, a newsletter plug) and is read neither for loaded language nor
for claims (issue 10: such a note is not the author's voice). That depends on
the other documents of the batch, so a row could score differently in another batch without a
word of it changing: the row says so, in its note (the Status column, `note` in `--json`), and
the paragraph is shown in the unsourced-claims evidence, kind "repeated paragraph", so that a
person can see what was left out and why.
"""

from __future__ import annotations

from dataclasses import replace
from .repeats import REPEAT_MIN_DOCUMENTS, outlet_label
from .text import Document
from .types import Evidence, Score

__all__ = ["EVIDENCE_KIND", "SIGNAL", "batch_note", "with_furniture_evidence"]

EVIDENCE_KIND = "repeated paragraph"
# The signal whose evidence shows the paragraphs (loaded language leaves them out too, and shows
# no evidence for text it does not read).
SIGNAL = "unsourced_claims"


def _where(doc: Document) -> str:
    label = outlet_label(doc.outlet, doc.url)
    return f"in at least {REPEAT_MIN_DOCUMENTS} documents of {label} in this batch"


def batch_note(doc: Document) -> str:
    """ "412 characters not scored (loaded language, claims): a paragraph repeated in at least 3
    documents of example.com in this batch (see the evidence)"; "" where the batch marked
    nothing."""
    spans = doc.furniture
    if not spans:
        return ""
    characters = sum(end - start for start, end in spans)
    what = "a paragraph" if len(spans) == 1 else f"{len(spans)} paragraphs"
    return (f"{characters:,} characters not scored (loaded language, claims): {what} repeated {_where(doc)} "
            "(see the evidence)")


def with_furniture_evidence(doc: Document, signals: dict[str, Score]) -> dict[str, Score]:
    """`signals` with each repeated paragraph first in the unsourced-claims evidence (where that
    signal was scored: an unscored one read nothing)."""
    sig = signals.get(SIGNAL)
    if not doc.furniture or sig is None or sig.value is None:
        return signals
    out = dict(signals)
    detail = "not scored (loaded language, claims): repeated " + _where(doc)
    shown = tuple(Evidence(doc.text[s:e], EVIDENCE_KIND, s, e, detail) for s, e in doc.furniture)
    out[SIGNAL] = replace(sig, evidence=shown + tuple(sig.evidence))
    return out
