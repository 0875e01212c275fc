"""Fresh web pages (session 33, webfresh41): classes of harm found by scoring 13 pages written for
this project in shapes webfresh40 and web41 lacked (tests/fixtures/webfresh41,
`scripts/evaluate_fresh_pages.py --folder webfresh41`). Each page here is written for this test, not
copied from the fixtures; the near misses beside each case keep their reading (guards).

1. Discourse's page for readers without scripts (each post `<div class="post" itemprop="text">`, the
   first one's itemprop "articleBody" or "text") is read as its thread: the extractor kept the first
   post alone, so the page had no author and no date, and the replies were lost.
2. A site's widget lines left over in the article: a feedback prompt at its foot ("Was this page
   useful?"), a gallery's slide counter between paragraphs ("1 / 6", "Image 3 of 12") and a date
   label whose date the extractor dropped ("Published:").
And the 13 fresh pages themselves: every text, metadata field and index as expected.json says.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fresh_pages_helpers import fresh_page_misses

from xlplugin.pages import clean_text, extract_page

pytest.importorskip("trafilatura")

FIXTURES = Path(__file__).parent / "fixtures" / "webfresh41"


# --- 1. a Discourse topic's page for readers without scripts ----------------------------------------------

_POSTS = (
    ("gull_watcher", "March 3, 2026, 7:12pm",
     "The allotment society's new rainwater tanks filled in a single night of storms last week. We fitted four "
     "1,000-litre tanks to the shed roofs in February, at a cost of £640 shared between twenty plots."),
    ("beanrow", "March 3, 2026, 8:40pm",
     "Did you need permission from the council for the tanks, or is that covered by the lease?"),
    ("Hattie.W", "March 4, 2026, 9:05am",
     "We did the same at Brookside and had to add overflow pipes after the first month."),
)


def _crawler_topic(first_prop: str = "articleBody", posts=_POSTS) -> str:
    items = []
    for n, (name, when, words) in enumerate(posts, 1):
        prop = first_prop if n == 1 else "text"
        outer = ('itemprop="comment" itemscope itemtype="http://schema.org/Comment" ' if n > 1 else "")
        items.append(
            f'<div id="post_{n}" {outer}class="topic-body crawler-post"><div class="crawler-post-meta">'
            f'<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" '
            f'href="/u/{name}"><span itemprop="name">{name}</span></a></span><span class="crawler-post-infos">'
            f'<time itemprop="datePublished" datetime="2026-03-0{3 + n // 3}T19:12:00Z" class="post-time">{when}</time>'
            f'<span itemprop="position">{n}</span></span></div><div class="post" itemprop="{prop}"><p>{words}</p></div></div>')
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rainwater tanks on the sheds - Plots - '
            'Allotment Talk</title><meta property="og:site_name" content="Allotment Talk"><meta name="generator" '
            'content="Discourse 3.1.4 - https://github.com/discourse/discourse version 3.1.4"></head><body class="crawler">'
            '<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/rainwater-tanks-on-the-sheds/312">Rainwater tanks on the sheds</a></h1></div>'
            f'<div itemscope itemtype="http://schema.org/DiscussionForumPosting">{"".join(items)}</div></div>'
            '<footer class="noscript-footer-nav"><a href="/">Home</a> <a href="/tos">Terms of Service</a></footer>'
            '</body></html>')


@pytest.mark.parametrize("first_prop", ["articleBody", "text"])
def test_a_discourse_crawler_page_is_read_as_its_thread(first_prop):
    page = extract_page(_crawler_topic(first_prop))
    assert page.author == "gull_watcher"
    assert page.date == "2026-03-03"
    assert "four 1,000-litre tanks" in page.text
    assert "had to add overflow pipes" in page.text  # the replies are read, each under its poster's line
    assert "by beanrow \u00bb March 3, 2026, 8:40pm" in page.text


def test_one_poster_alone_is_no_thread():
    """(guard) A topic whose posts are all one member's is left to the extractor as it was."""
    alone = tuple(("gull_watcher", when, words) for _, when, words in _POSTS)
    assert "by gull_watcher \u00bb" not in extract_page(_crawler_topic("text", alone)).text


# --- 2. widget lines left over in the article -------------------------------------------------------------

_BODY = ("The district's new food waste collections start on 2 June, the council said.\n"
         "Every household will receive a caddy and a roll of liners in May.\n")


@pytest.mark.parametrize("line", [
    "Was this page useful?",
    "Was this page helpful? Yes No",
    "Is this information useful?",
    "Did you find this page helpful?",
    "1 / 6",
    "12 / 24",
    "Image 3 of 12",
    "Photo 2/8",
    "Published:",
    "Last updated:",
])
def test_a_widget_line_is_furniture(line):
    text, removed = clean_text(_BODY + line + "\nResidents can find their collection days online.")
    assert line not in text and line in removed
    assert "caddy and a roll of liners" in text and "collection days online" in text


@pytest.mark.parametrize("line", [
    "Was this page useful to the council's case? The inspector thought not, and said so in her report.",
    "Published: 24 March 2026 and updated every week since with the new figures from the depot.",
    "2/3",  # a figure alone (a table's cell): no slide counter's spaces
    "Image rights were the subject of a long dispute.",
])
def test_a_sentence_or_figure_is_no_widget_line(line):
    """(guard) The same words in a sentence, or a figure alone, are kept."""
    text, _ = clean_text(_BODY + line)
    assert line in text


def test_a_gallery_counter_between_paragraphs_is_left_out():
    page = extract_page(
        "<html><head><title>Flood clean-up begins - Dale Post</title></head><body><article><h1>Flood clean-up begins</h1>"
        "<p>Residents in Hebble Bridge began clearing ruined furniture from their homes on Monday as the water fell "
        "back below the river's banks for the first time since Friday.</p>"
        "<div class='gallery'><div class='gallery__header'><span class='gallery__count'>1 / 4</span></div>"
        "<figure><img src='/a.jpg' alt=''><figcaption>A skip on Mill Street.</figcaption></figure></div>"
        "<p>The Environment Agency said 214 properties had been flooded, most of them near the old mill, where the "
        "river rose 1.8 metres in six hours.</p></article></body></html>")
    assert "1 / 4" not in page.text
    assert "214 properties had been flooded" in page.text


# --- the fresh pages, through the command line ------------------------------------------------------------

def test_the_fresh_pages_read_as_expected():
    """Every fresh page of webfresh41 through `xlplugin score --json`: each "with" string kept, no
    "without" string leaked, title, author, date, outlet and URL as expected, the kind among those
    allowed, the index given or withheld as expected. (web43: the Shopify page's "Tax included." line, its
    one known miss, is furniture now.)"""
    assert fresh_page_misses(FIXTURES) == []
