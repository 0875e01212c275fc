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

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..cells import CUT_MARKER, cell_to_text
from ..engine import DocumentInput, engine_version, score_many, text_digest
from ..errors import InputError, WorkbookError
from ..inputs import Problem, Record, records_from_rows
from ..types import DocumentResult
from . import layout
from .files import atomic_write, check_writable
from .package import Package, RowSpan, SheetScan, cell_xml, column_letter, parse_cells, scan_sheet, write_package
from .reader import settings_from_package
from .rows import evidence_rows, overview_rows, owned_values

__all__ = ["RefreshSummary", "refresh_workbook"]

_CUT_RE = re.compile(re.escape(CUT_MARKER).replace(r"\{n\}", r"\d+") + r"$")
_SPANS_RE = re.compile(rb'\sspans="[^"]*"')
_CACHE_RE = re.compile(rb"<(c:)?(numCache|strCache)\b.*?</\1?\2>", re.S)
# Styles are looked up in at most this many earlier rows (the writer styles every row alike).
STYLE_ROWS_TRIED = 50


@dataclass
class RefreshSummary:
    """What a refresh did: rows re-scored (text, settings or version changed), rows left as they
    were, rows the user appended and that were scored for the first time, rows that could not be
    scored (their Status says why), and the time taken."""

    rescored: int = 0
    unchanged: int = 0
    appended: int = 0
    failed: int = 0
    seconds: float = 0.0


@dataclass
class _Row:
    span: RowSpan
    item: Record | Problem
    new: bool  # no stamp yet: a row the user added
    result: DocumentResult | None = None
    values: list[Any] | None = None  # new owned values, when the row is rewritten


def _refuse(path: Path, reason: str) -> WorkbookError:
    return WorkbookError(f"{path}: refresh refused, nothing was changed: {reason}. "
                         "To keep your workbook as it is, score into a new file instead (xlplugin score ... -o NEW.xlsx)")


def _header_columns(path: Path, scan: SheetScan) -> tuple[dict[str, int], list[tuple[int, str]]]:
    if not scan.rows or scan.rows[0].number != 1:
        raise _refuse(path, "the Documents sheet has no header row in row 1")
    header = {col: str(value).strip() for col, value in scan.rows[0].values.items() if value not in (None, "")}
    owned = {name: col for col, name in header.items() if name in layout.OWNED_HEADERS}
    missing = [name for name in layout.OWNED_HEADERS if name not in owned]
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


def _splice(scan: SheetScan, replaced: dict[int, bytes]) -> bytes:
    """The sheet with the rows at the given start offsets replaced."""
    parts = []
    position = 0
    for span in scan.rows:
        if span.start in replaced:
            parts.append(scan.data[position : span.start])
            parts.append(replaced[span.start])
            position = span.end
    parts.append(scan.data[position:])
    return b"".join(parts)


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


def _old_evidence(package: Package, part: str) -> tuple[dict[tuple[str, str], list[bytes]], SheetScan] | None:
    """The old evidence rows (their exact XML) by (document id, text hash)."""
    scan = scan_sheet(package, part, {1, 8})
    if not _header_matches(scan, layout.EVIDENCE_HEADERS):
        return None
    grouped: dict[tuple[str, str], list[bytes]] = {}
    for span in scan.rows[1:]:
        key, text_hash = span.values.get(1), span.values.get(8)
        if key in (None, "") or text_hash in (None, ""):
            continue  # the "(sheet full)" note, or a row without a key
        grouped.setdefault((str(key), str(text_hash)), []).append(scan.data[span.start : span.end])
    return grouped, scan


def refresh_workbook(path: Path, *, output: Path | None = None, settings_overrides: dict | None = None,
                     progress: Callable[[int, int], None] | None = None) -> RefreshSummary:
    """Re-score the rows of a scored workbook that changed, in place (or into `output`).

    Raises WorkbookError, before anything is written, for a workbook it cannot refresh without
    losing something; the message says why and what to do instead.
    """
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
    with Package.open(path) as package:
        docs_part = package.sheet_part(layout.DOCUMENTS)
        if docs_part is None or not package.has(docs_part):
            raise _refuse(path, f"it has no sheet named {layout.DOCUMENTS!r} (is it a workbook written by xlplugin score?)")
        sheet_settings = settings_from_package(package)
        settings = sheet_settings.with_values(settings_overrides)
        scan = scan_sheet(package, docs_part)
        owned, user = _header_columns(path, scan)
        owned_cols = set(owned.values())
        col_of = {name: col for name, col in owned.items()}
        user_cols = [col for col, _ in user]
        data_rows = [span for span in scan.rows if span.number > 1 and any(span.values.get(c) not in (None, "") for c in user_cols)]
        table = [[span.values.get(c) for c in user_cols] for span in data_rows]
        try:
            items = list(records_from_rows([name for _, name in user], table, f"{path} sheet {layout.DOCUMENTS}", None, path.parent))
        except InputError as exc:
            raise _refuse(path, str(exc)) from None

        version, digest = engine_version(), settings.digest()
        stamp_cols = [col_of[h] for h in layout.STAMP_HEADERS]
        rows: list[_Row] = []
        to_score: list[_Row] = []
        for span, item in zip(data_rows, items):
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
                elif old == (version, digest, text_digest(text, item.title, item.url, item.outlet)):
                    summary.unchanged += 1
                    continue
                else:
                    to_score.append(row)
                    continue
            # a row whose text cannot be read now
            message = row.item.message  # type: ignore[union-attr]
            summary.failed += 1
            if row.new or span.values.get(owned[layout.SCORE_HEADERS[0]]) in (None, ""):
                row.values = owned_values(None, problem=message)
            else:
                row.values = _kept_values(span, owned, f"not refreshed ({message}); the scores shown are from an earlier run")

        rewritten = [r for r in rows if r.values is not None] + to_score
        clashes = sorted({f"{column_letter(c)}{r.span.number}" for r in rewritten for c in r.span.formulas & owned_cols})
        if clashes:
            raise _refuse(path, "score cell(s) " + ", ".join(clashes[:5]) + (" ..." if len(clashes) > 5 else "")
                          + " hold a formula that the refresh would overwrite; move the formula to a column of your own")

        inputs = [DocumentInput(r.item.text, r.item.id, r.item.title, r.item.url, r.item.outlet) for r in to_score]  # type: ignore[union-attr]
        for done, (row, result) in enumerate(zip(to_score, score_many(inputs, settings=settings)), start=1):
            row.result = result
            row.values = owned_values(result)
            if row.new:
                summary.appended += 1
            else:
                summary.rescored += 1
            if progress is not None:
                progress(done, len(inputs))

        replacements: dict[str, bytes] = {}
        if rewritten:
            replacements[docs_part] = _documents_xml(scan, rewritten, owned, data_rows)
            replacements.update(_generated_parts(package, rows, owned))
        if settings_overrides:
            replacements.update(_settings_cells(package, sheet_settings, settings))
        if not replacements and output is None:
            summary.seconds = time.monotonic() - started
            return summary  # nothing to change: the file is not touched at all
        atomic_write(target, lambda temporary: write_package(package.archive, temporary, replacements))
    summary.seconds = time.monotonic() - started
    return summary


def _kept_values(span: RowSpan, owned: dict[str, int], status: str) -> list[Any]:
    values = [span.values.get(owned[h]) for h in layout.OWNED_HEADERS]
    values[layout.OWNED_HEADERS.index(layout.SCORE_HEADERS[-1])] = status
    return values


def _documents_xml(scan: SheetScan, rewritten: list[_Row], owned: dict[str, int], data_rows: list[RowSpan]) -> bytes:
    columns = [owned[h] for h in layout.OWNED_HEADERS]
    styles = _styles_from(scan, [r for r in data_rows if any(r.values.get(c) not in (None, "") for c in columns)], set(columns))
    replaced = {}
    for row in rewritten:
        assert row.values is not None
        replaced[row.span.start] = _rewrite_row(scan, row.span, dict(zip(columns, row.values)), styles)
    data = _splice(scan, replaced)
    last = max((r.number for r in data_rows), default=1)
    return _set_ref_rows(data, "autoFilter", last, scan.prefix)


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
    evidence = package.sheet_part(layout.EVIDENCE)
    if evidence and package.has(evidence):
        found = _old_evidence(package, evidence)
        if found is not None:
            old, old_scan = found
            new_rows: list[Any] = []
            text_col = owned[layout.STAMP_HEADERS[2]]
            for row in rows:
                doc_id = row.item.id
                if row.result is not None:
                    new_rows.extend(evidence_rows(doc_id, row.result))
                else:
                    new_rows.extend(old.get((str(doc_id), str(row.span.values.get(text_col))), []))
            if len(new_rows) > layout.MAX_EVIDENCE_ROWS:
                extra = len(new_rows) - layout.MAX_EVIDENCE_ROWS
                new_rows = new_rows[: layout.MAX_EVIDENCE_ROWS]
                new_rows.append(["(sheet full)", None, None, f"{extra} more evidence rows do not fit in one sheet; score fewer documents per workbook to see them"])
            data = _regenerate(package, evidence, layout.EVIDENCE_HEADERS, new_rows, old_scan)
            if data is not None:
                parts[evidence] = data
    return parts


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
    return {part: _splice(scan, replaced)} if replaced else {}
