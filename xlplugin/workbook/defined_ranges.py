"""The workbook's defined ranges over the Documents rows grown to the rows a refresh appended.

`score` sets the Documents sheet's print area and filter range (the defined names
`_xlnm.Print_Area` and `_xlnm._FilterDatabase`, local to the sheet) to the rows it wrote. A
refresh that scores rows the user appended writes them below: without this, those rows would not
print, and a program that reads the filter range from the name would leave them out. The sheet's
own autoFilter element is grown where the sheet is written (`refresh._documents_xml`); its
conditional formats run to the sheet's last row and need nothing.

Only a range that ends above the last data row is grown (a range the user set larger, or to
other rows of the sheet, keeps its end), and only its last row changes.
"""

from __future__ import annotations

import re

__all__ = ["GROWN_NAMES", "grown_defined_names", "printed_columns"]

GROWN_NAMES = (b"_xlnm.Print_Area", b"_xlnm._FilterDatabase")

# <definedName name="..." localSheetId="0" ...>'Documents'!$A$1:$M$5</definedName> (any prefix)
_NAME_RE = re.compile(rb'(<(?:[A-Za-z_][\w.-]*:)?definedName\b([^>]*)>)([^<]*)(</(?:[A-Za-z_][\w.-]*:)?definedName\s*>)')
_NAME_ATTR_RE = re.compile(rb'\bname\s*=\s*"([^"]*)"')
_LOCAL_RE = re.compile(rb'\blocalSheetId\s*=\s*"(\d+)"')
# one area's end: "!$A$1:$M$5" -> the "5" (a whole-column area "$A:$M" has no row: left alone)
_AREA_END_RE = re.compile(rb"(!\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?)(\d+)")


def _grown(body: bytes, last_row: int) -> bytes:
    return _AREA_END_RE.sub(lambda m: m.group(1) + (str(last_row).encode() if int(m.group(2)) < last_row
                                                     else m.group(2)), body)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _letters(number: int) -> bytes:
    letters = b""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = bytes([65 + rest]) + letters
    return letters


# one area's end column: "!$H$1:$Q$201" -> the "Q"
_AREA_END_COLUMN_RE = re.compile(rb"(!\$?[A-Z]{1,3}\$?\d+:\$?)([A-Z]{1,3})(\$?\d+)")


def _widened(body: bytes, last_column: int) -> bytes:
    """(book20) A print area that ends left of `last_column` ends there: a column the user added
    right of xlplugin's (their notes) prints beside the Status (the folded stamps between do not)."""
    return _AREA_END_COLUMN_RE.sub(lambda m: m.group(1) + (_letters(last_column) if _column_number(m.group(2)) < last_column
                                                           else m.group(2)) + m.group(3), body)


def grown_defined_names(workbook: bytes, sheet_position: int, last_row: int, last_column: int = 0) -> bytes | None:
    """`workbook` (the workbook part) with the print area and filter range local to the sheet at
    `sheet_position` (0-based, as localSheetId counts) ending at `last_row` where they ended
    above it, and the print area at `last_column` (a column number; 0: none) where it ended left
    of it; None where nothing changes."""
    if b"definedName" not in workbook:
        return None

    def one(match: re.Match[bytes]) -> bytes:
        name, local = _NAME_ATTR_RE.search(match.group(2)), _LOCAL_RE.search(match.group(2))
        if name is None or name.group(1) not in GROWN_NAMES or local is None or int(local.group(1)) != sheet_position:
            return match.group(0)
        body = _grown(match.group(3), last_row)
        if last_column and name.group(1) == b"_xlnm.Print_Area":
            body = _widened(body, last_column)
        return match.group(1) + body + match.group(4)

    grown = _NAME_RE.sub(one, workbook)
    return None if grown == workbook else grown


# (sheets30) a print area's first column ("'Documents'!$G$1:$P$13" -> G), print titles' columns ("$A:$B")
_AREA_START_RE = re.compile(rb"!\$?([A-Z]{1,3})\$?\d")
_TITLE_COLUMNS_RE = re.compile(rb"!\$?([A-Z]{1,3}):\$?([A-Z]{1,3})(?![A-Z\d$])")


def printed_columns(workbook: bytes, sheet_position: int, columns: list[int]) -> list[int]:
    """(sheets30) Of `columns`, those the sheet at `sheet_position` prints, as `score` set its
    print area (fit.print_names_and_scores): all of them where the print area starts at column A
    or there is none; else only those among its print titles (the id and title repeated at the
    left of the scores). A row is as tall as its printed cells need (writer.row_height)."""
    first, titles = 1, set()
    for match in _NAME_RE.finditer(workbook):
        name, local = _NAME_ATTR_RE.search(match.group(2)), _LOCAL_RE.search(match.group(2))
        if name is None or local is None or int(local.group(1)) != sheet_position:
            continue
        if name.group(1) == b"_xlnm.Print_Area":
            start = _AREA_START_RE.search(match.group(3))
            first = _column_number(start.group(1)) if start else 1
        elif name.group(1) == b"_xlnm.Print_Titles":
            for pair in _TITLE_COLUMNS_RE.finditer(match.group(3)):
                titles.update(range(_column_number(pair.group(1)), _column_number(pair.group(2)) + 1))
    return list(columns) if first <= 1 else [column for column in columns if column in titles]
