"""A .txt file that is a table, read as the table it is.

Excel's "Unicode Text" export (File > Save As > Unicode Text) writes a sheet as a .txt file:
UTF-16 with a byte order mark, one row a line, the cells separated by tabs, the header row
first. Read as one document, its rows and ids would be scored as one merged text. `is_tab_table`
says whether a .txt file has that shape, in any encoding, by a rule prose cannot meet:
- read as tab-separated records (quoting as Excel writes it: a cell holding a tab, a line break
  or a quote is in double quotes), there is a header and at least one row;
- the header has at least two cells and names a text (or file path) column, as a CSV file's
  header must (`inputs.TEXT_COLUMN_NAMES`; or the `--text-column` given);
- every record has exactly as many cells as the header.
A prose .txt file whose lines hold tabs has no header naming a text column cell by cell, and
its lines do not all have the same number of tabs: it stays one document. Such a table is then
read as a tab-separated CSV file is (`inputs.read_csv`), each row's note saying so.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

TAB_TABLE_NOTE = "read as a table: a tab-separated file with a header row, as Excel's Unicode Text export writes"


def is_tab_table(text: str, text_column: str | None = None) -> bool:
    """Is this decoded .txt file's text a tab-separated table of documents (the module's rule)?"""
    from .inputs import PATH_COLUMN_NAMES, TEXT_COLUMN_NAMES, find_column

    first_line = text.split("\n", 1)[0]
    if "\t" not in first_line:  # (the cheap test every prose file stops at)
        return False
    reader = csv.reader(io.StringIO(text, newline=""), dialect=csv.excel_tab, strict=True)
    try:
        records = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error:
        return False
    if len(records) < 2:
        return False
    header = [cell.strip() for cell in records[0]]
    names_text = (text_column in header) if text_column is not None \
        else find_column(header, TEXT_COLUMN_NAMES + PATH_COLUMN_NAMES) is not None
    return len(header) >= 2 and names_text and all(len(row) == len(header) for row in records[1:])


def txt_file_is_table(path: Path, text_column: str | None = None) -> bool:
    """Is this .txt file a tab-separated table (`is_tab_table`)? False for one that cannot be
    read (reading it as a document then says why)."""
    from .errors import InputError
    from .inputs import _decode_file, _file_bytes

    try:
        text, _note = _decode_file(_file_bytes(path), str(path), html=False)
    except InputError:
        return False
    return is_tab_table(text, text_column)
