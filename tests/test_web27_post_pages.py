"""(web27) A post's subtitle the extractor lost, put back at the head of its text, and the outlet of
a post on a blogging platform as a reader takes it (the publication it is published in, else the
platform's name). Every page here is written fresh for these tests (.example sites)."""

from __future__ import annotations

import pytest

from xlplugin.page_publications import publication_outlet
from xlplugin.page_subtitles import page_subtitle, with_subtitle
from xlplugin.pages import extract_page, trafilatura_available

pytestmark = pytest.mark.skipif(not trafilatura_available(), reason="trafilatura not installed")

_BODY = (
    "<p class=\"x1 y2\">Last spring I moved my whole allotment over to raised beds, and I kept a notebook of every hour it took.</p>"
    "<p class=\"x1 y2\">The beds cost more than I expected, mostly because of the timber, but the soil warmed up weeks earlier.</p>"
    "<p class=\"x1 y2\">By July the courgettes were ahead of my neighbours', which is the only contest that matters on our site.</p>"
    "<p class=\"x1 y2\">Next year I will build two more and leave the old rows for potatoes, which never minded the cold.</p>"
)


def _post(title: str, under_title: str, site: str = "Medium", publisher: str = "Medium", extra_meta: str = "",
          byline_extra: str = "", body: str = _BODY) -> str:
    """A platform post in class-hashed blocks: headline, what stands under it, the writer's box, buttons, body."""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | by Rosa Penhale | Medium</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta property="og:type" content="article"><meta name="author" content="Rosa Penhale">
<meta property="og:url" content="https://medium.example/@rosapenhale/raised-beds-9a8b7c">
<meta property="article:published_time" content="2026-03-02T09:00:00Z">{extra_meta}
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{title}",
"author":{{"@type":"Person","name":"Rosa Penhale"}},"datePublished":"2026-03-02T09:00:00Z","publisher":{{"@type":"Organization","name":"{publisher}"}}}}</script>
</head><body><div id="root"><div class="q w"><a href="/">Medium</a><a href="/signin">Sign in</a></div>
<div class="k l"><div class="m n"><div class="o p"><h1 class="t1 t2">{title}</h1></div>
{under_title}
<div class="r s"><a href="/@rosapenhale" data-testid="authorName">Rosa Penhale</a><span> · </span><button>Follow</button>{byline_extra}</div>
<div class="u v"><span>4 min read</span><span> · </span><span>Mar 2, 2026</span></div>
<div class="z a1"><button aria-label="clap"></button><p>312</p><button>Share</button></div></div>
<section><div class="b1 c1">{body}</div></section>
<div class="d1"><h2>More from Rosa Penhale</h2><div><h2>Why I stopped digging</h2><p>3 min read · Feb 2</p></div></div>
</div></div></body></html>"""


# --- a subtitle the extractor lost ------------------------------------------------------------

@pytest.mark.parametrize("under_title, subtitle", [
    ('<div class="pw-subtitle-paragraph"><h2 class="g1">Cheaper than I feared, and the soil warms sooner</h2></div>',
     "Cheaper than I feared, and the soil warms sooner"),
    ('<h2 class="g2 h3">A season of timber, notebooks and early courgettes</h2>',
     "A season of timber, notebooks and early courgettes"),
    ('<div class="f4"><p class="post-dek">What twelve months of raised beds taught a stubborn gardener</p></div>',
     "What twelve months of raised beds taught a stubborn gardener"),
    ('<div class="standfirst-wrap"><span>Spoiler: the timber was the dear part</span></div>',
     "Spoiler: the timber was the dear part"),
])
def test_a_lost_subtitle_opens_the_text(under_title, subtitle):
    title = "I Moved My Allotment to Raised Beds. Here Is the Bill."
    page = extract_page(_post(title, under_title))
    first = page.text.split("\n\n")[0]
    assert first == subtitle, page.text[:300]
    assert page.text.count(subtitle) == 1
    assert "Last spring I moved my whole allotment" in page.text


@pytest.mark.parametrize("under_title", [
    '<div class="e5"><p class="by">By Rosa Penhale</p></div>',  # a byline, no subtitle
    '<div class="e6"><h2>Mar 2, 2026</h2></div>',  # a date in a heading
    '<div class="e7"><h2>6 min read</h2></div>',  # a reading time
    '',  # nothing under the headline
])
def test_no_subtitle_no_new_line(under_title):
    title = "I Moved My Allotment to Raised Beds. Here Is the Bill."
    page = extract_page(_post(title, under_title))
    head = page.text.split("Last spring I moved my whole allotment")[0]
    assert not any(w in head for w in ("Rosa Penhale", "Mar 2", "min read")), page.text[:200]


def test_a_subtitle_the_extractor_kept_is_not_doubled():
    page = extract_page("""<!doctype html><html><head><title>Ferry timetable cut for winter</title>
<meta property="og:site_name" content="The Harrow Point Courier"></head><body>
<article><h1>Ferry timetable cut for winter</h1><p class="standfirst">Two crossings a day will go from November, the operator says.</p>
<p class="byline">By Tam Okonjo</p>
<p>The island's ferry operator will cut two crossings a day from its winter timetable, it said on Monday, blaming a shortage of crew.</p>
<p>Islanders said the change would make it harder to reach hospital appointments on the mainland before noon.</p>
<p>The operator said the summer timetable would return in April if it could hire four more deckhands by then.</p></article>
</body></html>""")
    assert page.text.count("Two crossings a day will go from November") == 1, page.text


def test_a_heading_after_a_logo_h1_is_no_subtitle():
    """The first <h1> is the site's logo, not the page's headline: what follows it is not put back."""
    markup = _post("I Moved My Allotment to Raised Beds. Here Is the Bill.", "").replace(
        '<div class="q w"><a href="/">Medium</a>', '<div class="q w"><h1>Allotment Diaries</h1><h2>Notes from plot 14</h2>')
    found = page_subtitle(__import__("xlplugin.pages", fromlist=["_separated_tree"])._separated_tree(markup))
    assert with_subtitle("Last spring I moved.", found, "I Moved My Allotment to Raised Beds. Here Is the Bill.") == "Last spring I moved."
    page = extract_page(markup)
    assert "Notes from plot 14" not in page.text


def test_subtitle_goes_under_a_headline_the_text_opens_with():
    found = ("Bridge reopens after repairs", "The deck and railings are new; a weight limit stays")
    text = "Bridge reopens after repairs\n\nThe Mill Lane bridge reopened on Thursday."
    assert with_subtitle(text, found, "Bridge reopens after repairs").split("\n\n") == [
        "Bridge reopens after repairs", "The deck and railings are new; a weight limit stays", "The Mill Lane bridge reopened on Thursday."]
    assert with_subtitle(text, found, "Another title") == text


# --- the outlet of a post on a platform -------------------------------------------------------

def test_a_post_published_in_a_publication_has_it_as_its_outlet():
    title = "I Moved My Allotment to Raised Beds. Here Is the Bill."
    by_publisher = extract_page(_post(title, "", publisher="Plot and Plate"))
    assert by_publisher.outlet == "Plot and Plate"
    said = extract_page(_post(title, "", byline_extra='<div><span>Published in</span> <a href="/plot-and-plate" '
                                                      'data-testid="publicationName"><p>Plot and Plate</p></a></div>'))
    assert said.outlet == "Plot and Plate"
    assert "Published in" not in said.text


def test_the_writers_own_post_keeps_the_platform_as_its_outlet():
    """Published by no publication: the platform's name stays (the roll-up reads it as the writer's own address)."""
    page = extract_page(_post("I Moved My Allotment to Raised Beds. Here Is the Bill.", ""))
    assert page.outlet == "Medium"


@pytest.mark.parametrize("outlet, publisher, markup, expected", [
    ("Medium", "The Commuter Desk", "", "The Commuter Desk"),
    ("Medium", "Medium", '<div>Published in <a href="/x">Field Notes Weekly</a></div>', "Field Notes Weekly"),
    ("Medium", "https://medium.example/field-notes", "", "Medium"),  # an address names no publication
    ("Medium", "", "<p>Published in 2019, the study found</p>", "Medium"),  # prose, no publication
    ("Medium", "", "", "Medium"),
    ("The Harrow Point Courier", "Harrow Point Media Ltd", "", "The Harrow Point Courier"),  # no platform: as given
    ("Medium", "", "<p>Published in The Lancet, the study found</p>", "Medium"),
    ("medium.com", "", '<span>Published in</span><a><div>Quiet Carriage</div></a>', "Quiet Carriage"),
])
def test_publication_outlet(outlet, publisher, markup, expected):
    assert publication_outlet(outlet, publisher, markup) == expected
