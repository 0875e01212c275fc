"""(sources15) The writer's own contrast after a reported claim: "They claim 30 percent less
fuel, but real users see 12 percent." The source before the verb of saying ("They claim") speaks
for its own clause; the clause after ", but" (or ", yet", "; but") that gives a figure of its own
and names no source is the writer's answer to it, put forward on no one's word. The sentence is
then unsourced (`xlplugin.scorers.unsourced_claims`), with the reason.

Left as they were: a source after the contrast ("..., but the council says 12 percent"), a source
inverted after both clauses ("Fuel use fell, but costs rose 12 percent, she said": the speaker
covers the sentence), "but that ..." (still the reported speech), a contrast with no figure (a date or a year is none),
and a phrase after "but" that opens no clause ("a high sum, but still below $5 million").
"""

from __future__ import annotations

import re

from .cues import Attribution
from .text import Document, Sentence

__all__ = ["writers_contrast"]

# ", but" / ", yet" / "; but" / "; yet" / "; however," opening the writer's own clause.
_CONTRAST_RE = re.compile(r"[,;]\s+(?:but|yet)\s+(?!that\b)|;\s+however,\s+", re.IGNORECASE)
_FIGURE_RE = re.compile(r"\d")
# Dates and years are no figure of the writer's ("but it was in the January 31, 1918 edition",
# "but when he visited in March 2010"): taken out before the figure is looked for.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_RE = re.compile(rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b"
                      r"|(?:1[5-9]|20)\d\d\b)")
# Words that open no clause of its own after "but": a phrase qualifying what came before ("a high
# sum, but still below the $5 million", "but not 30 percent").
_NOT_A_CLAUSE = frozenset("still not also only even rather less more far well just never then".split())


def writers_contrast(doc: Document, sentence: Sentence, own: Attribution, reporting: frozenset[str]) -> str | None:
    """The writer's clause after a contrast in `sentence`, when `own` (its source, found through a
    verb of saying) ends before the contrast and the clause gives a figure and holds no verb of
    saying of its own (a word of `reporting`); else None."""
    if not own.verb or own.quote:
        return None
    text = doc.text
    m = _CONTRAST_RE.search(text, own.end, sentence.end)
    if m is None:
        return None
    clause = text[m.end():sentence.end]
    if not _FIGURE_RE.search(_DATE_RE.sub(" ", clause)):
        return None
    words = re.findall(r"[a-z]+", clause.lower())
    if not words or words[0] in _NOT_A_CLAUSE or not reporting.isdisjoint(words) or "according" in words:
        return None
    return clause.strip()
