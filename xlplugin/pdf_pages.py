"""(pasted30) A PDF's page furniture in a text copied or saved from it: running headers and footers.

Text taken from a PDF (a magazine, an annual report, a council's release) keeps each page's
header and footer between its paragraphs: the page number, the publication's name and issue,
its web address, a copyright line. They are the page's, not the author's prose. A line is such
a line (`page_line`) where it is:

- a page number alone: "Page 15 of 48", "Page 3", "15 of 48", "- 15 -", "15" (one to three
  figures, nothing else on the line);
- a title and a page number at the line's end or start, parted by a mark: "Annual Report 2025 | 14",
  "14 | Annual Report 2025", "Winter 2026 · 12" (the title up to TITLE_MAX_WORDS words, no sentence);
- a header laid out across the page: two to four parts parted by runs of spaces (two or more),
  each short (up to PART_MAX_WORDS words) and none ending as a sentence or a clause does, one of
  them a page number, a page marker ("Page 1 of 2", "Annual Report 2025 | 14"), a web address
  or a copyright mark ("12  COASTAL LIVING  Winter 2026      www.coastalliving.example",
  "Wendmouth Gazette | Thursday 12 November 2026        Page 1 of 2",
  "wendmouthgazette.co.uk/news        (c) Wendmouth Gazette 2026");
- a short line that comes back with another page number ("Northbank Trust    14" ... "Northbank
  Trust    15"): the same words, a number standing apart at its start or end (after a run of
  spaces or a mark) that changes (`page_line_spans`). "Number of nuns: 245" ... "Number of nuns:
  60" (a list's field) and "Cowboys | 02:50" ... "| 02:04" (a clock) are none.

Two columns read across ("Agency confirmed last week, five years after      Not everyone is
pleased") are prose: their parts are long and hold no page marker. A line of a table ("Q1 2024
3.2m") holds no page marker either.
"""

from __future__ import annotations

import re

__all__ = ["page_line", "page_line_spans", "PART_MAX_WORDS", "TITLE_MAX_WORDS"]

PART_MAX_WORDS = 7
TITLE_MAX_WORDS = 8
LINE_MAX_CHARS = 160

_PAGE_NUMBER = r"(?:(?i:page)|[Pp]\.)\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}|[-\u2013\u2014]\s*\d{1,3}\s*[-\u2013\u2014]|\d{1,3}"
_PAGE_NUMBER_RE = re.compile(rf"(?:{_PAGE_NUMBER})")
_MARK = r"[|\u00b7\u2022\u2502]"
_TITLED_NUMBER_RE = re.compile(rf"(?P<title>[^|\u00b7\u2022\u2502]{{2,80}}?)\s+{_MARK}\s*\d{{1,3}}|\d{{1,3}}\s*{_MARK}\s+(?P<title2>[^|\u00b7\u2022\u2502]{{2,80}})")
_WEB_RE = re.compile(r"(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|co\.uk|org\.uk|gov\.uk|ac\.uk|uk|ie|au|nz|ca|example|info|news)(?:/\S*)?",
                     re.IGNORECASE)
_COPYRIGHT_RE = re.compile(r"\u00a9|\([cC]\)|[Cc]opyright\b")
_GAP_RE = re.compile(r"[ \t]{2,}")
_CLAUSE_END = (".", "!", "?", ",", ";", ":")


def _title(words: str) -> bool:
    """A short title: up to TITLE_MAX_WORDS words, no sentence's or clause's end."""
    words = words.strip()
    return bool(words) and len(words.split()) <= TITLE_MAX_WORDS and not words.endswith(_CLAUSE_END)


def _page_marker(part: str) -> bool:
    """A page number alone ("Page 1 of 2", "14", "- 3 -") or a title with its number ("Annual Report 2025 | 14")."""
    if _PAGE_NUMBER_RE.fullmatch(part):
        return True
    m = _TITLED_NUMBER_RE.fullmatch(part)
    return m is not None and _title(m.group("title") or m.group("title2") or "")


def page_line(line: str) -> bool:
    """Is `line` a PDF page's header or footer line (the module's doc), by its own shape?"""
    bare = line.strip()
    if not bare or len(bare) > LINE_MAX_CHARS:
        return False
    if _page_marker(bare):
        return True
    parts = [p for p in _GAP_RE.split(bare) if p]
    if not 2 <= len(parts) <= 4:
        return False
    if any(len(p.split()) > PART_MAX_WORDS or p.endswith(_CLAUSE_END) for p in parts):
        return False
    if any(_WEB_RE.fullmatch(p) or _COPYRIGHT_RE.match(p) for p in parts):
        return True
    if any(_page_marker(p) and not _BARE_NUMBER_RE.fullmatch(p) for p in parts):
        return True
    # a page number alone at the line's start or end ("12  COASTAL LIVING  Winter 2026"), the other
    # parts holding no figure but a year: a table's row ("Q1 2024    3.2m    12") holds others
    ends = [i for i in (0, len(parts) - 1) if _BARE_NUMBER_RE.fullmatch(parts[i])]
    return bool(ends) and not any(_FIGURE_RE.search(_YEAR_RE.sub("", p)) for i, p in enumerate(parts) if i != ends[0])


_BARE_NUMBER_RE = re.compile(r"\d{1,3}")
_FIGURE_RE = re.compile(r"\d")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


# a page number standing apart at the line's start or end: after or before a run of spaces or a mark
# ("Northbank Trust    14", "14  |  Northbank Trust"); not a field's value ("Number of nuns: 245") nor
# a clock's time ("Cowboys | 02:50")
_NUMBER_AT_ENDS_RE = re.compile(r"^\s*\d{1,3}(?=[ \t]{2,}|[ \t]*[|\u00b7\u2022])|(?:[ \t]{2,}|[|\u00b7\u2022][ \t]*)\d{1,3}\s*$")
REPEAT_MAX_WORDS = 12


def _repeat_key(line: str) -> str:
    return " ".join(_NUMBER_AT_ENDS_RE.sub("#", line).split())


# What every page line holds and most lines of prose do not: a run of two spaces, a mark ("|",
# "\u00b7", "\u2022", "\u00a9"), "page" and a figure, or a number alone on its line. Only the lines
# holding one are read, found by substring searches (in C, a few microseconds a text: a regex
# tried at every character cost a percent of a document's scoring).
_HINT_NEEDLES = ("  ", "|", "\u00b7", "\u2022", "\u00a9")
_PAGE_WORD_RE = re.compile(r"page[ \t]+\d", re.IGNORECASE)
_LONE_NUMBER_RE = re.compile(r"\n[ \t]*[-\u2013\u2014]?[ \t]*\d{1,4}[ \t]*[-\u2013\u2014]?[ \t]*(?=\n|$)")


def _hinted_lines(text: str, lower: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` that holds a hint (above), in order. `lower`: the
    text lower-cased where the caller has it (else "page" is looked for in its three cases)."""
    at: set[int] = set()
    pages = [("page", lower)] if lower is not None and len(lower) == len(text) else \
        [(word, text) for word in ("page", "Page", "PAGE")]
    for needle, where in [(n, text) for n in _HINT_NEEDLES] + pages:
        i = where.find(needle)
        while i != -1:
            if needle.lower() != "page" or _PAGE_WORD_RE.match(where, i, i + 12):
                at.add(text.rfind("\n", 0, i) + 1)
            j = text.find("\n", i)
            i = -1 if j == -1 else where.find(needle, j)
    at.update(m.start() for m in _LONE_NUMBER_RE.finditer("\n" + text))  # ("\n" before: the first line too)
    lines = []
    for start in sorted(at):
        end = text.find("\n", start)
        lines.append((start, len(text) if end < 0 else end))
    return lines


def page_line_spans(text: str, lower: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` that is a page's header or footer: by its shape
    (`page_line`), or a short line seen twice or more with a number at its start or end that
    changes (a running header: "Northbank Trust    14" ... "Northbank Trust    15")."""
    spans: list[tuple[int, int]] = []
    seen: dict[str, list[tuple[int, int, str]]] = {}
    for start, end in _hinted_lines(text, lower):
        if end - start > 2 * LINE_MAX_CHARS:
            continue
        line = text[start:end]
        bare = line.strip()
        if bare and len(bare) <= LINE_MAX_CHARS:
            if page_line(line):
                spans.append((start, end))
            elif (len(bare.split()) <= REPEAT_MAX_WORDS and not bare.endswith(_CLAUSE_END)
                  and _NUMBER_AT_ENDS_RE.search(bare)):
                seen.setdefault(_repeat_key(bare), []).append((start, end, bare))
    for found in seen.values():
        if len(found) >= 2 and len({bare for _, _, bare in found}) == len(found):
            spans.extend((s, e) for s, e, _ in found)
    return sorted(spans)
