"""The document kind as the workbook, the terminal table and `--json` show it.

A text not scored for its language (German, French...) keeps, in the engine's result, the kind
its cues gave (`engine.score_document`; the golden digest and the Excel functions read that).
But the cues that tell a report from an opinion piece, a press release or wire copy are mostly
words (first person, reported speech, an editorial voice), and none of the row's scores is there
to read it by: a "opinion or analysis" beside a row of empty scores reads as a finding the
plugin did not make. So the outputs a person reads show such a row's kind only where it is
"not an article" (a page told by its form: its address, its layout of links and list items, its
own page type, shop or event furniture: the reason it would get no index in any language), and
otherwise an empty kind whose one cue says why ("not read: language German ...").

A report that no cue decided (the kind a text falls back on) reads "news report (no cue)" where a
person reads the kind as a label: the workbook's Kind cell and the terminal table's kind column
(`kind_label`, one function for both), so that it does not read as a report a byline and a
dateline decided. `--json`, the Dask tables and the Excel functions keep the engine's `kind`
("news report"), a value to filter on, with its cue beside it ("no cue of another kind").
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import kinds, registry
from .kinds import NOT_ARTICLE
from .language import language_name
from .text import normalise
from .types import DocumentResult

__all__ = ["unread_language", "as_shown", "in_own_words", "kind_label", "kind_of_label", "DEFAULT_KIND_CUES",
           "NO_CUE_MARK", "NOT_SCORED_KIND", "NOT_DECIDED_KIND"]

_NOT_SCORED_LANGUAGE = "not scored: language "
# The cues kinds.classify gives the kind it falls back on (a text with no cue of any kind is a
# news report); tests/test_workbook_kind_cell.py holds this equal to what the engine gives.
DEFAULT_KIND_CUES = ("no cue of another kind",)
# Added to that kind where a person reads the kind (`kind_label`); a refresh reads the workbook's
# Kind cell back without it (`kind_of_label`).
NO_CUE_MARK = " (no cue)"


# (hunt51) What a person reads where a row has no kind, in the Status's own words: a blank Kind cell
# read as "kind unknown" beside a row the plugin never read for its kind. A row not scored (its
# language, a row or file not read: no result) reads NOT_SCORED_KIND, as its Status begins; a row
# read but with no kind decided reads NOT_DECIDED_KIND: "(too short)" where its Status is "no index:
# 12 words" (too short for any cue), else "(see Status)". (Each fits the Kind column, as wide as the
# longest kind, whole.)
NOT_SCORED_KIND = "not scored"
NOT_DECIDED_KIND = "not decided ({why})"
_NOT_DECIDED_START = NOT_DECIDED_KIND.split("(")[0]
_TOO_SHORT_RE = re.compile(r"no index: \d+ words?$")


def kind_label(result: DocumentResult | None) -> str:
    """The kind as a person reads it (the workbook's Kind cell, the terminal table, XLP_KIND and
    XLP_SCORES): the kind, marked when no cue decided it (NO_CUE_MARK); for a row with no kind (or
    no result: a row not read), why not (NOT_SCORED_KIND, NOT_DECIDED_KIND)."""
    if result is None or not result.stamp:  # (no result, or one the engine did not read: a number in a text cell)
        return NOT_SCORED_KIND
    if not result.kind:
        from .cells import status_text

        status = status_text(result)
        if status.startswith(NOT_SCORED_KIND):
            return NOT_SCORED_KIND
        return NOT_DECIDED_KIND.format(why="too short" if _TOO_SHORT_RE.match(status) else "see Status")
    return result.kind + NO_CUE_MARK if tuple(result.kind_cues) == DEFAULT_KIND_CUES else result.kind


def kind_of_label(value: object) -> str | None:
    """The document kind a label holds (`kind_label` read back, as a Kind cell): the engine's kind;
    None for no kind (a blank cell, or one that says why there is none)."""
    if not isinstance(value, str) or not value or value == NOT_SCORED_KIND or value.startswith(_NOT_DECIDED_START):
        return None
    return value[: -len(NO_CUE_MARK)] if value.endswith(NO_CUE_MARK) else value


def unread_language(result: DocumentResult) -> str:
    """The language of a text whose signals were not scored for it ("de"), else ""."""
    signal = result.signals.get(registry.TEXT_SIGNALS[0])
    if result.language == "en" or signal is None or not signal.note.startswith(_NOT_SCORED_LANGUAGE):
        return ""
    return result.language


def as_shown(result: DocumentResult) -> DocumentResult:
    """`result` with the kind a person is shown (module docstring); the same object when the
    kind stands. Scores, notes and stamps are untouched."""
    language = unread_language(result)
    if not result.kind and not result.kind_cues:  # (hunt51) why there is none, as the Kind cell says it
        return replace(result, kind_cues=(kind_label(result),))
    if not language or not result.kind or result.kind == NOT_ARTICLE:
        return result
    # (book45) the language by name, and why no kind, in words: the cue said "not read: language de
    # (the text was not scored, and the cues of its kind read its words)"
    cue = f"not read: language {language_name(language)} (the text was not scored, so its kind was not decided from its words)"
    return replace(result, kind="", kind_cues=(cue,))


# A counted cue as `kinds` words it: its rule's label, then how often ("(4 times)", "(at least 3 times)")
_COUNTED_RE = re.compile(r"\((?:at least )?\d+ times\)$")
# A label's own example, in brackets at its end: "changelog version headings (## 1.2.0 - 2024-03-01)"
_EXAMPLE_RE = re.compile(r" \([^()]*\)$")
_SEARCHED = {"text": lambda t: t, "own": lambda t: t, "head": lambda t: t[:kinds.HEAD_CHARS],
             "tail": lambda t: t[-kinds.HEAD_CHARS:]}


def in_own_words(result: DocumentResult, text: object) -> DocumentResult:
    """`result` with the Status of a page given no index quoting the document's own words for a
    counted cue: "changelog version headings (## 1.2.0 - 2024-03-01) (4 times)" names the rule's
    example, which reads as the document's; shown instead: "changelog version headings (4 times,
    first: '## [2.4.0] - 2026-09-14')", the first of the text's own matches of that rule. Only the
    note (the Status) is reworded, where a person reads it; the engine's note and cues (`--json`,
    the golden digest) stay as they are. The same object where nothing is reworded."""
    note = result.note
    if result.reliability is not None or not isinstance(text, str) or " times)" not in note:
        return result
    lowered: str | None = None
    for cue in result.kind_cues:
        if not _COUNTED_RE.search(cue) or cue not in note:
            continue
        if lowered is None:
            text = normalise(text)[0]
            lowered = text.lower()
        # (several rules may share a label: the first that finds words in this text)
        for rule in kinds.rules():
            if rule.where in _SEARCHED and rule.regex is not None and cue.startswith(rule.why + " ("):
                found = _first_match(rule, text, lowered)
                if found:
                    count = _COUNTED_RE.search(cue).group()[1:-1]  # type: ignore[union-attr]
                    note = note.replace(cue, f"{_EXAMPLE_RE.sub('', rule.why)} ({count}, first: {found!r})")
                    break
    return result if note == result.note else replace(result, note=note)


def _first_match(rule: kinds.Rule, text: str, lowered: str) -> str:
    """The rule's first match in the place it reads (the rules read lower-cased text), in the
    text's own letters where lower-casing kept the length, white space squeezed, as a cue shows it."""
    place = _SEARCHED[rule.where]
    assert rule.regex is not None
    match = rule.regex.search(place(lowered))
    if match is None:
        return ""
    words = place(text)[match.start():match.end()] if len(text) == len(lowered) else match.group()
    return " ".join(words.split())[:40]
