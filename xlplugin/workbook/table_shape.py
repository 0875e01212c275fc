"""Rows of several tables in one workbook, in one shape.

A folder may hold two CSV files that name their columns differently: a.csv's text in "text",
b.csv's in "body"; a title in "title" here and "headline" there; ids in "id" and "doc_id". Each
table is read by the names its own header has, but a workbook has one header row, and a refresh
reads every row by the names that header has (`inputs.records_from_rows`, the text column
recorded once). Written as they came, b.csv's rows would be read back from a.csv's columns,
empty there: their scores thrown away, their ids lost, an edited cell read from the wrong column.

So before a workbook is written, each row's text, file path, id, title, URL, outlet, date and
author cells are put under the one column a refresh reads that part from (the same name
`find_column` finds in the workbook's header), and the row's own header for it is dropped. A row
whose own cell under that name holds something else (possible only where two headers differ in
case or spaces alone, "Text" and "text") is refused: no one header could show both.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ..errors import WorkbookError
from ..inputs import (AUTHOR_COLUMN_NAMES, DATE_COLUMN_NAMES, ID_COLUMN_NAMES, OUTLET_COLUMN_NAMES, PATH_COLUMN_NAMES,
                      TEXT_COLUMN_NAMES, TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, Problem, Record, find_column)

__all__ = ["one_shape"]

# The parts of a row found by a column's name, as `records_from_rows` finds them (text and path
# also by the column recorded for the row, see `_own_column`).
_ROLES = {
    "text": TEXT_COLUMN_NAMES, "path": PATH_COLUMN_NAMES, "id": ID_COLUMN_NAMES, "title": TITLE_COLUMN_NAMES,
    "url": URL_COLUMN_NAMES, "outlet": OUTLET_COLUMN_NAMES, "date": DATE_COLUMN_NAMES, "author": AUTHOR_COLUMN_NAMES,
}
_ATTRIBUTE = {"text": "text_column", "path": "path_column"}
# The columns xlplugin writes for a row read from a file of its own (`writer.FILE_COLUMNS`, less
# the page's text, which has a column of its own beside a table's text).
_FILE_COLUMNS = ("id", "title", "author", "date", "outlet", "url", "file")

Item = Record | Problem


def _own_column(item: Item, role: str) -> str | None:
    """The column of its own table that the row's `role` was read from."""
    attribute = _ATTRIBUTE.get(role)
    if attribute:  # (a Record's, or a table row's Problem's: as `records_from_rows` found it)
        return getattr(item, attribute) or None
    return find_column(list(item.columns), _ROLES[role])


def _tables(items: list[Item]) -> list[Item]:
    """The rows that came from a table (a CSV's or a sheet's row), not from a file of their own."""
    return [item for item in items if item.columns and not (list(item.columns) == ["file"] and not item.text_column)]


def one_shape(items: list[Item], source: Callable[[Item], str] = lambda item: item.source) -> list[Item]:
    """`items` with each table row's cells for its text, path, id and metadata under the column a
    refresh of the workbook reads them from (a changed copy of a row that needs it; the others
    as they are). Raises WorkbookError naming the rows' files and columns where a row's own cell
    under that name holds something else."""
    rows = _tables(items)
    files = len(rows) < sum(1 for item in items if item.columns)  # (rows read from files of their own)
    header: dict[str, None] = dict.fromkeys(_FILE_COLUMNS if files else ())
    for item in rows:
        header.update(dict.fromkeys(map(str, item.columns)))
    moves: dict[int, dict[str, str]] = {}
    for role, names in _ROLES.items():
        if role in _ATTRIBUTE and not _several(rows, role, files):
            continue  # (one text or path column: the workbook records it for a refresh, whatever its name)
        # (beside files of their own, whose rows name their file in "file", a table's path
        # column goes there too: the one path column is recorded for a refresh)
        target = "file" if role == "path" and files else find_column(list(header), names)
        if target is None:
            continue
        for item in rows:
            own = _own_column(item, role)
            if own is not None and own != target:
                _check_free(item, own, target, role, source)
                moves.setdefault(id(item), {})[own] = target
    return [_moved(item, moves[id(item)]) if id(item) in moves else item for item in items]


def _several(rows: list[Item], role: str, files: bool) -> bool:
    """Do the rows read their text (or files) from columns of more than one name? (Files of their
    own name theirs in "file".)"""
    names = {_own_column(item, role) for item in rows} - {None}
    return len(names | ({"file"} if files and role == "path" else set())) > 1


def _check_free(item: Item, own: str, target: str, role: str, source: Callable[[Item], str]) -> None:
    if item.columns.get(target) not in (None, ""):
        raise WorkbookError(
            f"{source(item)}: its {role} is in column {own!r}, and other tables' rows have theirs in {target!r}, "
            f"which this row also fills: one workbook cannot show both under one header. Rename one of the "
            "columns, or score the tables into separate workbooks")


def _moved(item: Item, moves: dict[str, str]) -> Item:
    columns: dict[str, object] = {}
    for name, value in item.columns.items():
        name = moves.get(name, name)
        if name in columns and columns[name] not in (None, ""):
            continue  # (the row's own empty cell of the target's name gives way: `_check_free`)
        columns[name] = value
    changed: dict[str, object] = {"columns": columns}
    changed.update({attr: moves.get(getattr(item, attr), getattr(item, attr)) for attr in _ATTRIBUTE.values()})
    if isinstance(item, Problem) and item.kind == "cell":
        # ("column body: not text: a number": the column as the workbook names it, as a refresh says it)
        for own, target in moves.items():
            if item.message.startswith(f"column {own}: "):
                changed["message"] = f"column {target}: " + item.message[len(f"column {own}: "):]
    return replace(item, **changed)
