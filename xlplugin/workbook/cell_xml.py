"""One cell's XML: column letters, text escaped for XML and for spreadsheet programs
("_xHHHH_"), and a <c> element for a value."""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["CELL_REF_RE", "decode_xstring", "encode_xstring", "column_letter", "column_index", "xml_text", "cell_xml"]

CELL_REF_RE = re.compile(r"([A-Z]{1,3})(\d+)$")


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
