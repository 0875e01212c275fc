"""(hunt31) Words typed over a row's Why, Status or Kind cell: kept, never silently dropped, never
left beside a score they do not explain.

The Why, Status and Kind cells are xlplugin's: a refresh writes them for each row it scores. A
note typed over one of them was kept as long as the row was not scored again (so the Why no
longer said where the index lost its points, and a reader took the typed words for xlplugin's),
then silently replaced by the next refresh that scored the row.

The Read sheet's column J (the row's signal cells as written, `read_sheet.signals_text`) now
ends with a short mark of the three cells as written (`cells_mark`: a hash of each, after a
"|"). A refresh compares each row's cells with it (`find_typed`): a row whose Why, Status or
Kind is not what was written is scored again, so that the three are written afresh, and the
words typed there are kept at the end of its Status (`kept_note`: "what you typed over its
Why cell, kept here at a refresh: “...”"), said in the summary too. A Status that holds such
words keeps them when the row is scored again (`carried_notes`), so they are never dropped
without the user deleting them. A Read sheet written before the mark (or without column J)
is not compared: its rows' typing is not seen until a refresh writes the marks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Sequence

from ..cells import KIND_HEADER
from . import layout

__all__ = ["cells_mark", "split_mark", "find_typed", "find_typed_numbers", "kept_note", "carried_notes", "typed_lines", "Typed", "KEPT_START"]

MARK_SEP = "|"
# the cells a mark covers, in its order
MARKED = (layout.SCORE_HEADERS[-2], layout.SCORE_HEADERS[-1], KIND_HEADER)  # Why, Status, Kind
_NAMES = {layout.SCORE_HEADERS[-2]: "Why", layout.SCORE_HEADERS[-1]: "Status", KIND_HEADER: "Kind"}
KEPT_START = "what you typed over its "
_KEPT_MIDDLE = " cell, kept here at a refresh: “"


def _norm(value: Any) -> str:
    """A cell's value as compared: text with its runs of spaces and line breaks read as one space
    (a program that saved the file may write line ends otherwise); a number in its shortest form."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _hash(value: Any) -> str:
    return hashlib.sha1(_norm(value).encode("utf-8")).hexdigest()[:6]


def cells_mark(why: Any, status: Any, kind: Any) -> str:
    """The mark of a row's Why, Status and Kind cells as written (to append to its signals text)."""
    return MARK_SEP + ".".join(_hash(v) for v in (why, status, kind))


def split_mark(said: str | None) -> tuple[str | None, list[str] | None]:
    """A Read row's column J as (its signals text, the three hashes of its mark or None)."""
    if said is None or MARK_SEP not in said:
        return said, None
    signals, _, mark = said.rpartition(MARK_SEP)
    parts = mark.split(".")
    return signals, parts if len(parts) == len(MARKED) else None


@dataclass
class Typed:
    """A row's cells typed over: (cell name, the words there) each, and where it is."""

    number: int
    doc_id: str
    cells: list[tuple[str, str]]
    new: bool = False  # (hunt40a) a row the user added, its Status typed before any run wrote it


def find_typed(rows: Sequence[Any], old_read: Any, owned: dict[str, int]) -> list[Typed]:
    """Each row whose Why, Status or Kind cell is not what the last score or refresh wrote (as
    its Read row's mark keeps it), and the words there. The row is marked to be scored again
    (`rescore`) where it can be (a row that cannot be read gets its Status written anyway) and
    its `typed_note` set, for its new Status."""
    if old_read is None:
        return []
    hash_col = owned.get(layout.STAMP_HEADERS[2])
    columns = [owned.get(header) for header in MARKED]
    found = []
    for row in rows:
        old = old_read.rows.get((str(row.item.id), str(row.span.values.get(hash_col) or ""))) if hash_col else None
        said = old.signals if old is not None else _unhashed_signals(row, old_read, hash_col)
        if said is None:
            _added_with_status(row, owned, found)
            continue
        _signals, mark = split_mark(said)
        if mark is None:
            continue
        cells = []
        for header, column, listed in zip(MARKED, columns, mark):
            if column is None:
                continue
            value = row.span.values.get(column)
            if _hash(value) != listed:  # (an emptied cell is written again too; nothing to keep)
                cells.append((_NAMES[header], _norm(value)))
        if cells:
            found.append(Typed(row.span.number, str(row.item.id), cells))
            row.typed_note = "; ".join(n for n in [row.typed_note] + [kept_note(name, words) for name, words in cells if words] if n)
            row.typed_status = any(name == "Status" for name, _ in cells)
            if row.values is None and not row.rescore and _scorable(row):
                row.rescore = row.typed_only = True
            elif row.values is not None and not row.rescore and row.typed_note:
                _keep_in_status(row, [name for name, _ in cells], owned)  # (a row the plan writes anyway: its file gone)
    _carry_kept(rows, owned)
    return found


# (hunt39a) How the Status cells xlplugin writes begin ("scored", "not scored: ...", "not refreshed
# (...)"): a row with no stamps whose Status begins so is one a run wrote, not words typed.
_WRITTEN_STATUS_STARTS = ("scored", "not scored", "not refreshed")


def _added_with_status(row: Any, owned: dict[str, int], found: list[Typed]) -> None:
    """(hunt39a) A row the user added (no stamps, no Read row of its id) with words typed in its
    Status ("to check") was counted as a row scored again, not a new one, and the words were
    written over without a word. It is new, and the words are kept in its Status as for a row
    typed over."""
    status = row.span.values.get(owned.get(layout.SCORE_HEADERS[-1]))
    words = _norm(status)
    if row.new or not words or words.startswith(_WRITTEN_STATUS_STARTS) \
            or any(row.span.values.get(owned.get(header)) not in (None, "") for header in layout.STAMP_HEADERS):
        return
    row.new, row.typed_status = True, True
    row.typed_note = kept_note("Status", words)
    found.append(Typed(row.span.number, str(row.item.id), [("Status", words)], new=True))
    if row.values is not None:  # (a row the plan does not score: its file not found)
        _keep_in_status(row, ["Status"], owned)


def _unhashed_signals(row: Any, old_read: Any, hash_col: int | None) -> str | None:
    """(hunt33) The signal cells as written (with their mark) of a row that has no text hash (its
    text could not be read: "N/A", a binary file, an empty cell), from its Read row: the one of
    its id that was this Documents row, else the only one of its id (the rows sorted since).
    Such a row's Status is all xlplugin writes for it, and words typed there were dropped."""
    if hash_col is not None and row.span.values.get(hash_col) not in (None, ""):
        return None
    found = getattr(old_read, "unhashed", {}).get(str(row.item.id), [])
    here = [said for number, said in found if number == row.span.number]
    if here:
        return here[0]
    return found[0][1] if len(found) == 1 else None


def _carry_kept(rows: Sequence[Any], owned: dict[str, int]) -> None:
    """The words a row's Status keeps (typed over at an earlier refresh) kept in the Status the
    plan writes for a row it does not score (its file still missing), as a row scored again keeps
    them (refresh._scored_values)."""
    from .refresh_plan import UNCHANGED
    from .rows import STATUS_AT

    column = owned.get(layout.SCORE_HEADERS[-1])
    if column is None:
        return
    for row in rows:
        if row.rescore or row.values is None or row.typed_note:
            continue
        carried = carried_notes(row.span.values.get(column))
        status = row.values[STATUS_AT]
        if carried and isinstance(status, str) and status is not UNCHANGED and KEPT_START not in status:
            row.values[STATUS_AT] = f"{status}; {carried}"


def find_typed_numbers(rows: Sequence[Any], old_read: Any, owned: dict[str, int]) -> list[Typed]:
    """Each row whose index or a signal cell holds a number that was not written for its text
    and is no other row's either (typed, not moved by a sort: `refresh_scores_check` scores such
    rows again): the cells and numbers, kept in the row's new Status (`typed_note`), as words
    typed over a Why are. Rows scored again for another reason (their text edited) count too."""
    if old_read is None:
        return []
    from .read_sheet import signals_text

    hash_col = owned.get(layout.STAMP_HEADERS[2])
    index_col = owned.get(layout.SCORE_HEADERS[0])
    if hash_col is None or index_col is None:
        return []
    signal_names = list(layout.SIGNAL_HEADER)
    listed_index = {_number(old.index) for old in old_read.rows.values()}
    listed_signals: list[set[str]] = [set() for _ in signal_names]
    for old in old_read.rows.values():
        said, _mark = split_mark(old.signals)
        for i, part in enumerate((said or "").split(";")[:len(signal_names)]):
            listed_signals[i].add(_number(part))
    found = []
    for row in rows:
        old = old_read.rows.get((str(row.item.id), str(row.span.values.get(hash_col) or "")))
        if old is None:
            continue
        cells = []
        shown = row.span.values.get(index_col)
        if _number(shown) != _number(old.index) and _number(shown) not in listed_index:
            cells.append((layout.SCORE_HEADERS[0], _norm(shown)))
        said, _mark = split_mark(old.signals)
        if said is not None:
            now = signals_text({name: row.span.values.get(owned[header]) for name, header in layout.SIGNAL_HEADER.items()
                                if header in owned}).split(";")
            then = said.split(";")
            for i, name in enumerate(signal_names):
                value = now[i] if i < len(now) else ""
                if _number(value) != _number(then[i] if i < len(then) else "") and _number(value) not in listed_signals[i]:
                    cells.append((layout.SIGNAL_HEADER[name], _norm(row.span.values.get(owned[layout.SIGNAL_HEADER[name]]))))
        if cells:
            found.append(Typed(row.span.number, str(row.item.id), [(_short(h), v) for h, v in cells]))
            row.typed_note = "; ".join(n for n in [row.typed_note] + [kept_note(_short(h), v) for h, v in cells if v] if n)
    return found


def _short(header: str) -> str:
    """A score column's header without its unit: "Reliability index", "Provenance"."""
    for cut in (" 0-", " (", " per "):
        if cut in header:
            header = header[:header.index(cut)]
    return header


def _number(value: Any) -> str:
    """A cell's number to 9 significant digits (text as it is; "" for none), to compare."""
    if value in (None, ""):
        return ""
    try:
        return format(float(value), ".9g")
    except (TypeError, ValueError):
        return _norm(value)


def _scorable(row: Any) -> bool:
    """Can the row be scored again (as refresh_scores_check asks: a text read, not cut to fit)?"""
    from ..inputs import Record
    from .refresh_plan import CUT_RE

    item = row.item
    return isinstance(item, Record) and isinstance(item.text, str) and not CUT_RE.search(item.text)


def _keep_in_status(row: Any, names: list[str], owned: dict[str, int]) -> None:
    """The kept words at the end of the Status the plan gives a row it does not score (its file
    gone: its earlier scores kept). Its Why and Kind cannot be written again without scoring it:
    one typed over is emptied (its words are in the Status), never left beside the scores as
    xlplugin's; the next refresh that scores the row writes them."""
    from ..cells import KIND_HEADER
    from .refresh_plan import UNCHANGED
    from .rows import STATUS_AT, WHY_AT

    status = row.values[STATUS_AT]
    column = owned.get(layout.SCORE_HEADERS[-1])
    earlier = "" if row.typed_status or column is None else carried_notes(row.span.values.get(column))
    if isinstance(status, str) and status is not UNCHANGED:
        row.values[STATUS_AT] = "; ".join(n for n in (status, earlier, row.typed_note) if n)
    if "Why" in names:
        row.values[WHY_AT] = None
    if "Kind" in names:
        row.values[layout.SCORE_HEADERS.index(KIND_HEADER)] = None


def kept_note(cell: str, words: str) -> str:
    """What a row's Status says of words typed over one of its cells."""
    return f"{KEPT_START}{cell}{_KEPT_MIDDLE}{words}”"


def carried_notes(status: Any) -> str:
    """The kept notes at the end of a Status cell (from the first), to carry into its new Status;
    "" where there are none."""
    if not isinstance(status, str):
        return ""
    at = status.find(KEPT_START)
    if at < 0 or _KEPT_MIDDLE not in status[at:]:
        return ""
    return status[at:].strip()


def _shown(found: Sequence[Typed]) -> str:
    shown = "; ".join(f"row {t.number} (id {t.doc_id}) " + ", ".join(f"{name}: “{_cut(words)}”" if words else f"{name}: emptied"
                                                                  for name, words in t.cells)
                      for t in found[:5])
    return shown + (f"; and {len(found) - 5} more rows" if len(found) > 5 else "")


def typed_lines(found: Sequence[Typed]) -> list[str]:
    """The refresh summary's lines: each row's cells typed over, with the words kept. (hunt40a) A
    row the user added with words in its Status (`Typed.new`) is said apart: no run wrote that cell,
    so nothing of xlplugin's was typed over, and its scores are its first."""
    lines = []
    over = [t for t in found if not t.new]
    if over:
        cells = sum(len(t.cells) for t in over)
        lines.append(f"{cells} {'cell' if cells == 1 else 'cells'} of xlplugin's typed over: "
                     f"written again for the row's scores (emptied where the row could not be scored again), and what was "
                     f"typed there kept at the end of the row's Status ({_shown(over)})")
    added = [t for t in found if t.new]
    if added:
        one = len(added) == 1
        lines.append(f"{len(added)} new {'row' if one else 'rows'} had words typed in {'its' if one else 'their'} Status "
                     f"{'cell' if one else 'cells'} (a cell xlplugin writes) before any run scored "
                     f"{'it' if one else 'them'}: the Status is written for {'its' if one else 'their'} first scores "
                     f"(or says why {'it' if one else 'a row'} could not be scored), and what was typed there kept at "
                     f"the end of it ({_shown(added)})")
    return lines


def _cut(words: str, most: int = 80) -> str:
    return words if len(words) <= most else words[:most - 1].rstrip() + "…"
