"""The document kind as the workbook, the terminal table and `--json` show it.

A text not scored for its language (German, French...) keeps, in the engine's result, the kind
its cues gave (`engine.score_document`; the golden digest and the Excel functions read that).
But the cues that tell a report from an opinion piece, a press release or wire copy are mostly
words (first person, reported speech, an editorial voice), and none of the row's scores is there
to read it by: a "opinion or analysis" beside a row of empty scores reads as a finding the
plugin did not make. So the outputs a person reads show such a row's kind only where it is
"not an article" (a page told by its form: its address, its layout of links and list items, its
own page type, shop or event furniture: the reason it would get no index in any language), and
otherwise an empty kind whose one cue says why ("not read: language de ...").

A report that no cue decided (the kind a text falls back on) reads "news report (no cue)" where a
person reads the kind as a label: the workbook's Kind cell and the terminal table's kind column
(`kind_label`, one function for both), so that it does not read as a report a byline and a
dateline decided. `--json`, the Dask tables and the Excel functions keep the engine's `kind`
("news report"), a value to filter on, with its cue beside it ("no cue of another kind").
"""

from __future__ import annotations

from dataclasses import replace

from . import registry
from .kinds import NOT_ARTICLE
from .types import DocumentResult

__all__ = ["unread_language", "as_shown", "kind_label", "kind_of_label", "DEFAULT_KIND_CUES", "NO_CUE_MARK"]

_NOT_SCORED_LANGUAGE = "not scored: language "
# The cues kinds.classify gives the kind it falls back on (a text with no cue of any kind is a
# news report); tests/test_workbook_kind_cell.py holds this equal to what the engine gives.
DEFAULT_KIND_CUES = ("no cue of another kind",)
# Added to that kind where a person reads the kind (`kind_label`); a refresh reads the workbook's
# Kind cell back without it (`kind_of_label`).
NO_CUE_MARK = " (no cue)"


def kind_label(result: DocumentResult) -> str | None:
    """The kind as a person reads it (the workbook's Kind cell, the terminal table): the kind,
    marked when no cue decided it (NO_CUE_MARK); None for a result with no kind."""
    if not result.kind:
        return None
    return result.kind + NO_CUE_MARK if tuple(result.kind_cues) == DEFAULT_KIND_CUES else result.kind


def kind_of_label(value: object) -> str | None:
    """The document kind a label holds (`kind_label` read back, as a Kind cell): the engine's kind."""
    if not isinstance(value, str) or not value:
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
    if not language or not result.kind or result.kind == NOT_ARTICLE:
        return result
    cue = f"not read: language {language} (the text was not scored, and the cues of its kind read its words)"
    return replace(result, kind="", kind_cues=(cue,))
