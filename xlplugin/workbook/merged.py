"""Merged cells in a table of documents, read as a person reads them: a merged cell is the same
value for each row it spans.

A spreadsheet keeps a merged cell's value in its first (top left) cell only; the cells it covers
are empty in the file (Excel clears them when it merges), so a reader that takes each row's own
cells gives the value to the first row and nothing to the others, with nothing said. Here:

- in a column of what the user says about a document (outlet, title, URL, author, date, their
  own columns), each covered row gets the merged value;
- in the text column and the file path column, which name the document itself, a merged cell
  is one document: it is read once, for its first row; each other row it covers gets the marker
  `inputs.MergedCell`, which makes that row's Status say so (never the same text scored twice);
- in the id column, the covered rows keep their empty cell (an id is one document's: two rows
  with one id would be one document to a refresh), and get an id as any row without one does.

(hunt46) A document field (title, URL, outlet, author, date) that a covered row takes from a merged
cell is said in that row's note (`MERGED_VALUE_NOTE`), as a covered id is (its row says it got an
id of its own): an outlet merged down a block of rows is most often meant for them all, and read
so, but a merge left over from formatting would give every row it covers an outlet, author or
date that no cell of its own holds, with no word said.

A covered cell that holds a value of its own (LibreOffice can keep it, hidden) keeps it: nothing
of the user's is replaced. Only merges below the header row are read; a merge's value is its
first column's (a merge across columns does not copy a title into the outlet column).
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from ..inputs import ID_COLUMN_NAMES, META_COLUMN_NAMES, MergedCell, find_column
from .cell_xml import column_index, column_letter

__all__ = ["merged_ranges", "fill_merged", "merged_notes_follow"]

_MERGE_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})[\"']")
# (hunt46) What a row's note says of a document field it takes from a merged cell that starts above it.
MERGED_VALUE_NOTE = "column {column}: from the merged cell {ref} (row {top}'s value, read for each row it covers)"
_CARRY = 200  # bytes kept from one piece to the next: a <mergeCell> cut between two pieces
# (hunt47) A `MERGED_VALUE_NOTE` as a row's Why or Status says it: its column, range and first row.
_MERGED_NOTE_RE = re.compile(r"column ([^\n;]+?): from the merged cell ([A-Z]{1,3}[0-9]{1,7}:[A-Z]{1,3}[0-9]{1,7}) "
                             r"\(row ([0-9]{1,7})'s value, read for each row it covers\)")


def merged_ranges(pieces: Iterable[bytes]) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a worksheet part given as pieces of bytes (or the part whole):
    (first column, first row, last column, last row), 1-based. (One search for the tag's name
    per piece: a sheet without merges costs a pass at memory speed.)"""
    found: set[tuple[int, int, int, int]] = set()
    carry = b""
    for piece in [pieces] if isinstance(pieces, (bytes, bytearray, memoryview)) else pieces:
        data = carry + bytes(piece)
        if b"mergeCell" in data:
            for a, b, c, d in _MERGE_RE.findall(data):
                found.add((column_index(a.decode()), int(b), column_index(c.decode()), int(d)))
        carry = data[-_CARRY:]
    return sorted(found)


def fill_merged(table: list[list[Any]], numbers: Sequence[int], columns: Sequence[int], headers: Sequence[str],
                ranges: Iterable[tuple[int, int, int, int]], document_columns: Iterable[str | None],
                header_row: int = 1) -> dict[int, list[str]]:
    """Give the rows of `table` (their sheet row `numbers`; `columns[i]` is the sheet column of
    value i, `headers[i]` its header) what the merged `ranges` say, as the module docstring says.
    `document_columns`: the headers of the text and file path columns. Returns the notes of the
    rows given a document field (`MERGED_VALUE_NOTE`), by sheet row number."""
    rows = dict(zip(numbers, table))
    documents = {name for name in document_columns if name}
    id_column = find_column(list(headers), ID_COLUMN_NAMES)
    fields = {find_column(list(headers), names) for names in META_COLUMN_NAMES} - {None}
    notes: dict[int, list[str]] = {}
    position = {column: i for i, column in enumerate(columns)}
    for first_col, first_row, last_col, last_row in ranges:
        i = position.get(first_col)
        top = rows.get(first_row)
        if (i is None or top is None or top[i] in (None, "") or first_row <= header_row or last_row == first_row
                or headers[i] == id_column):
            continue
        ref = f"{column_letter(first_col)}{first_row}:{column_letter(last_col)}{last_row}"
        value = MergedCell(first_row, ref) if headers[i] in documents else top[i]
        for number in range(first_row + 1, last_row + 1):
            row = rows.get(number)
            if row is not None and row[i] in (None, ""):
                row[i] = value
                if headers[i] in fields and headers[i] not in documents:
                    notes.setdefault(number, []).append(MERGED_VALUE_NOTE.format(column=headers[i], ref=ref, top=first_row))
    return notes


def merged_notes_follow(note: str, *cells: Any) -> bool:
    """(hunt47) Whether the merged-cell notes (`MERGED_VALUE_NOTE`) a row's written `cells` (its Why
    and Status) say are those its read now gives (`note`): a refresh left "from the merged cell
    B2:B4" in the Why of a row whose merge the user had undone, its value typed into its own cell
    (the row's text and fields the same, so it was not scored again), and a merge made over an
    unchanged row said nothing. Such a row is written again (`refresh_plan.plan_rows`)."""
    said = sorted(_MERGED_NOTE_RE.findall("\n".join(str(cell) for cell in cells if cell not in (None, ""))))
    return said == sorted(_MERGED_NOTE_RE.findall(note or ""))
