"""(claims40) The rows of a table or a list of figures under a line that names their source.

A report gives figures as rows under a lead line ending in a colon that says whose they are:
"Figures from the Office for Budget Responsibility show:" then "Health: £12.4bn", "Schools:
£8.1bn, up 6%", ... one a line. Each row is that source's figure, as a sentence right after "...,
the OBR said" would be: the rows are sourced by the lead line, not the writer's bare claims.

The rule, read by `xlplugin.scorers.unsourced_claims` (`_verdict`): a sentence that ends in a
colon and names a source (named, by role, a document or a link: not a vague one) leads the rows
right under it; a row is a sentence on a line of its own (a list's bullet, a table's bars around
it), of at most ROW_MAX_WORDS words; the first row stands at most one blank line under the lead,
each next row on the next line (a table's rule line, "|---|---|", between them is passed over).
The rows end at the first sentence that is not such a row: a paragraph of prose after the table
is the writer's again.

Blind spots: a source named under the table ("Source: ONS") or in the heading over it; a lead
line that ends in a full stop ("The figures, from the OBR, are as follows.").
"""

from __future__ import annotations

import re

from .cues import Attribution
from .text import Document

__all__ = ["ROW_MAX_WORDS", "table_leads"]

# The most words a row of figures holds ("Defence: £6.3bn, the biggest rise in a decade" is 9):
# longer lines are sentences of prose, whatever line they stand on.
ROW_MAX_WORDS = 14
# What may stand before a row on its line (a bullet, a number, a table's bar) and after it (a
# table's bar).
_ROW_OPEN_RE = re.compile(r"[ \t]*(?:[-*\u2022\u2013|>]+[ \t]*|\d{1,2}[.)][ \t]+)?\Z")
_ROW_CLOSE_RE = re.compile(r"[ \t|]*(?:\n|\Z)")
# A gap between two rows: one line break, with a table's rule lines ("|---|:---:|") between.
_ROW_GAP_RE = re.compile(r"[ \t|]*\n(?:[ \t]*[|+:=-][|+:= \t-]*\n)*[ \t]*(?:[-*\u2022\u2013|>]+[ \t]*|\d{1,2}[.)][ \t]+)?\Z")
# The gap between the lead line and its first row: one line break, or a blank line.
_LEAD_GAP_RE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*[|+:=-][|+:= \t-]*\n)*[ \t]*(?:[-*\u2022\u2013|>]+[ \t]*|\d{1,2}[.)][ \t]+)?\Z")


def _on_its_own_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _ROW_OPEN_RE.match(text, line_start, start) is not None and _ROW_CLOSE_RE.match(text, end) is not None \
        and "\n" not in text[start:end]


def table_leads(doc: Document, found: tuple[Attribution | None, ...]) -> dict[int, int]:
    """The rows under a sourced lead line: {row sentence index: lead sentence index}; {} when the
    text has no sentence ending in a colon that names a source."""
    text, sentences = doc.text, doc.sentences
    out: dict[int, int] = {}
    for k, sentence in enumerate(sentences):
        lead = found[k]
        if lead is None or not lead.sourced or not sentence.text.rstrip().endswith(":"):
            continue
        before, gap = sentence.end, _LEAD_GAP_RE
        for n in range(k + 1, len(sentences)):
            row = sentences[n]
            if row.word_count > ROW_MAX_WORDS or not gap.match(text, before, row.start) \
                    or not _on_its_own_line(text, row.start, row.end):
                break
            out[n] = k
            before, gap = row.end, _ROW_GAP_RE
    return out
