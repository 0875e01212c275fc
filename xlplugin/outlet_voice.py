"""The outlet speaking as an institution: texts whose "we" is the newsroom's, not an argument.

Two kinds of text are written by an outlet about its own work, in its own name (loaded language
version 37, voice15):

- a corrections notice: two or more paragraphs that each correct the outlet's earlier text ("The
  article has been corrected.", "We regret the error.", "We are sorry for the mistake.", "An
  earlier version of this article said ...");
- a live blog: three or more paragraphs that open with a time of day ("18:42 - ...", "6.05pm: ...");
- (loaded30) a developing story or explainer that pledges, outside quotations, to update itself
  ("We will update this page as we learn more", "This story will be updated", "We'll keep this
  article updated") or heads a part "What we know" / "What we don't know" on a line of its own.

In such a text "we", "us" and "our" are the outlet ("we said the court had nine members",
"contacted us to point out the error", "We aim to reply within five working days", "By our news
team", "what we know so far"); "I", "me" and "my" still count. `outlet_speaks(doc)` says whether
a text is one of the two, read outside quotations. One correction paragraph at the foot of a
column ("Correction: ... We apologise for the error.") leaves the column's voice as it is.
(loaded31) The pledge in the newsroom's other words counts too: a line opening "More to follow" or
"Further details to follow", "We will bring you more as we get it", "This is a developing story".
Blind spots: a corrections notice of one item; an update pledge worded otherwise; a live blog whose times are not at the start of
its paragraphs; an argued live blog (a fan's match blog) reads as the newsroom's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .text import Document

__all__ = ["outlet_speaks", "live_entries", "entry_shout", "CORRECTION_PARAGRAPHS", "LIVE_ENTRIES", "SHOUT_WORDS"]

# A correction of the outlet's own text, three ways, each with the words a text must hold for it to
# be looked for (most texts hold none of the sets, and no pattern is run over them): the text named
# as changed ("The article has been corrected"), the outlet's apology for an error ("We regret the
# error", "We are sorry for the mistake") and "an earlier version of this ...".
_CORRECTIONS = (
    (frozenset("corrected amended updated changed clarified".split()),
     frozenset("article report story headline caption review obituary piece post text page graphic chart map".split()),
     re.compile(r"\b(?:article|report|story|headline|caption|review|obituary|piece|post|text|page|graphic|chart|map)"
                r"\s+(?:has|have|was|were)\s+(?:been\s+)?(?:corrected|amended|updated|changed|clarified)\b", re.IGNORECASE)),
    (frozenset("apologise apologize regret sorry wrong".split()),
     frozenset("error errors mistake mistakes confusion".split()),
     re.compile(r"\bwe\s+(?:apologi[sz]e|regret|are\s+sorry|were\s+wrong)\b[^.!?\n]{0,40}?"
                r"\b(?:error|errors|mistake|mistakes|confusion)\b", re.IGNORECASE)),
    (frozenset(("version",)), frozenset("earlier previous".split()),
     re.compile(r"\ban?\s+(?:earlier|previous)\s+version\s+of\s+this\b", re.IGNORECASE)),
)
CORRECTION_PARAGRAPHS = 2  # paragraphs that correct: a notice, not one note under a column
# A live blog's entry opens its paragraph with a time of day: "18:42 -", "17.55:", "6.05pm -".
_ENTRY_RE = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[-\u2013\u2014:|]\s+\S",
                       re.IGNORECASE)
LIVE_ENTRIES = 3  # entries: a text with one time at a paragraph's start is no live blog
# (praise19) A live match report's entry opens with the minute of play instead: "74 min:",
# "90+4 min -", "67' ".
_MINUTE_RE = re.compile(r"\d{1,3}(?:\+\d{1,2})?(?:\s?min(?:ute)?s?\.?|['\u2019])\s*[-\u2013\u2014:|]?\s+(?=\S)",
                        re.IGNORECASE)
SHOUT_WORDS = 4  # words of a match event called out at an entry's start: "GOAL!", "WHAT A SAVE!"
# (loaded30) The newsroom's pledge to update the page it is writing, and the explainer's headings
# of what is known: its "we" is the newsroom's ("We don't know yet when ...").
_PAGE_WORDS = r"(?:page|story|article|report|post|explainer|piece|blog|live\s+blog|guide)"
_UPDATE_RE = re.compile(
    r"\bwe(?:'ll|\u2019ll|\s+will|\s+are\s+going\s+to|\s+shall)\s+(?:continue\s+to\s+|keep\s+)?"
    r"(?:update|be\s+updating|updating)\s+(?:this|the)\s+" + _PAGE_WORDS + r"\b"
    r"|\bwe(?:'ll|\u2019ll|\s+will)\s+keep\s+(?:this|the)\s+" + _PAGE_WORDS + r"\s+updated\b"
    r"|\bthis\s+" + _PAGE_WORDS + r"\s+(?:will\s+be|is\s+being|may\s+be)\s+updated\b"
    r"|^[ \t]*what\s+we\s+(?:know|don't\s+know|don\u2019t\s+know|do\s+not\s+know)(?:\s+so\s+far)?[ \t]*:?[ \t]*$"
    # (loaded31) the same pledge in the newsroom's other words: a line opening "More to follow",
    # "Further details to follow"; "We will bring you more as we get it"; "This is a developing story"
    r"|^[ \t]*[(\[*_]*(?:more|more\s+details|further\s+details|details)\s+to\s+follow\b"
    r"|\bwe(?:'ll|\u2019ll|\s+will|\s+shall)\s+(?:continue\s+to\s+)?bring\s+you\s+(?:more|the\s+latest|updates|further\s+updates)\b"
    r"|\bthis\s+is\s+a\s+developing\s+(?:news\s+)?story\b|\bthis\s+story\s+is\s+developing\b",
    re.IGNORECASE | re.MULTILINE)


def outlet_speaks(doc: Document) -> bool:
    """Is the text a corrections notice or a live blog (see the module), so that its "we",
    "us" and "our" are the outlet's?"""
    if live_entries(doc):
        return True
    if _correction_paragraphs(doc) >= CORRECTION_PARAGRAPHS:
        return True
    return _updates_itself(doc)


def live_entries(doc: Document) -> list[tuple[int, int]]:
    """The entries of a live blog, (where its stamp ends, where its paragraph ends) for each
    paragraph that opens with a time of day ("18:42 -") or (praise19) a minute of play ("74
    min:"), outside quotations; none where fewer than LIVE_ENTRIES paragraphs do."""
    text = doc.text
    entries = []
    for start, end in doc.paragraphs:
        if start < end and text[start].isdigit() and doc.quote_at(start) is None:
            stamp = _ENTRY_RE.match(text, start, end) or _MINUTE_RE.match(text, start, end)
            if stamp:
                entries.append((stamp.end() if stamp.re is _MINUTE_RE else stamp.end() - 1, end))
    return entries if len(entries) >= LIVE_ENTRIES else []


def entry_shout(text: str, entries: list[tuple[int, int]], at: int) -> bool:
    """(praise19) Is the "!" at `at` the call of a match event that opens a live entry, no more than
    SHOUT_WORDS words after its stamp with no sentence ended between ("74 min: GOAL!", "88 min:
    WHAT A SAVE!", "23' Chance!")? The shout is the live blog's form, not the writer's heat; a
    "!" later in the entry ("What a player he is!") is the writer's."""
    k = bisect_right(entries, (at, len(text))) - 1
    if k < 0 or at >= entries[k][1]:
        return False
    called = text[entries[k][0] : at]
    return len(called.split()) <= SHOUT_WORDS and not any(mark in called for mark in ".!?\n")


def _updates_itself(doc: Document) -> bool:
    """(loaded30) Does the text pledge, outside quotations, to update itself ("We will update this
    page as we learn more", "This story will be updated") or head a part "What we know"?"""
    if not doc.analysis.holds_any(_UPDATE_WORDS):
        return False
    # (read only around the words every form holds, `_NEEDLES`, a line either side: one
    # pass of the pattern over a whole text cost about 8% of a document's scoring)
    text, lower = doc.text, doc.analysis.lower_text
    return any(doc.quote_at(m.start()) is None
               for start, end in _lines_around(lower, _NEEDLES)
               for m in _UPDATE_RE.finditer(text, start, end))


# (every form holds one of the needles; `_UPDATE_WORDS` are their words, for a set test first)
_NEEDLES = ("updat", "what", "to follow", "bring you", "developing")
_UPDATE_WORDS = frozenset(("update", "updated", "updating", "know", "follow", "bring", "developing"))


def _lines_around(lower: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of the line holding each occurrence of a needle, with the line before and the
    line after it (a pledge may run over a line break)."""
    spans = []
    for needle in needles:
        i = lower.find(needle)
        while i >= 0:
            start = lower.rfind("\n", 0, max(lower.rfind("\n", 0, i), 0)) + 1
            end = lower.find("\n", lower.find("\n", i) + 1)
            spans.append((start, len(lower) if end < 0 or lower.find("\n", i) < 0 else end))
            i = lower.find(needle, i + 1)
    return spans


def _correction_paragraphs(doc: Document) -> int:
    """How many paragraphs hold a correction of the outlet's text, outside quotations."""
    holds = doc.analysis.holds_any
    starts = [start for start, _ in doc.paragraphs]
    found: set[int] = set()
    for words, more_words, pattern in _CORRECTIONS:
        if not (holds(words) and holds(more_words)):
            continue
        for m in pattern.finditer(doc.text):
            if doc.quote_at(m.start()) is None:
                found.add(bisect_right(starts, m.start()))
    return len(found)
