"""A web page's date is its publication date, not the day it last changed (session 31, web39).

A page that gives both dates (meta tags "article:published_time" and "article:modified_time", or
its article's JSON-LD "datePublished" and "dateModified") could have the change read as its
date: the extractor's date finder took "article:modified_time" over a JSON-LD "datePublished"
(found on a news agency's story in the web corpus, dated the day after it was published).
`xlplugin.page_dates.published_not_modified` gives the publication date back, where the page
states one, and only one, earlier than the change.

The pages below were written for this test.
"""

from __future__ import annotations

import json

import pytest

from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

_BODY = "".join(
    f"<p>Part {n} of the report says the ferry crews met the council on the quay to talk about the "
    "winter timetable and the repairs to the slipway.</p>" for n in range(1, 7))


def _page(metas: str = "", published: str | None = "2026-03-02T18:25:36Z", modified: str | None = "2026-03-04T09:49:32Z") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry crews meet council over winter timetable",
          "url": "https://news.example.org/ferry-crews", "author": {"@type": "Person", "name": "Jane Roe"},
          "publisher": {"@type": "Organization", "name": "Harbour News"}}
    if published:
        ld["datePublished"] = published
    if modified:
        ld["dateModified"] = modified
    return (f"<html><head><title>Ferry crews meet council over winter timetable</title>{metas}"
            '<link rel="canonical" href="https://news.example.org/ferry-crews">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
            f"<h1>Ferry crews meet council over winter timetable</h1>{_BODY}</article></body></html>")


_MODIFIED_META = '<meta property="article:modified_time" content="2026-03-04T09:49:32Z">'


def test_the_publication_date_not_the_last_change():
    # the extractor alone reads the change (the meta tag) over the JSON-LD's publication date
    assert extract_page(_page(_MODIFIED_META)).date == "2026-03-02"
    # the same with the publication date in a meta tag too, and with no JSON-LD "dateModified"
    both = _MODIFIED_META + '<meta property="article:published_time" content="2026-03-02T18:25:36Z">'
    assert extract_page(_page(both)).date == "2026-03-02"
    assert extract_page(_page(_MODIFIED_META, modified=None)).date == "2026-03-02"


def test_published_not_modified_keeps_the_date_where_the_page_does_not_say_otherwise():
    from xlplugin.page_dates import published_not_modified

    meta = _MODIFIED_META
    assert published_not_modified("2026-03-04", meta, "2026-03-02") == "2026-03-02"
    # not the page's last change: kept
    assert published_not_modified("2026-03-05", meta, "2026-03-02") == "2026-03-05"
    # no publication date stated, or two different ones: kept
    assert published_not_modified("2026-03-04", meta, "") == "2026-03-04"
    two = meta + '<meta property="article:published_time" content="2026-03-01T08:00:00Z">'
    assert published_not_modified("2026-03-04", two, "2026-03-02") == "2026-03-04"
    # a "publication" after the change is no publication date: kept
    assert published_not_modified("2026-03-04", meta, "2026-03-09") == "2026-03-04"
    # the change read from the JSON-LD alone, attributes in either order and quoted with '
    assert published_not_modified("2026-03-04", "", "2026-03-02", "2026-03-04") == "2026-03-02"
    swapped = "<meta content='2026-03-04T09:49:32Z' property='og:updated_time'>"
    assert published_not_modified("2026-03-04", swapped, "2026-03-02") == "2026-03-02"
    # no date, or one that is not ISO: as it is
    assert published_not_modified("", meta, "2026-03-02") == ""
    assert published_not_modified("March 4, 2026", meta, "2026-03-02") == "March 4, 2026"
