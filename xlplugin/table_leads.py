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

(claims41) A line under the rows that names where they come from ("Source: ONS", "Source:
Eurostat, 2024", "Sources: HM Treasury; OBR", on a line of its own, one blank line at most under
the last row) sources the rows right over it the same way (`source_lines`): the figures are that
body's data, as a chart's or a table's credit says. A source line naming no one ("Source:
internet", "Source: Facebook": repost_credits.credited_original, the platforms of PICKED_UP_FROM)
sources nothing.

Blind spots: a source named in the heading over the table; a lead line that ends in a full stop
("The figures, from the OBR, are as follows."); prose between the rows and the source line.
"""

from __future__ import annotations

import re

from .cues import Attribution
from .repost_credits import credited_original
from .text import Document

__all__ = ["ROW_MAX_WORDS", "table_leads", "source_lines"]

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


# (claims41) Rows a source line credits at the least: one short line over "Source: Reuters" is a
# paragraph with the copy's credit under it, not a table.
MIN_CREDITED_ROWS = 2
# (claims41) A line that credits the figures over it: "Source:", "Sources:", "Data source:" opening it.
_SOURCE_LINE_RE = re.compile(r"(?:data[ \t]+)?sources?[ \t]*:", re.IGNORECASE)
_SOURCE_MARKERS = ("sources:", "source:")


def source_lines(doc: Document) -> dict[int, Attribution]:
    """The rows right over a line that names their source ("Source: ONS"): {row sentence index:
    the source line as a document attribution}; {} when no such line stands under rows."""
    text, sentences = doc.text, doc.sentences
    out: dict[int, Attribution] = {}
    for k, line in enumerate(sentences):
        if k == 0 or not _SOURCE_LINE_RE.match(line.text.lstrip(" \t|*-")) \
                or not _on_its_own_line(text, line.start, line.end):
            continue
        name = credited_original(line.text, _SOURCE_MARKERS)
        if not name:
            continue
        source = Attribution("document", line.start, line.end, f"source line \u201c{line.text.strip()}\u201d",
                             False, False, False)
        after, gap, rows = line.start, _LEAD_GAP_RE, []
        for n in range(k - 1, -1, -1):
            row = sentences[n]
            if row.word_count > ROW_MAX_WORDS or not gap.match(text, row.end, after) \
                    or not _on_its_own_line(text, row.start, row.end):
                break
            rows.append(n)
            after, gap = row.start, _ROW_GAP_RE
        if len(rows) >= MIN_CREDITED_ROWS:
            out.update(dict.fromkeys(rows, source))
    return out
