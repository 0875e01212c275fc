"""(attrib16) A text's headline line is its title, not a claim it makes.

A headline sums up the story below it ("Council to shut 3 libraries as budget gap hits 40
million pounds"): the claims are made, and sourced or not, in the text; counted again at the top
they would count one claim twice and make every headline an unsourced one. The headline is the
text's first line where it is the title given (a workbook's title column, a page's title) or
where it is shaped as one (`file_titles.headline_line`: 3 to 25 words, no sentence end, then a
blank line or a byline). (titles18) A label line above it ("OPINION", "FOR IMMEDIATE RELEASE":
`file_titles.label_line`) is passed over: the headline is the line after it; (loose25) two label
lines too ("TOWN OF ASHBURY", "PUBLIC NOTICE").

Used by `xlplugin.scorers.unsourced_claims`: sentences inside the line hold no claims. (An
author's bio line is the other piece of furniture it passes over: `provenance_sources.author_bio`.)
"""

from __future__ import annotations

import weakref

from .draft_notes import draft_line
from .file_titles import MAX_LABEL_LINES, PAGE_LINES_ABOVE, headline_line, label_line
from .pdf_pages import page_line
from .text import Document

__all__ = ["headline_end"]


# (speed59) The last document's answer: loaded language asks once or twice, unsourced claims and
# provenance once each (a weak reference: a new document never reads another's).
_LAST: list = [None, 0]


def headline_end(doc: Document) -> int:
    """Where the text's headline line ends (the first non-empty line, where it is the given title
    or shaped as a headline), or 0 where the text opens with no headline."""
    ref, end = _LAST
    if ref is not None and ref() is doc:
        return end
    end = _headline_end(doc)
    _LAST[:] = [weakref.ref(doc), end]
    return end


def _headline_end(doc: Document) -> int:
    """`headline_end`, read from the text."""
    text = doc.text
    labels = pages = 0
    lines = doc.lines[:10]
    for k, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if not line:
            continue
        bare = " ".join(line.lstrip("#").split()).lower()
        title = " ".join(doc.title.split()).lower()
        if bare and bare == title:
            return e
        headline = " ".join(headline_line(text).split()).lower()
        if bare and bare == headline:
            return e
        if bare and k + 1 < len(lines) and _wrapped_end(bare, text[lines[k + 1][0]:lines[k + 1][1]], {title, headline}):
            return lines[k + 1][1]  # (pasted30) a headline wrapped over two lines
        if labels < MAX_LABEL_LINES and label_line(line):
            labels += 1  # (titles18) a label over the headline: the headline is the next line (loose25: two labels)
            continue
        if pages < PAGE_LINES_ABOVE and (page_line(line) or draft_line(line)):
            pages += 1  # (pasted30) a PDF's page header or a draft's note over the headline
            continue
        return 0
    return 0


def _wrapped_end(first: str, second: str, titles: set[str]) -> bool:
    """(pasted30) Is `first` (lower-cased) and the line `second` under it the title, wrapped?"""
    second = " ".join(second.split()).lower()
    if not second:
        return False
    joined = {f"{first} {second}", f"{first[:-1]}{second}" if first.endswith("-") else ""}
    return bool(joined & (titles - {""}))
