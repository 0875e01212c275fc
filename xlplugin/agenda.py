"""(kinds16) An event's agenda or programme: a heading line naming it ("Agenda", "Programme",
"Tagesordnung", alone on its line) with items under it that carry their durations ("Lightning
talks (30 mins)") or time slots ("09:30 - 10:15 Keynote": a range; a live blog's entries carry one
time each). Items, times and speakers with no prose: not an article (data/kinds.txt, computed
"agenda").

Looked for by str.find of each heading word in the lower-cased text (most texts hold none of
them alone on a line), and the items only under a heading found: no pattern runs over the
whole text of a report.
"""

from __future__ import annotations

import re

HEADINGS = ("agenda", "programme", "program", "running order", "tagesordnung", "ablauf", "ordre du jour")
# a word each heading needs (a document's word set rules most texts out with one set test)
HEADING_WORDS = frozenset(("agenda", "programme", "program", "order", "tagesordnung", "ablauf", "jour"))
AGENDA_ITEMS = 2  # items with a duration or a time slot under the heading

_HEADING_LINE_RE = re.compile(r"[ \t]*(?:#{1,3}[ \t]*)?(?:" + "|".join(HEADINGS) + r")[ \t]*:?[ \t]*")
_ITEM_RE = re.compile(
    r"\(\d{1,3}(?:[ \t]*[-\u2013][ \t]*\d{1,3})?[ \t]*(?:mins?|minutes|hours?|hrs?|min\.|std\.|stunden?|minuten)\)"
    r"|(?m:^)[ \t]*(?:[-\u2022*][ \t]*)?\d{1,2}[:.]\d{2}[ \t]*(?:am|pm|uhr|h)?[ \t]*[-\u2013\u2014][ \t]*\d{1,2}[:.]\d{2}\b")


def agenda(lower: str, vocabulary: frozenset[str]) -> str | None:
    """The cue in words where `lower` (the lower-cased text) holds an agenda heading line with
    at least AGENDA_ITEMS items with durations or time slots after it; None elsewhere.
    `vocabulary`: the document's lower-cased words."""
    if vocabulary.isdisjoint(HEADING_WORDS):
        return None
    for word in HEADINGS:
        i = lower.find(word)
        while i >= 0:
            s = lower.rfind("\n", 0, i) + 1
            e = lower.find("\n", i)
            e = len(lower) if e < 0 else e
            if _HEADING_LINE_RE.fullmatch(lower, s, e):
                items = sum(1 for _ in _ITEM_RE.finditer(lower, e))
                if items >= AGENDA_ITEMS:
                    return f"an agenda heading ({lower[s:e].strip()}) and {items} items with durations or time slots"
            i = lower.find(word, e)
    return None
