"""A worksheet's row and cell references checked against a sheet's limits as its XML goes by."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from ..errors import WorkbookError
from .limits import MAX_ROWS, STREAM_CHUNK

if TYPE_CHECKING:  # (the package module uses this one)
    from .package import Package

__all__ = ["Extent", "check_cell_references", "sheet_extent"]

class Extent:
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
    _REFERENCE_NOT_FIRST = re.compile(rb'<c (?!r=")')
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
        # (no "<c " but '<c r="', found by one search: what counting both and comparing found,
        # in two thirds of the time)
        if self._REFERENCE_NOT_FIRST.search(data) is None and b":c " not in data:
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
    Extent(package.path, part).check_cells(data)


def sheet_extent(package: "Package", part: str) -> int:
    """Check a worksheet's references (see Extent) and return the last row a reader could reach."""
    extent = Extent(package.path, part)
    for _piece in extent.feed(package.pieces(part)):
        pass
    return extent.last_row
