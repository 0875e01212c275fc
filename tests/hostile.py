"""Damaged and hostile copies of a workbook, made at the zip level, for the safety and fuzz tests:
each helper writes a new file and leaves the original as it was."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from typing import Callable


def rewrite(src: Path, dst: Path, edit: Callable[[str, bytes], bytes | list[bytes] | None] | None = None,
            extra: list[tuple[str, bytes]] = (), stored: bool = False) -> None:
    """Copy a package part by part; `edit(name, data)` gives the new data, None to drop the part,
    or a list to write the part several times (duplicate entries); `extra` parts are added."""
    import warnings

    with zipfile.ZipFile(src) as source, zipfile.ZipFile(dst, "w") as out, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names, which is the point
        for info in source.infolist():
            data = source.read(info)
            data = edit(info.filename, data) if edit else data
            if data is None:
                continue
            for piece in data if isinstance(data, list) else [data]:
                out.writestr(info.filename, piece, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
        for name, data in extra:
            out.writestr(name, data, zipfile.ZIP_DEFLATED)


def data_range(path: Path, name: str) -> tuple[int, int]:
    """Where a part's (compressed) data lies in the file."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    raw = path.read_bytes()
    name_len, extra_len = struct.unpack("<HH", raw[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    return start, start + info.compress_size


def patch(path: Path, offset: int, new: bytes) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset : offset + len(new)] = new
    path.write_bytes(bytes(raw))


def set_method(path: Path, name: str, method: int) -> None:
    """Change a part's compression method in its local header and in the central directory."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    raw = bytearray(path.read_bytes())
    raw[info.header_offset + 8 : info.header_offset + 10] = struct.pack("<H", method)
    encoded = name.encode()
    at = raw.rfind(b"PK\x01\x02", 0, raw.rfind(encoded) + 1)
    while at != -1:
        if raw[at + 46 : at + 46 + len(encoded)] == encoded:
            raw[at + 10 : at + 12] = struct.pack("<H", method)
            break
        at = raw.rfind(b"PK\x01\x02", 0, at)
    path.write_bytes(bytes(raw))


def sheet_part_of(path: Path, sheet: str) -> str:
    from xlplugin.workbook.package import Package

    with Package.open(path) as package:
        return package.sheets[sheet]
