"""(hunt26a) A row whose outlet and URL name two different sites, and a page's own site name.

- Your table's rating of the outlet's name wins over the built-in rating of the URL's site, as
  before, but the note says so (a confident rating otherwise seen nowhere).
- A web page that calls itself by its own site's name written out ("BBC News" on bbc.co.uk,
  "The New York Times" on nytimes.com) is not told it "calls itself" a look-alike site's name.
- A saved Wayback Machine copy whose canonical link is the archive's and og:url the site's has
  one address, the site's, and is rated by it.
"""
from __future__ import annotations

import pytest

from xlplugin.page_sites import name_elsewhere_note
from xlplugin.pages import extract_page
from xlplugin.scorers import source_rating
from xlplugin.settings import Settings
from xlplugin.text import prepare

TEXT = "The harbour board approved the new ferry timetable on Monday, its chair said."
MINE = Settings().with_ratings({"tallow gazette": (0.9, "desk"), "brackenford post": (0.1, "desk")})


@pytest.mark.parametrize("outlet, url, site", [
    ("Tallow Gazette", "https://www.infowars.com/a", "infowars.com"),
    ("The Tallow Gazette", "https://www.naturalnews.com/2021/a.html", "naturalnews.com"),
    ("Brackenford Post", "https://www.reuters.com/world/a", "reuters.com"),
    ("Brackenford Post", "https://web.archive.org/web/2021/https://www.reuters.com/world/a", "reuters.com"),
])
def test_your_outlet_rating_over_a_rated_url_is_said(outlet, url, site):
    result = source_rating.score(prepare(TEXT, url=url, outlet=outlet), MINE)
    assert result.value == MINE.ratings[source_rating.outlet_key(outlet)][0]  # your table still wins
    assert f"the URL's site {site} is rated" in result.note and "your table's rating of the outlet" in result.note


@pytest.mark.parametrize("outlet, url", [
    ("Tallow Gazette", ""),                             # no URL
    ("Tallow Gazette", "https://tallowgazette.example/a"),  # a URL the built-in table does not rate
    ("Tallow Gazette", "n/a"),
])
def test_no_conflict_is_said_where_there_is_none(outlet, url):
    result = source_rating.score(prepare(TEXT, url=url, outlet=outlet), MINE)
    assert result.value == 0.9 and "URL's site" not in result.note


def test_no_conflict_is_said_with_the_builtin_table_off():
    settings = MINE.with_values({"sources.builtin": 0})
    result = source_rating.score(prepare(TEXT, url="https://www.infowars.com/a", outlet="Tallow Gazette"), settings)
    assert result.value == 0.9 and "URL's site" not in result.note


@pytest.mark.parametrize("name, url", [
    ("BBC News", "https://www.bbc.co.uk/news/world-1"),
    ("Sky News", "https://news.sky.com/story/a-1"),
    ("The New York Times", "https://www.nytimes.com/2021/03/04/us/a.html"),
    ("New York Post", "https://nypost.com/2021/03/04/a/"),
])
def test_a_site_name_that_is_the_address_own_is_not_said_to_be_another(name, url):
    assert name_elsewhere_note(name, url) == ""


@pytest.mark.parametrize("name, url", [
    ("Reuters", "https://www.infowars.com/posts/a"),
    ("Infowars", "https://www.reuters.com/world/a"),
    ("The Guardian", "https://www.naturalnews.com/a"),
    ("New York Times", "https://www.newsmax.com/a"),
    ("Newsmax", "https://news.sky.com/story/a"),  # "news" of news.sky.com is no name of its own
])
def test_another_rated_sites_name_is_still_said(name, url):
    assert "calls itself" in name_elsewhere_note(name, url)


PARAGRAPHS = ("The harbour board approved the new ferry timetable on Monday, its chair said.",
              "Crossings will run every forty minutes from April, according to the board's published schedule.",
              "Two councillors asked for an extra evening sailing, and the chair said the board would review it in June.")


def _saved_page(head: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>Ferry timetable approved</title>{head}</head>"
            f"<body><article><h1>Ferry timetable approved</h1>{body}</article></body></html>")


@pytest.mark.parametrize("canonical, og_url", [
    ("https://web.archive.org/web/20210304050607/https://www.infowars.com/ferry", "https://www.infowars.com/ferry"),
    ("https://www.infowars.com/ferry", "https://web.archive.org/web/2021/https://www.infowars.com/ferry"),
    ("https://web.archive.org/web/20210304050607/https:/www.infowars.com/ferry", ""),
])
def test_a_saved_archive_copy_is_rated_as_its_site(canonical, og_url):
    head = f"<link rel='canonical' href='{canonical}'>" + (f"<meta property='og:url' content='{og_url}'>" if og_url else "")
    page = extract_page(_saved_page(head))
    assert "web sites" not in page.note
    result = source_rating.score(prepare(page.text, url=page.url, outlet=page.outlet), Settings())
    assert result.details.get("matched") == "infowars.com"


@pytest.mark.parametrize("outlet, url, settings", [
    ("dw.com", "https://www.dw.com/en/a/a-1", Settings()),  # the built-in table rates both: one site
    ("DW.com", "https://www.dw.com/en/a/a-1", Settings()),
    ("phys.org", "https://phys.org/news/2021-03-a.html", Settings().with_ratings({"phys.org": (0.9, "desk")})),
    ("Tallow Gazette", "https://www.reuters.com/world/a", Settings().with_ratings({"reuters.com": (0.9, "desk")})),
])
def test_no_conflict_is_said_where_the_urls_site_rates_the_row(outlet, url, settings):
    result = source_rating.score(prepare(TEXT, url=url, outlet=outlet), settings)
    assert result.value is not None and "URL's site" not in result.note
