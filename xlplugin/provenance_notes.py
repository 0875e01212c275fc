"""Provenance cues the line pass (`xlplugin.furniture`) and the attribution pass miss (sources10),
each a small rule the provenance scorer calls when its cue is not found yet:

- `byline_after_note`: a credit after a short note on its line ("Translated from Spanish.
  Interview by Pablo Ruiz, 20 January 2026."): the line starts with the note, not the credit.
- `letter_sign_off`: a letter to an editor (its salutation, [letter_salutation_starts], opens a
  line in the head: "Sir, I was ...") signed at its foot with the writer's name, a town on the
  line after it or after a comma ("Joan Fairley" / "Upper Stow").
- `update_line`: a short head line giving the time or the date of an update ("Last updated
  16:42", "Updated 7 August 2026").
- `dated_publication`: a publication named after "published", a date between ("a study
  published on Wednesday in the journal Sleep Health"): as "published in the journal ...".
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import furniture
from .names import credits_a_person
from .publications import place_at
from .text import Document

__all__ = ["head_lines", "byline_after_note", "letter_sign_off", "update_line", "dated_publication"]

# The head lines looked in, and the length of a line of furniture (as `furniture`'s).
HEAD_LINES = furniture.HEAD_LINES
SHORT_LINE = furniture.SHORT_LINE
# A note before a credit on its line is short ("Translated from Spanish."); a longer sentence is
# body text that happens to hold "by".
NOTE_CHARS = 40
# A name or a town line of a sign-off.
SIGN_OFF_CHARS = 40

_NAME_RE = re.compile(r"(?:[A-Z][a-z'\u2019-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.|van|de|von|da|bin)){1,4}")
_CREDIT_NAME_RE = re.compile(r"[ \t:]*[A-Z][\w'\u2019.-]+[ \t]+[A-Z][\w'\u2019.-]+")
_PLACE_RE = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t,]+[A-Z][\w'\u2019.-]*){0,3}")
_UPDATE_RE = re.compile(r"(?:last[ \t]+)?updated:?[ \t]+(?:on[ \t]+|at[ \t]+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                        r"|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)")
# "published", then when ("on Wednesday", "on 3 June 2026", "last week", "yesterday"), then " in"
_DATED_RE = re.compile(r"published[ \t]+(?:on[ \t]+[\w,]+(?:[ \t]+[\w,]+){0,2}|(?:last|this|earlier[ \t]+this)[ \t]+\w+"
                       r"|yesterday|today|recently|online)(?=[ \t]+in[ \t])[ \t]+in")
_TITLE_AFTER_RE = re.compile(r"[ \t]+(?:(?:the|a)[ \t]+)?(?:journal[ \t]+)?([A-Z][\w'\u2019&-]*)")
_NOT_TITLES = frozenset("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


@lru_cache(maxsize=1)
def _phrases(section: str) -> tuple[str, ...]:
    return tuple(furniture.sections()[section])


def head_lines(doc: Document) -> list[tuple[int, int]]:
    """The first HEAD_LINES non-empty lines, stripped, as (start, end)."""
    out: list[tuple[int, int]] = []
    text = doc.text
    for s, e in doc.lines:
        line = text[s:e]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((s + lead, s + len(line.rstrip())))
            if len(out) == HEAD_LINES:
                break
    return out


def byline_after_note(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """A credit ([byline_starts]) after a short note on a head line (`head`: `head_lines`), naming a
    person."""
    if "byline" in found.hits:
        return
    text = doc.text
    for s, e in head:
        if e - s > SHORT_LINE:
            continue
        p = text.find(". ", s, min(e, s + NOTE_CHARS + 1))
        if p < 0:
            continue
        rest = text[p + 2:e]
        lower = rest.lower()
        for phrase in _phrases("byline_starts"):
            after = len(phrase)
            if lower.startswith(phrase) and (phrase[-1:] in ":(" or lower[after:after + 1] in (" ", "\t")):
                m = _CREDIT_NAME_RE.match(rest, after)
                if m and credits_a_person(rest[after:], doc.url, doc.outlet):
                    found.add("byline", p + 2, e, "a credit after a note on its line")
                    return


def letter_sign_off(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """A letter's writer signing at its foot (the module's doc): the byline. `head`: `head_lines`."""
    if not _is_letter(doc, head) or "byline" in found.hits:
        return  # (the salutation asked first: its section is read for every text, tests/test_lexicon.py)
    text = doc.text
    lines = [(s, e) for s, e in doc.lines[-6:] if text[s:e].strip()][-2:]
    if not lines:
        return
    s, e = lines[-1]
    last = text[s:e].strip()
    name_at = None
    if len(lines) == 2 and len(last) <= SIGN_OFF_CHARS and _PLACE_RE.fullmatch(last):
        name_at = lines[0]  # "Joan Fairley" / "Upper Stow"
    for ns, ne in ([name_at] if name_at else []) + [lines[-1]]:
        line = text[ns:ne].strip()
        name = line.split(",", 1)[0].strip()  # "Joan Fairley, Upper Stow"
        if len(line) <= SIGN_OFF_CHARS and _NAME_RE.fullmatch(name) and credits_a_person(name, doc.url, doc.outlet):
            start = text.index(line, ns)
            found.add("byline", start, start + len(line), "a letter's sign-off")
            return


def _is_letter(doc: Document, head: list[tuple[int, int]]) -> bool:
    """Does a head line open with a letter's salutation ([letter_salutation_starts])? (Lines not
    opening with a salutation's first letter are not lower-cased.)"""
    text = doc.text
    salutations = _phrases("letter_salutation_starts")
    for s, e in head:  # (a loop, not any() over a generator: no generator frame)
        if text[s:s + 1] in "SsMmDdTt" and text[s:e].lower().startswith(salutations):
            return True
    return False


def update_line(doc: Document, found: furniture.Found, head: list[tuple[int, int]]) -> None:
    """A short head line (`head`: `head_lines`) giving when the text was updated: an update note."""
    if "correction or update notes" in found.hits:
        return
    text = doc.text
    for s, e in head:
        if e - s <= SHORT_LINE and text[s:s + 1] in "LlUu" and _UPDATE_RE.match(text[s:e].lower()):
            found.add("correction or update notes", s, e, "an update line")
            return


def dated_publication(doc: Document, found: furniture.Found, lower: str) -> None:
    """A publication named after "published" and a date (the module's doc), in a prose sentence:
    a reference to a primary document. `lower`: the lower-cased text (offsets as the text's)."""
    if "references to primary documents" in found.hits:
        return
    not_prose, starts = doc.analysis.non_prose_sentences, doc.analysis.sentence_starts
    i = lower.find("published ")
    while i >= 0:
        m = _DATED_RE.match(lower, i)
        title = _TITLE_AFTER_RE.match(doc.text, m.end()) if m else None
        if title and title.group(1) not in _NOT_TITLES and not place_at(doc.text, title.start(1)) \
                and bisect.bisect_right(starts, i) - 1 not in not_prose:
            found.add("references to primary documents", i, title.end(), "a publication named after its date")
            return
        i = lower.find("published ", i + 10)
