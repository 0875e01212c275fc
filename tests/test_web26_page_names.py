"""(web26) Who and what a web page names: (1) a Q&A page's author is its asker, read from the
asker's signature as the page writes the name (as the question's date already is:
forum_posts.qa_asked_date); (2) the outlet is og:site_name's "Brightwell Energy" where the JSON-LD
publisher gives the company's legal name "Brightwell Energy plc" (the same site: a company suffix
or "The"); two different names are left as they were. Pages written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import forum_posts
from xlplugin import page_meta


# --- 1. a Q&A page's asker

def _qa_html(asked: str, answers: list[str], box: str = '<div class="user-info">{s}</div>') -> str:
    def post(words: str, signature: str) -> str:
        return f'<div class="post"><div class="body"><p>{words}</p></div>{box.format(s=signature)}</div>'
    answer_words = ("The rule of thumb is to wait until the surface is dry to the touch and then another hour. "
                    "In a cold room that can be a whole evening, so leave a window open a crack and check it "
                    "in the morning before you start the second coat.")
    return f"""<!DOCTYPE html><html><head><title>Can I tile over old tiles? - Fixit Answers</title>
<meta property="og:site_name" content="Fixit Answers"></head><body>
<h1>Can I tile over old tiles in a small bathroom?</h1>
{post("Our bathroom has sound but ugly tiles from the eighties. A builder told us we can tile straight over "
      "them with a flexible adhesive, but a friend says the new tiles will fall off within a year. The wall is "
      "plasterboard on a timber frame. Which of them is right, and is there anything to check first?", asked)}
<h2>{len(answers)} Answers</h2>
{"".join(post(answer_words, a) for a in answers)}
</body></html>"""


@pytest.mark.parametrize("asked, asker", [
    ("asked Mar 3, 2025 at 9:12 Harriet Oduya 312 rep", "Harriet Oduya"),
    ("asked Nov 19, 2024 at 21:40 tile_novice 15 rep", "tile_novice"),
    ("asked Jun 1, 2025 at 7:05 D. McAllister 2,204 rep", "D. McAllister"),
])
def test_a_qa_pages_author_is_its_asker(asked, asker):
    pytest.importorskip("trafilatura")
    from xlplugin import pages

    markup = _qa_html(asked, ["answered Mar 4, 2025 at 10:02 grout_master 9,870 rep",
                              "answered Mar 5, 2025 at 18:15 Wen Li 44 rep"])
    page = pages.extract_page(markup, "https://fixit.example/questions/4410/tile-over-tiles")
    assert page.author == asker


@pytest.mark.parametrize("text, asker", [
    ("How do I bleed a radiator?\nasked Jan 5, 2025 at 8:00 Sam Ore 12 rep\nTurn the key.\n"
     "answered Jan 5, 2025 at 9:00 heat_pro 1,201 rep", "Sam Ore"),
    # a signature spread over elements, kept as one line without a "rep" word (web25a)
    ("Is a 6 mm drill bit enough for a wall plug?\nasked Feb 2 at 18:20 Pete Ambler\nYes, for a 6 mm plug.\n"
     "answered Feb 2 at 19:01 drillbit99", "Pete Ambler"),
])
def test_qa_asker_reads_the_name_as_written(text, asker):
    assert forum_posts.qa_asker(text) == asker


@pytest.mark.parametrize("text", [
    # one name signs everything: no thread
    "Notes\nasked Jan 5, 2025 at 8:00 Sam Ore 12 rep\nMore notes\nanswered Jan 5, 2025 at 9:00 Sam Ore 12 rep",
    # an answer first: the page is no question
    "answered Jan 5, 2025 at 9:00 heat_pro 1,201 rep\nasked Jan 5, 2025 at 8:00 Sam Ore 12 rep",
    # a news report that says someone asked and answered
    "The minister was asked about the plan on Tuesday and answered that it would go ahead.",
])
def test_no_asker_where_the_page_is_no_qa_thread(text):
    assert forum_posts.qa_asker(text) == ""


def test_a_page_with_an_author_keeps_it():
    pytest.importorskip("trafilatura")
    from xlplugin import pages

    markup = _qa_html("asked Mar 3, 2025 at 9:12 Harriet Oduya 312 rep",
                      ["answered Mar 4, 2025 at 10:02 grout_master 9,870 rep"])
    markup = markup.replace("</head>", '<meta name="author" content="Colm Brennan"></head>')
    page = pages.extract_page(markup, "https://fixit.example/questions/4410/tile-over-tiles")
    assert page.author == "Colm Brennan"


# --- 2. the outlet as readers know it

def _release(site_name: str, publisher: str) -> str:
    ld = ('{"@context":"https://schema.org","@type":"WebPage","name":"Harbour Tide opens a new ferry berth",'
          f'"publisher":{{"@type":"Organization","name":"{publisher}"}}}}')
    return f"""<!DOCTYPE html><html><head><title>Harbour Tide opens a new ferry berth</title>
<meta property="og:site_name" content="{site_name}">
<script type="application/ld+json">{ld}</script></head><body><article>
<h1>Harbour Tide opens a new ferry berth</h1>
<p>The company opened its third berth at the east quay on Monday, which will let two ferries load at the same
time during the summer. The berth took fourteen months to build and cost 6 million pounds, paid for by the
company and a port improvement grant.</p>
<p>Sailings to the islands will rise from six to nine a day from June. Tickets for the new sailings go on sale
next week, and the timetable is published on the company's website.</p>
</article></body></html>"""


@pytest.mark.parametrize("site_name, publisher", [
    ("Brightwell Energy", "Brightwell Energy plc"),
    ("Harbour Tide", "Harbour Tide Ltd."),
    ("Orchard Lane Press", "Orchard Lane Press, Inc."),
    ("Kelso Courier", "The Kelso Courier"),
    ("The Moorside Gazette", "Moorside Gazette Limited"),
])
def test_og_site_name_is_the_outlet_where_the_publisher_spells_it_as_a_company(site_name, publisher):
    assert page_meta.known_site_name(publisher, _release(site_name, publisher)) == site_name
    pytest.importorskip("trafilatura")
    from xlplugin import pages

    page = pages.extract_page(_release(site_name, publisher), "https://harbourtide.example/news/new-berth")
    assert page.outlet == site_name


@pytest.mark.parametrize("site_name, publisher", [
    ("Harbour Tide News", "Coastline Media Group plc"),  # another company: not the same name
    ("Brightwell", "Brightwell Energy plc"),  # a shorter name is no spelling of the same
    ("Energy Today", "Brightwell Energy plc"),
    ("the Harbour Tide", "The Harbour Tide"),  # the same name in other capitals keeps the extractor's
    ("harbour tide", "Harbour Tide"),
])
def test_two_different_names_are_left_alone(site_name, publisher):
    markup = _release(site_name, publisher)
    assert page_meta.known_site_name(publisher, markup) == publisher
    assert page_meta.known_site_name("", markup) == ""
