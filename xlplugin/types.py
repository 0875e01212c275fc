"""Typed results shared by every scorer, the index and the adapters.

A signal that cannot be scored is `value=None, score=None` with a `note` saying why; it is never
0.0, because a real 0 (no loaded words at all) and "not applicable" mean different things.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, NamedTuple

__all__ = ["Evidence", "Score", "DocumentResult"]


class Evidence(NamedTuple):
    """One piece of evidence behind a score.

    `text` is exactly `scored_text[start:end]` (the text after normalisation, see
    `xlplugin.text.prepare`); `kind` is the category or cue that matched; `detail` is a short
    explanation in words (for a provenance cue: "present" or "absent", and why).
    (A named tuple: immutable like a frozen dataclass, and made in half the time; a document
    has dozens.)
    """

    text: str
    kind: str
    start: int
    end: int
    detail: str = ""

    def __reduce__(self):
        # Rebuilt by tuple.__new__ (in C) rather than the class's keyword-handling __new__: a
        # batch of results comes back from each scoring worker process pickled, and a document
        # has dozens of these (a seventh less time to unpickle a result).
        return tuple.__new__, (Evidence, tuple(self))

    def as_dict(self) -> dict[str, Any]:
        data = {"text": self.text, "kind": self.kind, "start": self.start, "end": self.end}
        if self.detail:
            data["detail"] = self.detail
        return data


@dataclass(frozen=True)
class Score:
    """One signal for one document.

    value: the native number a person reads, in `unit`.
    score: the same signal normalised to [0, 1], where 1 means "more reliable".
    note:  why the signal is empty, or a short remark on how to read it.
    details: further native figures (for sentiment, the shares of strongly negative and positive
             sentences), each a plain number.
    """

    name: str
    value: float | None
    score: float | None
    unit: str
    note: str = ""
    evidence: tuple[Evidence, ...] = ()
    details: Mapping[str, float | int | str | None] = field(default_factory=dict)

    @property
    def scored(self) -> bool:
        return self.score is not None

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "score": self.score,
            "unit": self.unit,
            "note": self.note,
            "details": dict(self.details),
            "evidence": [item.as_dict() for item in self.evidence],
        }


@dataclass(frozen=True)
class DocumentResult:
    """Every signal for one document, the reliability index and a reproducibility stamp."""

    id: str
    language: str
    reliability: float | None
    signals: Mapping[str, Score]
    contributors: tuple[str, ...]
    weights: Mapping[str, float]
    stamp: Mapping[str, str]
    note: str = ""
    title: str = ""
    url: str = ""
    outlet: str = ""
    word_count: int = 0
    author: str = ""
    date: str = ""
    # What sort of document this is (xlplugin.kinds: "news report", "opinion or analysis",
    # "press release", "forum or social post", "wire or syndicated copy", "not an article") and
    # the cues that decided it, in words.
    kind: str = ""
    kind_cues: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "author": self.author,
            "date": self.date,
            "kind": self.kind,
            "kind_cues": list(self.kind_cues),
            "language": self.language,
            "word_count": self.word_count,
            "reliability": self.reliability,
            "note": self.note,
            "contributors": list(self.contributors),
            "weights": dict(self.weights),
            "stamp": dict(self.stamp),
            "signals": {name: score.as_dict() for name, score in self.signals.items()},
        }
