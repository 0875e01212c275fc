"""Typed results shared by every scorer, the index and the adapters.

A signal that cannot be scored is `value=None, score=None` with a `note` saying why; it is never
0.0, because a real 0 (no loaded words at all) and "not applicable" mean different things.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, NamedTuple

__all__ = ["Evidence", "Score", "DocumentResult", "SignalInfo", "MORE_RELIABLE", "LESS_RELIABLE", "NEUTRAL"]

# Which way one piece of evidence points: towards a more reliable text (a byline, a sourced claim)
# or a less reliable one (no author, a repost marker), or neither (a long sentence).
MORE_RELIABLE, LESS_RELIABLE, NEUTRAL = 1, -1, 0


class Evidence(NamedTuple):
    """One piece of evidence behind a score.

    `text` is exactly `scored_text[start:end]` (the text after normalisation, see
    `xlplugin.text.prepare`); `kind` is the category or cue that matched; `detail` is a short
    explanation in words, for a person (adapters never parse it).
    Typed fields, for the adapters: `present` is False for a cue that was checked and not found
    (its text is "" and start = end = 0; a cue shown by the document's metadata is present with
    text ""); `polarity` is MORE_RELIABLE when the item points to a more reliable text,
    LESS_RELIABLE when to a less reliable one, NEUTRAL when it says neither; `weight` is how much
    the item adds to (or, with LESS_RELIABLE, takes from) its signal's value, or would if it were
    present (0 when the signal does not weigh items one by one).
    (A named tuple: immutable like a frozen dataclass, and made in half the time; a document
    has dozens.)
    """

    text: str
    kind: str
    start: int
    end: int
    detail: str = ""
    present: bool = True
    polarity: int = NEUTRAL
    weight: float = 0.0

    def __reduce__(self):
        # Rebuilt by tuple.__new__ (in C) rather than the class's keyword-handling __new__: a
        # batch of results comes back from each scoring worker process pickled, and a document
        # has dozens of these (a seventh less time to unpickle a result).
        return tuple.__new__, (Evidence, tuple(self))

    def as_dict(self) -> dict[str, Any]:
        data = {"text": self.text, "kind": self.kind, "start": self.start, "end": self.end}
        if self.detail:
            data["detail"] = self.detail
        # The typed fields (present, polarity, weight) are not written here: the JSON is what
        # tests/test_versions.py fingerprints per scorer VERSION, and adding keys would read as
        # a changed provenance output. The detail says the same in words.
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
    # The text that was scored (line ends as "\n", Unicode NFC, control and zero-width characters
    # as spaces: `text.normalise`), which every evidence offset points into: `text[start:end]` is
    # the evidence's words, on every path (`score_text`, `score_many`, --json, Dask, the workbook).
    text: str = ""

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
            "text": self.text,
        }


@dataclass(frozen=True)
class SignalInfo:
    """Everything the adapters (workbook, CLI table, Excel functions, JSON) need to show one
    signal. Each scorer module declares one as `INFO`; `xlplugin.registry.info(name)` finds it,
    and no adapter names a signal.

    name:       the registry name (= the module name, the JSON key).
    header:     the Documents column header and XLP_SCORES header: name, unit and direction.
    phrase:     the Why column's words for this signal when it moved the index (given a scored
                `Score`); "" says nothing.
    reading:    the "How to read this" row: what it measures, unit and direction, high looks
                like, low looks like, blind spots.
    table:      the CLI table's column header ("" = not in the table) and its decimal places.
    excel:      the Excel function name (XLP_...; "" = none) and the help text Excel shows.
    aliases:    other names XLP_EVIDENCE(text, "...") takes for this signal ("loaded").
    number_format: the Excel number format of its Documents column.
    colours:    (value at red, value at green) for the column's colour scale: the signal's
                normalisation points, where it scores 0 and 1 for the index, so that green means
                "costs the index nothing" in every column; None for no colour (neither end is
                bad). A column whose weight is 0 is shown without colour (it changes no index).
    outlets_header: the stem of its two Outlets-sheet columns ("...: mean", "...: spread");
                "" = `header`.
    abbreviation: at most 7 characters, for the by-outlet terminal table; "" = the name cut.
    weight:     the default index weight of a signal that `xlplugin.settings`' table does not
                list (a new one): 0, shown but not weighed, until data says how much it should
                count (the built-in signals' weights are in that table, fitted on data).
    mark:       for the "Read" sheet: the flag one evidence item raises on the words it points at
                ("loaded", "voice", "sourced", "unsourced", "cue"), or "" for none; None: the signal marks
                nothing.
    costed_phrase: the Why words for a signal that cost the index `points` whole points, where
                its score mixes parts its column does not all show (loaded language: the terms in
                its column, and the author's voice): says what each part cost; None: `phrase`.
    weight_note: what the signal's index weight covers, where that is more than its column
                shows; said after the weight on the Overview sheet ("" = nothing).
    better_way: (book51) which way is more reliable, where the header gives a scale or a
                direction but not that (sentiment and the reading grade: neither; loaded terms:
                "higher = more loaded" is the worse end): said after its weight on the Overview
                sheet, so that each of its lines says which way is better ("" = its header says
                so: "higher = better sourced", "higher = worse").
    """

    name: str
    header: str
    phrase: Callable[[Score], str]
    reading: tuple[str, str, str, str, str]
    table: tuple[str, int] = ("", 2)
    excel: tuple[str, str] = ("", "")
    aliases: tuple[str, ...] = ()
    number_format: str = "0.00"
    colours: tuple[float, float] | None = None
    mark: Callable[[Evidence], str] | None = None
    outlets_header: str = ""
    abbreviation: str = ""
    weight: float = 0.0
    costed_phrase: Callable[[Score, int], str] | None = None
    weight_note: str = ""
    better_way: str = ""

    @property
    def excel_name(self) -> str:
        return self.excel[0]

    @property
    def mean_format(self) -> str:
        """The number format of a mean of this signal: one decimal where its own has none."""
        return "0.0" if self.number_format == "0" else self.number_format

    @property
    def mean_digits(self) -> int:
        """Decimals of a mean of this signal in a terminal table (at least one)."""
        return max(1, self.table[1])
