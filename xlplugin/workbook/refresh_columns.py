"""The id and text columns a refresh reads, checked against the rows the last score or refresh
filed (the Read sheet lists each row's id by its row in Documents).

A refresh finds the id column by its header, as `score` does. When the header was renamed
("id" -> "Ref"), no column is found by name and every row would be filed under its place among
the rows ("1", "2"...): the Read and Evidence sheets would show ids the Documents sheet does not.
So where no column is found by name, the column whose cells hold the ids the Read sheet filed
the rows under (most of them: rows may have been edited since) is read as the id column, and
the summary says so; where no column holds them and the rows were filed under ids of their own
(not their places), the refresh refuses rather than re-file the evidence under made-up ids.

The text column is recorded when scored (layout.TEXT_COLUMN_PROPERTY) and read by that exact
name; a second column renamed to a text column's name ("title" -> "Text" next to "text") is
said in the summary, since the column it was (the title) is then no longer read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..inputs import ID_COLUMN_NAMES, find_column

__all__ = ["IdColumn", "find_id_column", "gone_message", "text_column_notes"]

# the share of the rows filed under an id of their own whose cell in a column must hold that id
# for the column to be read as the renamed id column
_MATCH_SHARE = 0.5


@dataclass
class IdColumn:
    """The id column as found: `renamed` is the header of a column read as the id column (its
    header no longer an id column's name), `gone` the ids such as the rows were filed under
    when no column holds them (the refresh refuses), and `note` the summary's line."""

    renamed: str | None = None
    gone: list[str] | None = None
    note: str = ""


def _same(value: Any, old: str) -> bool:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value is not None and str(value).strip() == old


def find_id_column(user: list[tuple[int, str]], table: list[list[Any]], numbers: list[int],
                   old_order: Iterable[tuple[str, str, int | None]] | None, skip: Iterable[str | None]) -> IdColumn:
    """The id column where its header was renamed (`user`: the user's (column, header); `table`:
    their values per data row; `numbers`: each data row's number in the sheet; `old_order`: the
    Read sheet's (id, hash, row in Documents); `skip`: the text and path columns)."""
    names = [name for _, name in user]
    if find_column(names, ID_COLUMN_NAMES) is not None or not old_order:
        return IdColumn()
    filed = {row: old for old, _hash, row in old_order if row is not None}
    place = {number: str(i) for i, number in enumerate(numbers, start=1)}
    own = [(i, filed[n]) for i, n in enumerate(numbers) if n in filed and filed[n] != place[n]]
    if not own:
        return IdColumn()  # (the rows were filed under their places: nothing is re-filed)
    skipped = set(skip)
    for at, name in enumerate(names):
        if name in skipped:
            continue
        matched = sum(1 for i, old in own if at < len(table[i]) and _same(table[i][at], old))
        if matched and matched >= _MATCH_SHARE * len(own):
            return IdColumn(renamed=name, note=f"the id column is now headed {name!r}: read as the id column, so each "
                                              "row's evidence stays filed under its id (name it id to read it so by name)")
    return IdColumn(gone=[old for _i, old in own[:3]])


def gone_message(ids: list[str]) -> str:
    """The refusal where the id column is gone."""
    shown = ", ".join(repr(i) for i in ids)
    return (f"the id column is gone: the rows were filed under ids such as {shown}, and no column holds them now "
            "(renamed to a header that is not id, or deleted?); name the column id again (or put it back), or score "
            "the sheet into a new file, so that no row's evidence is filed under another id")


def text_column_notes(names: list[str], text_column: str | None) -> list[str]:
    """A line where the recorded text column has a namesake ("Text" next to "text"): the texts
    are read from the recorded one, and the other (a renamed column) is not read as what it was."""
    if text_column is None:
        return []
    key = text_column.strip().casefold()
    others = [n for n in names if n != text_column and n.strip().casefold() == key]
    if not others:
        return []
    shown = ", ".join(repr(n) for n in others)
    return [f"the texts are read from the column {text_column!r}, as when scored; the column {shown} has a text "
            "column's name too (renamed?) and is not read as the text: rename it back to what it was if it held "
            "titles, outlets or other fields, which are read by their header"]
