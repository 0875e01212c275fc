"""The sheets for people (Read, Outlets) and the copies across rows, as a refresh keeps them
current: a few calls from `refresh_workbook`, so that its own logic stays as it was.

- Copies are found again across every row that has a text (a row's copies depend on the others,
  so one edited or appended row can change the Copies cell of rows that were not re-scored).
- The Read sheet: a re-scored row gets its text with its new flags; a row that was not re-scored
  keeps its earlier text cell byte for byte (found by document id and text hash), with its
  Copies cell and row numbers brought up to date.
- The Outlets sheet is made again from every row: the index and signal values in the Documents
  sheet, and the outlet each row had (the Read sheet keeps it, with where it came from).
- Copy evidence: a re-scored row gets its shared-passage rows on the Evidence sheet; the rows of
  a document that was not re-scored stay as they were (the Evidence sheet is keyed by text).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping, Sequence

from ..cells import safe_text
from ..engine import without_cycle_collection
from ..hosting import names_platform
from ..inputs import OUTLET_COLUMN_NAMES, Problem, Record, find_column, is_refused_line
from ..outlets import FROM_COLUMN, FROM_METADATA, FROM_PLATFORM, FROM_URL, NO_OUTLET, Entry, entry_of, outlet_of, own_site, rollup
from .. import registry
from ..types import DocumentResult
from . import layout, outlets as outlets_sheet, read_refresh, read_sheet
from .kept_marker import SharedItems, with_doc_row
from .package import Package

from .typed_cells import cells_mark

__all__ = ["PeopleSheets", "PeopleWriter"]


class PeopleWriter:
    """The writer's side: copies are found across all items first; then, as each row is
    written, its copy evidence (for the Evidence sheet), its Read row and its outlet entry; the
    Outlets sheet at the end."""

    def __init__(self, wb: Any, items: Sequence[Record | Problem], out_dir: Any, spool: read_sheet.ReadSpool) -> None:
        self.items = items
        self.out_dir = out_dir
        self.spool = spool
        self.copies = read_sheet.copies_of(items)
        self.entries: list[Entry] = []
        read_sheet.add_sheet(wb, spool, (item.id for item in items))

    def copy_evidence(self, position: int, item: Record | Problem, result: DocumentResult | None) -> list[list[Any]]:
        text_hash = result.stamp.get("text", "") if result is not None else ""
        return [[item.id, layout.EVIDENCE_SIGNAL[signal], kind, safe_text(text), start, end, detail, text_hash]  # as evidence_rows
                for signal, kind, text, start, end, detail in self.copies[position][2]]

    def add(self, position: int, item: Record | Problem, result: DocumentResult | None, mark: str = "") -> None:
        """(`mark`: its Why, Status and Kind cells' mark, typed_cells.cells_mark)"""
        number = position + 2
        copy_text, shared, _, prints = self.copies[position]
        entry = entry_of(result, getattr(item, "outlet", ""), getattr(item, "url", ""), str(item.id), outlet_from(item))
        if not is_refused_line(item):  # (loose21: no document, its outlet not known)
            self.entries.append(entry)
        runs = (read_sheet.display_runs(item.text, result, shared, read_sheet.where_text(item, number, self.out_dir))
                if isinstance(item, Record) and isinstance(item.text, str) else [])
        shown = "" if entry.outlet == NO_OUTLET else entry.outlet
        text_hash = result.stamp.get("text", "") if result is not None else ""
        self.spool.add(read_sheet.ReadRow(number, item.id, shown, entry.source, entry.index, copy_text, runs, text_hash,
                                          fingerprints=prints, signals=_signals_text(result) + mark,
                                          head=bool(runs) and read_sheet.head_only(result)))

    def finish(self, wb: Any, joined: Mapping[str, str] | None = None) -> None:
        outlets_sheet.add_sheet(wb, rollup(self.entries, joined))


class PeopleSheets:
    """Create with the package and the Documents rows (row number, item, and the text hash of
    a row that is not re-scored, else None) in order; call `scored` for each re-scored row, then
    `parts` for the replaced parts. A row that is not re-scored has the same text as when its
    Read row was written, so the fingerprints kept there are used instead of hashing it again."""

    def __init__(self, package: Package, rows: Sequence[tuple[int, Record | Problem, str | None]], out_dir: Any = None,
                 old: read_refresh.OldReadSheet | None = None, joined: Mapping[str, str] | None = None) -> None:
        # (outlets23) the outlets the Sources sheet says are one (a web site and its outlet's name in
        # one row: `ratings_table.joined_outlets`), one row of the Outlets sheet, as `score -o` shows them
        self.joined = joined
        with without_cycle_collection():
            self._start(package, rows, out_dir, old)

    def _start(self, package: Package, rows: Sequence[tuple[int, Record | Problem, str | None]], out_dir: Any,
               old_read: read_refresh.OldReadSheet | None = None) -> None:
        self.package = package
        self.rows = [(number, item) for number, item, _ in rows]
        self.out_dir = out_dir
        # (the old Read sheet, where the refresh has read it already: read_refresh.old_rows)
        self.old = old_read if old_read is not None else read_refresh.old_rows(package)
        part = package.sheet_part(outlets_sheet.OUTLETS)
        self.has_outlets = part is not None and package.has(part)
        self.active = self.old is not None or self.has_outlets
        old = self.old.rows if self.old is not None else {}
        known = []
        for _number, item, kept_hash in rows:
            row = old.get((str(item.id), str(kept_hash))) if kept_hash not in (None, "") else None
            known.append(row.fingerprints if row is not None else None)
        items = [item for _, item in self.rows]
        self.partners: list[set[int]] = []
        self.copies = (read_sheet.copies_of(items, [number for number, _ in self.rows], known, self.partners)
                       if self.active else None)
        self.kept_hashes = [kept_hash for _number, _item, kept_hash in rows]
        self.new: dict[int, tuple[read_sheet.ReadRow, Entry]] = {}

    def copy_evidence(self, position: int, doc_id: str, text_hash: str) -> list[list[Any]]:
        """The Evidence rows of a re-scored row's shared passages (and reprint cue)."""
        if not self.copies:
            return []
        return [[doc_id, layout.EVIDENCE_SIGNAL[signal], kind, safe_text(text), start, end, detail, text_hash]  # as evidence_rows
                for signal, kind, text, start, end, detail in self.copies[position][2]]

    def kept_copies_changed(self, changed: set[int]) -> bool:
        """Whether the copy evidence of a row that is not re-scored may differ from what the
        Evidence sheet holds for it: its Copies cell reads otherwise now (a copy appended, its
        original edited away), or it shares words with a row scored now (`changed`: positions),
        whose passages and shares are measured again. Such rows' copy evidence is then written
        again (evidence_order), as a fresh score of all the rows writes it."""
        if not self.copies or self.old is None:
            return False
        old = self.old.rows
        for position, (copy_text, _shared, _evidence, _prints) in enumerate(self.copies):
            kept_hash = self.kept_hashes[position]
            if position in changed or kept_hash in (None, ""):
                continue
            if self.partners[position] & changed:
                return True
            kept = old.get((str(self.rows[position][1].id), str(kept_hash)))
            if kept is not None and kept.copies != copy_text:
                return True
        return False

    def scored(self, position: int, result: DocumentResult) -> None:
        if not self.active:
            return
        number, item = self.rows[position]
        copy_text, shared, _, prints = self.copies[position] if self.copies else ("", [], [], "")
        entry = entry_of(result, getattr(item, "outlet", ""), getattr(item, "url", ""), str(item.id), outlet_from(item))
        runs = []
        if isinstance(item, Record) and isinstance(item.text, str):
            runs = read_sheet.display_runs(item.text, result, shared, read_sheet.where_text(item, number, self.out_dir))
        shown = "" if entry.outlet == NO_OUTLET else entry.outlet
        self.new[position] = (read_sheet.ReadRow(number, item.id, shown, entry.source, entry.index, copy_text, runs,
                                                 result.stamp.get("text", ""), fingerprints=prints,
                                                 signals=_signals_text(result),
                                                 head=bool(runs) and read_sheet.head_only(result)), entry)

    def parts(self, values: Sequence[tuple[Any, dict[str, Any], str, str | None]],
              cells: Sequence[tuple[Any, Any, Any]] | None = None) -> dict[str, Any]:
        """The Read and Outlets parts. `values`, per row in order: its index, its signal values
        by name, its text hash and its document kind, as the Documents sheet will hold them;
        `cells`: its Why, Status and Kind cells so (hunt31: their mark, see typed_cells)."""
        if not self.active:
            return {}
        with without_cycle_collection():
            return self._parts(values, cells)

    def _parts(self, values: Sequence[tuple[Any, dict[str, Any], str, str | None]],
               cells: Sequence[tuple[Any, Any, Any]] | None = None) -> dict[str, Any]:
        old, styles = (self.old.rows, self.old.styles) if self.old is not None else ({}, [None] * len(read_sheet.READ_HEADERS))
        read_rows: list[read_sheet.ReadRow] = []
        entries: list[Entry] = []
        shared = SharedItems(self.package)  # (kept text cells that became shared strings)
        for position, ((number, item), (index, signals, text_hash, kind)) in enumerate(zip(self.rows, values)):
            copy_text, prints = (self.copies[position][0], self.copies[position][3]) if self.copies else ("", "")
            mark = cells_mark(*cells[position]) if cells is not None else ""
            if position in self.new:
                row, entry = self.new[position]
                if self.old is not None and not self.old.signals_column:  # (a Read sheet without column J)
                    row = replace(row, signals=None)
                elif row.signals is not None:
                    row = replace(row, signals=row.signals + mark)
                read_rows.append(row)
                entries.append(entry)
                continue
            kept = old.get((str(item.id), str(text_hash or "")))
            outlet, source = _kept_outlet(kept, item)
            if not is_refused_line(item):  # (loose21: a refused CSV line is no outlet's document)
                # (book50) with its site, as a row scored now has it: the same rows as `score` makes
                entries.append(Entry(outlet, source, str(item.id), index if isinstance(index, (int, float)) else None,
                                     {s: v for s, v in signals.items() if isinstance(v, (int, float))}, kind,
                                     own_site(str(getattr(item, "url", "") or ""))))
            shown = "" if outlet == NO_OUTLET else outlet
            said = read_sheet.signals_text(signals) + mark if self.old is not None and self.old.signals_column else None
            if kept is not None and kept.text_cell is not None:
                # (a cut text's marker, naming its row in Documents, is in the last of its cells)
                first, more = kept.text_cell, kept.more
                if more:
                    more = (*more[:-1], (with_doc_row(more[-1][0], number, shared), more[-1][1]))
                else:
                    first = with_doc_row(first, number, shared)
                read_rows.append(read_sheet.ReadRow(number, item.id, shown, source, index, copy_text, [], text_hash or "",
                                                    text_cell=first, height=kept.height, fingerprints=prints,
                                                    kept=kept, signals=said, more=more))
            else:
                runs = read_sheet.NOT_SHOWN if isinstance(item, Record) and text_hash else []
                read_rows.append(read_sheet.ReadRow(number, item.id, shown, source, index, copy_text, runs, text_hash or "",
                                                    fingerprints=prints, signals=said))
        parts: dict[str, Any] = {}
        if self.old is not None:
            parts.update(read_refresh.refresh_part(self.package, self.old, read_rows, styles))
        if self.has_outlets:
            parts.update(outlets_sheet.refresh_parts(self.package, rollup(entries, self.joined)))
        return parts


def _kept_outlet(kept: Any, item: Record | Problem) -> tuple[str, str]:
    """The outlet of a row that is not re-scored: as its Read row keeps it (an outlet the text
    names needs its evidence), except one taken from its web address, which the URL cell alone
    gives: that is worked out again, so a workbook written before a placeholder URL cell ("n/a")
    named no outlet, or before each user's site on a hosting platform was its own, gets the
    outlet a fresh score gives. A row with no Read row kept, or none named there (a row not
    scored, kept before book20 with no outlet), is worked out from its cells."""
    if kept is not None and kept.outlet and kept.source not in (FROM_URL, FROM_PLATFORM) \
            and not names_platform(kept.outlet, getattr(item, "url", "")):  # (kept before: "Facebook")
        return kept.outlet or NO_OUTLET, kept.source
    return outlet_of(None, getattr(item, "outlet", ""), getattr(item, "url", ""), outlet_from(item))


def _signals_text(result: DocumentResult | None) -> str:
    """The Read sheet's signal cells of a row scored now: its signal values as the Documents sheet
    is given them (each signal's value, as `cells.score_row` writes it), in words
    (`read_sheet.signals_text`)."""
    if result is None:
        return ""
    return read_sheet.signals_text({name: signal.value for name, signal in result.signals.items()})


def outlet_from(item: Any) -> str:
    """Where a row's outlet came from: its outlet column, or, for a row whose text was read from a
    web page with no outlet cell of its own, the page's metadata (its site name)."""
    columns = getattr(item, "columns", None) or {}
    column = find_column(list(columns), OUTLET_COLUMN_NAMES)
    given = column is not None and str(columns.get(column) or "").strip()
    return FROM_METADATA if getattr(item, "text_file", "") and not given else FROM_COLUMN


def signal_headers() -> dict[str, str]:
    """Signal name -> its Documents column header."""
    return {name: layout.SIGNAL_HEADER[name] for name in registry.names()}
