"""A worksheet part read front to back in pieces, so that memory does not grow with the sheet:
its rows in blocks (for the refresh's reading of the old Evidence sheet), and byte ranges of it
(for copying the rows it keeps)."""

from __future__ import annotations

from typing import Iterator

from ..errors import WorkbookError
from .limits import STREAM_CHUNK, ZIP_ERRORS
from .package import Package
from .sheet_scan import SHEET_DATA_OPEN_RE
from .xml_parse import reason

__all__ = ["NotStreamable", "stream_row_blocks", "PartReader"]

class NotStreamable(Exception):
    """A worksheet part the streaming row splitter cannot split safely (comments, CDATA or a
    DOCTYPE somewhere, or no sheetData): the caller reads it with expat instead."""


class _SheetStream:
    """A worksheet part read front to back in STREAM_CHUNK pieces, for the row splitter
    (stream_row_blocks): `buffer` holds what was read and not yet dropped, `base` is where buffer[0] lies
    in the part."""

    def __init__(self, package: Package, part: str) -> None:
        try:
            self.handle = package.archive.open(part)
        except KeyError:
            raise WorkbookError(f"{package.path}: the package has no part {part}") from None
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{package.path}: part {part} is damaged ({reason(exc)})") from None
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
            raise WorkbookError(f"{self.path}: part {self.part} is damaged ({reason(exc)})") from None
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
            opened = SHEET_DATA_OPEN_RE.search(self.buffer)
            if opened is None and not self.more():
                raise NotStreamable(self.part)
        return opened.group(1), opened.end(), bool(opened.group(2))


def stream_row_blocks(package: Package, part: str) -> Iterator[tuple]:
    """A worksheet part read in pieces of STREAM_CHUNK bytes so that memory does not grow with
    the sheet, its rows in blocks rather than one by one (a Python step per row costs more than
    the regular expression that reads it): ("head", bytes up to and including the <sheetData>
    start tag), then ("rows", buffer, start, end, base) for each block, where buffer[start:end]
    holds whole <row> elements (and any whitespace between them) and `base` is where buffer[0]
    lies in the part, then ("tail", the rest). Raises NotStreamable (before yielding anything wrong) for a part it
    cannot split safely."""
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
            raise WorkbookError(f"{package.path}: part {part} is damaged ({reason(exc)})") from None
        self.buffer = b""
        self.base = 0  # offset in the part of buffer[0]

    def _read(self) -> bytes:
        assert self.handle is not None
        try:
            piece = self.handle.read(STREAM_CHUNK)
        except ZIP_ERRORS as exc:
            raise WorkbookError(f"{self.path}: part {self.part} is damaged ({reason(exc)})") from None
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
