"""The cell formats `score` gives a Documents row, for a refresh to give the rows it fills in a
workbook whose rows carry none (the template, or a sheet the user made: sentiment shown as
-0.4455 and Why running into Status otherwise).

A refresh takes each column's format from the rows already scored (sheet_edit.styles_from). Where
one of xlplugin's columns has none, the format `score` writes (writer.owned_cell_format) is added to the workbook's styles part (refresh_styles.merged_styles: every format already there
keeps its place) and the column's cells take it.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile

from openpyxl import Workbook

from . import layout
from .cell_xml import column_letter
from .package import Package
from .refresh_styles import SheetNotAdded, merged_styles
from .refresh_transplant import styles_part
from .writer import cell, owned_cell_format, user_cell_format

__all__ = ["score_styles", "USER_FORMATS"]

# The formats `score` gives the user's own cells (writer.user_cell_format), by name: a row a
# refresh fills takes them where the rows above show none of their own.
USER_FORMATS = {"(your text)": user_cell_format(""), "(your number)": user_cell_format(0),
                "(your id)": user_cell_format(0, is_id=True)}

_CELL_STYLE_RE = re.compile(rb'<c r="([A-Z]+)1"[^>]*?\ss="(\d+)"')


@functools.lru_cache(maxsize=1)
def _written() -> tuple[bytes, dict[str, int]]:
    """The styles part of a one-row sheet written as `score` writes xlplugin's cells, and the
    format each column's cell names (by header)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(layout.DOCUMENTS)
    keys = layout.OWNED_HEADERS + tuple(USER_FORMATS)
    sheet.append([cell(sheet, 0, **(USER_FORMATS[h] if h in USER_FORMATS else owned_cell_format(h))) for h in keys])
    out = io.BytesIO()
    book.save(out)
    with zipfile.ZipFile(out) as archive:
        styles = archive.read("xl/styles.xml")
        row = archive.read("xl/worksheets/sheet1.xml")
    letters = {found.group(1).decode(): int(found.group(2)) for found in _CELL_STYLE_RE.finditer(row)}
    return styles, {key: letters[column_letter(i)] for i, key in enumerate(keys, start=1) if column_letter(i) in letters}


def score_styles(package: Package, wanted: dict[int | str, str]) -> tuple[str, bytes, dict[int | str, int]] | None:
    """The workbook's styles part (its name and bytes) with the formats `score` writes added,
    and the format each column in `wanted` (column -> header; or a name of `USER_FORMATS` ->
    itself) takes; None where
    they cannot be added (the rows are then written as before, unformatted)."""
    fresh, formats = _written()
    used = {formats[key] for key in wanted.values() if key in formats}
    try:
        part = styles_part(package)
        merged, mapping = merged_styles(package.read(part), fresh, used)
    except SheetNotAdded:
        return None
    return part, merged, {col: mapping[formats[key]] for col, key in wanted.items() if key in formats}
