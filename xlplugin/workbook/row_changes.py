"""What changed in the set or order of the Documents rows since the last score or refresh: rows
removed, duplicated, put in another order, or moved to other row numbers (a blank row inserted
or removed above them). A refresh that sees any of these makes every sheet derived from the rows
again (Read, Outlets, Overview, Evidence), though no row needs to be scored: those sheets name
rows by number and count them.

The rows as they were are read from the Read sheet, which lists every scored row with its
document id, text hash and row number, in order (`read_refresh.OldReadSheet.order`); the rows as
they are now have the same three in the Documents sheet (the text hash of a row's stamp, which
only a refresh changes: an edited text still shows its old hash until it is re-scored, so an
edit is not taken for a removal). Without a Read sheet, the Evidence sheet's runs give the old
order (no row numbers: a blank row inserted is not seen, and nothing else names row numbers).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Sequence

__all__ = ["RowChanges", "read_edits_apart", "row_changes"]


@dataclass(frozen=True)
class RowChanges:
    """`removed`: scored rows no longer there; `duplicated`: rows now there more often than
    before (a row copied with its scores); `reordered`: rows in another order; `renumbered`: rows
    at other row numbers (in the same order); `renamed`: rows whose document id changed;
    `changed`: any of these."""

    removed: int = 0
    duplicated: int = 0
    reordered: bool = False
    renumbered: bool = False
    renamed: int = 0
    # (loose24) the rows whose id differs, as (text hash, id before, id now): `renamed`'s rows
    renamed_rows: tuple[tuple[str, str, str], ...] = ()
    # (loose24) ids edited in the Read sheet only (the Documents rows' ids are as the Evidence
    # sheet has them): the Read sheet is written again from the Documents sheet
    read_ids_edited: int = 0
    # (loose28) Read rows whose Copies cell, as an earlier version wrote it, is longer than its row
    # shows (read_sheet.copies_fit): the Read sheet is written again, the cell naming fewer rows
    copies_cut: int = 0
    # (hunt43) the rows were reordered in the Read sheet alone (sorted there): each Read row names the
    # Documents row it showed, and those rows are as they were, in their order. Said as such, not as
    # rows reordered in the Documents sheet
    read_sorted: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.removed or self.duplicated or self.reordered or self.renumbered or self.renamed
                    or self.read_ids_edited or self.copies_cut)

    def describe(self) -> str:
        """In words, for the refresh summary ("" when nothing changed)."""
        parts = []
        if self.removed:
            parts.append(f"{self.removed} row{'s' if self.removed != 1 else ''} removed since the last refresh")
        if self.duplicated:
            parts.append(f"{self.duplicated} row{'s' if self.duplicated != 1 else ''} duplicated")
        if self.reordered and self.read_sorted:
            parts.append("the Read sheet's rows were sorted there (the Documents rows are as they were, and a sort "
                         "is no edit of a text; the Read sheet shows them in the Documents order)")
        elif self.reordered:
            parts.append("rows reordered")
        elif self.renumbered and not (self.removed or self.duplicated):  # (rows below a removed one move up)
            parts.append("rows moved to other row numbers")
        if self.renamed:
            parts.append(f"{self.renamed} document id{'s' if self.renamed != 1 else ''} changed")
        if self.read_ids_edited:
            n = self.read_ids_edited
            parts.append(f"{n} id{'s' if n != 1 else ''} edited in the Read sheet, not in the Documents sheet "
                         f"(the Read sheet only shows the Documents rows: written again with the Documents "
                         f"sheet's id{'s' if n != 1 else ''}; to rename a document, edit its id in the Documents sheet)")
        if self.copies_cut:
            n = self.copies_cut
            parts.append(f"{n} Copies cell{'s' if n != 1 else ''} of the Read sheet longer than {'their rows' if n != 1 else 'its row'} "
                         f"showed: written again naming fewer rows and counting the rest")
        return "; ".join(parts)


def row_changes(before: Sequence[tuple[str, str, int | None]], now: Sequence[tuple[str, str, int]]) -> RowChanges:
    """Compare the rows as they were (document id, text hash, row number or None where it is not
    known) with the rows now (the same, for each row that has a text hash). Rows are matched by
    their text hash (an id renamed is the same row); a row whose row number was not known is
    compared by order only."""
    if list(before) == list(now):
        return RowChanges()
    old_count = Counter(text_hash for _id, text_hash, _n in before)
    new_count = Counter(text_hash for _id, text_hash, _n in now)
    removed = sum((old_count - new_count).values())
    duplicated = sum((new_count - old_count).values())
    common = old_count & new_count
    old_seq = _in_order(before, common)
    new_seq = _in_order(now, common)
    reordered = [h for h, _n, _i in old_seq] != [h for h, _n, _i in new_seq]
    renumbered = not reordered and any(a is not None and a != b for (_, a, _i), (_, b, _j) in zip(old_seq, new_seq))
    renamed_rows = () if reordered else tuple((h, a, b) for (h, _m, a), (_, _n, b) in zip(old_seq, new_seq) if a != b)
    # (hunt43) sorted in the Read sheet only: its rows, put in the order of the Documents rows they name, are the rows now
    read_sorted = reordered and not (removed or duplicated) and all(n is not None for _i, _h, n in before) \
        and sorted(before, key=lambda row: row[2]) == list(now)
    return RowChanges(removed, duplicated, reordered, renumbered, len(renamed_rows), renamed_rows, read_sorted=read_sorted)


def read_edits_apart(changes: RowChanges, evidence_keys: set[tuple[str, str]] | None) -> RowChanges:
    """(loose24) `changes` with the ids edited in the Read sheet told apart from the Documents ids
    renamed: a row whose id now is the one the Evidence sheet (written with the Read sheet, and not
    read from it) has for its text hash was not renamed in the Documents sheet."""
    if not changes.renamed_rows or not evidence_keys:
        return changes
    read_only = [row for row in changes.renamed_rows if (row[2], row[0]) in evidence_keys
                 and (row[1], row[0]) not in evidence_keys]
    if not read_only:
        return changes
    kept = tuple(row for row in changes.renamed_rows if row not in read_only)
    return RowChanges(changes.removed, changes.duplicated, changes.reordered, changes.renumbered, len(kept), kept,
                      len(read_only), changes.copies_cut, changes.read_sorted)


def _in_order(rows: Sequence[tuple[str, str, Any]], common: Counter) -> list[tuple[str, Any, str]]:
    """(text hash, row number, id) of the rows whose hash is in `common`, as many times as it is."""
    left = Counter(common)
    out = []
    for doc_id, text_hash, number in rows:
        if left[text_hash] > 0:
            left[text_hash] -= 1
            out.append((text_hash, number, doc_id))
    return out
