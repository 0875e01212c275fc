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
allowed) on a line of at most BOX_LINE_MAX characters: "The results so far are mixed, the
minister said" opens with no prompt ("results so far:" needs its colon), and an article's
sentence that reports a poll ("54% of voters in a Gallup poll said ...") holds none.
After a poll's prompt line, the lines that follow while they read as the poll's (a short
question, an option of a few words without a full stop, a result in per cent) are the box too.
(loaded30) An outlet's appeal for support at the end of a piece is its box too (`_support_spans`,
[box_support_prompts]): a prompt opening a sentence on one of the text's last SUPPORT_TAIL_LINES
lines, a line of at most SUPPORT_LINE_MAX characters ("Do you love what we're doing? Kick in to
our war chest.", "Join our group", "Support our journalism"); (loaded31) the last lines above the
page's footer, its short lines ("Share this:", "Tags: ...", a copyright line), however many of
them follow. The same words higher up, with the piece's prose after them, are the author's.
(polnear45) A poll's results printed under its question with no prompt (a print page's poll box
copied as text: "Should federal funding for the clinic be cut?", then "No    58%.", "Yes    33%.",
"Undecided   9%.") is the box too (`_result_spans`): a question alone on its line, of at most
POLL_QUESTION_MAX_WORDS words, right over two or more lines (blank lines between them allowed)
each an answer of at most RESULT_LABEL_MAX_WORDS words and its share in per cent, the line ending
there. The question is the poll's, asked of those it surveyed: no rhetorical question of the
writer's. A question the next paragraph answers in prose, or answered by one result line, stays
the writer's.
Blind spots: English prompts only; a poll whose prompt and results the text both lost (its
question alone) reads as the author's question; a box whose lines are run into a paragraph of
prose is not found.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable, Iterator

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
# (polnear45) A result line under a poll's question with no prompt: an answer of at most this many
# words ("No", "Not sure", "Donald Trump") and its share ("58%", "9 %"), a full stop allowed after it.
RESULT_LABEL_MAX_WORDS = 4
RESULT_MIN_LINES = 2
_RESULT_LINE_RE = re.compile(r"[^\W\d_][^\n%]*?[ \t:]+\d{1,3}(?:[.,]\d+)?[ \t]?%\.?")
# (loaded30) An appeal for support: on one of the text's last lines (blank lines not counted), a
# line as long as a short paragraph.
SUPPORT_TAIL_LINES = 3
SUPPORT_LINE_MAX = 400
# (loaded31) A page's footer under the appeal ("Share this:", "Tags: ferry, harbour", "(c) 2026
# The Ledger. All rights reserved."): short lines that end no sentence, or a copyright line; the
# appeal may stand above as many as FOOTER_MAX_LINES of them. A line of more words, or one ending
# with a full stop, a question mark or "!", is the piece's prose again ("The works start on 4 May.").
FOOTER_LINE_WORDS = 12
FOOTER_MAX_LINES = 10
_COPYRIGHT_RE = re.compile(r"\u00a9|\(c\)|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
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
    return regex, frozenset(map(_key, (*poll, *news)))


@lru_cache(maxsize=1)
def _keyed() -> dict[str, tuple[tuple[str, bool], ...]]:
    """{key word: ((prompt, is a poll prompt), ...)}: each prompt under its key word (its
    longest), for `_fast_hits`."""
    from .prose import DATA_FILE

    sections = load_sections(DATA_FILE)
    out: dict[str, list[tuple[str, bool]]] = {}
    for poll, section in ((True, "box_poll_prompts"), (False, "box_newsletter_prompts")):
        for prompt in sections[section]:
            out.setdefault(_key(prompt), []).append((prompt, poll))
    return {key: tuple(v) for key, v in out.items()}


def _key(prompt: str) -> str:
    return max(re.findall(r"[\w'’-]+", prompt), key=len)


def _plain_hits(lower: str) -> list[tuple[int, int, bool]]:
    """(where the match starts, where its prompt starts, is a poll prompt) for every match of
    the rule's regex (`_prompts`): the plain reading of the rule."""
    regex, _ = _prompts()
    return [(m.start(), m.start("poll"), True) if m.group("poll") else (m.start(), m.start("news"), False)
            for m in regex.finditer(lower)]


def _fast_hits(lower: str, vocabulary: frozenset[str]) -> list[tuple[int, int, bool]]:
    """`_plain_hits(lower)`, found with str.find for the prompts whose key word the document
    holds (none for most texts: one set test) and a look back over the marks before each, not a
    regex tried at every character (which cost about 1% of a PTC article's scoring). A match of
    the regex holds its prompt, so its key word; tests/test_promo_boxes.py holds the two equal on
    the golden texts."""
    keyed = _keyed()
    if vocabulary.isdisjoint(keyed):
        return []
    # per match start, the prompt the regex takes there: a poll prompt before a newsletter one
    # (its first group), the longest of a group (its alternatives run longest first)
    best: dict[int, tuple[bool, int, int]] = {}  # start -> (poll, length, prompt start)
    for key in vocabulary.intersection(keyed):
        for prompt, poll in keyed[key]:
            i = lower.find(prompt)
            while i >= 0:
                begin, end = _opens_sentence(lower, i), i + len(prompt)
                bounded = not prompt[-1].isalnum() or end == len(lower) or not (lower[end].isalnum() or lower[end] == "_")
                if begin >= 0 and bounded and (poll, len(prompt), i) > best.get(begin, (False, 0, 0)):
                    best[begin] = (poll, len(prompt), i)
                i = lower.find(prompt, i + 1)
    out, after = [], 0
    for begin in sorted(best):  # left to right, each after the last one's end, as finditer
        poll, length, i = best[begin]
        if begin >= after:
            out.append((begin, i, poll))
            after = i + length
    return out


def _opens_sentence(lower: str, i: int) -> int:
    """Where the regex's match of a prompt at `i` starts (its line start, or the blanks after a
    sentence's end), or -1 where the prompt opens no sentence there."""
    k = i
    while k > 0 and lower[k - 1] in _LEAD_MARKS:
        k -= 1
    if k == 0 or lower[k - 1] == "\n":
        return k
    return k if lower[k - 1] in ".?!:" and k < i and lower[k] in " \t" else -1


def box_spans(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, RULE) of each line of a poll or newsletter box, in text order."""
    lower = doc.analysis.lower_text
    hits = _fast_hits(lower, doc.analysis.vocabulary)
    spans = _spans(doc.text, hits) if hits else []
    support = _support_spans(doc.text, lower)
    results = _result_spans(doc.text)
    if results:  # (polnear45) a poll's question over its results, with no prompt
        taken = {(s, e) for s, e, _ in spans}
        spans = sorted(spans + [span for span in results if span[:2] not in taken])
    if support:
        taken = {(s, e) for s, e, _ in spans}
        spans = sorted(spans + [span for span in support if span[:2] not in taken])
    return spans


@lru_cache(maxsize=1)
def _support_prompts() -> tuple[str, ...]:
    from .prose import DATA_FILE

    return tuple(load_sections(DATA_FILE)["box_support_prompts"])


def _support_spans(text: str, lower: str) -> list[tuple[int, int, str]]:
    """(loaded30) The lines of an appeal for support among the text's last SUPPORT_TAIL_LINES
    lines (loaded31: above its footer, `_footer_start`): a prompt of [box_support_prompts]
    opening a sentence there, on a line of at most SUPPORT_LINE_MAX characters."""
    tail = _footer_start(text)
    for _ in range(SUPPORT_TAIL_LINES):  # the start of the last lines with words
        end = len(text[:tail].rstrip())
        if end == 0:
            break
        tail = text.rfind("\n", 0, end) + 1
    spans: list[tuple[int, int, str]] = []
    for prompt in _support_prompts():
        i = lower.find(prompt, tail)
        while i >= 0:
            end = i + len(prompt)
            bounded = end == len(lower) or not lower[end].isalnum()
            if bounded and _opens_sentence(lower, i) >= 0:
                s, e = _line(text, i)
                if e - s <= SUPPORT_LINE_MAX and (s, e, RULE) not in spans:
                    spans.append((s, e, RULE))
            i = lower.find(prompt, i + 1)
    return sorted(spans)


def _footer_start(text: str) -> int:
    """(loaded31) Where the page's footer starts: the last lines with words (at most
    FOOTER_MAX_LINES) while each has at most FOOTER_LINE_WORDS words and ends no sentence
    ("Share this:", "Tags: ferry", "Facebook") or is a copyright line ("(c) 2026 The Ledger. All
    rights reserved."); the end of the text where its last line is prose."""
    start = len(text)
    for _ in range(FOOTER_MAX_LINES):
        end = len(text[:start].rstrip())
        if end == 0:
            break
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if len(line.split()) > FOOTER_LINE_WORDS or line.endswith(("?", "!")) \
                or line.endswith(".") and not _COPYRIGHT_RE.search(line):
            break
        start = line_start
    return start


def _spans(text: str, hits: list[tuple[int, int, bool]]) -> list[tuple[int, int, str]]:
    """The box lines of the prompts `hits` (`_plain_hits`) found."""
    spans: list[tuple[int, int, str]] = []
    covered = -1  # the end of the last box line found (a line is taken once)
    for start, at, poll in hits:
        s, e = _line(text, at)
        line_start = start == 0 or text[start - 1] == "\n"
        if e - s > BOX_LINE_MAX or e <= covered or (line_start and _runs_on(text, start)):
            continue
        spans.append((s, e, RULE))
        covered = e
        if poll:
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


def _result_spans(text: str) -> list[tuple[int, int, str]]:
    """(polnear45) The lines of each poll printed as its question over its results, with no
    prompt (see the module's docstring): the question's line and its result lines."""
    if "%" not in text or "?" not in text:
        return []
    spans: list[tuple[int, int, str]] = []
    at = text.find("?")
    while at >= 0:
        s, e = _line(text, at)
        at = text.find("?", e)
        if e == s or text[e - 1] != "?" or len(text[s:e].split()) > POLL_QUESTION_MAX_WORDS:
            continue
        results = _result_lines(text, e)
        if len(results) >= RESULT_MIN_LINES:
            spans.append((s, e, RULE))
            spans.extend((rs, re_, RULE) for rs, re_ in results)
            at = text.find("?", results[-1][1])
    return spans


def _result_lines(text: str, end: int) -> list[tuple[int, int]]:
    """The result lines ("No    58%.") right under the line that ends at `end`, blank lines
    between them allowed; the first line of another shape ends them."""
    out: list[tuple[int, int]] = []
    for s, e in _lines_after(text, end):
        line = text[s:e]
        if not _RESULT_LINE_RE.fullmatch(line) or len(line.split()) - 1 > RESULT_LABEL_MAX_WORDS:
            break
        out.append((s, e))
    return out


def _lines_after(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The lines after the line that ends at `end`, each without its blanks at either end; blank
    lines passed over."""
    at = end
    while (nl := text.find("\n", at)) >= 0:
        s, e = _line(text, nl + 1)
        at = max(e, nl + 1)
        if s != e:
            yield s, e


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
    for s, e in _lines_after(text, end):
        if len(out) >= POLL_MAX_LINES:
            break
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
    _support_prompts()
