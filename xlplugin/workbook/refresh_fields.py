"""A title, URL, outlet, author or date column whose header was renamed, found by what its cells
hold, as a renamed id column is (refresh_columns).

These fields are read by their header ("title", "headline"...). Renamed to another word
("Heading"), the column is no longer read: every row's title is gone, so every row's text hash
differs from its stamp and every row is scored again without its title (and may lose the
provenance points a headline gave it), with no line saying why. So where a field has no column
by name and rows would be scored again, each column that is read as nothing is tried as that
field on a few of those rows: where the text hash of at least half of them is then their stamp
(the row as it was scored), the column is read as that field, and the summary says so. A column
renamed and edited too is not found; its rows are scored again, without it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ..engine import text_digest
from ..inputs import (AUTHOR_COLUMN_NAMES, DATE_COLUMN_NAMES, ID_COLUMN_NAMES, OUTLET_COLUMN_NAMES, PATH_COLUMN_NAMES,
                      TEXT_COLUMN_NAMES, TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, Record, find_column)

__all__ = ["RenamedFields", "find_renamed_fields"]

# field -> (its header as `score` reads it, its names, what its cells are called in the summary)
FIELDS = {
    "title": (TITLE_COLUMN_NAMES, "titles"),
    "url": (URL_COLUMN_NAMES, "web addresses"),
    "outlet": (OUTLET_COLUMN_NAMES, "outlets"),
    "author": (AUTHOR_COLUMN_NAMES, "authors"),
    "date": (DATE_COLUMN_NAMES, "dates"),
}
_KNOWN = (ID_COLUMN_NAMES, TEXT_COLUMN_NAMES, PATH_COLUMN_NAMES) + tuple(names for names, _ in FIELDS.values())
_SAMPLE = 8  # rows to score again tried, at most
_MATCH_SHARE = 0.5


@dataclass
class RenamedFields:
    """The headers as the rows are to be read (a renamed column under its field's name) and the
    summary's lines."""

    names: list[str]
    notes: list[str] = field(default_factory=list)


def _digest(item: Any) -> str | None:
    if not isinstance(item, Record) or not isinstance(item.text, str):
        return None
    return text_digest(item.text, item.title, item.url, item.outlet, item.author, item.date, item.page_type)


def find_renamed_fields(names: list[str], items: Sequence[Any], stamps: Sequence[Any], skip: Sequence[str | None],
                        read: Callable[[list[str], list[int]], list[Any]]) -> RenamedFields:
    """`names`: the headers as the rows are read now; `items`: the rows so read; `stamps`: each
    row's text hash as written; `skip`: the text and path columns; `read(names, rows)`: those rows
    (indexes) read again with other headers."""
    found = RenamedFields(list(names))
    missing = [f for f, (known, _) in FIELDS.items() if find_column(names, known) is None]
    if not missing:
        return found
    changed = [i for i, (item, stamp) in enumerate(zip(items, stamps))
               if isinstance(stamp, str) and stamp and _digest(item) not in (None, stamp)][:_SAMPLE]
    if not changed:
        return found
    skipped = set(skip)
    for name_field in missing:
        candidates = [n for n in found.names if isinstance(n, str) and n not in skipped
                      and not any(find_column([n], known) for known in _KNOWN)]
        for candidate in candidates:
            trial = [name_field if n == candidate else n for n in found.names]
            again = read(trial, changed)
            matched = sum(1 for i, item in zip(changed, again) if _digest(item) == stamps[i])
            if matched and matched >= _MATCH_SHARE * len(changed):
                found.names = trial
                what = FIELDS[name_field][1]
                found.notes.append(f"the {name_field} column is now headed {candidate!r}: read as the {name_field} "
                                   f"column, since its cells are the {what} the rows were scored with (name it "
                                   f"{name_field} to read it so by name)")
                break
    return found
