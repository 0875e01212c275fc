"""(web34) Two classes of a web page's article the reader lost: a page that shows its article by
script (its markup holds only a photo's caption round an empty box; its JSON-LD gives the whole
text as "articleBody"), and a subtitle under a headline that is not the page's first <h1> (a logo
or the site's name is an <h1> of its own) or that is a paragraph in the article's <header> with
the headline. Near-misses keep their text: a page whose markup holds the article its JSON-LD
repeats, a body that is only a teaser, another story's body, a site header's description, a
byline in the article's header. Pages written for these tests."""

from __future__ import annotations

import html
import json

import pytest

pytest.importorskip("trafilatura")
from xlplugin import pages  # noqa: E402
from xlplugin.page_jsonld import article_body  # noqa: E402
from xlplugin.text import prepare  # noqa: E402

# (headline, caption, paragraphs) of three stories written for these tests
STORIES = [
    ("Harbour ferry to run through the winter for the first time",
     "The Gull Island ferry leaves the north quay at dusk on the last crossing of the summer timetable, with islanders waving from the upper deck. Photo: Harbour Trust",
     ["The ferry between the north quay and Gull Island will run through the winter for the first time in its "
      "forty years, the harbour board decided on Tuesday.",
      "Until now the service stopped at the end of October and started again in April. Islanders had asked for a "
      "winter timetable for a decade, saying the long gap cut them off from the mainland's doctors and schools.",
      "The board will pay for two return crossings a day from November to March. It expects the winter service to "
      "cost about 90,000 pounds a season and to carry some 40 passengers a day.",
      "Marta Okafor, who chairs the island's residents' group, said the decision would change daily life. \"People "
      "will no longer have to move away for the winter,\" she said. The first winter crossing is set for 3 November.",
      "The harbour board said it would review the service after the first season. If fewer than 25 passengers a "
      "day use it, the board may cut the winter timetable to one return crossing on weekdays and none on Sundays, "
      "a plan the residents' group said it would oppose."]),
    ("Town library opens its doors on Sundays after reader survey",
     "Readers queue outside the central library's new entrance on Market Street on a Saturday morning, before the doors open at nine. Photo: Brackenford Council",
     ["The central library in Brackenford will open on Sundays from next month, the town council said, after a "
      "survey in which more than 2,000 readers asked for weekend hours.",
      "The library will open from eleven in the morning until four in the afternoon. Three staff posts will be "
      "moved from weekday evenings, when the building is often almost empty, the council said.",
      "Councillor Dev Rana, who is responsible for culture, said the change would cost nothing extra. \"We are "
      "moving hours to the times when people want to come,\" he said.",
      "Staff unions said they had been consulted and that nobody would be asked to work Sundays against their will. "
      "The first Sunday opening is planned for the fourth of the month.",
      "The council said it would count visitors for six months before deciding whether to keep the Sunday hours. "
      "Libraries in two neighbouring towns tried weekend opening last year; one kept it, the other dropped it after "
      "three months for lack of readers."]),
    ("Rail line to the coast reopens after landslip repairs",
     "Engineers inspect the rebuilt embankment near Hollow Cross on Sunday, the day before the first trains ran over it again at reduced speed. Photo: Midvale Rail",
     ["Trains returned to the line between Midvale and the coast on Monday, six weeks after a landslip closed it "
      "near the village of Hollow Cross.",
      "Engineers removed some 8,000 tonnes of earth and rebuilt a stretch of embankment 120 metres long. Buses had "
      "replaced the trains while the work went on, adding an hour to many journeys.",
      "The rail operator said that trains would run at reduced speed over the repaired stretch for another month "
      "while the ground settles. It apologised to passengers for the disruption.",
      "A spokesperson for the passengers' association said it welcomed the reopening but wanted to know how the "
      "operator would stop the slope from slipping again after heavy rain.",
      "The operator said drainage along the cutting had been renewed and that sensors now measure movement in the "
      "embankment every hour. Two other slopes on the line are to be surveyed in the spring, it said, though no "
      "date for that work has been set."]),
]


def _ld(headline: str, body: str | None, *, other: dict | None = None, url: str = "https://news.example/story") -> str:
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "url": url,
               "datePublished": "2026-02-10T08:00:00Z", "author": {"@type": "Person", "name": "Lena Fairweather"},
               "publisher": {"@type": "Organization", "name": "Coast Courier"}}
    if body is not None:
        article["articleBody"] = body
    objects = [other, article] if other else article
    return f'<script type="application/ld+json">{json.dumps(objects)}</script>'


# the standfirst a script page shows over the box its script fills: with the caption, more words than the
# extractor's own fallback to the JSON-LD body (trafilatura's baseline) leaves alone
STANDFIRST = ("Our reporters follow the story as it unfolds, with the decisions, the figures and the voices of the "
              "people it touches in the towns, villages and islands along the coast: read on for the full report.")


def _script_page(headline: str, caption: str, body: str | None, **kw) -> str:
    """A page whose article is filled in by script: the markup holds the headline, a photo and its caption."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline} | Coast Courier</title>
<meta property="og:type" content="article"><meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Coast Courier">{_ld(headline, body, **kw)}</head>
<body><div id="app"><header><a href="/">Coast Courier</a></header><main><article><h1>{headline}</h1>
<p class="standfirst">{STANDFIRST}</p>
<figure><img src="/p.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<div class="article-body" data-hydrate="true"></div></article></main></div>
<script>window.__STATE__ = {{"loading": true}};</script></body></html>"""


def _full_page(headline: str, paragraphs: list[str], body: str | None) -> str:
    """A page that holds its article in its markup (and may repeat it in its JSON-LD)."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline} | Coast Courier</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Coast Courier">{_ld(headline, body)}</head>
<body><header><a href="/">Coast Courier</a></header><main><article><h1>{headline}</h1>
<div class="article-body">{text}</div></article></main><footer><p>&copy; 2026 Coast Courier</p></footer></body></html>"""


# the three ways a page writes its body: paragraphs between new lines, markup, markup escaped as entities
BODIES = [
    lambda ps: "\n\n".join(ps),
    lambda ps: "".join(f"<p>{p}</p>" for p in ps),
    lambda ps: html.escape("".join(f"<p>{p}<br/></p>" for p in ps)),
]


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s[0][:20])
@pytest.mark.parametrize("form", range(len(BODIES)))
def test_an_article_shown_by_script_is_read_from_its_json_ld_body(story, form):
    headline, caption, paragraphs = story
    page = pages.extract_page(_script_page(headline, caption, BODIES[form](paragraphs)))
    for paragraph in paragraphs:
        assert paragraph in page.text  # each paragraph whole, on a line of its own, no markup left
    assert "<" not in page.text and "&" not in page.text
    assert "JSON-LD" in page.note and "by script" in page.note
    assert "was not found" not in page.note  # the short-text note is for a text that stayed short
    assert len(prepare(page.text).text.split()) > 100  # enough words for an index


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s[0][:20])
def test_a_page_holding_its_article_keeps_the_text_of_its_markup(story):
    headline, _, paragraphs = story
    alone = pages.extract_page(_full_page(headline, paragraphs, None))
    repeated = pages.extract_page(_full_page(headline, paragraphs, "\n\n".join(paragraphs)))
    assert repeated.text == alone.text
    assert "JSON-LD" not in repeated.note


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s[0][:20])
def test_a_teaser_body_or_another_storys_body_is_not_read_as_the_article(story):
    headline, caption, paragraphs = story
    teaser = pages.extract_page(_script_page(headline, caption, paragraphs[0]))  # one paragraph: under 50 words
    assert STANDFIRST in teaser.text and paragraphs[0] not in teaser.text
    assert "JSON-LD" not in teaser.note and "was not found" in teaser.note
    other_headline, _, other_paragraphs = next(s for s in STORIES if s[0] != headline)
    other = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": other_headline,
             "url": "https://news.example/other", "articleBody": "\n\n".join(other_paragraphs)}
    related = pages.extract_page(_script_page(headline, caption, None, other=other))
    assert not any(p in related.text for p in other_paragraphs)
    assert STANDFIRST in related.text and "JSON-LD" not in related.note


def test_article_body_reads_only_the_pages_own_article():
    headline, caption, paragraphs = STORIES[0]
    body = "\n\n".join(paragraphs)
    assert article_body(_script_page(headline, caption, body)) == "\n".join(paragraphs)
    assert article_body(_script_page(headline, caption, None)) == ""
    # a "<" of the text is no markup
    assert article_body(_script_page(headline, caption, "Fares rose where demand was < 40 a day and > 10.")) == \
        "Fares rose where demand was < 40 a day and > 10."


# -- subtitles -------------------------------------------------------------------------------------

SUBTITLES = [
    "The island's residents asked for a winter service for ten years",
    "Three staff posts move from quiet weekday evenings to the weekend",
    "Trains run at reduced speed over the rebuilt embankment for a month",
]


def _logo_page(headline: str, subtitle: str, paragraphs: list[str], logo: str) -> str:
    """A site's logo or name in an <h1> of its own, then the article's head in a section apart from its body."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline} - Coast Courier</title>
<meta property="og:type" content="article"></head><body>
<nav class="navbar"><h1 class="navbar__logo">{logo}</h1><a href="/news">News</a> <a href="/sport">Sport</a></nav>
<section class="article-head"><div class="article-head__inner"><h4 class="article-head__category"><a href="/news">News</a></h4>
<h1 class="article-head__title">{headline}</h1><h2 class="article-head__subtitle">{subtitle}</h2></div></section>
<section class="article-content"><div class="content">{text}</div></section>
<footer><p>&copy; 2026 Coast Courier</p></footer></body></html>"""


def _header_page(headline: str, standfirst: str, paragraphs: list[str], *, site_h1: bool = True) -> str:
    """The article's <header>: its headline, a paragraph under it, the byline; a site's name in an <h1> before."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    site = '<div id="masthead"><h1><a href="/">Coast Courier</a></h1></div>' if site_h1 else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline} | Coast Courier</title>
<meta property="og:type" content="article"></head><body>{site}
<div id="content"><div id="article"><article class="post type-post category-news displayed_author-lena-fairweather">
<div id="articleHead"><header><h1>{headline}</h1><p>{standfirst}</p>
<span class="byline">by <a class="url" href="/author/lena">Lena Fairweather</a> <time>10. Februar 2026</time></span>
</header></div><div class="entry">{text}</div></article></div></div></body></html>"""


@pytest.mark.parametrize("index", range(len(STORIES)))
@pytest.mark.parametrize("logo", ["", "Coast Courier"])
def test_a_subtitle_under_a_headline_that_is_not_the_first_h1_is_kept(index, logo):
    headline, _, paragraphs = STORIES[index]
    page = pages.extract_page(_logo_page(headline, SUBTITLES[index], paragraphs, logo))
    assert page.text.count(SUBTITLES[index]) == 1
    assert page.text.index(SUBTITLES[index]) < page.text.index(paragraphs[0][:40])


STANDFIRSTS = [
    "The harbour board agreed on Tuesday to pay for two return crossings a day from November to March, ending a "
    "gap that islanders say cut them off for half the year.",
    "More than 2,000 readers asked for weekend hours in a survey, and the council says the change will cost "
    "nothing extra because staff hours move from quiet evenings.",
    "Six weeks after a landslip near Hollow Cross, engineers have rebuilt the embankment, though trains will run "
    "slowly over it for another month while the ground settles.",
]


@pytest.mark.parametrize("index", range(len(STORIES)))
def test_a_standfirst_in_the_articles_header_is_kept(index):
    headline, _, paragraphs = STORIES[index]
    page = pages.extract_page(_header_page(headline, STANDFIRSTS[index], paragraphs))
    assert page.text.count(STANDFIRSTS[index]) == 1
    assert page.text.index(STANDFIRSTS[index]) < page.text.index(paragraphs[0][:40])


@pytest.mark.parametrize("index", range(len(STORIES)))
def test_a_byline_or_date_in_the_articles_header_is_no_subtitle(index):
    headline, _, paragraphs = STORIES[index]
    for line in ("By Lena Fairweather", "Published 10 February 2026", "Updated Feb 10, 2026 at 9:15"):
        page = pages.extract_page(_header_page(headline, line, paragraphs))
        assert not page.text.startswith(line)
        assert all(p in page.text for p in paragraphs)


def _site_header_page(headline: str, paragraphs: list[str]) -> str:
    """The headline set in breadcrumbs inside the site's big header, beside the site's own description."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = " ".join(f'<a href="/s{i}">Section number {i}</a>' for i in range(60))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline} | Coast Courier</title>
<meta property="og:type" content="article"></head><body>
<header class="global-header"><nav class="menu">{menu}</nav><div class="crumbs"><h1>{headline}</h1></div>
<p class="claim"><span>Daily news from the coast, the harbour and the islands since 1904</span></p></header>
<main><article><div class="article-body">{text}</div></article></main></body></html>"""


@pytest.mark.parametrize("index", range(len(STORIES)))
def test_a_site_headers_description_is_no_subtitle(index):
    headline, _, paragraphs = STORIES[index]
    page = pages.extract_page(_site_header_page(headline, paragraphs))
    assert "Daily news from the coast" not in page.text
    assert all(p in page.text for p in paragraphs)


# -- a section's label over the article -------------------------------------------------------------

def _labelled_page(headline: str, paragraphs: list[str], label: str, section: str) -> str:
    """The section's label as a heading over the headline, in the article's header; the section in the meta tags."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline} | Coast Courier</title>
<meta property="og:type" content="article"><meta property="article:section" content="{section}"></head>
<body><div id="post-main"><div class="post"><header id="post-head"><h3 class="post-cat"><a href="/category/x">
<span class="post-cat">{label}</span></a></h3><h1 class="post-title entry-title">{headline}</h1></header>
<div class="text">{text}</div></div></div></body></html>"""


@pytest.mark.parametrize("index", range(len(STORIES)))
@pytest.mark.parametrize("label, section", [("Travel", "Travel"), ("#Local", "#Local"), ("Community News", "community news")])
def test_the_pages_own_section_label_over_the_article_is_furniture(index, label, section):
    headline, _, paragraphs = STORIES[index]
    page = pages.extract_page(_labelled_page(headline, paragraphs, label, section))
    assert not page.text.startswith(label)
    assert label in page.removed
    assert all(p in page.text for p in paragraphs)


@pytest.mark.parametrize("index", range(len(STORIES)))
def test_a_first_line_that_is_not_the_section_alone_stays(index):
    headline, _, paragraphs = STORIES[index]
    for label, section in (("Travel chaos on the coast", "Travel"), ("Exclusive", "Travel"), ("Travel", "Sport")):
        page = pages.extract_page(_labelled_page(headline, paragraphs, label, section))
        assert page.text.startswith(label), (label, section)
