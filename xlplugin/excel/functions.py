"""The Excel functions as plain Python: what XLP_RELIABILITY, XLP_SCORES and the others compute.

Both Excel paths call these and nothing else: the classic xlwings UDFs (`xlplugin.excel.udfs`,
desktop Excel on Windows) and the xlwings Lite functions (`workbooks/lite/main.py`, Excel on the
web and on Mac). Cell values are turned into text, and results into cell values, by
`xlplugin.cells`, the same conversion the headless workbook writer uses, so the three paths
cannot drift apart.

Shapes: the `text` argument is what xlwings hands a function: a single value (str, float, bool,
None) or a range as a list of lists (None for a blank cell, float for a number). The result has
the same shape: a value for a value (or a 1x1 range), a column for a column. A whole range is
scored in ONE call to `engine.score_many`, so 5,000 rows are one batch, not 5,000 calls; identical
texts in a range are scored once.

Cell rules: a blank cell gives a blank cell (""); a number, TRUE/FALSE, a date, an error value
(#N/A ...) or text that cannot be scored (not English, too short) gives a short message in words,
never a traceback and never a bare #VALUE!. The title, url, outlet, author and published arguments
(one cell, or one per text) are read as `xlplugin score` reads the same cells of a workbook row,
so a row's cells give the CLI's numbers; a date in `url`, `outlet` or `author` gives that row a
message naming the argument ("outlet: not text: a date") instead of a score made without it.
(inputs48) An error value (#N/A), TRUE/FALSE, or in `published` a number that is no date serial,
names none, as `xlplugin score` counts the same cell: not counted, the text scored, and XLP_SCORES'
Status says so ("title: 'TRUE' is not a title (not counted)"); the functions refused the row. (hunt45) A date in `title` (a date cell: its serial 45292 from xlwings Lite, a date
from the desktop), and a title that is its own row's text word for word, are no title: not counted,
said in the Status, the text scored. (hunt38b) A number reads as text in `title` (2024); in `url`, `outlet` or `author`
it names nothing: not counted, said in the Status ("author: '2024' is not an author (not counted)"),
and the text is still scored, as `xlplugin score` reads the same cell. A
placeholder that names nothing in the title, url, outlet, author or published (NA, N/A, NULL, None,
"-", unknown, 0: `cells.given_meta`), and a published that is no date ("soon"), counts as none, as
`xlplugin score` counts it, so the numbers agree, and XLP_SCORES' Status says so ("outlet: 'NA' is
not an outlet (not counted)"), as a CSV row's Status does; a url that is other text but not a web address ("see below") is ignored by the scorers,
as in `xlplugin score`. (hunt26b) A text cell holding a web page (read as a web page is) gives
its own title, url, outlet, author and date to each of those arguments whose cell is blank,
as a workbook row's blank cells of those columns take them; (hunt38b) an argument left out takes the
page's own too, as `xlplugin score` adds those columns to a sheet that has none. An argument that cannot be used at all (an unknown signal name, a title range
of the wrong size) gives one message for the whole result.

Settings: every function scores with the default weights and the built-in Lin et al. 2023 source
ratings. It does not read the workbook's Settings or Sources sheets, and no worksheet argument
takes weights or ratings (Python callers may pass `settings=`): on a row whose weights or ratings
were changed there, the formula's index differs from the one `xlplugin refresh` writes.

Shapes of the other arguments (udf43): one cell goes with every text (as Excel pairs =B2:B100*C2); a
range goes cell by cell with a text range of the same rows and columns; any other range (a shorter
column, a row beside a column, a block beside a column) gives one message naming both shapes, never
cells paired with other rows' texts; the text range given again as one of them is refused too.

Blind spots: a 2-D range of several columns is scored cell by cell in reading order (row by
row); XLP_SCORES then gives one row of scores per cell.
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from typing import Any, Callable

from .. import cells, registry, repeat_notes
from ..engine import DocumentInput, engine_version, mark_repeated, score_many
from ..cell_html import holds_html, read_html_cell
from ..inputs import FILE_NAME_IN_TEXT, TEXT_COLUMN_NAMES, find_column, looks_like_file_name, shown_text
from ..kind_shown import as_shown, kind_label
from ..links import is_web_address
from ..mojibake import repair_note
from ..settings import Settings
from ..types import DocumentResult, SignalInfo

__all__ = [
    "BLANK",
    "signal_aliases",
    "SIGNAL_DOC",
    "signal_functions",
    "excel_signals",
    "reliability",
    "signal",
    "kind",
    "scores",
    "score_headers",
    "evidence",
    "version",
    "guarded",
    "desktop_cells",
]

# What a blank result cell holds. Not None: desktop Excel shows an empty COM value returned by a
# formula as 0, which would read as a real score of 0.
BLANK = ""


def signal_aliases() -> dict[str, str]:
    """Every name a user may type for a signal in XLP_EVIDENCE(text, "loaded"): the registry
    names and each signal's declared aliases (and "kind", the document kind's cues: not a signal,
    but shown the same way)."""
    aliases = {}
    for info in registry.infos():
        aliases[info.name] = info.name
        aliases.update((alias, info.name) for alias in info.aliases)
    aliases["kind"] = "kind"
    # (and the Evidence sheet's name for it, "Reading grade": a Signal cell typed or pointed at)
    aliases.update((_signal_key(shown), name) for name, shown in cells.evidence_signal_names().items())
    return aliases


def excel_signals() -> tuple[SignalInfo, ...]:
    """The signals that declare an Excel function of their own (XLP_SENTIMENT ...), in order."""
    return tuple(info for info in registry.infos() if info.excel_name)


def _short_name(info: SignalInfo) -> str:
    """The name a person types: the Excel name without XLP_ ("loaded"), else the registry name."""
    return info.excel_name[len("XLP_"):].lower() if info.excel_name else info.name


# The help Excel shows for XLP_EVIDENCE's signal argument: 'The signal: "sentiment", "loaded", ...'.
SIGNAL_DOC = "The signal: " + ", ".join(f'"{_short_name(info)}"' for info in excel_signals()) + "."

# In Pyodide (xlwings Lite) there are no processes to fan out to: score in this one.
_SINGLE_PROCESS = sys.platform == "emscripten"

# Turns one document's result into the value of its cell.
Render = Callable[[DocumentResult], Any]


# The whole result for a text argument that is a range of no cells.
EMPTY_RANGE = "the text range is empty (no cells): give the cell or the range of cells that holds the texts"


class _ArgumentProblem(Exception):
    """An argument that cannot be used at all; its message becomes the whole result."""


class _Grid:
    """The cells of the `text` argument in reading order, and how to give a result its shape."""

    def __init__(self, value: Any):
        if isinstance(value, (list, tuple)):
            if value and all(isinstance(row, (list, tuple)) for row in value):
                self.kind = "2d"
                width = max(len(row) for row in value)
                self.rows = [list(row) + [None] * (width - len(row)) for row in value]
                self.cells = [cell for row in self.rows for cell in row]
            else:
                self.kind = "1d"
                self.cells = list(value)
        else:
            self.kind = "value"
            self.cells = [value]

    def dims(self) -> tuple[int, int]:
        """(rows, columns): a single value is 1 by 1, a Python list one column."""
        if self.kind == "2d":
            return len(self.rows), len(self.rows[0])
        return len(self.cells), 1

    def shape(self, values: list[Any]) -> Any:
        """`values` (one per cell) laid out like the argument; a 1x1 range gives a plain value."""
        if self.kind == "value" or (self.kind == "2d" and len(self.cells) == 1):
            return values[0]
        if self.kind == "1d":
            return values
        width = len(self.rows[0])
        return [values[i : i + width] for i in range(0, len(values), width)]


# The arguments that say what a document is, after `text`, in the order every function takes them.
META_NAMES = ("title", "url", "outlet", "author", "published")

# One title/url/outlet/author/published cell as read: (text, message, note). A message stands
# for the row's score (the argument cannot be used); a note goes with the score (what was not
# counted).
_MetaCell = tuple[str, str | None, str]


def _meta_text(value: Any, name: str) -> _MetaCell:
    """One title/url/outlet/author/published cell as (text, None, ""), or ("", message, "") for
    a value that cannot be that argument: a date where no date is meant; or ("", None, note) for a
    value that names nothing: a placeholder (NA, n/a, unknown, "-", 0), an error value (#N/A) or
    TRUE/FALSE (inputs48) in any of them, a number in a url, outlet or author (hunt38b), or a `published`
    that is no date ("soon", 3.5), counted as none as `xlplugin score` counts it (`cells.given_meta`, the rule of
    every input), so the numbers agree, and said in the row's Status (XLP_SCORES) as a CSV row's
    Status says it: "outlet: 'NA' is not an outlet (not counted)". Values are read as the
    workbook reads the same cell (`cells.cell_display`: 2024.0 -> "2024", a date cell ->
    2024-01-31), so a row's cells give the numbers `xlplugin score` gives."""
    if value is None:
        return "", None, ""
    if isinstance(value, str) and cells.is_error_value(value.strip()):
        # (inputs48) an error value (#N/A, "#NV", LibreOffice's "Err:502") in any of them names none:
        # not counted, said, the text scored, as `xlplugin score` counts the same workbook cell
        # (`cells.given_meta`); a function refused the row, the CLI scored it: one row, two answers
        return _counted(name, cells.given_meta("date" if name == "published" else name, value))
    if name == "published":
        # (as `xlplugin score` reads a date column: a date cell, a date as text, a year, a date
        # serial. Anything else, text ("n/a", "soon"), a number that is no date serial or TRUE/FALSE,
        # names none: not counted, and the note says so; inputs48: the last two refused the row)
        return _counted(name, cells.given_date(value, serials=True))  # (a date cell reaches a function as its serial)
    if isinstance(value, bool):
        # (inputs48) TRUE/FALSE names no title, outlet, author or url: none, said, as `xlplugin score` reads it
        return _counted(name, cells.given_meta(name, value))
    if name == "title" and (why := cells.title_date(value)):
        # (hunt45) a date cell as a title: its serial from xlwings Lite (45292), a date from the desktop
        return _counted(name, ("", why))
    if isinstance(value, (int, float)):
        # (hunt38b) a number in a title reads as text (2024); in a url, outlet or author it names
        # nothing and is not counted, said in the Status, as `xlplugin score` counts that cell: the
        # text is still scored (a row refused for an author cell holding 2024 was one row lost)
        return _counted(name, cells.given_meta(name, value))  # (0: what a formula shows for an empty cell: none)
    if isinstance(value, str):
        stripped = value.strip()
        read = _counted(name, cells.given_meta(name, stripped))
        if name == "url" and read[0] and not read[2] and not is_web_address(read[0]):
            return read[0], None, URL_WORDS_NOTE.format(shown=read[0][:40])
        return read
    text, message = cells.cell_to_text(value)
    if message:
        return "", f"{name}: {message}", ""
    return (text or "").strip(), None, ""


# (links26) A url argument that is words, not a web address: most often a cell that shows words and
# links to the page, which a formula is given as its words (xlwings passes no links). Ignored by
# the scorers, as `xlplugin score` ignores such a cell with no link; said, since the workbook reads
# the same cell's link and its index differs.
URL_WORDS_NOTE = ("url: {shown!r} is not a web address (not counted; a cell that shows words and links to the page "
                  "gives a formula its words, not its link: give the address itself)")


def _counted(name: str, read: tuple[str, str | None]) -> _MetaCell:
    """A value read by `cells.given_meta` or `cells.given_date` as (text, None, note)."""
    text, why = read
    return text, None, (f"{name}: {why} (not counted)" if why else "")


def _ranged(dims: tuple[int, int]) -> str:
    rows, columns = dims
    return f"{rows} row{'' if rows == 1 else 's'} by {columns} column{'' if columns == 1 else 's'}"


def _meta(value: Any, text: _Grid, name: str) -> list[_MetaCell]:
    """One (text, message, note) per text cell for one of META_NAMES: a single value applies to every cell."""
    count = len(text.cells)
    if value is None:
        return [("", None, "")] * count
    grid = _Grid(value)
    if grid.cells == text.cells and any(isinstance(cell, str) and cell.strip() for cell in grid.cells):
        # (udf43) the text range given twice (=XLP_RELIABILITY(B2:B100,B2:B100)): each text read as its
        # own title (or outlet ...) moved its index (5.7 -> 4.3) with no word said
        raise _ArgumentProblem(f"{name} is the same cells as text: give the cells that hold each text's {name}, "
                               f"or leave {name} out")
    if len(grid.cells) == 1:
        return [_meta_text(grid.cells[0], name)] * count
    if len(grid.cells) != count:
        raise _ArgumentProblem(
            f"{name} has {len(grid.cells)} cells but text has {count}: give one {name} or one per text"
        )
    # (fresh39) Cells are paired in reading order, so a range of another shape with as many cells gave
    # its cells to other texts: titles C2:C5 for the texts A2:B3 put C3's title (row 3's) on B2's text,
    # row 2's. (udf43) One rule, Excel's own for two ranges side by side (=B2:B4&C2:C4): one cell
    # goes with every text, else a range of the same rows and columns, cell by cell. A row of outlets
    # for a column of texts was paired in order too; Excel pairs no row with a column (=B2:B4&C1:E1
    # gives a grid), and a row laid across a column is most often a wrong reference: refused.
    if grid.dims() != text.dims():
        turn = " (TRANSPOSE(...) turns a row into a column)" if grid.dims() == text.dims()[::-1] else ""
        raise _ArgumentProblem(
            f"{name} is {_ranged(grid.dims())} but text is {_ranged(text.dims())}: give one {name} per text, "
            f"in a range of the same shape{turn}"
        )
    return [_meta_text(cell, name) for cell in grid.cells]


_YES = ("true", "yes", "y", "1", "header", "headers", "wahr", "vrai")
_NO = ("", "false", "no", "n", "0", "falsch", "faux")
HEADER_ORDER = ("XLP_SCORES takes (text, header, title, url, outlet, author, published): "
                "the title comes third, after header")


def _flag(value: Any) -> bool:
    """TRUE/FALSE as a user may type it: TRUE, 1, "yes", "header"; blank, 0, "no" are FALSE.
    Anything else (a title, a web address, a date, 2) is refused rather than read as FALSE: it is
    most often a formula typed with another function's argument order (title second), which
    would shift every later argument silently (calls21)."""
    if isinstance(value, (list, tuple)):
        found = _Grid(value).cells if value else [None]
        if len(found) > 1:  # (a column of titles in its place, most often: never its first cell read alone)
            raise _ArgumentProblem(f"header: give TRUE or FALSE, not a range of {len(found)} cells. {HEADER_ORDER}")
        value = found[0]
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, str) and cells.is_error_value(value.strip()):
        # (udf43) a header cell whose formula failed: neither TRUE nor FALSE, and said as such
        raise _ArgumentProblem(f"header: error value {value.strip()} in the cell (a formula that failed): "
                               f"give TRUE or FALSE")
    if isinstance(value, (int, float)) and value in (0, 1):
        return value == 1
    if isinstance(value, str) and value.strip().lower() in _YES + _NO:
        return value.strip().lower() in _YES
    shown = value if isinstance(value, (int, float, str)) else str(value)
    raise _ArgumentProblem(f"header: give TRUE or FALSE, not {str(shown)[:40]!r}. {HEADER_ORDER}")


def _score_inputs(inputs: list[DocumentInput], settings: Settings, workers: int | None) -> list[DocumentResult | str]:
    """Score every input in one batch; if the batch fails, score one by one so that a single
    bad document gives one message instead of blanking the whole column."""
    if _SINGLE_PROCESS:
        workers = 1
    try:
        # the kind as the workbook shows it (kind_shown: a row not scored for its language has none)
        # (repeated=False: the paragraphs were marked over every cell, duplicates included: _outcomes)
        return list(map(as_shown, score_many(inputs, settings=settings, workers=workers, repeated=False)))
    # A formula must never show a traceback: whatever a scorer raises becomes a cell message.
    except Exception:  # noqa: BLE001 - the adapter boundary; reported per cell below
        outcomes: list[DocumentResult | str] = []
        for item in inputs:
            try:
                outcomes.extend(map(as_shown, score_many([item], settings=settings, workers=1, repeated=False)))
            except Exception as exc:  # noqa: BLE001 - same boundary, one document
                outcomes.append(f"could not score: {type(exc).__name__}: {exc}"[:250])
        return outcomes


# The rows of a worksheet: a whole-column reference (B:B) hands a function this many cells.
SHEET_ROWS = 1_048_576


def _row_blank(row: Any) -> bool:
    return all(cell is None for cell in row) if isinstance(row, (list, tuple)) else row is None


def _whole_column_trimmed(text: Any, meta: tuple[Any, ...]) -> tuple[Any, tuple[Any, ...]]:
    """(hunt44) `text` without the blank rows after its last text, where it is a whole column (B:B,
    SHEET_ROWS rows), and each of `meta` of as many rows cut as it is. =XLP_SCORES(B:B, TRUE) gave
    the header and one row per cell, 1,048,577 rows, which no sheet holds: Excel showed #SPILL! and
    no score at all. A blank cell's result is blank whatever its row's other cells hold, so the rows
    cut were blank ones; every other row's result is the same. A column of no text keeps its first row.
    (The one-value functions keep B:B's shape, as =B:B*2 does: entered in row 1, it fits.)"""
    if not isinstance(text, (list, tuple)) or len(text) != SHEET_ROWS:
        return text, meta
    end = len(text)
    while end > 1 and _row_blank(text[end - 1]):
        end -= 1
    if end == len(text):
        return text, meta
    cut = tuple(value[:end] if isinstance(value, (list, tuple)) and len(value) == SHEET_ROWS else value for value in meta)
    return text[:end], cut


def _outcomes(
    text: Any, meta: tuple[Any, ...], settings: Settings | None, workers: int | None
) -> tuple[_Grid, list[DocumentResult | str | None]]:
    """Per cell of `text`: a result, a message (str) or None for a blank cell. `meta` holds the
    title, url, outlet, author and published arguments (META_NAMES), each None when not given."""
    grid = _Grid(text)
    if not grid.cells:  # ([[]] or []: a range of no cells, which has no shape to give a result)
        raise _ArgumentProblem(EMPTY_RANGE)
    count = len(grid.cells)
    columns = [_meta(value, grid, name) for name, value in zip(META_NAMES, meta)]
    settings = settings or Settings()
    outcomes: list[Any] = [None] * count
    cells_read: list[tuple[int, DocumentInput]] = []  # (cell, its document), every cell to score
    read_notes: list[str] = [""] * count
    for i, cell in enumerate(grid.cells):
        if cell is None:  # (udf43) a blank cell stays blank, whatever its row's title: B:B's million are quick
            continue
        doc_text, message = cells.cell_to_text(cell)
        if doc_text and looks_like_file_name(doc_text):  # (said as `score` says it of a text cell)
            doc_text, message = None, FILE_NAME_IN_TEXT
        elif doc_text and cells.cut_to_fit(doc_text.strip()):  # (hunt26b) never the cut part scored as the document
            doc_text, message = None, CUT_TEXT_IN_CELL
        # as every input reads a text (inputs.shown_text): line ends first, then control characters,
        # so that a cell's "\r\x0c" reads as a CSV's or a file's does (two line ends)
        shown = doc_text and shown_text(doc_text)
        # (hunt26b) characters garbled by a wrong encoding, read as meant: said, as a table row's Status says it
        repaired = repair_note(doc_text) if shown and shown != doc_text else ""
        doc_text = shown
        read = read_html_cell(doc_text) if doc_text and holds_html(doc_text) else None  # (read as a web page is)
        doc_text, note = (read.text, read.note) if read else (doc_text, "")
        doc_text, marks_note = read_sheet_text(doc_text) if doc_text and not read else (doc_text, "")
        note = "; ".join(n for n in (repaired, note, marks_note) if n)
        problems = [column[i][1] for column in columns if column[i][1]]
        if doc_text is None or problems:
            # a blank text stays blank; a bad text, title, url ... says so instead of a score
            outcomes[i] = message if doc_text is None else "; ".join(problems)
            continue
        title, url, outlet, author, published = (column[i][0] for column in columns)
        own_title = ""
        if title and cells.same_as_text(title, doc_text if read else shown or ""):
            # (hunt45) a title cell that copies its row's text (=B5): no title, and said
            title, own_title = "", f"title: {cells.TITLE_IS_TEXT_WHY} (not counted)"
        if read:
            title, url, outlet, author, published = _page_fields(read.fields, (title, url, outlet, author, published))
        # (fresh39) an outlet that is a page's web address: its url, no outlet, as `xlplugin score` reads the cell
        outlet, url, moved = cells.outlet_address(outlet, url)
        cells_read.append((i, DocumentInput(doc_text, "", title, url, outlet, author=author, date=published, note=note)))
        read_notes[i] = "; ".join([column[i][2] for column in columns if column[i][2]] + ([own_title] if own_title else [])
                                  + ([f"outlet: {moved}"] if moved else []))
    # (hunt23b) The paragraphs that recur across one outlet's documents are marked over every
    # cell, a repeated cell counted as often as it is there, as `xlplugin score` counts the rows
    # of a sheet; only then are identical documents scored once. Marking the distinct documents
    # alone gave a column with a row copied twice other numbers than the workbook's.
    marked = mark_repeated([doc for _i, doc in cells_read])
    index: dict[DocumentInput, int] = {}  # identical documents (furniture included) are scored once
    inputs: list[DocumentInput] = []
    slots: list[int] = [-1] * count
    for (i, _doc), doc in zip(cells_read, marked):
        if doc not in index:
            index[doc] = len(inputs)
            inputs.append(replace(doc, id=str(len(inputs) + 1)))
        slots[i] = index[doc]
    if inputs:
        results = _score_inputs(inputs, settings, workers)
        for i, slot in enumerate(slots):
            if slot >= 0:
                outcomes[i] = _with_note(results[slot], read_notes[i])
    return grid, outcomes


# (hunt26b) A cell holding a web page gives its own title, url, outlet, author and date. A workbook
# row takes each into its blank cell of that column, where the sheet has the column
# (`inputs._html_cell_read`); a function took none, so =XLP_RELIABILITY(A2, B2, C2, D2, E2) with
# B2:E2 blank scored the page as having no author or outlet (provenance 49, index 91.5, where the
# workbook's row gave 74 and 95.7). (hunt38b) An argument left out takes the page's own too: `xlplugin
# score` now adds a column for each field of the page a sheet has none for, as an .html file's row
# has them, so a sheet's text column alone gives the page's byline and date to both.
_PAGE_FIELD = {"title": "title", "url": "url", "outlet": "outlet", "author": "author", "date": "published"}


def _page_fields(fields: dict[str, str], values: tuple[str, ...]) -> tuple[str, ...]:
    """The title, url, outlet, author and published of a cell read as a web page: each argument
    left out, or whose cell gives none (blank, or a placeholder not counted), takes the page's own
    (`fields`, `cell_html.read_html_cell`), as a workbook row's blank cells take them."""
    read = dict(zip(META_NAMES, values))
    for key, value in fields.items():
        name = _PAGE_FIELD.get(key)
        if name and not read[name]:
            read[name] = value
    return tuple(read[name] for name in META_NAMES)


# (hunt26b) A text cell of a workbook xlplugin wrote, cut to fit the cell (a document longer than
# Excel's 32,767 characters): a formula pointed at it scored the cut part, a confident index other
# than the one the workbook's row holds for the whole document.
CUT_TEXT_IN_CELL = ("a text cut to fit its cell (it ends \"[... cut: N more characters not shown ...]\"), "
                    "not the whole document: the workbook's row holds the score of the whole text")


# (excel32) A cell of a scored workbook's Read sheet, the only copy of the text where the Documents
# sheet has no text column (a folder of .txt files scored): its text carries the orange mark
# `read_sheet.MARK` ("\u25b2 ") before every check-worthy sentence with no source. Scored with
# the marks, "\u25b2 Experts say ..." was no longer a sentence opening with its cue, and 07_rumour
# gave 44.0 where its row says 26.1. A mark is where the Read sheet puts one: at the start of a
# line, or after a space that follows a sentence's end ("\u25b2 " inside a sentence, "Dow \u25b2 120",
# is the text's own and kept). A text longer than about twelve lines takes several Read rows, the
# ones below saying "(continued)"; each row's cell is a part of it, and a cell alone gives a part's
# score: the note says so.
READ_MARK = "\u25b2 "
_READ_MARK_RE = re.compile(r"(?:^|(?<=[.!?:;\"'\u201d\u2019)\]] ))\u25b2 (?=\S)", re.MULTILINE)
READ_MARKS_NOTE = ("read as a Read sheet cell: {what} left out (the sheet's, not the text's); "
                   "a text the Read sheet goes on with in \"(continued)\" rows is only this cell's part here: "
                   "join its rows (TEXTJOIN(CHAR(10),TRUE,Read!F5:F7)) for the row's own score")
# The reason a row has no index, which the Read sheet writes in brackets on the first line of its
# text cell (`read_sheet.reason_runs`: "[no index: ...]", "[not scored: ...]"), with a line end.
_READ_REASON_RE = re.compile(r"\A\[(?:no index|not scored):[^\n]*\]\n")


def read_sheet_text(text: str) -> tuple[str, str]:
    """(excel32) `text` without the Read sheet's marks (`READ_MARK`) and its reason line (a row
    with no index), and a note saying so, where every mark it holds is where the Read sheet puts
    one; else `text` as it is and ""."""
    reason = _READ_REASON_RE.match(text)
    body = text[reason.end():] if reason else text
    total = body.count(READ_MARK)
    found = len(_READ_MARK_RE.findall(body)) if total else 0
    if found != total:  # (a mark inside a sentence: the text's own sign, not the Read sheet's flag)
        return text, ""
    if not found and not reason:
        return text, ""
    what = [f"its {found} \u25b2 mark{'' if found == 1 else 's'}"] if found else []
    what += ["the reason in brackets on its first line"] if reason else []
    return _READ_MARK_RE.sub("", body), READ_MARKS_NOTE.format(what=" and ".join(what))


def _with_note(outcome: DocumentResult | str, note: str) -> DocumentResult | str:
    """A result with `note` (the placeholders of its row not counted) after its own note."""
    if not note or isinstance(outcome, str):
        return outcome
    return replace(outcome, note="; ".join(n for n in (outcome.note, note) if n))


def _cell(value: Any) -> Any:
    """A Python value as one cell: None becomes blank, text is made safe for a cell."""
    if value is None:
        return BLANK
    if isinstance(value, str):
        return cells.safe_text(value)
    return value


def _per_cell(text: Any, meta: tuple[Any, ...], settings: Settings | None, workers: int | None, render: Render) -> Any:
    try:
        grid, outcomes = _outcomes(text, meta, settings, workers)
    except _ArgumentProblem as problem:
        return str(problem)
    values = []
    for outcome in outcomes:
        if outcome is None:
            values.append(BLANK)
        elif isinstance(outcome, str):
            values.append(_cell(outcome))
        else:
            values.append(_cell(render(outcome)))
    return grid.shape(values)


def _render_reliability(result: DocumentResult) -> Any:
    if result.reliability is None:
        return cells.short_note(result.note) or "not scored"  # (languages and settings in words, as the workbook says them)
    return result.reliability


def _render_signal(name: str) -> Render:
    def render(result: DocumentResult) -> Any:
        sig = result.signals.get(name)
        if sig is None:
            return f"not scored: no {name} signal"
        if sig.value is None:
            return cells.short_note(sig.note) or "not scored"
        return sig.value

    return render


def reliability(text: Any, title: Any = None, url: Any = None, outlet: Any = None, author: Any = None,
                published: Any = None, *, settings: Settings | None = None, workers: int | None = None) -> Any:
    """Reliability index 0-100 (higher = more reliable), per text cell, with `settings` (default:
    the default weights and the built-in source ratings; a workbook's Settings and Sources sheets
    are not read)."""
    return _per_cell(text, (title, url, outlet, author, published), settings, workers, _render_reliability)


def signal(name: str, text: Any, title: Any = None, url: Any = None, outlet: Any = None, author: Any = None,
           published: Any = None, *, settings: Settings | None = None, workers: int | None = None) -> Any:
    """One signal's native value (in its own unit), per text cell."""
    aliases = signal_aliases()
    key = aliases.get(name)
    if key is None:
        raise KeyError(f"unknown signal {name!r}; signals are: {', '.join(aliases)}")
    return _per_cell(text, (title, url, outlet, author, published), settings, workers, _render_signal(key))


def _signal_function(info: SignalInfo) -> Callable[..., Any]:
    def function(text: Any, title: Any = None, url: Any = None, outlet: Any = None, author: Any = None,
                 published: Any = None, **options: Any) -> Any:
        return signal(info.name, text, title, url, outlet, author, published, **options)

    function.__name__ = function.__qualname__ = _short_name(info)
    function.__doc__ = info.excel[1]
    return function


def signal_functions() -> dict[str, Callable[..., Any]]:
    """{Excel name: the function behind it} for every signal with an Excel function
    (`SignalInfo.excel`): XLP_SENTIMENT, XLP_LOADED, ... Each takes (text, title, url, outlet, author, published)
    and gives the signal's native value per text cell. The desktop UDFs and the Lite functions
    are made from this, so a new signal needs no line in either."""
    return {info.excel_name: _signal_function(info) for info in excel_signals()}


def __getattr__(name: str) -> Any:
    # functions.sentiment, functions.loaded, ...: each signal's function under its short name
    for info in excel_signals():
        if _short_name(info) == name:
            return _signal_function(info)
    if name == "SIGNAL_ALIASES":  # the older name of signal_aliases()
        return signal_aliases()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _render_kind(result: DocumentResult) -> Any:
    # As the workbook's Kind cell says it ("news report (no cue)"; hunt51: "not scored", "not decided
    # (no index: 3 words)" where it has none: a blank read as a kind unknown)
    return kind_label(result)


def kind(text: Any, title: Any = None, url: Any = None, outlet: Any = None, author: Any = None,
         published: Any = None, *, settings: Settings | None = None, workers: int | None = None) -> Any:
    """The document kind (news report, opinion or analysis, press release, forum or social post,
    wire or syndicated copy, not an article), per text cell. XLP_EVIDENCE(text, "kind") gives
    the cues that decided it."""
    return _per_cell(text, (title, url, outlet, author, published), settings, workers, _render_kind)


def score_headers() -> list[str]:
    """The header row XLP_SCORES(text, TRUE) puts above the scores."""
    return list(cells.score_columns())


# (fresh39) XLP_SCORES gives one row of scores per text, down. Over a text range of several columns
# (A2:B3, or a row B2:D2) the rows went down in reading order: the scores of B2 stood in row 3, beside
# A3's text, and every later row one place further down; a confident index beside another document.
SCORES_ONE_COLUMN = ("XLP_SCORES takes one column of texts (one row of scores each): this range has {columns} "
                     "columns, and the scores of the others would stand beside other rows' texts. "
                     "Use one XLP_SCORES per column")


def _one_column(grid: _Grid) -> None:
    """Refuse a text range of more than one column (`SCORES_ONE_COLUMN`, under desktop Excel's 255
    characters); a single cell, a column and a Python list pass."""
    if grid.kind != "2d" or len(grid.cells) <= 1:
        return
    columns = len(grid.rows[0])
    if columns > 1:
        raise _ArgumentProblem(SCORES_ONE_COLUMN.format(columns=columns))


def _named_column(text: Any) -> bool:
    """(fresh39) Whether a column of texts (more than one cell) opens with the text column's name
    ("Text", "Article", "Body"): =XLP_SCORES(A1:A500, TRUE) over the column with its header cell.
    The header row stood above the header cell's own row of "too short", so every text's scores
    stood one row below it, beside the next text; the header row now takes the name's place."""
    if not isinstance(text, (list, tuple)) or len(text) < 2:
        return False
    first = text[0][0] if isinstance(text[0], (list, tuple)) and len(text[0]) == 1 else text[0]
    return isinstance(first, str) and find_column([first.strip()], TEXT_COLUMN_NAMES) is not None


def scores(text: Any, header: Any = False, title: Any = None, url: Any = None, outlet: Any = None,
           author: Any = None, published: Any = None, *,
           settings: Settings | None = None, workers: int | None = None) -> list[list[Any]]:
    """Every score of each text as one row (index, each signal's value, kind, why, status); with
    `header` true, the column names first. Always a 2-D list: it spills right (and down)."""
    width = len(cells.score_columns())
    try:
        head = [score_headers()] if _flag(header) else []
    except _ArgumentProblem as problem:  # never a score under a header argument we cannot read
        return [[str(problem)] + [BLANK] * (width - 1)]
    text, (title, url, outlet, author, published) = _whole_column_trimmed(text, (title, url, outlet, author, published))
    named = bool(head) and _named_column(text)
    if named:  # (the text column's own name: the header row takes its place, beside it)
        text = [[None]] + [list(row) for row in text[1:]] if isinstance(text[0], (list, tuple)) else [None] + list(text[1:])
    try:
        _one_column(_Grid(text))
        _grid, outcomes = _outcomes(text, (title, url, outlet, author, published), settings, workers)
    except _ArgumentProblem as problem:
        return head + [[str(problem)] + [BLANK] * (width - 1)]
    outcomes = outcomes[1:] if named else outcomes
    rows = []
    kind_at = cells.score_columns().index(cells.KIND_HEADER)
    for outcome in outcomes:
        if outcome is None:
            rows.append([BLANK] * width)
        elif isinstance(outcome, str):
            # The message goes where a scored row says what happened: the Status column.
            row = [BLANK] * (width - 1) + [_cell(outcome)]
            row[kind_at] = kind_label(None)  # (hunt51: as the workbook's Kind cell of a row not read)
            rows.append(row)
        else:
            row = cells.score_row(outcome)
            # (links26) the kind as XLP_KIND and the workbook's Kind cell say it: "news report (no cue)"
            row[kind_at] = kind_label(outcome)
            rows.append([_cell(value) for value in row])
    return head + rows


def _signal_key(name: str) -> str:
    """ "Loaded Language", "loaded-language" and "loaded_language" all name the same signal."""
    return "_".join(name.replace("-", " ").split()).lower()


# (excel32) The names XLP_EVIDENCE takes for the Why (what moved the index): the index's own names
# and XLP_SCORES' Why and index headers. A formula pointed at an XLP_SCORES(..., TRUE) header cell
# gave "unknown signal"; so did "index".
_WHY_NAMES = frozenset({"why", "index", "reliability", "reliability_index"})


def _evidence_key(name: str) -> str | None:
    """The signal (or "kind", or "why") a name typed for XLP_EVIDENCE names: a signal's name or
    alias, the Evidence sheet's short name, or an XLP_SCORES header ("Loaded terms per 1,000 words
    (higher = more loaded)", "Why", "Reliability index 0-100 ..."); None for none of them."""
    key = _signal_key(name)
    found = signal_aliases().get(key)
    if found is not None:
        return found
    if key in _WHY_NAMES or key == _signal_key(cells.score_columns()[0]):
        return "why"
    headers = {_signal_key(info.header): info.name for info in registry.infos()}
    return headers.get(key)


def _why_text(result: DocumentResult) -> str:
    """The Why of XLP_SCORES' row: what moved the index, else why there is none (its Status)."""
    row = cells.score_row(result)
    why = row[cells.score_columns().index("Why")]
    return why or (row[-1] if row[-1] != "scored" else "") or "no Why: nothing moved the index"


def _with_repeated(result: DocumentResult, key: str, text: str) -> str:
    """(excel32) The evidence of loaded language or unsourced claims with the paragraphs this
    batch left out of both as repeated (`repeat_notes`), first: they are in one signal's evidence
    only, and the Status says "(see the evidence)" for both."""
    if key not in repeat_notes.SIGNALS:
        return text
    own = result.signals.get(key)
    if own is None or any(item.kind == repeat_notes.EVIDENCE_KIND for item in own.evidence):
        return text
    repeated = [item for name in repeat_notes.SIGNALS if name != key and name in result.signals
                for item in result.signals[name].evidence if item.kind == repeat_notes.EVIDENCE_KIND]
    lines = [f"{item.kind}: {' '.join(item.text.split())[:200]} ({item.detail})" for item in repeated]
    return "\n".join(lines + [text]) if lines else text


def _render_evidence(key: str) -> Render:
    if key == "why":
        return _why_text
    return lambda result: _with_repeated(result, key, cells.evidence_text(result, key))


def evidence(text: Any, name: Any, title: Any = None, url: Any = None, outlet: Any = None, author: Any = None,
             published: Any = None, *, settings: Settings | None = None, workers: int | None = None) -> Any:
    """The evidence behind one signal, as lines of text ("kind: words"), per text cell. `name`
    is a signal's name ("loaded"), an XLP_SCORES header, "kind", or "why"/"index" (the Why)."""
    if isinstance(name, (list, tuple)):
        names = _Grid(name).cells if name else [None]
        if len(names) > 1:  # (one name per call: a range of names would give one signal's evidence silently)
            return (f"signal is a range of {len(names)} cells: give one signal name "
                    "(one XLP_EVIDENCE per signal, e.g. =XLP_EVIDENCE(B2, \"loaded\"))")
        name = names[0]
    key = _evidence_key(name) if isinstance(name, str) else None
    if key is None:
        names = ", ".join([_short_name(info) for info in registry.infos()] + ["kind", "why"])
        if name is None or (isinstance(name, str) and not name.strip()):
            return f"give a signal: one of {names}"
        if isinstance(name, str) and cells.is_error_value(name.strip()):
            # (hunt41) a signal cell whose formula failed: said as a text cell's is, not as an unknown name
            return f"signal: error value {name.strip()} in the cell (a formula that failed): give one of {names}"
        if isinstance(name, str) and _signal_key(name) in ("copies", "copy"):
            return (f"copies are found across a scored workbook's rows (its Copies column and Evidence sheet), "
                    f"not by a formula: use one of {names}")
        return f"unknown signal {name!r}: use one of {names}"
    return _per_cell(text, (title, url, outlet, author, published), settings, workers, _render_evidence(key))


def version() -> str:
    """Package and scorer versions: what a refresh compares to decide a row is out of date."""
    return engine_version()



# (excel32) Desktop Excel's limit on the strings of a range a VBA function returns. The desktop
# UDFs are VBA wrappers ("XLP_EVIDENCE = XLPy.CallUDF(...)", written by xlwings' Import Functions)
# and xlwings' COM server hands back a 1x1 result as a plain value but any larger result as a
# Variant array (xlwings 0.37.8, com_server.XLPython.CallUDF). xlwings issue #456 (open since
# 2016) shows, in plain VBA, that a Variant array holding a string over 255 characters reaches the
# sheet as #VALUE!, while a single string of any length arrives whole. So on the desktop path only
# (`desktop_cells`), every string of a result of more than one cell (a column of XLP_EVIDENCE, any
# XLP_SCORES row: its Why and Status) is cut to 255 characters at a word, with a visible end
# saying where the whole is. xlwings Lite (Excel on the web and Mac) passes results as JSON, with
# no such limit, and is not cut. Not checked in a real Excel here.
DESKTOP_RANGE_LIMIT = 255
DESKTOP_CUT = " [... cut at 255 characters, desktop Excel's limit in a range: XLP_EVIDENCE on one cell gives it whole]"


def desktop_cut(text: str) -> str:
    """`text` in at most DESKTOP_RANGE_LIMIT characters as Excel counts them (UTF-16 code units:
    an emoji counts two, `cells.cell_units`): whole if it fits, else cut after a word, never
    between the halves of an emoji (`cells.cut_units`), with DESKTOP_CUT after it."""
    if cells.cell_units(text) <= DESKTOP_RANGE_LIMIT:
        return text
    room = DESKTOP_RANGE_LIMIT - cells.cell_units(DESKTOP_CUT)
    piece = cells.cut_units(text, room)
    space = max(piece.rfind(" "), piece.rfind("\n"))
    if space > len(piece) // 2:
        piece = piece[:space]
    return piece.rstrip(" \n,;:") + DESKTOP_CUT


def desktop_cells(value: Any) -> Any:
    """A function's result as desktop Excel can show it: a single value as it is; in a result of
    more than one cell (a list, or a list of lists), every string cut to DESKTOP_RANGE_LIMIT
    characters as Excel counts them (`desktop_cut`)."""
    if not isinstance(value, list):
        return value
    rows = value if all(isinstance(row, list) for row in value) else [value]
    if len(rows) == 1 and len(rows[0]) == 1:  # (a 1x1 result reaches Excel as one value: no limit)
        return value

    def cut(cell: Any) -> Any:
        return desktop_cut(cell) if isinstance(cell, str) else cell

    if rows is value:
        return [[cut(cell) for cell in row] for row in value]
    return [cut(cell) for cell in value]


def guarded(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call one of the functions above for a spreadsheet: whatever goes wrong becomes a short
    message in the cell instead of a Python traceback (desktop Excel would show the exception
    text, Lite an "ERROR: ..." line)."""
    try:
        return function(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the adapter boundary: a cell, never a traceback
        return f"xlplugin error: {type(exc).__name__}: {exc}"[:250]
