"""(syndic30) A copy of another outlet's article on an aggregator (msn.com, Yahoo, AOL, NewsBreak)
is rated as the outlet it credits, not as the aggregator: a Fox News copy and a Reuters copy on
msn.com were both rated as msn.com (0.814). Where the copy names no original, the aggregator's
rating stays and the note and the Status say whose it is. Near-misses keep their result: an
aggregator's own article, a report quoting an agency in a sentence, a photographer's copyright
line, the original's own site, another outlet's wire story. Every text and page here is written
for this test."""

from __future__ import annotations

import pytest

from xlplugin.cells import status_text
from xlplugin.engine import score_document
from xlplugin.inputs import read_paths
from xlplugin.outlets import outlet_of
from xlplugin.pages import extract_page
from xlplugin.scorers import source_rating
from xlplugin.scorers.source_rating import builtin_ratings
from xlplugin.settings import Settings
from xlplugin.text import prepare
from xlplugin import score_many

BODY = ("The county said on Tuesday that the new flood barrier would be finished before the autumn storms, "
        "according to a statement from its engineer.\n\n"
        "The barrier cost about 14 million dollars and runs for two miles along the estuary, the statement said.\n\n"
        "Residents who attended a meeting on Monday asked whether the gates would be tested before October.")
MSN = "https://www.msn.com/en-us/news/us/flood-barrier/ar-AA1bcd2"
YAHOO = "https://news.yahoo.com/flood-barrier-finished-151515151.html"
AOL = "https://www.aol.com/news/flood-barrier-finished-121212.html"
NEWSBREAK = "https://www.newsbreak.com/news/3312345-flood-barrier"


def _rate(text: str, url: str, outlet: str = "", settings: Settings | None = None, page_type: str = ""):
    return source_rating.score(prepare(text, url=url, outlet=outlet, page_type=page_type), settings or Settings())


# (the copy's text, its address, the outlet given, the site its credit names)
CREDITED = [
    ("Barrier to open\n\nStory by Jane Ray \u2022 Fox News \u2022 3h\n\n" + BODY, MSN, "", "foxnews.com"),
    ("Barrier to open\n\nStory by Tom Pike | Breitbart\n\n" + BODY, MSN, "", "breitbart.com"),
    (BODY + "\n\n\u00a9 Reuters", MSN, "", "reuters.com"),
    (BODY + "\n\nCopyright 2026 Fox News Network, LLC. All rights reserved.", MSN, "", "foxnews.com"),
    ("Reuters \u2014 " + BODY, MSN, "", "reuters.com"),
    ("HARBOUR CITY, Fla. (AP) \u2014 " + BODY, YAHOO, "", "apnews.com"),
    (BODY + "\n\nThis article originally appeared on Tampa Bay Times: Flood barrier to be finished", YAHOO, "", "tampabay.com"),
    (BODY + "\n\nThis story was originally published by The Fresno Bee.", YAHOO, "", "fresnobee.com"),
    (BODY + "\n\nOriginally published on naturalnews.com", AOL, "", "naturalnews.com"),
    (BODY, MSN, "Fox News", "foxnews.com"),                # an outlet column beside the aggregator's address
    (BODY, NEWSBREAK, "The New York Times", "nytimes.com"),
    (BODY, "https://www.google.com/url?q=" + MSN, "Infowars", "infowars.com"),  # a wrapped address read first
    ("Story by Jane Ray • Fox News\n\n" + BODY, "", "MSN", "foxnews.com"),  # no address: the aggregator named
]


@pytest.mark.parametrize("text, url, outlet, site", CREDITED)
def test_a_copy_is_rated_as_the_original_it_credits(text, url, outlet, site):
    sig = _rate(text, url, outlet)
    assert sig.value == builtin_ratings()[site]
    assert sig.details["original_site"] == site and sig.details["matched"] == site
    assert f"a copy on {sig.details['aggregator']} of " in sig.note and f"rated as {site}" in sig.note
    assert sig.details["copy"].startswith(f"source rated as {site}: a copy on ")


def test_two_copies_on_one_aggregator_are_rated_as_their_two_outlets():
    fox = _rate("Story by Jane Ray \u2022 Fox News\n\n" + BODY, MSN)
    reuters = _rate("Story by Jane Ray \u2022 Reuters\n\n" + BODY, MSN)
    assert (fox.value, reuters.value) == (builtin_ratings()["foxnews.com"], builtin_ratings()["reuters.com"])
    own_site = _rate(BODY, "https://www.foxnews.com/us/flood-barrier")
    assert fox.value == own_site.value  # the copy and the original's own page alike


def test_the_outlet_given_names_the_copy_with_its_wording():
    sig = _rate(BODY, MSN, "Fox News")
    assert "a copy on msn.com of Fox News's article" in sig.note and "rated as foxnews.com" in sig.note
    assert "disagree" not in sig.note and "mismatch" not in sig.details  # (not two sites that disagree: loose29)


@pytest.mark.parametrize("text, url, outlet", [
    (BODY + "\n\nThis story was originally published by the Harwick Courier.", YAHOO, ""),
    (BODY, MSN, "Tallow Valley Gazette"),
    ("Story by Ann Hale \u2022 Brackenford Evening Post\n\n" + BODY, MSN, ""),
])
def test_a_copy_of_an_outlet_no_table_rates_gets_no_rating_and_says_why(text, url, outlet):
    sig = _rate(text, url, outlet)
    assert sig.value is None
    assert "own rating is not used" in sig.note and "does not judge the outlet that wrote" in sig.note
    assert sig.details["status"].startswith("source not rated: a copy on ")


@pytest.mark.parametrize("text, url", [
    (BODY, MSN),
    (BODY, NEWSBREAK),
    ("Story by Jane Ray \u2022 3h\n\n" + BODY, MSN),               # a writer and a time: no outlet
    (BODY + "\n\n\u00a9 Jane Ray", MSN),                           # a photographer's copyright
    ("Reuters reported that the barrier would open on time. " + BODY, MSN),  # an agency quoted in a sentence
    ("The study, first published in The Lancet, found such barriers work. " + BODY, MSN),
    (BODY + "\n\nSource: Bureau of Labor Statistics", MSN),        # a figure's source, not the copy's
])
def test_a_copy_that_names_no_original_keeps_the_aggregators_rating_and_says_so(text, url):
    sig = _rate(text, url)
    plain = source_rating.score(prepare(BODY, url=url), Settings().with_values({}))
    assert sig.value == plain.value == builtin_ratings()[sig.details["matched"]]
    assert "an aggregator" in sig.note and "names no original outlet" in sig.note
    assert "does not judge the outlet that wrote it" in sig.details["copy"]


@pytest.mark.parametrize("text", [
    "Story by Jane Ray \u2022 Yahoo News\n\n" + BODY,
    BODY + "\n\n\u00a9 2026 Yahoo Inc.",
])
def test_an_aggregators_own_article_keeps_its_rating_unremarked(text):
    sig = _rate(text, YAHOO)
    assert sig.value == builtin_ratings()["news.yahoo.com"]
    assert "copy" not in sig.details and "a copy on" not in sig.note and "aggregator" not in sig.note


@pytest.mark.parametrize("text, url", [
    (BODY + "\n\n\u00a9 Reuters", "https://www.reuters.com/world/us/flood-barrier-2026"),   # the original's own site
    ("LONDON (Reuters) - " + BODY, "https://www.theguardian.com/world/flood-barrier"),   # wire copy a newspaper publishes
    ("Story by Jane Ray \u2022 Fox News\n\n" + BODY, "https://www.bbc.co.uk/news/articles/c9"),
    ("By The Associated Press\n\n" + BODY, "https://www.nbcnews.com/news/us-news/flood-barrier"),
])
def test_a_page_on_any_other_site_keeps_its_rating(text, url):
    sig = _rate(text, url)
    assert sig.value == _rate(BODY, url).value
    assert sig.note == _rate(BODY, url).note and "copy" not in sig.details


def test_your_rating_of_the_aggregator_still_wins():
    mine = Settings().with_ratings({"msn.com": (0.5, "desk")})
    sig = _rate("Story by Jane Ray \u2022 Infowars\n\n" + BODY, MSN, settings=mine)
    assert sig.value == 0.5 and "your table rates msn.com itself" in sig.note


@pytest.mark.parametrize("ratings", [{"fox news": (0.2, "desk")}, {"foxnews.com": (0.2, "desk")}])
def test_your_rating_of_the_original_rates_the_copy(ratings):
    sig = _rate("Story by Jane Ray \u2022 Fox News\n\n" + BODY, MSN, settings=Settings().with_ratings(ratings))
    assert sig.value == 0.2 and "a copy on msn.com of Fox News's article" in sig.note


def test_your_rating_of_an_outlet_the_builtin_table_lacks_rates_the_copy():
    mine = Settings().with_ratings({"harwick courier": (0.3, "desk")})
    sig = _rate(BODY + "\n\nThis story was originally published by the Harwick Courier.", YAHOO, settings=mine)
    assert sig.value == 0.3 and sig.details["original"] == "Harwick Courier"


def test_with_the_builtin_table_off_a_credit_to_an_outlet_you_did_not_rate_is_unrated():
    off = Settings().with_values({"sources.builtin": 0})
    sig = _rate("Story by Jane Ray \u2022 Fox News\n\n" + BODY, MSN, settings=off)
    assert sig.value is None and "in your table" in sig.note


# --- saved pages ----------------------------------------------------------------------------------

PARAGRAPHS = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + (
    "<p>The county will publish the results of the test on its website, a spokeswoman said on Tuesday.</p>")


def _page(url: str, site: str, head: str = "", top: str = "", foot: str = "") -> str:
    return (f"<html><head><title>Flood barrier to be finished</title><meta property='og:site_name' content='{site}'>"
            f"<meta property='og:url' content='{url}'>{head}</head><body><article><h1>Flood barrier to be finished</h1>"
            f"{top}{PARAGRAPHS}{foot}</article></body></html>")


def _ld(**fields: str) -> str:
    import json

    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Flood barrier to be finished",
            **{k: {"@type": "Organization", "name": v} for k, v in fields.items()}}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


PAGES = [
    (_page(MSN, "MSN", head=_ld(publisher="MSN", provider="Reuters")), "reuters.com"),
    (_page(MSN, "MSN", head=_ld(sourceOrganization="Infowars")), "infowars.com"),
    (_page(MSN, "MSN", head=_ld(publisher="Fox News")), "foxnews.com"),
    (_page(MSN, "MSN", top="<div class='attribution'><img class='provider-logo' src='l.png' alt='Breitbart logo'>"
                           "<span>Story by Tom Pike</span></div>"), "breitbart.com"),
    (_page(MSN, "MSN", top="<div class='byline'><span>Story by</span> <a href='/p'>Jane Ray</a> <span>\u2022</span> "
                           "<span>Fox News</span></div>"), "foxnews.com"),
    (_page(YAHOO, "Yahoo News", foot="<p>This article originally appeared on Tampa Bay Times: Flood barrier</p>"),
     "tampabay.com"),
]


@pytest.mark.parametrize("markup, site", PAGES)
def test_a_saved_copy_is_rated_as_the_original_its_page_names(markup, site):
    page = extract_page(markup)
    result = score_document(prepare(page.text, url=page.url, outlet=page.outlet, title=page.title,
                                    author=page.author, page_type=page.page_type), Settings(), id="p")
    sig = result.signals["source_rating"]
    assert sig.details.get("original_site") == site and sig.value == builtin_ratings()[site]
    assert f"source rated as {site}: a copy on " in status_text(result)
    assert outlet_of(result)[0] == site and outlet_of(result)[1].startswith("credited as the original of a copy on")


def test_a_saved_copy_that_names_no_original_says_the_rating_is_the_aggregators():
    page = extract_page(_page(NEWSBREAK, "NewsBreak"))
    result = score_document(prepare(page.text, url=page.url, outlet=page.outlet, page_type=page.page_type),
                            Settings(), id="p")
    assert result.signals["source_rating"].value == builtin_ratings()["newsbreak.com"]
    assert "an aggregator" in status_text(result) and "does not judge the outlet that wrote it" in status_text(result)


@pytest.mark.parametrize("url", ["https://www.harwickcourier.example/news/flood-barrier",
                                 "https://www.foxnews.com/us/flood-barrier"])
def test_a_page_of_any_other_site_is_read_as_before(url):
    markup = _page(url, "Harwick Courier", head=_ld(provider="Reuters"))
    assert "credited" not in extract_page(markup).page_type


def test_an_aggregators_own_page_keeps_its_rating():
    page = extract_page(_page(YAHOO, "Yahoo News", head=_ld(provider="Yahoo News"), foot="<p>\u00a9 Reuters</p>"))
    sig = source_rating.score(prepare(page.text, url=page.url, outlet=page.outlet, page_type=page.page_type), Settings())
    assert sig.value == builtin_ratings()["news.yahoo.com"] and "copy" not in sig.details


# --- a CSV file ------------------------------------------------------------------------------------

def test_a_csv_row_on_an_aggregator_is_rated_as_its_credited_original(tmp_path):
    import csv

    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["id", "url", "text"])
        out.writerow(["r1", MSN, "Reuters \u2014 " + BODY])
        out.writerow(["r2", MSN, "Story by Jane Ray \u2022 Infowars\n\n" + BODY])
        out.writerow(["r3", MSN, BODY])
    items = [{"id": r.id, "text": r.text, "url": r.url} for r in read_paths([str(path)]) if hasattr(r, "text")]
    assert [i["url"] for i in items] == [MSN] * 3
    results = list(score_many(items, workers=1))
    sites = [r.signals["source_rating"].details.get("original_site") for r in results]
    assert sites == ["reuters.com", "infowars.com", None]
    assert [r.signals["source_rating"].value for r in results] == [
        builtin_ratings()["reuters.com"], builtin_ratings()["infowars.com"], builtin_ratings()["msn.com"]]
    assert results[1].reliability < results[0].reliability
