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
"""

from __future__ import annotations

from dataclasses import replace

from . import registry
from .kinds import NOT_ARTICLE
from .types import DocumentResult

__all__ = ["unread_language", "as_shown"]

_NOT_SCORED_LANGUAGE = "not scored: language "


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
