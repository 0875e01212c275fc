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

(webtidy40) `without_date_head(text, removed, date)`: a line that is only a date, or a date and a
time, among the text's first lines ("Sunday, 22 March 2026" under a Blogger post's title, a print
page's "Thursday 5 March 2026" over its first paragraph) is the page's date line, furniture where
the page's date is already read (its date cell and the provenance cue have it from there). The
scorers read it as a sentence of the text (and provenance its date). A date inside a sentence, a
date line further down (an entry of a diary, a timeline) and a line with any other word stay.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["date_head", "drop_teaser_dates", "live_entry_dates", "lone_date", "published_not_modified", "without_date_head"]

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


# (webtidy40) A date alone on a line, with its weekday and a time or not: "Sunday, 22 March 2026",
# "Thursday 5 March 2026", "March 22, 2026 at 9:15 am", "2026-03-22 09:15", "22/03/2026".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_LONE_DATE_RE = re.compile(
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
    r"(?:(?:,?\s+(?:at\s+)?|\s*[-\u2013\u00b7|]\s*|T)\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|bst|utc|[a-z]{2,4}))?)?",
    re.IGNORECASE)
_ISO_DAY_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{2}\s*[ap]\.?m")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _same_day(line: str, year: int, month: int, day: int) -> bool:
    """(webtidy40) The lone date `line` gives this day: its year, its day's number and its month (by
    name, or by number in a numeric date, day first or month first)."""
    low = line.casefold()
    numbers = [int(n) for n in re.findall(r"\d+", _TIME_RE.sub(" ", low))]
    if year not in numbers and year % 100 not in numbers:
        return False
    named = [i + 1 for i, name in enumerate(_MONTHS) if re.search(rf"\b{name}", low)]
    if named:
        return month in named and day in numbers
    return day in numbers and month in numbers


# Among how many of the text's first lines (a headline, a byline, the date line) a lone date is the page's
DATE_HEAD_LINES = 3
# (web41) Below those, down to this many lines, a lone date line is the page's still where the lines above
# it hold at most DATE_HEAD_WORDS words (a kicker, the headline, a standfirst of a paragraph or two, a byline
# and the writer's role) and it is the text's only lone date line (a diary's or a timeline's entries are
# several).
DATE_HEAD_MAX_LINES = 6
DATE_HEAD_WORDS = 80


def lone_date(line: str) -> bool:
    """Is `line` only a date, or a date and a time ("Thursday 12 March 2026", "22/03/2026 09:15")?"""
    return _LONE_DATE_RE.fullmatch(line.strip()) is not None


def date_head(lines: list[str]) -> list[str]:
    """The lines of `lines` (a text's non-empty lines or paragraphs, in order) among which a date alone
    is the page's own date line: the first DATE_HEAD_LINES, and (web41) a lone date line further down, to
    DATE_HEAD_MAX_LINES, under at most DATE_HEAD_WORDS words, where it is the only lone date line of the
    text (a date line under a standfirst and a byline: "Thursday 12 March 2026" under two paragraphs of
    standfirst was read neither as the page's date nor as its date line)."""
    head = lines[:DATE_HEAD_LINES]
    below = [i for i in range(DATE_HEAD_LINES, min(len(lines), DATE_HEAD_MAX_LINES)) if lone_date(lines[i])]
    if len(below) != 1 or any(lone_date(ln) for ln in head) or any(lone_date(ln) for ln in lines[DATE_HEAD_MAX_LINES:]):
        return head
    if sum(len(ln.split()) for ln in lines[:below[0]]) > DATE_HEAD_WORDS:
        return head
    return [*head, lines[below[0]]]


# (web41) A live blog: JSON-LD LiveBlogPosting, a container classed as one ("live-blog", "liveblog"), or a
# title that names one, as kinds.txt's live blog cue reads it ("Storm Wren live: ...", "latest updates")
_LIVE_MARKUP_RE = re.compile(r""""@type"\s*:\s*"LiveBlogPosting"|\bclass\s*=\s*["'][^"']*\blive-?blog""", re.IGNORECASE)
_LIVE_TITLE_RE = re.compile(r"\blive\s*[:|]|\b(?:live updates|latest updates|live blog|liveblog|as it happened)\b", re.IGNORECASE)
_HEADINGS_XPATH = ".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"


def live_entry_dates(tree: Any, markup: str, title: str) -> frozenset[str]:
    """(web41) On a live blog (`_LIVE_MARKUP_RE`, `_LIVE_TITLE_RE` on its `title`), the lone dates the page
    sets as headings ("Friday 4 December 2026" over the day's entries), white space folded: an entry's
    heading, which `without_date_head` keeps though it gives the page's own day. None elsewhere."""
    if isinstance(tree, str) or not (_LIVE_MARKUP_RE.search(markup) or _LIVE_TITLE_RE.search(title or "")):
        return frozenset()
    texts = (" ".join(el.text_content().split()) for el in tree.xpath(_HEADINGS_XPATH))
    return frozenset(t for t in texts if t and lone_date(t))


def without_date_head(text: str, removed: tuple[str, ...], date: str,
                      entry_headings: frozenset[str] = frozenset()) -> tuple[str, tuple[str, ...]]:
    """(webtidy40) `text` (paragraphs split by blank lines) without a line that is only a date (or a
    date and a time) among its head's lines (`date_head`), where the page's `date` is read
    ("YYYY-MM-DD...") and the line gives that day; the removed lines with it added. Unchanged where no
    date is read, the line gives another day (an update's, or a day the metadata does not hold:
    the line is the only place it is said), (web41) the line is one of a live blog's `entry_headings`
    (`live_entry_dates`: its first day's heading) or nothing else would be left."""
    day = _ISO_DAY_RE.match(date.strip())
    if day is None:
        return text, removed
    lines = text.split("\n\n")
    for line in date_head(lines):
        if " ".join(line.split()) in entry_headings:
            continue
        if lone_date(line) and _same_day(line, *map(int, day.groups())) and len(lines) > 1:
            index = lines.index(line)
            return "\n\n".join(lines[:index] + lines[index + 1:]), (*removed, line.strip())
    return text, removed
