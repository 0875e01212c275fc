"""(hunt26a) An address that is not the page's own (an archive's copy, a redirect, a short link)
is read as the page it holds, or as no web site: never rated as the archive or the redirector,
and never one outlet for every page read through it."""
from __future__ import annotations

import pytest

from xlplugin.cells import given_meta
from xlplugin.outlets import site_of_url
from xlplugin.scorers import source_rating
from xlplugin.settings import Settings
from xlplugin.text import prepare

# Fictional sites, and the wrappers' own hosts rated too: a rating of the wrapper must never be
# the rating of the page it leads to.
SITES = ["tallowgazette.example", "news.brackenford.example.co.uk"]
RATINGS = {"tallowgazette.example": (0.1, "desk"), "brackenford.example.co.uk": (0.2, "desk"),
           "google.com": (0.9, "desk"), "news.google.com": (0.95, "desk"), "bing.com": (0.9, "desk"),
           "archive.org": (0.9, "desk"), "web.archive.org": (0.9, "desk"), "archive.ph": (0.9, "desk"),
           "outlook.com": (0.9, "desk"), "facebook.com": (0.9, "desk"), "googleusercontent.com": (0.9, "desk"),
           "reddit.com": (0.9, "desk"), "youtube.com": (0.9, "desk"), "linkedin.com": (0.9, "desk"),
           "t.co": (0.9, "desk"), "bit.ly": (0.9, "desk"), "feedproxy.google.com": (0.9, "desk")}
SETTINGS = Settings().with_ratings(RATINGS).with_values({"sources.builtin": 0})
TEXT = "The harbour board approved the new ferry timetable on Monday, its chair said."

# How people paste a page's address: {page} is "https://SITE/local/ferry-timetable?id=4".
WRAPPED = [
    "https://web.archive.org/web/20210304050607/{page}",
    "http://web.archive.org/web/2021id_/{page}",
    "https://web.archive.org/web/*/{page}",
    "https://web.archive.org/web/20210304050607/{single}",  # a tool folded "https://" to "https:/"
    "https://archive.ph/2021.03.04-050607/{page}",
    "https://archive.today/newest/{page}",
    "https://webcache.googleusercontent.com/search?q=cache:{page}",
    "https://webcache.googleusercontent.com/search?q=cache:AbC123xyz:{page}",
    "https://www.google.com/amp/s/{bare}",
    "https://www.google.co.uk/amp/s/{bare}",
    "https://www.google.com/url?q={page}&sa=D&ust=1",
    "https://www.google.com/url?sa=t&url={quoted}&usg=x",
    "https://l.facebook.com/l.php?u={quoted}&h=AT0x",
    "https://lm.facebook.com/l.php?u={quoted}",
    "https://eur01.safelinks.protection.outlook.com/?url={quoted}&data=05%7C01&reserved=0",
    "https://www.bing.com/news/apiclick.aspx?ref=FexRss&url={quoted}&c=1",
    "https://out.reddit.com/t3_abc?url={quoted}&token=x",
    "https://www.youtube.com/redirect?event=video_description&q={quoted}",
    "https://www.linkedin.com/redir/redirect?url={quoted}",
    "https://translate.google.com/translate?sl=auto&u={page}",
    "https://www.google.com/url?q=https://web.archive.org/web/2021/{page}",  # two wrappers
]
# Links that do not say which page they lead to: they rate no web site and name no outlet.
NAMES_NO_PAGE = ["https://news.google.com/rss/articles/CBMiZmh0dHBzOi8vd3d3?oc=5",
                 "https://news.google.com/articles/CAIiEHc9Xk1?hl=en-GB&gl=GB", "https://t.co/Ab12Cd34",
                 "https://bit.ly/3xYzAbc", "https://lnkd.in/eAbC12", "https://archive.ph/Xy7Qa",
                 "http://feedproxy.google.com/~r/somefeed/~3/AbC12/"]


def _forms(spelling: str, site: str) -> str:
    page = f"https://{site}/local/ferry-timetable?id=4"
    return spelling.format(page=page, single=page.replace("://", ":/"), bare=page[len("https://"):],
                           quoted=page.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D"))


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("spelling", WRAPPED)
def test_a_wrapped_address_is_rated_as_the_page_it_holds(site, spelling):
    url = _forms(spelling, site)
    result = source_rating.score(prepare(TEXT, url=url), SETTINGS)
    expected = RATINGS["tallowgazette.example" if site.startswith("tallow") else "brackenford.example.co.uk"]
    assert result.value == expected[0], result.note
    assert "the URL is " in result.note and "read as the page's own address" in result.note
    assert site_of_url(url)[0] == site


@pytest.mark.parametrize("url", NAMES_NO_PAGE)
def test_a_link_that_names_no_page_rates_no_site(url):
    result = source_rating.score(prepare(TEXT, url=url), SETTINGS)
    assert result.value is None and result.score is None
    assert "does not say which page it leads to" in result.note
    assert site_of_url(url) == ("", "")


@pytest.mark.parametrize("url", NAMES_NO_PAGE)
def test_an_outlet_given_with_such_a_link_still_rates(url):
    result = source_rating.score(prepare(TEXT, url=url, outlet="tallowgazette.example"), SETTINGS)
    assert result.value == 0.1
    assert "does not say which page it leads to" in result.note


def test_the_builtin_table_never_rates_a_redirector_for_the_page():
    # the built-in table rates google.com, news.google.com and bing.com; the page is poorly rated
    builtin = Settings()
    low = source_rating.score(prepare(TEXT, url="https://www.infowars.com/a"), builtin).value
    assert low is not None and low < 0.2
    for spelling in ("https://www.google.com/amp/s/www.infowars.com/a", "https://www.google.com/url?q=https://www.infowars.com/a",
                     "https://www.bing.com/news/apiclick.aspx?url=https%3A%2F%2Fwww.infowars.com%2Fa"):
        assert source_rating.score(prepare(TEXT, url=spelling), builtin).value == low
    google_news = source_rating.score(prepare(TEXT, url=NAMES_NO_PAGE[0]), builtin)
    assert google_news.value is None


@pytest.mark.parametrize("url", [
    "https://tallowgazette.example/local/a?utm_source=x#top", "https://archive.org/details/some-collection",
    "https://news.google.com/", "https://news.google.com/topics/CAAqBwgK?hl=en", "https://www.google.com/search?q=ferry",
    "https://www.bing.com/search?q=ferry", "https://www.facebook.com/tallowgazette/posts/1",
    "https://tallowgazette.example/url?q=https://other.example/", "https://example.org/web/2021/https://other.example/a",
    "https://t.co", "https://googleblog.example/amp/s/other.example/a",
])
def test_an_address_that_is_its_own_page_is_not_unwrapped(url):
    from xlplugin.wrapped_links import page_address, unwrap  # (here: the module is new)

    assert unwrap(url) is None
    assert page_address(url) == url


@pytest.mark.parametrize("cell, read", [
    ("<https://tallowgazette.example/a>", "https://tallowgazette.example/a"),
    ('"https://tallowgazette.example/a"', "https://tallowgazette.example/a"),
    ("\u201chttps://tallowgazette.example/a\u201d", "https://tallowgazette.example/a"),
    ("[Tallow Gazette](https://tallowgazette.example/a)", "https://tallowgazette.example/a"),
    ("https://tallowgazette.example/a_(b)", "https://tallowgazette.example/a_(b)"),
    ("https://web.archive.org/web/2021/https://tallowgazette.example/a", "https://web.archive.org/web/2021/https://tallowgazette.example/a"),
])
def test_a_url_cell_is_read_without_the_marks_it_was_pasted_in(cell, read):
    assert given_meta("url", cell) == (read, None)


@pytest.mark.parametrize("cell", [
    "https://tallowgazette.example/a https://brackenford.example.co.uk/b",
    "https://tallowgazette.example/a; https://brackenford.example.co.uk/b",
    "https://tallowgazette.example/a,https://brackenford.example.co.uk/b",
    "https://tallowgazette.example/a\nhttps://brackenford.example.co.uk/b",
    "www.tallowgazette.example/a | www.brackenford.example.co.uk/b",
])
def test_a_url_cell_holding_two_addresses_names_neither(cell):
    value, why = given_meta("url", cell)
    assert value == "" and "holds 2 web addresses" in why


@pytest.mark.parametrize("url, site", [("https://t.co/Ab12Cd34", "t.co"), ("https://bit.ly/3xYzAbc", "bit.ly"),
                                       ("https://www.google.com/url?q=https://tallowgazette.example/a", "tallowgazette.example")])
def test_a_links_site_in_the_sorted_links_notes_is_never_blank(url, site):
    from xlplugin.workbook.read_url_links import _site  # (new: a link naming no page is named by its host)

    assert _site(url) == site


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("spelling", WRAPPED[:12])
def test_an_outlet_cell_holding_a_wrapped_address_is_read_as_the_url_is(site, spelling):
    result = source_rating.score(prepare(TEXT, outlet=_forms(spelling, site)), SETTINGS)
    assert result.value == RATINGS["tallowgazette.example" if site.startswith("tallow") else "brackenford.example.co.uk"][0]
    assert "the outlet given is " in result.note


@pytest.mark.parametrize("url", NAMES_NO_PAGE)
def test_an_outlet_cell_holding_a_link_that_names_no_page_rates_no_site(url):
    result = source_rating.score(prepare(TEXT, outlet=url), SETTINGS)
    assert result.value is None and "does not say which page it leads to" in result.note


@pytest.mark.parametrize("outlet, rating", [("news.google.com", 0.95), ("tallowgazette.example", 0.1),
                                            ("https://www.tallowgazette.example/local/a", 0.1)])
def test_an_outlet_cell_naming_a_site_still_rates_it(outlet, rating):
    assert source_rating.score(prepare(TEXT, outlet=outlet), SETTINGS).value == rating


def test_an_unused_rating_of_an_archive_or_wrapper_says_why():
    from xlplugin.ratings_table import RatingRow, describe_unused

    rows = [RatingRow("line 2", "web.archive.org", 0.9), RatingRow("line 3", "t.co", 0.5),
            RatingRow("line 4", "eur01.safelinks.protection.outlook.com", 0.5), RatingRow("line 5", "tallowgazette.example", 0.5),
            RatingRow("line 6", "google.com", 0.5)]
    lines = describe_unused(rows, "--ratings r.csv")
    wrappers = [line for line in lines if "archive or a link wrapper" in line]
    assert len(wrappers) == 1 and all(w in wrappers[0] for w in ("web.archive.org", "t.co", "safelinks"))
    others = [line for line in lines if line not in wrappers]
    assert any("tallowgazette.example" in line and "google.com" in line for line in others)  # (sites of their own)
