"""Text cells with formatting of their own (rich text: a word in bold, a sentence in colour),
which a refresh keeps as they are.

A refresh rewrites a text cell that holds other line ends ("\\r\\n") or decomposed accents than
the text as scored (`refresh.normalised_cells`), so that the Evidence offsets slice it. It
writes plain text: the formatting runs a person added would be lost. Such a cell is kept as it
is instead, and its row's Status says that the offsets count the text as scored, not the cell.
(Only these cells are looked at, and only when there is one: the shared strings are read
again for that.)
"""

from __future__ import annotations

import re
from typing import Sequence

from ..inputs import Item, Record
from .package import Package
from .sheet_scan import RowSpan, SheetScan, parse_cells

__all__ = ["FORMATTED_TEXT_NOTE", "formatted_cells", "keep_formatted_cells"]

FORMATTED_TEXT_NOTE = ("its text cell has formatting of its own and is kept as it is, with its other line ends or "
                       "accents: the Evidence sheet's Start and End count the text as scored (one character per line end), "
                       "so they may not slice this cell exactly")

_P = rb"(?:[A-Za-z_][\w.-]*:)?"
_RUN_RE = re.compile(rb"<" + _P + rb"r[\s>]")
_SI_RE = re.compile(rb"<" + _P + rb"si\b(?:/>|.*?</" + _P + rb"si>)", re.S)
_KIND_RE = re.compile(rb'\st="(\w+)"')
_V_RE = re.compile(rb"<" + _P + rb"v>\s*(\d+)\s*</")


def keep_formatted_cells(package: Package, scan: SheetScan, data_rows: Sequence[RowSpan], items: Sequence[Item],
                         normalised: list[tuple[int, str] | None], status_column: int,
                         why_column: int | None = None) -> list[bool]:
    """Of the rows whose text cell a refresh would rewrite (`normalised`), those whose cell holds
    rich text: True for each, whose cell the refresh keeps. Their records get the note that
    their Status shows; a row whose Status says so already is no longer re-scored for its cell
    alone (its entry in `normalised` is taken out: only a changed stamp re-scores it). `why_column`:
    where the note is written now (book45), the Status where it was before."""
    kept = formatted_cells(package, scan, [(span, cell[0]) if cell else None for span, cell in zip(data_rows, normalised)])
    for i, (span, item) in enumerate(zip(data_rows, items)):
        if kept[i] and isinstance(item, Record):
            item.note = "; ".join(n for n in (item.note, FORMATTED_TEXT_NOTE) if n)
            # (book45: `score` writes the note in the Why; a workbook written before, in the Status)
            if any(FORMATTED_TEXT_NOTE in str(span.values.get(column) or "") for column in (status_column, why_column)):
                normalised[i] = None
    return kept


def formatted_cells(package: Package, scan: SheetScan, cells: Sequence[tuple[RowSpan, int] | None]) -> list[bool]:
    """For each (row, column) given, does that cell hold rich text (formatting runs, inline or
    in the shared strings)? None: not asked (False)."""
    asked = [(i, _cell(scan, *cell)) for i, cell in enumerate(cells) if cell is not None]
    shared = {int(v.group(1)) for _, xml in asked if xml and _kind(xml) == b"s" and (v := _V_RE.search(xml))}
    rich_shared = _rich_shared(package, shared) if shared else set()
    found = [False] * len(cells)
    for i, xml in asked:
        if xml is None:
            continue
        if _kind(xml) == b"inlineStr":
            found[i] = _RUN_RE.search(xml) is not None
        elif _kind(xml) == b"s" and (v := _V_RE.search(xml)):
            found[i] = int(v.group(1)) in rich_shared
    return found


def _kind(xml: bytes) -> bytes:
    match = _KIND_RE.search(xml[:xml.find(b">") + 1])
    return match.group(1) if match else b"n"


def _cell(scan: SheetScan, span: RowSpan, column: int) -> bytes | None:
    _head, cells, _tail = parse_cells(scan.data[span.start:span.end], scan.prefix)
    return next((xml for col, xml, _style, _formula in cells if col == column), None)


def _rich_shared(package: Package, wanted: set[int]) -> set[int]:
    """Which of the `wanted` shared strings hold formatting runs."""
    if not package.shared_part or not package.has(package.shared_part):
        return set()
    data = package.read(package.shared_part)
    last = max(wanted)
    rich = set()
    for index, si in enumerate(_SI_RE.finditer(data)):
        if index > last:
            break
        if index in wanted and _RUN_RE.search(si.group(0)):
            rich.add(index)
    return rich
