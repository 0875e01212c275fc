"""Texts edited in the Read sheet. The Read sheet shows each document's words with its flags on
them; the document itself is in the Documents sheet (or the file a row names). A user who
edits a text in the Read sheet expects the edit to count, but a refresh keeps a row's Read cell
byte for byte when the row is not scored again, so the edited words would stay beside scores of
other words, without a word said.

A refresh compares the plain text of each kept Read cell with the row's text. Where they differ,
the row is scored again: its scores are those of its text (they do not change) and its Read cell
shows that text again, with its flags. The summary says so, and tells the user to edit texts in
the Documents sheet. Restoring is the safe choice: scoring the Read cell's words instead would
leave the Documents sheet holding a text its scores are not of.

What a Read cell adds to the text is left out of the comparison: the grey reason at the start of
a row with no index, the mark before an unsourced sentence, and the grey note where a very long
text is cut (only the shown part is compared). A text that goes on over the rows below its first
is compared whole: its cells' texts joined. A cell this plugin did not write as text (a number, a
shape it does not know) is left alone.

Edits to the sheet's layout that would hide a text are put right too (read_refresh.Repairs,
`rescore_read_repairs`): a long text whose first Read row was deleted (its "(continued)" rows
left under another document), and cells merged over document rows (a merged cell shows only its
first cell's text). Those rows are scored again, so their Read rows are written whole from the
Documents sheet, and the merges are undone; the summary says so (`read_repair_notes`). A row
whose "(continued)" mark was cleared or typed over is read as part of its text and gets its mark
back. Words typed into the Read sheet on a row of their own (a new document, a note) would be
lost when the sheet is written again: the refresh refuses, and says to add documents in the
Documents sheet (`refuse_typed_rows`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..errors import WorkbookError
from ..inputs import Record
from ..text import normalise
from ..wording import counted
from ..xml_text import xml_unescape
from . import layout
from .cell_xml import decode_xstring
from .read_refresh import OldReadSheet, OldRow
from .read_sheet import MARK, NOT_SHOWN, continued_mark
from .refresh_plan import CUT_RE, RowPlan

__all__ = ["read_repair_notes", "refuse_typed_rows", "rescore_edited_read_texts", "rescore_read_repairs"]

_T_RE = re.compile(rb"<t\b[^>]*>(.*?)</t>|<t\b[^>]*/>", re.S)
_SHARED_RE = re.compile(rb'^<c\b[^>]*\bt="s"[^>]*>\s*<v>\s*(\d+)\s*</v>\s*</c>$', re.S)
_EMPTY_RE = re.compile(rb"^<c\b[^>]*/>$")
_INLINE_RE = re.compile(rb'^<c\b[^>]*\bt="inlineStr"', re.S)
_REASON_RE = re.compile(r"^\[[^\]\n]*\]\n")
_CUT_NOTE_RE = re.compile(r" \[\u2026 cut here: [\d,]+ more characters not shown\. The whole text: .*\]$", re.S)


def cell_plain_text(cell: bytes, shared: Sequence[str]) -> str | None:
    """The plain text of a kept Read text cell (its runs joined), or None for a cell that holds no
    text this module can read (a number, a formula, a shared string that is not there)."""
    if _EMPTY_RE.match(cell):
        return ""
    found = _SHARED_RE.match(cell)
    if found:
        index = int(found.group(1))
        return shared[index] if index < len(shared) else None
    if not _INLINE_RE.match(cell):
        return None
    return "".join(decode_xstring(xml_unescape(piece.decode("utf-8"))) for piece in _T_RE.findall(cell))


def shows_text(shown: str, text: str) -> bool:
    """Whether a Read cell's plain text shows `text` (the row's text as scored), as the Read sheet
    writes it: with or without a reason before it, marks, and cut after a word with a note."""
    text = normalise(text)[0].replace(MARK, "")
    shown = shown.replace(MARK, "")
    for candidate in (shown, _REASON_RE.sub("", shown, count=1)):
        cut = _CUT_NOTE_RE.search(candidate)
        if cut is None and candidate == text:
            return True
        if cut is not None and text.startswith(candidate[:cut.start()]):
            return True
    return False


def rescore_edited_read_texts(rows: Sequence[RowPlan], old_read: OldReadSheet | None, owned: dict[str, int],
                              shared: Sequence[str]) -> int:
    """Mark for scoring each row the plan leaves as it was whose Read cell does not show its text
    (edited in the Read sheet); the number of such rows."""
    if old_read is None:
        return 0
    hash_col = owned[layout.STAMP_HEADERS[2]]
    not_shown = "".join(run.text for run in NOT_SHOWN)
    edited = 0
    for row in rows:
        if row.rescore or row.values is not None or not isinstance(row.item, Record) \
                or not isinstance(row.item.text, str) or CUT_RE.search(row.item.text):
            continue  # (only rows kept as they were; a text cut to fit its cell is never scored)
        key = (str(row.item.id), str(row.span.values.get(hash_col) or ""))
        old = old_read.rows.get(key)
        if old is None or old.text_cell is None:
            continue
        old = _rejoin_sorted(old_read, key, old, row.item.text, shared)
        pieces = [cell_plain_text(cell, shared) for cell in (old.text_cell, *(cell for cell, _ in old.more))]
        shown = None if None in pieces else "".join(pieces)  # (a text going on over rows: all of them)
        if shown is None or shown == not_shown or shows_text(shown, row.item.text):
            continue
        row.rescore = True
        edited += 1
    return edited


def _rejoin_sorted(old_read: OldReadSheet, key: tuple[str, str], old: OldRow, text: str, shared: Sequence[str]) -> OldRow:
    """(hunt43) A long text's first Read row with the rows that go on with its text put back under
    it, where a sort of the Read sheet moved them apart (`Repairs.apart`): in the order that shows
    the text (a sort keeps them in theirs, or, by their own cells, shuffles them). The row is then
    kept as it was, not scored again as a text edited in the Read sheet, and its rows are written
    whole again. `old` as it was where they do not show the text together (then it was edited)."""
    apart = old_read.repairs.apart.get(key[1], [])
    if sum(1 for other in old_read.rows if other[1] == key[1]) != 1:  # (copies of one text: by the mark naming the id)
        apart = [piece for piece in apart if piece[2] == continued_mark(key[0])]
    if old.more or not apart:
        return old
    first = cell_plain_text(old.text_cell, shared)
    pieces = [(cell_plain_text(cell, shared), (cell, height)) for cell, height, _mark in apart]
    if first is None or any(plain is None for plain, _ in pieces):
        return old
    whole = normalise(text)[0].replace(MARK, "")
    for start in (first, _REASON_RE.sub("", first, count=1)):
        at = len(start.replace(MARK, ""))
        if not whole.startswith(start.replace(MARK, "")):
            continue
        left, ordered = list(pieces), []
        while left:
            nxt = next((piece for piece in left if piece[0] and whole.startswith(piece[0].replace(MARK, ""), at)), None)
            if nxt is None:
                break
            left.remove(nxt)
            ordered.append(nxt)
            at += len(nxt[0].replace(MARK, ""))
        joined = first + "".join(plain for plain, _ in ordered)
        if not left and shows_text(joined, text):
            rejoined = replace(old, more=tuple(cell for _, cell in ordered))
            old_read.rows[key] = rejoined
            old_read.repairs.headless.discard(key[1])
            old_read.repairs.rejoined.add(key[1])
            return rejoined
    return old


def refuse_typed_rows(path: object, old_read: OldReadSheet | None) -> None:
    """Raise WorkbookError (nothing written) where words were typed into the Read sheet on rows of
    their own: the refresh writes the sheet again from the Documents sheet, and they would be lost."""
    if old_read is None or not old_read.repairs.typed:
        return
    typed = old_read.repairs.typed
    first, doc_id = typed[0]
    what = f"row {first}" + (f" (id {doc_id!r})" if doc_id else "") + ("" if len(typed) == 1 else f" and {len(typed) - 1} more")
    raise WorkbookError(
        f"{path}: refresh refused, nothing was changed: the Read sheet's {what} holds words typed there. The Read sheet "
        "only shows the texts of the Documents sheet, and a refresh writes it again, so those words would be lost. "
        "To score a new document, add it as a new row of the Documents sheet (its id and text); to keep a note, put "
        "it in a sheet of your own. Then delete the row from the Read sheet and refresh again")


def rescore_read_repairs(rows: Sequence[RowPlan], old_read: OldReadSheet | None, owned: dict[str, int]) -> tuple[int, int, int]:
    """Mark for scoring each row the plan leaves as it was that has no Read row (deleted there, or
    the first of a long text's rows deleted: see read_refresh.Repairs), or whose Read rows a
    merged cell covered, or whose "(continued)" marks were cleared or typed over: its Read rows
    are then written whole. The numbers of such rows: (with no first row of a long text, with no
    Read row at all, the others)."""
    if old_read is None:
        return 0, 0, 0
    repairs = old_read.repairs
    hash_col = owned[layout.STAMP_HEADERS[2]]
    broken = old_read.broken_keys() if repairs.merged else set()
    listed = {text_hash for _id, text_hash, _n in old_read.order}
    headless = missing = others = 0
    for row in rows:
        if row.rescore or row.values is not None or not isinstance(row.item, Record):
            continue
        text_hash = str(row.span.values.get(hash_col) or "")
        key = (str(row.item.id), text_hash)
        if key in broken or key in repairs.remarked:
            row.rescore = True
            others += 1
        elif text_hash and key not in old_read.rows and text_hash not in listed:
            row.rescore = True
            repairs.restored.add(text_hash)
            if text_hash in repairs.headless:
                headless += 1
            else:
                missing += 1
    return headless, missing, others


def read_repair_notes(old_read: OldReadSheet | None, headless: int, missing: int, _others: int) -> list[str]:
    """The summary's lines on what the refresh put right in the Read sheet's layout."""
    if old_read is None:
        return []
    repairs, notes = old_read.repairs, []
    if headless:
        notes.append(f"the Read sheet showed the rest of {headless} long text{'s' if headless != 1 else ''} without "
                     f"{'its' if headless == 1 else 'their'} first row (deleted?): each is shown whole again, from the "
                     "Documents sheet")
    if missing:
        notes.append(f"{counted(missing, 'row had no row', 'rows had no row')} in the Read sheet (deleted there?): "
                     f"{'its' if missing == 1 else 'their'} text is shown again, from the Documents sheet")
    if repairs.merged:
        shown = ", ".join(repairs.merged[:5]) + (f" and {len(repairs.merged) - 5} more" if len(repairs.merged) > 5 else "")
        notes.append(f"the Read sheet had merged cells ({shown}): a merged cell shows only one cell's text, so they "
                     "were unmerged, and the texts under them are shown whole again")
    remarked = sum(repairs.remarked.values())
    if remarked:
        notes.append(f"{remarked} Read row{'s' if remarked != 1 else ''} of a long text had lost "
                     f"{'its' if remarked == 1 else 'their'} '(continued)' mark (cleared or typed over): put back "
                     "(the Read sheet only shows texts: a new document goes in a new row of the Documents sheet)")
    return notes
