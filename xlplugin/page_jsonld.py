"""(meta19) What a web page's JSON-LD says of its article, where its meta tags say nothing.

Many news sites describe an article in a `<script type="application/ld+json">` block
(schema.org's NewsArticle) and give no `og:url`, `og:site_name` or canonical link. The extractor
(trafilatura) reads that block's author, date and, for some publisher types, the publisher's
name, but not the article's own address, and not a publisher written as a plain Organization or
as a reference into an `@graph` list ("publisher": {"@id": "#org"}). Without the address the
built-in source ratings cannot be joined; without the publisher the outlet is blank.

`article_fields(markup)` reads the blocks with the json module (nothing is fetched; a block that
is not valid JSON is passed over) and gives, for the page's own object whose `@type` names an
article ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "LiveBlogPosting" ...):

- `url`: its "url", else its "mainEntityOfPage" (a string, or an object's "@id" or "url");
- `outlet`: its publisher's "name" (an `@id` reference resolved in the page's JSON-LD);
- `author`: its author's "name" (the first of a list), a person's or an organisation's;
- `date`: its "datePublished": the date part of an ISO date, or a date written in a common form
  ("March 5, 2024"); anything else (a count of seconds, "yesterday") is no date, and `note` says so;
- `modified`: (web39) the date part of its "dateModified", an ISO date only (read only to tell
  the page's last change from its publication: `xlplugin.page_dates.published_not_modified`);
- `title`: its "headline";
- `note`: what a person should know of how it was read, where something was left out.

(meta20) Which article is the page's own: a page's JSON-LD may describe other stories too (a
"related" or "next" story block, written before the page's own). The page's own is the one whose
headline is the page's title (its <title>, og:title or h1), else the one whose address is the
page's (`page_url`); where the page describes a single article, that one. Where it describes
several with different addresses and none is the page's, no field is taken from them (the
address would rate the page as another story's site) and the note says so. (web25b) A page whose
JSON-LD describes no article (a WebPage, a Product, an Organization) gives no field and no note.
A name given as a web address (a publisher "https://www.example.com") is not a name.

(web34) `article_body(markup)`: the page's own article's "articleBody", as text (markup inside it
read as the text it shows, a paragraph or a break as a new line), for a page that shows its article
by script: its markup holds only a caption or a teaser around an empty box the script fills, but
its JSON-LD gives the whole text. The page reader uses it only where the text it found is much
shorter (`xlplugin.pages.JSON_LD_BODY_RATIO`); another article's body (a related story the page
also describes) is never read as the page's.

The page reader (`xlplugin.pages`) uses each only where the page's meta tags, as the extractor
read them, gave none; the checks of addresses and names that disagree (`xlplugin.page_sites`)
then read them as they read the meta tags'.
"""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

__all__ = ["article_body", "article_fields", "other_articles"]

_BLOCK_RE = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
# schema.org's article types all end in "Article" or "Posting" (NewsArticle, OpinionNewsArticle,
# BlogPosting, LiveBlogPosting, SocialMediaPosting); "Report" is the type of a report page
_ARTICLE_TYPE_RE = re.compile(r"(?:Article|Posting|Report)$")
BLOCKS_MAX = 20  # a page with more JSON-LD blocks than this: the rest are not read
FIELD_MAX_CHARS = 300


def _objects(value: Any) -> list[dict[str, Any]]:
    """Every object in a JSON-LD value: a list's items, an `@graph`'s members, the object itself."""
    if isinstance(value, list):
        return [o for item in value for o in _objects(item)]
    if not isinstance(value, dict):
        return []
    return [value, *_objects(value.get("@graph"))]


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    return [t for t in (kind if isinstance(kind, list) else [kind]) if isinstance(t, str)]


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """An `{"@id": ...}` reference as the object it names in the page's JSON-LD, where given."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
        return by_id.get(value["@id"], value)
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    text = " ".join(unescape(value).split())
    return text if len(text) <= FIELD_MAX_CHARS else ""


def _name(value: Any, by_id: dict[str, dict[str, Any]]) -> str:
    """The name of a person or an organisation given as an object, a list of them or a string."""
    if isinstance(value, list):
        return next((n for n in (_name(v, by_id) for v in value) if n), "")
    value = _resolve(value, by_id)
    text = _text(value.get("name")) if isinstance(value, dict) else _text(value)
    return "" if _ADDRESS_RE.match(text) else text  # (meta20) an address is not a name


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Every name of a person or organisation given (a list's each)."""
    values = value if isinstance(value, list) else [value]
    return [n for n in (_name(v, by_id) for v in values) if n]


def _address(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    text = _text(value)
    return text if text.lower().startswith(("http://", "https://")) else ""


_ADDRESS_RE = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d])")
# The page's own titles: its <title>, og:title / twitter:title, and its h1 headings.
_PAGE_TITLE_RES = (
    re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL),
    re.compile(r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"'](?:og|twitter):title[\"'][^>]*?content\s*=\s*[\"']([^\"']*)",
               re.IGNORECASE),
    re.compile(r"<meta\b[^>]*?content\s*=\s*[\"']([^\"']*)[\"'][^>]*?(?:property|name)\s*=\s*[\"'](?:og|twitter):title",
               re.IGNORECASE),
    re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL),
)
_TAG_RE = re.compile(r"<[^>]*>")
_SQUASH_RE = re.compile(r"[\W_]+")


def _date(value: Any) -> tuple[str, str]:
    """(the date, why none): an ISO date's day part, a date written in a common form as written,
    else ("", why) for a value given that is no date a reader can check."""
    from .cells import _written_date

    if value is None or value == "":
        return "", ""
    text = _text(value) if isinstance(value, str) else str(value)
    iso = _ISO_DATE_RE.match(text.strip())
    if iso:
        return iso[0], ""
    if text and _written_date(text.strip()):
        return text.strip(), ""
    return "", f"the page's JSON-LD gives its publication date as {text[:40]!r}, which is not a date read here: no date taken from it"


def _iso_day(value: Any) -> str:
    """The day part of an ISO date given as a string ("2026-03-04T09:49:32Z"), else ""."""
    iso = _ISO_DATE_RE.match(value.strip()) if isinstance(value, str) else None
    return iso[0] if iso else ""


def _squash(text: str) -> str:
    return _SQUASH_RE.sub("", unescape(_TAG_RE.sub(" ", text)).lower())


def _page_titles(markup: str) -> list[str]:
    return [t for t in (_squash(m) for r in _PAGE_TITLE_RES for m in r.findall(markup)) if len(t) >= 8]


def _host_path(url: str) -> str:
    url = re.sub(r"^https?://(?:www\.)?", "", url.strip().lower()).split("#")[0].split("?")[0]
    return url.rstrip("/")


def _url_of(article: dict[str, Any]) -> str:
    return _address(article.get("url")) or _address(article.get("mainEntityOfPage"))


def _is_the_page(article: dict[str, Any], titles: list[str], page_url: str) -> bool:
    """Does `article` describe the page itself: its headline is the page's title (or the title
    holds it, as "Headline | Site" does), or its address is the page's?"""
    headline = _squash(_text(article.get("headline")))
    if len(headline) >= 8 and any(headline == t or headline in t for t in titles):
        return True
    return bool(page_url) and _host_path(_url_of(article)) == _host_path(page_url)


def json_ld_objects(markup: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Every object of the page's JSON-LD blocks (the first BLOCKS_MAX; a block that is not valid
    JSON is passed over), in page order, and those with an "@id" by it."""
    objects: list[dict[str, Any]] = []
    for block in _BLOCK_RE.findall(markup)[:BLOCKS_MAX]:
        try:
            objects.extend(_objects(json.loads(block.strip())))
        except (ValueError, RecursionError):  # not valid JSON (a comment, a trailing comma)
            continue
    return objects, {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}


def _read(markup: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    objects, by_id = json_ld_objects(markup)
    articles = [o for o in objects if any(_ARTICLE_TYPE_RE.search(t) for t in _types(o))]
    return articles, by_id


def _choose(articles: list[dict[str, Any]], markup: str, page_url: str) -> tuple[dict[str, Any] | None, str]:
    """(the page's own article, the note where it cannot be told) (the module's doc)."""
    if not articles:  # (web25b) a WebPage, a Product, an Organization: no article, nothing to tell
        return None, ""
    if len(articles) == 1:
        return articles[0], ""
    titles = _page_titles(markup)
    own = [a for a in articles if _is_the_page(a, titles, page_url)]
    if own:
        return own[0], ""
    if len({_host_path(_url_of(a)) for a in articles}) == 1:  # one address (or none) for them all
        return articles[0], ""
    return None, (f"the page's JSON-LD describes {len(articles)} articles with different addresses and none has the "
                  "page's title, so its address, outlet, author and date were not taken from it")


def other_articles(markup: str, page_url: str = "") -> list[dict[str, str]]:
    """(meta20) The fields of the articles the page's JSON-LD describes beside its own (the
    module's doc): the extractor reads every one of them, and their headline, date or authors
    may have become the page's."""
    articles, by_id = _read(markup)
    own, _ = _choose(articles, markup, page_url)
    return [{"title": _text(a.get("headline")), "date": _date(a.get("datePublished"))[0],
             "authors": "; ".join(_names(a.get("author"), by_id))} for a in articles if a is not own]


def article_fields(markup: str, page_url: str = "") -> dict[str, str]:
    """The article's url, outlet, author, date and title from the page's JSON-LD (the module's
    doc), and a note where one was left out; only the fields it gives, {} where it gives no
    article."""
    articles, by_id = _read(markup)
    article, note = _choose(articles, markup, page_url)
    if article is None:
        return {"note": note} if note else {}
    date, why = _date(article.get("datePublished"))
    fields = {
        "url": _url_of(article),
        "outlet": _name(article.get("publisher"), by_id),
        "author": _name(article.get("author"), by_id),
        "date": date,
        "modified": _iso_day(article.get("dateModified")),
        "title": _text(article.get("headline")),
        "note": why,
    }
    return {key: value for key, value in fields.items() if value}


# (web34) an articleBody's own markup: a paragraph's or a line's end is a new line, any other tag nothing
_BODY_BREAK_RE = re.compile(r"<br\s*/?>|</p\s*>|</h[1-6]\s*>|</li\s*>|</div\s*>|</blockquote\s*>", re.IGNORECASE)
_ANY_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]*>")
_BODY_TAG_RE = re.compile(r"</?(?:p|br|div|span|a|em|strong|b|i|h[1-6]|li|ul|ol|blockquote|figure|img)\b[^<>]*>", re.IGNORECASE)


def article_body(markup: str, page_url: str = "") -> str:
    """(web34) The page's own article's "articleBody" as text, one paragraph a line (the module's
    doc); "" where the page's JSON-LD gives none, or where its own article cannot be told."""
    articles, _ = _read(markup)
    article, _ = _choose(articles, markup, page_url)
    body = article.get("articleBody") if article is not None else None
    if not isinstance(body, str):
        return ""
    body = unescape(body)  # (some pages escape the body's markup too: "&lt;p&gt;")
    if _BODY_TAG_RE.search(body):  # markup, not a "<" of the text ("x < 5")
        body = _ANY_TAG_RE.sub("", _BODY_BREAK_RE.sub("\n", body))
    lines = (" ".join(ln.split()) for ln in body.replace("\r", "\n").split("\n"))
    return "\n".join(ln for ln in lines if ln)
