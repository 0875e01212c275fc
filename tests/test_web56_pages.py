"""(web56) Web pages read right, continued:

1. An organisation credited as the author in German or French ("Redaktion MSM", "CDU - Fraktion
   Harbourton", "Verein Historische Wehranlage": a newsroom, a party's group, an association) was
   counted as a person's byline (10 provenance points): data/provenance.txt [not_person_words]
   knew only English organisation words. The page's author cell keeps the organisation's name where
   it is the outlet itself (the press-release rule "the author is the organisation that publishes
   it" reads it: tests/test_pages_blocks.py).
2. A page that names no address of its own (no canonical link, og:url or <base>: an old static
   page) gets the one its comment form posts to, on the site whose name it writes and whose
   sub-domains it links to (`page_sites.comment_form_address`).
3. The site's name that a page signs its other titles with ("... about Harbour Hina" in its links'
   titles) is the site's part of its <title> (`page_meta.repeated_site_part`), and the <title>'s
   headline that the page shows again (a heading, its picture's title) is the title where the
   extractor took the site's long name or a section's heading (`page_meta.confirmed_headline`).

Pages here are written for these tests (made-up names, .example addresses); the saved pages of
../shared/corpus/web are read at run time only, and those tests skip where it is absent.
"""

from __future__ import annotations

import pytest

from xlplugin import score_text
from xlplugin.names import not_a_person
from xlplugin.page_meta import confirmed_headline, repeated_site_part, without_outlet_tail
from xlplugin.page_sites import comment_form_address
from xlplugin.pages import extract_page

from web54_helpers import BODY, PAGES, needs_pages, read_page

pytest.importorskip("trafilatura")

STORY = ("The harbour board said on Thursday it will rebuild the pier. The mayor said more work would "
         "follow next year. ") * 3


# -- 1. an organisation credited in German or French is no person's byline ---------------------------

@pytest.mark.parametrize("author", ["Redaktion MSM", "CDU - Fraktion Harbourton", "Verein Historische Wehranlage",
                                    "Stiftung Hafenkultur", "La rédaction Quayside"])
def test_an_organisation_credited_in_german_or_french_is_no_person(author):
    assert not_a_person(author) == "organisation or section word"
    result = score_text(STORY, author=author, url="https://quay.example/x", outlet="Quay News")
    cues = {e.kind: e for e in result.signals["provenance"].evidence}
    assert not cues["byline"].present  # main: "found, adds 10 to provenance: author given: Redaktion MSM"
    assert "organisation" in cues["byline"].detail


@pytest.mark.parametrize("author", ["Jana Verner", "Paul Partey", "Anna Stifter"])
def test_a_person_whose_name_is_near_such_a_word_is_still_one(author):
    assert not_a_person(author) == ""


# -- 2. the address a comment form posts to ------------------------------------------------------------

def _old_page(form: str = "", h1: str = "harbourhina.example News - <a href='/archiv/2004.html'>News archive</a>",
              links: str = "", title: str = "News - Site Update - Chapter 121 - Harbour Hina") -> str:
    links = links or ("<a href='http://gallery.harbourhina.example/pictures/'>Gallery</a> "
                      "<a href='http://forum.harbourhina.example/'>Forum</a> "
                      "<a href='/news.html' title='The latest news about Harbour Hina'>News</a> "
                      "<a href='/info.html' title='General information about Harbour Hina'>Info</a>")
    form = form or ("<form action='/news/0409.html' method='post'><input name='name'>"
                    "<textarea name='comment'></textarea><input type='submit'></form>")
    return (f"<html><head><title>{title}</title></head><body><div id='menu'>{links}</div>"
            f"<div id='content'><h1>{h1}</h1><div><h2>Site Update - Chapter 121</h2>{BODY}</div>"
            f"<div class='titlebar'>Write a comment</div>{form}</div></body></html>")


def test_an_old_page_gets_the_address_its_comment_form_posts_to():
    page = extract_page(_old_page())
    assert page.url == "http://harbourhina.example/news/0409.html"  # main: ""


def test_an_address_given_stays():
    assert extract_page(_old_page(), url="https://elsewhere.example/a").url == "https://elsewhere.example/a"


@pytest.mark.parametrize("form", [
    # a search form, a script that takes the comment, the site's root: not the page's own path
    "<form action='/search/results.html' method='get'><input name='q'></form>",
    "<form action='/comment.php' method='post'><textarea name='c'></textarea></form>",
    "<form action='/' method='post'><textarea name='c'></textarea></form>",
    # two pages' paths: which is this one is not known
    "<form action='/news/0409.html' method='post'><textarea></textarea></form>"
    "<form action='/news/0410.html' method='post'><textarea></textarea></form>",
])
def test_no_address_from_a_form_that_does_not_post_to_the_page(form):
    assert comment_form_address(_old_page(form=form)) == ""


def test_no_address_where_the_page_does_not_write_its_site_or_names_two():
    # the heading does not write the site's address: its sub-domains' links alone name no site of its own
    assert comment_form_address(_old_page(h1="News - <a href='/archiv/2004.html'>News archive</a>")) == ""
    two = ("<a href='http://gallery.harbourhina.example/'>Gallery</a> <a href='http://shop.quaymart.example/'>Shop</a>"
           "<p>harbourhina.example and quaymart.example</p>")
    assert comment_form_address(_old_page(links=two)) == ""


# -- 3. the site's name a page repeats, and the headline it shows again -------------------------------

def test_the_site_name_the_page_signs_its_titles_with_is_its_outlet_and_not_its_title():
    markup = _old_page()
    assert repeated_site_part(markup) == "Harbour Hina"
    page = extract_page(markup)
    assert page.outlet == "Harbour Hina"  # main: ""
    assert page.title == "Site Update - Chapter 121"  # main: the section's heading "harbourhina.example News - News archive"


def test_a_last_part_repeated_once_or_long_is_no_site_name():
    once = _old_page(links="<a href='/n.html' title='The latest news about Harbour Hina'>News</a>")
    assert repeated_site_part(once) == ""
    long_title = "Harbour Hina - Chapter 121 of the long ferry saga continues"
    titles = "".join(f"<a href='/{i}' title='Part {i}: Chapter 121 of the long ferry saga continues'>x</a>" for i in range(3))
    assert repeated_site_part(_old_page(title=long_title, links=titles)) == ""


def _council_page(title: str, picture: str) -> str:
    return (f"<html><head><title>{title}</title>"
            "<meta property='og:site_name' content='Harbour Greens - Group Eastfold'></head><body>"
            f"<div class='pic'><a href='/big.jpg' title='{picture}'><img src='/big.jpg' alt='{picture}'></a></div>"
            f"<div class='text'>{BODY}</div></body></html>")


def test_the_headline_the_picture_repeats_beats_the_sites_long_name():
    page = extract_page(_council_page("Harbour Greens Group in Eastfold Council - School plan approved",
                                      "School plan approved"))
    assert page.title == "School plan approved"  # main: "Harbour Greens Group in Eastfold Council"


def test_another_wording_of_the_headline_keeps_the_extractors_title():
    # the extractor's title shares a word with the headline the page shows: two wordings of one headline
    sites = {"harbourgreensgroupeastfold"}
    markup = _council_page("School plan approved at last - Harbour Greens - Group Eastfold", "School plan approved")
    assert confirmed_headline("Council approves the school plan", markup, sites, "Harbour Greens - Group Eastfold") == ""
    # a <title> part that is no site's beside the shown headline: not a "Headline - Site" title
    markup = _council_page("Ferry strike called off - School plan approved", "School plan approved")
    assert confirmed_headline("Ferry strike called off", markup, sites, "Harbour Greens - Group Eastfold") == ""


# -- the saved pages --------------------------------------------------------------------------------

@needs_pages
def test_the_saved_pages():
    page = extract_page(read_page(PAGES / "love-hina.ch.0409.html"))
    assert page.url.endswith("love-hina.ch/news/0409.html")
    assert page.outlet == "Love Hina" and page.title.startswith("Site Update")
    page = extract_page(read_page(PAGES / "cdu-fraktion-erfurt.de.waldorfschule.html"))
    assert page.title == "Entwicklung der Waldorfschule ermöglicht"
    assert page.author == page.outlet  # the party's group publishing as itself: the press-release rule reads it


# -- 2b. the address the share buttons carry; not the site's root a <base> gives --------------------

SHARE = ("<a href='https://www.facebook.com/sharer.php?u=https%3a%2f%2fwww.quaynews.example%2fharbour%2fnight-bus-24376.aspx'>"
         "Share</a> <a href='https://twitter.com/share?url=https%3A%2F%2Fwww.quaynews.example%2Fharbour%2Fnight-bus-24376.aspx"
         "&amp;text=Night+bus'>Tweet</a>")


def _shared_page(share: str = SHARE, head: str = "") -> str:
    return (f"<html><head><title>Night bus to the coast cancelled - quaynews.example</title>{head}</head><body>"
            f"<article><h1>Night bus to the coast cancelled</h1>{BODY}</article><div class='share'>{share}</div>"
            "</body></html>")


def test_a_page_that_names_no_address_gets_the_one_its_share_buttons_carry():
    assert extract_page(_shared_page()).url == "https://www.quaynews.example/harbour/night-bus-24376.aspx"  # main: ""


@pytest.mark.parametrize("share", [
    SHARE.split(" <a")[0],  # one button only
    SHARE.replace("%2Fharbour%2Fnight-bus-24376.aspx", "%2Fferry%2Fstrike-24377.aspx"),  # two pages' addresses
    SHARE.replace("%2fharbour%2fnight-bus-24376.aspx", "%2f").replace("%2Fharbour%2Fnight-bus-24376.aspx", "%2F"),
])
def test_no_address_from_share_buttons_that_disagree_or_share_the_home_page(share):
    assert extract_page(_shared_page(share)).url == ""


def test_the_canonical_link_comes_before_the_share_buttons():
    page = extract_page(_shared_page(head="<link rel='canonical' href='https://www.quaynews.example/n/24376'>"))
    assert page.url == "https://www.quaynews.example/n/24376"


def test_the_sites_root_in_a_base_href_is_not_the_pages_address():
    page = extract_page(_shared_page(share="", head="<base href='https://www.quaynews.example/'>"))
    assert page.url == ""  # main: "https://www.quaynews.example/", and the kind rules read a home page
    og = "<base href='https://www.quaynews.example/'><meta property='og:url' content='https://www.quaynews.example/'>"
    assert extract_page(_shared_page(share="", head=og)).url == "https://www.quaynews.example/"  # the page says so


def test_a_headline_of_its_own_that_names_no_site_stays():
    # the extractor's title is no <title> part and names neither the site nor a section: the page's own headline
    markup = _old_page()
    sites = {"harbourhina"}
    assert confirmed_headline("Chapter 122 follows on Friday", markup, sites) == ""
    assert confirmed_headline("harbourhina.example News - News archive", markup, sites) == "Site Update - Chapter 121"


# -- 4. the site's name run on after its writer's -------------------------------------------------------

@pytest.mark.parametrize("author, outlet, kept", [
    ("Jana Held; Daniel Roe quaymart", "quaymart", "Jana Held; Daniel Roe"),
    ("Jane Roe Quay News", "Quay News", "Jane Roe"),
    ("Quay News", "Quay News", "Quay News"),  # the outlet alone: the organisation publishing as itself
    ("Roe Quay News", "Quay News", "Roe Quay News"),  # one word left names no one
    ("News Desk Quay News", "Quay News", "News Desk Quay News"),  # no person before it
    ("Jane Roe", "", "Jane Roe"),
])
def test_the_outlets_name_after_a_writers_is_left_off(author, outlet, kept):
    assert without_outlet_tail(author, outlet) == kept


def test_a_meta_author_with_the_site_run_on_names_the_person():
    markup = ("<html><head><title>Harbour rosé, dry | quaymart</title><meta property='og:site_name' content='quaymart'>"
              "<meta name='author' content='Jana Held, Daniel Roe quaymart'></head>"
              f"<body><article><h1>Harbour rosé, dry</h1>{BODY}</article></body></html>")
    assert extract_page(markup).author == "Jana Held; Daniel Roe"  # main: "Jana Held; Daniel Roe quaymart"


# -- 2c. the canonical link's query that the extractor's address lost ---------------------------------

def test_the_canonical_links_query_is_kept():
    head = "<link rel='canonical' href='http://www.quaynews.example/spip.php?article8532'>"
    page = extract_page(_shared_page(share="", head=head))
    assert page.url == "http://www.quaynews.example/spip.php?article8532"  # main: ".../spip.php", the site's script
    # a query the page's own address carries too, or another path: as the extractor gives it
    head = "<link rel='canonical' href='https://www.quaynews.example/news/night-bus?id=7'>"
    assert extract_page(_shared_page(share="", head=head)).url == "https://www.quaynews.example/news/night-bus?id=7"
