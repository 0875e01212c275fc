"""Web pages (pages17): a teaser's date taken for the page's, an author the page names but we
lost, navigation lists inside the article's block. Each test is a small page written for this
project; each failed before the fix it guards.
"""

from __future__ import annotations

import pytest

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
    footer = "<div id='site-generator'>Theme: Harbour by <a href='https://themes.example'>Quayside Themes</a></div>"
    page = extract_page(_page(article=byline + BODY, after=footer))
    assert page.author == "Jane Roe"


def test_no_author_named_leaves_it_empty():
    # "?rel=author" inside a link's address is no rel attribute
    link = "<p>Autor: <a href='https://profiles.example/42/?rel=author'>Profile</a></p>"
    assert extract_page(_page(article=BODY + link)).author == ""
