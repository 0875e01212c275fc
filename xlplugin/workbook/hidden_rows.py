"""(hunt31) Rows and columns of a sheet that are hidden (Hide, or a filter that shows some rows
only): read and scored like the others, and said.

A filter shows or hides rows; it does not remove documents (docs/command-line.md): a user who
filters a sheet to the 20 rows of one class and scores the workbook gets every row scored. That
is the rule, but it was said nowhere, so a teacher who expected 20 rows found 60 with no word of
why. `hidden_notes` gives the summary's line for such rows, and for hidden columns that were read
(an outlet column hidden to print the sheet is still the outlet). openpyxl's read-only sheets do
not say which rows are hidden, so the sheet's XML is read for the `hidden` attributes of its row
and column elements (one pass over the part, which the package check has read anyway).
"""

from __future__ import annotations

import re
from typing import Sequence

from .package import Package

__all__ = ["hidden_notes", "hidden_in_sheet"]

_ROW_RE = re.compile(rb'<(?:\w+:)?row\b([^>]*)>')
_COL_RE = re.compile(rb'<(?:\w+:)?col\b([^>]*)/?>')
_ATTR_RE = re.compile(rb'\b(r|min|max|hidden)="([^"]*)"')
_SHOWN = 8  # rows named in the line, then "and N more"


def hidden_in_sheet(package: Package, part: str | None) -> tuple[set[int], set[int]]:
    """The sheet's hidden rows and hidden columns (1-based numbers)."""
    if part is None or not package.has(part):
        return set(), set()
    data = package.read(part)
    rows: set[int] = set()
    columns: set[int] = set()
    if b"hidden=" not in data:
        return rows, columns
    for match in _ROW_RE.finditer(data):
        attrs = dict(_ATTR_RE.findall(match.group(1)))
        if attrs.get(b"hidden") in (b"1", b"true") and attrs.get(b"r", b"").isdigit():
            rows.add(int(attrs[b"r"]))
    for match in _COL_RE.finditer(data):
        attrs = dict(_ATTR_RE.findall(match.group(1)))
        if attrs.get(b"hidden") in (b"1", b"true") and attrs.get(b"min", b"").isdigit() and attrs.get(b"max", b"").isdigit():
            columns.update(range(int(attrs[b"min"]), min(int(attrs[b"max"]), 16384) + 1))
    return rows, columns


def hidden_notes(where: str, hidden_rows: set[int], hidden_columns: set[int], places: Sequence[str],
                 headers: Sequence[str], columns: Sequence[int]) -> list[str]:
    """The summary's lines on the document rows (`places`, "row 7") and the read columns
    (`headers` at sheet `columns`) that the sheet hides: read and scored like the others."""
    lines = []
    rows = [place for place in places if place.startswith("row ") and int(place[4:]) in hidden_rows]
    if rows:
        shown = ", ".join(r[4:] for r in rows[:_SHOWN]) + (f" and {len(rows) - _SHOWN} more" if len(rows) > _SHOWN else "")
        lines.append(f"{where}: {len(rows)} of {len(places)} rows {'is' if len(rows) == 1 else 'are'} hidden in the sheet "
                     f"(hidden, or by a filter) and {'was' if len(rows) == 1 else 'were'} read and scored like the others "
                     f"(row{'s' if len(rows) > 1 else ''} {shown}): a filter does not remove documents; to leave rows out, "
                     "delete them or move them to another sheet")
    named = [f"{header!r}" for header, column in zip(headers, columns) if column in hidden_columns]
    if named:
        lines.append(f"{where}: the hidden column{'s' if len(named) > 1 else ''} {', '.join(named)} "
                     f"{'were' if len(named) > 1 else 'was'} read like the others (a hidden column is still part of the table)")
    return lines
