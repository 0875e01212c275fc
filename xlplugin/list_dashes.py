"""(kinds17) A heading line over a list is no dateline: "Responsibilities" on its own line, then
"- Obtain the data" and "- Make the requests" under it. The dateline pattern (kinds._DATELINE_HEAD_RE)
lets a line break stand between the place and its dash, as a scraped page breaks "SPRINGFIELD, Mo."
from its "\u2014 A man ..."; a list's dash is told from that by the line after it opening with the
same dash (a second item). Read only where the pattern matched (in the first 600 characters): no
search of its own.
"""

from __future__ import annotations

import re


def heading_before_list(text: str, m: re.Match[str]) -> bool:
    """True where the dateline match `m` on `text` puts a line break between its place and its
    dash, and the line after the dash's own line opens with the same dash (a list's next item)."""
    found = text[m.start():m.end()]
    lead = 1 if found.startswith("\n") else 0  # (the match opens at a line break or the start)
    if "\n" not in found[lead:].rstrip():
        return False  # the place and its dash on one line: a dateline
    dash = found.rstrip()[-1]
    line_end = text.find("\n", m.end() - 1)
    return line_end >= 0 and text[line_end + 1:].lstrip(" \t").startswith(dash)
