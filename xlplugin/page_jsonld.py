"""(meta19) What a web page's JSON-LD says of its article, where its meta tags say nothing.

Many news sites describe an article in a `<script type="application/ld+json">` block
(schema.org's NewsArticle) and give no `og:url`, `og:site_name` or canonical link. The extractor
(trafilatura) reads that block's author, date and, for some publisher types, the publisher's
name, but not the article's own address, and not a publisher written as a plain Organization or
as a reference into an `@graph` list ("publisher": {"@id": "#org"}). Without the address the
built-in source ratings cannot be joined; without the publisher the outlet is blank.

`article_fields(markup)` reads the blocks with the json module (nothing is fetched; a block that
is not valid JSON is passed over) and gives, for the first object whose `@type` names an article
("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "LiveBlogPosting" ...):

- `url`: its "url", else its "mainEntityOfPage" (a string, or an object's "@id" or "url");
- `outlet`: its publisher's "name" (an `@id` reference resolved in the page's JSON-LD);
- `author`: its author's "name" (the first of a list), a person's or an organisation's;
- `date`: its "datePublished" (the date part);
- `title`: its "headline".

The page reader (`xlplugin.pages`) uses each only where the page's meta tags, as the extractor
read them, gave none; the checks of addresses and names that disagree (`xlplugin.page_sites`)
then read them as they read the meta tags'.
"""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

__all__ = ["article_fields"]

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
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _address(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    text = _text(value)
    return text if text.lower().startswith(("http://", "https://")) else ""


def article_fields(markup: str) -> dict[str, str]:
    """The article's url, outlet, author, date and title from the page's JSON-LD (the module's
    doc); only the fields it gives, {} where it gives no article."""
    objects: list[dict[str, Any]] = []
    for block in _BLOCK_RE.findall(markup)[:BLOCKS_MAX]:
        try:
            objects.extend(_objects(json.loads(block.strip())))
        except (ValueError, RecursionError):  # not valid JSON (a comment, a trailing comma)
            continue
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    article = next((o for o in objects if any(_ARTICLE_TYPE_RE.search(t) for t in _types(o))), None)
    if article is None:
        return {}
    fields = {
        "url": _address(article.get("url")) or _address(article.get("mainEntityOfPage")),
        "outlet": _name(article.get("publisher"), by_id),
        "author": _name(article.get("author"), by_id),
        "date": _text(article.get("datePublished"))[:10],
        "title": _text(article.get("headline")),
    }
    return {key: value for key, value in fields.items() if value}
