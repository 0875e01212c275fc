"""(lead25) A text's first lines as news pages and newsletters save them (xlplugin.file_titles):
(1) a masthead line under the headline, "OUTLET | when" ("Dunmore 7 News | Updated 6:40 PM,
Friday, May 8, 2026"), stands where a byline would: the headline above it is the title, the name
the outlet, a date after the name the text's date (an update's is not); (2) a publication's name
on the line over the headline, with a byline under the headline, leaves the headline the title.
Texts written for these tests."""

from __future__ import annotations

import pytest

from xlplugin.file_titles import date_line, headline_line, masthead_outlet, outlet_line
from xlplugin.inputs import read_file

BODY = ("6:40 PM\nCrews have reopened one lane of the Mill Road bridge after a lorry struck its railing this "
        "afternoon. The county's highways office says the second lane will stay shut until an engineer has "
        "checked the deck, which could take until Monday.\n\n5:55 PM\nDrivers are being sent along the ring "
        "road. Buses on routes 3 and 11 are running about twenty minutes late, the operator said.\n")


@pytest.mark.parametrize("masthead, outlet", [
    ("Dunmore 7 News | Updated 6:40 PM, Friday, May 8, 2026", "Dunmore 7 News"),
    ("WRDX News 12 | Last updated 18:40, 8 May 2026", "WRDX News 12"),
    ("Harwick Courier | 8 May 2026", "Harwick Courier"),
    ("Fenland Radio \u00b7 Published 8 May 2026", "Fenland Radio"),
    ("NewsWatch 9 Live \u2022 6:40 PM", "NewsWatch 9 Live"),
])
def test_a_masthead_line_under_the_headline_gives_title_and_outlet(masthead, outlet, tmp_path):
    text = f"LIVE: Lorry hits Mill Road bridge - updates\n{masthead}\n\n{BODY}"
    assert masthead_outlet(masthead) == outlet
    assert headline_line(text) == "LIVE: Lorry hits Mill Road bridge - updates"
    assert outlet_line(text) == outlet
    path = tmp_path / "live.txt"
    path.write_text(text, encoding="utf-8")
    got = read_file(path)
    assert (got.title, got.outlet) == ("LIVE: Lorry hits Mill Road bridge - updates", outlet)


@pytest.mark.parametrize("masthead, date", [
    ("Harwick Courier | 8 May 2026", "8 May 2026"),
    ("Dunmore 7 News | May 8, 2026", "May 8, 2026"),
    ("Fenland Radio | Published 8 May 2026", "8 May 2026"),
    ("Dunmore 7 News | Updated 6:40 PM, Friday, May 8, 2026", ""),  # an update's date, as before
])
def test_a_date_after_the_outlets_name_is_the_texts_own(masthead, date):
    assert date_line(f"Lorry hits Mill Road bridge\n{masthead}\n\n{BODY}")[0] == date


@pytest.mark.parametrize("line", [
    "Local News | 8 May 2026",               # a section's name
    "World | 8 May 2026",                    # one word
    "Ann Lee | 8 May 2026",                  # a person, no outlet's word
    "Harwick Courier reported on 8 May 2026 that the bridge was shut",  # a sentence, no mark
    "Harwick Courier | Sport",               # no date or time after the mark
    "Harwick Courier",                       # a name alone
])
def test_other_lines_are_no_masthead(line):
    assert masthead_outlet(line) == ""


def test_a_section_line_under_the_headline_gives_no_outlet_and_no_date():
    text = f"Lorry hits Mill Road bridge\nLocal News | 8 May 2026\n\n{BODY}"
    assert outlet_line(text) == ""
    assert date_line(text)[0] == ""


NEWSLETTER = ("Hello again, everyone.\n\nThis week I went to the planning meeting so you did not have to. The "
              "short version: the car park stays, the bakery gets its awning, and nobody could explain the "
              "new bins.\n")


@pytest.mark.parametrize("name", ["The Tannery Letter", "Notes from Quay Street", "Sunday Post-Bag", "Ledger"])
def test_a_publications_name_over_the_headline_leaves_the_headline(name):
    text = f"{name}\nIssue 31: The bins nobody ordered\nby Orla Byrne | Mar 9, 2026\n\n{NEWSLETTER}"
    assert headline_line(text) == "Issue 31: The bins nobody ordered"


@pytest.mark.parametrize("text, headline", [
    # no byline under the second line: the first line stays what it was (no headline here)
    (f"The Tannery Letter\nIssue 31: The bins nobody ordered\n\n{NEWSLETTER}", ""),
    # a headline with a byline under it: as before
    (f"The bins nobody ordered\nby Orla Byrne | Mar 9, 2026\n\n{NEWSLETTER}", "The bins nobody ordered"),
    # a first line that is a sentence, not a name
    (f"I went to the meeting.\nIssue 31: The bins nobody ordered\nby Orla Byrne\n\n{NEWSLETTER}", ""),
    # a first line with a number (a date, an issue line): no publication's name
    (f"March 2026\nIssue 31: The bins nobody ordered\nby Orla Byrne\n\n{NEWSLETTER}", ""),
])
def test_other_first_lines_keep_their_reading(text, headline):
    assert headline_line(text) == headline
