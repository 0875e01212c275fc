"""(credit27) A byline naming a news agency alone ("By Associated Press", "By Reuters", "By AFP",
"By The Associated Press Staff") credits the text to the agency, as "By the Editorial Board" credits
it to a group: no byline credit (no person), and no "no author" cost either; the evidence says the
text is credited to a news agency. In a text and on a web page. Every text and page here is written
for this test (.example sites)."""

from __future__ import annotations

import pytest

from xlplugin import furniture
from xlplugin.pages import extract_page
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

HEADLINE = "Ferry crews vote to strike over rosters\n"
BODY = ("\n\nFerry crews on the island routes voted to strike for two days next month in a dispute over "
        "new rosters, their union said on Tuesday.\n\n"
        "The operator said it was disappointed and would keep talking to the union before the first "
        "walkout, which is planned for the 14th.\n\n"
        "About 3,000 passengers a day use the three routes, according to the port authority's figures.\n")


def _cues(text: str, **meta: str):
    result = provenance.score(prepare(text, **meta), Settings())
    return result, {e.kind: e for e in result.evidence}


AGENCY_CREDITS = [
    "By Associated Press",
    "By The Associated Press",
    "By the Associated Press",
    "By Reuters",
    "By AFP",
    "By Agence France-Presse",
    "By The Associated Press Staff",
    "By Reuters Staff",
    "By Press Association",
    "By AP",
    "By Bernama",
    "By Reuters | 12 March 2026",
    "By AFP \u00b7 12 March 2026",
]


@pytest.mark.parametrize("credit", AGENCY_CREDITS)
def test_an_agency_alone_in_a_texts_byline_is_no_byline_and_no_missing_author(credit):
    result, cues = _cues(HEADLINE + credit + BODY)
    assert not cues["byline"].present, credit
    assert not cues["no author"].present, credit
    assert "a news agency" in cues["no author"].detail and "not counted as a text with no author" in cues["no author"].detail
    # the same class as a credit to a group: the same points (a date after the credit kept)
    date = next((credit[credit.index(mark):] for mark in (" | ", " \u00b7 ") if mark in credit), "")
    board, _ = _cues(HEADLINE + "By the Editorial Board" + date + BODY)
    assert result.value == board.value


@pytest.mark.parametrize("credit", ["By Associated Press", "By Reuters", "By AFP"])
def test_an_agency_credit_gains_the_no_author_points_it_lost(credit):
    plain, cues = _cues(HEADLINE.rstrip("\n") + BODY)
    assert cues["no author"].present  # a text with no credit at all still has no author
    credited, _ = _cues(HEADLINE + credit + BODY)
    assert credited.value == plain.value + provenance.NEGATIVE["no author"]


@pytest.mark.parametrize("credit", [
    "By Ap",  # a short agency name is an acronym only in capitals
    "By Reuters reporters in Lisbon and Madrid",  # more than the agency's name
    "By Reuters' count, the strike will cost the operator dearly",  # a sentence, no credit
    "By Harbour Wire",  # no agency's name
    "By Aft",
])
def test_near_misses_still_have_no_author(credit):
    _, cues = _cues(HEADLINE + credit + BODY)
    assert not cues["byline"].present, credit
    assert cues["no author"].present, credit


@pytest.mark.parametrize("credit", ["By DANIEL ORTEGA Associated Press", "By Rafael Dunne, Reuters", "By Maria Lopez",
                                    "Tomas Lindqvist - AFP"])
def test_a_person_with_or_without_an_agency_is_still_a_byline(credit):
    _, cues = _cues(HEADLINE + credit + BODY)
    assert cues["byline"].present and not cues["no author"].present


@pytest.mark.parametrize(("credit", "agency"), [
    (" Associated Press", "Associated Press"), (" The Associated Press Staff", "Associated Press"),
    (" AFP | 3 May 2026", "AFP"), (" Reuters, Lisbon", "Reuters"), (" Ap", ""), (" Maria Lopez", ""),
    (" Reuters reporters in Lisbon", ""), (" The Harbour Ledger", ""),
])
def test_agency_alone_reads_the_agencys_name(credit, agency):
    assert furniture.agency_alone(credit) == agency


STORY = ("<p>EASTPORT, Maine (AP) \u2014 A late frost killed most of the blueberry blossom on the coastal "
         "barrens this week, growers said on Thursday.</p>"
         "<p>The state's extension service said yields could fall by half on the worst-hit fields.</p>"
         "<p>\u201cWe have not seen a frost this late in twenty years,\u201d said Noah Pelletier, who grows "
         "berries near Machias.</p>"
         "<p>Forecasters expect warmer nights from Saturday.</p>")


def _page(byline: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Late frost hits blueberry barrens"
            " | Tidewater Gazette</title><meta property='og:site_name' content='Tidewater Gazette'>"
            "<link rel='canonical' href='https://www.tidewatergazette.example/news/late-frost-blueberries'></head>"
            "<body><article><h1>Late frost hits blueberry barrens</h1>"
            f"<ul class='meta'><li><span class='byline'>{byline}</span></li>"
            "<li><time datetime='2026-05-21T08:00:00-04:00'>May 21, 2026</time></li></ul>"
            f"{STORY}</article></body></html>")


def _page_cues(byline: str):
    page = extract_page(_page(byline))
    result, cues = _cues(page.text, title=page.title, url=page.url, outlet=page.outlet, author=page.author,
                         date=page.date)
    return page, result, cues


@pytest.mark.parametrize("byline", ["By Associated Press", "By The Associated Press", "By Reuters", "By AFP"])
def test_a_pages_agency_byline_is_no_byline_and_no_missing_author_and_says_agency(byline):
    page, result, cues = _page_cues(byline)
    assert not cues["byline"].present and not cues["no author"].present, page.author
    assert "news agency" in cues["no author"].detail


def test_a_pages_group_and_person_bylines_keep_their_readings():
    _, _, board = _page_cues("By the Editorial Board")
    assert not board["no author"].present and "news agency" not in board["no author"].detail
    _, _, person = _page_cues("By Noah Pelletier")
    assert person["byline"].present
