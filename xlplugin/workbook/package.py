"""The .xlsx package at the level of its zip parts: open one safely, find its sheets and shared
strings, check every part, and write a copy in which only chosen parts differ.

Safety before parsing: an OLE2 compound file (a password-protected workbook, or an old .xls) is
refused by its signature; a file that is not a zip is refused; the zip directory is checked for
encrypted entries, too many entries, and sizes or compression ratios that only a zip bomb has;
every XML part is parsed with expat with DOCTYPE declarations refused, so neither external
entities nor "billion laughs" entity expansion can happen.

Reading a worksheet's rows is `sheet_scan` (whole) and `sheet_stream` (in pieces); a row's
cells are written by `cell_xml`; the limits are in `limits`.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
import struct
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from ..errors import WorkbookError, cannot_read
from .cell_xml import decode_xstring
from .extent import Extent
from .limits import MAX_ENTRIES, MAX_PART_BYTES, MAX_RATIO, MAX_SHARED_STRINGS_BYTES, MAX_TOTAL_UNCOMPRESSED, OLE2_SIGNATURE, RATIO_CHECK_BYTES, STREAM_CHUNK, STRICT_NS, ZIP64_GUESS_LIMIT, ZIP_ERRORS
from .text_styles import TextStyles
from .xml_parse import local_name, named, parse_xml, reason

__all__ = ["Package", "check_file", "write_package", "custom_property", "custom_properties", "quote_prefix_style"]

def check_file(path: Path) -> None:
    """Refuse, with a message a person can act on, anything that is not a readable .xlsx package."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise WorkbookError(cannot_read(path, exc, "a workbook")) from None
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
            raise WorkbookError(f"{path}: not a readable zip package ({reason(exc)})") from None
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
            raise WorkbookError(f"{self.path}: part {part} is damaged ({reason(exc)})") from None

    def pieces(self, part: str, size: int = STREAM_CHUNK) -> Iterator[bytes]:
        """A part's bytes in pieces of `size`, decompressed as they are read; the zip checksum
        is checked at the end (a damaged part raises WorkbookError naming it)."""
        info = self._info(part)
        try:
            with self.archive.open(info) as handle:
                while piece := handle.read(size):
                    yield piece
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{self.path}: part {part} is damaged ({reason(exc)})") from None

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
            extent = Extent(self.path, name) if name in sheets else None
            try:
                parse_xml(extent.feed(self.pieces(name)) if extent else self.pieces(name), name, None)
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
            if local_name(tag)[1] == "Relationship":
                target = attrs.get("Target", "")
                if attrs.get("TargetMode") != "External":
                    target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                found[attrs.get("Id", "")] = (attrs.get("Type", "").rsplit("/", 1)[-1], target)

        parse_xml(self.read(rels_part), rels_part, start)
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
            ns, local = local_name(tag)
            if local == "workbook":
                namespaces.add(ns)
            if local == "sheet":
                rid = next((v for k, v in attrs.items() if local_name(k)[1] == "id"), "")
                order.append((attrs.get("name", ""), rels.get(rid, ("", ""))[1]))

        parse_xml(self.read(self.workbook_part), self.workbook_part, start)
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


def _read_shared_strings(data: bytes | Iterable[bytes], part: str) -> list[str]:
    strings: list[str] = []
    buffer: list[str] = []
    state = {"in_t": False, "skip": 0}

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = local_name(tag)[1]
        if local == "si":
            buffer.clear()
        elif local in ("rPh", "phoneticPr"):
            state["skip"] += 1  # phonetic guides are not part of the visible text
        elif local == "t" and not state["skip"]:
            state["in_t"] = True

    def end(tag: str) -> None:
        local = local_name(tag)[1]
        if local == "si":
            strings.append(decode_xstring("".join(buffer)))
        elif local in ("rPh", "phoneticPr"):
            state["skip"] -= 1
        elif local == "t":
            state["in_t"] = False

    def chars(text: str) -> None:
        if state["in_t"]:
            buffer.append(text)

    parse_xml(data, part, start, end, chars)
    return strings


def write_package(source: zipfile.ZipFile, target: Path, replacements: dict[str, bytes | Callable[[], Iterable[bytes]]],
                  level: int | None = None, checked: Iterable[str] = ()) -> None:
    """Write `target` as a copy of `source` where the parts named in `replacements` get new
    contents (bytes, or a function returning the contents piece by piece, so that a large sheet
    is never held whole); every other part is copied unchanged, in the same order, with the same
    names, dates and compression. `level`: deflate level for the replaced parts. `checked`:
    parts already read to their end (Package.verify: checksum and XML), copied as their
    compressed bytes (not decompressed and compressed again); the others are decompressed as
    they are copied, so that a damaged one is refused. A part named in `replacements` that
    `source` lacks is added at the end."""
    checked = set(checked)
    with zipfile.ZipFile(target, "w", allowZip64=True) as out, \
            (open(source.filename, "rb") if checked and source.filename else contextlib.nullcontext()) as raw:
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
            if raw is not None and info.filename in checked and _copy_compressed(raw, info, clone, out):
                continue
            try:
                src = source.open(info)
            except ZIP_ERRORS as exc:
                raise WorkbookError(f"{source.filename}: part {info.filename} is damaged ({reason(exc)})") from None
            with src, out.open(clone, "w", force_zip64=info.file_size > 2**31) as dst:
                while True:
                    try:  # (a bad checksum shows only at the end of the part)
                        block = src.read(1 << 20)
                    except ZIP_ERRORS as exc:
                        raise WorkbookError(f"{source.filename}: part {info.filename} is damaged ({reason(exc)})") from None
                    if not block:
                        break
                    dst.write(block)
        # parts the package did not have (a deleted Settings sheet written back), after the others
        for name in [n for n in replacements if n not in set(source.namelist())]:
            contents = replacements[name]
            info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(contents, bytes):
                out.writestr(info, contents)
                continue
            with out.open(info, "w") as dst:  # (a sheet added back, written as it is made)
                for piece in contents():
                    dst.write(piece)


def _copy_compressed(raw: BinaryIO, info: zipfile.ZipInfo, clone: zipfile.ZipInfo, out: zipfile.ZipFile) -> bool:
    """Copy a part's compressed bytes as they are (its local header written anew, as zipfile
    writes one); False, with nothing written, where its local header is not where the zip
    directory says (the part is then copied the ordinary way, which refuses it)."""
    raw.seek(info.header_offset)
    header = raw.read(zipfile.sizeFileHeader)
    if len(header) != zipfile.sizeFileHeader or header[:4] != zipfile.stringFileHeader:
        return False
    fields = struct.unpack(zipfile.structFileHeader, header)
    raw.seek(info.header_offset + zipfile.sizeFileHeader + fields[zipfile._FH_FILENAME_LENGTH]  # type: ignore[attr-defined]
             + fields[zipfile._FH_EXTRA_FIELD_LENGTH])  # type: ignore[attr-defined]
    clone.CRC, clone.compress_size, clone.file_size = info.CRC, info.compress_size, info.file_size
    out.fp.seek(out.start_dir)  # type: ignore[union-attr]  # (where zipfile writes the next part)
    clone.header_offset = out.fp.tell()  # type: ignore[union-attr]
    out.fp.write(clone.FileHeader(info.file_size > zipfile.ZIP64_LIMIT or info.compress_size > zipfile.ZIP64_LIMIT))  # type: ignore[union-attr]
    left = info.compress_size
    while left:
        block = raw.read(min(left, 1 << 20))
        if not block:
            raise WorkbookError(f"part {info.filename} is damaged (the package ends inside it)")
        out.fp.write(block)  # type: ignore[union-attr]
        left -= len(block)
    out.filelist.append(clone)
    out.NameToInfo[clone.filename] = clone
    out.start_dir = out.fp.tell()  # type: ignore[union-attr]
    out._didModify = True  # type: ignore[attr-defined]
    return True


def custom_property(package: Package, name: str) -> str | None:
    """The text of a custom document property (File > Properties > Custom), if the workbook
    has one by that name."""
    return custom_properties(package).get(name)


def custom_properties(package: Package) -> dict[str, str]:
    """The text of each custom document property, by its name (those that hold text)."""
    parts = [t for kind, t in package.rels("").values() if kind == "custom-properties"]
    if not parts or not package.has(parts[0]):
        return {}
    found: dict[str, str] = {}
    state = {"name": None, "in": False}
    text: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = local_name(tag)[1]
        if local == "property":
            state["name"] = attrs.get("name")
        elif local == "lpwstr" and state["name"] is not None:
            state["in"] = True
            text.clear()

    def end(tag: str) -> None:
        local = local_name(tag)[1]
        if local == "lpwstr" and state["in"]:
            found[str(state["name"])] = "".join(text)
            state["in"] = False
        elif local == "property":
            state["name"] = None

    def chars(data: str) -> None:
        if state["in"]:
            text.append(data)

    parse_xml(package.read(parts[0]), parts[0], start, end, chars)
    return found


def quote_prefix_style(package: Package) -> TextStyles | None:
    """The Evidence text cells' formats in the workbook's styles (text_styles): the first cell
    format with the quote prefix and no wrapped text (Excel keeps such a cell's text as text when
    it is edited), and the first with both (a text of several lines shows each); None without
    styles. A workbook written before the wrapped format was added has none: its rows of several
    lines are written as before (one line shown)."""
    styles = [t for kind, t in package.rels(package.workbook_part).values() if kind == "styles"]
    if not styles or not package.has(styles[0]):
        return None
    data = package.read(styles[0])
    start = data.find(b"cellXfs")
    end = data.find(b"cellXfs", start + 7)
    if start == -1 or end == -1:
        return None
    quote = wrap = top = None
    for index, match in enumerate(_XF_RE.finditer(data[start:end])):
        if _QUOTE_RE.search(match.group(1)):
            wrapped = _WRAP_RE.search(match.group(0)) is not None
            if wrapped and wrap is None:
                wrap = index
            elif not wrapped and quote is None:
                quote = index
        elif top is None and _PLAIN_TOP_RE.search(match.group(0)) and _WRAP_RE.search(match.group(0)) is None \
                and all(_attr_zero(match.group(1), name) for name in ("numFmtId", "fontId", "fillId", "borderId")):
            top = index  # (a number at the top of its cell, in the General format: text_styles.top)
    xfs = [m.group(0) for m in _XF_RE.finditer(data[start:end])]
    if quote is None or not _PLAIN_TOP_RE.search(xfs[quote]):
        top = None  # (written before the formats were at the top of the cell: rows are laid out as before)
    return TextStyles(quote, wrap, top)


def _attr_zero(tag: bytes, name: str) -> bool:
    found = re.search(rb'\b%s="(\d+)"' % name.encode(), tag)
    return found is None or found.group(1) == b"0"


# A cell format (an <xf>, with its <alignment> when it has one), its opening tag the first group.
_XF_RE = re.compile(rb"(<(?:\w+:)?xf\b[^>]*?)(?:/>|>.*?</(?:\w+:)?xf>)", re.DOTALL)
_QUOTE_RE = re.compile(rb'\bquotePrefix="(?:1|true)"')
_WRAP_RE = re.compile(rb'\bwrapText="(?:1|true)"')
_PLAIN_TOP_RE = re.compile(rb'<(?:\w+:)?alignment\b[^>]*\bvertical="top"')
