"""(advert30) An e-mail newsletter's own furniture: the lines a newsletter's software and template put round its items.

A newsletter pasted from an inbox opens with "View this email in your browser" and a greeting ("Good morning,
Wendmouth!"), puts "Read more →" under each item, carries a sponsor's block ("This week's brief is brought to you by
Harbourside Motors ... Book now →") and ends with a sign-off, "Forward this to a friend | Was this forwarded to you?
Sign up here", "You are receiving this email because you subscribed ...", "Unsubscribe | Update your preferences" and
the sender's postal address. None of that is the writer's prose: "Sign up here" is no invitation to the writer's
event and the sponsor's "Book now" no call of the writer's to buy. `furniture(text, lower)` finds those lines, only in
a text that is a newsletter (two or more of its footer's marks, `NEWSLETTER_MARKS_MIN`); `xlplugin.kinds` leaves them
out of the writer's own words, so the items under them keep their kind (a digest of reports is a news report).
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Newsletter", "furniture", "NEWSLETTER_MARKS_MIN"]

NEWSLETTER_MARKS_MIN = 2  # distinct footer marks of a newsletter (one alone: a page that mentions unsubscribing)
# the marks of a newsletter's template, each naming its kind (the cheap check: one of these words must be in the text)
_MARKS = (
    ("browser", re.compile(r"\bview (?:this (?:email|e-mail|newsletter) )?(?:in (?:your|a) (?:web )?browser|online)\b")),
    ("receiving", re.compile(r"\b(?:you(?:'re| are) receiving this|you received this (?:email|e-mail|message)|this (?:email|e-mail) was sent to)\b")),
    ("unsubscribe", re.compile(r"\bunsubscribe\b")),
    ("preferences", re.compile(r"\b(?:update|manage|change) (?:your )?(?:email |e-mail |subscription )?(?:preferences|subscription)\b")),
    ("forwarded", re.compile(r"\b(?:forward this (?:email |e-mail |newsletter )?to a friend|was this forwarded to you|forwarded this (?:email|e-mail))\b")),
)
# the cheap check: the words of each mark, of which NEWSLETTER_MARKS_MIN groups must be in the text before any pattern runs
_CHEAP = (("browser", "view online", "view this email online"), ("receiving this", "received this", "was sent to"),
          ("unsubscribe",), ("preferences", "subscription"), ("forward this", "forwarded"))
# a line of the template wherever it stands: a link line under an item, a sign-up or sharing line, the sign-off
_LINE_RE = re.compile(
    r"[ \t]*(?:read (?:more|the full story|on)|continue reading|full story)[ \t]*(?:[\u2192\u00bb>\u25b6\u27a1-]+[ \t]*)?"
    r"|[^\n]{0,80}\b(?:sign up here|subscribe here|sign up for free|share this (?:email|e-mail|newsletter)|just reply to this (?:email|e-mail)"
    r"|reply to this (?:email|e-mail)|all rights reserved|privacy policy)\b[^\n]{0,120}"
    r"|[ \t]*(?:subject|from|to|date|sent):[^\n]{0,200}"
    r"|[ \t]*(?:good (?:morning|afternoon|evening)|hello|hi|hey|dear|morning)\b[^\n.?]{0,40}[!,.]?[ \t]*"
    r"|[ \t]*(?:see you (?:next|on|tomorrow|soon)|until next (?:time|week)|that's (?:all|it) for (?:this|today))\b[^\n]{0,80}")
# a sponsor's block: its label line, then the lines up to a blank line or a rule line
_SPONSOR_RE = re.compile(r"\b(?:brought to you by|sponsored by|presented by|in partnership with|this (?:week's|issue's|edition's) sponsor"
                         r"|today's sponsor|a word from (?:our|this week's|today's) sponsors?|our sponsors?|sponsor(?:ed)?)\b")
_RULE_LINE_RE = re.compile(r"[ \t]*(?:[-=_*~\u2014\u2013\u2500]{3,}|\*[ \t]*\*[ \t]*\*)[ \t]*")


class Newsletter(NamedTuple):
    spans: tuple[tuple[int, int], ...]  # the furniture lines, offsets into the text
    marks: tuple[str, ...]  # the footer's marks found ("unsubscribe", "forwarded" ...)
    sponsor: str  # the sponsor block's label line, lower-cased ("" if none)


def _lines(lower: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in lower.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


_VOCABULARY = (frozenset(("browser", "online")), frozenset(("receiving", "received", "sent")), frozenset(("unsubscribe",)),
               frozenset(("preferences", "subscription")), frozenset(("forward", "forwarded")))


def furniture(lower: str, vocabulary: frozenset[str] | None = None) -> Newsletter | None:
    """The newsletter's furniture lines in the lower-cased text `lower`, or None where it is no newsletter
    (`vocabulary`: the document's lower-cased words, where known: the cheapest check, a set lookup per mark's word)."""
    if vocabulary is not None and sum(not group.isdisjoint(vocabulary) for group in _VOCABULARY) < NEWSLETTER_MARKS_MIN:
        return None
    if sum(any(word in lower for word in group) for group in _CHEAP) < NEWSLETTER_MARKS_MIN:
        return None
    marks = tuple(name for name, pattern in _MARKS if pattern.search(lower))
    if len(marks) < NEWSLETTER_MARKS_MIN:
        return None
    spans: list[tuple[int, int]] = []
    sponsor = ""
    in_block = False
    lines = _lines(lower)
    # the footer: from its first line naming the subscription ("You are receiving this", "Unsubscribe", "Forward this
    # to a friend") in the last half of the lines, to the end (the sender's address and copyright lines with it)
    footer = next((start for start, end in lines[len(lines) // 2:]
                   if any(pattern.search(lower, start, end) for name, pattern in _MARKS if name != "browser")), len(lower))
    for start, end in lines:
        line = lower[start:end]
        if start >= footer:
            if line.strip():
                spans.append((start, end))
            continue
        if not line.strip():
            in_block = False
            continue
        if _RULE_LINE_RE.fullmatch(line):
            in_block = False
            spans.append((start, end))
            continue
        if in_block:
            spans.append((start, end))
            continue
        bare = line.strip()
        # a sponsor's label on a short line of its own (a sentence reporting a sponsorship runs longer)
        if len(bare) <= 120 and not bare.endswith(".") and _SPONSOR_RE.search(bare):
            sponsor = sponsor or bare
            in_block = True
            spans.append((start, end))
            continue
        if any(pattern.search(line) for _, pattern in _MARKS) or _LINE_RE.fullmatch(line):
            spans.append((start, end))
    return Newsletter(tuple(spans), marks, sponsor)
