"""Outlets: the documents of one run grouped by outlet or web site, with the mean and spread of
the index and of each signal. Rating services judge outlets; this shows what the documents of
each outlet in your own list look like by these indicators (a handful of documents says little
about an outlet: the count is shown beside every mean).

Where the outlet comes from, first found wins: the row's outlet column, the domain of its URL,
the site name in a web page's metadata (when the reader supplies one), the outlet the text
itself names (the provenance signal's "named outlet" cue: a wire credit, "Published by ...").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from . import registry
from .scorers.source_rating import domain_of
from .types import DocumentResult

__all__ = ["NO_OUTLET", "Entry", "OutletRow", "outlet_of", "entry_of", "rollup", "format_rollup", "as_cells", "outlet_rows_as_dicts"]

NO_OUTLET = "(no outlet or web site known)"
# What the "taken from" cell says for that group: the documents where no outlet was found are not
# one outlet, so they are shown last, apart from the ranking (and out of the chart).
NOT_RANKED = "none found: these documents are not an outlet (not ranked)"
FROM_COLUMN, FROM_URL, FROM_METADATA, FROM_TEXT = "outlet column", "web address", "page metadata", "named in the text"


def outlet_of(result: DocumentResult | None, outlet: str = "", url: str = "",
              given_from: str = FROM_COLUMN) -> tuple[str, str]:
    """(outlet, where it came from) for one document. `given_from`: where the `outlet` given came
    from (a web page's site name, read from its metadata, is given as the outlet too)."""
    outlet = (outlet or (result.outlet if result is not None else "") or "").strip()
    if outlet:
        return outlet, given_from
    url = (url or (result.url if result is not None else "") or "").strip()
    domain = domain_of(url) if url else ""
    if domain:
        return domain, FROM_URL
    # Hook: a reader that keeps a web page's metadata may put its site name on the result.
    site = str(getattr(result, "site_name", "") or "").strip()
    if site:
        return site, FROM_METADATA
    provenance = result.signals.get("provenance") if result is not None else None
    for item in provenance.evidence if provenance is not None else ():
        if item.kind == "named outlet" and item.text and item.present:
            return " ".join(item.text.split()), FROM_TEXT
    return NO_OUTLET, ""


@dataclass(frozen=True)
class Entry:
    """One document as the roll-up sees it: its outlet (and where that came from), id, index,
    each signal's native value (None where not scored) and its kind, if known."""

    outlet: str
    source: str
    id: str
    index: float | None
    signals: dict[str, float | None]
    kind: str | None = None


def entry_of(result: DocumentResult | None, outlet: str = "", url: str = "", doc_id: str = "",
             given_from: str = FROM_COLUMN) -> Entry:
    name, source = outlet_of(result, outlet, url, given_from)
    if result is None:
        return Entry(name, source, doc_id, None, {})
    values = {s: (float(result.signals[s].value) if s in result.signals and result.signals[s].value is not None else None)
              for s in registry.names()}
    # Hook: a document kind (news report, opinion, press release...) when the engine gives one.
    kind = getattr(result, "kind", None)
    return Entry(name, source, doc_id, result.reliability, values, str(kind) if kind else None)


def _mean_sd(values: Sequence[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    mean = sum(values) / len(values)
    if len(values) < 2:
        return mean, None  # one document has no spread (never a 0 that looks like agreement)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))
    return mean, sd


@dataclass
class OutletRow:
    """One outlet: its documents, how many were scored, the mean and standard deviation (sample,
    n - 1) of the index and of each signal's native value over the documents where it was
    scored, the document kinds it contributed, and where the outlet name came from."""

    outlet: str
    source: set[str] = field(default_factory=set)
    documents: int = 0
    index: list[float] = field(default_factory=list)
    signals: dict[str, list[float]] = field(default_factory=lambda: {name: [] for name in registry.names()})
    kinds: dict[str, int] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)

    @property
    def scored(self) -> int:
        return len(self.index)

    @property
    def ranked(self) -> bool:
        """False for the documents with no outlet known: a group, not an outlet to rank."""
        return self.outlet != NO_OUTLET

    def index_stats(self) -> tuple[float | None, float | None]:
        return _mean_sd(self.index)

    def signal_stats(self, name: str) -> tuple[float | None, float | None]:
        return _mean_sd(self.signals[name])

    def kinds_text(self) -> str:
        return ", ".join(f"{kind} ({n})" for kind, n in sorted(self.kinds.items(), key=lambda kv: (-kv[1], kv[0])))


def rollup(entries: Iterable[Entry]) -> list[OutletRow]:
    """Outlet rows, sorted by mean index (highest first; outlets with no scored document last);
    the documents with no outlet known after them all, apart from the ranking."""
    rows: dict[str, OutletRow] = {}
    for entry in entries:
        row = rows.setdefault(entry.outlet.lower(), OutletRow(entry.outlet))
        row.documents += 1
        row.ids.append(entry.id)
        if entry.source:
            row.source.add(entry.source)
        if entry.index is not None:
            row.index.append(float(entry.index))
        for signal, value in entry.signals.items():
            if value is not None and signal in row.signals:
                row.signals[signal].append(float(value))
        if entry.kind:
            row.kinds[entry.kind] = row.kinds.get(entry.kind, 0) + 1
    return sorted(rows.values(), key=lambda r: (not r.ranked, r.index_stats()[0] is None, -(r.index_stats()[0] or 0.0), r.outlet.lower()))


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def format_rollup(rows: Sequence[OutletRow]) -> str:
    """The roll-up as a text table (for the command line)."""
    infos = registry.infos()
    width = max([len("outlet")] + [min(len(r.outlet), 40) for r in rows])
    head = f"{'outlet':{width}}  {'docs':>4}  {'index':>5} {'(sd)':>6}  " + "  ".join(
        f"{info.abbreviation or info.name[:7]:>7}" for info in infos)
    lines = [head, "-" * len(head)]
    for row in rows:
        if not row.ranked:
            lines.append(f"{'-' * width}  not an outlet, not ranked: the documents where none was found")
        mean, sd = row.index_stats()
        sd_text = "" if sd is None else f"({sd:.1f})"
        cells = "  ".join(f"{_num(row.signal_stats(info.name)[0], info.mean_digits):>7}" for info in infos)
        name = row.outlet if len(row.outlet) <= 40 else row.outlet[:39] + "\u2026"
        lines.append(f"{name:{width}}  {row.documents:>4}  {_num(mean):>5} {sd_text:>6}  {cells}")
    lines.append("means over each outlet's scored documents; (sd) = standard deviation of the index, shown from 2 documents")
    return "\n".join(lines)


def as_cells(row: OutletRow) -> list[Any]:
    """One row of the Outlets sheet (see `HEADERS`)."""
    mean, sd = row.index_stats()
    source = ", ".join(sorted(row.source)) if row.ranked else NOT_RANKED
    values: list[Any] = [row.outlet, source, row.documents, row.scored, mean, sd]
    for signal in registry.names():
        values += list(row.signal_stats(signal))
    values.append(row.kinds_text() or None)
    values.append(", ".join(row.ids[:10]) + (f" and {len(row.ids) - 10} more" if len(row.ids) > 10 else ""))
    return values


def outlet_rows_as_dicts(rows: Sequence[OutletRow]) -> list[dict[str, Any]]:
    """The roll-up as plain data (for JSON): per outlet, its counts, the index's mean and sd, and
    each signal's mean and sd (None where nothing was scored, or for one document's sd), and
    whether it is ranked (not the documents with no outlet known)."""
    out = []
    for row in rows:
        mean, sd = row.index_stats()
        out.append({
            "outlet": row.outlet,
            "outlet_from": sorted(row.source),
            "ranked": row.ranked,  # false for the documents with no outlet known (last, not an outlet)
            "documents": row.documents,
            "scored": row.scored,
            "reliability_mean": mean,
            "reliability_sd": sd,
            "signals": {s: dict(zip(("mean", "sd"), row.signal_stats(s))) for s in registry.names()},
            "kinds": dict(row.kinds),
            "ids": list(row.ids),
        })
    return out
