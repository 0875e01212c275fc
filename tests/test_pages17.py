"""Web pages (pages17): a teaser's date taken for the page's, an author the page names but we
lost, navigation lists inside the article's block. Each test is a small page written for this
project; each failed before the fix it guards.
"""

from __future__ import annotations

import pytest

from pathlib import Path

from xlplugin.page_meta import linked_author
from xlplugin.pages import extract_page

pytest.importorskip("trafilatura")

PARA = ("<p>The harbour board voted on Tuesday to rebuild the old grain pier, after a survey found that "
        "{n} of its timber piles had rotted below the waterline and could no longer carry a loaded crane.</p>")
BODY = "".join(PARA.format(n=n) for n in range(12, 17))


def _page(head: str = "", before: str = "", article: str = BODY, after: str = "",
          title: str = "Harbour board rebuilds grain pier") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body>{before}<div id='container'>"
            f"<div id='story'><h1>{title}</h1>{article}</div>{after}</div></body></html>")


TEASER = ("<div class='card'><a href='/other-{i}'><h2>Lighthouse keeper retires after forty winters "
          "<span class='date'>0{i}.03.2016</span></h2><p>The keeper hands the keys to a trust.</p></a></div>")


def test_a_teaser_cards_date_is_not_the_pages_date():
    # a column of other stories' cards, each with its date, written before the article's own date
    own = "<p class='meta'><span class='date'>19.01.2020</span></p>"
    page = extract_page(_page(before="".join(TEASER.format(i=i) for i in range(1, 4)), article=own + BODY))
    assert page.date == "2020-01-19"


def test_a_permalink_date_is_still_the_pages_date():
    # a blog's date as a link to the post itself holds no headline: it stays the date
    own = "<a href='/2020/01/pier' rel='bookmark'><time class='entry-date' datetime='2020-01-19'>19 January 2020</time></a>"
    page = extract_page(_page(article=own + BODY))
    assert page.date == "2020-01-19"


def test_the_rel_author_link_names_the_author_where_the_meta_gives_none():
    # a WordPress byline; the only other name is the theme vendor's footer credit
    byline = ("<p class='entry-meta'>von <span class='author vcard'><a class='url fn n' href='/author/jroe/' "
              "rel='author'>Jane Roe</a></span></p>")
    footer = ("<div id='site-generator'>Theme: Harbour by <span class='theme-author'><a href='https://themes.example'>"
              "Quayside Themes</a></span></div>")
    page = extract_page(_page(article=byline + BODY, after=footer))
    assert page.author == "Jane Roe"


def test_no_author_named_leaves_it_empty():
    # "?rel=author" inside a link's address is no rel attribute
    link = "<p>Autor: <a href='https://profiles.example/42/?rel=author'>Profile</a></p>"
    assert extract_page(_page(article=BODY + link)).author == ""


def test_linked_author():
    assert linked_author("<span>von <a class='url fn n' href='/author/jroe/' rel='author'>Jane Roe</a>") == "Jane Roe"
    assert linked_author('<a rel="author external" href="/a">Jane Roe</a>') == "Jane Roe"
    assert linked_author("<a href='/p/?rel=author'>Jane Roe</a>") == ""  # an address, not the attribute
    assert linked_author("<a rel='author' href='/a'>https://social.example/jroe</a>") == ""
    assert linked_author("<p>no link</p>") == ""


WEB = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "web" / "pages"


def _real(name: str):
    path = WEB / name
    if not path.exists():
        pytest.skip(f"web pages absent: {path} not found (read from ../shared, never copied)")
    from xlplugin.inputs import _decode_file

    return extract_page(_decode_file(path.read_bytes(), str(path), html=True)[0])


def test_real_pages_date_and_author():
    assert _real("dw.com.colonial.html").date == "2020-01-19"  # not a teaser card's date
    assert _real("shingon-reiki.de.schamanismus.html").author == "Mark Hosak"  # not the theme vendor, not empty


MEMBERS = ("<div class='about-box'><h4>Northmoor Alliance</h4><p>Harbour College, Quayside School of Engineering, "
           "Institute of Tides, North Light Observatory, Saltmarsh Conservatory of Music.<br>Coastguard, "
           "Pilots' Guild, Ferry Trust.</p></div>")


def test_a_closing_box_of_member_names_is_not_the_article():
    page = extract_page(_page(article=BODY + MEMBERS))
    assert "16 of its timber piles" in page.text
    assert "Institute of Tides" not in page.text and "Ferry Trust" not in page.text


def test_an_articles_closing_sentence_listing_names_is_kept():
    # a list of names in a sentence (lower-case words, a long item) is the article's
    ending = "<h3>Who voted</h3><p>The motion was carried by Harbour College, the pilots, the ferry trust and the guild.</p>"
    page = extract_page(_page(article=BODY + ending))
    assert "carried by Harbour College" in page.text


def test_name_list_lines():
    from xlplugin.page_lists import is_name_list, name_list_tail_start

    assert is_name_list("Harbour College, Institute of Tides, North Light Observatory.")
    assert not is_name_list("The board met Harbour College, the pilots, and the ferry trust.")
    prose = ["A paragraph of the article that runs long enough to be most of the text, and more. " * 3]
    assert name_list_tail_start(prose + ["Members", "Harbour College, Institute of Tides, Pilots, Coastguard, Ferry Trust"]) == 1
    assert name_list_tail_start(["Members", "Harbour College, Institute of Tides, Pilots, Coastguard, Ferry Trust"] + prose) == 3  # not at the end: kept


def test_real_page_member_list_is_gone():
    page = _real("psl.eu.luniversite.html")
    assert "CNRS, Inserm, Inria." not in page.text and page.text.endswith("à cet effet ».")
