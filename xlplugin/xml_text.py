"""XML text decoding for the workbook readers.

`html.unescape` is the wrong decoder for XML: it follows HTML5 and maps "&#128;"-"&#159;" to
Windows-1252 characters ("&#133;" becomes "…", "&#147;" a curly quote), and it knows hundreds of
named entities XML does not. The writer saves U+0080-U+009F as such references, so a refresh read
with `html.unescape` saw another text than the one scored. XML says a numeric reference is `chr(n)`
and names only five entities; `xml_unescape` does exactly that (an unknown name is left as it is).
"""

from __future__ import annotations

import re

_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_REF_RE = re.compile(r"&(?:#[xX]([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));")


def _ref(found: re.Match) -> str:
    hex_digits, digits, name = found.groups()
    if name:
        return _NAMED[name]
    code = int(hex_digits, 16) if hex_digits else int(digits)
    return chr(code) if code <= 0x10FFFF else found.group(0)


def xml_unescape(text: str) -> str:
    """`text` with its XML character and entity references decoded (numeric ones to `chr(n)`)."""
    return _REF_RE.sub(_ref, text) if "&" in text else text
