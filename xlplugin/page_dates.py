"""Other stories' dates in teaser cards: a link that wraps another story's headline and its
date (`<a href="..."><h2>Headline <span class="date">12.12.2019</span></h2></a>`). The date
finder trafilatura uses (htmldate) reads the first element classed as a date in page order;
where a box of such cards stands before the article's own date (a sidebar, a "related" column
written first in the markup), another story's date became the page's date.

`drop_teaser_dates(tree)` takes those date elements out of the parsed page before the extractor
reads it (`xlplugin.pages.extract_page`); the text after each stays. What keeps the page's own
date: only a date element inside a link (`<a href>`) that also holds a heading below the page's
title (h2-h6) is taken: a card for another page. A blog's permalink date (`<a rel="bookmark">
<time>...</time></a>`) holds no heading, and an article's own `<h1><a>` title is a heading
holding a link, not a link holding a heading.

(web39) `published_not_modified(date, markup, ...)`: the page's publication date where the date
the extractor read is the day of the page's own last change. A page that states both (its meta
tags "article:published_time" and "article:modified_time", its article's JSON-LD "datePublished"
and "dateModified") can have the change read as its date: the extractor's date finder took
"article:modified_time" over a JSON-LD "datePublished" (a news agency's story dated the day after
it was published, on its revision). The date a reader checks a story against is its publication
date (the extractor is asked for the original date, `xlplugin.pages.EXTRACTOR_OPTIONS`).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["drop_teaser_dates", "published_not_modified"]

# A date element (a <time>, or an element whose class names a date) inside a link that holds a
# headline of h2-h6. translate() lower-cases the class ("Date", "teaser-DATE").
_TEASER_DATE_XPATH = (
    ".//a[@href][.//h2 or .//h3 or .//h4 or .//h5 or .//h6]"
    "//*[self::time or contains(translate(@class, 'DATE', 'date'), 'date')]"
)


def drop_teaser_dates(tree: Any) -> int:
    """Take the date elements of teaser cards out of `tree` (an lxml HTML tree), keeping the text
    after each; how many."""
    found = tree.xpath(_TEASER_DATE_XPATH)
    for el in found:
        if el.getparent() is not None:
            el.drop_tree()  # lxml: the element and its text go, its tail stays
    return len(found)


# (web39) The meta tags that give a page's publication and last change, by their property or
# name; each content an ISO date (its day part is read).
PUBLISHED_KEYS = ("article:published_time", "og:article:published_time")
MODIFIED_KEYS = ("article:modified_time", "og:article:modified_time", "og:updated_time")
_META_TAG_RE = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE_RE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")


def _meta_days(markup: str, keys: tuple[str, ...]) -> set[str]:
    """The days (YYYY-MM-DD) the page's meta tags named by `keys` give."""
    days = set()
    for tag in _META_TAG_RE.findall(markup):
        attributes = {m[1].lower(): m[2] or m[3] for m in _ATTRIBUTE_RE.finditer(tag)}
        key = (attributes.get("property") or attributes.get("name") or "").strip().lower()
        day = _ISO_DAY_RE.match((attributes.get("content") or "").strip()) if key in keys else None
        if day:
            days.add(day[0])
    return days


def published_not_modified(date: str, markup: str, ld_published: str = "", ld_modified: str = "") -> str:
    """`date` (YYYY-MM-DD, the extractor's), or the page's publication date where `date` is the
    day the page says it last changed (`MODIFIED_KEYS`, its article's JSON-LD "dateModified":
    `ld_modified`) and the page gives one earlier publication date (`PUBLISHED_KEYS`, its
    article's JSON-LD "datePublished": `ld_published`). Where the page gives none, or two
    different ones, `date` stays."""
    if not _ISO_DAY_RE.fullmatch(date or ""):
        return date
    modified = _meta_days(markup, MODIFIED_KEYS) | ({ld_modified} if ld_modified else set())
    if date not in modified:
        return date
    stated = _meta_days(markup, PUBLISHED_KEYS) | ({ld_published} if _ISO_DAY_RE.fullmatch(ld_published) else set())
    if len(stated) != 1:
        return date
    published = next(iter(stated))
    return published if published < date else date
