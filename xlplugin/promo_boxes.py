"""Poll and newsletter boxes: the lines where a site asks the reader to vote or to subscribe.

A page (and a text copied from one) carries boxes that are the site's, not the author's: a
poll ("Take our poll - story continues below", the poll's question, its options, "Results so
far: 54% yes"), a newsletter prompt ("Sign up for our morning briefing", "Get the newsletter in
your inbox", "You're subscribed!"). `box_spans(doc)` finds their lines, for
`xlplugin.prose.not_prose_spans` (rule "poll or newsletter box"): the loaded words and claims in
them are not counted. The prompts are the sections [box_poll_prompts] and
[box_newsletter_prompts] of `data/prose.txt`.

A prompt counts where it opens a sentence (at a line start that does not carry on the line
before, or after a sentence's end on its line; a few marks such as "**" or "> " before it
allowed) on a line of at most BOX_LINE_MAX characters: "The results so
far are mixed, the minister said" opens with no prompt ("results so far:" needs its colon), and
an article's sentence that reports a poll ("54% of voters in a Gallup poll said ...") holds none.
After a poll's prompt line, the lines that follow while they read as the poll's (a short
question, an option of a few words without a full stop, a result in per cent) are the box too.
Blind spots: English prompts only; a poll whose prompt the text lost (its question alone) reads
as the author's question; a box whose lines are run into a paragraph of prose is not found.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable

from .lexicon import load_sections
from .text import Document

__all__ = ["RULE", "BOX_LINE_MAX", "box_spans", "box_test"]

RULE = "poll or newsletter box"
# A box's line is short: a prompt, a question, an option. A longer line is a paragraph of prose
# that happens to open with the words.
BOX_LINE_MAX = 160
# The poll's own lines after its prompt: a question of at most this many words, an option of at
# most OPTION_MAX_WORDS words, at most POLL_MAX_LINES lines in all.
POLL_QUESTION_MAX_WORDS = 25
OPTION_MAX_WORDS = 6
POLL_MAX_LINES = 12
# Marks that may stand between a sentence's start and its prompt ("**Sign up**", "> Vote now").
_LEAD_MARKS = " \t*_>#-–—•·\"'“‘(["
_PERCENT_RE = re.compile(r"\b\d{1,3}(?:[.,]\d+)?\s?%")


@lru_cache(maxsize=1)
def _prompts() -> tuple[re.Pattern[str], frozenset[str]]:
    """One regex of every prompt (group "poll" or "news") where it opens a sentence: at a line
    start or after a sentence's end on the line ("Which do you prefer? Vote now"), a few marks
    allowed before it; and the key word of each prompt (its longest: a text without any of them
    holds no prompt, and is passed over on a set look-up)."""
    from .prose import DATA_FILE  # (the same data file as prose.py's rules)

    sections = load_sections(DATA_FILE)
    poll, news = sections["box_poll_prompts"], sections["box_newsletter_prompts"]

    def alternation(entries: tuple[str, ...]) -> str:
        ordered = sorted(entries, key=len, reverse=True)
        return "|".join(re.escape(p) + (r"(?!\w)" if p[-1:].isalnum() else "") for p in ordered)

    regex = re.compile(rf"(?m)(?:^|(?<=[.?!:])[ \t]+)[{re.escape(_LEAD_MARKS)}]*"
                       rf"(?:(?P<poll>{alternation(poll)})|(?P<news>{alternation(news)}))")
    keys = frozenset(max(re.findall(r"[\w'’-]+", p), key=len) for p in (*poll, *news))
    return regex, keys


def _has_key(doc: Document, keys: frozenset[str]) -> bool:
    vocabulary = doc.analysis.vocabulary
    return any(key in vocabulary for key in keys)


def box_spans(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, RULE) of each line of a poll or newsletter box, in text order."""
    regex, keys = _prompts()
    if not _has_key(doc, keys):
        return []  # most texts: none of the prompts' key words
    text = doc.text
    spans: list[tuple[int, int, str]] = []
    covered = -1  # the end of the last box line found (a line is taken once)
    for m in regex.finditer(doc.analysis.lower_text):
        s, e = _line(text, m.start("poll") if m.group("poll") else m.start("news"))
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if e - s > BOX_LINE_MAX or e <= covered or (line_start and _runs_on(text, m.start())):
            continue
        spans.append((s, e, RULE))
        covered = e
        if m.group("poll"):
            for ps, pe in _poll_lines(text, e):
                spans.append((ps, pe, RULE))
                covered = pe
    return spans


def _runs_on(text: str, s: int) -> bool:
    """Does the line starting at `s` carry on a sentence of the line before it (a paragraph
    wrapped by the page: "... readers who" / "subscribe to the paper")? Only a line opening in
    lower case right under a line that ends no sentence."""
    first = text[s:s + 40].lstrip(_LEAD_MARKS)[:1]
    before = text[:s].rstrip(" \t")
    if not first.islower() or not before or before.endswith("\n\n"):
        return False
    return not before.rstrip().endswith(tuple(".?!:;\"”’)]"))


def _line(text: str, pos: int) -> tuple[int, int]:
    """The line of `text` holding `pos`, without its blanks at either end."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    e = len(text) if e < 0 else e
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t\r":
        e -= 1
    return s, e


def _poll_lines(text: str, end: int) -> list[tuple[int, int]]:
    """The lines after a poll's prompt line (which ends at `end`) that read as the poll's: a
    short question, a short option without a full stop, a result in per cent."""
    out: list[tuple[int, int]] = []
    at = end
    while len(out) < POLL_MAX_LINES:
        nl = text.find("\n", at)
        if nl < 0:
            break
        s, e = _line(text, nl + 1)
        at = max(e, nl + 1)
        if s == e:
            continue  # a blank line
        line = text[s:e]
        words = len(line.split())
        if (line.endswith("?") and words <= POLL_QUESTION_MAX_WORDS) or (
                words <= OPTION_MAX_WORDS and not line.endswith((".", "!"))) or (
                words <= 2 * OPTION_MAX_WORDS and not line.endswith(".") and _PERCENT_RE.search(line)):
            out.append((s, e))
        else:
            break
    return out


def box_test(doc: Document) -> Callable[[int], bool] | None:
    """A test of whether a text offset lies in a box line of `doc` (as `doc.analysis.not_prose`
    holds them), or None where the text has none (most texts): for the readers that pass over
    a box's words ("our" in "Sign up for our briefing", the poll's question)."""
    boxes = [(s, e) for s, e, rule in doc.analysis.not_prose if rule == RULE]
    if not boxes:
        return None
    starts = [s for s, _ in boxes]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < boxes[k][1]

    return inside


def warm_up() -> None:
    _prompts()
