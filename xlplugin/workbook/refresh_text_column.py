"""(hunt57) The texts scored, found in another column than the one a refresh would read them from.

A refresh reads the texts from the column recorded when scored, by its header. A user who renamed
the headers (the title column to "text", the text column to "body") would have every row scored
again from the wrong column (titles: "language not known"), every score lost, and exit 0. The Read
sheet shows each scored text (filed under the row's id and its Text hash stamp), so before anything
is written the refresh compares it with the cells: where the column it would read holds the text
scored in under half of the rows that have one, and another column holds it in at least half, it
refuses and names both. A user who edited texts (a few, or all of them) has no other column holding
the old texts: those rows are scored again, as before. `xlplugin refresh BOOK --text-column NAME`
reads the texts from the column named (`named_text_column`), without this check.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, Sequence

from ..inputs import Record
from . import layout
from .refresh_plan import refuse

__all__ = ["moved_text_column", "moved_message", "named_text_column"]

# the share of the scored rows below which the column read is taken not to hold the texts scored,
# and at or above which another column is taken to hold them
_SHARE = 0.5
# how much of a cell (its start, spaces collapsed) must be found in the text the Read sheet shows
_PREFIX = 80
# how much of the Read sheet's text is read (bytes of its runs): the cell's start, after any reason
# shown before a text not scored, is within it
_SHOWN = 2000
_T_RE = re.compile(rb"<t(?:\s[^>]*)?>(.*?)</t>", re.S)


def _read_text(text_cell: bytes | None) -> str:
    """The start of the words a Read sheet text cell shows (its runs joined, up to `_SHOWN` bytes:
    a cell's start is looked for in it), spaces collapsed."""
    if not text_cell:
        return ""
    runs, size = [], 0
    for match in _T_RE.finditer(text_cell):
        runs.append(match.group(1))
        size += len(runs[-1])
        if size >= _SHOWN:
            break
    return " ".join(html.unescape(b"".join(runs).decode("utf-8", "replace")).split())


def _holds(value: Any, shown: str) -> bool:
    """Whether a cell holds the text the Read sheet shows (its start: a long text is cut there)."""
    if not isinstance(value, str):
        return False
    cell = " ".join(value[:4 * _PREFIX].split())
    return len(cell) >= min(20, len(shown)) > 0 and cell[:_PREFIX] in shown


def moved_text_column(user: Sequence[tuple[int, str]], data_rows: Sequence[Any], items: Sequence[Any],
                      owned: dict[str, int], text_column: str, old_read: Any) -> str | None:
    """The header of the column that holds the texts scored where the column `text_column` does
    not (see the module's note); None where it does, or where that cannot be told (no Read sheet)."""
    if old_read is None:
        return None
    hash_col = owned[layout.STAMP_HEADERS[2]]
    shown: list[tuple[Any, str]] = []
    for span, item in zip(data_rows, items):
        stamp = span.values.get(hash_col)
        if not isinstance(item, Record) or item.text_file or stamp in (None, ""):
            continue
        old = old_read.rows.get((str(item.id), str(stamp)))
        text = _read_text(old.text_cell) if old is not None else ""
        if text:
            shown.append((span, text))
    if not shown:
        return None
    need = _SHARE * len(shown)

    def held(col: int) -> int:
        return sum(1 for span, text in shown if _holds(span.values.get(col), text))

    if any(name == text_column and held(col) >= need for col, name in user):
        return None  # (the usual case: only the column read is compared)
    counts = {name: held(col) for col, name in user if name != text_column}
    best = max(counts, key=lambda name: counts[name], default=None)
    return best if best is not None and counts[best] >= need else None


def moved_message(text_column: str, moved: str, book: Path) -> str:
    return (f"the texts would be read from the column {text_column!r} (the text column's header when scored), but the "
            f"texts that were scored are in the column {moved!r} now (headers renamed?); scoring {text_column!r} would "
            f"replace every row's scores. Rename the columns back, or name the text column: "
            f"xlplugin refresh {book} --text-column {moved!r}")


def named_text_column(book: Path, name: str, user_names: Sequence[str]) -> str:
    """The header --text-column names (case and spaces around it ignored); refused where none."""
    key = name.strip().casefold()
    found = [header for header in user_names if header.strip().casefold() == key]
    if not found:
        shown = ", ".join(repr(header) for header in user_names)
        raise refuse(book, f"--text-column {name!r}: the Documents sheet has no such column (its columns: {shown})")
    return name if name in found else found[0]
