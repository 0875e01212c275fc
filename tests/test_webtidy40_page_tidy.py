"""(webtidy40) Three ways the page reader left the page's own marks in the text, from session 32's
fresh pages (webfresh40): a heading's anchor link ("#", "¶") glued to the heading or the heading put
back twice; a date alone on a line over the text when the page's date is read; an article read only
from its JSON-LD articleBody run into one paragraph. Fixtures written for this test."""

from __future__ import annotations

import json

import pytest

from xlplugin.pages import extract_page, trafilatura_available

pytestmark = pytest.mark.skipif(not trafilatura_available(), reason="trafilatura is not installed")

PARAS = [
    "Our build server spent most of February recompiling files that had not changed at all, and nobody noticed.",
    "We used to hash every source file on each run, which took about four minutes on the large repository.",
    "The new cache keys on modification times first and only hashes a file when its time has moved.",
    "Builds now finish in forty seconds on a quiet day, and the team has stopped complaining about the wait.",
]


def _anchor_page(heading: str) -> str:
    return f"""<!doctype html><html><head><title>Notes on caching | Tern Notes</title>
<meta name="author" content="Priya Okafor"><meta property="article:published_time" content="2026-03-10">
</head><body><header><nav><a href="/">Home</a> <a href="/tags">Tags</a></nav></header>
<main><article><h1>Notes on caching</h1><p>{PARAS[0]}</p>{heading}<p>{PARAS[1]}</p>
<h2 id="plain">What changed</h2><p>{PARAS[2]}</p><p>{PARAS[3]}</p>
</article></main><footer>&copy; 2026 Tern Notes</footer></body></html>"""


@pytest.mark.parametrize("heading", [
    '<h2 id="the-old-way">The old way<a hidden class="anchor" aria-hidden="true" href="#the-old-way">#</a></h2>',
    '<h2 id="the-old-way">The old way<a class="anchor" href="#the-old-way">#</a></h2>',
    '<h2 id="the-old-way"><a class="anchor" href="#the-old-way" aria-hidden="true">#</a>The old way</h2>',
    '<h3 id="the-old-way">The old way <a class="heading-link" href="#the-old-way">\u00a7</a></h3>',
    '<h2 id="the-old-way">The old way<a href="#the-old-way" class="permalink">\u00b6</a></h2>',
])
def test_heading_anchor_is_no_text(heading: str) -> None:
    text = extract_page(_anchor_page(heading), "https://tern.example/notes/caching/").text
    lines = text.split("\n\n")
    assert lines.count("The old way") == 1, text
    assert not any(mark in text for mark in ("#", "\u00a7", "\u00b6")), text
    assert PARAS[1] in text


def test_heading_linking_elsewhere_keeps_its_words() -> None:
    heading = '<h2 id="the-old-way">The old way: <a href="#appendix">see the appendix</a></h2>'
    text = extract_page(_anchor_page(heading), "https://tern.example/notes/caching/").text
    assert "see the appendix" in text


def _dated_page(date_line: str, published: str = '<meta property="article:published_time" content="2026-03-22">') -> str:
    return f"""<!doctype html><html><head><title>Walking the old drove road | Hill Notes</title>{published}
</head><body><div class="header"><a href="/">Hill Notes</a></div>
<div class="post"><h3 class="post-title">Walking the old drove road</h3>
<div class="date-line">{date_line}</div>
<p>On Saturday my sister and I walked twelve miles of the old drove road, from Kington to the ford below Gladestry.</p>
<p>For most of the way it is a green lane between hedges, and in one stretch we counted nine kinds of shrub.</p>
<p>The ford itself was too deep to cross after the rain, so we went round by the lane and the chapel.</p>
</div><div class="footer">Powered by a blog service</div></body></html>"""


@pytest.mark.parametrize("date_line", [
    "Sunday, 22 March 2026",
    "Sunday 22 March 2026",
    "March 22, 2026",
    "Sun, Mar 22, 2026 at 9:15 am",
    "22/03/2026 09:15",
    "2026-03-22",
])
def test_lone_date_line_over_the_text_is_furniture(date_line: str) -> None:
    page = extract_page(_dated_page(date_line))
    assert page.date == "2026-03-22"
    assert date_line not in page.text, page.text
    head = [ln for ln in page.text.split("\n\n") if ln != "Walking the old drove road"]
    assert head[0].startswith("On Saturday my sister"), page.text
    assert date_line in page.removed


@pytest.mark.parametrize("date_line", [
    "The walk took place on Sunday, 22 March 2026.",
    "Sunday, 22 March 2026: a wet start",
])
def test_date_in_a_sentence_stays(date_line: str) -> None:
    assert date_line in extract_page(_dated_page(date_line)).text


@pytest.mark.parametrize("date_line", ["Friday, 20 March 2026", "Sunday, 22 February 2026", "Sunday, 22 March 2025"])
def test_lone_date_line_of_another_day_stays(date_line: str) -> None:
    assert date_line in extract_page(_dated_page(date_line)).text


def test_lone_date_line_stays_where_no_date_is_read() -> None:
    from xlplugin.page_dates import without_date_head

    text = "Sunday, 22 March 2026\n\nOn Saturday my sister and I walked twelve miles of the old drove road."
    assert without_date_head(text, (), "") == (text, ())
    assert without_date_head(text, (), "2026-03-22") == (text.split("\n\n")[1], ("Sunday, 22 March 2026",))


BODY_PARAS = [
    "Rents for rooms in the six largest college towns rose by 3.2 per cent this year, down from 8.1 per cent last year.",
    "It is the first time since 2020 that the yearly rise has been under five per cent, the letting site Roomly said.",
    "The students' union said the slowdown would be little comfort to those already paying more than their loan.",
]


def _script_page(body: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Rent rises slow in college towns", "datePublished": "2026-08-26T08:00:00+01:00",
          "author": {"@type": "Person", "name": "Tomasz Reid"}, "articleBody": body}
    return f"""<!doctype html><html><head><title>Rent rises slow in college towns | Town Homes</title>
<script type="application/ld+json">{json.dumps(ld)}</script><script src="/app.js" defer></script></head>
<body><div id="root"><div class="spinner">Loading\u2026</div><noscript>Enable JavaScript.</noscript></div></body></html>"""


@pytest.mark.parametrize("sep", ["\n\n", "\n", "\r\n\r\n"])
def test_json_ld_body_keeps_its_paragraphs(sep: str) -> None:
    page = extract_page(_script_page(sep.join(BODY_PARAS)), "https://townhomes.example/rents")
    assert page.text.split("\n\n") == BODY_PARAS, page.text


def test_json_ld_body_in_one_paragraph_stays_one() -> None:
    page = extract_page(_script_page(" ".join(BODY_PARAS)), "https://townhomes.example/rents")
    assert page.text == " ".join(BODY_PARAS)
