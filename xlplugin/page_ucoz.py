"""(web49) An entry page of the uCoz site builder: its title, date and site as the generator's template
writes them, and its breadcrumb out of the text.

uCoz writes every blog and news entry in one template, whatever the site's design:

- the entry in a table of class "eBlock", its title in a `<div class="eTitle">` (a time of day floated
  in a `<div>` of its own at its head: `page_stamps.drop_title_time`), its text in a cell of class
  "eMessage";
- the page's `<title>` as "ENTRY - 26 Oktober 2010 - Blog - SITE" on the entry's own page, as
  "CATEGORY - Blog - SITE" on others: the site's name is its last part;
- a breadcrumb over the entry, "Hauptseite » 2010 » Oktober » 26 » ENTRY", its year, month and day links
  of class "dateBar" (`/blog/2010-10-26`), which give the entry's date.

The extractor took the longest part of the `<title>` for the title (the site's name, or the category's),
found no date or site, and kept the breadcrumb as the text's first line. Read only on a page that holds
all three of the template's entry classes (eBlock, eTitle, eMessage); another page is not touched.
"""

from __future__ import annotations

import re
from html import unescape
from typing import NamedTuple

__all__ = ["UcozEntry", "ucoz_entry", "without_breadcrumb"]

_ENTRY_CLASSES = ('class="eBlock"', 'class="eTitle"', 'class="eMessage"')
# The entry's title: the eTitle box's own text, after a floated box at its head (a time of day).
_ENTRY_TITLE_RE = re.compile(r'<div class="eTitle"[^>]*>\s*(?:<div\b[^>]*>[^<]*</div>\s*)?(?P<title>[^<]+?)\s*</div>',
                             re.IGNORECASE)
_PAGE_TITLE_RE = re.compile(r"<title[^>]*>(?P<title>[^<]*)</title>", re.IGNORECASE)
# A breadcrumb's date link: its address ends in the year and month, and the day where the link is the day's
# ("-00" is the year's own link).
_DATE_BAR_RE = re.compile(r'<a\b[^>]*class="dateBar"[^>]*href="[^"]*?/(?P<date>(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)"',
                          re.IGNORECASE)
_DATE_BAR_TEXT_RE = re.compile(r'<a\b[^>]*class="dateBar"[^>]*>(?P<text>[^<]+)</a>', re.IGNORECASE)
# The template's separator between the parts of its <title>.
_TITLE_PARTS = " - "
# A breadcrumb's separator as the text shows it.
_CRUMB = "\u00bb"


class UcozEntry(NamedTuple):
    title: str  # the entry's title (eTitle)
    site: str  # the site's name: the <title>'s last part ("" where the <title> has one part)
    date: str  # "2010-10-26", "2026-05" (a month's link only), or ""
    crumbs: frozenset[str]  # the texts of the breadcrumb's date links ("2010", "Oktober", "26")


def ucoz_entry(markup: str) -> UcozEntry | None:
    """The entry as uCoz's template writes it (see the module's docstring); None on a page that does not hold
    the template's entry block."""
    if not all(mark in markup for mark in _ENTRY_CLASSES):
        return None
    entry = _ENTRY_TITLE_RE.search(markup)
    if entry is None:
        return None
    title = " ".join(unescape(entry["title"]).split())
    page_title = _PAGE_TITLE_RE.search(markup)
    parts = [p.strip() for p in unescape(page_title["title"]).split(_TITLE_PARTS)] if page_title else []
    site = parts[-1] if len(parts) >= 2 and parts[-1] != title else ""
    dates = [m["date"] for m in _DATE_BAR_RE.finditer(markup)]
    date = max(dates, key=len) if dates else ""
    crumbs = frozenset(" ".join(unescape(m["text"]).split()) for m in _DATE_BAR_TEXT_RE.finditer(markup))
    return UcozEntry(title, site, date, crumbs)


def without_breadcrumb(text: str, removed: tuple[str, ...], entry: UcozEntry) -> tuple[str, tuple[str, ...]]:
    """The text without its first line where that line is the template's breadcrumb: parts between "»", the last
    the entry's title, one before it a date link's text ("Hauptseite » 2010 » Oktober » 26 » Briefe"). A first
    line of other words stays."""
    first, sep, rest = text.partition("\n\n")
    parts = [" ".join(p.split()) for p in first.split(_CRUMB)]
    if len(parts) < 3 or parts[-1] != entry.title or not entry.crumbs & set(parts[1:-1]):
        return text, removed
    return rest, (*removed, first.strip())
