"""A temporary file that keeps what is written to it deflated, for rows made now and read back once.

The writer makes a sheet's rows (Evidence, Read) as each document is written and puts them into the
package only when it is saved: the rows of 100,000 documents are some 400 MB of XML, so they wait
here, compressed, rather than in memory.
"""

from __future__ import annotations

import tempfile
import zlib
from typing import Iterator

__all__ = ["DeflatedSpool"]

# Deflate's fastest level: the spool is read back once, moments later.
LEVEL = 1
READ_BYTES = 1 << 20


class DeflatedSpool:
    """Bytes written in order and read back once, in pieces, in the same order."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()
        self.packer = zlib.compressobj(LEVEL)

    def write(self, data: bytes) -> None:
        self.file.write(self.packer.compress(data))

    def pieces(self) -> Iterator[bytes]:
        """Everything written, in pieces (call once, after the last `write`)."""
        self.file.write(self.packer.flush())
        self.file.seek(0)
        unpacker = zlib.decompressobj()
        while piece := self.file.read(READ_BYTES):
            yield unpacker.decompress(piece)
        yield unpacker.flush()

    def close(self) -> None:
        self.file.close()
