"""(kinds16) An event's agenda or programme: a heading line naming it ("Agenda", "Programme",
"Tagesordnung", alone on its line, or with a short qualifier: "Programme: Day 1, Tuesday 9 June", "Conference
schedule", "Agenda for the afternoon"; kinds39) with items under it that carry their durations ("Lightning
talks (30 mins)") or time slots ("09:30 - 10:15 Keynote": a range; a live blog's entries carry one
time each). Items, times and speakers with no prose: not an article (data/kinds.txt, computed
"agenda").

Looked for by str.find of each heading word in the lower-cased text (most texts hold none of
them alone on a line), and the items only under a heading found: no pattern runs over the
whole text of a report.
"""

from __future__ import annotations

import re

HEADINGS = ("agenda", "programme", "program", "running order", "tagesordnung", "ablauf", "ordre du jour", "schedule",
            "timetable")
# a word each heading needs (a document's word set rules most texts out with one set test)
HEADING_WORDS = frozenset(("agenda", "programme", "program", "order", "tagesordnung", "ablauf", "jour", "schedule",
                           "timetable"))
AGENDA_ITEMS = 2  # items with a duration or a time slot under the heading

# (kinds39) a heading line: the word alone, or with a short qualifier of up to four words before it ("Day 2
# programme", "Conference schedule") or a short one after a separator or "for" ("Programme: Day 1, Tuesday 9 June",
# "Timetable - Saturday", "Agenda for the afternoon"; 40 characters at most). A fresh conference page's programme
# under "Programme: Day 1, ..." was a news report with an index. A sentence is no heading: its words run on past
# the heading word with no separator, and the items with time slots (two or more) must still follow.
_HEADINGS_RE = "(?:" + "|".join(HEADINGS) + ")"
_HEADING_LINE_RE = re.compile(
    r"[ \t]*(?:#{1,3}[ \t]*)?(?:[\w'\u2019&.-]+[ \t]+){0,4}" + _HEADINGS_RE
    + r"(?:[ \t]*(?::|[-\u2013\u2014|,]|[ \t]for[ \t])[^\n]{0,40})?[ \t]*:?[ \t]*")
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
