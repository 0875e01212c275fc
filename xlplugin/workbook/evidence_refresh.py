"""The Evidence sheet as a refresh rewrites it: the old sheet read once, streamed, into runs of
rows (the rows of one document, numbered one after another); each run given its fate by the
refresh plan (kept, replaced by the re-scored document's new rows, or dropped); then the new
sheet written piece by piece, kept runs copied as the bytes they were.

Rows as xlplugin writes them (`rows.evidence_row_xml`) are read many at a time with one regular
expression; any other row (another program's spelling, rows older versions wrote) one by one.
"""

from __future__ import annotations

import marshal
import re
import zlib
from array import array
from dataclasses import dataclass, field
from enum import Enum
from bisect import bisect_right
from itertools import accumulate, groupby
from operator import itemgetter
from collections import Counter
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..copies import REPRINT_KIND, SHARED_PASSAGE_KIND
from ..errors import WorkbookError
from ..xml_text import xml_unescape
from ..inputs import Record
from ..types import DocumentResult
from . import layout
from .cell_xml import decode_xstring, xml_text
from .limits import MAX_ROWS
from .package import Package
from .refresh_plan import CUT_RE, RowPlan
from .rows import evidence_row_xml, evidence_rows, more_text_without_read
from .sheet_edit import move_row, prefix_of, row_ranges, set_ref_rows, shift_rows, with_references
from .sheet_scan import row_values, scan_sheet
from .sheet_stream import NotStreamable, PartReader, stream_row_blocks

__all__ = ["Fate", "OldEvidence", "read_old_evidence", "scan_old_evidence", "missing_evidence", "restore_missing", "evidence_part",
           "pack", "unpack", "signal_renamer", "more_rows_without_read", "COPY_ROWS"]

# Evidence rows handed to zipfile at a time (a few hundred kB).
WRITE_BATCH_ROWS = 1000
# Kept rows copied in one piece at most (a few hundred kB).
RUN_ROWS = 2000

# The Evidence rows xlplugin writes (evidence_row_xml): row number and document id, and the text
# hash as the eighth and last cell; anything else is read cell by cell. Cells carry references
# (Gnumeric reads no cell without one); rows written by earlier versions have none.
_REF = rb'(?: r="[A-Z]{1,3}\d+")?'
# A row that shows more than one line (a wrapped Detail or evidence text) carries its height,
# and its other cells a format (s="N" after t="inlineStr", where evidence_row_xml adds it):
# rows.evidence_row_xml writes both, so both are read here as xlplugin's own.
_HEIGHT = rb'(?: ht="[\d.]+" customHeight="1")?'
_TEXT_CELL = rb'(?: s="\d+")? t="inlineStr"(?: s="\d+")?><is><t(?: xml:space="preserve")?>'
_OWN_EVIDENCE_HEAD_RE = re.compile(rb'<row r="(\d+)"' + _HEIGHT + rb'><c' + _REF + _TEXT_CELL + rb'([^<]*)</t></is></c>')
# A whole Evidence row as evidence_row_xml writes it: number, document id, six cells, text hash.
_OWN_CELL = (rb'(?:<c' + _REF + rb'/>|<c' + _REF + rb'(?: t="b"| s="\d+")?><v>[^<]*</v></c>|<c' + _REF
             + _TEXT_CELL + rb'[^<]*</t></is></c>)')
_OWN_EVIDENCE_ROW_RE = re.compile(
    rb'<row r="(\d+)"' + _HEIGHT + rb'><c' + _REF + _TEXT_CELL + rb'([^<]*)</t></is></c>'
    + _OWN_CELL + rb"{6}" + rb'<c' + _REF + rb' t="inlineStr"(?: s="\d+")?><is><t>([0-9a-f]{16})</t></is></c></row>')
# The same with the whole row as the first group (a block of rows read in one call): rows with
# references on their cells (written now, one-line and taller rows), then rows without (written
# by earlier versions, never taller). Two patterns, so that the older rows' pattern has no
# optional parts it does not need: one pattern for both takes twice as long on 10,000 documents' rows.
_OWN_CELL_WITH_REF = (rb'<c r="[B-G]\d+"(?:/>|(?: t="b"| s="\d+")?><v>[^<]*</v></c>|' + _TEXT_CELL + rb'[^<]*</t></is></c>)')
_OWN_CELL_WITHOUT_REF = (rb'(?:<c/>|<c(?: t="b")?><v>[^<]*</v></c>|<c(?: s="\d+")? t="inlineStr"><is>'
                         rb'<t(?: xml:space="preserve")?>[^<]*</t></is></c>)')
_OWN_EVIDENCE_WHOLE_RES = (
    re.compile(rb'(<row r="(\d+)"' + _HEIGHT + rb'><c r="A\d+"' + _TEXT_CELL + rb'([^<]*)</t></is></c>'
               rb"(?:" + _OWN_CELL_WITH_REF + rb'){6}<c r="H\d+" t="inlineStr"(?: s="\d+")?><is><t>([0-9a-f]{16})</t></is></c></row>)'),
    re.compile(rb'(<row r="(\d+)"><c(?: s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>'
               + _OWN_CELL_WITHOUT_REF + rb'{6}<c t="inlineStr"><is><t>([0-9a-f]{16})</t></is></c></row>)'),
)
# The copy evidence a refresh makes (people.PeopleSheets.copy_evidence): (signal, kind), with the
# Signal cell as written now (layout.EVIDENCE_SIGNAL) and as written before session 19 (the code name).
COPY_ROWS = {("copies", SHARED_PASSAGE_KIND), ("provenance", REPRINT_KIND)}
COPY_ROWS |= {(layout.EVIDENCE_SIGNAL[signal], kind) for signal, kind in COPY_ROWS}
# Bytes every copy-evidence row holds as xlplugin writes it (rows with neither, and no shared
# string, are not read cell by cell).
_COPY_MARKS = (b">copies<", f">{layout.COPIES_SIGNAL}<".encode(), REPRINT_KIND.encode())
_FIRST = itemgetter(0)
_ID_AND_HASH = itemgetter(2, 3)
_OWN_EVIDENCE_HASH_RE = re.compile(rb'<c' + _REF + rb' t="inlineStr"(?: s="\d+")?><is><t>([0-9a-f]{16})</t></is></c></row>')


class Fate(Enum):
    """What becomes of a run of old Evidence rows."""

    DROPPED = "dropped"  # its document is no longer in the Documents sheet (or changed text)
    KEPT = "kept"  # its document keeps its scores: copied as it was
    REPLACED = "replaced"  # its document was re-scored: its new rows take this place


def _as_it_is(block: bytes) -> bytes:
    return block


@dataclass
class OldEvidence:
    """What the first read of the old Evidence sheet found: the bytes before and after the rows,
    the header row, and its data rows in runs (the rows of one document, numbered one after
    another), each with its key (document id, text hash), its first row number, its number of
    rows and its byte range; then, once planned, each run's fate and the re-scored documents
    whose new rows take the place of a replaced run (`placed`, by run)."""

    head: bytes = b""
    header: bytes = b""
    tail: bytes = b""
    keys: list[tuple[str, str] | None] = field(default_factory=list)
    numbers: array = field(default_factory=lambda: array("q"))
    counts: array = field(default_factory=lambda: array("q"))
    starts: array = field(default_factory=lambda: array("q"))
    ends: array = field(default_factory=lambda: array("q"))
    fates: list[Fate] = field(default_factory=list)
    placed: dict[int, list[RowPlan]] = field(default_factory=dict)
    # (evid25) by key, how many of its rows are copy evidence (COPY_ROWS), which the Documents
    # sheet's count of the document's Evidence rows leaves out; by run, the documents whose rows
    # deleted by the user are written again right after it (their last run)
    copy_rows: Counter = field(default_factory=Counter)
    after: dict[int, list[RowPlan]] = field(default_factory=dict)
    reader: Callable[[], PartReader] | None = None
    # (loose21) kept rows' bytes with a Signal cell's code name written as the sheet's name
    # (signal_renamer). A function of the module, not a lambda: the refresh's helper process
    # reads the sheet and sends this back pickled, which a lambda cannot be (speed40).
    renamed: Callable[[bytes], bytes] = _as_it_is

    def plan(self, keep: set[tuple[str, str]], replace: dict[tuple[str, str], list[RowPlan]]) -> None:
        """Each run's fate: kept, replaced by the new rows of its re-scored documents (the first
        run of that document only), or dropped."""
        replace = dict(replace)
        self.fates = []
        self.placed = {}
        for index, key in enumerate(self.keys):
            if key in keep:
                self.fates.append(Fate.KEPT)
            elif key in replace:
                self.placed[index] = replace.pop(key)
                self.fates.append(Fate.REPLACED)
            else:
                self.fates.append(Fate.DROPPED)

    def kept_rows(self) -> int:
        return sum(n for fate, n in zip(self.fates, self.counts) if fate is Fate.KEPT)

    def own_rows(self) -> Counter:
        """(evid25) By key, how many rows the sheet holds that are not copy evidence."""
        found: Counter = Counter()
        for key, count in zip(self.keys, self.counts):
            if key is not None:
                found[key] += count
        found.subtract(self.copy_rows)
        return found


def pack(doc_id: str, result: DocumentResult, extra: Iterable[list[Any]] = (), read_sheet: bool = True) -> tuple[bytes, int]:
    """A document's Evidence rows (lists of str, int and None) as compressed bytes, and how many:
    100,000 results with their evidence would take more memory than everything else a refresh
    holds. `read_sheet`: whether the workbook has a Read sheet (rows.more_text)."""
    rows = list(evidence_rows(doc_id, result, read_sheet=read_sheet)) + list(extra)
    return zlib.compress(marshal.dumps(rows), 1), len(rows)


def unpack(packed: bytes | None) -> list[list[Any]]:
    return marshal.loads(zlib.decompress(packed)) if packed else []


def read_old_evidence(package: Package, part: str) -> OldEvidence | None:
    """Read the old Evidence sheet once, streamed (or whole with expat when it has comments,
    CDATA or declarations). None when row 1 is not xlplugin's header."""
    shared = package.shared_strings
    try:
        found = scan_old_evidence(stream_row_blocks(package, part), shared)
        reader = lambda: PartReader(package, part)  # noqa: E731
    except NotStreamable:
        scan = scan_sheet(package, part, value_rows=0)
        start, end = scan.sheet_data
        whole = [("head", scan.data[:start])] + [("row", scan.data[r.start : r.end], r.start) for r in scan.rows] + [("tail", scan.data[end:])]
        found = scan_old_evidence(iter(whole), shared)
        reader = lambda: PartReader(package, part, scan.data)  # noqa: E731
    if found is not None:
        found.reader = reader
        found.renamed = signal_renamer(shared)
    return found


# (loose21) Before session 19 an Evidence row's Signal cell (column B) held the signal's code name
# ("loaded_language"); a refresh copies the rows of documents that keep their scores as the bytes
# they were, so one sheet showed both names until every row was scored again. Such a cell is
# written as the sheet's name ("Loaded terms", layout.EVIDENCE_SIGNAL), as an inline string.
_SIGNAL_INLINE_RE = re.compile(rb'(<c r="B\d+"[^>]*><is><t(?: xml:space="preserve")?>)([a-z_]+)(</t></is></c>)')
_SIGNAL_SHARED_RE = re.compile(rb'<c r="(B\d+)"((?:\s+(?!t=)[a-z]+="[^"]*")*)\s+t="s"((?:\s+[a-z]+="[^"]*")*)><v>(\d+)</v></c>')


def signal_renamer(shared: list[str]) -> Callable[[bytes], bytes]:
    """The function that writes a kept block's code names in its Signal cells as the sheet's
    names; the block unchanged (one substring test per name) where it holds none."""
    names = {code: shown for code, shown in layout.EVIDENCE_SIGNAL.items() if code != shown}
    inline = {code.encode(): shown.encode() for code, shown in names.items()}
    marks = [b">" + code + b"<" for code in inline]
    in_shared = {str(i).encode(): names[text].encode() for i, text in enumerate(shared) if text in names}

    def inline_name(m: re.Match[bytes]) -> bytes:
        shown = inline.get(m[2])
        return m[0] if shown is None else m[1] + shown + m[3]

    def shared_name(m: re.Match[bytes]) -> bytes:
        shown = in_shared.get(m[4])
        return m[0] if shown is None else b'<c r="' + m[1] + b'"' + m[2] + m[3] + b' t="inlineStr"><is><t>' + shown + b"</t></is></c>"

    def renamed(block: bytes) -> bytes:
        if in_shared and b't="s"' in block:
            block = _SIGNAL_SHARED_RE.sub(shared_name, block)
        if any(mark in block for mark in marks):
            block = _SIGNAL_INLINE_RE.sub(inline_name, block)
        return block

    return renamed


# (book48) The Evidence cell (column D) of a kept row, inline or shared: a "(more)" row's text.
_MORE_INLINE_RE = re.compile(rb'(<c r="D\d+"[^>]*><is><t(?: xml:space="preserve")?>)(\.\.\. and \d+ more evidence [^<]*)(</t></is></c>)')
_TEXT_SHARED_RE = re.compile(rb'<c r="(D\d+)"((?:\s+(?!t=)[a-z]+="[^"]*")*)\s+t="s"((?:\s+[a-z]+="[^"]*")*)><v>(\d+)</v></c>')


def more_rows_without_read(shared: list[str], renamed: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    """(book48) `renamed` (a kept block's fixes), and then its "(more)" rows written as a workbook
    with no Read sheet says them (`rows.more_text_without_read`): a refresh after the Read sheet
    was deleted wrote that only in the rows it scored again, and the rows it kept still said
    their items were "marked in the document's text on the Read sheet". The block is unchanged
    (one substring test) where it holds no such row."""
    in_shared = {str(i).encode(): xml_text(new).encode() for i, text in enumerate(shared)
                 if (new := more_text_without_read(text)) is not None}

    def inline_text(m: re.Match[bytes]) -> bytes:
        new = more_text_without_read(_unescape_text(m[2]))
        return m[0] if new is None else m[1] + xml_text(new).encode() + m[3]

    def shared_text(m: re.Match[bytes]) -> bytes:
        new = in_shared.get(m[4])
        return m[0] if new is None else b'<c r="' + m[1] + b'"' + m[2] + m[3] + b' t="inlineStr"><is><t>' + new + b"</t></is></c>"

    def fixed(block: bytes) -> bytes:
        block = renamed(block)
        if in_shared and b't="s"' in block:
            block = _TEXT_SHARED_RE.sub(shared_text, block)
        if b" more evidence item" in block:
            block = _MORE_INLINE_RE.sub(inline_text, block)
        return block

    return fixed


def _evidence_key(row: bytes, shared: list[str]) -> tuple[tuple[str, str] | None, bool]:
    """(document id, text hash) of an Evidence row, None for a row without them; and whether
    it is copy evidence (COPY_ROWS)."""
    head = _OWN_EVIDENCE_HEAD_RE.match(row)
    if head is not None and row.count(b"<c") == len(layout.EVIDENCE_HEADERS):
        tail = _OWN_EVIDENCE_HASH_RE.search(row, len(row) - 96)
        if tail is not None:
            return (_unescape_text(head.group(2)), tail.group(1).decode()), _is_copy_row(row, shared)
    values = row_values(row, shared, {1, 2, 3, len(layout.EVIDENCE_HEADERS)})
    doc_id, text_hash = values.get(1), values.get(len(layout.EVIDENCE_HEADERS))
    if doc_id in (None, "") or text_hash in (None, ""):
        return None, False  # the "(sheet full)" note, or a row without a key
    return (str(doc_id), str(text_hash)), (values.get(2), values.get(3)) in COPY_ROWS


# The Signal and Evidence type cells of a row as evidence_row_xml writes them (inline strings).
_OWN_SIGNAL_TYPE_RE = re.compile(rb'<c' + _REF + _TEXT_CELL + rb'([^<]*)</t></is></c><c' + _REF + _TEXT_CELL + rb'([^<]*)</t></is></c>')
_COPY_ROW_BYTES = {(signal.encode(), kind.encode()) for signal, kind in COPY_ROWS}


def _is_copy_row(row: bytes, shared: list[str]) -> bool:
    """Is this Evidence row copy evidence (COPY_ROWS)? Read cell by cell only where it may be."""
    if b't="s"' not in row and not any(mark in row for mark in _COPY_MARKS):
        return False
    if b't="s"' not in row:  # (xlplugin's own cells: the second and third after the id)
        head = _OWN_EVIDENCE_HEAD_RE.match(row)
        cells = _OWN_SIGNAL_TYPE_RE.match(row, head.end()) if head is not None else None
        if cells is not None:
            return cells.group(1, 2) in _COPY_ROW_BYTES
    values = row_values(row, shared, {2, 3})
    return (values.get(2), values.get(3)) in COPY_ROWS


def _unescape_text(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return decode_xstring(xml_unescape(text))


def _header_matches_row(row: bytes, shared: list[str]) -> bool:
    values = row_values(row, shared)
    return any(all(str(values.get(col, "")).strip() == name for col, name in enumerate(expected, start=1))
               for expected in (layout.EVIDENCE_HEADERS, *layout.FORMER_EVIDENCE_HEADERS))


class _NotOurs(Exception):
    """The Evidence sheet's first row is not the header xlplugin writes."""


_ROW_START_RE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row r="(\d+)"')


@dataclass(slots=True)
class _Run:
    """The run of rows being read: its key (the raw bytes of id and hash for rows xlplugin
    wrote, decoded when the run is stored), first row number, number of rows, byte range."""

    key: Any = None
    number: int = 0
    count: int = 0
    start: int = 0
    end: int = 0


class _EvidenceScanner:
    """Reads the pieces of stream_row_blocks (or the same shape made from a whole scan) into an
    OldEvidence: a run is stored when a row of another run comes."""

    def __init__(self, shared: list[str]) -> None:
        self.old = OldEvidence()
        self.shared = shared
        self.seen_header = False
        self.run = _Run()
        self.names: dict[bytes, str] = {}  # raw document ids already decoded

    def decoded(self, key: Any) -> Any:
        """A key read from the bytes of rows xlplugin wrote, as (document id, text hash)."""
        if isinstance(key, tuple) and isinstance(key[0], bytes):
            doc_id = self.names.get(key[0])
            if doc_id is None:
                doc_id = self.names[key[0]] = _unescape_text(key[0])
            key = (doc_id, key[1].decode())
        return key

    def copies(self, key: Any, row: bytes) -> None:
        """(evid25) Count a row of copy evidence (see OldEvidence.copy_rows)."""
        if key is not None and _is_copy_row(row, self.shared):
            self.old.copy_rows[self.decoded(key)] += 1

    def store(self) -> None:
        run = self.run
        if not run.count:
            return
        if not 0 < run.number <= MAX_ROWS or run.number + run.count - 1 > MAX_ROWS:
            raise WorkbookError(f"the Evidence sheet has a row numbered {run.number}; a sheet has rows 1 to {MAX_ROWS:,} (damaged?)")
        key = self.decoded(run.key)
        old = self.old
        old.keys.append(key)
        old.numbers.append(run.number)
        old.counts.append(run.count)
        old.starts.append(run.start)
        old.ends.append(run.end)
        run.count = 0

    def add(self, key: Any, number: int, count: int, start: int, end: int) -> None:
        """Rows that continue the current run (same key, numbered next), or start a new one."""
        run = self.run
        if run.count and key == run.key and number == run.number + run.count:
            run.count += count
            run.end = end
        else:
            self.store()
            self.run = _Run(key, number, count, start, end)

    def begin(self, key: Any, number: int, start: int, end: int) -> None:
        """A row that starts a run (stored when a row of another run comes)."""
        self.store()
        self.run = _Run(key, number, 1, start, end)

    def any_row(self, data: bytes, start: int, end: int, offset: int) -> None:
        """A row read the general way (any cell layout): a run of its own."""
        row = data[start:end]
        match = _ROW_START_RE.match(row)
        if not self.seen_header:
            self.seen_header = True
            if (match is not None and int(match.group(1)) != 1) or not _header_matches_row(row, self.shared):
                raise _NotOurs
            self.old.header = row
            return
        self.store()
        old = self.old
        if match is not None:
            number = int(match.group(1))
        else:  # no r attribute: the row after the one before
            number = old.numbers[-1] + old.counts[-1] if old.numbers else 2
        key, copy = _evidence_key(row, self.shared)
        if copy and key is not None:
            self.old.copy_rows[key] += 1
        self.begin(key, number, offset + start, offset + end)
        self.store()  # (a row read this way is a run of its own)

    def any_rows(self, data: bytes, start: int, end: int, offset: int) -> None:
        for row_start, row_end in row_ranges(data, start, end):
            self.any_row(data, row_start, row_end, offset)

    def block_copies(self, rows: list[tuple], data: bytes, position: int, stop: int) -> None:
        """(evid25) Count the copy evidence among a block of rows xlplugin wrote (`rows`, found
        in data[position:stop] one after another): only the rows where a mark of one is found."""
        marked = set()
        for mark in _COPY_MARKS:
            at = data.find(mark, position, stop)
            while at != -1:
                marked.add(at)
                at = data.find(mark, at + 1, stop)
        if not marked:
            return
        ends = list(accumulate(map(len, map(_FIRST, rows)), initial=position))
        for index in sorted({bisect_right(ends, at) - 1 for at in marked}):
            whole, _number, doc_id, text_hash = rows[index]
            if _is_copy_row(whole, self.shared):
                self.old.copy_rows[self.decoded((doc_id, text_hash))] += 1

    def own_block(self, rows: list[tuple], offset: int) -> None:
        """A block that is all rows xlplugin wrote, one after another: read by document (rows
        of one document are next to each other), not by row."""
        for key, members in groupby(rows, _ID_AND_HASH):
            members = list(members)
            count, number = len(members), int(members[0][1])
            size = sum(map(len, map(_FIRST, members)))
            if int(members[-1][1]) - number != count - 1:
                # not numbered one after another: a run per row
                for whole, row_number, _doc, _hash in members:
                    self.begin(key, int(row_number), offset, offset + len(whole))
                    offset += len(whole)
                continue
            self.add(key, number, count, offset, offset + size)
            offset += size

    def block(self, data: bytes, position: int, stop: int, base: int) -> None:
        """Whole rows data[position:stop]: the first is the header when none was seen yet."""
        if not self.seen_header and data[position:stop].strip():
            first = next(row_ranges(data, position, stop))
            self.any_row(data, first[0], first[1], base)
            position = first[1]
        for pattern in _OWN_EVIDENCE_WHOLE_RES:
            rows = pattern.findall(data, position, stop)
            if rows and sum(map(len, map(_FIRST, rows))) == stop - position:
                self.block_copies(rows, data, position, stop)
                self.own_block(rows, base + position)
                return
        for match in _OWN_EVIDENCE_ROW_RE.finditer(data, position, stop):
            at = match.start()
            if at != position and data[position:at].strip():
                self.any_rows(data, position, at, base)
            position = match.end()
            if not self.seen_header:
                raise _NotOurs  # row 1 must be the header
            self.copies(match.group(2, 3), match.group(0))
            self.add(match.group(2, 3), int(match.group(1)), 1, base + at, base + position)
        if position < stop and data[position:stop].strip():
            self.any_rows(data, position, stop, base)

    def scan(self, pieces: Iterator[tuple]) -> OldEvidence | None:
        try:
            for piece in pieces:
                kind = piece[0]
                if kind == "head":
                    self.old.head = piece[1]
                elif kind == "tail":
                    self.old.tail = piece[1]
                elif kind == "row":
                    self.any_row(piece[1], 0, len(piece[1]), piece[2])
                else:
                    self.block(*piece[1:])
            self.store()
        except _NotOurs:
            return None
        return self.old if self.seen_header else None


def scan_old_evidence(pieces: Iterator[tuple], shared: list[str]) -> OldEvidence | None:
    """The old Evidence sheet from its pieces (see stream_row_blocks; ("row", bytes, offset)
    pieces for a sheet read whole); None when row 1 is not xlplugin's header."""
    return _EvidenceScanner(shared).scan(pieces)


def missing_evidence(rows: list[RowPlan], old: OldEvidence | None, hash_col: int, index_col: int,
                     count_col: int | None = None, copies_named: Mapping[tuple[str, str], int] | None = None) -> list[RowPlan]:
    """Rows kept as they are whose Evidence rows the old sheet does not have (their id and text
    hash are in no run): re-saved by a program that lost them, or an id the user renamed.
    Not when the sheet was full (the rest never fitted) or for rows that were never scored.
    (evid25) And rows whose "Evidence rows" cell (`count_col`, where the sheet has the column)
    counts more of their own rows than the sheet holds: rows the user deleted. Those are marked
    `restore`: their remaining rows stay as they are, and only the rows missing are written
    again (`restore_missing`). (loose28) Likewise rows with fewer copy evidence rows in the sheet
    than their Read row's Copies cell names (`copies_named`, by key: copies.copy_rows_named), where
    the sheet has the count column: a copy row the user deleted alone."""
    if old is None or sum(old.counts) >= layout.MAX_EVIDENCE_ROWS:
        return []
    present = set(old.keys)
    own = old.own_rows() if count_col is not None else Counter()
    # (a row with no index may have no Evidence rows at all, and is not scored again for that;
    # but its text's rows under another id are its own, the id changed: a rename, or a row
    # that now shares its id, see inputs.distinct_ids)
    hashes = {key[1] for key in present if key is not None}
    ids_of: dict[str, list[str]] = {}
    for key in old.keys:
        if key is not None and key[0] not in ids_of.setdefault(key[1], []):
            ids_of[key[1]].append(key[0])
    ids_now = {str(row.item.id) for row in rows}
    missing = []
    for row in rows:
        if row.rescore or (row.values is not None and not row.status_only) or not row.keep_evidence \
                or not isinstance(row.item, Record):
            continue
        old_hash = row.span.values.get(hash_col)
        if old_hash in (None, "") or (row.span.values.get(index_col) in (None, "") and str(old_hash) not in hashes):
            continue
        if not isinstance(row.item.text, str) or CUT_RE.search(row.item.text):
            continue
        key = (str(row.item.id), str(old_hash))
        if key not in present:
            # (sheets30) its rows under an id no row has now: the id was renamed, not rows deleted
            row.refiled_from = next((old_id for old_id in ids_of.get(str(old_hash), ()) if old_id not in ids_now), "")
            missing.append(row)
        elif count_col is not None:
            given = row.span.values.get(count_col)
            fewer_own = isinstance(given, (int, float)) and not isinstance(given, bool) and own[key] < given
            if fewer_own or (copies_named and old.copy_rows[key] < copies_named.get(key, 0)):
                row.restore = True
                missing.append(row)
    return missing


def restore_missing(rows: list[RowPlan], old: OldEvidence, hash_col: int, shared: list[str]) -> None:
    """(evid25) For each row marked `restore` (some of its Evidence rows deleted), its new rows
    (`evidence`, as scored now with its copy evidence) cut to those the old sheet lacks: a row
    is there when one of the document's rows in the sheet has its signal, evidence type, text,
    offsets and detail, else its signal, type and offsets (a Detail or text the user edited is
    still that row). Rows the user added or edited otherwise are kept; the sheet's rows are read
    once more, streamed, only where such documents have rows."""
    keys = {(str(r.item.id), str(r.span.values.get(hash_col))): r for r in rows if r.restore and r.evidence is not None}
    if not keys:
        return
    found: dict[tuple[str, str], list[tuple]] = {key: [] for key in keys}
    runs = [i for i, key in enumerate(old.keys) if key in keys]
    if runs and old.reader is not None:
        reader = old.reader()
        try:
            for index in runs:
                block = reader.range(old.starts[index], old.ends[index])
                for start, end in row_ranges(block, 0, len(block)):
                    found[old.keys[index]].append(_row_identity(row_values(block[start:end], shared, set(range(2, 8)))))
        finally:
            reader.close()
    for key, row in keys.items():
        new_rows = unpack(row.evidence)
        back = _not_in(new_rows, found[key])
        row.evidence = zlib.compress(marshal.dumps(back), 1) if back else None
        row.evidence_count = len(back)


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None if value == "" else value


def _row_identity(values: dict[int, Any]) -> tuple:
    """(signal as the sheet names it now, evidence type, text, start, end, detail) of an old row."""
    signal = values.get(2)
    signal = layout.EVIDENCE_SIGNAL.get(signal, signal) if isinstance(signal, str) else signal
    return (signal, *(_number(values.get(col)) for col in range(3, 8)))


def _not_in(new_rows: list[list[Any]], old_rows: list[tuple]) -> list[list[Any]]:
    """The new rows that no old row is: matched whole first, then by signal, type and offsets."""
    whole = Counter(old_rows)
    left = []
    for values in new_rows:
        identity = (values[1], *(_number(v) for v in values[2:7]))
        if whole[identity] > 0:
            whole[identity] -= 1
        else:
            left.append((identity, values))
    loose: Counter = Counter()
    for identity, count in whole.items():
        if count > 0:
            loose[identity[:2] + identity[3:5]] += count
    back = []
    for identity, values in left:
        near = identity[:2] + identity[3:5]
        if loose[near] > 0:
            loose[near] -= 1
        else:
            back.append(values)
    return back


def evidence_part(rows: list[RowPlan], hash_col: int, old: OldEvidence, quote: int | None) -> Callable[[], Iterator[bytes]]:
    """The Evidence sheet after the refresh, as a function that writes it piece by piece (called
    once the re-scored documents have their results).

    Rows of documents whose scores stay are copied as the bytes they were, in runs of adjacent
    rows (moved only when rows above them changed in number: then their row numbers are
    rewritten in the copied bytes); a re-scored document's new rows take the place of its old
    ones; documents scored for the first time come last; rows of documents no longer in the
    Documents sheet are dropped. The old sheet is read twice (first by the helper process when
    there is one), streamed, and never held whole. `quote`: the quote-prefix style for text
    cells."""
    keep: set[tuple[str, str]] = set()
    replace: dict[tuple[str, str], list[RowPlan]] = {}
    fresh: list[RowPlan] = []
    restored: dict[tuple[str, str], RowPlan] = {}
    for row in rows:
        old_hash = row.span.values.get(hash_col)
        key = (str(row.item.id), str(old_hash)) if old_hash not in (None, "") else None
        if row.restore and key is not None:  # (evid25) its rows kept, those deleted written after its last
            keep.add(key)
            restored[key] = row
        elif row.rescore:
            if key is not None and not row.new:
                replace.setdefault(key, []).append(row)
            else:
                fresh.append(row)
        elif row.keep_evidence and key is not None:
            keep.add(key)
    old.plan(keep, replace)
    last = {key: index for index, key in enumerate(old.keys) if key in restored}
    old.after = {index: [restored[key]] for key, index in last.items()}
    placed_rows = {id(r) for documents in old.placed.values() for r in documents}
    for left in replace.values():  # re-scored documents whose old rows were not found
        fresh.extend(r for r in left if id(r) not in placed_rows)
    fresh.sort(key=lambda r: r.span.number)
    return _EvidenceWriter(rows, fresh, old, quote).pieces


class _EvidenceWriter:
    """Writes the new Evidence sheet (see evidence_part): `number` is the last row written."""

    def __init__(self, rows: list[RowPlan], fresh: list[RowPlan], old: OldEvidence, quote: int | None) -> None:
        self.rows, self.fresh, self.old, self.quote = rows, fresh, old, quote
        self.limit = layout.MAX_EVIDENCE_ROWS
        self.number = 1
        self.batch: list[bytes] = []  # zipfile's write costs about a microsecond per call

    def new(self, documents: list[RowPlan]) -> None:
        """The new rows of these documents, into the batch (as many as fit)."""
        for row in documents:
            for values in unpack(row.evidence):
                if self.number <= self.limit:
                    self.number += 1
                    self.batch.append(evidence_row_xml(self.number, values, self.quote))

    def flush(self) -> Iterator[bytes]:
        if self.batch:
            yield b"".join(self.batch)
            self.batch.clear()

    def kept_run(self, reader: PartReader, index: int) -> tuple[int, bytes | None]:
        """The old runs kept from `index` on that follow one another (copied in one piece, as
        they are, or moved): the index after them, and their bytes (None when the sheet is full)."""
        old, stop, run = self.old, index + 1, self.old.counts[index]
        fates, numbers, counts = old.fates, old.numbers, old.counts
        while (stop < len(fates) and fates[stop] is Fate.KEPT and numbers[stop] == numbers[stop - 1] + counts[stop - 1]
               and run < RUN_ROWS and stop - 1 not in old.after):
            run += counts[stop]
            stop += 1
        room = max(self.limit + 1 - self.number, 0)  # rows that still fit in the sheet
        if not room:
            return stop, None
        block = reader.range(old.starts[index], old.ends[stop - 1])
        if run > room:
            block = block[: list(row_ranges(block, 0, len(block)))[room - 1][1]]
            run = room
        delta = self.number + 1 - numbers[index]
        self.number += run
        return stop, with_references(old.renamed(shift_rows(block, delta) if delta else block))

    def pieces(self) -> Iterator[bytes]:
        old, limit = self.old, self.limit
        total = old.kept_rows() + sum(r.evidence_count for r in self.rows if r.evidence is not None)
        last = min(total, limit) + 1 + (total > limit)
        yield set_ref_rows(old.head, "dimension", last, prefix_of(old.head), grow_only=False)
        yield with_references(move_row(old.header, 1))
        reader = old.reader()
        try:
            index = 0
            while index < len(old.fates):
                fate = old.fates[index]
                if fate is Fate.KEPT:
                    index, block = self.kept_run(reader, index)
                    if block is not None:
                        yield from self.flush()  # (rows made one by one go out together: a write per row costs)
                        yield block
                    if index - 1 in old.after:  # (evid25) the rows deleted from this document, written again
                        self.new([r for r in old.after[index - 1] if r.evidence is not None])
                else:
                    if fate is Fate.REPLACED:
                        self.new([r for r in old.placed[index] if r.evidence is not None])
                    index += 1
                if len(self.batch) >= WRITE_BATCH_ROWS:
                    yield from self.flush()
        finally:
            reader.close()
        self.new([r for r in self.fresh if r.evidence is not None])
        if total > limit:
            self.number += 1
            self.batch.append(evidence_row_xml(self.number, ["(sheet full)", None, None,
                                               f"{total - limit} more evidence rows do not fit in one sheet; "
                                               "score fewer documents per workbook to see them"], self.quote))
        yield b"".join(self.batch)
        yield set_ref_rows(old.tail, "autoFilter", min(total, limit) + 1, prefix_of(old.tail), grow_only=False)
