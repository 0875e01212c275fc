"""Score cells that are not what xlplugin wrote for their row's text: the score block (or a few
signal columns) sorted on its own (Excel's "continue with the current selection"), or a number
typed over an index or a signal. The stamp columns (version, settings and text hash) still match
the row's text, so the plan finds nothing changed; the row would keep another row's numbers.

The Read sheet lists, for every scored row, its id, its text hash, the index written with them
and its signal cells (column J, `read_sheet.signals_text`). A row the plan leaves unchanged whose
index or signal cells differ from those is scored again (and said so in the summary). The Read
sheet is read by every refresh anyway (to see whether rows moved), so the check costs a
comparison per row. A Read sheet written before it had column J lists the index only: there a
signal cell typed over with the index left as it was is not seen (the next refresh that rewrites
the Read sheet adds nothing: its header has no column J; `score` into a new file writes one). The
Why, Status and Kind cells are not compared (the Why cells are not read by a refresh: they are as
large as the texts)."""

from __future__ import annotations

from typing import Any, Sequence

from ..inputs import Record
from . import layout
from .read_refresh import OldReadSheet
from .read_sheet import signals_text
from .typed_cells import split_mark
from .refresh_plan import CUT_RE, RowPlan

__all__ = ["rescore_moved_scores"]


def rescore_moved_scores(rows: Sequence[RowPlan], old_read: OldReadSheet | None, owned: dict[str, int]) -> int:
    """Mark for scoring each row left unchanged by the plan whose index cell is not the index the
    Read sheet lists for its id and text hash, or whose signal cells are not those it lists; the
    number of such rows."""
    if old_read is None:
        return 0
    index_col, hash_col = owned[layout.SCORE_HEADERS[0]], owned[layout.STAMP_HEADERS[2]]
    moved = 0
    for row in rows:
        if row.rescore or row.values is not None or not isinstance(row.item, Record) \
                or not isinstance(row.item.text, str) or CUT_RE.search(row.item.text):
            continue  # (only rows kept as they were; a text cut to fit its cell is never scored)
        old = old_read.rows.get((str(row.item.id), str(row.span.values.get(hash_col) or "")))
        if old is not None and (not _same_index(row.span.values.get(index_col), old.index)
                                or (old.signals is not None
                                    and not _same_signals(_signals_shown(row, owned), split_mark(old.signals)[0] or ""))):
            row.rescore = True
            moved += 1
    return moved


def _signals_shown(row: RowPlan, owned: dict[str, int]) -> str:
    """The row's signal cells as read, in the words the Read sheet keeps them in."""
    return signals_text({name: row.span.values.get(owned[header]) for name, header in layout.SIGNAL_HEADER.items()})


def _same_signals(shown: str, listed: str) -> bool:
    """Two rows' signal cells in words (read_sheet.signals_text) the same, each number to a
    billionth of its size: 12 digits are kept, and a program that saved the file with 15 may
    round the twelfth otherwise."""
    if shown == listed:
        return True
    ours, theirs = shown.split(";"), listed.split(";")
    return len(ours) == len(theirs) and all(_same_index(a, b) and _close(a, b) for a, b in zip(ours, theirs))


def _close(a: str, b: str) -> bool:
    try:
        x, y = float(a), float(b)
    except ValueError:
        return True  # (text, or empty: _same_index compared them)
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def _same_index(shown: Any, listed: Any) -> bool:
    """The Documents row's index and the Read sheet's, as read (numbers or their text; None or
    "" for none), equal as numbers (to a millionth: a program that saved the file may write a
    number's digits otherwise)."""
    if shown in (None, "") or listed in (None, ""):
        return shown in (None, "") and listed in (None, "")
    try:
        return abs(float(shown) - float(listed)) <= 1e-6
    except (TypeError, ValueError):
        return str(shown).strip() == str(listed).strip()
