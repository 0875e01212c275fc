"""(syndic31) A copy on an aggregator (msn.com, Yahoo, AOL): its "Story by" line read as the author
gives the writer's name, the provider being the credited outlet; a news agency given as the author
("The Associated Press", "Reuters Staff", "Jane Ray, AFP") or credited by the aggregator's markup is
wire or syndicated copy on any other publisher's page, news on the agency's own site; a copy's last
line "Read more at NAME" credits a rated outlet where nothing else does, a "More from NAME:" list
heading does not. Every text and page here is written for this test."""

from __future__ import annotations

import pytest

from xlplugin.engine import score_document
from xlplugin.kinds import classify
from xlplugin.outlets import outlet_of
from xlplugin.pages import extract_page
from xlplugin.scorers import source_rating
from xlplugin.scorers.source_rating import builtin_ratings
from xlplugin.settings import Settings
from xlplugin.text import prepare

WIRE = "wire or syndicated copy"
PARAS = [
    "The harbour board voted on Thursday to close the old ferry pier for repairs that will last until the spring, "
    "its chair said.",
    "The pier was built in 1962 and carries about 900 passengers a day, according to figures the board published "
    "last year.",
    "Traders near the pier said they feared losing customers while the work goes on, and asked the board for a "
    "temporary landing.",
    "The board said a temporary landing would open beside the lifeboat station within two weeks of the closure.",
]
BODY = "\n\n".join(PARAS)
MSN = "https://www.msn.com/en-gb/news/uknews/ferry-pier-to-close/ar-BB1qrs7"
YAHOO = "https://news.yahoo.com/ferry-pier-close-repairs-141414141.html"
AOL = "https://www.aol.com/news/ferry-pier-close-repairs-161616.html"
PAPER = "https://www.harwickcourier.example/news/ferry-pier-to-close"


def _page(url: str, site: str, top: str, author_meta: str = "") -> str:
    meta = f"<meta name='author' content='{author_meta}'>" if author_meta else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html><head><title>Ferry pier to close for repairs</title><meta property='og:site_name' content='{site}'>"
            f"<meta property='og:url' content='{url}'>{meta}</head><body><article><h1>Ferry pier to close for repairs</h1>"
            f"{top}{paragraphs}</article></body></html>")


def _doc(page):
    return prepare(page.text, url=page.url, outlet=page.outlet, title=page.title, author=page.author,
                   page_type=page.page_type)


# --- 1. the "Story by" line read as the author ------------------------------------------------------

# (the byline box, the writer, the site the provider stands for, whether the provider is a news agency)
STORY_BY = [
    ("<div class='byline'><span>Story by Jane Ray \u2022 Reuters</span></div>", "Jane Ray", "reuters.com", True),
    ("<div class='byline'><span>Story by Amira Said</span> <span>\u2022</span> <span>Fox News</span> <span>\u2022</span> "
     "<span>3h</span></div>", "Amira Said", "foxnews.com", False),
    ("<div class='author'>Story by Jonas van der Berg \u2022 Associated Press \u2022 2d</div>", "Jonas van der Berg",
     "apnews.com", True),
    ("<p class='byline'>Story by Tom Pike | Breitbart</p>", "Tom Pike", "breitbart.com", False),
]


@pytest.mark.parametrize("top, writer, site, agency", STORY_BY)
def test_a_story_by_line_gives_the_writer_as_author_and_the_provider_as_the_credit(top, writer, site, agency):
    page = extract_page(_page(MSN, "MSN", top))
    assert page.author == writer
    result = score_document(_doc(page), Settings(), id="p")
    sig = result.signals["source_rating"]
    assert sig.details.get("original_site") == site and sig.value == builtin_ratings()[site]
    assert outlet_of(result)[0] == site
    # (kinds31) a copy on an aggregator crediting any other outlet is syndicated copy, a newspaper's as an agency's
    kind = classify(_doc(page))
    assert kind.kind == WIRE
    assert any(c.startswith("credited to") for c in kind.cues) is agency  # (an agency's credit: its own cue)


@pytest.mark.parametrize("top, writer", [
    ("<div class='byline'><span>Story by Jane Ray \u2022 3h</span></div>", "Jane Ray"),
    ("<div class='byline'><span>Story by Amira Said \u2022 Updated 14 May</span></div>", "Amira Said"),
])
def test_a_story_by_line_with_only_a_time_credits_no_one(top, writer):
    # (main took the headline before the line as the provider: "credited: Ferry pier to close for repairs")
    page = extract_page(_page(MSN, "MSN", top))
    assert page.author == writer
    assert "credited" not in page.page_type
    sig = source_rating.score(_doc(page), Settings())
    assert sig.value == builtin_ratings()["msn.com"] and "original_site" not in sig.details


@pytest.mark.parametrize("author_meta", ["Jane Ray, Staff Writer", "Amira Said"])
def test_a_staff_writers_byline_on_a_newspaper_page_is_read_as_before(author_meta):
    page = extract_page(_page(PAPER, "Harwick Courier", "", author_meta=author_meta))
    assert "story by" not in page.author.lower() and "credited" not in page.page_type
    assert classify(_doc(page)).kind != WIRE


# --- 2. a news agency as the author --------------------------------------------------------------

AGENCY_AUTHORS = ["The Associated Press", "By The Associated Press", "Reuters Staff", "AFP", "Jane Ray, Associated Press",
                  "Amira Said | Reuters", "Story by Tom Pike \u2022 Reuters \u2022 5h", "By AP"]


@pytest.mark.parametrize("author", AGENCY_AUTHORS)
@pytest.mark.parametrize("url, outlet", [(PAPER, "Harwick Courier"), (MSN, ""), (AOL, "")])
def test_an_agency_given_as_the_author_is_wire_copy_on_another_publishers_page(author, url, outlet):
    kind = classify(prepare(BODY, url=url, outlet=outlet, author=author))
    assert kind.kind == WIRE, (author, url, kind.cues)
    assert any("credited to" in c for c in kind.cues)


@pytest.mark.parametrize("author, url", [
    ("Reuters Staff", "https://www.reuters.com/world/uk/ferry-pier-to-close-2026-05-14/"),
    ("The Associated Press", "https://apnews.com/article/ferry-pier-closure-0a1b2c"),
    ("By AFP", "https://www.afp.com/en/news/ferry-pier-closure"),
])
def test_the_agencys_own_site_stays_news(author, url):
    assert classify(prepare(BODY, url=url, author=author)).kind == "news report"


@pytest.mark.parametrize("author, text", [
    ("Jane Ray, Staff Writer", BODY),
    ("Amira Said", BODY + "\n\nThe Associated Press reported last month that two other piers on the coast had closed."),
    ("Tom Pike, Pittsburgh, Pa", BODY),
    ("Tom Pike, Pittsburgh, PA", BODY),
    ("Jane Ray; Harwick Courier", BODY),
    ("Apple Newsroom", BODY),
])
def test_a_newspapers_own_story_is_no_wire_copy(author, text):
    assert classify(prepare(text, url=PAPER, outlet="Harwick Courier", author=author)).kind != WIRE


def test_a_saved_newspaper_page_with_the_agency_as_author_is_wire_copy():
    page = extract_page(_page(PAPER, "Harwick Courier", "", author_meta="The Associated Press"))
    assert classify(_doc(page)).kind == WIRE


# --- 3. "Read more at NAME" as a copy's last line ----------------------------------------------------

@pytest.mark.parametrize("foot, url, site", [
    ("Read more at Newsweek", YAHOO, "newsweek.com"),
    ("Read the full story at The Guardian.", YAHOO, "theguardian.com"),
    ("Continue reading at foxnews.com", AOL, "foxnews.com"),
    ("Read more on Breitbart", MSN, "breitbart.com"),
])
def test_a_read_more_line_closing_a_copy_credits_a_rated_outlet(foot, url, site):
    sig = source_rating.score(prepare(BODY + "\n\n" + foot, url=url), Settings())
    assert sig.details.get("original_site") == site and sig.value == builtin_ratings()[site]
    assert "its closing line" in sig.note


@pytest.mark.parametrize("text, url", [
    # a list's heading names whose links follow, not whose story is above
    (BODY + "\n\nMore from Newsweek:\n\nCoastal towns brace for winter storms\n\nFerry fares to rise in April", YAHOO),
    (BODY + "\n\nMore from Breitbart", MSN),
    # not the last line: a line inside the copy
    ("Read more at Newsweek\n\n" + BODY, YAHOO),
    (PARAS[0] + "\n\nRead more at The Guardian\n\n" + "\n\n".join(PARAS[1:]), AOL),
    # a name no table rates, and the aggregator's own
    (BODY + "\n\nRead more at the Harwick Courier", YAHOO),
    (BODY + "\n\nRead more at Yahoo News", YAHOO),
])
def test_no_credit_from_a_list_heading_a_line_inside_or_an_unrated_name(text, url):
    sig = source_rating.score(prepare(text, url=url), Settings())
    assert "original_site" not in sig.details
    assert sig.value == source_rating.score(prepare(BODY, url=url), Settings()).value  # the aggregator's own rating


def test_a_read_more_line_on_a_newspapers_own_page_changes_nothing():
    text = BODY + "\n\nRead more at Newsweek"
    assert source_rating.score(prepare(text, url=PAPER), Settings()).value == source_rating.score(
        prepare(BODY, url=PAPER), Settings()).value


def test_a_firmer_credit_wins_over_a_read_more_line():
    text = "Ferry pier to close\n\nStory by Jane Ray \u2022 Fox News\n\n" + BODY + "\n\nRead more at Newsweek"
    assert source_rating.score(prepare(text, url=MSN), Settings()).details.get("original_site") == "foxnews.com"


# --- a CSV file ------------------------------------------------------------------------------------

def test_csv_rows_read_the_author_column_and_the_closing_line(tmp_path):
    import csv

    from xlplugin import score_many
    from xlplugin.inputs import read_paths

    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["id", "url", "author", "outlet", "text"])
        out.writerow(["r1", PAPER, "The Associated Press", "Harwick Courier", BODY])
        out.writerow(["r2", MSN, "Story by Jane Ray \u2022 Reuters \u2022 3h", "", BODY])
        out.writerow(["r3", YAHOO, "", "", BODY + "\n\nRead more at Breitbart"])
        out.writerow(["r4", PAPER, "Jane Ray, Staff Writer", "Harwick Courier", BODY])
        out.writerow(["r5", YAHOO, "", "", BODY + "\n\nMore from Breitbart:\n\nFerry fares to rise in April"])
    rows = [r for r in read_paths([str(path)]) if hasattr(r, "text")]
    items = [{"id": r.id, "text": r.text, "url": r.url, "author": r.author, "outlet": r.outlet} for r in rows]
    results = list(score_many(items, workers=1))
    assert [r.kind for r in results[:2]] == [WIRE, WIRE] and results[3].kind != WIRE
    sites = [r.signals["source_rating"].details.get("original_site") for r in results]
    assert sites == [None, "reuters.com", "breitbart.com", None, None]
    assert results[2].signals["source_rating"].value == builtin_ratings()["breitbart.com"]
    assert results[4].signals["source_rating"].value == builtin_ratings()["news.yahoo.com"]
