"""Messages between `score_many`'s calling process and its worker processes.

Each message is its length (8 bytes) and then its bytes. On POSIX they are written with one
`os.writev` and read with `readinto`: the caller reads every reply into one buffer that it keeps
and reuses, and decodes it from there. (`multiprocessing`'s `Connection.recv_bytes` makes fresh
memory for every message, twice over, and a reply of 100-300 KB is mapped fresh from the system
each time: page faults that cost the caller about as much as decoding the reply. Measured on 2
workers, 2,000 bench articles: about 20 microseconds of system time per article in the caller.)
Elsewhere (Windows pipes) the connection's own `send_bytes`/`recv_bytes` carry them.
"""

from __future__ import annotations

import io
import os
import pickle
import struct
from collections.abc import Mapping
from typing import Any, Iterator

__all__ = ["Link", "Inbox", "link", "LazySignals"]

_HEADER = struct.Struct("<Q")


class Inbox:
    """The caller's buffer for replies: grown to the largest reply, never given back."""

    def __init__(self, size: int = 1 << 20) -> None:
        self.buffer = bytearray(size)
        self.header = bytearray(_HEADER.size)


def _fill(file: io.FileIO, view: memoryview) -> bool:
    """Reads exactly len(view) bytes into view; False at end of file (the other side has gone)."""
    got, size = 0, len(view)
    while got < size:
        n = file.readinto(view[got:])
        if not n:
            return False
        got += n
    return True


class Link:
    """One end of a worker's connection (a `multiprocessing` Connection), POSIX: raw reads and writes."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.fd = connection.fileno()
        self.file = io.FileIO(self.fd, "rb", closefd=False)

    def send(self, data: bytes) -> None:
        """Writes one message (raises OSError when the other side has gone)."""
        parts = [memoryview(_HEADER.pack(len(data))), memoryview(data)]
        while parts:
            n = os.writev(self.fd, parts)
            while parts and n >= len(parts[0]):
                n -= len(parts[0])
                parts.pop(0)
            if parts and n:
                parts[0] = parts[0][n:]

    def _size(self, header: bytearray) -> int | None:
        with memoryview(header) as view:
            if not _fill(self.file, view):
                return None
        return _HEADER.unpack(header)[0]

    def receive(self, inbox: Inbox) -> memoryview | None:
        """The next message, as a view into `inbox` (release it before the next receive); None
        when the other side has gone."""
        size = self._size(inbox.header)
        if size is None:
            return None
        if size > len(inbox.buffer):
            inbox.buffer = bytearray(max(size, 2 * len(inbox.buffer)))
        view = memoryview(inbox.buffer)[:size]
        if not _fill(self.file, view):
            view.release()
            return None
        return view

    def receive_new(self) -> bytearray | None:
        """The next message in memory of its own; None when the other side has gone."""
        size = self._size(bytearray(_HEADER.size))
        if size is None:
            return None
        data = bytearray(size)
        with memoryview(data) as view:
            return data if _fill(self.file, view) else None


class _ConnectionLink:
    """Where file descriptors are not plain pipes (Windows): the connection's own messages."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def send(self, data: bytes) -> None:
        self.connection.send_bytes(data)

    def receive(self, inbox: Inbox) -> memoryview | None:
        try:
            return memoryview(self.connection.recv_bytes())
        except EOFError:
            return None

    def receive_new(self) -> bytes | None:
        try:
            return self.connection.recv_bytes()
        except EOFError:
            return None


def link(connection: Any) -> Link | _ConnectionLink:
    return Link(connection) if os.name == "posix" and hasattr(os, "writev") else _ConnectionLink(connection)


class LazySignals(Mapping):
    """A result's signals as they crossed from a worker process: kept as the worker pickled them
    and unpickled the first time they are read, so that the calling process decodes only what its
    output reads (about 90% of a result's objects: six `Score`s and some 45 `Evidence` items for a
    news article). A read-only mapping of signal name to `Score`, equal to the plain dict a
    result scored in the calling process carries; pickled again as it came, or as a dict once read.
    """

    __slots__ = ("_blob", "_data")

    def __init__(self, blob: bytes) -> None:
        self._blob: bytes | None = blob
        self._data: dict[str, Any] | None = None

    @classmethod
    def of(cls, signals: Mapping[str, Any]) -> LazySignals:
        return cls(pickle.dumps(dict(signals), protocol=pickle.HIGHEST_PROTOCOL))

    def _decoded(self) -> dict[str, Any]:
        data = self._data
        if data is None:
            data = self._data = pickle.loads(self._blob)  # type: ignore[arg-type]
            self._blob = None
        return data

    def __getitem__(self, name: str) -> Any:
        return self._decoded()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._decoded())

    def __len__(self) -> int:
        return len(self._decoded())

    def __contains__(self, name: object) -> bool:
        return name in self._decoded()

    def get(self, name: str, default: Any = None) -> Any:
        return self._decoded().get(name, default)

    def keys(self):  # type: ignore[override]
        return self._decoded().keys()

    def items(self):  # type: ignore[override]
        return self._decoded().items()

    def values(self):  # type: ignore[override]
        return self._decoded().values()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazySignals):
            return self._decoded() == other._decoded()
        if isinstance(other, Mapping):
            return self._decoded() == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as a dict's

    def __repr__(self) -> str:
        return repr(self._decoded())

    def __reduce__(self) -> tuple:
        if self._blob is not None:
            return (LazySignals, (self._blob,))
        return (dict, (self._data,))
