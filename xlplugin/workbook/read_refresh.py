"""The Read sheet as a refresh keeps it (see `read_sheet` for what the sheet shows and how its
rows are written): the earlier rows read back by document id and text hash, so that a document
that was not re-scored keeps its text cell byte for byte, and the part written again with every
row in the order of the Documents sheet.

Rows as `read_sheet.read_row_xml` writes them are read with one regular expression over the
whole part (about a tenth of the time of reading them cell by cell); a sheet with any other row
(saved by another program, older versions, a namespace prefix) is read cell by cell, with the
same result.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator, Sequence

from ..errors import WorkbookError
from ..xml_text import xml_unescape
from .cell_xml import column_letter, decode_xstring
from .read_passthrough import PassThrough
from .read_sheet import CONTINUED, INDEX_COLUMN, continued_mark, is_continued, COPIES_COLUMN, FIRST_ROW, HASH_COLUMN, HEADER_ROW, HIDDEN_FROM, LEGEND, LEGEND_ROW, \
    PRINTS_COLUMN, READ, READ_HEADERS, SIGNALS_COLUMN, TEXT_COLUMN, ReadRow, run_xml, read_row_xml, rows_taken, with_reason

__all__ = ["OldRow", "OldReadSheet", "old_rows", "refresh_part"]


@dataclass(frozen=True)
class OldRow:
    """What a refresh keeps of an earlier Read row: the text cell (exact bytes, without a cell
    reference), the row's height, and the outlet shown."""

    text_cell: bytes | None
    height: float | None
    outlet: str
    source: str
    fingerprints: str | None = None  # as kept, when made the way this version makes them
    # The row's bytes before and after its text cell, when read in one pass (see read_passthrough)
    head: bytes | None = field(default=None, compare=False, repr=False)
    tail: bytes | None = field(default=None, compare=False, repr=False)
    copies: str = ""  # the Copies cell as it was (a refresh compares it with the copies found now)
    # The index it showed, as read (text or number; "" or None for none): the index written for
    # this text, which the refresh compares with the Documents row's (refresh_scores_check)
    index: float | str | None = None
    # Its signal cells as written (read_sheet.signals_text; None: a Read sheet without column J):
    # compared with the Documents row's, as the index is
    signals: str | None = None
    # The text cells (exact bytes, without reference) and heights of the rows right below it that
    # go on with its text (id cell CONTINUED, the same text hash)
    more: tuple[tuple[bytes, float | None], ...] = ()
    number: int = field(default=0, compare=False)  # its sheet row (the first of its rows)


@dataclass
class OldReadSheet:
    """The earlier Read sheet: its rows by (document id, text hash), the styles of the legend
    row's cells (the styles the rows use), and the bytes of the part around its document rows
    (`head` up to the first of them, `tail` from the end of sheetData), so that the part is not
    held whole while the new one is written."""

    rows: dict[tuple[str, str], OldRow]
    styles: list[int | None]
    head: bytes
    tail: bytes
    prefix: bytes
    # (document id, text hash, its "Row in Documents" or None) of each row that has an id and a
    # hash, in the sheet's order: the Documents rows as the last score or refresh left them
    # (see row_changes)
    order: list[tuple[str, str, int | None]] = field(default_factory=list)
    # The Status of each row that cannot be read now, by its row in Documents: shown in its text
    # cell's place (read_sheet.with_reason). Set by the refresh before the sheet is written.
    reasons: dict[int, str] = field(default_factory=dict)
    # whether the sheet has the column of the rows' signal cells (J; a sheet written before it
    # had it is refreshed without it)
    signals_column: bool = False
    # whether the legend cell says what this version's legend says (a sheet written before the
    # purple argued-voice marks has no entry for them): the refresh writes it again where not
    legend_current: bool = True
    # What the user changed in the sheet's layout, which a refresh undoes (see `Repairs`)
    repairs: "Repairs" = field(default_factory=lambda: Repairs())
    # (hunt33) The rows with an id but no text hash (a text that could not be read: "N/A", a
    # binary file): by document id, (its "Row in Documents" or None, its signal cells as written),
    # so that words typed over such a row's Status are seen too (typed_cells.find_typed)
    unhashed: dict[str, list[tuple[int | None, str]]] = field(default_factory=dict)

    def broken_keys(self) -> set[tuple[str, str]]:
        """The rows whose Read rows a merged cell covered: written again whole."""
        hit: set[tuple[str, str]] = set()
        for first, last in self.repairs.merged_rows:
            hit.update(key for key, row in self.rows.items() if row.number and row.number <= last
                       and row.number + len(row.more) >= first)
        return hit


@dataclass
class Repairs:
    """Edits to the Read sheet's layout that would hide a text, found as it is read, and put right
    by the refresh (each said in its summary, refresh_read_edits.read_repair_notes):

    - `headless`: the text hashes of "(continued)" rows that follow no row of their own text (the
      document's first Read row deleted, or moved).
    - `restored`: set by the refresh (refresh_read_edits.rescore_read_repairs): the text hashes of
      the rows kept as they were that have no Read row (deleted there; the first of a long text's
      rows, above): their Read rows are written again from the Documents sheet, which holds the
      text, and they are not taken for rows added to the Documents sheet (row_changes).
    - `remarked`: rows right below a text's rows, with its hash and no row in Documents, whose
      "(continued)" mark was cleared or typed over (with an id): read as that text's rows, and
      written again with their mark (the number of such rows by the key of the text's first row).
    - `merged`: the merged cells over document rows (as "F5:F11"), undone; `merged_rows` their
      first and last rows. The rows they cover are written again.
    - `typed`: rows that are none of ours, holding words typed into the sheet (its row number, and
      the id typed, if any). The refresh refuses them: writing the sheet again would lose them.
    """

    headless: set[str] = field(default_factory=set)
    restored: set[str] = field(default_factory=set)
    remarked: dict[tuple[str, str], int] = field(default_factory=dict)  # (by the key of the text's first row)
    merged: list[str] = field(default_factory=list)
    merged_rows: list[tuple[int, int]] = field(default_factory=list)
    typed: list[tuple[int, str]] = field(default_factory=list)
    # (hunt43) the "(continued)" rows that follow no row of their own text, by text hash, each (its
    # text cell, its height, its id cell's mark), in the sheet's order: a Read sheet sorted (by the index, the outlet)
    # puts a long text's first row apart from the rows that go on with it. Where the first row is
    # there, they are its rows still (`refresh_read_edits._rejoin_sorted`), not a text edited nor a first row deleted.
    apart: dict[str, list[tuple[bytes, float | None, str]]] = field(default_factory=dict)
    rejoined: set[str] = field(default_factory=set)  # (hunt43: texts `_rejoin_sorted` put back together)


def _continues(going_on: tuple[tuple[str, str], int] | None, number: int, text_hash: str) -> bool:
    """Whether a row numbered `number` with `text_hash` is right below the rows of the text
    `going_on` (its key, its last row) and of the same text."""
    return going_on is not None and going_on[1] == number - 1 and bool(text_hash) and going_on[0][1] == text_hash


_MERGE_RE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"[^>]*/>')
_MERGES_RE = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)mergeCells\b[^>]*>(.*?)</(?:[A-Za-z_][\w.-]*:)?mergeCells>", re.S)


def _undo_merges(tail: bytes, repairs: Repairs) -> bytes:
    """`tail` (the Read part after its rows) without its merged cells over document rows (noted
    in `repairs`); the merges above them (title, legend) are kept."""
    block = _MERGES_RE.search(tail)
    if block is None:
        return tail
    kept = []
    for merge in _MERGE_RE.finditer(block.group(2)):
        first = int(merge.group(2))
        last = int(merge.group(4) or first)
        if last < FIRST_ROW:
            kept.append(merge.group(0))
            continue
        repairs.merged.append(merge.group(0).split(b'ref="')[1].split(b'"')[0].decode())
        repairs.merged_rows.append((first, last))
    if not repairs.merged:
        return tail
    prefix = block.group(1)
    new = (b"<" + prefix + b'mergeCells count="' + str(len(kept)).encode() + b'">' + b"".join(kept)
           + b"</" + prefix + b"mergeCells>") if kept else b""
    return tail[:block.start()] + new + tail[block.end():]


_ROW_START_RE = re.compile(rb'<((?:[A-Za-z_][\w.-]*:)?)row\b[^>]*?\br="(\d+)"')
_ROW_LITERAL_RE = re.compile(rb'<()row r="(\d+)"')


@dataclass(frozen=True)
class _RowSlice:
    """One <row> of a sheet: where it starts and ends in the part, its number and prefix."""

    data: bytes
    start: int
    end: int
    number: int
    prefix: bytes

    @property
    def xml(self) -> bytes:
        return self.data[self.start:self.end]


def _rows_of(data: bytes, below: int | None = None) -> tuple[dict[int, _RowSlice], int]:
    """The rows of a sheet part, by number: each from its start tag to the next row's (or to
    the end of sheetData), and where sheetData ends. Found by their start tags only: matching
    whole rows with a regular expression cost seconds on the Read rows of 10,000 documents.
    `below`: stop at the first row numbered `below` or more (it is not listed)."""
    first = _ROW_START_RE.search(data)
    if first is None:
        return {}, len(data)
    # Rows as xlplugin, openpyxl, Excel and LibreOffice write them start '<row r="': found by
    # that literal (fast); other spellings by the general pattern.
    literal = _ROW_LITERAL_RE if not first.group(1) and data.startswith(b'<row r="', first.start()) else _ROW_START_RE
    prefix = first.group(1)
    close = data.rfind(b"</" + prefix + b"sheetData>")
    end_of_rows = close if close != -1 else len(data)
    rows: dict[int, _RowSlice] = {}
    this = None
    for following in literal.finditer(data):
        if this is not None:
            rows[int(this.group(2))] = _RowSlice(data, this.start(), following.start(), int(this.group(2)), this.group(1))
        if below is not None and int(following.group(2)) >= below:
            return rows, end_of_rows
        this = following
    if this is not None:
        rows[int(this.group(2))] = _RowSlice(data, this.start(), end_of_rows, int(this.group(2)), this.group(1))
    return rows, end_of_rows


_HT_RE = re.compile(rb'\bht="([\d.]+)"')
_CELL_REF_RE = re.compile(rb'^(<(?:[A-Za-z_][\w.-]*:)?c\b[^>]*?)\sr="[A-Z]{1,3}\d+"')

# A Read row exactly as read_row_xml writes it (every cell with its reference, the text cell's
# runs with their properties), as groups: its number, its height, then the values
# of columns B, C, E, the text cell (F) whole, and the values of G, H and I.
_STYLE = rb'(?: s="\d+")?'
# Text in the rows: anything but "<" and the control characters XML refuses (so that rows read
# this way hold none, and _check_own_sheet need not look for them: see _has_bad_text)
_TEXT = rb"[^<\x00-\x08\x0b\x0c\x0e-\x1f]*"
_NUMBER_VALUE = rb'\d+"' + _STYLE + rb'(?:><v>(' + _TEXT + rb')</v></c>|/>)'  # (its value captured)


def _text_cell(column: bytes, group: bool = True) -> bytes:
    value = rb"(" + _TEXT + rb")" if group else _TEXT
    return (rb'<c r="' + column + rb'\d+"' + _STYLE
            + rb'(?: t="inlineStr"><is><t(?: xml:space="preserve")?>' + value + rb"</t></is></c>|/>)")


_RUN = (rb'<r><rPr>(?:<[a-zA-Z]+(?: [a-zA-Z]+="[^"<>\x00-\x08\x0b\x0c\x0e-\x1f]*")*/>)*</rPr><t(?: xml:space="preserve")?>'
        + _TEXT + rb"</t></r>")
_OWN_READ_ROW_RE = re.compile(
    rb'<row r="(\d+)"(?: ht="([\d.]+)" customHeight="1")?><c r="A\d+"' + _STYLE + rb'(?:><v>(' + _TEXT + rb')</v></c>|/>)'
    + _text_cell(b"B") + _text_cell(b"C")
    + rb'<c r="D' + _NUMBER_VALUE + _text_cell(b"E") + rb'(<c r="F\d+"' + _STYLE + rb'(?:/>| t="inlineStr"><is>(?:' + _RUN
    + rb')*</is></c>))' + _text_cell(b"G") + _text_cell(b"H") + _text_cell(b"I") + rb"(?:" + _text_cell(b"J") + rb")?</row>")


def _text(raw: bytes | None) -> str:
    """A value captured by _OWN_READ_ROW_RE ("" for an empty cell)."""
    if not raw:
        return ""
    text = raw.decode("utf-8")
    return decode_xstring(xml_unescape(text))


def _index(value: Any) -> float | str | None:
    """The index a Read row shows, read one way or the other, as one value: a number, None for
    none, or the text of a cell that holds no number."""
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


def _doc_row(value: Any) -> int | None:
    """A "Row in Documents" value as read (text or number) as a row number; None if it is none."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() else None


def _own_rows(data: bytes, start: int, end: int, prints_usable: bool,
              order: list[tuple[str, str, int | None]] | None = None,
              signals_column: bool = False, repairs: Repairs | None = None,
              unhashed: dict[str, list[tuple[int | None, str]]] | None = None) -> tuple[dict[tuple[str, str], OldRow], int] | None:
    """The rows in data[start:end] when they are all rows read_row_xml wrote, one after another
    and numbered upwards from FIRST_ROW, and the last row's number; else None. `order` gets each
    keyed row's id, hash and row in the Documents sheet; `unhashed` the rows with an id and no
    hash (OldReadSheet.unhashed)."""
    found: dict[tuple[str, str], OldRow] = {}
    order = order if order is not None else []
    last, position = FIRST_ROW - 1, start
    repairs = repairs if repairs is not None else Repairs()
    going_on: tuple[tuple[str, str], int] | None = None  # (the key of the row a text may go on from, its last row)
    for match in _OWN_READ_ROW_RE.finditer(data, start, end):
        number, height, doc_row, doc_id, outlet, index, copies, text_cell, source, text_hash, prints, signals = match.groups()
        if match.start() != position or int(number) <= last:
            return None
        last, position = int(number), match.end()
        if not doc_row and (is_continued(_text(doc_id)) or _continues(going_on, last, _text(text_hash))):
            # (a row going on with the text above it: kept with that row when right below it, with its hash)
            if _continues(going_on, last, _text(text_hash)):
                assert going_on is not None
                key = going_on[0]
                found[key] = replace(found[key], more=found[key].more + (
                    (b"<c" + text_cell[text_cell.index(b'"', 6) + 1:], float(height) if height else None),))
                going_on = (key, last)
                if _text(doc_id) not in (CONTINUED, continued_mark(key[0])):
                    repairs.remarked[key] = repairs.remarked.get(key, 0) + 1
            elif text_hash:
                repairs.headless.add(_text(text_hash))
                repairs.apart.setdefault(_text(text_hash), []).append(
                    (b"<c" + text_cell[text_cell.index(b'"', 6) + 1:], float(height) if height else None, _text(doc_id)))
            continue
        going_on = None
        if doc_id and not text_hash and signals_column and unhashed is not None:
            unhashed.setdefault(_text(doc_id), []).append((_doc_row(_text(doc_row)), _text(signals)))
        if not doc_id or not text_hash:
            continue
        key = (_text(doc_id), _text(text_hash))
        going_on = (key, last)
        order.append((*key, _doc_row(doc_row)))
        # (the text cell without its reference, as _CELL_REF_RE.sub(rb"\1", text_cell, count=1) makes
        # it: the pattern matched the cell as '<c r="F' digits '"', so it is cut off directly)
        found[key] = OldRow(
            b"<c" + text_cell[text_cell.index(b'"', 6) + 1:], float(height) if height else None, _text(outlet), _text(source),
            _text(prints) if prints_usable else None, data[match.start():match.start(8)], data[match.end(8):match.end()],
            copies=_text(copies), index=_index(_text(index)), signals=_text(signals) if signals_column else None,
            number=last)
    return (found, last) if position == end else None


# What the package check (expat, Extent) refuses in character data or an attribute value, where
# _OWN_READ_ROW_RE lets anything but "<" through: a reference to no entity or to a character XML
# does not allow, a control character, U+FFFE/U+FFFF, "]]>".
_BAD_TEXT_RE = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);|#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};)"
                          rb"|[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]|\]\]>")
_CHAR_REF_RE = re.compile(rb"&#(x?)([0-9a-fA-F]+);")
# _BAD_TEXT_RE's alternatives searched one by one, each the fast way (the alternation tries every
# pattern at every byte: 0.2-0.3 s on the Read rows of 10,000 documents, these ~0.1 s). A search
# for an alternation finds a match exactly when one of its alternatives matches somewhere in the
# same range, so the answer is the same (tests/test_workbook_read_refresh.py holds them equal).
_BAD_REFERENCE_RE = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);|#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};)")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20)])
_NONCHARACTER_RE = re.compile(b"\xef\xbf[\xbe\xbf]")  # U+FFFE, U+FFFF (looked for where "\xef\xbf" is)


def _has_bad_text(data: bytes, start: int, end: int, controls: bool = True) -> bool:
    """Whether _BAD_TEXT_RE.search(data, start, end) finds something (`controls=False`: leaving
    out the control characters, for rows _own_rows read: its pattern lets none through)."""
    if _BAD_REFERENCE_RE.search(data, start, end) is not None:
        return True
    if data.find(b"]]>", start, end) != -1:
        return True
    at = data.find(b"\xef\xbf", start, end)
    if at != -1 and _NONCHARACTER_RE.search(data, at, end) is not None:
        return True
    if not controls:
        return False
    piece = data[start:end]
    return len(piece.translate(None, _CONTROL_BYTES)) != len(piece)  # (deleting in C: a control byte is there)


def _xml_char(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _check_own_sheet(package: Any, part: str, data: bytes, rows_start: int, rows_end: int, last: int) -> None:
    """The check the package check (Package.verify) makes, for a Read sheet whose document rows
    _own_rows matched one after another: those rows' tags are as read_row_xml writes them, so
    only their text is looked at (valid UTF-8, no character or reference XML refuses) and their
    cell references (a sheet's limits); the rest of the part (title, legend and header rows, and
    what follows sheetData) is parsed whole, as the check would. The refresh then leaves this
    part out of its package check (it read the part anyway, checksum included)."""
    from .extent import Extent
    from .limits import MAX_ROWS, STREAM_CHUNK
    from .xml_parse import parse_xml

    extent = Extent(package.path, part)
    if last > MAX_ROWS:
        raise extent._refuse(f"a row numbered {last}")
    bad: Any = "bad text" if _has_bad_text(data, rows_start, rows_end, controls=False) else None
    if bad is None:
        for match in _CHAR_REF_RE.finditer(data, rows_start, rows_end):
            hexa, digits = match.groups()
            code = int(digits, 16) if hexa else int(digits) if digits.isdigit() else -1
            if not _xml_char(code):
                bad = match
                break
    # (in pieces of whole rows: a copy of the rows, or their text decoded, would be as large as
    # the part)
    utf8 = codecs.getincrementaldecoder("utf-8")()
    start = rows_start
    while bad is None and start < rows_end:
        end = data.find(b"</row>", min(start + STREAM_CHUNK, rows_end - 6)) + 6
        end = rows_end if end < 6 or end > rows_end else end
        piece = data[start:end]
        try:
            utf8.decode(piece, final=end == rows_end)
        except UnicodeDecodeError:
            bad = "invalid UTF-8"
            break
        extent.check_cells(piece)
        start = end
    if bad is not None:
        raise WorkbookError(f"{package.path}: part {part}: not well-formed XML (a character or reference XML does not allow "
                            "in a row's text); the file is damaged")
    parse_xml(extent.feed([data[:rows_start], data[rows_end:]]), part, None)


def old_rows(package: Any) -> OldReadSheet | None:
    """The earlier Read sheet (see OldReadSheet); None when the workbook has no Read sheet of ours.
    Where it returns one, the part was checked as Package.verify checks it (a damaged part
    raises WorkbookError)."""
    part = package.sheet_part(READ)
    if part is None or not package.has(part):
        return None
    data = package.read(part)
    shared = package.shared_strings if b't="s"' in data else []
    # The rows above the documents' first, then (when they are all rows xlplugin wrote) the
    # documents' rows in one pass; else every row, one by one.
    found = None
    order: list[tuple[str, str, int | None]] = []
    repairs = Repairs()
    unhashed: dict[str, list[tuple[int | None, str]]] = {}
    try:
        top, end_of_rows = _rows_of(data, below=FIRST_ROW)
        if top and HEADER_ROW in top and not top[HEADER_ROW].prefix and top[HEADER_ROW].end == max(r.end for r in top.values()):
            legend = _legend(top, shared)
            if legend is not None:
                own = _own_rows(data, top[HEADER_ROW].end, end_of_rows, legend[1], order, legend[2], repairs, unhashed)
                if own is not None:
                    _check_own_sheet(package, part, data, top[HEADER_ROW].end, end_of_rows, own[1])
                    found, rows = own[0], top
    except (ValueError, IndexError, KeyError, WorkbookError):
        found = None  # (a damaged part: the package check below says how)
    if found is None:
        # the whole part checked first, as Package.verify checks every part it copies
        package.verify(skip=[name for name in package.archive.namelist() if name != part], sheets=[part])
        rows, end_of_rows = _rows_of(data)
        legend = _legend(rows, shared)
        if legend is None:
            return None
        order, repairs, unhashed = [], Repairs(), {}
        found = _rows_one_by_one(rows, shared, rows[HEADER_ROW].prefix.decode(), legend[1], order, legend[2], repairs,
                                 unhashed)
    header = rows[HEADER_ROW]
    close = data.rindex(b"</" + header.prefix + b"sheetData>")
    from .sheet_scan import row_values

    legend_text = row_values(rows[LEGEND_ROW].xml, shared, {TEXT_COLUMN}).get(TEXT_COLUMN) if LEGEND_ROW in rows else None
    tail = _undo_merges(data[close:], repairs)
    return OldReadSheet(found, legend[0], data[:header.end], tail, header.prefix, order, signals_column=legend[2],
                        legend_current=legend_text is None or legend_text == LEGEND_TEXT, repairs=repairs,
                        unhashed=unhashed)


def _legend(rows: dict[int, _RowSlice], shared: list[str]) -> tuple[list[int | None], bool, bool] | None:
    """The styles of the legend row's cells, whether the fingerprints kept in the rows were
    made the way this version makes them, and whether the sheet has the column of the signal
    cells (its header); None when the header row is not ours."""
    from ..copies import FINGERPRINT_SCHEME
    from .sheet_scan import parse_cells, row_values

    header = rows.get(HEADER_ROW)
    headers = row_values(header.xml, shared, {1, SIGNALS_COLUMN}) if header is not None else {}
    if header is None or headers.get(1) != READ_HEADERS[0]:
        return None
    styles: list[int | None] = [None] * len(READ_HEADERS)
    scheme = None
    if LEGEND_ROW in rows:
        for col, _cell, style, _formula in parse_cells(rows[LEGEND_ROW].xml, header.prefix.decode())[1]:
            if 1 <= col <= len(READ_HEADERS):
                styles[col - 1] = style
        scheme = row_values(rows[LEGEND_ROW].xml, shared, {PRINTS_COLUMN}).get(PRINTS_COLUMN)
    return styles, scheme == FINGERPRINT_SCHEME, headers.get(SIGNALS_COLUMN) == READ_HEADERS[SIGNALS_COLUMN - 1]


def _rows_one_by_one(rows: dict[int, _RowSlice], shared: list[str], prefix: str, prints_usable: bool,
                     order: list[tuple[str, str, int | None]], signals_column: bool = False,
                     repairs: Repairs | None = None,
                     unhashed: dict[str, list[tuple[int | None, str]]] | None = None) -> dict[tuple[str, str], OldRow]:
    """The rows read cell by cell (any layout); `order` and `repairs` as for _own_rows (here rows
    typed into the sheet are found too: a sheet saved by another program)."""
    from .sheet_scan import parse_cells, row_values

    found: dict[tuple[str, str], OldRow] = {}
    wanted = {1, 2, 3, INDEX_COLUMN, COPIES_COLUMN, HIDDEN_FROM, HASH_COLUMN, PRINTS_COLUMN, SIGNALS_COLUMN}
    repairs = repairs if repairs is not None else Repairs()
    going_on: tuple[tuple[str, str], int] | None = None  # as in _own_rows
    for number, slice_ in sorted(rows.items()):
        if number < FIRST_ROW:
            continue
        row = slice_.xml
        if prefix:  # (a prefixed sheet: read by the general parser, slower)
            values = row_values(row, shared, wanted)
            cells = {col: cell for col, cell, _s, _f in parse_cells(row, prefix)[1]}
        else:
            cells, values = _split_cells(row, shared, wanted)
        doc_id, text_hash = values.get(2), values.get(HASH_COLUMN)
        text_cell = cells.get(TEXT_COLUMN)
        if text_cell is not None:
            text_cell = _CELL_REF_RE.sub(rb"\1", text_cell, count=1)
            if prefix:  # the rows written now carry no prefix; the kept cell must match them
                text_cell = re.sub(rb"<(/?)" + re.escape(prefix.encode()), rb"<\1", text_cell)
        height = _HT_RE.search(row[:row.index(b">") + 1])
        hash_text = "" if text_hash is None else str(text_hash)
        if values.get(1) in (None, "") and (is_continued(doc_id) or _continues(going_on, number, hash_text)):
            if _continues(going_on, number, hash_text) and text_cell is not None:
                assert going_on is not None
                key = going_on[0]
                if found[key].text_cell is not None:
                    found[key] = replace(found[key], more=found[key].more + ((text_cell, float(height.group(1)) if height else None),))
                    going_on = (key, number)
                    if doc_id not in (CONTINUED, continued_mark(key[0])):
                        repairs.remarked[key] = repairs.remarked.get(key, 0) + 1
            elif hash_text:
                if going_on is None or going_on[0][1] != hash_text:
                    repairs.headless.add(hash_text)
                if text_cell is not None:  # (hunt43: below its own text's rows, but not right below them)
                    repairs.apart.setdefault(hash_text, []).append(
                        (text_cell, float(height.group(1)) if height else None, "" if doc_id is None else str(doc_id)))
            continue
        going_on = None
        if values.get(1) in (None, "") and hash_text == "" and (doc_id not in (None, "") or _typed(values, cells)):
            repairs.typed.append((number, "" if doc_id is None else str(doc_id)))
            continue
        if doc_id not in (None, "") and text_hash in (None, "") and signals_column and unhashed is not None:
            unhashed.setdefault(str(doc_id), []).append((_doc_row(values.get(1)), str(values.get(SIGNALS_COLUMN) or "")))
        if doc_id in (None, "") or text_hash in (None, ""):
            continue
        going_on = ((str(doc_id), str(text_hash)), number)
        prints = values.get(PRINTS_COLUMN)
        order.append((str(doc_id), str(text_hash), _doc_row(values.get(1))))
        found[(str(doc_id), str(text_hash))] = OldRow(text_cell, float(height.group(1)) if height else None,
                                                     str(values.get(3) or ""), str(values.get(HIDDEN_FROM) or ""),
                                                     (str(prints) if prints is not None else "") if prints_usable else None,
                                                     copies=str(values.get(COPIES_COLUMN) or ""),
                                                     index=_index(values.get(INDEX_COLUMN)),
                                                     signals=str(values.get(SIGNALS_COLUMN) or "") if signals_column else None,
                                                     number=number)
    return found


def _typed(values: dict[int, Any], cells: dict[int, bytes]) -> bool:
    """Whether a row that is none of ours (no row in Documents, no text hash) holds a text typed
    into its text cell."""
    cell = cells.get(TEXT_COLUMN)
    return cell is not None and _VALUE_RE.search(cell) is not None


_VALUE_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:v|t)\b[^>]*>[^<]*\S")  # (a value or text that is not blank)


# One cell of an unprefixed row: its attributes and its content. Text in a cell is escaped, so
# "</c>" only ever closes a cell, and "<c" followed by a word character is another element
# (<color>), hence the boundary.
_REF_RE = re.compile(rb'\br="([A-Z]{1,3})\d+"')
_TYPE_RE = re.compile(rb'\bt="(\w+)"')
_T_RE = re.compile(rb"<t\b[^>]*>(.*?)</t>", re.S)
_V_RE = re.compile(rb"<v>(.*?)</v>", re.S)


def _split_cells(row: bytes, shared: list[str], wanted: set[int]) -> tuple[dict[int, bytes], dict[int, Any]]:
    """A row's cells by column (exact bytes) and the text values of the `wanted` columns, read
    with regular expressions: the Read rows are many and large (parse_cells' XML parser took
    most of a refresh's time on 10,000 rows)."""
    from .cell_xml import column_index

    cells: dict[int, bytes] = {}
    values: dict[int, Any] = {}
    column = 0
    position = row.find(b"<c", row.index(b">") + 1)
    while position != -1:
        after = row[position + 2:position + 3]
        if after not in (b" ", b">", b"/"):  # <color>, <col...>: not a cell
            position = row.find(b"<c", position + 2)
            continue
        tag_end = row.index(b">", position)
        attrs = row[position + 2:tag_end]
        if attrs.endswith(b"/"):
            end, body = tag_end + 1, b""
        else:
            close = row.index(b"</c>", tag_end)  # text is escaped: "</c>" only closes a cell
            end, body = close + 4, row[tag_end + 1:close]
        ref = _REF_RE.search(attrs)
        column = column_index(ref.group(1).decode()) if ref else column + 1
        cells[column] = row[position:end]
        position = row.find(b"<c", end)
        if column not in wanted:
            continue
        kind = _TYPE_RE.search(attrs)
        kind = kind.group(1) if kind else b"n"
        if kind == b"s":
            v = _V_RE.search(body)
            if v is not None and v.group(1).strip().isdigit() and int(v.group(1)) < len(shared):
                values[column] = shared[int(v.group(1))]
        elif kind == b"inlineStr":
            values[column] = decode_xstring(xml_unescape(b"".join(_T_RE.findall(body)).decode("utf-8")))
        else:
            v = _V_RE.search(body)
            if v is not None:
                values[column] = decode_xstring(xml_unescape(v.group(1).decode("utf-8")))
    return cells, values


_DIMENSION_RE = re.compile(rb'(<(?:\w+:)?dimension ref="A1:[A-Z]+)\d+"')
_PREFIXED_RE = re.compile(rb"<(/?)(row|c|is|r|rPr|t|v|b|i|u|color|sz|rFont)\b")
# Rows made into XML at a time (a few MB): the part is written piece by piece, never held whole.
BATCH_ROWS = 1000


LEGEND_TEXT = "".join(run.text for run in LEGEND)


def _current_legend(head: bytes, prefix: bytes) -> bytes:
    """`head` (the Read sheet's part up to its first document row) with the legend cell written
    as this version writes it (its style kept): an old sheet's legend gains the entries for the
    marks the rows scored now carry, such as the purple argued voice."""
    ref = f"{column_letter(TEXT_COLUMN)}{LEGEND_ROW}"
    p = re.escape(prefix)
    cell = re.search(rb"<" + p + rb'c r="' + ref.encode() + rb'"([^>]*?)(?:/>|>.*?</' + p + rb"c>)", head, re.S)
    if cell is None:
        return head
    style = re.search(rb'\bs="(\d+)"', cell.group(1))
    runs = "".join(run_xml(run) for run in LEGEND)
    new = (f'<c r="{ref}"' + (f' s="{style.group(1).decode()}"' if style else "") + f' t="inlineStr"><is>{runs}</is></c>').encode()
    if prefix:
        new = _PREFIXED_RE.sub(rb"<\1" + prefix + rb"\2", new)
    return head[:cell.start()] + new + head[cell.end():]


def refresh_part(package: Any, old: OldReadSheet, rows: Sequence[ReadRow], styles: Sequence[int | None]) -> dict[str, Any]:
    """The Read sheet's part with its rows replaced by `rows` (title, legend and header kept), as a
    function that gives it piece by piece."""
    part = package.sheet_part(READ)
    through = PassThrough(styles)
    if old.reasons:
        rows = [with_reason(row, old.reasons.get(row.doc_row)) for row in rows]
    numbers = []  # (the first sheet row of each)
    number = FIRST_ROW
    for row in rows:
        numbers.append(number)
        number += rows_taken(row)
    last = str(max(number - 1, FIRST_ROW)).encode()
    head, tail = old.head, old.tail
    if not old.legend_current:
        head = _current_legend(head, old.prefix)
    fixed = _DIMENSION_RE.subn(lambda m: m.group(1) + last + b'"', head, count=1)
    if fixed[1]:
        head = fixed[0]
    else:  # (the dimension, if any, comes after the rows: not in head)
        tail = _DIMENSION_RE.sub(lambda m: m.group(1) + last + b'"', tail, count=1)

    def pieces() -> Iterator[bytes]:
        yield head
        for first in range(0, len(rows), BATCH_ROWS):
            body = b"".join(through.row(number, row) or read_row_xml(number, row, styles)
                            for number, row in zip(numbers[first:first + BATCH_ROWS], rows[first:first + BATCH_ROWS]))
            yield _PREFIXED_RE.sub(rb"<\1" + old.prefix + rb"\2", body) if old.prefix else body
        yield tail

    produce: Callable[[], Iterator[bytes]] = pieces
    return {part: produce}
