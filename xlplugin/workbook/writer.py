"""Write a new scored workbook with openpyxl (streaming, write-only mode, so 100,000 rows fit in
memory): Documents, Overview (with a chart), Evidence, How to read this, Settings, Sources.

Plain values only, never formulas: text that a spreadsheet would read as a formula (starting with
=, +, -, @ or a tab) is stored as a string cell with a quote prefix, so it stays text even when a
user edits the cell.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import Rule
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

from ..cells import CELL_LIMIT, KIND_HEADER, cell_units, id_cell, looks_like_formula, safe_text
from ..errors import WorkbookError
from ..kind_shown import as_shown, in_own_words
from ..inputs import (ID_COLUMN_NAMES, OUTLET_COLUMN_NAMES, REFUSED_LINE, TITLE_COLUMN_NAMES, Problem, Record, distinct_ids,
                      find_column, read_as_web_page, refused_line_cut_note, refused_line_hash)
from ..settings import Settings
from ..types import DocumentResult
from . import fit, layout, read_sheet, sources_used
from .people import PeopleWriter
from .table_shape import one_shape
from .files import SCORE_OPTION, atomic_write, check_writable
from .cell_xml import encode_xstring
from .deflated import DeflatedSpool
from .package import Package, write_package
from .rows import STATUS_AT, TEXT_HASH_AT, WHY_AT, evidence_row_xml, evidence_rows, owned_values
from .number_columns import as_number, number_columns
from .typed_cells import cells_mark
from .layout import LINE_HEIGHT, MAX_LINES  # (also imported from here: outlets)
from .text_styles import TextStyles, wrapped_lines

__all__ = ["write_scored_workbook", "write_template", "files_outside", "TEMPLATE_COLUMNS"]

# Columns of the blank template: what a user fills in (text, or a path to a text file).
# (an author column too: a byline is a provenance cue, and `score` reads the column by name)
TEMPLATE_COLUMNS = ("id", "title", "outlet", "author", "url", "date", "text", "path")

FONT = "Calibri"
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
OWNED_FILL = PatternFill("solid", fgColor="1F3864")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="top")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
# An id reads as a label, at the left of its cell: a number id (as `score` numbers the rows of a
# table with none) sat at the right edge, against the title beside it ("1 Library opening...").
ID_ALIGN = Alignment(horizontal="left", vertical="top", wrap_text=True)
# (book47) The Kind, left-aligned text right after the right-aligned source rating, indented: the
# number ran into it in print ("0.56opinion or analysis"), as the Outlets sheet's spread ran into
# its kinds (book44). (The Kind column is the longest kind + 2 wide: room for the indent.)
KIND_ALIGN = Alignment(horizontal="left", vertical="top", indent=1)
LINK_FONT = Font(name=FONT, color="0563C1", underline="single")
STAMP_FONT = Font(name=FONT, color="808080", size=9)
TITLE_FONT = Font(name=FONT, bold=True, size=14)
BOLD_FONT = Font(name=FONT, bold=True)
# Widths in characters (Excel's unit: the width of "0" in the default font).
# The Status is "scored" on nearly every row: 20 shows that, and a longer Status wraps (its row
# grows to show it whole, `row_height`). At 40 the Documents sheet of a folder of files (id, path,
# scores, Why, Status) did not fit one landscape page across at a readable scale (fit.MIN_SCALE)
# and printed its scores on a page away from the ids; LibreOffice does not wrap a path (no spaces),
# so the path column keeps its full width and the Status gives the room: it is 20 wherever the
# sheet would not print at full size with STATUS_WIDE (`_fit_status_width`).
# An id is fitted to its longest (`_fit_user_widths`): 8 holds "id" and short ids ("12"), where 22
# left a blank band beside them on paper; a title wraps at 32 (was 40): the printed sheet is the
# narrower for both, so its print is larger (print18).
# The Why is 64 wide and a narrow Status 26 (were 50 and 20): rows are as tall as their Why or
# Status needs, and at 50 and 20 a printed page held about 8 rows of a folder of files (a Why of
# 6 to 8 lines, a "not scored: language German (...)" of 4); now about 12, the page's print 4 or
# 5 points of scale smaller (sheets22, measured on the example workbook and two folders).
WIDTHS = {"id": 8, "text": 50, "title": 32, "url": 30, "path": 30, "file": 28, "why": 64, "status": 26, "score": 12, "stamp": 12, "other": 16}
STATUS_WIDE = 40  # (the Status's width where the sheet prints at full size with it: _fit_status_width)
HEADER_HEIGHT = 90  # points: six lines of the wrapped score headers
# Deflate level of the Evidence sheet (the largest part): level 1 is ~3.5x faster than the default
# 6 for a part ~17% larger (measured on 10,000 documents), and a refresh rewrites it at level 1.
EVIDENCE_LEVEL = 1


def _user_key(header: str) -> str:
    return header.strip().lower().replace(" ", "_")


def _name_columns(user_headers: Sequence[str]) -> list[int]:
    """The columns (from 1) that name a row on paper: its id (else the first column), its title
    where that column is right after it, and the outlet where that is right after the title
    (`fit.print_names_and_scores`: a printed score says whose it is)."""
    keys = [_user_key(h) for h in user_headers]
    if not keys:
        return []
    first = next((i for i, key in enumerate(keys, start=1) if key in ID_COLUMN_NAMES), 1)
    names = [first]
    for wanted in (TITLE_COLUMN_NAMES, OUTLET_COLUMN_NAMES):
        if names[-1] < len(keys) and keys[names[-1]] in wanted:
            names.append(names[-1] + 1)
        else:
            break
    return names


# A row's note where a cell of it was longer than a cell holds, written cut (`cells.safe_text`);
# a refresh writes such a cell (put there by another program) the same way. In the row's Why
# (book45: rows.NOTE_LEAD); a workbook written before has it in the Status.
CUT_NOTE = "the text was cut to fit one cell; scores are for the full text (give a file path to keep it refreshable)"


def _plain(value: Any) -> Any:
    """A value openpyxl can store as it is; anything else as text."""
    if value is None or isinstance(value, (bool, int, float, str, _dt.datetime, _dt.date, _dt.time)):
        return value
    return str(value)


def _cell(ws, value: Any, *, font=None, align=None, fmt=None, link: str | None = None) -> WriteOnlyCell:
    value = _plain(value)
    if isinstance(value, float) and value != value:
        value = None
    if isinstance(value, str):
        value = safe_text(value)
    shown = value
    if isinstance(value, str):
        # a literal "_xHHHH_" escaped, so that no program decodes it into another character
        # (openpyxl writes text as it is given)
        value = encode_xstring(value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        # openpyxl makes any string starting with "=" a formula; force a string cell, and set the
        # quote prefix so Excel keeps it text when the user edits it.
        cell.data_type = "s"
        if looks_like_formula(shown):
            cell.quotePrefix = True
    if font is not None:
        cell.font = font
    if align is not None:
        cell.alignment = align
    if fmt is not None:
        cell.number_format = fmt
    elif isinstance(value, (_dt.datetime, _dt.date)):
        cell.number_format = "yyyy-mm-dd"
    if link:
        cell.hyperlink = link
        cell.font = LINK_FONT
    return cell


def _lines(text: Any, width: float) -> int:
    """Lines a wrapped cell needs at a column width (in characters); a little generous, since
    proportional fonts fit about one character per width unit on average."""
    return wrapped_lines(text, width)


# Lines a web page's article text shows in the Documents sheet (the column xlplugin fills from
# the page: `page_text_column`): enough to know the article; the whole text is in the cell, and on
# the Read sheet with its flags. At MAX_LINES, a folder of web pages printed about 5 rows a page.
PAGE_TEXT_LINES = 3


def row_height(texts_and_widths: Iterable[tuple[Any, float]], user_texts: Iterable[tuple[Any, float]] = (),
               page_texts: Iterable[tuple[Any, float]] = ()) -> float:
    """Points a Documents row takes: as many lines as its Why or Status needs (`texts_and_widths`),
    or as its own wrapped text cells need (`user_texts`: the text, title... at their column
    widths) up to MAX_LINES, one line at least. The Why and Status show whole (up to the tallest
    row a spreadsheet allows, fit.MAX_ROW_HEIGHT: some 27 lines, twice the longest Why seen): a
    clipped Why would hide where the index lost its points. A long text of the user's shows its
    first lines (the whole text is in the cell, and in the Read sheet): a row as tall as a long
    article would leave a screen to one row. A web page's article text (`page_texts`) shows
    PAGE_TEXT_LINES."""
    lines = max((_lines(t, w) for t, w in texts_and_widths), default=1)
    own = max((_lines(t, w) for t, w in user_texts), default=1)
    page = max((_lines(t, w) for t, w in page_texts), default=1)
    return fit.text_lines_height(max(lines, min(own, MAX_LINES), min(page, PAGE_TEXT_LINES)), LINE_HEIGHT)


def _fit_height(ws, row_number: int, texts_and_widths: Iterable[tuple[Any, float]],
                user_texts: Iterable[tuple[Any, float]] = (), page_texts: Iterable[tuple[Any, float]] = ()) -> None:
    """Set a row's height so wrapped text shows (programs do not all autofit on opening). Every
    row gets one, scored or not: the user's text cells wrap (so that a long text stays in its
    column instead of running over the empty score cells of a row that was not scored), and a
    row with wrapped cells and no height of its own grows to the whole text when opened; so the
    height fits those text cells too (`row_height`), not only the Why and Status."""
    ws.row_dimensions[row_number].height = row_height(texts_and_widths, user_texts, page_texts)


def _page_setup(ws, title_rows: str | None = "1:1") -> None:
    """Print (and PDF) landscape, one page wide, with the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4 (ECMA-376 paper size code)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # Excel's "Narrow" side margins: the page's width is what decides whether a sheet prints one
    # page across (fit.page_scale), and a quarter inch is what printers take.
    ws.page_margins.left = ws.page_margins.right = fit.SIDE_MARGIN
    # Half an inch above and below (the default inch each leaves a landscape page 20% shorter):
    # a page holds more rows, and a tall row of the Read sheet fits on a page with others.
    ws.page_margins.top = ws.page_margins.bottom = fit.TOP_MARGIN
    ws.page_margins.header = ws.page_margins.footer = fit.TOP_MARGIN / 2
    if title_rows:
        ws.print_title_rows = title_rows
    intro = layout.SHEET_INTROS.get(ws.title)
    if intro:  # (a sheet whose first row is its header: the line above every printed page)
        ws.oddHeader.left.text = intro.replace("&", "&&")
        ws.oddHeader.left.size = 9
        ws.data_validations.append(intro_message(intro))


# The title of the intro's message on screen (a spreadsheet takes at most 32 characters).
INTRO_TITLE = "What this sheet shows"


def intro_message(intro: str) -> DataValidation:
    """The sheet's intro line (`layout.SHEET_INTROS`) on screen: the input message of its first
    header cell, A1, which Excel and LibreOffice show beside the cell while it is selected, and
    A1 is the cell selected when the sheet is opened. It allows any value (a message, not a
    check). Not a line above the header: row 1 stays the header that a refresh, filters, freeze
    panes, a print's title rows and other programs (pandas, Power Query) read the sheet by."""
    return DataValidation(allow_blank=True, showInputMessage=True, promptTitle=INTRO_TITLE, prompt=intro, sqref="A1")


def _header_row(ws, headers: Iterable[str], owned: int = 0) -> list[WriteOnlyCell]:
    headers = list(headers)
    cells = []
    for i, text in enumerate(headers):
        cell = _cell(ws, text, font=HEADER_FONT, align=HEADER_ALIGN)
        cell.fill = OWNED_FILL if i >= len(headers) - owned else HEADER_FILL
        cells.append(cell)
    return cells


def page_text_column(items: list[Record | Problem]) -> str:
    """The column that shows a web page's article: "text", unless rows of a table (a CSV) are
    in the workbook too, whose text column is read as the text to score (see layout)."""
    tables = any(isinstance(item, Record) and item.text_column for item in items)
    return layout.MIXED_FILE_TEXT_COLUMN if tables else layout.FILE_TEXT_COLUMN


def _user_columns(item: Record | Problem, out_dir: Path, page_column: str = layout.FILE_TEXT_COLUMN) -> dict[str, Any]:
    """The user's own columns for a row; for a text file, its id, title and path (relative to
    the workbook, so that a refresh finds the file again wherever the folder is moved)."""
    columns = dict(item.columns)
    if isinstance(item, Record) and list(columns) == ["file"] and item.path_column == "file":
        web_page = read_as_web_page(item.text_file, item.note)  # (a .txt holding an HTML page too)
        columns = {"id": item.id, "title": item.title, "author": item.author, "date": item.date,
                   "outlet": item.outlet, "url": item.url, "file": _relative(item.text_file, out_dir)}
        if web_page:
            # the article that was scored (not the HTML): every evidence offset points into it
            columns[page_column] = item.text
        # plain text files have none of these; an empty column says nothing
        columns = {k: v for k, v in columns.items() if v or k in ("id", "file")}
    elif isinstance(item, Record) and item.path_column in columns and item.text_file:
        # A row of a CSV or workbook that names its file: the path is rewritten to where the
        # file is from the workbook, so that its link and a later refresh find that same file.
        columns[item.path_column] = _relative(item.text_file, out_dir)
    elif isinstance(item, Problem) and not columns:
        columns = {"id": item.id or Path(item.source).name, "file": _relative(item.source, out_dir)}
    elif find_column(list(columns), ID_COLUMN_NAMES) is None:
        columns = _with_id(item, columns)
    return {kept_name(k): v for k, v in columns.items()}


def _with_id(item: Record | Problem, columns: dict[str, Any]) -> dict[str, Any]:
    """A table row's columns with an id column put first, where the table had none: its id is
    then its place among the documents ("3"), which the Evidence and Read sheets key it on; shown
    in its row, it stays with the row when rows are deleted or sorted, and a refresh reads it back
    (written as a number: `id_cell`)."""
    return {"id": id_cell(item.id), **columns}



# A column of the user's named as one of ours (Kind, Status, Why, Text hash...) is kept, under
# this name beside ours: nothing the user wrote is lost, and a refresh finds our columns by name.
YOURS = "{} (yours)"


def kept_name(header: str) -> str:
    """The header a user's column is written under: its own, or YOURS where xlplugin writes one so named."""
    return YOURS.format(header) if header in layout.OWNED_HEADERS else header


def renamed_columns(items: Iterable[Record | Problem]) -> list[str]:
    """The user's columns that `kept_name` renames, in the order first met (for the run's summary)."""
    names: dict[str, None] = {}
    for item in items:
        names.update(dict.fromkeys(k for k in item.columns if k != kept_name(k)))
    return list(names)


def _relative(path: str, out_dir: Path) -> str:
    try:
        return Path(os.path.relpath(Path(path).resolve(), out_dir.resolve())).as_posix()
    except (ValueError, OSError):  # another drive on Windows
        return path


def files_outside(path: Path, items: Iterable[Record | Problem]) -> tuple[list[str], str | None]:
    """(hunt33) The file cells `score -o path` writes that name a file outside the workbook's
    folder ("../texts/one.txt", or a path on another drive), and the nearest folder that holds
    all of them. The cells are paths from the workbook's folder (never from the folder the
    command ran in): a refresh reads each file from there wherever it runs, and the cell's link
    opens it, as long as the workbook and those folders stay in the same places beside each
    other. Sent on its own, such a workbook shows folder names of the sender's machine."""
    out_dir = (Path(path).parent if str(Path(path).parent) else Path(".")).resolve()
    cells: dict[str, None] = {}
    folders: list[str] = []
    for item in items:
        if isinstance(item, Record) and item.text_file:
            cell = _relative(item.text_file, out_dir)
            if cell.startswith("../") or Path(cell).is_absolute():
                cells[cell] = None
                folders.append(str(Path(item.text_file).resolve().parent))
    try:
        common = os.path.commonpath(folders) if folders else None
    except ValueError:  # (files on more than one drive)
        common = None
    return list(cells), common


def _link(header: str, value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    key = _user_key(header)
    if key in ("url", "link", "source_url") and value.lower().startswith(("http://", "https://")) and len(value) < 2000:
        return value
    if key in ("file", "path", "filename", "file_name", "text_path", "source_file") and value and len(value) < 250:
        return value  # relative to the workbook: Excel and LibreOffice open it from there
    return None


def _width(header: str) -> float:
    key = _user_key(header)
    if header in layout.STAMP_HEADERS or header == layout.EVIDENCE_COUNT_HEADER:
        return WIDTHS["stamp"]
    if header == KIND_HEADER:
        from ..kinds import KINDS

        return max(map(len, KINDS)) + 2.0  # the longest kind shows whole ("wire or syndicated copy")
    if header == layout.SCORE_HEADERS[-2]:
        return WIDTHS["why"]
    if header == layout.SCORE_HEADERS[-1]:
        return WIDTHS["status"]
    if header in layout.SCORE_HEADERS:
        return WIDTHS["score"]
    for name in ("id", "text", "title", "url", "path", "file"):
        if key == name or key.endswith("_" + name) or key in ("body", "content", "article") and name == "text":
            return WIDTHS[name]
    return WIDTHS["other"]


def _documents_sheet(ws, items: list[Record | Problem], results: Iterable[DocumentResult | None],
                     out_dir: Path, user_headers: list[str], seen: Callable[[Record | Problem, DocumentResult | None, list[Any]], None],
                     weights: Mapping[str, float], id_notes: Sequence[str] = ()) -> None:
    """The Documents sheet, one row per item; `seen(item, result, owned)` is called for each, so that
    the other sheets are made in the same pass (results may be a stream consumed once).
    `id_notes`: per item, what its Status says of an id other rows use too (inputs.distinct_ids).
    `weights`: the index weights used, by signal (a column weighing 0 is not coloured)."""
    _page_setup(ws)
    headers = user_headers + list(layout.OWNED_HEADERS)
    for index, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = _width(header)
    _fit_user_widths(ws, items, out_dir, user_headers)
    _fit_status_width(ws, len(user_headers) + len(layout.SCORE_HEADERS), len(user_headers) + 1, _name_columns(user_headers))
    stamps = [get_column_letter(headers.index(h) + 1) for h in layout.STAMP_HEADERS]
    fit.group_columns(ws, stamps[0], get_column_letter(headers.index(layout.EVIDENCE_COUNT_HEADER) + 1))
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = HEADER_HEIGHT
    last_row = max(len(items), 1) + 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last_row}"
    first_owned = len(user_headers) + 1
    _column_colours(ws, first_owned, weights)
    status_col = len(user_headers) + len(layout.SCORE_HEADERS)
    # (many or wide columns of the user's: the scores print one page across with the row's id and
    # title at their left; set before the first row: a write-only sheet writes its properties with it)
    first_printed, printed_names = fit.print_names_and_scores(
        ws, [ws.column_dimensions[get_column_letter(i)].width for i in range(1, status_col + 1)],
        (first_owned, status_col), _name_columns(user_headers))
    # A row is as tall as its printed cells need: where the user's other columns do not print (the
    # text), a row sized to show 8 lines of its text printed as a blank band under its Why.
    shown = set(user_headers) if first_printed == 1 else {user_headers[i - 1] for i in printed_names}
    ws.append(_header_row(ws, headers, owned=len(layout.OWNED_HEADERS)))
    # (the stamps are not for print)
    ws.print_area = f"{get_column_letter(first_printed)}1:{get_column_letter(status_col)}{last_row}"
    links = 0
    user_widths = [ws.column_dimensions[get_column_letter(i)].width for i in range(1, len(user_headers) + 1)]
    page_column = page_text_column(items)
    id_header = next((h for h in user_headers if _user_key(h) in ID_COLUMN_NAMES), None)
    status_width = ws.column_dimensions[get_column_letter(status_col)].width
    # (hunt38b) a CSV file's other columns of plain numbers ("views" 1234, "share" 0.25) as numbers
    numeric = {kept_name(h) for h in number_columns(items, {k for item in items for k in item.columns})}
    for number, (item, result) in enumerate(zip(items, results), start=2):
        columns = _user_columns(item, out_dir, page_column)
        row = []
        cut = False
        for header in user_headers:
            value = columns.get(header)
            if header in numeric:
                value = as_number(value)
            link = _link(header, value) if links < layout.MAX_HYPERLINKS else None
            links += link is not None
            cut = cut or (isinstance(value, str) and cell_units(value) > CELL_LIMIT)  # (book47: as Excel counts)
            row.append(_cell(ws, value, link=link, **user_cell_format(value, header == id_header)))
        if isinstance(item, Problem) or result is None:
            message = item.message if isinstance(item, Problem) else "not scored"
            if isinstance(item, Problem) and item.kind == REFUSED_LINE:
                # (marked: a refresh leaves it refused; the hash is that of the cell as written,
                # which a refresh reads back, cut where the line is longer than a cell holds)
                line = str(columns.get(kept_name(item.text_column)) or "")
                kept = safe_text(line)
                message += refused_line_cut_note(line, kept)
                owned = owned_values(None, problem=message)
                owned[TEXT_HASH_AT] = refused_line_hash(kept)
            else:
                owned = owned_values(None, problem=message)
        else:
            id_note = id_notes[number - 2] if id_notes else ""
            # how it was read (not UTF-8...), in the Why (book45); the shared id in the Status
            owned = owned_values(result, extra_status=id_note, notes=(item.note, CUT_NOTE if cut else ""))
        seen(item, result, owned)  # (hunt31: with its cells, whose Why, Status and Kind the Read sheet marks)
        _fit_height(ws, number, ((owned[WHY_AT], WIDTHS["why"]), (owned[STATUS_AT], status_width)),
                    ((columns.get(header), width) for header, width in zip(user_headers, user_widths)
                     if header != page_column and header in shown),
                    ((columns.get(header), width) for header, width in zip(user_headers, user_widths)
                     if header == page_column and header in shown))
        row.extend(_cell(ws, value, **owned_cell_format(header)) for header, value in zip(layout.OWNED_HEADERS, owned))
        ws.append(row)


def owned_cell_format(header: str) -> dict[str, Any]:
    """How a Documents row's cell in one of xlplugin's columns is formatted (a refresh formats
    the rows it fills the same way: score_styles)."""
    if header in layout.STAMP_HEADERS or header == layout.EVIDENCE_COUNT_HEADER:
        return {"font": STAMP_FONT, "align": TOP}
    if header in layout.SCORE_HEADERS[-2:]:  # (Why and Status wrap)
        return {"align": WRAP}
    if header == KIND_HEADER:
        return {"align": KIND_ALIGN}
    return {"align": TOP, "fmt": layout.NUMBER_FORMATS.get(header)}


def user_cell_format(value: Any, is_id: bool = False) -> dict[str, Any]:
    """How a Documents row's cell in one of the user's columns is formatted: at the top of its
    row, as every score cell is (a title at the foot of a tall row prints against the next row's
    scores), text wrapping inside its column (the row's height cuts it, never over the cells
    beside it), an id at the left (`ID_ALIGN`). A refresh gives the rows it fills the same
    (score_styles)."""
    if is_id:
        return {"align": ID_ALIGN}
    return {"align": WRAP if isinstance(value, str) else TOP}


def cell(ws, value: Any, **formats: Any) -> WriteOnlyCell:
    """A cell as `score` writes it (`formats`: font, align, fmt, link)."""
    return _cell(ws, value, **formats)


def _column_colours(ws, first_owned: int, weights: Mapping[str, float]) -> None:
    """Each score column's colours (`layout.COLOUR_SCALES`, in `layout.SHADES` steps:
    `layout.colour_shades`); `first_owned`: the column of the index. Whole columns from row 2, so
    rows a user appends later are coloured too. A row with no index (not an article, too few
    words) has no colour: every step's formula asks that the row's index cell is not empty, and a
    rule true where it is empty shows the signals in grey. The rules of a column exclude each
    other, so that no spreadsheet's order or "Stop If True" decides between them (LibreOffice and
    Gnumeric ignore it), and a refresh that fills or empties an index cell changes the row's colours
    with it. A signal whose weight is 0 (`weights`, by signal name) changes no index: its column has
    no colour, as the signals that have none, so that its red does not read as points it cost."""
    index_letter = get_column_letter(first_owned)
    for header in coloured_headers(weights):
        letter = get_column_letter(first_owned + layout.OWNED_HEADERS.index(header))
        for rule in colour_rules(header, letter, index_letter):
            ws.conditional_formatting.add(f"{letter}2:{letter}{layout.SHEET_ROWS}", rule)


def coloured_headers(weights: Mapping[str, float]) -> list[str]:
    """The score columns that have colours for these weights (by signal name): every column of
    `layout.COLOUR_SCALES` but a signal's that weighs 0 (a refresh redoes them so: refresh_colours)."""
    weightless = {layout.SIGNAL_HEADER[name] for name, weight in weights.items()
                  if not weight and name in layout.SIGNAL_HEADER}
    return [header for header in layout.COLOUR_SCALES if header not in weightless]


def colour_rules(header: str, letter: str, index_letter: str) -> list[Rule]:
    """The conditional formats of one score column (`header`, in column `letter`; the index in
    `index_letter`): grey where the row has no index (not for the index itself), then a shade
    per step of its colour scale."""
    rules = [] if header == layout.SCORE_HEADERS[0] else [_no_index_rule(index_letter)]
    return rules + [_shade_rule(letter, index_letter, low, high, colour)
                    for low, high, colour in layout.colour_shades(*layout.COLOUR_SCALES[header])]


# A signal cell of a row with no index: grey on white (the value is there; it weighs in nothing)
NO_INDEX_STYLE = DifferentialStyle(font=Font(color="808080"), fill=PatternFill("solid", bgColor="FFFFFF"))


def _no_index_rule(index_letter: str) -> Rule:
    """True in a row whose index cell is empty (where no step of `_shade_rule` is)."""
    rule = Rule(type="expression", dxf=NO_INDEX_STYLE)
    rule.formula = [f"LEN(${index_letter}2)=0"]
    return rule


def _shade_rule(letter: str, index_letter: str, low: float | None, high: float | None, colour: str) -> Rule:
    """`colour` behind a number from `low` up to (not including) `high` (None: no bound), in a row
    whose index cell is not empty."""
    tests = [f"LEN(${index_letter}2)>0", f"ISNUMBER({letter}2)"]
    if low is not None:
        tests.append(f"{letter}2>={low:.10g}")
    if high is not None:
        tests.append(f"{letter}2<{high:.10g}")
    # (bgColor is the colour of a conditional format's solid fill to Excel and Gnumeric; fgColor
    # the same, as openpyxl's examples set it, so that no reader shows another colour)
    fill = PatternFill("solid", fgColor="FF" + colour, bgColor="FF" + colour)
    rule = Rule(type="expression", dxf=DifferentialStyle(fill=fill))
    rule.formula = [f"AND({','.join(tests)})"]
    return rule


def _fit_status_width(ws, status_col: int, first_owned: int, names: Sequence[int]) -> None:
    """The Status column 40 wide (a long Status on fewer lines) where the sheet prints one page
    across at full size with it; elsewhere `WIDTHS["status"]`, which prints the sheet larger. A
    sheet too wide for one page prints its scores with the row's names (`names`: id, title,
    outlet) at their left (fit.print_names_and_scores): the same choice, on those."""
    letter = get_column_letter(status_col)
    widths = [ws.column_dimensions[get_column_letter(i)].width for i in range(1, status_col)]
    if fit.page_scale(widths + [WIDTHS["status"]]) < fit.MIN_SCALE:
        widths = [widths[i - 1] for i in names] + widths[first_owned - 1:]
    # Wide only where the sheet still prints at full size with it: anywhere else the narrower Status
    # prints every other column larger (print18; it was wide wherever the sheet fit at MIN_SCALE,
    # and the printed sheet was half size, its text about 5 points).
    fits_wide = fit.page_scale(widths + [STATUS_WIDE]) >= 100
    ws.column_dimensions[letter].width = STATUS_WIDE if fits_wide else WIDTHS["status"]


def _fit_user_widths(ws, items: list[Record | Problem], out_dir: Path, user_headers: list[str]) -> None:
    """Widen the id and file columns to their longest value, so that no id or path is cut."""
    page_column = page_text_column(items)
    for index, header in enumerate(user_headers, start=1):
        base = _width(header)
        if base == WIDTHS["id"]:
            kind = "id"
        elif base in (WIDTHS["path"], WIDTHS["file"]) and _user_key(header) not in ("url", "link", "source_url"):
            kind = "path"
        else:
            kind = "other" if base == WIDTHS["other"] else ""
        if kind:
            content = fit.longest(_user_columns(item, out_dir, page_column).get(header) for item in items)
            ws.column_dimensions[get_column_letter(index)].width = fit.fitted_width(base, content, kind)


def _evidence_sheet(wb: Workbook, ids: Iterable[str] = ()) -> None:
    """The Evidence sheet's header and layout; its rows are written afterwards, straight into the
    package (`_EvidenceSpool`, `_fill_evidence`)."""
    ws = wb.create_sheet(layout.EVIDENCE)
    _page_setup(ws)
    # (Kind fits "references to primary documents", the longest cue name.)
    widths = (fit.fitted_width(16, fit.longest(ids), "id"), *layout.EVIDENCE_WIDTHS)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    hash_letter = get_column_letter(len(layout.EVIDENCE_HEADERS))
    fit.group_columns(ws, hash_letter, hash_letter)  # the text hash is for the refresh
    ws.freeze_panes = "A2"
    ws.append(_header_row(ws, layout.EVIDENCE_HEADERS, owned=1))
    # set to the last row when the rows are written
    ws.auto_filter.ref = f"A1:{get_column_letter(len(layout.EVIDENCE_HEADERS))}1"


def _text_styles(ws) -> TextStyles:
    """The Evidence cells' formats (text_styles), registered in the workbook's styles: the
    quote prefix first (a refresh finds it as the first such format), then the quote prefix with
    wrapped text, both at the top of the cell, then the top of the cell alone (for numbers)."""
    quoted = WriteOnlyCell(ws, value="")
    quoted.quotePrefix = True
    quoted.alignment = TOP
    wrapped = WriteOnlyCell(ws, value="")
    wrapped.quotePrefix = True
    wrapped.alignment = WRAP
    top = WriteOnlyCell(ws, value=0)
    top.alignment = TOP
    return TextStyles(quoted.style_id, wrapped.style_id, top.style_id)


class _EvidenceSpool:
    """The Evidence rows as XML, made as each document is written and kept deflated in a
    temporary file: the rows of 100,000 documents are some 400 MB of XML, and neither they nor
    the results they come from need to be held at once."""

    def __init__(self, styles: TextStyles) -> None:
        self.styles = styles
        self.deflated = DeflatedSpool()
        self.batch: list[bytes] = []
        self.number = 1  # last row written (row 1 is the header)
        self.total = 0  # evidence rows, including those that did not fit
        self.read = read_sheet.ReadSpool()  # the Read sheet's rows, filled in the same pass

    def add(self, item: Record | Problem, result: DocumentResult | None, extra: Iterable[list[Any]] = ()) -> None:
        if result is None or isinstance(item, Problem):
            return
        for values in (*evidence_rows(item.id, result), *extra):
            self.total += 1
            if self.number - 1 < layout.MAX_EVIDENCE_ROWS:
                self.number += 1
                self.batch.append(evidence_row_xml(self.number, values, self.styles))
        if len(self.batch) >= 1000:
            self._flush()

    def _flush(self) -> None:
        self.deflated.write(b"".join(self.batch))
        self.batch.clear()

    @property
    def last_row(self) -> int:
        """The last row the filter covers (not the "(sheet full)" note)."""
        return self.number

    def rows(self) -> Iterator[bytes]:
        """Every row's XML, in pieces (call once, after the last `add`)."""
        if self.total > self.number - 1:
            self.batch.append(evidence_row_xml(self.number + 1, ["(sheet full)", None, None, f"{self.total - self.number + 1} more "
                                                                 "evidence rows do not fit in one sheet; score fewer documents "
                                                                 "per workbook to see them"], self.styles))
        self._flush()
        yield from self.deflated.pieces()

    def close(self) -> None:
        self.deflated.close()
        self.read.close()


def _fill_evidence(staged: Path, target: Path, spool: _EvidenceSpool) -> None:
    """Copy the workbook openpyxl wrote, with the Evidence rows put into its (header-only)
    Evidence sheet and the sheet's filter stretched over them."""
    with Package.open(staged) as package:
        part = package.sheets[layout.EVIDENCE]
        data = package.read(part)
        end = data.rindex(b"</sheetData>")

        def pieces() -> Iterator[bytes]:
            yield data[:end]
            yield from spool.rows()
            letter = get_column_letter(len(layout.EVIDENCE_HEADERS))
            yield data[end:].replace(f'ref="A1:{letter}1"'.encode(), f'ref="A1:{letter}{spool.last_row}"'.encode(), 1)

        write_package(package.archive, target, {part: pieces, **read_sheet.fill(package, spool.read)}, EVIDENCE_LEVEL)


# The columns xlplugin makes for rows read from files, in this order (the first file of a
# folder may lack some, a web page's author for instance).
FILE_COLUMNS = ("id", "title", "author", "date", "outlet", "url", "file", "text")


def user_headers_of(items: list[Record | Problem], out_dir: Path) -> list[str]:
    headers: dict[str, None] = {}
    page_column = page_text_column(items)
    for item in items:
        for key in _user_columns(item, out_dir, page_column):
            headers.setdefault(str(key), None)
    if items and all(_from_file(item) for item in items):
        return sorted(headers, key=FILE_COLUMNS.index)
    return list(headers)


def _from_file(item: Record | Problem) -> bool:
    """A row read from a file of its own (not from a table): its columns are xlplugin's."""
    if isinstance(item, Problem):
        return not item.columns
    return list(item.columns) == ["file"] and item.text_column == "file"


def build_workbook(items: list[Record | Problem], results: Iterable[DocumentResult | None], settings: Settings,
                   out_dir: Path, user_headers: list[str] | None = None,
                   source_names: Mapping[str, str] | None = None,
                   joined_outlets: Mapping[str, str] | None = None,
                   sites_named: Mapping[str, str] | None = None,
                   not_read: list[tuple[str, str]] | None = None,
                   folders: Sequence[str] | None = None) -> tuple[Workbook, _EvidenceSpool]:
    """The workbook as openpyxl writes it (Evidence with its header only), and the Evidence rows
    to put in when it is saved. `results` (aligned with `items`) is read once, in order.
    `source_names`: each rating's domain or outlet as the user wrote it, by its key (the Sources
    sheet shows them so); `joined_outlets`: the outlets the ratings table says are one
    (`ratings_table.joined_outlets`), one row of the Outlets sheet; `sites_named`: the web sites the
    table gave an outlet's name beside (`ratings_table.sites_named`), written so in the Sources
    sheet, where a refresh reads the joined outlets again. `folders`: the paths given to `score`
    that are folders (recorded for a refresh: `folders_property`); None records nothing."""
    from . import guide_sheets  # (it uses this module's cell helpers)

    if user_headers is None:
        items = one_shape(items)  # (several tables' rows: each part under the column a refresh reads)
    wb = Workbook(write_only=True)
    # (a row not scored for its language shows no kind its words gave: xlplugin.kind_shown)
    # (and a page with no index says which of its own words decided it: kind_shown.in_own_words)
    results = (in_own_words(as_shown(result), getattr(item, "text", None)) if result is not None else None
               for item, result in zip(items, results))
    headers = user_headers if user_headers is not None else user_headers_of(items, out_dir)
    documents = wb.create_sheet(layout.DOCUMENTS)
    spool = _EvidenceSpool(_text_styles(documents))
    indexes: list[float | None] = []
    # Rows that share an id are kept apart in every sheet keyed on it (the id cells stay as typed)
    keyed, id_notes = distinct_ids(items, list(range(2, len(items) + 2)))
    # The Read and Outlets sheets and the copies across rows (xlplugin.workbook.people).
    people = PeopleWriter(wb, keyed, out_dir, spool.read)

    def seen(item: Record | Problem, result: DocumentResult | None, owned: list[Any]) -> None:
        position = len(indexes)
        item = keyed[position]
        indexes.append(result.reliability if result is not None else None)
        if isinstance(item, Problem):  # (its Read row shows why, as its Status does)
            spool.read.reasons[position + 2] = owned_values(None, problem=item.message)[len(layout.SCORE_HEADERS) - 1]
        spool.add(item, result, people.copy_evidence(position, item, result))
        people.add(position, item, result, cells_mark(owned[WHY_AT], owned[STATUS_AT], owned[layout.SCORE_HEADERS.index(KIND_HEADER)]))

    try:
        _documents_sheet(documents, items, results, out_dir, headers, seen, settings.weights, id_notes)
        if len(indexes) != len(items):
            raise ValueError(f"{len(items)} items but {len(indexes)} results")
        guide_sheets.overview_sheet(wb, indexes, settings.weights, not_read)
        people.finish(wb, joined_outlets)
        _evidence_sheet(wb, (str(item.id) for item in keyed))
        guide_sheets.how_to_read_sheet(wb)
        guide_sheets.settings_sheet(wb, settings)
        guide_sheets.sources_sheet(wb, settings, source_names, sites_named)
    except BaseException:
        spool.close()
        _discard(wb)
        raise
    # So that a refresh reads each row as this run did: the text from the same column (it may
    # have no usual name), or from the file named in the same column.
    for name, attribute in ((layout.TEXT_COLUMN_PROPERTY, "text_column"), (layout.PATH_COLUMN_PROPERTY, "path_column")):
        columns = {getattr(item, attribute) for item in items if isinstance(item, Record) and getattr(item, attribute)}
        if len(columns) == 1 and columns <= set(headers):
            wb.custom_doc_props.append(StringProperty(name=name, value=columns.pop()))
    if not_read:  # (pasted30) so that a refresh writes the Overview's files not read again
        wb.custom_doc_props.append(StringProperty(name=layout.NOT_READ_PROPERTY, value=not_read_property(not_read)))
    if folders is not None:  # (hunt39a) so that a refresh lists the unnamed files of these folders only
        wb.custom_doc_props.append(StringProperty(name=layout.FOLDERS_PROPERTY, value=folders_property(folders, out_dir)))
    # the ratings used, so that a refresh after an edit of the Sources sheet can say what changed
    for name, text in sources_used.property_values(settings.ratings, settings.rating_names):
        wb.custom_doc_props.append(StringProperty(name=name, value=text))
    return wb, spool


def folders_property(folders: Sequence[str], out_dir: Path) -> str:
    """(hunt39a) The folders given to `score` as the custom property keeps them: a JSON list of
    each folder's path from the workbook's folder, as the file cells write their files' paths
    ("src"; "" for the workbook's own folder)."""
    written = (_relative(folder, out_dir) for folder in folders)
    return json.dumps(sorted({"" if path == "." else path for path in written}))


def folders_of_property(value: str | None) -> set[str] | None:
    """The folders a workbook's custom property names (`folders_property`); None where it has
    none (a workbook written before session 31) or it cannot be read."""
    try:
        folders = json.loads(value) if value else None
    except ValueError:
        return None
    if not isinstance(folders, list) or not all(isinstance(folder, str) for folder in folders):
        return None
    return set(folders)


def not_read_property(not_read: list[tuple[str, str]]) -> str:
    """The files not read as the custom property keeps them: "name\treason", one a line."""
    return "\n".join(f"{name}\t{reason}" for name, reason in not_read)


def not_read_of_property(value: str | None) -> list[tuple[str, str]]:
    """The files not read a workbook's custom property names (`not_read_property`), or none."""
    pairs = (line.split("\t", 1) for line in (value or "").splitlines() if "\t" in line)
    return [(name, reason) for name, reason in pairs]


def _discard(wb: Workbook) -> None:
    """Finish the write-only sheets of a workbook that will not be saved, so their open row
    writers end quietly now instead of complaining when they are garbage-collected."""
    from openpyxl.utils.exceptions import WorkbookAlreadySaved

    for ws in wb.worksheets:
        try:
            ws.close()
        except (OSError, ValueError, WorkbookAlreadySaved):
            pass  # the sheet was half written or already closed; it is thrown away in any case


# (book20) The Evidence sheet prints whole up to this many rows (about 15 pages); a longer one
# prints its header row alone, with a line under it saying how to print some of it: 200 articles
# gave 6,548 rows, 394 of a workbook's 459 printed pages, a ream for a teacher who pressed Print.
EVIDENCE_PRINTED_ROWS = 250
EVIDENCE_NOT_PRINTED = ("This sheet has {rows:,} rows (about {pages:,} pages), so only its header row prints. To print "
                        "some of it, filter it by Document id, select those rows and print the selection.")
# Evidence rows a landscape page holds, about (200 articles: 6,548 rows on 394 pages)
EVIDENCE_ROWS_A_PAGE = 17


def evidence_print(ws: Any, rows: int) -> None:
    """The Evidence sheet's print area and footer for `rows` rows of evidence
    (`EVIDENCE_PRINTED_ROWS`); the text hash never prints."""
    if rows <= EVIDENCE_PRINTED_ROWS:
        return
    ws.print_area = f"A1:{get_column_letter(len(layout.EVIDENCE_HEADERS) - 1)}1"
    note = EVIDENCE_NOT_PRINTED.format(rows=rows, pages=math.ceil(rows / EVIDENCE_ROWS_A_PAGE))
    ws.oddFooter.left.text = note
    ws.oddFooter.left.size = 9


def _save(wb: Workbook, spool: _EvidenceSpool, temporary: Path) -> None:
    """Save through openpyxl beside the target, then add the Evidence rows into the final file."""
    staged = temporary.with_name(temporary.name + ".openpyxl")
    try:
        if layout.EVIDENCE in wb.sheetnames:
            evidence_print(wb[layout.EVIDENCE], spool.last_row - 1)
        wb.save(staged)
        _fill_evidence(staged, temporary, spool)
    except BaseException:
        _discard(wb)
        raise
    finally:
        staged.unlink(missing_ok=True)
        spool.close()


def write_scored_workbook(path: Path, items: list[Record | Problem], results: Iterable[DocumentResult | None],
                          settings: Settings, *, source_workbook: Path | None = None,
                          source_names: Mapping[str, str] | None = None,
                          joined_outlets: Mapping[str, str] | None = None,
                          sites_named: Mapping[str, str] | None = None,
                          not_read: list[tuple[str, str]] | None = None,
                          folders: Sequence[str] | None = None) -> None:
    """Write a scored workbook: one row per item (a Problem row says why it was not scored).

    `items` and `results` are aligned (None for a Problem); `results` may be a stream (for
    instance straight from `score_many`): it is read once, as the rows are written, and no
    document's evidence is kept after its rows are out. The file is written to a temporary
    file beside `path` and moved over it when complete. When the documents came from a workbook,
    a new workbook is written with the user's columns first; to keep everything else of an
    existing scored workbook, use `refresh_workbook` instead. `source_names`, `joined_outlets`, `sites_named`: see
    `build_workbook`. `not_read`: the files of the folders given that were not read, each (name,
    reason), listed on the Overview (pasted30). `folders`: the paths given that are folders
    (hunt39a: a refresh lists the files no row names of these only).
    """
    path = Path(path)
    if hasattr(results, "__len__") and len(items) != len(results):  # type: ignore[arg-type]
        raise ValueError(f"{len(items)} items but {len(results)} results")  # type: ignore[arg-type]
    if path.suffix.lower() != ".xlsx":
        # (guard21) never a plain workbook under an .xlsm name: Excel refuses to open such a file
        raise WorkbookError(f"{path}: the output must be an .xlsx file (a scored workbook has no macros; save it as "
                            ".xlsm in Excel to add them)")
    if source_workbook is not None and path.exists() and path.resolve() == Path(source_workbook).resolve():
        raise WorkbookError(
            f"{path} is the workbook the documents came from; writing a new workbook over it would lose "
            "its formatting and other sheets. Use  xlplugin refresh  on a scored workbook, or another output name."
        )
    out_dir = (path.parent if str(path.parent) else Path(".")).resolve()
    check_writable(path, SCORE_OPTION)  # before the results are consumed
    wb, spool = build_workbook(items, results, settings, out_dir, source_names=source_names, joined_outlets=joined_outlets,
                              sites_named=sites_named, not_read=not_read, folders=folders)
    atomic_write(path, lambda temporary: _save(wb, spool, temporary), SCORE_OPTION)


def write_template(path: Path, settings: Settings | None = None) -> None:
    """A blank workbook a user can fill in (one document per row) and then refresh to score."""
    path = Path(path)
    wb, spool = build_workbook([], [], settings or Settings(), Path("."), user_headers=list(TEMPLATE_COLUMNS))
    atomic_write(path, lambda temporary: _save(wb, spool, temporary), SCORE_OPTION)
