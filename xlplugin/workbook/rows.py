"""The values of the rows xlplugin owns, built the same way by the writer and by the refresh: the
score block of a Documents row, the Evidence rows of one document, the Overview table.
"""

from __future__ import annotations

from typing import Any, Iterable

from ..cells import safe_text, score_row
from ..registry import SCORER_NAMES
from ..types import DocumentResult
from .layout import BANDS, EVIDENCE_PER_SIGNAL, OWNED_HEADERS, SCORE_HEADERS

__all__ = ["owned_values", "evidence_rows", "overview_rows", "band_label"]


def owned_values(result: DocumentResult | None, problem: str = "", extra_status: str = "") -> list[Any]:
    """Index, each signal's native value, why, status, then the three stamps, for one row."""
    if result is None:
        values: list[Any] = [None] * len(SCORE_HEADERS)
        values[-1] = "not scored: " + (problem or "the document could not be read")
        return values + [None, None, None]
    values = score_row(result)
    if extra_status:
        values[-1] = f"{values[-1]}; {extra_status}"
    values[-2] = safe_text(values[-2])
    values[-1] = safe_text(values[-1])
    stamp = result.stamp
    values += [stamp.get("version"), stamp.get("settings"), stamp.get("text")]
    assert len(values) == len(OWNED_HEADERS)
    return values


def evidence_rows(doc_id: str, result: DocumentResult, limit: int = EVIDENCE_PER_SIGNAL) -> Iterable[list[Any]]:
    """One row per evidence item: document id, signal, kind, text, start, end, detail, text hash.
    At most `limit` items per signal; a further row says how many more there were."""
    text_hash = result.stamp.get("text", "")
    for name in SCORER_NAMES:
        signal = result.signals.get(name)
        if signal is None:
            continue
        for item in signal.evidence[:limit]:
            text = " ".join(item.text.split())
            # A cue found absent has no place in the text: no start or end then.
            where = (item.start, item.end) if item.text else (None, None)
            yield [doc_id, name, item.kind, safe_text(text), *where, safe_text(item.detail), text_hash]
        more = len(signal.evidence) - limit
        if more > 0:
            yield [doc_id, name, "(more)", f"... and {more} more evidence items not listed", None, None,
                   f"only the first {limit} items per signal are listed", text_hash]


def band_label(low: int, high: int) -> str:
    return f"{low}-{high}" if high < 100 else f"{low}-{high} (incl. 100)"


def overview_rows(indexes: Iterable[float | None]) -> list[list[Any]]:
    """The Overview table: documents per reliability band, then totals."""
    counts = [0] * len(BANDS)
    scored: list[float] = []
    unscored = 0
    for value in indexes:
        if value is None or not isinstance(value, (int, float)):
            unscored += 1
            continue
        scored.append(float(value))
        band = min(int(value // 10), len(BANDS) - 1)
        counts[max(band, 0)] += 1
    rows: list[list[Any]] = [[band_label(low, high), count] for (low, high), count in zip(BANDS, counts)]
    rows.append([None, None])
    rows.append(["Documents scored", len(scored)])
    rows.append(["Documents not scored (see Status)", unscored])
    rows.append(["Average reliability index", round(sum(scored) / len(scored), 1) if scored else None])
    return rows
