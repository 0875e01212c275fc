"""Editing a worksheet's XML in place, for the refresh: a row with some cells replaced and every
other byte kept, a sheet spliced from old and new rows, rows moved (their numbers and cell
references rewritten), a generated sheet's data rows replaced under its header, and the
ref="A1:H10" attributes that follow the rows."""

from __future__ import annotations

import re
from typing import Any, Iterator

from ..errors import WorkbookError
from . import layout
from .package import Package
from .sheet_scan import RowSpan, SheetScan, parse_cells, scan_sheet
from .cell_xml import cell_xml, column_index, column_letter

__all__ = ["CHART_CACHE_RE", "styles_from", "rewrite_row", "splice", "formula_columns", "set_ref_rows", "header_matches",
           "renumber", "move_row", "shift_rows", "regenerate", "chart_parts", "prefix_of", "row_ranges", "with_references"]

_SPANS_RE = re.compile(rb'\sspans="[^"]*"')


CHART_CACHE_RE = re.compile(rb"<(c:)?(numCache|strCache)\b.*?</\1?\2>", re.S)


# Styles are looked up in at most this many earlier rows (the writer styles every row alike).
STYLE_ROWS_TRIED = 50


_ROW_NUMBER_RE = re.compile(rb'(\sr=")(\d+)(")')


_CELL_NUMBER_RE = re.compile(rb'(\sr="[A-Z]{1,3})(\d+)(")')


# A row number or a cell reference's row, to move copied rows.
_ANY_NUMBER_RE = re.compile(rb'(\sr="[A-Z]{0,3})(\d+)"')


_ROW_START_RE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row r="(\d+)"')


def styles_from(scan: SheetScan, rows: list[RowSpan], columns: set[int]) -> dict[int, int | None]:
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


def rewrite_row(scan: SheetScan, span: RowSpan, new_cells: dict[int, Any], default_styles: dict[int, int | None]) -> bytes:
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


def splice(scan: SheetScan, replaced: dict[int, bytes]) -> list[bytes]:
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


def formula_columns(scan: SheetScan, span: RowSpan) -> set[int]:
    """Columns of the row whose cell holds a formula."""
    if b"<f" not in scan.data[span.start : span.end] and b":f" not in scan.data[span.start : span.end]:
        return set()
    _, cells, _ = parse_cells(scan.data[span.start : span.end], scan.prefix)
    return {col for col, _raw, _style, formula in cells if formula}


def set_ref_rows(data: bytes, element: str, last_row: int, prefix: str, grow_only: bool = True) -> bytes:
    """Set the last row of an element's ref="A1:H10" attribute (autoFilter, dimension)."""
    pattern = re.compile(rb"(<" + re.escape(prefix.encode()) + element.encode() + rb'\s[^>]*?ref=")([A-Z]+\d+):([A-Z]+)(\d+)(")')
    at = data.find(b"<" + prefix.encode() + element.encode())
    match = pattern.match(data, at) if at != -1 else None
    if match is None:
        return data
    if grow_only and int(match.group(4)) >= last_row:
        return data
    return data[: match.start()] + match.group(1) + match.group(2) + b":" + match.group(3) + str(last_row).encode() + match.group(5) + data[match.end() :]


def header_matches(scan: SheetScan, expected: tuple[str, ...]) -> bool:
    """Is row 1 the header xlplugin wrote? (Compared on the columns that were read: at least
    the first and last.)"""
    if not scan.rows or scan.rows[0].number != 1:
        return False
    found = {c: str(v).strip() for c, v in scan.rows[0].values.items() if c <= len(expected)}
    return 1 in found and len(expected) in found and all(expected[c - 1] == v for c, v in found.items())


def renumber(row: bytes, number: int) -> bytes:
    """A row's XML moved to row `number`: its r attribute and its cells' references."""
    head_end = row.index(b">") + 1
    digits = str(number).encode()
    head = _ROW_NUMBER_RE.sub(lambda m: m.group(1) + digits + m.group(3), row[:head_end], count=1)
    return head + _CELL_NUMBER_RE.sub(lambda m: m.group(1) + digits + m.group(3), row[head_end:])


def move_row(row: bytes, number: int) -> bytes:
    """An old row as row `number` (unchanged bytes when it already is that row)."""
    match = _ROW_START_RE.match(row)
    if match is not None and int(match.group(1)) == number:
        return row
    return renumber(row, number)


def shift_rows(block: bytes, delta: int) -> bytes:
    """Rows moved `delta` rows down (or up): every row number and cell reference in the block."""
    return _ANY_NUMBER_RE.sub(lambda m: m.group(1) + str(int(m.group(2)) + delta).encode() + b'"', block)


def regenerate(package: Package, part: str, expected_header: tuple[str, ...], rows: list[Any],
                scan: SheetScan | None = None) -> bytes | None:
    """A generated sheet with its data rows replaced by `rows` (the header row kept as it is);
    each row is a list of values, or the bytes of an old row to move into place. None when the
    sheet is not the one xlplugin wrote (its header differs)."""
    scan = scan or scan_sheet(package, part, value_rows=1)
    if not scan.rows or scan.rows[0].number != 1:
        return None
    if not header_matches(scan, expected_header):
        return None
    columns = set(range(1, len(expected_header) + 1))
    styles_by_row: dict[int, dict[int, int | None]] = {}
    for span in scan.rows[1 : len(layout.BANDS) + 8]:  # the Overview's rows differ by position
        _, cells, _ = parse_cells(scan.data[span.start : span.end], scan.prefix)
        styles_by_row[span.number] = {col: style for col, _b, style, _f in cells}
    default = styles_from(scan, scan.rows[1:], columns)
    row_attributes = {span.number: kept_row_attributes(scan.data, span.start) for span in scan.rows[1:]}
    body = [scan.data[scan.rows[0].start : scan.rows[0].end]]
    row_tag = f"{scan.prefix}row"
    for index, values in enumerate(rows, start=2):
        if isinstance(values, bytes):
            body.append(renumber(values, index))
            continue
        styles = styles_by_row.get(index, {})
        cells = "".join(
            cell_xml(f"{column_letter(col)}{index}", value, styles.get(col, default.get(col)))
            for col, value in enumerate(values, start=1) if value not in (None, "") or styles.get(col)
        )
        kept = row_attributes.get(index, b"").decode()
        body.append(f'<{row_tag} r="{index}"{kept}>{cells}</{row_tag}>'.encode())
    start, end = scan.sheet_data
    data = scan.data[:start] + b"".join(body) + scan.data[end:]
    last = len(rows) + 1
    data = set_ref_rows(data, "autoFilter", last, scan.prefix, grow_only=False)
    data = set_ref_rows(data, "dimension", last, scan.prefix, grow_only=False)
    return data


# A row's attributes a sheet made again keeps (its height as `score` set it, a hidden row...): all
# but its number, and its "spans", which describe the old cells.
_ROW_ATTR_RE = re.compile(rb'\s([\w:.-]+)\s*=\s*("[^"]*"|\'[^\']*\')')
_DROPPED_ROW_ATTRIBUTES = (b"r", b"spans")


def kept_row_attributes(data: bytes, start: int) -> bytes:
    """The attributes of the row whose start tag begins at `start`, as they are written (" ht="32"
    customHeight="1""), less its number and spans."""
    tag = data[start : data.index(b">", start)]
    return b"".join(b" " + m.group(1) + b"=" + m.group(2) for m in _ROW_ATTR_RE.finditer(tag)
                    if m.group(1) not in _DROPPED_ROW_ATTRIBUTES)


def chart_parts(package: Package, sheet_part: str) -> list[str]:
    charts = []
    for kind, target in package.rels(sheet_part).values():
        if kind == "drawing":
            charts += [t for k, t in package.rels(target).values() if k == "chart"]
    return charts


def prefix_of(data: bytes) -> str:
    """The namespace prefix the sheet's elements use ("" or "x:")."""
    match = re.search(rb"<([A-Za-z_][\w.-]*:)?(?:sheetData|autoFilter|worksheet)\b", data)
    return match.group(1).decode() if match and match.group(1) else ""


def row_ranges(data: bytes, start: int, end: int) -> Iterator[tuple[int, int]]:
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


_BARE_CELL_RE = re.compile(rb"<c(?=[\s/>])(?![^>]*\sr=)")
_NOT_REFERENCE_FIRST_RE = re.compile(rb'<c(?! r=")')


_ROW_ELEMENT_RE = re.compile(rb'<row r="(\d+)"[^>]*>.*?</row>', re.S)


_CELL_TAG_RE = re.compile(rb"<c(?=[\s/>])([^>]*)")


_CELL_COLUMN_RE = re.compile(rb'\sr="([A-Z]{1,3})\d+"')


def with_references(block: bytes) -> bytes:
    """Rows with a reference on every cell: rows older versions wrote without them (Gnumeric
    reads no cell without one) get them on the way through a refresh."""
    # (looked for in C first: a search for cells without one costs ~0.2 s on 10,000 documents' rows;
    # no "<c" but '<c r="' found by one search: it is what counting both and comparing found, in
    # 0.03 s instead of 0.08 s on those rows; when every cell starts '<c r="', the three counts
    # below add up to the fourth)
    if _NOT_REFERENCE_FIRST_RE.search(block) is None:
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
