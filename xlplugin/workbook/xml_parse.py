"""XML parts parsed with expat, DOCTYPE and entity declarations refused (neither external
entities nor "billion laughs" expansion can happen), and errors named after their file."""

from __future__ import annotations

import re
import xml.parsers.expat as expat
from pathlib import Path
from typing import Any, Callable, Iterable

from ..errors import WorkbookError

__all__ = ["START_TAG_RE", "Refused", "xml_parser", "parse_xml", "local_name", "reason", "named"]

START_TAG_RE = re.compile(rb"<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*(/?)>")


class Refused(Exception):
    """Raised inside expat handlers; turned into WorkbookError by the caller."""


def xml_parser() -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator=" ")

    def refuse_doctype(*_args: Any) -> None:
        raise Refused("the XML declares a DOCTYPE (entities are refused: they can read local files or expand without limit)")

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    return parser


def parse_xml(data: bytes | Iterable[bytes], part: str, start: Callable | None, end: Callable | None = None,
           chars: Callable | None = None, parser: expat.XMLParserType | None = None) -> None:
    """Parse a part (bytes, or its pieces in order) with the handlers given."""
    parser = parser or xml_parser()
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
    except Refused as exc:
        raise WorkbookError(f"part {part}: refused: {exc}") from None
    except expat.ExpatError as exc:
        raise WorkbookError(f"part {part}: not well-formed XML ({expat.ErrorString(exc.code)}, line {exc.lineno})") from None


def local_name(name: str) -> tuple[str, str]:
    ns, _, local = name.rpartition(" ")
    return ns, local


def reason(exc: BaseException) -> str:
    """A library exception in a few words (its own text, or its kind when it has none)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text[:200] or type(exc).__name__


def named(path: Path, exc: WorkbookError) -> WorkbookError:
    """The error with the file's name in front, unless its message names the file already."""
    message = str(exc)
    if str(path) in message:
        return exc
    return WorkbookError(f"{path}: {message}")
