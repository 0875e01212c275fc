"""(lead25) A site's own page (og:type "website") whose JSON-LD calls it a collection of other pages
or search results is a listing, whatever its address (a tag page at "/local-news/"); one that
describes events or a list of items counts towards a listing (an events calendar at
"/whats-on/"), with "What's on" in its title. An article's JSON-LD may describe the event it
reports: its og:type is "article", and it stays an article. Texts written for these tests."""

from __future__ import annotations

import pytest

from xlplugin import kinds
from xlplugin.text import prepare

_TEASERS = "\n\n".join([
    "Bin collections move to every other week",
    "Households will put general waste out fortnightly from June, the council said.",
    "New cycle path opens along the canal",
    "The route links the station with the business park.",
    "Library hours extended on Thursdays",
    "Two branches will stay open until seven in the evening.",
    "Pool reopens after roof repairs",
    "The main pool had been shut since the storm in February.",
])

_EVENTS = "\n\n".join([
    "Sat 11",
    "Spring Songs",
    "Main Hall",
    "The town choir sings old and new music for spring, with a string quartet.",
    "Sun 12",
    "Screen printing for beginners",
    "A day of printing tote bags and posters. All materials are included.",
    "Wed 15",
    "Family film morning",
    "An animated film with the lights left low and the sound turned down.",
])


def _kind(text: str, **meta: str) -> kinds.Kind:
    return kinds.classify(prepare(text, **meta))


@pytest.mark.parametrize("page_type, url", [
    ("website; type: collectionpage; title: local news | the dale weekly", "https://daleweekly.example/local-news/"),
    ("website; type: collectionpage; title: local news | the dale weekly", "https://daleweekly.example/news/local/"),
    ("website; type: searchresultspage; title: search: pool | the dale weekly", "https://daleweekly.example/search"),
])
def test_a_collection_page_is_not_an_article(page_type, url):
    kind = _kind(_TEASERS, title="Local news", url=url, page_type=page_type)
    assert kind.kind == "not an article"
    assert any("collection of other pages" in cue for cue in kind.cues)


@pytest.mark.parametrize("title, url", [
    ("What's on in May", "https://millbrookarts.example/whats-on/"),
    ("What’s on in May", "https://millbrookarts.example/calendar/2026-05/"),
    ("Events in May", "https://millbrookarts.example/programme/"),
])
def test_an_events_calendar_is_not_an_article(title, url):
    kind = _kind(_EVENTS, title=title, url=url,
                 page_type=f"website; type: event, offer; title: {title.lower()} - millbrook arts centre")
    assert kind.kind == "not an article"
    assert any("describes events" in cue for cue in kind.cues)


_REPORT = ("The town choir will sing at the reopening of the Corn Exchange on Saturday, the council said on "
           "Monday. The building has been closed for two years while its roof was replaced at a cost of "
           "2.4 million pounds, paid for by a heritage grant and the council's own reserves. \"We wanted the "
           "first thing people hear in the hall to be local voices,\" said Maria Keane, who chairs the "
           "trust that runs it. Tickets for the concert sold out within a day, the trust said, and a second "
           "performance has been added for Sunday afternoon. The council's report says the building will "
           "need to earn 180,000 pounds a year from hire and events to cover its running costs.")


@pytest.mark.parametrize("page_type", [
    "article; type: event; title: choir to open restored corn exchange | dale weekly",
    "article; type: collectionpage; title: choir to open restored corn exchange | dale weekly",
    "web page; type: event",
])
def test_a_report_whose_page_describes_an_event_stays_a_report(page_type):
    kind = _kind(_REPORT, title="Choir to open restored Corn Exchange", author="Sam Idowu",
                 url="https://daleweekly.example/news/2026/05/choir-corn-exchange", page_type=page_type)
    assert kind.kind == "news report"


def test_a_website_page_with_an_event_and_nothing_else_of_a_listing_is_left_to_the_other_cues():
    kind = _kind(_REPORT, title="Choir to open restored Corn Exchange", author="Sam Idowu",
                 url="https://daleweekly.example/news/2026/05/choir-corn-exchange",
                 page_type="website; type: event; title: choir to open restored corn exchange")
    assert kind.kind == "news report"  # 2 of the 3 a listing needs; a long signed report has no other
