"""Which sheet of a workbook `score` reads its documents from, and what the summary says of it.

The rule, in order: the sheet `--sheet NAME` names; the sheet named "Documents"; with
`--text-column NAME`, the one sheet whose header row has that column (two such sheets are
refused, naming both: `--sheet` says which); else the first sheet whose first row names a text
(or file path) column, else the first with such a header row among its first
`HEADER_SEARCH_ROWS` rows, visible sheets before hidden ones (a hidden sheet read is said to be
hidden). In a workbook of several sheets (and none named Documents) the
summary names the sheet read and the ones left unread, each with its text column if it has one,
so that a user whose documents are on another sheet sees it (`Skipped` entries, what="sheet").
A sheet named Documents that has no text column (only file paths) is read, and the other sheets
that have one are named in the summary. A workbook where no sheet has a text column is refused
with each sheet's headers.

The sheets are given as openpyxl worksheets; `header_row(ws, wanted, rows)` (the reader's) gives
the number and headers of the first of a sheet's first `rows` rows that `wanted` accepts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from .errors import InputError
from .inputs import PATH_COLUMN_NAMES, TEXT_COLUMN_NAMES, Skipped, find_column, named_column, no_named_column, same_name_columns, unique_headers

__all__ = ["HEADER_SEARCH_ROWS", "choose_sheet"]

# A sheet's header row is looked for in its first rows: a title or a note above a table, or an
# Excel table placed lower on the sheet, is common.
HEADER_SEARCH_ROWS = 10

Found = tuple[int, list[str]]
HeaderRow = Callable[[Any, Callable[[list[str]], bool], int], "Found | None"]


def _text_column(headers: list[str]) -> str | None:
    return find_column(headers, TEXT_COLUMN_NAMES + PATH_COLUMN_NAMES)


def _first_or_search(ws: Any, wanted: Callable[[list[str]], bool], header_row: HeaderRow) -> Found | None:
    return header_row(ws, wanted, 1) or header_row(ws, wanted, HEADER_SEARCH_ROWS)


def _as_it_is(ws: Any, wanted: Callable[[list[str]], bool], header_row: HeaderRow) -> Found:
    """A sheet the user named (or "Documents"): its header row, or its first row where none
    names the text (read as it is: the message then names its columns)."""
    return _first_or_search(ws, wanted, header_row) or header_row(ws, lambda _h: True, 1) or (1, [])


def _headers_shown(ws: Any, header_row: HeaderRow) -> str:
    found = header_row(ws, any, HEADER_SEARCH_ROWS)
    return f"{ws.title} (columns: {', '.join(h for h in found[1] if h)})" if found else f"{ws.title} (empty)"


def _by_text_column(path: Path, sheets: list[Any], text_column: str, header_row: HeaderRow) -> tuple[Any, Found]:
    """The one sheet whose header row has the column `text_column` (as written)."""
    def has(headers: list[str]) -> bool:  # (as `records_from_rows` names them: "text (2)" is the second "text")
        return named_column(unique_headers(headers), text_column) is not None  # ("Body" finds "body")

    found = [(ws, f) for ws in sheets if (f := _first_or_search(ws, has, header_row)) is not None]
    if len(found) > 1:
        named = " and ".join(repr(ws.title) for ws, _f in found)
        raise InputError(f"{path}: sheets {named} both have a column named {text_column!r}: "
                         "pass --sheet NAME to say which sheet to read")
    for ws in sheets if not found else ():
        # (loose21) "Text" and "text" for --text-column TEXT: name them, and ask for the one to read
        headers = (header_row(ws, any, HEADER_SEARCH_ROWS) or (1, []))[1]
        if len(same_name_columns(headers, text_column)) > 1:
            raise InputError(f"{path} sheet {ws.title}: {no_named_column(headers, text_column)}")
    if not found:
        raise InputError(f"{path}: no sheet has a column named {text_column!r}; sheets: "
                         + "; ".join(_headers_shown(ws, header_row) for ws in sheets))
    return found[0]


def _hidden(ws: Any) -> bool:
    """Whether a sheet is hidden (or "very hidden": shown by no menu) in the workbook."""
    return getattr(ws, "sheet_state", "visible") != "visible"


def _first_with_text(path: Path, sheets: list[Any], header_row: HeaderRow) -> tuple[Any, Found]:
    def names_text(headers: list[str]) -> bool:
        return _text_column(headers) is not None

    # (a hidden sheet, an old copy or a lookup table, is read only where no visible one will do)
    ordered = [ws for ws in sheets if not _hidden(ws)] + [ws for ws in sheets if _hidden(ws)]
    for rows in (1, HEADER_SEARCH_ROWS):
        for ws in ordered:
            found = header_row(ws, names_text, rows)
            if found is not None:
                return ws, found
    raise InputError(
        f"{path}: no sheet has a header row naming a text column in its first {HEADER_SEARCH_ROWS} rows (a header "
        f"named text, body, content, article, or a file path column); sheets: "
        + "; ".join(_headers_shown(ws, header_row) for ws in sheets)
        + "; name the text column's header so, pass --text-column with its header, or --sheet NAME"
    )


def _unread_sheets(path: Path, sheets: list[Any], chosen: Any, why: str, header_row: HeaderRow) -> list[Skipped]:
    """The summary's words for the sheets not read: which was read and why, each other sheet
    with the text column it has, so that documents on another sheet are not missed unsaid."""
    reason = f"the documents were read from sheet {chosen.title!r} ({why}); --sheet NAME reads another"
    unread = []
    for ws in sheets:
        if ws is chosen:
            continue
        found = _first_or_search(ws, lambda h: _text_column(h) is not None, header_row)
        has = f"its text column: {_text_column(found[1])!r}" if found else "no text column"
        unread.append(Skipped(f"{path} sheet {ws.title} ({'hidden; ' if _hidden(ws) else ''}{has})", reason, what="sheet"))
    return unread


def _other_text_sheets(path: Path, sheets: list[Any], chosen: Any, header_row: HeaderRow) -> list[Skipped]:
    """Where the sheet named Documents has no column of text (only file paths, or neither), the
    other sheets that have one, said in the summary: the documents may be there."""
    def names_text(headers: list[str]) -> bool:
        return find_column(headers, TEXT_COLUMN_NAMES) is not None

    if _first_or_search(chosen, names_text, header_row) is not None:
        return []
    others = [ws for ws in sheets if ws is not chosen and _first_or_search(ws, names_text, header_row) is not None]
    reason = (f"the documents were read from sheet {chosen.title!r} (its name), which has no text column; "
              "--sheet NAME reads another")
    return [Skipped(f"{path} sheet {ws.title} (its text column: {_text_column(found[1])!r})", reason, what="sheet")
            for ws in others if (found := _first_or_search(ws, names_text, header_row))]


def choose_sheet(path: Path, sheets: list[Any], text_column: str | None, sheet: str | None,
                 header_row: HeaderRow, documents: str) -> tuple[Any, int, list[str], list[Skipped]]:
    """The sheet to read, its header row, its headers, and the sheets not read (said in the
    summary; none where the sheet is named, by `sheet` or as `documents`: "Documents")."""
    names = [ws.title for ws in sheets]
    if sheet is not None and sheet not in names:
        # (hunt39c) Excel's sheet names are case-insensitive ("Articles" and "articles" cannot
        # both be in a workbook): --sheet articles reads the sheet "Articles", where only one
        # sheet matches so
        same = [name for name in names if name.casefold() == sheet.casefold()]
        if len(same) != 1:
            raise InputError(f"{path}: no sheet named {sheet!r}; sheets: {', '.join(names)}")
        sheet = same[0]
    named = sheet if sheet is not None else documents if documents in names else None
    if named is not None:
        chosen = sheets[names.index(named)]
        others = _other_text_sheets(path, sheets, chosen, header_row) if sheet is None else []
        return chosen, *_as_it_is(chosen, lambda h: bool((text_column and named_column(unique_headers(h), text_column)) or _text_column(h)),
                                  header_row), others
    if text_column is not None:
        chosen, found = _by_text_column(path, sheets, text_column, header_row)
        why = f"the sheet with a column {text_column!r}"
    else:
        chosen, found = _first_with_text(path, sheets, header_row)
        why = f"the first sheet with a text column: {_text_column(found[1])!r}"
    if _hidden(chosen):  # (hunt42) an old copy or a lookup table, maybe: say so, as an unread hidden sheet is
        column = text_column if text_column is not None else _text_column(found[1])
        why = (f"a hidden sheet, read because no visible sheet has {'that column' if text_column is not None else 'a text column'}; "
               f"its text column: {column!r}")
    return chosen, *found, _unread_sheets(path, sheets, chosen, why, header_row)
