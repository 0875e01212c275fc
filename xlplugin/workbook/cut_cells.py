"""A text cell that `score` cut to fit its cell (cells.CUT_MARKER at its end) and that the user
edited since: the marker no longer ends the cell.

Text typed before the marker pushes the cell past Excel's 32,767 characters, and the program
cuts its end: the marker is then cut short ("[... cut: 7297 more characters not shown; see
the sou"), or gone but for its first characters. Text typed after it leaves it inside the
cell. Either way the cell is still the cut text, not the document: a refresh must not score it
as if it were whole (the marker's words included). `plan_rows` keeps such a row's earlier
scores, with a Status that says why.

More than about 64 characters typed before the text push the whole marker out of a full cell:
nothing of it is left to see. Such a cell is still found: it is full (Excel's 32,767
characters, or near it) and its row's Why (or, written before book45, its Status) says that the
text was cut when it was scored (`full_cut_cell`).
"""

from __future__ import annotations

import re
from typing import Any

from ..cells import CELL_LIMIT, CUT_MARKER, cell_units

__all__ = ["edited_cut_cell", "full_cut_cell"]

# the marker's opening words, with its number, anywhere in the cell (text typed after it)
_INSIDE_RE = re.compile(re.escape(CUT_MARKER.split("{n}")[0]) + r"\d+ more characters")
# the marker whole at the cell's end, as `score` writes it (refresh_plan.CUT_RE)
_WHOLE_RE = re.compile(re.escape(CUT_MARKER).replace(r"\{n\}", r"\d+") + r"$")
_HEAD = CUT_MARKER.split("{n}")[0]  # " [... cut: "
# the shortest start of the marker taken as one at the end of a full cell (" [..." and on)
_SHORTEST = 5
# How a row says its text cell was cut: as `score` writes it in the Why ("the text was cut to fit
# one cell"; in the Status before book45), and as a refresh that kept its scores does in the
# Status ("cut to fit a cell").
_CUT_STATUS_RE = re.compile(r"\bcut to fit (?:one|a) cell\b")
# A cell this close to the limit is full: `score` cuts a text at the limit, less its marker.
_FULL = CELL_LIMIT - 1000


def _cut_short_marker(text: str) -> bool:
    """Whether a cell at Excel's limit ends in the marker cut short."""
    if cell_units(text) < CELL_LIMIT:  # (book47: as Excel counts, an emoji two)
        return False
    at = text.rfind(_HEAD[:_SHORTEST], max(0, len(text) - len(CUT_MARKER) - 12))
    if at < 0:
        return False
    tail = text[at:]
    number = re.match(re.escape(_HEAD) + r"(\d+)", tail)
    marker = CUT_MARKER.format(n=number.group(1)) if number else _HEAD
    return marker.startswith(tail) or (number is None and tail.startswith(_HEAD) and tail[len(_HEAD):].isdigit())


def edited_cut_cell(text: str) -> bool:
    """Whether `text` is a cut cell edited since it was written (see the module's docstring)."""
    if _WHOLE_RE.search(text):
        return False  # (the marker ends the cell, as written)
    return bool(_INSIDE_RE.search(text)) or _cut_short_marker(text)


def full_cut_cell(text: str, status: Any, why: Any = None) -> bool:
    """Whether `text` is a cut cell that no longer shows its marker: still (nearly) full, in a row
    whose Why or Status (`why`, `status`, as the refresh read them) says that its text was cut to
    fit the cell, and without the marker at its end as written. (book45) `score` writes the note
    in the Why; a workbook written before, and a refresh that kept the row's scores, in the Status."""
    said = any(isinstance(cell, str) and _CUT_STATUS_RE.search(cell) for cell in (status, why))
    return cell_units(text) >= _FULL and said and not _WHOLE_RE.search(text)
