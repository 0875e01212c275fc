"""Listing pages told from their markup without JSON-LD (kinds28; fresh26's defects 2 and 7). Every page here was
written for this project.

A site's own page (og:type "website") whose markup holds three or more `<article>` cards each with its own `<time>`
(a tag index's teasers, an events calendar's entries), or whose body class calls it an archive, tag, category or
search page, is a listing: not an article, whatever its address ("/local-news/", "/whats-on/", "/programme/"). Its
page type carries the hint ("listing: 4 dated teasers"). Near misses: an article's own page (og:type "article") with
a sidebar of dated teasers, and a "website" page holding one article with one date, keep their kinds.
"""

from __future__ import annotations

import pytest

from xlplugin import kinds, prepare
from xlplugin.page_hints import hints
from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")


def _page_kind(markup: str, url: str) -> tuple[str, str]:
    page = extract_page(markup, url=url)
    doc = prepare(page.text, title=page.title, url=page.url or url, outlet=page.outlet, author=page.author,
                  date=page.date, page_type=page.page_type)
    return kinds.classify(doc).kind, page.page_type


def _teaser(n: int, tag: str = "article") -> str:
    topics = ["Bypass consultation opens", "Library hours cut over summer", "New crossing for Mill Road",
              "Allotment waiting list grows", "Swimming pool reopens after repairs", "Bus route 12 to change"]
    topic = topics[n % len(topics)]
    return (f'<{tag} class="card card-{n}"><h2 class="card__title"><a href="/story-{n}/">{topic}</a></h2>'
            f'<time datetime="2026-03-{10 + n:02d}">March {10 + n}, 2026</time>'
            f'<p class="card__summary">Residents have until the end of the month to comment on the plans, which the '
            f'council says would cost about {n + 2} million pounds.</p></{tag}>')


def _site(body: str, *, og_type: str = "website", body_class: str = "", title: str = "Ashby Weekly") -> str:
    cls = f' class="{body_class}"' if body_class else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:type" content="{og_type}"><meta property="og:site_name" content="Ashby Weekly">'
            f'</head><body{cls}><header><nav><a href="/">Home</a><a href="/news/">News</a></nav></header>'
            f'<main>{body}</main><footer><p>Ashby Weekly, 4 Bridge Street.</p></footer></body></html>')


_EVENTS = "".join(
    f'<article class="event"><time datetime="2026-05-{d:02d}">May {d} @ 7:30 pm</time><h3>{name}</h3>'
    f'<address>{venue}</address><p>{blurb}</p></article>'
    for d, name, venue, blurb in [
        (2, "Folk Night", "Main Hall", "Three local bands and a ceilidh caller."),
        (9, "Watercolour Class", "Studio 1", "Materials provided; suitable for beginners."),
        (16, "Author Talk: Rivers of the North", "Library Room", "A talk on the county's waterways with slides."),
        (23, "Youth Theatre: The Tempest", "Main Hall", "A new staging by the centre's youth company."),
    ])


@pytest.mark.parametrize("url", ["https://ashby.example/local-news/", "https://ashby.example/news/local/",
                                 "https://ashby.example/section/council/"])
def test_tag_index_of_dated_teasers_is_not_an_article(url):
    markup = _site("<h1>Local news</h1>" + "".join(_teaser(n) for n in range(6)))
    kind, page_type = _page_kind(markup, url)
    assert kind == kinds.NOT_ARTICLE
    assert "listing: 6 dated teasers" in page_type


@pytest.mark.parametrize("url", ["https://ashby.example/whats-on/", "https://ashby.example/calendar/2026-05/",
                                 "https://ashby.example/programme/"])
def test_events_calendar_without_json_ld_is_not_an_article(url):
    markup = _site("<h1>Coming up at the Arts Centre</h1>" + _EVENTS, title="Coming up - Ashby Arts Centre")
    kind, page_type = _page_kind(markup, url)
    assert kind == kinds.NOT_ARTICLE
    assert "dated teasers" in page_type


@pytest.mark.parametrize("body_class", ["archive category category-council", "tag tag-roads", "search search-results"])
def test_index_body_class_is_a_listing(body_class):
    markup = _site("<h1>Council</h1>" + "".join(_teaser(n, tag="div") for n in range(5)), body_class=body_class)
    assert "page" in hints(markup).split("listing: ")[1]
    kind, _ = _page_kind(markup, "https://ashby.example/council/")
    assert kind == kinds.NOT_ARTICLE


_ARTICLE_BODY = (
    '<article class="story"><h1>Bypass consultation opens</h1><p class="byline">By Nia Cole</p>'
    '<time datetime="2026-03-12">March 12, 2026</time>'
    "<p>Ashby residents have until April 10 to comment on plans for a bypass east of the town, the county council "
    "said on Thursday. The route would take lorries off the High Street, where traffic counts last year recorded "
    "1,900 heavy vehicles a day.</p>"
    "<p>Council leader Amrit Gill said the scheme was the only way to make the centre safe for walkers. Opponents, "
    "including the Ashby Wildlife Group, say the route would cross two water meadows. \"We are not against a bypass, "
    "we are against this one,\" said the group's chair, Hal Brooks.</p>"
    "<p>The consultation documents are at the library and on the council's website. A decision is expected in "
    "the autumn, a council spokesperson said.</p></article>")


def test_article_page_with_a_sidebar_of_dated_teasers_keeps_its_kind():
    sidebar = '<aside class="related">' + "".join(_teaser(n) for n in range(1, 5)) + "</aside>"
    markup = _site(_ARTICLE_BODY + sidebar, og_type="article", body_class="single single-post")
    kind, page_type = _page_kind(markup, "https://ashby.example/2026/03/12/bypass-consultation-opens/")
    assert kind == kinds.NEWS
    assert "listing" not in page_type


def test_website_page_with_one_article_is_no_listing():
    markup = _site(_ARTICLE_BODY, body_class="page-template-default page")
    kind, page_type = _page_kind(markup, "https://ashby.example/bypass-consultation-opens/")
    assert kind == kinds.NEWS
    assert "listing" not in page_type
