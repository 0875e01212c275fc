"""The .xlsx package at the level of its zip parts: open one safely, find its sheets, read cell
values, and write a copy in which only chosen parts differ.

Safety before parsing: an OLE2 compound file (a password-protected workbook, or an old .xls) is
refused by its signature; a file that is not a zip is refused; the zip directory is checked for
encrypted entries, too many entries, and sizes or compression ratios that only a zip bomb has;
every XML part is parsed with expat with DOCTYPE declarations refused, so neither external
entities nor "billion laughs" entity expansion can happen.

Reading keeps byte offsets: `scan_sheet` returns, for each row of a worksheet, where its XML
starts and ends, so that a refresh can replace the cells it owns in the rows that changed and copy
every other byte as it was.
"""

from __future__ import annotations

import html
import math
import posixpath
import re
import xml.parsers.expat as expat
import zipfile
import zlib
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import WorkbookError

__all__ = [
    "MAIN_NS",
    "Package",
    "RowSpan",
    "SheetScan",
    "check_file",
    "column_letter",
    "column_index",
    "cell_xml",
    "xml_text",
    "parse_cells",
    "scan_sheet",
    "write_package",
    "stream_rows",
    "stream_row_blocks",
    "row_values",
    "quote_prefix_style",
    "custom_property",
    "NotStreamable",
    "PartReader",
    "MAX_ROWS",
    "MAX_COLUMNS",
    "decode_xstring",
    "encode_xstring",
    "sheet_extent",
    "check_cell_references",
]

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Limits for the zip directory, checked before anything is decompressed (zipfile never hands out
# more than the size the directory declares: a part that holds more fails its checksum). A
# 100,000-row scored workbook with its evidence is about 300 MB of XML uncompressed; 2 GB
# leaves a wide margin. Spreadsheet XML compresses 5-30x in practice (repetitive sheets up to
# ~100x); a ratio above 500 on a part larger than 10 MB is what a zip bomb looks like.
MAX_TOTAL_UNCOMPRESSED = 2 * 1024**3
MAX_ENTRIES = 20_000
MAX_RATIO = 500
RATIO_CHECK_BYTES = 10 * 1024**2
# Parts that are read whole into memory (the Documents, Settings and Sources sheets, charts) may
# hold at most this much XML, and the shared strings (every text a spreadsheet program saved,
# held as Python strings while a workbook is read) at most MAX_SHARED_STRINGS_BYTES: both checked
# on the zip directory before anything is read. A sheet of 100,000 rows of 3,000-character texts
# is ~300 MB; the shared strings of such a workbook saved by Excel ~300 MB less the scores.
MAX_PART_BYTES = 512 * 1024**2
MAX_SHARED_STRINGS_BYTES = 256 * 1024**2
# A sheet's size (Excel's limits, also LibreOffice's since 7.4): a row or cell reference beyond
# them is damage, and reading a workbook must not walk through millions of empty rows for one.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
# What zipfile and zlib raise on a damaged part: a bad checksum (BadZipFile), corrupt deflate
# data (zlib.error), a compression method they do not know (NotImplementedError), a part that
# ends early (EOFError), an encrypted part (RuntimeError), a broken directory (ValueError).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError)
# Sheets are read in pieces of this size when streamed (a few hundred rows of a scored sheet).
STREAM_CHUNK = 1 << 20
# A part that may grow past this size gets ZIP64 headers (the zip format's 32-bit limit, halved:
# zipfile must decide before the size is known).
ZIP64_GUESS_LIMIT = 2**31

_START_TAG_RE = re.compile(rb"<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*(/?)>")
_PREFIX_RE = re.compile(rb"<([A-Za-z_][\w.-]*:)?sheetData")
_CELL_REF_RE = re.compile(r"([A-Z]{1,3})(\d+)$")
_XML_BAD_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# ECMA-376 ST_Xstring: "_xHHHH_" in a cell's text stands for the character U+HHHH (Excel writes a
# carriage return as "_x000D_"), and "_x005F_" for the underscore that starts a literal "_xHHHH_".
_XSTRING_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def decode_xstring(text: str) -> str:
    """A cell's text as a spreadsheet program shows it: "_xHHHH_" escapes decoded."""
    if "_x" not in text:
        return text
    return _XSTRING_RE.sub(lambda m: chr(int(m.group(1), 16)), text)


def encode_xstring(text: str) -> str:
    """Text written so that every reader shows it as it is: a literal "_xHHHH_" gets its underscore
    escaped ("_x005F_xHHHH_"), so a program that decodes escapes sees "_x003D_" and never "="."""
    if "_x" not in text:
        return text
    return _XSTRING_RE.sub(lambda m: "_x005F_" + m.group(0)[1:], text)


class _Refused(Exception):
    """Raised inside expat handlers; turned into WorkbookError by the caller."""


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + ord(ch) - 64
    return value


def xml_text(value: str) -> str:
    """Text escaped for XML content or a double-quoted attribute; characters XML 1.0 cannot hold
    become U+FFFD (visible) rather than corrupting the part."""
    if _XML_BAD_RE.search(value):
        value = _XML_BAD_RE.sub("\ufffd", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def cell_xml(ref: str, value: Any, style: int | None) -> str:
    """One <c> element. Text is always an inline string (t="inlineStr"): it can never be read as a
    formula, and the workbook's shared-strings part is left as it was."""
    s = f' s="{style}"' if style else ""
    if value is None or value == "":
        return f'<c r="{ref}"{s}/>'
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            value = str(value)
        else:
            return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    text = xml_text(encode_xstring(str(value)))
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def check_file(path: Path) -> None:
    """Refuse, with a message a person can act on, anything that is not a readable .xlsx package."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise WorkbookError(f"{path}: no such file") from None
    except PermissionError:
        raise WorkbookError(f"{path}: permission denied (cannot read the file)") from None
    except IsADirectoryError:
        raise WorkbookError(f"{path}: is a folder, not a workbook") from None
    except OSError as exc:
        raise WorkbookError(f"{path}: cannot read ({exc.strerror})") from None
    if head.startswith(OLE2_SIGNATURE):
        raise WorkbookError(
            f"{path}: this is a password-protected (encrypted) workbook or an old-style .xls file; "
            "xlplugin cannot read it. In Excel, remove the password (File > Info > Protect Workbook > "
            "Encrypt with Password, clear it) or save a copy as .xlsx, and try again."
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookError(f"{path}: not an .xlsx workbook (the file is not a zip package); is it damaged or misnamed?")


def _unsafe_name(name: str) -> bool:
    """A part name that points outside the package (absolute, "..", a drive, a backslash) or
    that no workbook has (an empty segment, a NUL)."""
    if not name or name.startswith("/") or "\\" in name or "\x00" in name or ":" in name.split("/", 1)[0]:
        return True
    segments = name.rstrip("/").split("/")
    return any(segment in ("", ".", "..") for segment in segments)


def _check_directory(path: Path, archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise WorkbookError(f"{path}: refused: the package has {len(infos)} parts, more than a workbook has (limit {MAX_ENTRIES})")
    total = 0
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if _unsafe_name(name):
            raise WorkbookError(f"{path}: refused: the package has a part named {name[:200]!r}, which points outside "
                                "the package; this is not a file a spreadsheet program wrote")
        if name in seen:
            raise WorkbookError(f"{path}: refused: the package has two parts named {name[:200]}; "
                                "programs would read different ones (damaged or tampered with)")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise WorkbookError(f"{path}: refused: part {name} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise WorkbookError(f"{path}: refused: part {name} uses compression method {info.compress_type}, "
                                "which spreadsheet programs do not write (only stored and deflated)")
        total += info.file_size
        if info.file_size > RATIO_CHECK_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise WorkbookError(
                f"{path}: refused: part {name} would expand {info.file_size // max(info.compress_size, 1)}x "
                f"to {info.file_size / 1e6:.0f} MB; this looks like a zip bomb, not a workbook"
            )
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise WorkbookError(
            f"{path}: refused: the package would expand to {total / 1e9:.1f} GB "
            f"(limit {MAX_TOTAL_UNCOMPRESSED / 1e9:.1f} GB); this looks like a zip bomb"
        )


def _parser() -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator=" ")

    def refuse_doctype(*_args: Any) -> None:
        raise _Refused("the XML declares a DOCTYPE (entities are refused: they can read local files or expand without limit)")

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    return parser


def _parse(data: bytes | Iterable[bytes], part: str, start: Callable | None, end: Callable | None = None,
           chars: Callable | None = None, parser: expat.XMLParserType | None = None) -> None:
    """Parse a part (bytes, or its pieces in order) with the handlers given."""
    parser = parser or _parser()
    if start is not None:
        parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if chars is not None:
        parser.CharacterDataHandler = chars
        parser.buffer_text = True
    try:
        if isinstance(data, (bytes, bytearray, memoryview)):
            parser.Parse(data, True)
        else:
            for piece in data:
                parser.Parse(piece, False)
            parser.Parse(b"", True)
    except _Refused as exc:
        raise WorkbookError(f"part {part}: refused: {exc}") from None
    except expat.ExpatError as exc:
        raise WorkbookError(f"part {part}: not well-formed XML ({expat.ErrorString(exc.code)}, line {exc.lineno})") from None


def _local(name: str) -> tuple[str, str]:
    ns, _, local = name.rpartition(" ")
    return ns, local


@dataclass
class Package:
    """An opened, checked .xlsx/.xlsm package."""

    path: Path
    archive: zipfile.ZipFile
    sheets: dict[str, str] = field(default_factory=dict)  # sheet name -> part name, in workbook order
    _shared: list[str] | None = None

    @classmethod
    def open(cls, path: Path) -> "Package":
        check_file(path)
        try:
            archive = zipfile.ZipFile(path)
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{path}: not a readable zip package ({_reason(exc)})") from None
        package = cls(path, archive)
        try:
            _check_directory(path, archive)
            package._read_workbook()
            package._check_shared_strings_size()
        except WorkbookError as exc:
            archive.close()
            raise named(path, exc) from None
        except BaseException:
            archive.close()
            raise
        return package

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> "Package":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def has(self, part: str) -> bool:
        try:
            self.archive.getinfo(part)
        except KeyError:
            return False
        return True

    def _info(self, part: str) -> zipfile.ZipInfo:
        try:
            return self.archive.getinfo(part)
        except KeyError:
            raise WorkbookError(f"{self.path}: the package has no part {part}") from None

    def read(self, part: str) -> bytes:
        """A part's bytes, whole (parts over MAX_PART_BYTES are refused before reading)."""
        info = self._info(part)
        if info.file_size > MAX_PART_BYTES:
            raise WorkbookError(f"{self.path}: refused: part {part} holds {info.file_size / 1e6:.0f} MB of XML, more than "
                                f"xlplugin reads into memory (limit {MAX_PART_BYTES // 2**20} MB); split the workbook")
        try:
            return self.archive.read(info)
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{self.path}: part {part} is damaged ({_reason(exc)})") from None

    def pieces(self, part: str, size: int = STREAM_CHUNK) -> Iterator[bytes]:
        """A part's bytes in pieces of `size`, decompressed as they are read; the zip checksum
        is checked at the end (a damaged part raises WorkbookError naming it)."""
        info = self._info(part)
        try:
            with self.archive.open(info) as handle:
                while piece := handle.read(size):
                    yield piece
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{self.path}: part {part} is damaged ({_reason(exc)})") from None

    def _check_shared_strings_size(self) -> None:
        if self.shared_part and self.has(self.shared_part):
            size = self.archive.getinfo(self.shared_part).file_size
            if size > MAX_SHARED_STRINGS_BYTES:
                raise WorkbookError(
                    f"{self.path}: refused: its shared strings (part {self.shared_part}) would expand to {size / 1e6:.0f} MB, "
                    f"more than xlplugin reads (limit {MAX_SHARED_STRINGS_BYTES // 2**20} MB); split the workbook"
                )

    def verify(self, skip: Iterable[str] = (), sheets: Iterable[str] = ()) -> dict[str, int]:
        """Read every part (but those in `skip`) to its end, so that a damaged part (a bad
        checksum, corrupt compressed data) is found before any work; XML parts are parsed with
        DOCTYPE refused, so a malformed part or invalid UTF-8 is refused too. For the worksheet
        parts in `sheets`, every row and cell reference is checked against a sheet's limits;
        returns, for each, the last row a reader could reach (see sheet_extent)."""
        skip = set(skip)
        sheets = set(sheets)
        extents: dict[str, int] = {}
        for info in self.archive.infolist():
            name = info.filename
            if name in skip or name.endswith("/"):
                continue
            if not name.endswith((".xml", ".rels")):
                for _piece in self.pieces(name):
                    pass
                continue
            extent = _Extent(self.path, name) if name in sheets else None
            try:
                _parse(extent.feed(self.pieces(name)) if extent else self.pieces(name), name, None)
            except WorkbookError as exc:
                raise named(self.path, exc) from None
            if extent is not None:
                extents[name] = extent.last_row
        return extents

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationships of a part: Id -> (type, target part name or external target)."""
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", name + ".rels")
        if not self.has(rels_part):
            return {}
        found: dict[str, tuple[str, str]] = {}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if _local(tag)[1] == "Relationship":
                target = attrs.get("Target", "")
                if attrs.get("TargetMode") != "External":
                    target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                found[attrs.get("Id", "")] = (attrs.get("Type", "").rsplit("/", 1)[-1], target)

        _parse(self.read(rels_part), rels_part, start)
        return found

    def _read_workbook(self) -> None:
        main = [target for kind, target in self.rels("").values() if kind == "officeDocument"]
        if not main:
            raise WorkbookError(f"{self.path}: not a spreadsheet package (no workbook part); is it a Word or PowerPoint file?")
        self.workbook_part = main[0]
        rels = self.rels(self.workbook_part)
        order: list[tuple[str, str]] = []
        namespaces: set[str] = set()

        def start(tag: str, attrs: dict[str, str]) -> None:
            ns, local = _local(tag)
            if local == "workbook":
                namespaces.add(ns)
            if local == "sheet":
                rid = next((v for k, v in attrs.items() if _local(k)[1] == "id"), "")
                order.append((attrs.get("name", ""), rels.get(rid, ("", ""))[1]))

        _parse(self.read(self.workbook_part), self.workbook_part, start)
        if STRICT_NS in namespaces:
            raise WorkbookError(f"{self.path}: saved as 'Strict Open XML'; save it as an ordinary Excel Workbook (.xlsx) and try again")
        self.sheets = {name: part for name, part in order}
        shared = [t for kind, t in rels.values() if kind == "sharedStrings"]
        self.shared_part = shared[0] if shared else None

    @property
    def shared_strings(self) -> list[str]:
        if self._shared is None:
            self._shared = []
            if self.shared_part and self.has(self.shared_part):
                self._check_shared_strings_size()
                try:  # streamed: the XML is never held whole beside the strings it holds
                    self._shared = _read_shared_strings(self.pieces(self.shared_part), self.shared_part)
                except WorkbookError as exc:
                    raise named(self.path, exc) from None
        return self._shared

    def sheet_part(self, name: str) -> str | None:
        return self.sheets.get(name)


def _reason(exc: BaseException) -> str:
    """A library exception in a few words (its own text, or its kind when it has none)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text[:200] or type(exc).__name__


def named(path: Path, exc: WorkbookError) -> WorkbookError:
    """The error with the file's name in front, unless its message names the file already."""
    message = str(exc)
    if str(path) in message:
        return exc
    return WorkbookError(f"{path}: {message}")


class _Extent:
    """Checks a worksheet's row and cell references as its pieces go by (regular expressions,
    about 80 MB/s): each must be a reference a sheet can hold (row 1 to MAX_ROWS, column A to
    XFD). `last_row`: the last row a reader that fills in missing rows could reach (the highest
    row number plus the rows without one)."""

    _ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])[^>]*?\sr\s*=\s*[\"']([^\"']*)")
    _ROWS = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])")
    # a cell reference that is not letters then a number without a leading zero
    _BAD_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?=\s)[^>]*?\sr\s*=\s*[\"'](?![A-Z]{1,3}[1-9][0-9]{0,6}[\"'])([^\"']{0,40})")
    _LONG_COLUMN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?=\s)[^>]*?\sr\s*=\s*[\"']([A-Z]{3})[0-9]")
    _LONG_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?=\s)[^>]*?\sr\s*=\s*[\"'][A-Z]{1,3}([0-9]{7})[\"']")

    def __init__(self, path: Path, part: str) -> None:
        self.path, self.part = path, part
        self.highest = 0
        self.rows = 0

    def _refuse(self, what: str) -> WorkbookError:
        return WorkbookError(f"{self.path}: part {self.part}: {what}; a sheet has rows 1 to {MAX_ROWS:,} and columns "
                             "A to XFD (the file is damaged or was not written by a spreadsheet program)")

    def _check(self, data: bytes) -> None:
        for value in self._ROW.findall(data):
            if not value.isdigit() or not 0 < int(value) <= MAX_ROWS:
                raise self._refuse(f"a row numbered {value[:40].decode('latin-1')!r}")
            self.highest = max(self.highest, int(value))
        self.rows += len(self._ROWS.findall(data))
        self.check_cells(data)

    # Cells as every spreadsheet program writes them, reference first: only references that may
    # be out of range (three letters, seven digits) or malformed are looked at one by one.
    _UNUSUAL_CELL = re.compile(rb'<c r="(?![A-Z]{1,2}[1-9][0-9]{0,5}")([^"]{0,40})')
    _VALID_REF = re.compile(rb"([A-Z]{1,3})([1-9][0-9]{0,6})")

    def check_cells(self, data: bytes) -> None:
        """Only the cell references. The common layout is checked with one regular expression
        that runs in C (~500 MB/s); cells with a namespace prefix or with the reference after
        another attribute with slower ones (~50 MB/s)."""
        for ref in self._UNUSUAL_CELL.findall(data):
            valid = self._VALID_REF.fullmatch(ref)
            if valid is None:
                raise self._refuse(f"a cell reference {ref.decode('latin-1')!r}")
            if len(valid.group(1)) == 3 and valid.group(1) > b"XFD":
                raise self._refuse(f"a cell in column {valid.group(1).decode()}")
            if int(valid.group(2)) > MAX_ROWS:
                raise self._refuse(f"a cell in row {int(valid.group(2)):,}")
        if data.count(b"<c ") == data.count(b'<c r="') and b":c " not in data:
            return
        bad = self._BAD_CELL.search(data)
        if bad is not None:
            raise self._refuse(f"a cell reference {bad.group(1).decode('latin-1')!r}")
        for letters in self._LONG_COLUMN.findall(data):
            if letters > b"XFD":
                raise self._refuse(f"a cell in column {letters.decode()}")
        for digits in self._LONG_ROW.findall(data):
            if int(digits) > MAX_ROWS:
                raise self._refuse(f"a cell in row {int(digits):,}")

    def feed(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        """The pieces, passed on unchanged, each checked (tags cut between two pieces are
        checked with the next one)."""
        carry = b""
        for piece in pieces:
            data = carry + piece
            cut = data.rfind(b">") + 1
            if cut == 0 and len(data) > 4 * STREAM_CHUNK:
                raise self._refuse("a tag longer than 4 MB")
            self._check(data[:cut])
            carry = data[cut:]
            yield piece
        self._check(carry)

    @property
    def last_row(self) -> int:
        return min(self.highest + self.rows, MAX_ROWS)


def check_cell_references(package: "Package", part: str, data: bytes) -> None:
    """Refuse a worksheet (already read) with a cell reference a sheet cannot hold."""
    _Extent(package.path, part).check_cells(data)


def sheet_extent(package: "Package", part: str) -> int:
    """Check a worksheet's references (see _Extent) and return the last row a reader could reach."""
    extent = _Extent(package.path, part)
    for _piece in extent.feed(package.pieces(part)):
        pass
    return extent.last_row


def _read_shared_strings(data: bytes | Iterable[bytes], part: str) -> list[str]:
    strings: list[str] = []
    buffer: list[str] = []
    state = {"in_t": False, "skip": 0}

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = _local(tag)[1]
        if local == "si":
            buffer.clear()
        elif local in ("rPh", "phoneticPr"):
            state["skip"] += 1  # phonetic guides are not part of the visible text
        elif local == "t" and not state["skip"]:
            state["in_t"] = True

    def end(tag: str) -> None:
        local = _local(tag)[1]
        if local == "si":
            strings.append(decode_xstring("".join(buffer)))
        elif local in ("rPh", "phoneticPr"):
            state["skip"] -= 1
        elif local == "t":
            state["in_t"] = False

    def chars(text: str) -> None:
        if state["in_t"]:
            buffer.append(text)

    _parse(data, part, start, end, chars)
    return strings


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
    if raw == "":
        return None
    try:
        number = float(raw)
    except ValueError:
        return raw
    return int(number) if number.is_integer() and "." not in raw and "E" not in raw.upper() else number


_P = rb"(?:[A-Za-z_][\w.-]*:)?"
_FAST_ROW_RE = re.compile(rb"<(" + _P + rb")row\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(?:/>|>.*?</\1row>)", re.S)
_FAST_CELL_RE = re.compile(rb"<" + _P + rb"c\b((?:[^>\"'/]|\"[^\"]*\"|'[^']*'|/(?!>))*)(?:/>|>(.*?)</" + _P + rb"c>)", re.S)
_ATTR_RC_RE = re.compile(rb'\sr="([A-Z]{1,3})(\d+)"')
_ATTR_ROW_RE = re.compile(rb'\sr="(\d+)"')
_ATTR_T_RE = re.compile(rb'\st="(\w+)"')
_V_RE = re.compile(rb"<" + _P + rb"v>(.*?)</" + _P + rb"v>", re.S)
_T_RE = re.compile(rb"<" + _P + rb"t\b[^>]*>(.*?)</" + _P + rb"t>", re.S)
_F_RE = re.compile(rb"<" + _P + rb"f\b")
_SD_OPEN_RE = re.compile(rb"<(" + _P + rb")sheetData\b[^>]*?(/?)>")


def _unescape(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return html.unescape(text) if "&" in text else text


def _all_cells_referenced(row: bytes, tag_end: int, prefix: bytes) -> bool:
    """Does every cell of the row carry its own reference (r="B7")? Cells without one (valid:
    the Evidence sheet writes none) take their column from their position instead."""
    cells = row.count(b"<" + prefix + b"c ", tag_end) + row.count(b"<" + prefix + b"c>", tag_end) + row.count(b"<" + prefix + b"c/>", tag_end)
    return row.count(b' r="', tag_end) >= cells


# A cell with its reference first, holding nothing, a value, or one plain inline string.
_SIMPLE_CELL_RE = re.compile(rb'<c r="([A-Z]{1,3})\d+"([^>]*?)(?:/>|><v>([^<]*)</v></c>|><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>|></c>)')
_FIRST = itemgetter(0)
_LETTERS = itemgetter(1)
# The cells of a checked simple row, each as (column letters, attributes, value, inline text).
_SIMPLE_CELLS_RE = re.compile(rb'(<c r="([A-Z]{1,3})\d+"((?:\s[\w:]+="[^"]*")*)\s*(?:/>|><v>([^<]*)</v></c>|><is><t(?: xml:space="preserve")?>([^<]*)</t></is></c>|></c>))')


def _simple_row_values(row: bytes, tag_end: int, wanted: dict[bytes, int], shared: list[str]) -> dict[int, Any] | None:
    """Values of the wanted columns of a row whose cells are all simple (see _SIMPLE_CELL_RE) and
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


def _fast_scan(data: bytes, shared: list[str], columns: Callable[[int], bool] | None, value_rows: int | None = None,
               first_only: bool = False) -> SheetScan | None:
    """The same result as the expat scan, with regular expressions: about ten times faster. Used
    only for XML with no declarations, comments or CDATA ("<!" nowhere), which is what Excel,
    LibreOffice and openpyxl write; anything else goes through expat."""
    opened = _SD_OPEN_RE.search(data)
    if opened is None:
        return None
    prefix = opened.group(1).decode()
    if opened.group(2):
        return SheetScan(data, [], (opened.end(), opened.end()), prefix)
    close = data.find(b"</" + opened.group(1) + b"sheetData>", opened.end())
    if close == -1:
        return None
    rows: list[RowSpan] = []
    next_row = 1
    wanted_letters = {column_letter(c).encode(): c for c in columns} if isinstance(columns, (set, frozenset, tuple)) else {}
    open_tag, close_tag = b"<" + opened.group(1) + b"row", b"</" + opened.group(1) + b"row>"
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
        whole = data[start:end]
        tag_end -= start
        rows.append(span)
        if value_rows is not None and len(rows) > value_rows:
            if first_only:
                break
            continue
        if isinstance(columns, (set, frozenset, tuple)) and len(rows) > 1 and not opened.group(1):
            # Few columns wanted: the cells as Excel, LibreOffice, openpyxl and xlsxwriter write
            # them (each with its reference) in one regular expression per row
            simple = _simple_row_values(whole, tag_end, wanted_letters, shared)
            if simple is not None:
                span.values.update(simple)
                continue
        if isinstance(columns, (set, frozenset, tuple)) and len(rows) > 1 and _all_cells_referenced(whole, tag_end, opened.group(1)):
            # anything else whose cells all have a reference: the wanted ones found by it
            for wanted in columns:
                at = whole.find(b' r="' + column_letter(wanted).encode() + str(number).encode() + b'"', tag_end)
                if at == -1:
                    continue
                cell = _FAST_CELL_RE.match(whole, whole.rfind(b"<", tag_end, at))
                if cell is None or cell.group(2) is None:
                    continue
                kind_match = _ATTR_T_RE.search(cell.group(1))
                kind = kind_match.group(1).decode() if kind_match else "n"
                v = _V_RE.search(cell.group(2))
                inline = "".join(_unescape(t) for t in _T_RE.findall(cell.group(2))) if kind == "inlineStr" else ""
                value = _cell_value(kind, _unescape(v.group(1)) if v else "", inline, shared)
                if value not in (None, ""):
                    span.values[wanted] = value
            continue
        col = 0
        for cell in _FAST_CELL_RE.finditer(whole, tag_end):
            attrs, body = cell.group(1), cell.group(2)
            ref = _ATTR_RC_RE.search(attrs)
            col = column_index(ref.group(1).decode()) if ref else col + 1
            if body is None or (columns is not None and not (col in columns if isinstance(columns, (set, frozenset, tuple)) else columns(col))):
                continue
            kind_match = _ATTR_T_RE.search(attrs)
            kind = kind_match.group(1).decode() if kind_match else "n"
            v = _V_RE.search(body)
            raw = _unescape(v.group(1)) if v else ""
            inline = "".join(_unescape(t) for t in _T_RE.findall(body)) if kind == "inlineStr" else ""
            value = _cell_value(kind, raw, inline, shared)
            if value is not None and value != "":
                span.values[col] = value
            if _F_RE.search(body):
                span.formulas.add(col)
    return SheetScan(data, rows, (opened.end(), close), prefix)


def scan_sheet(package: Package, part: str, columns: Callable[[int], bool] | set[int] | None = None, value_rows: int | None = None,
               first_only: bool = False, data: bytes | None = None) -> SheetScan:
    """Every row of a worksheet part with its byte range; values only for columns where
    `columns(col)` is true (all when None), and (when given) only in the first `value_rows`
    rows (with `first_only`, the rows after those are not listed either). Shared strings are
    resolved. `data`: the part's bytes, when the caller has read them already."""
    data = package.read(part) if data is None else data
    shared = package.shared_strings
    fast = None
    if b"<!" not in data:
        try:
            fast = _fast_scan(data, shared, columns, value_rows, first_only)
        except UnicodeDecodeError:
            fast = None  # read again with expat, which says where the text is not UTF-8
    if fast is not None:
        _check_row_numbers(package, part, fast.rows)
        return fast
    if isinstance(columns, (set, frozenset, tuple)):
        columns = columns.__contains__
    parser = _parser()
    rows: list[RowSpan] = []
    state: dict[str, Any] = {"row": None, "col": 0, "kind": "", "raw": [], "inline": [], "want": False,
                             "in": "", "next_row": 1, "sd_start": -1, "sd_end": -1, "prefix": None, "formula": False}
    namespaces: set[str] = set()

    def start(tag: str, attrs: dict[str, str]) -> None:
        ns, local = _local(tag)
        if local == "c" and state["row"] is not None:
            ref = attrs.get("r")
            match = _CELL_REF_RE.match(ref) if ref else None
            state["col"] = column_index(match.group(1)) if match else state["col"] + 1
            state["kind"] = attrs.get("t", "n")
            state["want"] = columns is None or columns(state["col"])
            state["raw"] = []
            state["inline"] = []
            state["formula"] = False
        elif local == "v" and state["want"]:
            state["in"] = "v"
        elif local == "t" and state["want"]:
            state["in"] = "t"
        elif local == "f" and state["want"]:
            state["formula"] = True
        elif local == "row":
            offset = parser.CurrentByteIndex
            written = attrs.get("r", str(state["next_row"]))
            if not written.isdigit() or not 0 < int(written) <= MAX_ROWS:
                raise _Refused(f"a row numbered {written[:40]!r} (a sheet has rows 1 to {MAX_ROWS:,})")
            number = int(written)
            state["next_row"] = number + 1
            match = _START_TAG_RE.match(data, offset)
            if match is None:
                raise _Refused(f"cannot read the row starting at byte {offset}")
            span = RowSpan(number, offset, match.end() if match.group(1) else -1, {})
            rows.append(span)
            state["row"] = span if not match.group(1) else None
            state["col"] = 0
        elif local == "sheetData":
            offset = parser.CurrentByteIndex
            match = _START_TAG_RE.match(data, offset)
            named = _PREFIX_RE.match(data, offset)
            state["prefix"] = named.group(1).decode() if named and named.group(1) else ""
            state["sd_start"] = match.end() if match and not match.group(1) else (match.end() if match else offset)
            state["sd_end"] = state["sd_start"] if match and match.group(1) else -1
        elif local == "worksheet":
            namespaces.add(ns)

    def end(tag: str) -> None:
        local = _local(tag)[1]
        if local == "c" and state["row"] is not None and state["want"]:
            value = _cell_value(state["kind"], "".join(state["raw"]), "".join(state["inline"]), shared)
            if value is not None and value != "":
                state["row"].values[state["col"]] = value
            if state["formula"]:
                state["row"].formulas.add(state["col"])
        elif local in ("v", "t"):
            state["in"] = ""
        elif local == "row" and state["row"] is not None:
            offset = parser.CurrentByteIndex
            state["row"].end = data.index(b">", offset) + 1
            state["row"] = None
        elif local == "sheetData" and state["sd_end"] == -1:
            state["sd_end"] = parser.CurrentByteIndex

    def chars(text: str) -> None:
        where = state["in"]
        if where == "v":
            state["raw"].append(text)
        elif where == "t":
            state["inline"].append(text)

    try:
        _parse(data, part, start, end, chars, parser)
    except WorkbookError as exc:
        raise named(package.path, exc) from None
    if STRICT_NS in namespaces:
        raise WorkbookError(f"{package.path}: saved as 'Strict Open XML'; save it as an ordinary Excel Workbook (.xlsx) and try again")
    if state["sd_start"] == -1:
        raise WorkbookError(f"{package.path}: part {part} has no cell data (not a worksheet?)")
    return SheetScan(data, rows, (state["sd_start"], state["sd_end"]), state["prefix"] or "")


def _check_row_numbers(package: Package, part: str, rows: list[RowSpan]) -> None:
    for span in rows:
        if not 0 < span.number <= MAX_ROWS:
            raise WorkbookError(f"{package.path}: part {part}: a row numbered {span.number}; a sheet has rows 1 to {MAX_ROWS:,} "
                                "(the file is damaged or was not written by a spreadsheet program)")


def parse_cells(row_xml: bytes, prefix: str) -> tuple[bytes, list[tuple[int, bytes, int | None, bool]], bytes]:
    """Split one <row> element into (start tag, cells, tail). Each cell: (column, its exact bytes,
    its style index, whether it holds a formula). The tail is whatever follows the last cell
    (an <extLst> and the end tag)."""
    head = _START_TAG_RE.match(row_xml)
    if head is None:
        raise WorkbookError("cannot read a row of the Documents sheet")
    if head.group(1):
        return head.group(0), [], b""
    # Wrap in a root that declares the prefix so that expat accepts a fragment.
    ns_decl = f'xmlns{":" + prefix[:-1] if prefix else ""}="{MAIN_NS}"'.encode()
    wrapper_open = b"<wrap " + ns_decl + b">"
    data = wrapper_open + row_xml + b"</wrap>"
    shift = len(wrapper_open)
    parser = _parser()
    cells: list[tuple[int, bytes, int | None, bool]] = []
    state: dict[str, Any] = {"depth": 0, "start": -1, "col": 0, "style": None, "formula": False, "last_end": -1}

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = _local(tag)[1]
        state["depth"] += 1
        if local == "c" and state["depth"] == 3:
            state["start"] = parser.CurrentByteIndex
            ref = attrs.get("r")
            match = _CELL_REF_RE.match(ref) if ref else None
            state["col"] = column_index(match.group(1)) if match else state["col"] + 1
            state["style"] = int(attrs["s"]) if attrs.get("s", "").isdigit() else None
            state["formula"] = False
        elif local == "f":
            state["formula"] = True

    def end(tag: str) -> None:
        local = _local(tag)[1]
        if local == "c" and state["depth"] == 3:
            offset = parser.CurrentByteIndex
            start_at = state["start"]
            tag_match = _START_TAG_RE.match(data, start_at)
            assert tag_match is not None
            stop = tag_match.end() if tag_match.group(1) else data.index(b">", offset) + 1
            cells.append((state["col"], data[start_at:stop], state["style"], state["formula"]))
            state["last_end"] = stop
        state["depth"] -= 1

    _parse(data, "row", start, end, None, parser)
    body_start = head.end() + shift
    tail_start = state["last_end"] if state["last_end"] != -1 else body_start
    tail = data[tail_start : len(data) - len(b"</wrap>")]
    return head.group(0), cells, tail


def write_package(source: zipfile.ZipFile, target: Path, replacements: dict[str, bytes | Callable[[], Iterable[bytes]]],
                  level: int | None = None) -> None:
    """Write `target` as a copy of `source` where the parts named in `replacements` get new
    contents (bytes, or a function returning the contents piece by piece, so that a large sheet
    is never held whole); every other part is copied unchanged, in the same order, with the same
    names, dates and compression. `level`: deflate level for the replaced parts."""
    with zipfile.ZipFile(target, "w", allowZip64=True) as out:
        for info in source.infolist():
            clone = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            clone.compress_type = info.compress_type if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) else zipfile.ZIP_DEFLATED
            clone.external_attr = info.external_attr
            clone.create_system = info.create_system
            if info.filename in replacements:
                contents = replacements[info.filename]
                if level is not None and clone.compress_type == zipfile.ZIP_DEFLATED:
                    clone._compresslevel = level  # type: ignore[attr-defined]  # the only way for a ZipInfo before 3.13
                if isinstance(contents, bytes):
                    out.writestr(clone, contents)
                    continue
                # ZIP64 headers only where the part may pass 2 GB (a regenerated sheet is at
                # most about twice the old one): some readers do not accept them on small parts.
                with out.open(clone, "w", force_zip64=info.file_size * 2 > ZIP64_GUESS_LIMIT) as dst:
                    for piece in contents():
                        dst.write(piece)
                continue
            clone.file_size = info.file_size
            try:
                src = source.open(info)
            except ZIP_ERRORS as exc:
                raise WorkbookError(f"{source.filename}: part {info.filename} is damaged ({_reason(exc)})") from None
            with src, out.open(clone, "w", force_zip64=info.file_size > 2**31) as dst:
                while True:
                    try:  # (a bad checksum shows only at the end of the part)
                        block = src.read(1 << 20)
                    except ZIP_ERRORS as exc:
                        raise WorkbookError(f"{source.filename}: part {info.filename} is damaged ({_reason(exc)})") from None
                    if not block:
                        break
                    dst.write(block)


class NotStreamable(Exception):
    """A worksheet part the streaming row splitter cannot split safely (comments, CDATA or a
    DOCTYPE somewhere, or no sheetData): the caller reads it with expat instead."""


class _SheetStream:
    """A worksheet part read front to back in STREAM_CHUNK pieces, shared by the two row
    splitters: `buffer` holds what was read and not yet dropped, `base` is where buffer[0] lies
    in the part."""

    def __init__(self, package: Package, part: str) -> None:
        try:
            self.handle = package.archive.open(part)
        except KeyError:
            raise WorkbookError(f"{package.path}: the package has no part {part}") from None
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{package.path}: part {part} is damaged ({_reason(exc)})") from None
        self.path, self.part = package.path, part
        self.buffer = b""
        self.base = 0
        self.eof = False

    def __enter__(self) -> "_SheetStream":
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()

    def more(self) -> bool:
        """Read one more piece into the buffer; False at the end of the part."""
        if self.eof:
            return False
        try:
            piece = self.handle.read(STREAM_CHUNK)
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{self.path}: part {self.part} is damaged ({_reason(exc)})") from None
        if not piece:
            self.eof = True
            return False
        # "<!" (a comment, CDATA or DOCTYPE) may hide "</row>" inside text; checked across the
        # join with the previous piece too.
        if b"<!" in self.buffer[-1:] + piece:
            raise NotStreamable(self.part)
        self.buffer += piece
        return True

    def rest(self, start: int) -> bytes:
        """Everything from buffer[start] to the end of the part."""
        while self.more():
            pass
        return self.buffer[start:]

    def drop(self, upto: int) -> None:
        """Forget buffer[:upto] (already handed out)."""
        self.buffer, self.base = self.buffer[upto:], self.base + upto

    def sheet_data(self) -> tuple[bytes, int, bool]:
        """(namespace prefix, offset just after the <sheetData> start tag, whether it is empty)."""
        opened = None
        while opened is None:
            opened = _SD_OPEN_RE.search(self.buffer)
            if opened is None and not self.more():
                raise NotStreamable(self.part)
        return opened.group(1), opened.end(), bool(opened.group(2))


def stream_rows(package: Package, part: str, offsets: bool = False) -> Iterator[tuple]:
    """The part as ("head", bytes up to and including the <sheetData> start tag), then
    ("row", the exact bytes of one <row> element) for each row, then ("tail", the rest), read
    in pieces of STREAM_CHUNK bytes so that memory does not grow with the sheet. The bytes
    between rows (whitespace) are dropped. With `offsets`, each row comes with where it starts in
    the part, as ("row", bytes, offset). Raises NotStreamable before yielding anything wrong."""
    with _SheetStream(package, part) as stream:
        prefix, position, empty = stream.sheet_data()
        yield "head", stream.buffer[:position]
        if empty:
            yield "tail", stream.rest(position)
            return
        open_tag, close_tag, end_tag = b"<" + prefix + b"row", b"</" + prefix + b"row>", b"</" + prefix + b"sheetData>"
        while True:
            buffer = stream.buffer
            start = buffer.find(open_tag, position)
            # (bounded by the next row: searching to the end of the buffer each time is quadratic)
            close = buffer.find(end_tag, position, start + len(end_tag) if start != -1 else len(buffer))
            if close != -1 and (start == -1 or close < start):
                yield "tail", stream.rest(close)
                return
            if start == -1 or (tag_end := buffer.find(b">", start) + 1) == 0:
                stream.drop(position)
                position = 0
                if not stream.more():
                    raise NotStreamable(part)
                continue
            if buffer[start + len(open_tag)] not in b" \t\r\n/>":
                raise NotStreamable(part)
            end = tag_end if buffer[tag_end - 2] == 0x2F else buffer.find(close_tag, tag_end)
            if end == -1:
                stream.drop(start)
                position = 0
                if not stream.more():
                    raise NotStreamable(part)
                continue
            if end != tag_end:
                end += len(close_tag)
            yield ("row", buffer[start:end], stream.base + start) if offsets else ("row", buffer[start:end])
            position = end
            if position > STREAM_CHUNK:
                stream.drop(position)
                position = 0


def stream_row_blocks(package: Package, part: str) -> Iterator[tuple]:
    """Like `stream_rows`, but rows come in blocks instead of one by one (a Python step per row
    costs more than the regular expression that reads it): ("head", bytes), then
    ("rows", buffer, start, end, base) for each block, where buffer[start:end] holds whole <row>
    elements (and any whitespace between them) and `base` is where buffer[0] lies in the part,
    then ("tail", bytes). Raises NotStreamable as stream_rows does."""
    with _SheetStream(package, part) as stream:
        prefix, position, empty = stream.sheet_data()
        yield "head", stream.buffer[:position]
        if empty:
            yield "tail", stream.rest(position)
            return
        close_tag, end_tag = b"</" + prefix + b"row>", b"</" + prefix + b"sheetData>"
        while True:
            # "</sheetData>" and "</row>" cannot occur inside text (no "<!" anywhere: no CDATA),
            # so everything up to the last "</row>" of the buffer is whole rows.
            close = stream.buffer.find(end_tag, position)
            if close != -1:
                if close > position:
                    yield "rows", stream.buffer, position, close, stream.base
                yield "tail", stream.rest(close)
                return
            cut = stream.buffer.rfind(close_tag, position)
            if cut != -1:
                cut += len(close_tag)
                yield "rows", stream.buffer, position, cut, stream.base
                stream.drop(cut)
                position = 0
            if not stream.more():
                raise NotStreamable(part)


class PartReader:
    """Byte ranges of a zip part read front to back (each range starting at or after the end of
    the one before), decompressing as it goes and keeping only what is still ahead; or ranges of
    `data` when the part is already in memory."""

    def __init__(self, package: Package, part: str, data: bytes | None = None) -> None:
        self.data = data
        self.path, self.part = package.path, part
        try:
            self.handle = package.archive.open(part) if data is None else None
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{package.path}: part {part} is damaged ({_reason(exc)})") from None
        self.buffer = b""
        self.base = 0  # offset in the part of buffer[0]

    def _read(self) -> bytes:
        assert self.handle is not None
        try:
            piece = self.handle.read(STREAM_CHUNK)
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{self.path}: part {self.part} is damaged ({_reason(exc)})") from None
        if not piece:
            raise WorkbookError(f"{self.path}: part {self.part} ended early")
        return piece

    def range(self, start: int, end: int) -> bytes:
        if self.data is not None:
            return self.data[start:end]
        while self.base + len(self.buffer) <= start:  # skip what lies before the range
            self.base += len(self.buffer)
            self.buffer = self._read()
        self.buffer, self.base = self.buffer[start - self.base :], start
        pieces = [self.buffer]
        have = len(self.buffer)
        while have < end - start:
            piece = self._read()
            pieces.append(piece)
            have += len(piece)
        self.buffer = b"".join(pieces) if len(pieces) > 1 else self.buffer
        return self.buffer[: end - start]

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


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


def custom_property(package: Package, name: str) -> str | None:
    """The text of a custom document property (File > Properties > Custom), if the workbook
    has one by that name."""
    parts = [t for kind, t in package.rels("").values() if kind == "custom-properties"]
    if not parts or not package.has(parts[0]):
        return None
    found: dict[str, str] = {}
    state = {"name": None, "in": False}
    text: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = _local(tag)[1]
        if local == "property":
            state["name"] = attrs.get("name")
        elif local == "lpwstr" and state["name"] is not None:
            state["in"] = True
            text.clear()

    def end(tag: str) -> None:
        local = _local(tag)[1]
        if local == "lpwstr" and state["in"]:
            found[str(state["name"])] = "".join(text)
            state["in"] = False
        elif local == "property":
            state["name"] = None

    def chars(data: str) -> None:
        if state["in"]:
            text.append(data)

    _parse(package.read(parts[0]), parts[0], start, end, chars)
    return found.get(name)


def quote_prefix_style(package: Package) -> int | None:
    """Index of a cell format with the quote prefix (Excel keeps such a cell's text as text
    when it is edited), if the workbook's styles have one."""
    styles = [t for kind, t in package.rels(package.workbook_part).values() if kind == "styles"]
    if not styles or not package.has(styles[0]):
        return None
    data = package.read(styles[0])
    start = data.find(b"cellXfs")
    end = data.find(b"cellXfs", start + 7)
    if start == -1 or end == -1:
        return None
    for index, match in enumerate(re.finditer(rb"<(?:\w+:)?xf\b[^>]*>", data[start:end])):
        if b'quotePrefix="1"' in match.group(0) or b'quotePrefix="true"' in match.group(0):
            return index
    return None


def iter_nonempty(values: Iterable[Any]) -> bool:
    return any(v not in (None, "") for v in values)
