"""Column widths that fit their content, and the stamp columns grouped out of the way: the layout
details that decide whether a printed or on-screen workbook can be read without widening columns
by hand. (Used by the writer; each function is one small step so the writer's calls stay short.)
"""

from __future__ import annotations

from typing import Any, Iterable

__all__ = ["fitted_width", "longest", "group_columns", "HEADER_LINES_HEIGHT"]

# Widest a column grows to fit its content, by kind of column: ids and file paths are read whole
# (a cut id or path is useless), free text wraps instead.
CAPS = {"id": 40.0, "path": 60.0, "other": 30.0}
# Points for a wrapped header of this many lines (11-point Calibri).
HEADER_LINES_HEIGHT = {1: 15, 2: 30, 3: 45, 4: 60, 5: 75}


def longest(values: Iterable[Any]) -> int:
    """Length of the longest first line among `values`, as text (numbers as written)."""
    best = 0
    for value in values:
        if value is None:
            continue
        text = value if isinstance(value, str) else str(value)
        best = max(best, len(text.split("\n", 1)[0]) if "\n" in text else len(text))
    return best


def fitted_width(base: float, content: int, kind: str) -> float:
    """A width of at least `base` that shows `content` characters, up to the cap of `kind`
    ("id", "path" or "other"); text columns keep `base` and wrap."""
    if kind not in CAPS:
        return base
    return max(base, min(CAPS[kind], content + 2.0))


def group_columns(ws: Any, first: str, last: str) -> None:
    """Group columns first..last (letters) one outline level down and fold them away: they stay
    in the file (a refresh reads them) and one click on the [+] above the sheet shows them."""
    from openpyxl.utils import column_index_from_string, get_column_letter
    from openpyxl.worksheet.dimensions import ColumnDimension

    for index in range(column_index_from_string(first), column_index_from_string(last) + 1):
        letter = get_column_letter(index)
        old = ws.column_dimensions[letter]
        ws.column_dimensions[letter] = ColumnDimension(ws, index=letter, width=old.width, outlineLevel=1, hidden=True)
    ws.sheet_properties.outlinePr.summaryRight = False  # the [+] sits left of the group, next to Status
