"""A table's text cell that holds an HTML page or fragment, read as a web page is.

A cell pasted from a page's source (or a CSV column that a scraper filled with markup) would
otherwise be scored as raw text: its tags, menu and footer in the scored words, its evidence
starting with "<html><body><nav>". `cell_html` decides whether a cell holds HTML by one clear
rule, and `read_html_cell` reads it with the page reader a .html file is read with
(`pages.extract_page`: the main text, the page's own title, author, date where it gives them).

The rule (`holds_html`), on the cell's text less the white space around it:
- it starts with ``<!doctype html`` or ``<html`` (a whole page), or
- it starts with an opening tag of an HTML element (``<p>``, ``<div class="x">``...) and ends
  with a closing tag of one (``</p>``): a fragment, markup from its first character to its last.
Prose that mentions a tag ("use the <p> tag"), holds a "<3" or an e-mail address in angle
brackets, or starts with a tag and goes on as plain text, is never read as HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HTML_CELL_NOTE = "read as a web page: the cell held HTML"

# The elements a fragment may start or end with: those a page's text is written in.
_ELEMENTS = ("html|body|head|article|section|main|header|footer|nav|aside|div|span|p|h[1-6]|ul|ol|li|table|"
             "thead|tbody|tr|td|th|blockquote|pre|figure|figcaption|a|b|i|em|strong|small|u|dl|dt|dd|form|title")
_PAGE_START_RE = re.compile(r"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
_FRAGMENT_START_RE = re.compile(rf"<(?:{_ELEMENTS})(?:\s[^<>]*)?>", re.IGNORECASE)
_FRAGMENT_END_RE = re.compile(rf"</(?:{_ELEMENTS})\s*>\Z", re.IGNORECASE)


def holds_html(text: str) -> bool:
    """Does this cell's text hold an HTML page or fragment (the rule in the module's docstring)?"""
    stripped = text.strip().lstrip("\ufeff")
    if not stripped.startswith("<"):  # (the cheap test every ordinary cell stops at)
        return False
    if _PAGE_START_RE.match(stripped):
        return True
    return bool(_FRAGMENT_START_RE.match(stripped) and _FRAGMENT_END_RE.search(stripped))


@dataclass
class HtmlCell:
    """What a text cell holding HTML gives: the text to score, the page's own fields, the note."""

    text: str
    fields: dict[str, str]  # title, url, outlet, date, author, page_type: those the page gives
    note: str


def read_html_cell(markup: str) -> HtmlCell:
    """The cell's HTML read as a web page (`pages.extract_page`), with `HTML_CELL_NOTE` first in
    its note. The text is as every input gives one (`inputs.shown_text`), so that evidence
    offsets point into it; the caller shows it in place of the markup."""
    from .inputs import shown_text
    from .pages import extract_page

    page = extract_page(markup)
    fields = {key: getattr(page, key) for key in ("title", "url", "outlet", "date", "author", "page_type")
              if getattr(page, key)}
    note = "; ".join(n for n in (HTML_CELL_NOTE, page.note) if n)
    return HtmlCell(shown_text(page.text), fields, note)


def read_html_cells(texts: list[str], columns: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    """(texts, notes) of a column of text cells (`frame.score_table`): each cell holding HTML read
    as a web page (`read_html_cell`), its page's title, URL, outlet, author and date filling the
    empty values of those `columns` (key -> one value per row; the caller gives every field, as
    a CSV row takes every field, in a column of its own where the table has none: dask39);
    every other cell as it is, with no note."""
    texts, notes = list(texts), [""] * len(texts)
    for i, text in enumerate(texts):
        if not holds_html(text):
            continue
        read = read_html_cell(text)
        texts[i], notes[i] = read.text, read.note
        for key, value in read.fields.items():
            if key in columns and not columns[key][i]:
                columns[key][i] = value
    return texts, notes
