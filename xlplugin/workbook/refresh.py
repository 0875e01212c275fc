"""Refresh a scored workbook in place: re-score only rows whose text, settings or scorer version
changed, score rows the user appended, and keep everything else exactly as it was.

How: the workbook is handled as a zip package. A refresh owns (1) the score and stamp cells of
the Documents sheet, which it rewrites only in rows it re-scores, (2) the cell data of the sheets
it generated (Evidence, Overview) and the cached values of the Overview chart, and (3) the value
cells of the Settings sheet when settings are given on the command line. Every other part of
the package (other sheets, styles, shared strings, drawings, images, comments, pivot tables,
macros, defined names...) and every other row and cell of the Documents sheet is copied byte for
byte. New cells are written as inline strings and numbers that reuse the styles already in the
file, so the shared-strings and styles parts never change.

It refuses, before writing anything, what it cannot do that way: no Documents sheet, score
columns renamed or missing, a formula in a score cell it would overwrite, Strict Open XML, an
open (locked) or read-only file. The message suggests writing to a new file instead.
"""

from __future__ import annotations

import html
import marshal
import multiprocessing
import pickle
import re
import time
import zlib
from array import array
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .. import prose
from ..cells import CUT_MARKER, KIND_HEADER, cell_to_text, safe_text
from ..engine import DocumentInput, engine_version, score_many, text_digest, warm_up
from ..errors import InputError, WorkbookError
from ..inputs import PATH_COLUMN_NAMES, Problem, Record, find_column, records_from_rows
from ..types import DocumentResult
from . import layout
from .files import atomic_write, check_writable
from .package import (
    NotStreamable,
    Package,
    PartReader,
    RowSpan,
    SheetScan,
    MAX_ROWS,
    cell_xml,
    check_cell_references,
    column_index,
    column_letter,
    custom_property,
    decode_xstring,
    named,
    parse_cells,
    quote_prefix_style,
    row_values,
    scan_sheet,
    stream_row_blocks,
    write_package,
)
from .people import PeopleSheets
from .reader import settings_from_package
from .rows import evidence_row_xml, evidence_rows, overview_rows, owned_values

__all__ = ["RefreshSummary", "refresh_workbook"]

_CUT_RE = re.compile(re.escape(CUT_MARKER).replace(r"\{n\}", r"\d+") + r"$")
_SPANS_RE = re.compile(rb'\sspans="[^"]*"')
_CACHE_RE = re.compile(rb"<(c:)?(numCache|strCache)\b.*?</\1?\2>", re.S)
# Styles are looked up in at most this many earlier rows (the writer styles every row alike).
STYLE_ROWS_TRIED = 50
# Up to this many documents are scored in the helper process (one process); more go to the
# engine's pool of one process per core, where a second core pays off more than the overlap.
BACKGROUND_MAX_DOCUMENTS = 2000
# Evidence rows handed to zipfile at a time (a few hundred kB).
WRITE_BATCH_ROWS = 1000
# Deflate level of the parts a refresh rewrites. Measured on the Evidence sheet of 10,000
# documents: level 1 compresses ~3.5x faster than the default 6 for a part ~17% larger, and the
# compression was the largest single cost of a refresh that re-scores a few rows.
REFRESH_LEVEL = 1
# The Evidence rows xlplugin writes (evidence_row_xml): row number and document id, and the text
# hash as the eighth and last cell; anything else is read cell by cell. Cells carry references
# (Gnumeric reads no cell without one); rows written by earlier versions have none.
_REF = rb'(?: r="[A-Z]{1,3}\d+")?'
_OWN_EVIDENCE_HEAD_RE = re.compile(rb'<row r="(\d+)"><c' + _REF + rb'(?: s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>')
# A whole Evidence row as evidence_row_xml writes it: number, document id, six cells, text hash.
_OWN_CELL = (rb'(?:<c' + _REF + rb'/>|<c' + _REF + rb'(?: t="b")?><v>[^<]*</v></c>|<c' + _REF
             + rb'(?: s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?>[^<]*</t></is></c>)')
_OWN_EVIDENCE_ROW_RE = re.compile(
    rb'<row r="(\d+)"><c' + _REF + rb'(?: s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>'
    + _OWN_CELL + rb"{6}" + rb'<c' + _REF + rb' t="inlineStr"><is><t>([0-9a-f]{16})</t></is></c></row>')
# The same with the whole row as the first group (a block of rows read in one call): rows with
# references on their cells (written now), then rows without (written by earlier versions). Two
# patterns without optional parts: one with them takes twice as long on 10,000 documents' rows.
_OWN_CELL_WITH_REF = (rb'<c r="[B-G]\d+"(?:/>|(?: t="b")?><v>[^<]*</v></c>|(?: s="\d+")? t="inlineStr"><is>'
                      rb'<t(?: xml:space="preserve")?>[^<]*</t></is></c>)')
_OWN_CELL_WITHOUT_REF = (rb'(?:<c/>|<c(?: t="b")?><v>[^<]*</v></c>|<c(?: s="\d+")? t="inlineStr"><is>'
                         rb'<t(?: xml:space="preserve")?>[^<]*</t></is></c>)')
_OWN_EVIDENCE_WHOLE_RES = (
    re.compile(rb'(<row r="(\d+)"><c r="A\d+"(?: s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>'
               rb"(?:" + _OWN_CELL_WITH_REF + rb'){6}<c r="H\d+" t="inlineStr"><is><t>([0-9a-f]{16})</t></is></c></row>)'),
    re.compile(rb'(<row r="(\d+)"><c(?: s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>'
               + _OWN_CELL_WITHOUT_REF + rb'{6}<c t="inlineStr"><is><t>([0-9a-f]{16})</t></is></c></row>)'),
)
_FIRST = itemgetter(0)
_ID_AND_HASH = itemgetter(2, 3)
_OWN_EVIDENCE_HASH_RE = re.compile(rb'<c' + _REF + rb' t="inlineStr"><is><t>([0-9a-f]{16})</t></is></c></row>')
# A row number or a cell reference's row, to move copied rows.
_ANY_NUMBER_RE = re.compile(rb'(\sr="[A-Z]{0,3})(\d+)"')
# Kept rows copied in one piece at most (a few hundred kB).
RUN_ROWS = 2000
_ROW_START_RE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row r="(\d+)"')


@dataclass
class RefreshSummary:
    """What a refresh did: rows re-scored (text, settings or version changed), rows left as they
    were, rows the user appended and that were scored for the first time, rows that could not be
    scored (their Status says why), and the time taken."""

    rescored: int = 0
    unchanged: int = 0
    appended: int = 0
    failed: int = 0
    missing: int = 0  # rows whose file is gone or unreadable: their old scores are kept
    evidence_restored: int = 0  # unchanged rows whose Evidence rows were missing, written again
    seconds: float = 0.0


@dataclass
class _Row:
    span: RowSpan
    item: Record | Problem
    new: bool  # no stamp yet: a row the user added
    evidence: bytes | None = None  # its new Evidence rows' values, packed (see _pack)
    evidence_count: int = 0
    values: list[Any] | None = None  # new owned values, when the row is rewritten
    keep_evidence: bool = True  # its old Evidence rows stay (its scores are the old ones)
    rescore: bool = False  # to be scored now
    user_cells: dict[int, Any] | None = None  # the user's cells it rewrites (column -> value)
    evidence_only: bool = False  # scored now only to write its missing Evidence rows again


def _refuse(path: Path, reason: str) -> WorkbookError:
    return WorkbookError(f"{path}: refresh refused, nothing was changed: {reason}. "
                         "To keep your workbook as it is, score into a new file instead (xlplugin score ... -o NEW.xlsx)")


def _header_columns(path: Path, scan: SheetScan) -> tuple[dict[str, int], list[tuple[int, str]]]:
    if not scan.rows or scan.rows[0].number != 1:
        raise _refuse(path, "the Documents sheet has no header row in row 1")
    header = {col: str(value).strip() for col, value in scan.rows[0].values.items() if value not in (None, "")}
    owned = {name: col for col, name in header.items() if name in layout.OWNED_HEADERS}
    # Workbooks scored before documents had a kind have no Kind column: refreshed without one.
    missing = [name for name in layout.OWNED_HEADERS if name not in owned and name != KIND_HEADER]
    if missing:
        raise _refuse(path, "the Documents sheet lacks the score column(s) " + ", ".join(repr(m) for m in missing)
                      + " (renamed or deleted?); restore the header to refresh in place")
    user = sorted((col, name) for col, name in header.items() if name not in layout.OWNED_HEADERS)
    return owned, user


def _styles_from(scan: SheetScan, rows: list[RowSpan], columns: set[int]) -> dict[int, int | None]:
    """The style index each column's cells have in the first rows that carry one."""
    found: dict[int, int | None] = {}
    for span in rows[:STYLE_ROWS_TRIED]:
        _, cells, _ = parse_cells(scan.data[span.start : span.end], scan.prefix)
        for col, _bytes, style, _formula in cells:
            if col in columns and col not in found and style is not None:
                found[col] = style
        if len(found) == len(columns):
            break
    return found


def _rewrite_row(scan: SheetScan, span: RowSpan, new_cells: dict[int, Any], default_styles: dict[int, int | None]) -> bytes:
    """The row with the cells in `new_cells` (column -> value) replaced or added, in column order;
    every other cell's bytes unchanged."""
    head, cells, tail = parse_cells(scan.data[span.start : span.end], scan.prefix)
    head = _SPANS_RE.sub(b"", head)  # the optional column-span hint may no longer be right
    if head.endswith(b"/>"):
        head = head[:-2].rstrip() + b">"
        tail = f"</{scan.prefix}row>".encode()
    kept = {col: (raw, style) for col, raw, style, _formula in cells}
    out = []
    for col in sorted(set(kept) | set(new_cells)):
        if col in new_cells:
            style = kept[col][1] if col in kept and kept[col][1] is not None else default_styles.get(col)
            out.append(cell_xml(f"{column_letter(col)}{span.number}", new_cells[col], style).encode())
        else:
            out.append(kept[col][0])
    return head + b"".join(out) + tail


def _splice(scan: SheetScan, replaced: dict[int, bytes]) -> list[bytes]:
    """The sheet with the rows at the given start offsets replaced, as pieces to write one after
    the other (every byte outside those rows is a slice of the original)."""
    parts = []
    position = 0
    view = memoryview(scan.data)
    for span in scan.rows:
        if span.start in replaced:
            parts.append(view[position : span.start])
            parts.append(replaced[span.start])
            position = span.end
    parts.append(view[position:])
    return parts


def _formula_columns(scan: SheetScan, span: RowSpan) -> set[int]:
    """Columns of the row whose cell holds a formula."""
    if b"<f" not in scan.data[span.start : span.end] and b":f" not in scan.data[span.start : span.end]:
        return set()
    _, cells, _ = parse_cells(scan.data[span.start : span.end], scan.prefix)
    return {col for col, _raw, _style, formula in cells if formula}


def _set_ref_rows(data: bytes, element: str, last_row: int, prefix: str, grow_only: bool = True) -> bytes:
    """Set the last row of an element's ref="A1:H10" attribute (autoFilter, dimension)."""
    pattern = re.compile(rb"(<" + re.escape(prefix.encode()) + element.encode() + rb'\s[^>]*?ref=")([A-Z]+\d+):([A-Z]+)(\d+)(")')
    at = data.find(b"<" + prefix.encode() + element.encode())
    match = pattern.match(data, at) if at != -1 else None
    if match is None:
        return data
    if grow_only and int(match.group(4)) >= last_row:
        return data
    return data[: match.start()] + match.group(1) + match.group(2) + b":" + match.group(3) + str(last_row).encode() + match.group(5) + data[match.end() :]


_ROW_NUMBER_RE = re.compile(rb'(\sr=")(\d+)(")')
_CELL_NUMBER_RE = re.compile(rb'(\sr="[A-Z]{1,3})(\d+)(")')


def _header_matches(scan: SheetScan, expected: tuple[str, ...]) -> bool:
    """Is row 1 the header xlplugin wrote? (Compared on the columns that were read: at least
    the first and last.)"""
    if not scan.rows or scan.rows[0].number != 1:
        return False
    found = {c: str(v).strip() for c, v in scan.rows[0].values.items() if c <= len(expected)}
    return 1 in found and len(expected) in found and all(expected[c - 1] == v for c, v in found.items())


def _renumber(row: bytes, number: int) -> bytes:
    """A row's XML moved to row `number`: its r attribute and its cells' references."""
    head_end = row.index(b">") + 1
    digits = str(number).encode()
    head = _ROW_NUMBER_RE.sub(lambda m: m.group(1) + digits + m.group(3), row[:head_end], count=1)
    return head + _CELL_NUMBER_RE.sub(lambda m: m.group(1) + digits + m.group(3), row[head_end:])


def _regenerate(package: Package, part: str, expected_header: tuple[str, ...], rows: list[Any],
                scan: SheetScan | None = None) -> bytes | None:
    """A generated sheet with its data rows replaced by `rows` (the header row kept as it is);
    each row is a list of values, or the bytes of an old row to move into place. None when the
    sheet is not the one xlplugin wrote (its header differs)."""
    scan = scan or scan_sheet(package, part, value_rows=1)
    if not scan.rows or scan.rows[0].number != 1:
        return None
    if not _header_matches(scan, expected_header):
        return None
    columns = set(range(1, len(expected_header) + 1))
    styles_by_row: dict[int, dict[int, int | None]] = {}
    for span in scan.rows[1 : len(layout.BANDS) + 8]:  # the Overview's rows differ by position
        _, cells, _ = parse_cells(scan.data[span.start : span.end], scan.prefix)
        styles_by_row[span.number] = {col: style for col, _b, style, _f in cells}
    default = _styles_from(scan, scan.rows[1:], columns)
    body = [scan.data[scan.rows[0].start : scan.rows[0].end]]
    row_tag = f"{scan.prefix}row"
    for index, values in enumerate(rows, start=2):
        if isinstance(values, bytes):
            body.append(_renumber(values, index))
            continue
        styles = styles_by_row.get(index, {})
        cells = "".join(
            cell_xml(f"{column_letter(col)}{index}", value, styles.get(col, default.get(col)))
            for col, value in enumerate(values, start=1) if value not in (None, "") or styles.get(col)
        )
        body.append(f'<{row_tag} r="{index}">{cells}</{row_tag}>'.encode())
    start, end = scan.sheet_data
    data = scan.data[:start] + b"".join(body) + scan.data[end:]
    last = len(rows) + 1
    data = _set_ref_rows(data, "autoFilter", last, scan.prefix, grow_only=False)
    data = _set_ref_rows(data, "dimension", last, scan.prefix, grow_only=False)
    return data


def _chart_parts(package: Package, sheet_part: str) -> list[str]:
    charts = []
    for kind, target in package.rels(sheet_part).values():
        if kind == "drawing":
            charts += [t for k, t in package.rels(target).values() if k == "chart"]
    return charts


def _pack(doc_id: str, result: DocumentResult, extra: Iterable[list[Any]] = ()) -> tuple[bytes, int]:
    """A document's Evidence rows (lists of str, int and None) as compressed bytes, and how many."""
    rows = list(evidence_rows(doc_id, result)) + list(extra)
    return zlib.compress(marshal.dumps(rows), 1), len(rows)


def _row_scores(row: _Row, owned: dict[str, int]) -> tuple[Any, dict[str, Any], str]:
    """A row's index, signal values and text hash as the Documents sheet will hold them."""
    def value(header: str) -> Any:
        if row.values is not None:
            new = row.values[layout.OWNED_HEADERS.index(header)]
            if new is not _UNCHANGED:
                return new
        return row.span.values.get(owned[header])

    signals = {name: value(header) for name, header in layout.SIGNAL_HEADER.items()}
    return value(layout.SCORE_HEADERS[0]), signals, value(layout.STAMP_HEADERS[2])


def _unpack(packed: bytes | None) -> list[list[Any]]:
    return marshal.loads(zlib.decompress(packed)) if packed else []


def _score_list(inputs: list[DocumentInput], settings: Any) -> list[DocumentResult]:
    return list(score_many(inputs, settings=settings, workers=1, repeated=False))


def _repeated_marks(items: list[Any]) -> list[frozenset[str]]:
    """`xlplugin.prose.repeated_paragraphs` over every row whose text could be read (a row that
    could not gets no marks)."""
    texts = []
    for item in items:
        text = item.text if isinstance(item, Record) and isinstance(item.text, str) else ""
        texts.append((text, item.outlet if isinstance(item, Record) else "",
                      item.url if isinstance(item, Record) else ""))
    if len(texts) < prose.REPEAT_MIN_DOCUMENTS:
        return [frozenset()] * len(texts)
    return prose.repeated_paragraphs(texts)


class _Scorer:
    """Scores the rows a refresh re-scores, with a helper process (forked, where the system has
    fork) that works while this process reads the Documents sheet: it reads the old Evidence
    sheet (~0.3 s for 10,000 documents), then loads the word lists (~0.2 s), then scores a small
    batch. Measured on 10,000 rows with 100 changed, 2 cores: 1.0 s per refresh, against 1.45 s
    with everything in this process. A large batch is scored by the engine's own worker
    processes instead. Anything that stops the helper (no fork, a sandbox, a killed process)
    means the work is done here, not lost."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.used = False
        if "fork" not in multiprocessing.get_all_start_methods():
            return
        try:
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        except (OSError, ValueError, NotImplementedError, RuntimeError):
            self.pool = None

    def start(self, path: Path, evidence_part: str | None) -> Future | None:
        """Start the helper: first reading the old Evidence sheet (a refresh that rewrites
        anything needs it), then loading the word lists. The Future: _old_evidence_elsewhere's."""
        if self.pool is None:
            return None
        try:
            pending = self.pool.submit(_old_evidence_elsewhere, path, evidence_part) if evidence_part else None
            self.pool.submit(warm_up)
            return pending
        except (OSError, RuntimeError, BrokenProcessPool):
            return None

    def __enter__(self) -> "_Scorer":
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.pool is not None:
            # Wait for the helper to exit when it has done its work (a moment); after a refusal
            # it may still be loading, and nothing needs to wait for that.
            self.pool.shutdown(wait=self.used, cancel_futures=True)

    def submit(self, inputs: list[DocumentInput], settings: Any) -> Future | None:
        if self.pool is None or not inputs or len(inputs) > BACKGROUND_MAX_DOCUMENTS:
            return None
        try:
            self.used = True
            return self.pool.submit(_score_list, inputs, settings)
        except (OSError, RuntimeError, BrokenProcessPool):
            return None

    def results(self, pending: Future | None, inputs: list[DocumentInput], settings: Any) -> Iterator[DocumentResult]:
        if pending is not None:
            try:
                yield from pending.result()
                return
            except (OSError, BrokenProcessPool, pickle.PicklingError):
                pass  # scored here instead
        yield from score_many(inputs, settings=settings, repeated=False)


def refresh_workbook(path: Path, *, output: Path | None = None, settings_overrides: dict | None = None,
                     progress: Callable[[int, int], None] | None = None) -> RefreshSummary:
    """Re-score the rows of a scored workbook that changed, in place (or into `output`).

    Raises WorkbookError, before anything is written, for a workbook it cannot refresh without
    losing something; the message names the file, says why and what to do instead.
    """
    try:
        return _refresh_workbook(Path(path), output=output, settings_overrides=settings_overrides, progress=progress)
    except WorkbookError as exc:
        raise named(Path(path), exc) from None
    except UnicodeDecodeError:
        raise WorkbookError(f"{path}: a part of the workbook holds text that is not valid UTF-8 (damaged?); nothing was changed") from None


def _refresh_workbook(path: Path, *, output: Path | None = None, settings_overrides: dict | None = None,
                      progress: Callable[[int, int], None] | None = None) -> RefreshSummary:
    started = time.monotonic()
    path = Path(path)
    target = Path(output) if output is not None else path
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise WorkbookError(f"{path}: refresh works on .xlsx and .xlsm workbooks")
    if target.suffix.lower() != path.suffix.lower():
        raise WorkbookError(f"{target}: keep the extension {path.suffix} (the package type cannot change in a refresh)")
    if output is not None and target.exists() and target.resolve() == path.resolve():
        output = None
    check_writable(target)
    summary = RefreshSummary()
    with _Scorer() as scorer, Package.open(path) as package:
        docs_part = package.sheet_part(layout.DOCUMENTS)
        if docs_part is None or not package.has(docs_part):
            raise _refuse(path, f"it has no sheet named {layout.DOCUMENTS!r} (is it a workbook written by xlplugin score?)")
        sheet_settings = settings_from_package(package)
        settings = sheet_settings.with_values(settings_overrides)
        evidence_part = package.sheet_part(layout.EVIDENCE)
        if evidence_part and not package.has(evidence_part):
            evidence_part = None
        old_evidence = scorer.start(path, evidence_part)
        _verify_copied_parts(package, {docs_part, evidence_part, package.shared_part})
        docs_data = package.read(docs_part)  # (read once: it is as large as all the texts)
        check_cell_references(package, docs_part, docs_data)
        owned, user = _header_columns(path, scan_sheet(package, docs_part, value_rows=1, first_only=True, data=docs_data))
        owned_cols = set(owned.values())
        col_of = {name: col for name, col in owned.items()}
        user_cols = [col for col, _ in user]
        # Values of the user's columns, the index and the stamps only: the other score cells
        # are never read (the Why column alone is as large as the texts).
        scan = scan_sheet(package, docs_part, set(user_cols) | {col_of[h] for h in layout.STAMP_HEADERS} | {col_of[layout.SCORE_HEADERS[0]]}
                          | {col_of[h] for h in layout.SIGNAL_HEADER.values()},  # (numbers, for the Outlets sheet)
                          data=docs_data)
        del docs_data
        data_rows = [span for span in scan.rows if span.number > 1 and any(span.values.get(c) not in (None, "") for c in user_cols)]
        table = [[span.values.get(c) for c in user_cols] for span in data_rows]
        user_names = [name for _, name in user]
        text_column, path_column = _reading_columns(package, user_names)
        try:
            # rows scored from their files are read from them again (a page's text cell shows
            # what was read from the page; the page itself is the document)
            items = list(records_from_rows(user_names, table, f"{path} sheet {layout.DOCUMENTS}",
                                           text_column, path.parent, path_column,
                                           file_first=path_column is not None and text_column is None))
        except InputError as exc:
            raise _refuse(path, str(exc)) from None

        version, digest = engine_version(), settings.digest()
        # The column showing the text read from each web page, rewritten with the page's text
        # when the page changed (only where the rows are read from their files).
        page_text_col = next((col for col, name in user if name == layout.FILE_TEXT_COLUMN), None) \
            if path_column is not None and text_column is None else None
        stamp_cols = [col_of[h] for h in layout.STAMP_HEADERS]
        rows: list[_Row] = []
        to_score: list[_Row] = []
        # Paragraphs repeated across one outlet's rows are its furniture (`mark_repeated`): found
        # over every row of the workbook, as when it was scored, and part of each row's text
        # stamp, so a row whose furniture changed (a fourth article with the same note) is
        # re-scored too.
        marks = _repeated_marks(items)
        furniture_of: dict[int, frozenset[str]] = {}
        for k, (span, item) in enumerate(zip(data_rows, items)):
            furniture_of[id(item)] = marks[k]
            old = tuple(span.values.get(c) for c in stamp_cols)
            row = _Row(span, item, new=all(v in (None, "") for v in old))
            rows.append(row)
            if isinstance(item, Record):
                text, problem = (item.text, None) if isinstance(item.text, str) else cell_to_text(item.text)
                if problem or text is None:
                    row.item = Problem(item.source, problem or "empty text", item.id, item.columns)
                elif _CUT_RE.search(text):
                    if old[:2] == (version, digest):
                        summary.unchanged += 1
                    else:
                        row.values = _kept_values(span, owned, "not refreshed: the text in this row was cut to fit a cell; "
                                                  "put the full text in a file and give its path")
                        summary.failed += 1
                    continue
                elif old == (version, digest, text_digest(text, item.title, item.url, item.outlet, item.author, item.date,
                                                          item.page_type, marks[k])):
                    summary.unchanged += 1
                    continue
                else:
                    row.rescore = True
                    to_score.append(row)
                    continue
            # a row whose text cannot be read now
            problem = row.item
            assert isinstance(problem, Problem)
            message = problem.message.removeprefix(f"{problem.source}: ")
            if isinstance(item, Problem) and item.kind != "cell":
                summary.missing += 1  # the file it names is gone or unreadable
            else:
                summary.failed += 1
            if row.new or span.values.get(owned[layout.SCORE_HEADERS[0]]) in (None, ""):
                row.values = owned_values(None, problem=message)
                row.keep_evidence = False
            else:
                row.values = _kept_values(span, owned, f"not refreshed ({message}); the scores shown are from an earlier run")

        # The old Evidence sheet (read by the helper process while this one read the Documents,
        # or read here now) plans the new one. Unchanged documents whose Evidence rows are not
        # there (a program that dropped them, an id renamed) are scored again for those rows.
        old_sheet = _old_evidence(package, evidence_part, old_evidence) if evidence_part else None
        for row in _missing_evidence(rows, old_sheet, owned[layout.STAMP_HEADERS[2]], owned[layout.SCORE_HEADERS[0]]):
            row.rescore = row.evidence_only = True
            to_score.append(row)
        rewritten = [r for r in rows if r.values is not None] + [r for r in to_score if not r.evidence_only]
        clashes = sorted({f"{column_letter(c)}{r.span.number}" for r in rewritten for c in _formula_columns(scan, r.span) & owned_cols})
        if clashes:
            raise _refuse(path, "score cell(s) " + ", ".join(clashes[:5]) + (" ..." if len(clashes) > 5 else "")
                          + " hold a formula that the refresh would overwrite; move the formula to a column of your own")

        inputs = [replace(r.item.as_input(), furniture=furniture_of.get(id(r.item), frozenset()))  # type: ignore[union-attr]
                  for r in to_score]
        pending = scorer.submit(inputs, settings)
        # The Read and Outlets sheets and the copies across rows (xlplugin.workbook.people),
        # found here while the helper process scores.
        hash_col = owned[layout.STAMP_HEADERS[2]]
        people = (PeopleSheets(package, [(r.span.number, r.item, None if r.rescore else r.span.values.get(hash_col)) for r in rows],
                               path.parent) if rewritten else None)
        positions = {id(r): i for i, r in enumerate(rows)}
        evidence = None
        if (rewritten or to_score) and evidence_part and old_sheet is not None:
            evidence = _evidence_part(package, evidence_part, rows, owned[layout.STAMP_HEADERS[2]], old_sheet)
        for done, (row, result) in enumerate(zip(to_score, scorer.results(pending, inputs, settings)), start=1):
            if not row.evidence_only:
                row.values = owned_values(result)
                if page_text_col is not None and isinstance(row.item, Record) and row.item.text_file:
                    row.user_cells = {page_text_col: safe_text(row.item.text)}  # what was read from the page now
            # Only what the sheets need is kept, packed: 100,000 results with their evidence
            # would take more memory than everything else a refresh holds.
            extra = people.copy_evidence(positions[id(row)], str(row.item.id), result.stamp.get("text", "")) if people else []
            row.evidence, row.evidence_count = _pack(str(row.item.id), result, extra)
            if people is not None:
                people.scored(positions[id(row)], result)
            if row.evidence_only:
                summary.evidence_restored += 1
            elif row.new:
                summary.appended += 1
            else:
                summary.rescored += 1
            if progress is not None:
                progress(done, len(inputs))

        replacements: dict[str, Any] = {}
        if rewritten:
            pieces = _documents_xml(scan, rewritten, owned, data_rows)
            replacements[docs_part] = lambda: pieces
            replacements.update(_generated_parts(package, rows, owned))
            if people is not None:
                replacements.update(people.parts([_row_scores(r, owned) for r in rows]))
        if evidence is not None:
            replacements[evidence_part] = evidence
        if settings_overrides:
            replacements.update(_settings_cells(package, sheet_settings, settings))
        if not replacements and output is None:
            summary.seconds = time.monotonic() - started
            return summary  # nothing to change: the file is not touched at all
        atomic_write(target, lambda temporary: write_package(package.archive, temporary, replacements, REFRESH_LEVEL))
    summary.seconds = time.monotonic() - started
    return summary


def _reading_columns(package: Package, user_names: list[str]) -> tuple[str | None, str | None]:
    """The columns a row's text was read from when it was scored: the text column (it may have
    no usual name, from --text-column) and the column naming each text's file, if still there.
    Workbooks written before the path column was recorded name the file column as the text
    column; a text column with a file column's name is read as one (its cells are paths: scoring
    a path as if it were the document is the one thing a refresh must never do)."""
    text_column = custom_property(package, layout.TEXT_COLUMN_PROPERTY)
    path_column = custom_property(package, layout.PATH_COLUMN_PROPERTY)
    if path_column is None and text_column is not None and find_column([text_column], PATH_COLUMN_NAMES):
        text_column, path_column = None, text_column
    return (text_column if text_column in user_names else None,
            path_column if path_column in user_names else None)


# In a row's new values: leave this cell as it is in the sheet.
_UNCHANGED = object()


def _kept_values(span: RowSpan, owned: dict[str, int], status: str) -> list[Any]:
    """A row that keeps its earlier scores with a new Status: only the Status cell is rewritten
    (the other score cells were not read: they stay as they are); the index and the stamps,
    which were read, are passed on for the Overview."""
    read = {layout.SCORE_HEADERS[0], *layout.STAMP_HEADERS}
    values = [span.values.get(owned[h]) if h in read else _UNCHANGED for h in layout.OWNED_HEADERS]
    values[layout.OWNED_HEADERS.index(layout.SCORE_HEADERS[-1])] = status
    return values


def _documents_xml(scan: SheetScan, rewritten: list[_Row], owned: dict[str, int], data_rows: list[RowSpan]) -> list[bytes]:
    columns = [owned.get(h) for h in layout.OWNED_HEADERS]  # None: a column the workbook lacks (Kind)
    styles = _styles_from(scan, [r for r in data_rows if any(r.values.get(c) not in (None, "") for c in columns)], set(columns))
    replaced = {}
    for row in rewritten:
        assert row.values is not None
        new_cells = {col: value for col, value in zip(columns, row.values) if value is not _UNCHANGED and col is not None}
        new_cells.update(row.user_cells or {})
        replaced[row.span.start] = _rewrite_row(scan, row.span, new_cells, styles)
    pieces = _splice(scan, replaced)
    last = max((r.number for r in data_rows), default=1)
    # The filter follows the rows. (It comes after sheetData: the rest of the sheet after the
    # last rewritten row is passed on as a view of the old part, not copied.)
    tail, end = pieces[-1], scan.sheet_data[1]
    start = len(scan.data) - len(tail)
    if start <= end and scan.data.find(b"<" + scan.prefix.encode() + b"autoFilter", start, end) == -1:
        pieces[-1:] = [memoryview(scan.data)[start:end], _set_ref_rows(scan.data[end:], "autoFilter", last, scan.prefix)]
    else:
        pieces[-1] = _set_ref_rows(bytes(tail), "autoFilter", last, scan.prefix)
    return pieces


def _generated_parts(package: Package, rows: list[_Row], owned: dict[str, int]) -> dict[str, bytes]:
    parts: dict[str, bytes] = {}
    index_col = owned[layout.SCORE_HEADERS[0]]
    overview = package.sheet_part(layout.OVERVIEW)
    if overview and package.has(overview):
        indexes = []
        for row in rows:
            value = row.values[0] if row.values is not None else row.span.values.get(index_col)
            indexes.append(value if isinstance(value, (int, float)) and not isinstance(value, bool) else None)
        data = _regenerate(package, overview, layout.OVERVIEW_HEADERS, overview_rows(indexes))
        if data is not None:
            parts[overview] = data
            for chart in _chart_parts(package, overview):
                original = package.read(chart)
                stripped = _CACHE_RE.sub(b"", original)  # stale cached values; programs re-read the cells
                if stripped != original:
                    parts[chart] = stripped
    return parts


def _evidence_key(row: bytes, shared: list[str]) -> tuple[str, str] | None:
    """(document id, text hash) of an Evidence row; None for a row without them."""
    head = _OWN_EVIDENCE_HEAD_RE.match(row)
    if head is not None and row.count(b"<c") == len(layout.EVIDENCE_HEADERS):
        tail = _OWN_EVIDENCE_HASH_RE.search(row, len(row) - 96)
        if tail is not None:
            return _unescape_text(head.group(2)), tail.group(1).decode()
    values = row_values(row, shared, {1, len(layout.EVIDENCE_HEADERS)})
    doc_id, text_hash = values.get(1), values.get(len(layout.EVIDENCE_HEADERS))
    if doc_id in (None, "") or text_hash in (None, ""):
        return None  # the "(sheet full)" note, or a row without a key
    return str(doc_id), str(text_hash)


@dataclass
class _OldEvidence:
    """What the first read of the old Evidence sheet found: the bytes before and after the rows,
    the header row, and its data rows in groups (a run of rows of one document, numbered one
    after another), each with its fate (0 dropped, 1 kept, 2 replaced by the new rows of the
    re-scored documents in `placed[group]`), its first row number, its number of rows and its
    byte range."""

    head: bytes
    header: bytes
    tail: bytes
    plan: bytearray
    keys: list[tuple[str, str] | None]
    numbers: array
    counts: array
    starts: array
    ends: array
    placed: dict[int, list[_Row]]
    reader: Callable[[], PartReader] | None


def _read_old_evidence(package: Package, part: str) -> _OldEvidence | None:
    """Read the old Evidence sheet once, streamed (or whole with expat when it has comments,
    CDATA or declarations). None when row 1 is not xlplugin's header."""
    shared = package.shared_strings
    try:
        found = _scan_old_evidence(stream_row_blocks(package, part), shared)
        reader = lambda: PartReader(package, part)  # noqa: E731
    except NotStreamable:
        scan = scan_sheet(package, part, value_rows=0)
        start, end = scan.sheet_data
        whole = [("head", scan.data[:start])] + [("row", scan.data[r.start : r.end], r.start) for r in scan.rows] + [("tail", scan.data[end:])]
        found = _scan_old_evidence(iter(whole), shared)
        reader = lambda: PartReader(package, part, scan.data)  # noqa: E731
    if found is not None:
        found.reader = reader
    return found


def _old_evidence_elsewhere(path: Path, part: str) -> tuple[bool, _OldEvidence | None]:
    """_read_old_evidence's streamed reading, run in the helper process (with the package
    opened anew: a forked process must not share the file position): (False, None) when the
    sheet must be read whole, here."""
    with Package.open(path) as package:
        try:
            return True, _scan_old_evidence(stream_row_blocks(package, part), package.shared_strings)
        except NotStreamable:
            return False, None


def _plan_old_evidence(old: _OldEvidence, keep: set[tuple[str, str]], replace: dict[tuple[str, str], list[_Row]]) -> None:
    """Each group's fate: kept, replaced by the new rows of its re-scored documents (the first
    group of that document only), or dropped."""
    replace = dict(replace)
    old.plan.clear()
    old.placed.clear()
    for index, key in enumerate(old.keys):
        if key in keep:
            old.plan.append(1)
        elif key in replace:
            old.placed[index] = replace.pop(key)
            old.plan.append(2)
        else:
            old.plan.append(0)


def _row_ranges(data: bytes, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Byte ranges of the <row> elements in data[start:end] (whole rows and whitespace only)."""
    position = start
    while True:
        at = data.find(b"<", position, end)
        if at == -1:
            return
        tag_end = data.find(b">", at, end) + 1
        if tag_end == 0:
            raise WorkbookError("cannot read a row of the Evidence sheet")
        if data[tag_end - 2] == 0x2F:
            stop = tag_end
        else:
            name = re.match(rb"<([^\s/>]+)", data[at:tag_end])
            assert name is not None
            stop = data.find(b"</" + name.group(1) + b">", tag_end, end)
            if stop == -1:
                raise WorkbookError("cannot read a row of the Evidence sheet")
            stop += len(name.group(1)) + 3
        yield at, stop
        position = stop


def _scan_old_evidence(pieces: Iterator[tuple], shared: list[str]) -> _OldEvidence | None:
    old = _OldEvidence(b"", b"", b"", bytearray(), [], array("q"), array("q"), array("q"), array("q"), {}, None)
    seen_header = False
    # the group being read: key (bytes of a row xlplugin wrote, or str), first number, rows,
    # byte range; flushed into `old` when a row of another group comes
    group: list[Any] = [None, 0, 0, 0, 0]
    names: dict[bytes, str] = {}

    def flush() -> None:
        key, number, count, start, end = group
        if not count:
            return
        if not 0 < number <= MAX_ROWS or number + count - 1 > MAX_ROWS:
            raise WorkbookError(f"the Evidence sheet has a row numbered {number}; a sheet has rows 1 to {MAX_ROWS:,} (damaged?)")
        if isinstance(key, tuple) and isinstance(key[0], bytes):
            doc_id = names.get(key[0])
            if doc_id is None:
                doc_id = names[key[0]] = _unescape_text(key[0])
            key = (doc_id, key[1].decode())
        old.keys.append(key)
        old.numbers.append(number)
        old.counts.append(count)
        old.starts.append(start)
        old.ends.append(end)
        group[2] = 0

    def one(data: bytes, start: int, end: int, offset: int) -> None:
        """A row read the general way (any cell layout): a group of its own."""
        nonlocal seen_header
        row = data[start:end]
        match = _ROW_START_RE.match(row)
        if not seen_header:
            seen_header = True
            if (match is not None and int(match.group(1)) != 1) or not _header_matches_row(row, shared):
                raise _NotOurs
            old.header = row
            return
        flush()
        if match is not None:
            number = int(match.group(1))
        else:  # no r attribute: the row after the one before
            number = old.numbers[-1] + old.counts[-1] if old.numbers else 2
        group[:] = [_evidence_key(row, shared), number, 1, offset + start, offset + end]
        flush()

    try:
        for piece in pieces:
            kind = piece[0]
            if kind == "head":
                old.head = piece[1]
            elif kind == "tail":
                old.tail = piece[1]
            elif kind == "row":
                one(piece[1], 0, len(piece[1]), piece[2])
            else:
                _, data, position, stop, base = piece
                if not seen_header and data[position:stop].strip():
                    first = next(_row_ranges(data, position, stop))
                    one(data, first[0], first[1], base)
                    position = first[1]
                for pattern in _OWN_EVIDENCE_WHOLE_RES:
                    rows = pattern.findall(data, position, stop)
                    if rows and sum(map(len, map(_FIRST, rows))) == stop - position:
                        break
                if rows and sum(map(len, map(_FIRST, rows))) == stop - position:
                    # The block is all rows xlplugin wrote, one after another: read by
                    # document (rows of one document are next to each other), not by row.
                    offset = base + position
                    for key, members in groupby(rows, _ID_AND_HASH):
                        members = list(members)
                        count, number = len(members), int(members[0][1])
                        size = sum(map(len, map(_FIRST, members)))
                        if int(members[-1][1]) - number != count - 1:
                            # not numbered one after another: a group per row
                            for whole, row_number, _doc, _hash in members:
                                flush()
                                group[:] = [key, int(row_number), 1, offset, offset + len(whole)]
                                offset += len(whole)
                            continue
                        if group[2] and key == group[0] and number == group[1] + group[2]:
                            group[2] += count
                            group[4] = offset + size
                        else:
                            flush()
                            group[:] = [key, number, count, offset, offset + size]
                        offset += size
                    continue
                for match in _OWN_EVIDENCE_ROW_RE.finditer(data, position, stop):
                    at = match.start()
                    if at != position and data[position:at].strip():
                        for row_start, row_end in _row_ranges(data, position, at):
                            one(data, row_start, row_end, base)
                    position = match.end()
                    if not seen_header:
                        raise _NotOurs  # row 1 must be the header
                    number = int(match.group(1))
                    key = match.group(2, 3)
                    if group[2] and key == group[0] and number == group[1] + group[2]:
                        group[2] += 1
                        group[4] = base + position
                    else:
                        flush()
                        group[:] = [key, number, 1, base + at, base + position]
                if position < stop and data[position:stop].strip():
                    for row_start, row_end in _row_ranges(data, position, stop):
                        one(data, row_start, row_end, base)
        flush()
    except _NotOurs:
        return None
    return old if seen_header else None


class _NotOurs(Exception):
    """The Evidence sheet's first row is not the header xlplugin writes."""


def _unescape_text(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return decode_xstring(html.unescape(text) if "&" in text else text)


def _move(row: bytes, number: int) -> bytes:
    """An old row as row `number` (unchanged bytes when it already is that row)."""
    match = _ROW_START_RE.match(row)
    if match is not None and int(match.group(1)) == number:
        return row
    return _renumber(row, number)


_BARE_CELL_RE = re.compile(rb"<c(?=[\s/>])(?![^>]*\sr=)")
_ROW_ELEMENT_RE = re.compile(rb'<row r="(\d+)"[^>]*>.*?</row>', re.S)
_CELL_TAG_RE = re.compile(rb"<c(?=[\s/>])([^>]*)")
_CELL_COLUMN_RE = re.compile(rb'\sr="([A-Z]{1,3})\d+"')


def _with_references(block: bytes) -> bytes:
    """Rows with a reference on every cell: rows older versions wrote without them (Gnumeric
    reads no cell without one) get them on the way through a refresh."""
    # (counted in C first: a search for cells without one costs ~0.2 s on 10,000 documents' rows;
    # when every "<c" starts '<c r="', the three counts below add up to the fourth)
    if block.count(b"<c") == block.count(b'<c r="'):
        return block
    if block.count(b"<c ") + block.count(b"<c>") + block.count(b"<c/>") == block.count(b'<c r="'):
        return block
    if not _BARE_CELL_RE.search(block):
        return block

    def row(match: re.Match) -> bytes:
        number = match.group(1)
        col = 0

        def cell(tag: re.Match) -> bytes:
            nonlocal col
            ref = _CELL_COLUMN_RE.search(tag.group(1))
            if ref is not None:
                col = column_index(ref.group(1).decode())
                return tag.group(0)
            col += 1
            return b'<c r="' + column_letter(col).encode() + number + b'"' + tag.group(1)

        return _CELL_TAG_RE.sub(cell, match.group(0))

    return _ROW_ELEMENT_RE.sub(row, block)


def _shift(block: bytes, delta: int) -> bytes:
    """Rows moved `delta` rows down (or up): every row number and cell reference in the block."""
    return _ANY_NUMBER_RE.sub(lambda m: m.group(1) + str(int(m.group(2)) + delta).encode() + b'"', block)


def _verify_copied_parts(package: Package, read_anyway: set[str | None]) -> None:
    """Check every part a refresh copies without reading it otherwise (checksums, well-formed
    XML, sheet references), so that a damaged or malformed part is refused, not copied."""
    sheets = [part for part in package.sheets.values() if part not in read_anyway]
    package.verify(skip={p for p in read_anyway if p}, sheets=sheets)


def _old_evidence(package: Package, part: str, pending: Future | None) -> _OldEvidence | None:
    """The old Evidence sheet as the helper process read it (or, failing that, read here)."""
    found_elsewhere, old = False, None
    if pending is not None:
        try:
            found_elsewhere, old = pending.result()
        except (OSError, BrokenProcessPool, pickle.PicklingError, WorkbookError):
            found_elsewhere = False
        if found_elsewhere and old is not None:
            old.reader = lambda: PartReader(package, part)
    if not found_elsewhere:
        old = _read_old_evidence(package, part)
    return old


def _missing_evidence(rows: list[_Row], old: _OldEvidence | None, hash_col: int, index_col: int) -> list[_Row]:
    """Rows kept as they are whose Evidence rows the old sheet does not have (their id and text
    hash are in no group): re-saved by a program that lost them, or an id the user renamed.
    Not when the sheet was full (the rest never fitted) or for rows that were never scored."""
    if old is None or sum(old.counts) >= layout.MAX_EVIDENCE_ROWS:
        return []
    present = set(old.keys)
    missing = []
    for row in rows:
        if row.rescore or row.values is not None or not row.keep_evidence or not isinstance(row.item, Record):
            continue
        old_hash = row.span.values.get(hash_col)
        if old_hash in (None, "") or row.span.values.get(index_col) in (None, ""):
            continue
        if not isinstance(row.item.text, str) or _CUT_RE.search(row.item.text):
            continue
        if (str(row.item.id), str(old_hash)) not in present:
            missing.append(row)
    return missing


def _evidence_part(package: Package, part: str, rows: list[_Row], hash_col: int,
                   old: _OldEvidence) -> Callable[[], Iterator[bytes]] | None:
    """The Evidence sheet after the refresh, as a function that writes it piece by piece.

    Rows of documents whose scores stay are copied as the bytes they were, in runs of adjacent
    rows (moved only when rows above them changed in number: then their row numbers are
    rewritten in the copied bytes); a re-scored document's new rows take the place of its old
    ones; documents scored for the first time come last; rows of documents no longer in the
    Documents sheet are dropped. The old sheet is read twice (first by the helper process when
    there is one), streamed, and never held whole.
    None when the sheet is not the one xlplugin wrote (its header differs): it is then left as
    it is."""
    keep: set[tuple[str, str]] = set()
    replace: dict[tuple[str, str], list[_Row]] = {}
    fresh: list[_Row] = []
    for row in rows:
        old_hash = row.span.values.get(hash_col)
        key = (str(row.item.id), str(old_hash)) if old_hash not in (None, "") else None
        if row.rescore:
            if key is not None and not row.new:
                replace.setdefault(key, []).append(row)
            else:
                fresh.append(row)
        elif row.keep_evidence and key is not None:
            keep.add(key)
    _plan_old_evidence(old, keep, replace)
    placed_rows = {id(r) for documents in old.placed.values() for r in documents}
    for left in replace.values():  # re-scored documents whose old rows were not found
        fresh.extend(r for r in left if id(r) not in placed_rows)
    fresh.sort(key=lambda r: r.span.number)
    kept = sum(n for action, n in zip(old.plan, old.counts) if action == 1)
    quote = quote_prefix_style(package)
    limit = layout.MAX_EVIDENCE_ROWS

    def produce() -> Iterator[bytes]:
        # (called once the re-scored documents have their results)
        total = kept + sum(r.evidence_count for r in rows if r.evidence is not None)
        last = min(total, limit) + 1 + (total > limit)
        number = 1  # the last row written
        batch: list[bytes] = []  # zipfile's write costs about a microsecond per call

        def new(documents: list[_Row]) -> None:
            nonlocal number
            for row in documents:
                for values in _unpack(row.evidence):
                    if number <= limit:
                        number += 1
                        batch.append(evidence_row_xml(number, values, quote))

        yield _set_ref_rows(old.head, "dimension", last, _prefix_of(old.head), grow_only=False)
        yield _with_references(_move(old.header, 1))
        reader = old.reader()
        try:
            plan, numbers, counts, index, count = old.plan, old.numbers, old.counts, 0, len(old.plan)
            while index < count:
                action = plan[index]
                if action != 1:
                    if action == 2:
                        new([r for r in old.placed[index] if r.evidence is not None])
                    index += 1
                else:
                    # a run of kept rows, numbered one after another: copied in one piece
                    stop, run = index + 1, counts[index]
                    while stop < count and plan[stop] == 1 and numbers[stop] == numbers[stop - 1] + counts[stop - 1] and run < RUN_ROWS:
                        run += counts[stop]
                        stop += 1
                    room = max(limit + 1 - number, 0)  # rows that still fit in the sheet
                    if room:
                        block = reader.range(old.starts[index], old.ends[stop - 1])
                        if run > room:
                            block = block[: list(_row_ranges(block, 0, len(block)))[room - 1][1]]
                            run = room
                        delta = number + 1 - numbers[index]
                        if batch:  # (rows made one by one go out together: a write per row costs)
                            yield b"".join(batch)
                            batch.clear()
                        yield _with_references(_shift(block, delta) if delta else block)  # as it is: no copy
                        number += run
                    index = stop
                if len(batch) >= WRITE_BATCH_ROWS:
                    yield b"".join(batch)
                    batch.clear()
        finally:
            reader.close()
        new([r for r in fresh if r.evidence is not None])
        if total > limit:
            number += 1
            batch.append(evidence_row_xml(number, ["(sheet full)", None, None,
                                          f"{total - limit} more evidence rows do not fit in one sheet; "
                                          "score fewer documents per workbook to see them"], quote))
        yield b"".join(batch)
        yield _set_ref_rows(old.tail, "autoFilter", min(total, limit) + 1, _prefix_of(old.tail), grow_only=False)

    return produce


def _prefix_of(data: bytes) -> str:
    """The namespace prefix the sheet's elements use ("" or "x:")."""
    match = re.search(rb"<([A-Za-z_][\w.-]*:)?(?:sheetData|autoFilter|worksheet)\b", data)
    return match.group(1).decode() if match and match.group(1) else ""


def _header_matches_row(row: bytes, shared: list[str]) -> bool:
    values = row_values(row, shared)
    expected = layout.EVIDENCE_HEADERS
    return all(str(values.get(col, "")).strip() == name for col, name in enumerate(expected, start=1))


def _settings_cells(package: Package, before, after) -> dict[str, bytes]:
    """Write settings given on the command line into the Settings sheet, so that the sheet says
    what the scores were computed with (and the next refresh agrees)."""
    part = package.sheet_part(layout.SETTINGS_SHEET)
    if part is None or not package.has(part):
        return {}
    scan = scan_sheet(package, part, lambda col: col <= 2)
    replaced = {}
    for span in scan.rows[1:]:
        key = span.values.get(1)
        if isinstance(key, str) and key.strip() in after.values and after.values[key.strip()] != before.values.get(key.strip()):
            if 2 in span.formulas:
                continue
            replaced[span.start] = _rewrite_row(scan, span, {2: after.values[key.strip()]}, {})
    return {part: b"".join(_splice(scan, replaced))} if replaced else {}
