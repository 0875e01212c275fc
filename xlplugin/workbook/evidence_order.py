"""The Evidence sheet written again in the order of the Documents rows, for a refresh that found
rows removed, duplicated, reordered or moved to other row numbers (see row_changes): the sheet a
fresh score of the rows as they now stand would write, without scoring the unchanged rows.

Each row of the Documents sheet in turn gets its Evidence rows: a re-scored document its new
ones; a document that keeps its scores the old rows of its id and text hash (found in the old
sheet's runs, see evidence_refresh.OldEvidence), copied as the bytes they were with their row
numbers rewritten, except its copy evidence (shared passages and reprints without credit, which
name other rows by number: "also in row 9 (id d7)"), which is made again from the copies found now,
as a fresh score makes it. A duplicated row gets its rows twice, as a fresh score gives them.
The old sheet is read whole here (only for such a refresh: the usual one streams it).
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from ..inputs import Record
from . import layout
from .evidence_refresh import _COPY_MARKS, COPY_ROWS, OldEvidence, unpack
from .refresh_plan import RowPlan
from .rows import evidence_row_xml
from .sheet_edit import move_row, prefix_of, row_ranges, set_ref_rows, shift_rows, with_references
from .sheet_scan import row_values

__all__ = ["ordered_evidence_part"]

# (COPY_ROWS and _COPY_MARKS: the copy evidence's rows, see evidence_refresh; evid25 counts them there too)

Extras = Callable[[int, str, str], list[list[Any]]]


def ordered_evidence_part(rows: list[RowPlan], hash_col: int, old: OldEvidence, quote: int | None,
                          shared: list[str], extras: Extras | None) -> Callable[[], Iterator[bytes]]:
    """The Evidence sheet in the Documents rows' order, as a function that writes it (called once
    the re-scored documents have their results). `extras(position, id, text hash)`: the copy
    evidence of the row at that position now; None when copies are not known (the copy rows of
    kept documents are then kept as they were)."""
    return _OrderedWriter(rows, hash_col, old, quote, shared, extras).pieces


class _OrderedWriter:
    def __init__(self, rows: list[RowPlan], hash_col: int, old: OldEvidence, quote: int | None,
                 shared: list[str], extras: Extras | None) -> None:
        self.rows, self.hash_col, self.old, self.quote = rows, hash_col, old, quote
        self.shared, self.extras = shared, extras
        self.runs: dict[tuple[str, str], list[int]] = {}
        for index, key in enumerate(old.keys):
            if key is not None:
                self.runs.setdefault(key, []).append(index)
        self.blocks: list[tuple[bytes, int]] = []  # (rows as XML, how many), numbered from 2
        self.number = 1  # the last row numbered
        self.data = b""

    def pieces(self) -> Iterator[bytes]:
        old = self.old
        if old.ends:
            reader = old.reader()
            try:
                self.data = reader.range(0, old.ends[-1])
            finally:
                reader.close()
        for position, row in enumerate(self.rows):
            self._row(position, row)
        self.data = b""
        total = self.number - 1
        limit = layout.MAX_EVIDENCE_ROWS
        last = min(total, limit) + 1 + (total > limit)
        yield set_ref_rows(old.head, "dimension", last, prefix_of(old.head), grow_only=False)
        yield with_references(move_row(old.header, 1))
        yield from self._limited(limit)
        if total > limit:
            yield evidence_row_xml(limit + 2, ["(sheet full)", None, None,
                                                f"{total - limit} more evidence rows do not fit in one sheet; "
                                                "score fewer documents per workbook to see them"], self.quote)
        yield set_ref_rows(old.tail, "autoFilter", min(total, limit) + 1, prefix_of(old.tail), grow_only=False)

    def _limited(self, limit: int) -> Iterator[bytes]:
        """The blocks, as many rows as fit in the sheet."""
        room = limit
        for block, count in self.blocks:
            if room <= 0:
                return
            if count > room:
                block = block[: list(row_ranges(block, 0, len(block)))[room - 1][1]]
            room -= count
            yield block

    def _add(self, block: bytes, count: int) -> None:
        self.blocks.append((block, count))
        self.number += count

    def _new(self, values_list: list[list[Any]]) -> None:
        if values_list:
            first = self.number + 1
            self._add(b"".join(evidence_row_xml(first + i, values, self.quote) for i, values in enumerate(values_list)),
                      len(values_list))

    def _row(self, position: int, row: RowPlan) -> None:
        if row.evidence is not None and not row.restore:  # re-scored now (or its missing rows made again)
            self._new(unpack(row.evidence))
            return
        old_hash = row.span.values.get(self.hash_col)
        if (row.rescore and not row.restore) or not row.keep_evidence or old_hash in (None, ""):
            return
        key = (str(row.item.id), str(old_hash))
        runs = self.runs.get(key)
        if not runs:
            return
        extras = None
        if self.extras is not None and isinstance(row.item, Record):
            extras = self.extras(position, key[0], key[1])
        for index in runs:
            self._kept_run(index, extras is not None)
        if row.restore:  # (evid25) the rows the user deleted, after those left (copy evidence: made again below)
            self._new([values for values in unpack(row.evidence) if extras is None or (values[1], values[2]) not in COPY_ROWS])
        if extras:
            self._new(extras)

    def _kept_run(self, index: int, drop_copies: bool) -> None:
        """One old run as the next rows (without its copy evidence when `drop_copies`)."""
        old = self.old
        block = self.data[old.starts[index]:old.ends[index]]
        if drop_copies and self._has_copy_rows(block):
            for start, end in row_ranges(block, 0, len(block)):
                one = block[start:end]
                if not self._is_copy_row(one):
                    self._add(with_references(old.renamed(move_row(one, self.number + 1))), 1)
            return
        delta = self.number + 1 - old.numbers[index]
        self._add(with_references(old.renamed(shift_rows(block, delta) if delta else block)), old.counts[index])

    def _has_copy_rows(self, block: bytes) -> bool:
        return b't="s"' in block or any(mark in block for mark in _COPY_MARKS)

    def _is_copy_row(self, row: bytes) -> bool:
        if not self._has_copy_rows(row):
            return False
        values = row_values(row, self.shared, {2, 3})
        return (values.get(2), values.get(3)) in COPY_ROWS
