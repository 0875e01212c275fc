"""Ids for rows whose id cell is blank, as a refresh finds them (a row the user appended, the
rows typed into the template).

A row with no id is filed under its place among the rows ("3"), as `score` files it
(`inputs.records_from_rows`). In the id column `score` writes (a table that had none gets one,
numbered 1, 2, 3...), that place is no id of its own: after a row was deleted, it is often the
id another row shows ("3" twice), and after a sort the Read and Evidence sheets would file the
new text under an id another row shows. So where the id column is the numbered one `score`
writes (named `id`, every id in it a whole number, none at all in the template), a refresh
writes an unused id into each blank id cell: the next number after the largest in use, in the
rows' order, and the summary names them (`new ids: 4, 5`).

Any other id column is the user's (their own codes, `doc_id`, file names): nothing is written
in it. Its blank cells keep the place-id `score` gives them, and the summary says which rows
have none and what they are filed under, since that place changes when rows are added,
removed or sorted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..cells import id_cell
from ..inputs import ID_COLUMN_NAMES, NO_SAVED_VALUE, Record, find_column
from ..wording import counted

__all__ = ["BlankIds", "number_blank_ids", "apply_new_ids"]

# the id column `score` writes for a table that has none (writer._with_id)
WRITTEN_ID_HEADER = "id"
_SHOWN = 8  # rows named in a summary line, at most


@dataclass
class BlankIds:
    """What a refresh did with blank id cells: the ids it wrote (per row index in the table), or,
    in a column of the user's, the rows it left without one."""

    column: int | None = None  # the id column's number in the sheet
    name: str = ""
    written: dict[int, str] = field(default_factory=dict)  # row index -> the id written
    left_blank: list[int] = field(default_factory=list)  # row indexes in the table, left without an id
    as_text: bool = False  # the ids are written as text, as the column's other ids are (else as numbers)

    def lines(self, numbers: list[int], ids: list[str], scored: list[bool]) -> list[str]:
        """The summary's lines (`numbers`: each row's number in the sheet; `ids`: the id each row
        is filed under, after `inputs.distinct_ids`; `scored`: whether each row is scored now). A
        row left without an id is named when it is scored (appended, edited), not at every refresh."""
        out = []
        if self.written:
            new = list(self.written.values())
            shown = ", ".join(new[:_SHOWN]) + (f" and {len(new) - _SHOWN} more" if len(new) > _SHOWN else "")
            where = "cells of their rows" if len(new) > 1 else "cell of its row"
            out.append(f"new ids: {shown} (written in the blank {self.name!r} {where}: the next numbers after the "
                       "largest id in use)")
        left = [i for i in self.left_blank if scored[i]]
        if left:
            shown = ", ".join(f"row {numbers[i]} as {ids[i]!r}" for i in left[:_SHOWN])
            more = f" and {len(left) - _SHOWN} more" if len(left) > _SHOWN else ""
            one = len(left) == 1
            out.append(f"{counted(len(left), 'row has', 'rows have')} no id in your id column {self.name!r}: "
                       f"{'it is' if one else 'they are'} known by {'its' if one else 'their'} place among the rows "
                       f"({shown}{more}), which changes when rows are added, removed or sorted; type an id in "
                       f"{'its cell' if one else 'each'} to keep {'its' if one else 'their'} evidence with "
                       f"{'it' if one else 'them'}")
        return out


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _whole_number(value: Any) -> int | None:
    """The id as a whole number (3, 3.0, "3"), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def number_blank_ids(user: list[tuple[int, str]], table: list[list[Any]]) -> BlankIds:
    """Give each blank id cell of `table` (the user's columns of each data row; `user`: their
    (column, name)) an unused id where the id column is
    the one `score` numbers, writing it into `table` so that the row is read with it. Elsewhere,
    the rows with a blank id are listed (they are read with their place as their id)."""
    names = [name for _, name in user]
    name = find_column(names, ID_COLUMN_NAMES)
    if name is None:
        return BlankIds()
    at = names.index(name)
    found = BlankIds(column=user[at][0], name=name)
    cells = [values[at] if at < len(values) else None for values in table]
    blanks = [i for i, value in enumerate(cells) if _blank(value)]
    if not blanks:
        return found
    filled = [_whole_number(value) for value in cells if not _blank(value) and value is not NO_SAVED_VALUE]
    if name != WRITTEN_ID_HEADER or any(n is None for n in filled):
        found.left_blank = blanks
        return found
    next_id = max(filled, default=0) + 1
    # (one kind of id in the column: ids a CSV gave are text, "1"; those `score` numbers are numbers)
    found.as_text = any(isinstance(v, str) for v in cells if not _blank(v) and v is not NO_SAVED_VALUE)
    for i in blanks:
        found.written[i] = table[i][at] = str(next_id)
        next_id += 1
    return found


def apply_new_ids(rows: list[Any], blank_ids: BlankIds) -> set[int]:
    """Each row given an id writes it into its id cell (`RowPlan.user_cells`); a row that would
    otherwise be left as it is (its id cell emptied since it was scored) is scored again, filed
    under its new id. Returns the rows' `id()`s: each is rewritten, also where its other cells
    are what the sheet holds (a row that still cannot be read)."""
    for index, new_id in blank_ids.written.items():
        row = rows[index]
        # (a number, as `score` numbers a table's rows; text where the column's ids are text)
        row.user_cells = {**(row.user_cells or {}), blank_ids.column: new_id if blank_ids.as_text else id_cell(new_id)}
        if not row.rescore and row.values is None and isinstance(row.item, Record):
            row.rescore = True
    return {id(rows[index]) for index in blank_ids.written}
