"""Reading from workbooks: documents to score (one row each), and the settings and source ratings
a scored workbook carries in its Settings and Sources sheets.

Every workbook passes the package checks first (`package.check_file` and the zip directory
limits), so a password-protected file, a file that is not a zip, a zip bomb or XML with entity
declarations is refused with a message before any XML is parsed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import DataFileError, InputError, SettingsError, WorkbookError
from ..inputs_sheets import choose_sheet
from ..inputs import (ID_COLUMN_NAMES, META_COLUMN_NAMES, NO_SAVED_VALUE, PATH_COLUMN_NAMES, TEXT_COLUMN_NAMES, URL_COLUMN_NAMES, Problem, Record, _noted, find_column, header_below, not_documents, table_beside, unnamed_texts, unnamed_text_lines,
                      Skipped, records_from_rows, unique_headers, RATING_SCALES)
from ..ratings_table import RatingRow, RatingsTableError, named_too, ratings_table, written_names
from ..settings import Setting, Settings, setting_named, settings_table
from . import layout
from .cell_links import use_link_targets
from .cell_xml import column_letter, decode_xstring
from .limits import MAX_COLUMNS
from .merged import fill_merged, merged_ranges
from .number_formats import label_columns, shown
from .read_url_links import check_words_links, shows_words
from .package import Package
from .sheet_scan import scan_sheet
from .table_totals import TOTALS_ROW_REASON, totals_rows
from .hidden_rows import hidden_in_sheet, hidden_notes
from .xml_parse import named

__all__ = ["missing_settings", "missing_settings_rows", "read_documents", "read_settings", "settings_from_package", "sources_rows"]


# (loose26) What openpyxl warns of, printed raw, on reading a workbook that another program wrote
# without cell styles (no "Normal" style): harmless, as the documents are read the same way.
OPENPYXL_STYLE_WARNINGS = ("Workbook contains no default style", "Workbook contains no stylesheet")


def _load(path: Path):
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            for start in OPENPYXL_STYLE_WARNINGS:
                warnings.filterwarnings("ignore", message=start, category=UserWarning)
            return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except WorkbookError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files; name it for the user
        raise WorkbookError(f"{path}: cannot read the workbook ({type(exc).__name__}: {exc})") from None


def _header(values: tuple[Any, ...]) -> list[str]:
    return ["" if v is None else str(_text(v)).strip() for v in values]


def _text(value: Any) -> Any:
    """A cell's value with Excel's "_xHHHH_" escapes decoded (openpyxl leaves them as they are:
    a carriage return saved by Excel would otherwise be scored as the text "_x000D_")."""
    return decode_xstring(value) if isinstance(value, str) else value


def _shown(cell: Any, epoch_1904: bool) -> Any:
    value = cell.value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return shown(value, getattr(cell, "number_format", None), epoch_1904)
    return value


def read_documents(path: Path, text_column: str | None = None, skipped: list[Skipped] | None = None,
                   sheet: str | None = None) -> Iterator[Record | Problem]:
    """The documents in a workbook: the sheet `sheet` names, else the sheet named "Documents" if
    there is one, else (`inputs_sheets.choose_sheet`) the sheet with the `text_column`, or the
    first sheet whose first row names a text (or file path) column, else the first with such a
    header row lower down (among its first `HEADER_SEARCH_ROWS` rows: an Excel table below a
    title); the other sheets are named in `skipped`.
    The rows below the header row are the documents. Columns a previous scoring added are left
    out, so re-scoring a scored workbook does not duplicate them.

    The whole package is checked before openpyxl reads it (`Package.verify`): every part's
    checksum, every XML part well-formed and without DOCTYPE, every row and cell reference
    within a sheet's limits. openpyxl is then told how many rows and columns to read, so that a
    damaged row number or dimension cannot make it produce millions of empty rows. The totals
    row of an Excel table is not a document: it is left out, and added to `skipped` (said in
    the summary)."""
    path = Path(path)
    try:
        with Package.open(path) as package:
            extents = package.verify(sheets=package.sheets.values())
            last_rows = {name: extents.get(part, 1) for name, part in package.sheets.items()}
        wb = _load(path)
    except WorkbookError as exc:
        raise InputError(str(exc)) from None
    try:
        table, places, user_headers, columns, where, header_row, marks, cut = _read_table(path, wb, text_column, last_rows,
                                                                                         sheet, skipped)
    except (InputError, WorkbookError) as exc:
        raise InputError(str(named(path, WorkbookError(str(exc))))) from None
    except DataFileError:  # (loud50) the package's own table is broken, not the user's workbook
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged sheets; name the file and the reason
        raise InputError(f"{path}: cannot read the workbook ({type(exc).__name__}: {str(exc)[:200]})") from None
    finally:
        wb.close()
    _drop_totals_rows(path, where, table, places, skipped)
    row_place = _drop_not_documents(where, user_headers, table, places, skipped, text_column)
    _say_hidden(path, where, places, user_headers, columns, skipped)
    unique = unique_headers(user_headers)
    url = find_column(unique, URL_COLUMN_NAMES)
    cells = [text_column or find_column(unique, TEXT_COLUMN_NAMES), find_column(unique, ID_COLUMN_NAMES),
             *(find_column(unique, names) for names in META_COLUMN_NAMES if names is not URL_COLUMN_NAMES)]
    _mark_formulas_without_value(path, where, user_headers, table, places, cells, header_row)
    merged_notes = _fill_merged_cells(path, where, user_headers, columns, table, places, text_column, header_row)
    url_cells = {int(place.removeprefix("row ")): values[unique.index(url)] for place, values in zip(places, table)} \
        if url is not None else {}
    _use_link_targets(path, where, user_headers, columns, table, places)
    # (guard21; after the links: a =HYPERLINK formula saved without its value gives its address)
    _mark_formulas_without_value(path, where, user_headers, table, places, [url], header_row)
    items = list(records_from_rows(user_headers, table, where, text_column, path.parent, places=places,
                                   numbers=[row_place[at] for at in places]))
    for item, place in zip(items, places):  # (hunt46) a field taken from a merged cell above: said
        _noted(item, "; ".join(merged_notes.get(int(place.removeprefix("row ")), [])
                               + cut.get(int(place.removeprefix("row ")), [])))  # (hunt51: under a merged header)
    if url is not None and any(shows_words(value) for value in url_cells.values()):  # (links26) see read_url_links
        with Package.open(path) as package:
            check_words_links(package, package.sheet_part(where.removeprefix(f"{path} sheet ")), columns[unique.index(url)], url,
                              url_cells, items, [int(place.removeprefix("row ")) for place in places],
                              [marks[place][0] if place in marks else None for place in places])
    yield from (_as_refused(item, marks.get(place)) for item, place in zip(items, places))


def _as_refused(item: Record | Problem, mark: tuple[tuple[Any, ...], Any] | None) -> Record | Problem:
    """(inputs21) A row of a scored workbook that holds a CSV line `score` refused (its stamps and
    Status say so, and its text cell is the line as written: `refresh_plan.refused_line`) is read
    as that refused row again, not as an article: scoring such a workbook keeps it refused, as a
    refresh does. `mark`: the row's stamps and Status, where the sheet has them.
    (guard21) So is a row whose text cell reads as a whole CSV line of the sheet's columns
    (`refresh_plan.line_in_text`: a refused line mended inside its cell, or a line pasted there)."""
    from .refresh_plan import line_in_text, line_refused, refused_line, scored_from, still_refused

    if not item.text_column:
        return item
    stamps, status = mark if mark is not None else ((None, None, None), None)
    text = item.text if isinstance(item, Record) else item.columns.get(item.text_column)
    if mark is not None and refused_line(stamps, status, str(text or "")):
        return still_refused(item, status)
    line = line_in_text(item, was_refused=stamps[0] in (None, "") and stamps[2] not in (None, ""),
                        scored_from_cell=scored_from(item, stamps)) if isinstance(item, Record) else ""
    return line_refused(item, line) if line else item


def _drop_totals_rows(path: Path, where: str, table: list[list[Any]], places: list[str],
                      skipped: list[Skipped] | None) -> None:
    """Leave out the rows that are an Excel table's totals row (`table_totals`), each added to
    `skipped` with the reason."""
    if not table:
        return
    with Package.open(path) as package:
        totals = totals_rows(package, package.sheet_part(where.removeprefix(f"{path} sheet ")))
    if not totals:
        return
    kept = [(values, place) for values, place in zip(table, places) if int(place.removeprefix("row ")) not in totals]
    for place in places:
        if int(place.removeprefix("row ")) in totals and skipped is not None:
            skipped.append(Skipped(f"{where} {place}", TOTALS_ROW_REASON, what="row"))
    table[:] = [values for values, _place in kept]
    places[:] = [place for _values, place in kept]


def _say_hidden(path: Path, where: str, places: list[str], headers: list[str], columns: list[int],
                skipped: list[Skipped] | None) -> None:
    """(hunt31) The rows and columns read that the sheet hides (a filter, Hide): a note for the
    summary (`Skipped` entries of kind "note": read, not left out; see hidden_rows)."""
    if skipped is None:
        return
    with Package.open(path) as package:
        rows, cols = hidden_in_sheet(package, package.sheet_part(where.removeprefix(f"{path} sheet ")))
    for line in hidden_notes(where, rows, cols, places, headers, columns):
        skipped.append(Skipped(line, "", what="note"))


def _drop_not_documents(where: str, headers: list[str], table: list[list[Any]], places: list[str],
                        skipped: list[Skipped] | None, text_column: str | None) -> dict[str, int]:
    """Leave out the rows that are no document (`inputs.not_documents`, as a CSV file's rows are
    read: (hunt23a) a repeat of the header row, (hunt38a) notes under the documents, (hunt39a) notes
    between them, (hunt39c) section labels, (loose26) total rows under them), each added to
    `skipped` with the reason. (parity40) The sheet had its own copy of the rules, which read the
    total rows before the notes between the documents and the section labels: a total row over a
    section label was a document here and in no other file. Gives each row's place among the
    table's rows (hunt40a: a table with no id column numbers its rows so, the rows under a note
    keeping their number; parity40: under a repeat of the header row too, as pandas counts them)."""
    left_out = not_documents(table, headers, text_column)
    for i, reason in left_out:
        if skipped is not None:
            skipped.append(Skipped(f"{where} {places[i]}", reason, what="row"))
    row_place = {at: n for n, at in enumerate(places, start=1)}
    out = {i for i, _ in left_out}
    table[:] = [values for i, values in enumerate(table) if i not in out]
    places[:] = [at for i, at in enumerate(places) if i not in out]
    return row_place


def _fill_merged_cells(path: Path, where: str, headers: list[str], columns: list[int], table: list[list[Any]],
                       places: list[str], text_column: str | None, header_row: int) -> dict[int, list[str]]:
    """Merged cells read as the same value for each row they span (see `merged`): openpyxl's
    read-only sheets give a merged cell's value to its first row only. Returns the notes of the
    rows given a document field from a merged cell, by row number (`merged.fill_merged`)."""
    if not table:
        return {}
    with Package.open(path) as package:
        part = package.sheet_part(where.removeprefix(f"{path} sheet "))
        ranges = merged_ranges(package.pieces(part)) if part else []
    if ranges:
        unique = unique_headers(headers)
        documents = (text_column or find_column(unique, TEXT_COLUMN_NAMES), find_column(unique, PATH_COLUMN_NAMES))
        numbers = [int(place.removeprefix("row ")) for place in places]
        return fill_merged(table, numbers, columns, unique, ranges, documents, header_row)
    return {}


def _use_link_targets(path: Path, where: str, headers: list[str], columns: list[int], table: list[list[Any]],
                      places: list[str]) -> None:
    """A URL cell that shows words and links to a web address reads as that address (`cell_links`)."""
    if not table:
        return
    with Package.open(path) as package:
        part = package.sheet_part(where.removeprefix(f"{path} sheet "))
        numbers = [int(place.removeprefix("row ")) for place in places]
        use_link_targets(package, part, table, numbers, columns, headers)


def _mark_formulas_without_value(path: Path, where: str, headers: list[str], table: list[list[Any]],
                                 places: list[str], wanted: list[str | None], header_row: int = 1) -> None:
    """Put `NO_SAVED_VALUE` in the `wanted` cells (the text, id and metadata columns, as
    `records_from_rows` names them: "text (2)" is the second "text") that openpyxl read as empty
    because they hold a formula that has no saved value. (openpyxl gives no sign of the formula
    when it reads values; the sheet's XML is read again only when some such cell is empty.)"""
    unique = unique_headers(headers)
    indexes = [unique.index(name) for name in wanted if name is not None and name in unique]
    empty = {int(place.removeprefix("row ")): values for place, values in zip(places, table)
             if any(values[index] is None for index in indexes)}
    if not empty:
        return
    sheet = where.removeprefix(f"{path} sheet ")
    with Package.open(path) as package:
        part = package.sheet_part(sheet)
        scan = scan_sheet(package, part, None) if part else None
    header = next((span for span in scan.rows if span.number == header_row), None) if scan else None
    if header is None:
        return
    for index in indexes:
        name, nth = headers[index], headers[:index].count(headers[index])  # (the column's header as the sheet has it)
        named = [c for c, v in sorted(header.values.items()) if isinstance(v, str) and v.strip() == name]
        column = named[nth] if nth < len(named) else None
        for span in scan.rows:
            values = empty.get(span.number)
            if values is not None and values[index] is None and column in span.formulas \
                    and span.values.get(column) in (None, ""):
                values[index] = NO_SAVED_VALUE


def _header_row(ws: Any, wanted: Callable[[list[str]], bool], rows: int) -> tuple[int, list[str]] | None:
    """The number and the headers of the first of a sheet's first `rows` rows that `wanted`
    accepts (`inputs_sheets.choose_sheet` says which sheet and why). (Each row read costs a pass
    over up to `MAX_COLUMNS` cells where the sheet's dimension is wide: only a sheet whose first
    row names none is searched further down, and the row found is not read again.)"""
    found = ws.iter_rows(min_row=1, max_row=rows, max_col=MAX_COLUMNS, values_only=True)
    headers = ((number, _trimmed(_header(values))) for number, values in enumerate(found, start=1))
    for number, names in headers:
        if wanted(names):
            # (hunt23a) a group or title row over the header ("Document" merged over the id and
            # text columns): the row below, where it is the header (`inputs.header_below`); looked
            # at in its first columns, and read whole only where it is the header
            peek = ws.iter_rows(min_row=number + 1, max_row=number + 1, max_col=max(_PEEK_COLUMNS, 2 * len(names)), values_only=True)
            below = _trimmed(_header(next(peek, ())))
            if below and wanted(below) and header_below(names, below):
                whole = ws.iter_rows(min_row=number + 1, max_row=number + 1, max_col=MAX_COLUMNS, values_only=True)
                return number + 1, _trimmed(_header(next(whole, ())))
            return number, names
    return None


# How many columns of the row below a header row are looked at to tell whether it is the header.
_PEEK_COLUMNS = 64


def _trimmed(headers: list[str]) -> list[str]:
    """The headers without the empty ones after the last (a wide dimension's padding)."""
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _scored_column(header: str, headers: list[str]) -> bool:
    """Is `header` a column a previous scoring added (left out: re-scoring writes it anew)? Only
    in a sheet that holds the score block (its index column): elsewhere a column named Kind or
    Status is the user's own, kept (the writer puts it beside ours as "Kind (yours)")."""
    return header in layout.OWNED_HEADERS and layout.SCORE_HEADERS[0] in headers


def _read_table(path: Path, wb: Any, text_column: str | None, last_rows: dict[str, int], sheet: str | None = None,
                skipped: list[Skipped] | None = None
                ) -> tuple[list[list[Any]], list[str], list[str], list[int], str, int, dict[str, tuple[tuple[Any, ...], Any]]]:
    """(rows of values of the user's columns, where each is ("row 7"), their headers, their
    sheet columns (1-based), the sheet, its header row, and for a sheet xlplugin scored each row's
    stamps and Status by where it is). The sheets not read go to `skipped`."""
    try:
        chosen, header_row, headers, unread = choose_sheet(path, list(wb.worksheets), text_column, sheet, _header_row,
                                                         layout.DOCUMENTS)
    except InputError as exc:
        hint = _unnamed_texts_hint(wb, sheet) if text_column is None else ""
        if not hint:
            raise
        raise InputError(f"{exc}; {hint}") from None
    if skipped is not None:
        skipped.extend(unread)
    keep = [i for i, h in enumerate(headers) if h and not _scored_column(h, headers)]
    # (hunt39c) the columns with no header between named ones, to tell a second table beside this one
    gaps = {i for i, h in enumerate(headers) if not h and any(headers[:i]) and any(headers[i + 1:])}
    user_headers = [headers[i] for i in keep]
    scored = [headers.index(h) if h in headers and _scored_column(h, headers) else None
              for h in (*layout.STAMP_HEADERS, layout.SCORE_HEADERS[-1])]
    marks: dict[str, tuple[tuple[Any, ...], Any]] = {}
    table, places = [], []
    # (hunt40a) the cells of the columns with no header, to say a column of texts not read; (parity40)
    # also those after the last named header, as far as the sheet's dimension says it has cells (at most
    # `_PEEK_COLUMNS` more): a column of articles there was never read, nor said
    width = max(len(headers), min(_sheet_width(chosen), len(headers) + _PEEK_COLUMNS)) if headers else 0
    padded = headers + [""] * (width - len(headers))
    blank = [i for i, h in enumerate(padded) if not h]
    unnamed_rows: list[list[Any]] = []
    unnamed_numbers: list[int] = []
    last_row = last_rows.get(chosen.title, 1)
    if headers and last_row > header_row:
        # the columns that name a document read as their cells show them (an id 12 formatted
        # "0000" is 0012); openpyxl has turned date-formatted numbers into dates already
        names = label_columns(user_headers, text_column or find_column(user_headers, TEXT_COLUMN_NAMES))
        labels = {i for i in keep if headers[i] in names}
        epoch_1904 = bool(getattr(wb, "epoch", None) and wb.epoch.year == 1904)
        rows = chosen.iter_rows(min_row=header_row + 1, max_row=last_row, max_col=width)
        for number, cells in enumerate(rows, start=header_row + 1):  # (read-only sheets give empty rows too)
            row = [_shown(c, epoch_1904) if i in labels else c.value for i, c in enumerate(cells)]
            values = [_text(row[i]) if i < len(row) else None for i in keep]
            if gaps:
                gaps -= {i for i in gaps if i < len(row) and row[i] not in (None, "")}
            if blank and any(i < len(row) and row[i] not in (None, "") for i in blank):
                unnamed_rows.append([row[i] if i in blank and i < len(row) else None for i in range(width)])
                unnamed_numbers.append(number)
            if any(v not in (None, "") for v in values):
                table.append(values)
                places.append(f"row {number}")
                if None not in scored:
                    found = [_text(row[i]) if i < len(row) else None for i in scored]
                    marks[places[-1]] = (tuple(found[:-1]), found[-1])
    where = f"{path} sheet {chosen.title}"
    if skipped is not None and table:
        skipped.extend(Skipped(line, "", what="note") for line in table_beside(where, headers, gaps, text_column))
    cut, covered = _under_merged_headers(path, chosen.title, where, header_row, padded, keep, unnamed_rows,
                                         unnamed_numbers, skipped)
    unnamed = [i for i in unnamed_texts(padded, unnamed_rows) if i not in covered]
    read = text_column or find_column(user_headers, TEXT_COLUMN_NAMES)
    if unnamed and skipped is not None and read is not None and read in unique_headers(user_headers):
        at = keep[unique_headers(user_headers).index(read)]
        skipped.extend(Skipped(line, "", what="note")
                       for line in unnamed_text_lines(where, unnamed, (at, headers[at]), f"row {header_row}"))
    return table, places, user_headers, [i + 1 for i in keep], where, header_row, marks, cut


# (hunt51) A header cell merged over several columns ("Text" over B1:C1, a long article's second part
# in column C; "Author" over a first and a last name): a sheet keeps the header in the merge's first
# column, so the others have none and their cells were left out, with nothing said: a document read
# from half its text, scored as if whole. Each covered column whose cells hold values is said, in
# the summary and in the note of each row with a value there; nothing is joined (which cells belong
# to the text is the user's to say).
UNDER_MERGED_HEADER = ("{where}: column {letter} is under the merged header cell {ref} ({name!r}) but has no header "
                       "of its own, so its cells are not read (only column {first}, the merge's first, is): {rows}; "
                       "to read them, unmerge the header and name the column, or join its cells into column {first}")
UNDER_MERGED_HEADER_ROW = ("column {letter}, under the merged header {name!r} ({ref}), holds a value not read: only "
                           "column {first} is read as {name!r}")


def _under_merged_headers(path: Path, title: str, where: str, header_row: int, headers: list[str], keep: list[int],
                          rows: list[list[Any]], numbers: list[int], skipped: list[Skipped] | None
                          ) -> tuple[dict[int, list[str]], set[int]]:
    """(row notes by sheet row, the covered columns by place) of the columns under a merged header
    cell that hold values (`UNDER_MERGED_HEADER`); the summary's lines go to `skipped`."""
    if not rows:
        return {}, set()
    with Package.open(path) as package:
        part = package.sheet_part(title)
        ranges = merged_ranges(package.pieces(part)) if part else []
    notes: dict[int, list[str]] = {}
    covered: set[int] = set()
    for first_col, first_row, last_col, last_row in ranges:
        if not first_row <= header_row <= last_row or first_col == last_col or first_col - 1 not in keep:
            continue
        name, first, ref = headers[first_col - 1], column_letter(first_col), \
            f"{column_letter(first_col)}{first_row}:{column_letter(last_col)}{last_row}"
        for at in range(first_col, min(last_col, len(headers))):  # (0-based places of the covered columns)
            if headers[at]:
                continue
            held = [number for number, row in zip(numbers, rows) if at < len(row) and row[at] not in (None, "")]
            if not held:
                continue
            covered.add(at)
            letter = column_letter(at + 1)
            for number in held:
                notes.setdefault(number, []).append(UNDER_MERGED_HEADER_ROW.format(letter=letter, name=name, ref=ref,
                                                                                   first=first))
            if skipped is not None:
                shown = ", ".join(map(str, held[:5])) + (f" and {len(held) - 5} more" if len(held) > 5 else "")
                skipped.append(Skipped(UNDER_MERGED_HEADER.format(
                    where=where, letter=letter, ref=ref, name=name, first=first,
                    rows=f"row{'s' if len(held) != 1 else ''} {shown}"), "", what="note"))
    return notes, covered


def _sheet_width(ws: Any) -> int:
    """How many columns a sheet's dimension says it has (0 where it says none: a read-only sheet
    takes it from its dimension tag, None where there is none)."""
    width = getattr(ws, "max_column", None)
    return width if isinstance(width, int) else 0


# (hunt40a) How many rows of a sheet refused for no text column are looked at for a column of
# texts under an empty header cell.
_UNNAMED_ROWS = 200


def _unnamed_texts_hint(wb: Any, sheet: str | None) -> str:
    """(hunt40a) What a refusal for no text column adds where a sheet's first row has an empty
    cell over a column of texts (`inputs.unnamed_texts`): the column, and how to read it; "" where
    none has."""
    for ws in wb.worksheets:
        if sheet is not None and ws.title.casefold() != sheet.casefold():
            continue
        found = list(ws.iter_rows(min_row=1, max_row=_UNNAMED_ROWS + 1, max_col=_PEEK_COLUMNS, values_only=True))
        if not found:
            continue
        headers = _trimmed(_header(found[0]))
        rows = [list(values) for values in found[1:]]
        width = max((len(row) for row in rows), default=0)
        headers += [""] * (width - len(headers))  # (a column of texts after the last header)
        unnamed = unnamed_texts(headers, rows)
        if unnamed:
            return f"sheet {ws.title}: " + "; ".join(unnamed_text_lines("", unnamed, None, "row 1"))
    return ""


def _sheet_rows(package: Package, name: str, columns: int) -> list[tuple[int, list[Any]]]:
    part = package.sheet_part(name)
    if part is None or not package.has(part):
        return []
    scan = scan_sheet(package, part, lambda col: col <= columns)
    return [(row.number, [row.values.get(c) for c in range(1, columns + 1)]) for row in scan.rows]


def _settings_rows(package: Package) -> list[tuple[int, Any, Any, bool]]:
    """The Settings sheet's rows: (row number, key, value, whether the value cell holds a formula)."""
    part = package.sheet_part(layout.SETTINGS_SHEET)
    if part is None or not package.has(part):
        return []
    scan = scan_sheet(package, part, lambda col: col <= 2)
    return [(row.number, row.values.get(1), row.values.get(2), 2 in row.formulas) for row in scan.rows]


def settings_from_package(package: Package, base: Settings | None = None) -> Settings:
    """Settings as the workbook states them: its Settings sheet over `base` (defaults), and its
    Sources sheet as the ratings table. A value a setting cannot take is named by sheet and row."""
    settings = base or Settings()
    overrides: dict[str, Any] = {}
    row_of: dict[str, int] = {}
    setting_rows = _settings_rows(package)
    # (sheets30) The sheet's header (Setting, Value) is in row 1 as written; where rows were
    # inserted above it (a title), that header row is no setting, nor a title above it with no value.
    header = next((number for number, key, value, _ in setting_rows if number <= 10 and str(key or "").strip().lower()
                   == layout.SETTINGS_HEADERS[0].lower() and str(value or "").strip().lower() == layout.SETTINGS_HEADERS[1].lower()), 1)
    for number, key, value, formula in setting_rows:
        if number == header or key in (None, "") or (number < header and value in (None, "") and not formula):
            continue
        written, key = str(key).strip(), setting_named(key) or str(key).strip()  # (its label, or its key in a sheet written before)
        if value in (None, "") and formula:
            raise WorkbookError(f"{package.path}: Settings sheet row {number}: {written!r} is a formula with no saved value "
                                "(the file was not saved by a spreadsheet program that works it out); type the number "
                                "itself, or open and save the file in Excel or LibreOffice first")
        if value in (None, ""):
            raise WorkbookError(f"{package.path}: Settings sheet row {number}: {written!r} has no value; enter a number")
        try:
            settings.with_values({key: value})
        except SettingsError as exc:
            raise WorkbookError(f"{package.path}: Settings sheet row {number}: {exc}") from None
        if key in row_of:
            # (a row inserted to try a value: which one counts must not hang on where it was typed)
            shown = {s.name: s.shown for s in settings_table()}.get(key, key)  # (as the sheet names it)
            raise WorkbookError(f"{package.path}: Settings sheet rows {row_of[key]} and {number} both set {shown}; "
                                "keep one of them and delete the other")
        row_of[key] = number
        overrides[key] = value
    settings = settings.with_values(overrides)
    rows = sources_rows(package)
    try:
        ratings = ratings_table(rows)
    except RatingsTableError as exc:
        raise WorkbookError(f"{package.path}: {layout.SOURCES} sheet: {exc}") from None
    return settings.with_ratings(ratings, written_names(rows)) if ratings else settings


def missing_settings(package: Package) -> list[Setting]:
    """The settings the workbook's Settings sheet is written with (`layout.WORKBOOK_SETTINGS`)
    that it has no row for: a row deleted, or a setting added after the release that wrote the
    sheet. None where the whole sheet is gone (the refresh says that, and writes it back)."""
    part = package.sheet_part(layout.SETTINGS_SHEET)
    if part is None or not package.has(part):
        return []
    present = {setting_named(key) for number, (key, *_rest) in _sheet_rows(package, layout.SETTINGS_SHEET, 2)
               if number > 1 and key not in (None, "")}
    return [setting for setting in layout.WORKBOOK_SETTINGS if setting.name not in present]


def missing_settings_rows(package: Package, settings: Settings, written: bool = False) -> list[str]:
    """The summary's lines for the rows of a workbook's Settings sheet that are missing
    (`missing_settings`): the setting then falls back to its default (or to what the command
    was given), which the user should not meet unsaid. `written`: the refresh wrote each row
    into the sheet, with the value used, so the next refresh finds it."""
    lines = []
    for setting in missing_settings(package):
        value, default = settings[setting.name], Settings()[setting.name]
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        used = f"default {shown} used" if value == default else f"{shown} used, as this command was given"
        if written:
            used += "; the row was written into the sheet with that value"
        lines.append(f"{layout.SETTINGS_SHEET} row {setting.shown!r} missing: {used}")
    return lines


def sources_rows(package: Package, keyless: list[str] | None = None) -> list[RatingRow]:
    """The rows of the Sources sheet as written (`ratings_table` reads them as one table). A
    rating that is missing or not a number is named by sheet and row. A row with a rating but no
    domain or outlet rates nothing: it is left out, and its place added to `keyless` (for the
    summary, `ratings_table.describe_keyless`). (outlets23) An outlet's name in column D beside a
    web site in A is rated too, and the two are one outlet (`ratings_table.named_too`, as a ratings
    file's row giving a domain and an outlet)."""
    found: list[RatingRow] = []
    for number, (key, rating, rater, name) in _sheet_rows(package, layout.SOURCES, 4):
        if number == 1 or key in (None, ""):
            if number > 1 and keyless is not None and rating not in (None, ""):
                keyless.append(f"row {number}")
            continue
        where = f"{package.path}: {layout.SOURCES} sheet row {number}"
        if rating in (None, ""):
            raise WorkbookError(f"{where}: {key} has no rating; enter a number {RATING_SCALES}")
        try:
            rating = float(rating)
        except (TypeError, ValueError):
            raise WorkbookError(f"{where}: the rating of {key} must be a number {RATING_SCALES}, not {rating!r}") from None
        row = RatingRow(f"row {number}", str(key).strip(), rating, "" if rater is None else str(rater))
        found += [row, *named_too(row, "" if name is None else str(name).strip())]
    return found


def read_settings(path: Path) -> Settings:
    """The settings and source ratings stored in a scored workbook."""
    with Package.open(Path(path)) as package:
        try:
            return settings_from_package(package)
        except WorkbookError as exc:
            raise named(package.path, exc) from None
