"""(web29) An organisation's own news page read by its press office's contact block (read from the markup
before the extractor drops it, then taken out of the text), and the clutter a page's furniture left in the
text: an author card's name and headline under the title, a clap counter among the head's lines, a shop's
button under a review. Near-misses keep their results: a newspaper's story about
the same organisation, a site footer's press office, a tip's heading, a subheading after a byline. Pages
written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import kinds
from xlplugin.pages import clean_text
from xlplugin.text import prepare

pytest.importorskip("trafilatura")
from xlplugin import pages  # noqa: E402


def _doc(page):
    return prepare(page.text, title=page.title, url=page.url, outlet=page.outlet, author=page.author,
                   date=page.date, page_type=page.page_type)


STUDY = ["<p>Hedgehogs in towns travel up to twice as far each night as those in farmland, according to a "
         "tracking study by researchers at {org}.</p>",
         "<p>The team fitted small GPS tags to 38 hedgehogs in two towns and on four farms over two summers. Town "
         "animals covered an average of 2.1 kilometres a night, farmland animals 1.2 kilometres.</p>",
         "<p>Dr Anya Whitcombe, who led the work, said: \"Gardens are a patchwork. Hedgehogs in towns have to walk "
         "further between the places where they find food.\"</p>",
         "<p>The researchers say the sample was small and that the two summers were unusually dry. The study is "
         "published in the journal Urban Ecology Notes.</p>"]

# (organisation, site name, address, heading markup, contact lines) of an organisation's own news page
OWN_NEWS = [
    ("the University of Harrowby", "University of Harrowby", "https://www.harrowby.ac.example/news/2026/03/hedgehogs",
     '<div class="news-footer"><h2>Further information</h2><p>Paper: Whitcombe A et al. (2026) Urban Ecology Notes.</p>'
     '<h2>Media contact</h2><p>Jon Rees, Press Officer<br>Email: press@harrowby.ac.example<br>Tel: +44 (0)1632 960 555</p></div>'),
    ("the Wildlife Survey Agency", "Wildlife Survey Agency", "https://www.wsa.gov.example/government/news/hedgehogs",
     '<h2 id="wildlife-media-enquiries">Wildlife media enquiries</h2><p>Email <a href="mailto:media@wsa.gov.example">'
     'media@wsa.gov.example</a></p><p>Media enquiries 020 7946 0411</p>'),
    ("Greenhaven Ecology Ltd", "Greenhaven Ecology", "https://greenhaven.example/newsroom/hedgehog-tracking",
     '<div class="contact-box"><p><strong>Press contact:</strong></p><p>Lisa Marr, Communications Manager, '
     'lisa.marr@greenhaven.example, 0161 496 0222</p></div>'),
]


def _news_page(org: str, site: str, url: str, contact: str, footer: str = "", byline: str = "", inside: str = "") -> str:
    body = "".join(p.format(org=org) for p in STUDY[:2]) + inside + "".join(p.format(org=org) for p in STUDY[2:])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Town hedgehogs walk twice as far as country cousins | {site}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">
<link rel="canonical" href="{url}"><meta property="article:published_time" content="2026-03-11T09:00:00Z"></head>
<body><header class="site-header"><a href="/">{site}</a><nav><a href="/news">News</a><a href="/about">About</a></nav></header>
<main><article><h1>Town hedgehogs walk twice as far as country cousins</h1>{byline}
<div class="article-body">{body}</div>{contact}
<div class="share"><span>Share this page</span> <a href="#">Facebook</a> <a href="#">X</a></div></article></main>
<footer class="site-footer">{footer}<p>&copy; 2026 {site}</p></footer></body></html>"""


@pytest.mark.parametrize("org, site, url, contact", OWN_NEWS)
def test_an_organisations_own_news_with_a_press_contact_is_a_press_release(org, site, url, contact):
    page = pages.extract_page(_news_page(org, site, url, contact))
    assert "press contact:" in page.page_type
    # the block's lines are not the article's
    for line in ("Press Officer", "press@", "media@", "Media enquiries", "0161 496", "Communications Manager"):
        assert line not in page.text
    assert "GPS tags" in page.text and "unusually dry" in page.text
    assert kinds.classify(_doc(page)).kind == kinds.PRESS_RELEASE


NEWSPAPER_FOOTERS = ["", "<p>Press office: press@valleyherald.example | Media enquiries 01632 960 000</p>",
                     "<h4>Media contact</h4><p>Email: newsdesk@valleyherald.example</p>"]


@pytest.mark.parametrize("footer", NEWSPAPER_FOOTERS)
def test_a_newspapers_story_about_the_same_study_stays_news(footer):
    page = pages.extract_page(_news_page(
        "the University of Harrowby", "Valley Herald", "https://valleyherald.example/news/hedgehogs-4480", "",
        footer=footer, byline='<p class="byline">By Carys Penhale</p>'))
    assert "press contact" not in page.page_type
    assert kinds.classify(_doc(page)).kind == kinds.NEWS


def test_media_in_a_sentence_or_a_heading_without_a_contact_is_no_block():
    inside = ("<h3>Media enquiries</h3><p>Media enquiries to the council rose by a third in March, its annual "
              "report shows, mostly about the bypass.</p>")
    page = pages.extract_page(_news_page("the University of Harrowby", "Valley Herald",
                                         "https://valleyherald.example/news/hedgehogs-4480", "",
                                         byline='<p class="byline">By Carys Penhale</p>', inside=inside))
    assert "press contact" not in page.page_type
    assert "rose by a third" in page.text


# --- clutter

CARDS = [
    ('<div class="author-card"><a href="/in/ruth">Nadia Kessler</a><div><h3 class="card__title">Nadia Kessler</h3>'
     '<h4 class="card__subtitle">Head of Operations at Brightline Freight | Making logistics boring again</h4></div></div>',
     "Nadia Kessler", "Head of Operations"),
    ('<div class="profile"><p class="name">Owen Tathan</p><p class="role">Senior reporter, Eastfield Echo</p></div>',
     "Owen Tathan", "Senior reporter"),
    ('<div class="writer"><p>Lena Brook</p><p>Founder · Brook &amp; Wilde Studio</p></div>', "Lena Brook", "Founder"),
]
POST = ("<p>When we moved our depot in 2024, the first thing we noticed was how much of the old routine lived in "
        "people's heads. Nobody had written down which doors stuck or which drivers knew the early loading bay.</p>"
        "<p>We spent a month writing it all down. Six months later, late departures had fallen from 14% to 5%, by "
        "our own count, and new starters asked fewer questions in their first week.</p>"
        "<p>I can't prove the notes did all of that, but I would do it again.</p>")


def _post_page(card: str, name: str, head_extra: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>What moving our depot taught us</title>
<meta property="og:type" content="article"><meta name="author" content="{name}">
<meta property="og:site_name" content="Pulse Notes"></head><body><main><article>
<h1>What moving our depot taught us</h1>{head_extra}{card}<div class="post-body">{POST}</div></article></main></body></html>"""


@pytest.mark.parametrize("card, name, role", CARDS)
def test_an_author_card_under_the_headline_is_not_the_text(card, name, role):
    page = pages.extract_page(_post_page(card, name))
    assert page.author == name
    assert name not in page.text.split("\n")
    assert role not in page.text
    assert "loading bay" in page.text


@pytest.mark.parametrize("lines, kept", [
    (["A day on the wards", "Maya Rhodes", "The story so far", "Nurses on the night shift ..."], "The story so far"),
    (["A day on the wards", "Maya Rhodes", "Director of nursing at St Anne's, Maya Rhodes said staffing had improved."],
     "Director of nursing at St Anne's, Maya Rhodes said staffing had improved."),
])
def test_a_subheading_or_a_sentence_after_the_authors_name_stays(lines, kept):
    text, _ = clean_text("\n".join(lines), "Maya Rhodes")
    assert kept in text.split("\n\n")


@pytest.mark.parametrize("count", ["1.2K", "12K", "2.4M", "15.3k"])
def test_a_counter_among_the_heads_lines_is_not_the_text(count):
    lines = ["Stop blaming the interns", "Our placements fail because nobody plans them. Here is what works.", count,
             "Every summer the same complaint comes round: the interns did not know what to do."]
    text, removed = clean_text("\n".join(lines))
    assert count in removed and count not in text.split("\n\n")


def test_a_figure_alone_later_in_the_text_stays():
    lines = ["Harbour count", "The harbour master counted boats on Sunday.", "First paragraph of the count.",
             "Second paragraph.", "The final tally was:", "348", "The harbour master said it was a record."]
    text, _ = clean_text("\n".join(lines))
    assert "348" in text.split("\n\n")


@pytest.mark.parametrize("button", ["See at HomeStore", "See it at Halfords", "Check price at Argos", "View deal at Currys",
                                    "£129 at HomeStore", "$89.99 from Best Buy", "Buy it now at Toolbarn"])
def test_a_shops_button_is_not_the_reviews_text(button):
    lines = ["Brackley B2 Hedge Trimmer review", "I cut 40 metres of privet with it over two weekends.", button,
             "The battery lasted 35 minutes, about what the maker claims."]
    text, removed = clean_text("\n".join(lines))
    assert button in removed


@pytest.mark.parametrize("line", ["See at the bottom of the page for the full results.", "Shop at local markets",
                                  "Buy at the end of the season", "Get it right first time"])
def test_a_sentence_or_a_tips_heading_stays(line):
    lines = ["Ten ways to save on garden tools", "Tools cost more every year.", line, "Prices fall after August."]
    text, _ = clean_text("\n".join(lines))
    assert line in text.split("\n\n")
