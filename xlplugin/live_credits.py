"""(names29) The writers a live blog credits on its entries.

A live blog is written by a rota of reporters, and its entries say whose each one is, in one of
two shapes:

- a credit on the entry's time line: "Updated 10:42 by Sam Ode", "10:42 BST by Sam Ode",
  "Posted at 10.42am by Sam Ode", "10:42 | by Sam Ode";
- the writer's name alone on a line next to a line holding the entry's time alone ("10:42" /
  "Sam Ode" over the entry, or the name over the time), where a writer comes back (a rota: an
  entry's heading in title case, "10:42" / "Promenade Closed Again", is each entry's own).

Where at least ENTRY_CREDITS_MIN entries are credited so (`entry_credits`), the live blog's
author is all its writers, in the order they first appear, joined with "; " as a front matter's
authors are (`author`); the provenance scorer's byline cue credits the first such line (the
writers name people a reader can look up, as a byline does). One credited time line alone is an
article's update note, not a live blog's rota: it credits no one here.

Blind spots: a credit that follows the entry's text ("... \u2014 Sam Ode" at its end); an entry
credited with initials ("(SO)"); a writer named with one word; names alone where each writer
writes one entry.
"""

from __future__ import annotations

import re

__all__ = ["author", "entry_credits", "ENTRY_CREDITS_MIN"]

ENTRY_CREDITS_MIN = 2  # credited entries: one is an article's update note
CREDIT_LINE_CHARS = 80  # a time line with its credit is short; a sentence with a time and "by" is longer
NAME_LINE_CHARS = 40  # a writer's name alone on its line
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]+(?-i:[A-Z]{2,4}))?"
_NAME = r"(?P<name>[^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){1,4})"
# "Updated 10:42 by Sam Ode", "10:42 BST by Sam Ode", "Posted at 10.42am by Sam Ode",
# "10:42 | by Sam Ode" ("10:42 \u2014 Storm Warning Raised" is an entry's heading: "by" is needed)
_TIME_CREDIT_RE = re.compile(rf"[ \t]*(?:(?:updated|posted|update)(?:[ \t]+at)?[ \t]+)?{_CLOCK}[ \t]*"
                             rf"(?:[-\u2013\u2014|,][ \t]*)?by[ \t]+{_NAME}[ \t]*", re.IGNORECASE)
# A line that opens with an entry's time (or its update label and time): every credit's line, or the line next to it
# (read over "\n" + the text: a pattern opening with "\n" is searched for that character first, about 20 times
# faster than "^" with re.MULTILINE, which tries every position)
_STAMP_LINE_RE = re.compile(rf"\n[ \t]*(?:(?:updated|posted|update)(?:[ \t]+at)?[ \t]+)?{_CLOCK}(?![\d])[^\n]*",
                            re.IGNORECASE)
_TIME_ALONE_RE = re.compile(rf"[ \t]*(?:(?:updated|posted|update)(?:[ \t]+at)?[ \t]+)?{_CLOCK}[ \t]*", re.IGNORECASE)


def _person(name: str) -> bool:
    """A person's name as a byline writes one: every word capitalised but a name's particles, the
    byline cue's shape (`furniture.byline_name`), and no organisation (`names.credits_a_person`)."""
    from .furniture import byline_name
    from .names import NAME_PARTICLES, credits_a_person

    words = name.split()
    return (all(w[:1].isupper() or (0 < i < len(words) - 1 and w in NAME_PARTICLES) for i, w in enumerate(words))
            and byline_name(name) and credits_a_person(name))


def _line_before(text: str, s: int) -> tuple[int, int]:
    """The last non-blank line before offset s (a line's start): (start, end), or (0, 0)."""
    e = s - 1
    while e > 0:
        b = text.rfind("\n", 0, e) + 1
        if text[b:e].strip():
            return b, e
        e = b - 1
    return 0, 0


def _line_after(text: str, e: int) -> tuple[int, int]:
    """The first non-blank line after offset e (a line's end): (start, end), or (e, e)."""
    s = e + 1
    while s < len(text):
        n = text.find("\n", s)
        n = len(text) if n < 0 else n
        if text[s:n].strip():
            return s, n
        s = n + 1
    return e, e


def entry_credits(text: str) -> list[tuple[int, int, str]]:
    """The credited entries of a live blog (the module's doc): (start, end, name) of each credit's
    line, the name as written; [] where fewer than ENTRY_CREDITS_MIN entries are credited."""
    stamps = [(m.start(), m.end() - 1) for m in _STAMP_LINE_RE.finditer("\n" + text)]  # (offsets in `text`)
    if len(stamps) < ENTRY_CREDITS_MIN:  # (most texts: no line opens with a time of day)
        return []
    found: list[tuple[int, int, str]] = []
    alone: dict[int, tuple[int, int, str]] = {}
    for s, e in stamps:
        line = text[s:e].strip()
        if len(line) > CREDIT_LINE_CHARS:
            continue
        m = _TIME_CREDIT_RE.fullmatch(line)
        if m is not None:
            if _person(m.group("name")):
                found.append((s, e, " ".join(m.group("name").split())))
            continue
        if _TIME_ALONE_RE.fullmatch(line) is None:
            continue
        for ns, ne in (_line_before(text, s), _line_after(text, e)):
            name = text[ns:ne].strip()
            if ns not in alone and 0 < len(name) <= NAME_LINE_CHARS and _TIME_ALONE_RE.fullmatch(name) is None \
                    and _person(name):
                alone[ns] = (ns, ne, " ".join(name.split()))
    # names alone next to the times are a rota where a writer comes back: an entry's heading in title case
    # next to its time ("10:42" / "Promenade Closed Again") is one entry's, each heading another
    if len({name for _, _, name in alone.values()}) < len(alone):
        found = sorted(found + list(alone.values()))
    return found if len(found) >= ENTRY_CREDITS_MIN else []


def author(text: str) -> tuple[str, str]:
    """A live blog's author (all the writers its entries credit, in order, joined with "; ":
    "Sam Ode; Hana Brill") and its first credit line; ("", "") where it credits fewer than
    ENTRY_CREDITS_MIN entries."""
    credits = entry_credits(text)
    if not credits:
        return "", ""
    s, e, _ = credits[0]
    return "; ".join(dict.fromkeys(name for _, _, name in credits)), text[s:e].strip()
