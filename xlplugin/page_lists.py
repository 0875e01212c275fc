"""A box of names at the end of a web page's main text: a short heading (the organisation's
name, "Members", "Partners"), then only lines that list names separated by commas and nothing
else ("Collège du Nord, Institut Sud, École des Ponts, ...", "CNRS, Inserm."). Sites put such
a box ("about us", "our members", "learn more") after every article; the extractor keeps it
when it sits in the article's container. Its words are not the article's.

`name_list_tail_start(lines)` finds it for `xlplugin.pages.clean_text`. What keeps an article's
own ending: the heading must stand in the last part of the text (TAIL_SHARE of the characters
before it) and read as a heading (at most HEADING_MAX_CHARS, no comma, no closing full stop);
every line after it, down to the end, must be a list of names (each item at most
ITEM_MAX_WORDS words, starting with a capital, no sentence end inside), one of them of at least
MIN_ITEMS items. A sentence that lists names ("We met the mayors of Lyon, Nice, ...") has an
item of more words or a lower-case start, and one line of prose after the list cuts nothing.
"""

from __future__ import annotations

import re

__all__ = ["name_list_tail_start", "is_name_list"]

TAIL_SHARE = 0.5
HEADING_MAX_CHARS = 60
ITEM_MAX_WORDS = 8
MIN_ITEMS = 5
_INNER_END_RE = re.compile(r"[.!?:;]\s")


def is_name_list(line: str, min_items: int = 3) -> bool:
    """A line that is only names separated by commas (at least `min_items`), ending with at
    most a full stop."""
    body = line[:-1] if line.endswith(".") else line
    items = [i.strip() for i in re.split(r",|\bet\b|\band\b|\bund\b", body)]
    if len(items) < min_items or _INNER_END_RE.search(body) or any(not i for i in items):
        return False
    return all(len(i.split()) <= ITEM_MAX_WORDS and i[0].isupper() for i in items)


def _is_heading(line: str) -> bool:
    return len(line) <= HEADING_MAX_CHARS and "," not in line and not line.endswith((".", ":", ";"))


def name_list_tail_start(lines: list[str]) -> int:
    """The index of the heading that starts a box of names at the end of `lines` (a page's
    paragraphs), or len(lines) where there is none."""
    start = len(lines)
    while start > 0 and is_name_list(lines[start - 1]):
        start -= 1
    heading = start - 1
    if heading < 0 or start == len(lines) or not _is_heading(lines[heading]):
        return len(lines)
    if not any(is_name_list(ln, MIN_ITEMS) for ln in lines[start:]):
        return len(lines)
    before = sum(len(ln) for ln in lines[:heading])
    total = sum(len(ln) for ln in lines) or 1
    return heading if before >= total * TAIL_SHARE else len(lines)
