"""Reading a worksheet's rows: for each row its number, where its XML starts and ends in the
part (so that a refresh can replace the cells it owns and copy every other byte), and the values
of the columns asked for; and one row's cells with their exact bytes.

Parts with no declarations, comments or CDATA ("<!" nowhere), which is what Excel, LibreOffice
and openpyxl write, are read with regular expressions (about ten times faster); anything else
with expat, to the same result."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
import re
from typing import Any, Callable

from ..errors import WorkbookError
from ..xml_text import xml_unescape
from .cell_xml import CELL_REF_RE, column_index, column_letter, decode_xstring
from .limits import MAIN_NS, MAX_ROWS, STRICT_NS
from .package import Package
from .xml_parse import START_TAG_RE, local_name, named, parse_xml, xml_parser

__all__ = ["RowSpan", "SheetScan", "SHEET_DATA_OPEN_RE", "scan_sheet", "parse_cells", "row_values", "column_width"]

# A <col> element of a worksheet's <cols> (before its <sheetData>): the columns min..max, their width.
_COL_RE = re.compile(rb"<(?:\w+:)?col\b([^>]*)/?>")
_ATTRIBUTE_RE = re.compile(rb'\b(min|max|width)="([0-9.]+)"')


def column_width(data: bytes, column: int, default: float) -> float:
    """The width (in characters) the worksheet XML `data` gives column `column` (from 1), or
    `default` where it gives none (a column of the program's default width, or no <cols>)."""
    end = data.find(b"sheetData")
    for match in _COL_RE.finditer(data, 0, end if end != -1 else len(data)):
        found = {name.decode(): float(value) for name, value in _ATTRIBUTE_RE.findall(match.group(1))}
        if found.get("min", 0) <= column <= found.get("max", -1) and "width" in found:
            return found["width"]
    return default



@dataclass
class RowSpan:
    """One <row> of a worksheet: its number, its byte range in the part, and the values of the
    columns that were asked for (1-based column -> value)."""

    number: int
    start: int
    end: int
    values: dict[int, Any]
    formulas: set[int] = field(default_factory=set)  # columns (of those asked for) holding a formula


@dataclass
class SheetScan:
    data: bytes
    rows: list[RowSpan]
    sheet_data: tuple[int, int]  # byte range of the <sheetData> element's content
    prefix: str  # namespace prefix used for elements ("" or "x:")


def _cell_value(kind: str, raw: str, inline: str, shared: list[str]) -> Any:
    if kind == "s":
        try:
            return shared[int(raw)]
        except (ValueError, IndexError):
            return None
    if kind in ("inlineStr",):
        return decode_xstring(inline)
    if kind == "str":
        return decode_xstring(raw)
    if kind == "e":
        return raw
    if kind == "b":
        return raw.strip() == "1"
    return _number(raw)


def _number(raw: str) -> Any:
    """A number cell's value (an int where the cell shows a whole number without a point)."""
    if raw == "":
        return None
    try:
        number = float(raw)
    except ValueError:
        return raw
    return int(number) if number.is_integer() and "." not in raw and "E" not in raw.upper() else number


_P = rb"(?:[A-Za-z_][\w.-]*:)?"




_FAST_CELL_RE = re.compile(rb"<" + _P + rb"c\b((?:[^>\"'/]|\"[^\"]*\"|'[^']*'|/(?!>))*)(?:/>|>(.*?)</" + _P + rb"c>)", re.S)


_ATTR_RC_RE = re.compile(rb'\sr="([A-Z]{1,3})(\d+)"')


_ATTR_ROW_RE = re.compile(rb'\sr="(\d+)"')


_ATTR_T_RE = re.compile(rb'\st="(\w+)"')


_V_RE = re.compile(rb"<" + _P + rb"v>(.*?)</" + _P + rb"v>", re.S)


_T_RE = re.compile(rb"<" + _P + rb"t\b[^>]*>(.*?)</" + _P + rb"t>", re.S)


_F_RE = re.compile(rb"<" + _P + rb"f\b")


SHEET_DATA_OPEN_RE = re.compile(rb"<(" + _P + rb")sheetData\b[^>]*?(/?)>")


def _unescape(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return xml_unescape(text)


def _all_cells_referenced(row: bytes, tag_end: int, prefix: bytes) -> bool:
    """Does every cell of the row carry its own reference (r="B7")? Cells without one (valid:
    the Evidence sheet writes none) take their column from their position instead."""
    cells = row.count(b"<" + prefix + b"c ", tag_end) + row.count(b"<" + prefix + b"c>", tag_end) + row.count(b"<" + prefix + b"c/>", tag_end)
    return row.count(b' r="', tag_end) >= cells




_FIRST = itemgetter(0)


_LETTERS = itemgetter(1)


# The cells of a checked simple row, each as (column letters, attributes, value, inline text).
_SIMPLE_CELLS_RE = re.compile(rb'(<c r="([A-Z]{1,3})\d+"((?:\s[\w:]+="[^"]*")*)\s*(?:/>|><v>([^<]*)</v></c>|><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>|></c>))')


def _simple_row_values(row: bytes, tag_end: int, wanted: dict[bytes, int], shared: list[str]) -> dict[int, Any] | None:
    """Values of the wanted columns of a row whose cells are all simple (each with its reference first, holding nothing, a value, or one plain inline string) and
    follow one another with nothing between them; None for any other row. The row is checked
    in one expression and its cells listed by another (a Python step per cell costs more).
    `wanted`: column letters -> column number."""
    cells = _SIMPLE_CELLS_RE.findall(row, tag_end)
    # The cells found tile the row exactly (nothing else between them) only if their lengths
    # add up to the row's length between the start tag and "</row>".
    if not row.endswith(b"</row>") or sum(map(len, map(_FIRST, cells))) != len(row) - tag_end - 6:
        return None
    values: dict[int, Any] = {}
    kinds = _KINDS
    # only the wanted columns' cells, picked out in C (a row has many more cells than are read)
    for _whole, letters, attrs, raw, inline in compress(cells, map(wanted.__contains__, map(_LETTERS, cells))):
        if not (raw or inline):
            continue  # (an empty value is no value, whatever its type)
        kind = kinds.get(attrs)
        if kind is None:
            kind = _cell_kind(attrs)
        if kind == "inlineStr":
            value = decode_xstring(_unescape(inline))
        elif kind == "n" and b"&" not in raw:  # (a number, the most common: _cell_value's last step directly)
            value = _number(raw.decode("utf-8"))
        else:
            value = _cell_value(kind, _unescape(raw), "", shared)
        if value not in (None, ""):
            values[wanted[letters]] = value
    return values


# A cell's attributes (b' s="4" t="inlineStr"') -> its type: the same few strings on every row.
_KINDS: dict[bytes, str] = {}


def _cell_kind(attrs: bytes) -> str:
    kind_match = _ATTR_T_RE.search(attrs)
    kind = kind_match.group(1).decode() if kind_match else "n"
    if len(_KINDS) < 4096:
        _KINDS[attrs] = kind
    return kind


def _rows_of(data: bytes, shared: list[str], columns: Callable[[int], bool] | set[int] | None, value_rows: int | None = None,
             first_only: bool = False) -> SheetScan | None:
    """The rows, found with regular expressions; None when the part cannot be split into rows
    that way (no sheetData, a row not closed: a malformed part)."""
    opened = SHEET_DATA_OPEN_RE.search(data)
    if opened is None:
        return None
    prefix = opened.group(1)
    if opened.group(2):
        return SheetScan(data, [], (opened.end(), opened.end()), prefix.decode())
    close = data.find(b"</" + prefix + b"sheetData>", opened.end())
    if close == -1:
        return None
    rows: list[RowSpan] = []
    next_row = 1
    open_tag, close_tag = b"<" + prefix + b"row", b"</" + prefix + b"row>"
    reader = _CellReader(columns, shared, prefix)
    position = opened.end()
    while True:
        # Row start tags hold only numbers and flags (r, spans, ht, s, ...), never a ">" in a value.
        start = data.find(open_tag, position, close)
        if start == -1:
            break
        tag_end = data.find(b">", start) + 1
        if data[start + len(open_tag)] not in b" \t\r\n/>" or tag_end == 0:
            return None
        end = tag_end if data[tag_end - 2] == 0x2F else data.find(close_tag, tag_end) + len(close_tag)
        if end < tag_end:
            return None
        position = end
        number_match = _ATTR_ROW_RE.search(data, start, tag_end)
        number = int(number_match.group(1)) if number_match else next_row
        next_row = number + 1
        span = RowSpan(number, start, end, {})
        rows.append(span)
        if value_rows is not None and len(rows) > value_rows:
            if first_only:
                break
            continue
        reader.read(span, data[start:end], tag_end - start, first=len(rows) == 1)
    return SheetScan(data, rows, (opened.end(), close), prefix.decode())


class _CellReader:
    """The values (and formulas) of the wanted columns of one row."""

    def __init__(self, columns: Callable[[int], bool] | set[int] | None, shared: list[str], prefix: bytes) -> None:
        self.few = columns if isinstance(columns, (set, frozenset, tuple)) else None
        self.wanted = columns.__contains__ if self.few is not None else columns  # type: ignore[union-attr]
        self.letters = {column_letter(c).encode(): c for c in self.few} if self.few is not None else {}
        self.shared, self.prefix = shared, prefix

    def read(self, span: RowSpan, whole: bytes, tag_end: int, first: bool) -> None:
        if self.few is not None and not first and not self.prefix:
            # Few columns wanted: the cells as Excel, LibreOffice, openpyxl and xlsxwriter write
            # them (each with its reference) in one regular expression per row
            simple = _simple_row_values(whole, tag_end, self.letters, self.shared)
            if simple is not None:
                span.values.update(simple)
                return
        if self.few is not None and not first and _all_cells_referenced(whole, tag_end, self.prefix):
            self._by_reference(span, whole, tag_end)
            return
        col = 0
        for cell in _FAST_CELL_RE.finditer(whole, tag_end):
            attrs, body = cell.group(1), cell.group(2)
            ref = _ATTR_RC_RE.search(attrs)
            col = column_index(ref.group(1).decode()) if ref else col + 1
            if body is None or (self.wanted is not None and not self.wanted(col)):
                continue
            value = self._value(attrs, body)
            if value is not None and value != "":
                span.values[col] = value
            if _F_RE.search(body):
                span.formulas.add(col)

    def _by_reference(self, span: RowSpan, whole: bytes, tag_end: int) -> None:
        """Any other row whose cells all have a reference: the wanted ones found by it."""
        for wanted in self.few or ():
            at = whole.find(b' r="' + column_letter(wanted).encode() + str(span.number).encode() + b'"', tag_end)
            if at == -1:
                continue
            cell = _FAST_CELL_RE.match(whole, whole.rfind(b"<", tag_end, at))
            if cell is None or cell.group(2) is None:
                continue
            value = self._value(cell.group(1), cell.group(2))
            if value not in (None, ""):
                span.values[wanted] = value
            if _F_RE.search(cell.group(2)):  # (as the cell-by-cell reading below marks them)
                span.formulas.add(wanted)

    def _value(self, attrs: bytes, body: bytes) -> Any:
        kind_match = _ATTR_T_RE.search(attrs)
        kind = kind_match.group(1).decode() if kind_match else "n"
        v = _V_RE.search(body)
        inline = "".join(_unescape(t) for t in _T_RE.findall(body)) if kind == "inlineStr" else ""
        return _cell_value(kind, _unescape(v.group(1)) if v else "", inline, self.shared)


# Comments and CDATA sections, in the order they come (a comment's text inside a CDATA section
# is text, and the other way round).
_MARKUP_RE = re.compile(rb"<!--.*?-->|<!\[CDATA\[(.*?)\]\]>", re.S)


def _masked(data: bytes) -> bytes:
    """The part with its comments and CDATA sections blanked out (as many spaces): every row
    where it was, and no "</row>" hidden in a comment mistaken for one."""
    return _MARKUP_RE.sub(lambda m: b" " * len(m.group(0)), data)


def _plain(xml: bytes) -> bytes:
    """XML (a row) with its comments taken out and its CDATA sections written as escaped text."""
    return _MARKUP_RE.sub(lambda m: b"" if m.group(1) is None else
                          m.group(1).replace(b"&", b"&amp;").replace(b"<", b"&lt;").replace(b">", b"&gt;"), xml)


def _check_with_expat(package: Package, part: str, data: bytes) -> None:
    """Refuse a malformed part, one with a DOCTYPE, or a Strict Open XML sheet (expat says what
    and where)."""
    namespaces: set[str] = set()

    def start(tag: str, attrs: dict[str, str]) -> None:
        ns, local = local_name(tag)
        if local == "worksheet":
            namespaces.add(ns)

    try:
        parse_xml(data, part, start)
    except WorkbookError as exc:
        raise named(package.path, exc) from None
    if STRICT_NS in namespaces:
        raise WorkbookError(f"{package.path}: saved as 'Strict Open XML'; save it as an ordinary Excel Workbook (.xlsx) and try again")


def scan_sheet(package: Package, part: str, columns: Callable[[int], bool] | set[int] | None = None, value_rows: int | None = None,
               first_only: bool = False, data: bytes | None = None) -> SheetScan:
    """Every row of a worksheet part with its byte range; values only for columns where
    `columns(col)` is true (all when None), and (when given) only in the first `value_rows`
    rows (with `first_only`, the rows after those are not listed either). Shared strings are
    resolved. `data`: the part's bytes, when the caller has read them already.

    One reader for every part: a part with comments or CDATA sections ("<!" somewhere, which
    Excel, LibreOffice and openpyxl never write) is first checked with expat, then read with its
    comments and CDATA blanked out, and the rows that held any read again from their plain
    form."""
    data = package.read(part) if data is None else data
    shared = package.shared_strings
    odd = b"<!" in data
    try:
        if odd:
            _check_with_expat(package, part, data)
        scan = _rows_of(_masked(data) if odd else data, shared, columns, value_rows, first_only)
    except UnicodeDecodeError:
        _check_with_expat(package, part, data)  # (it says where the text is not UTF-8)
        raise WorkbookError(f"{package.path}: part {part} holds text that is not valid UTF-8") from None
    if scan is None:
        _check_with_expat(package, part, data)
        raise WorkbookError(f"{package.path}: part {part} has no cell data (not a worksheet?)")
    if odd:
        scan.data = data
        reader = _CellReader(columns, shared, scan.prefix.encode())
        listed = scan.rows if value_rows is None else scan.rows[:value_rows]
        for index, span in enumerate(listed):
            if data.find(b"<!", span.start, span.end) != -1:
                row = _plain(data[span.start:span.end])
                span.values, span.formulas = {}, set()
                reader.read(span, row, row.index(b">") + 1, first=index == 0)
    _check_row_numbers(package, part, scan.rows)
    return scan


def _check_row_numbers(package: Package, part: str, rows: list[RowSpan]) -> None:
    for span in rows:
        if not 0 < span.number <= MAX_ROWS:
            raise WorkbookError(f"{package.path}: part {part}: a row numbered {span.number}; a sheet has rows 1 to {MAX_ROWS:,} "
                                "(the file is damaged or was not written by a spreadsheet program)")


def parse_cells(row_xml: bytes, prefix: str) -> tuple[bytes, list[tuple[int, bytes, int | None, bool]], bytes]:
    """Split one <row> element into (start tag, cells, tail). Each cell: (column, its exact bytes,
    its style index, whether it holds a formula). The tail is whatever follows the last cell
    (an <extLst> and the end tag)."""
    head = START_TAG_RE.match(row_xml)
    if head is None:
        raise WorkbookError("cannot read a row of the Documents sheet")
    if head.group(1):
        return head.group(0), [], b""
    # Wrap in a root that declares the prefix so that expat accepts a fragment.
    ns_decl = f'xmlns{":" + prefix[:-1] if prefix else ""}="{MAIN_NS}"'.encode()
    wrapper_open = b"<wrap " + ns_decl + b">"
    data = wrapper_open + row_xml + b"</wrap>"
    shift = len(wrapper_open)
    parser = xml_parser()
    cells: list[tuple[int, bytes, int | None, bool]] = []
    state: dict[str, Any] = {"depth": 0, "start": -1, "col": 0, "style": None, "formula": False, "last_end": -1}

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = local_name(tag)[1]
        state["depth"] += 1
        if local == "c" and state["depth"] == 3:
            state["start"] = parser.CurrentByteIndex
            ref = attrs.get("r")
            match = CELL_REF_RE.match(ref) if ref else None
            state["col"] = column_index(match.group(1)) if match else state["col"] + 1
            state["style"] = int(attrs["s"]) if attrs.get("s", "").isdigit() else None
            state["formula"] = False
        elif local == "f":
            state["formula"] = True

    def end(tag: str) -> None:
        local = local_name(tag)[1]
        if local == "c" and state["depth"] == 3:
            offset = parser.CurrentByteIndex
            start_at = state["start"]
            tag_match = START_TAG_RE.match(data, start_at)
            assert tag_match is not None
            stop = tag_match.end() if tag_match.group(1) else data.index(b">", offset) + 1
            cells.append((state["col"], data[start_at:stop], state["style"], state["formula"]))
            state["last_end"] = stop
        state["depth"] -= 1

    parse_xml(data, "row", start, end, None, parser)
    body_start = head.end() + shift
    tail_start = state["last_end"] if state["last_end"] != -1 else body_start
    tail = data[tail_start : len(data) - len(b"</wrap>")]
    return head.group(0), cells, tail


def row_values(row: bytes, shared: list[str], wanted: set[int] | None = None) -> dict[int, Any]:
    """Values of one <row> element's cells (1-based column -> value), for the columns in
    `wanted` (all when None); shared strings resolved, cells with or without references."""
    tag_end = row.find(b">") + 1
    values: dict[int, Any] = {}
    col = 0
    for cell in _FAST_CELL_RE.finditer(row, tag_end):
        attrs, body = cell.group(1), cell.group(2)
        ref = _ATTR_RC_RE.search(attrs)
        col = column_index(ref.group(1).decode()) if ref else col + 1
        if body is None or (wanted is not None and col not in wanted):
            continue
        kind_match = _ATTR_T_RE.search(attrs)
        kind = kind_match.group(1).decode() if kind_match else "n"
        v = _V_RE.search(body)
        inline = "".join(_unescape(t) for t in _T_RE.findall(body)) if kind == "inlineStr" else ""
        value = _cell_value(kind, _unescape(v.group(1)) if v else "", inline, shared)
        if value not in (None, ""):
            values[col] = value
    return values
