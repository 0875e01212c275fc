"""One JSON Lines record per line, whatever a text holds.

`json.dumps(..., ensure_ascii=False)` writes U+2028 (line separator), U+2029 (paragraph
separator) and U+0085 (next line) as they are: valid JSON, but Python's `str.splitlines()` (and
JavaScript before ES2019) breaks a line at each, so a reader splitting the output into records
got half a record. Written as "\\u2028", "\\u2029", "\\u0085" escapes (which can only stand inside a
JSON string), they read back as the same characters.
"""

from __future__ import annotations

import json
from typing import Any

_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def json_line(data: Any) -> str:
    """`data` as one JSON Lines record: UTF-8 text as it is, save the three line breaks above."""
    line = json.dumps(data, ensure_ascii=False)
    return line.translate(_LINE_BREAKS)
