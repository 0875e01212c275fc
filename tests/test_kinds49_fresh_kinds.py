"""(kinds49) Fresh documents of the kinds with the fewest labelled pages (press release, wire copy, forum or social
post), written for this project in session 38 (tests/fixtures/kinds49, labelled in tests/kinds_labels.csv as set
"kinds49"), scored through the normal path. Before kinds49's rules 6 of 8 were right: a council's release signed only
by its issue line at the foot ("Issued by Eastford County Council communications team") was a news report, and a
question posted on Reddit, saved from the site's own page ("Posted by u/NAME 3 hours ago", "87 comments  Share  Save"),
was opinion or analysis (its poster's "I"). The two classes are tested below on short texts of their own, with the
near cases that keep their kinds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kinds_helpers import assert_written_kind, has_cue, kind_of, scored_pages

from xlplugin import kinds

FRESH = Path(__file__).resolve().parent / "fixtures" / "kinds49"
EXPECTED = {"press": kinds.PRESS_RELEASE, "wire": kinds.WIRE, "forum": kinds.FORUM}
PAGES = sorted(FRESH.glob("*.*"))


@pytest.fixture(scope="module")
def scored():
    return scored_pages(PAGES)


def test_the_fresh_documents_cover_each_rare_kind_at_least_twice():
    firsts = [page.name.split("_")[0] for page in PAGES]
    assert set(firsts) == set(EXPECTED)
    assert all(firsts.count(first) >= 2 for first in EXPECTED)


@pytest.mark.parametrize("name", [page.name for page in PAGES])
def test_each_fresh_document_gets_the_kind_it_was_written_as_with_an_index(scored, name):
    assert_written_kind(scored[name], EXPECTED[name.split("_")[0]])


# --- a post saved from Reddit's page: its header and its buttons row, no separator dots

QUESTION = ("Is it worth repairing a ten-year-old dishwasher?\n\nMine has started leaving the glasses cloudy and the "
            "repair quote is 140. A new one is about 400. I don't really want to throw it away if it can be saved, "
            "but I also don't want to pay for a repair and then have it die next year. What would you do?\n\n")
# the header as the redesigned site shows it (its age after a space), under the subreddit's name, and alone on its line
HEADERS = ("Posted by u/plate_rack_pat 5 hours ago", "r/HomeImprovement\n\nPosted by u/plate_rack_pat",
           "r/HomeImprovement \u00b7 Posted by u/plate_rack_pat 5 hours ago")


@pytest.mark.parametrize("header", HEADERS)
def test_a_reddit_posts_header_at_the_top_makes_a_forum_post(header):
    kind = kind_of(header + "\n\n" + QUESTION)
    assert kind.kind == kinds.FORUM, kind.cues
    assert has_cue(kind, "Reddit post's header")


def test_a_reddit_posts_buttons_row_is_a_posts_cue():
    kind = kind_of(QUESTION + "23 comments  Share  Save\n")
    assert has_cue(kind, "Reddit post's buttons")


REPORT = ("Council to review bin collections after complaints\n\nEastford council will review its fortnightly bin "
          "collections after more than 300 complaints in a month, its environment chief said on Tuesday.\n\n"
          "Councillor Ann Reed said the review would report in June. Residents had complained online, and one thread "
          "on the town's forum drew 400 replies.\n\n")


def test_a_report_that_embeds_a_reddit_post_lower_down_stays_a_report():
    kind = kind_of(REPORT * 2 + "One resident wrote:\n\nPosted by u/bin_day_bob 2 days ago\n\nThird missed collection "
                   "this month. Anyone else?\n\n" + REPORT)
    assert kind.kind == kinds.NEWS, kind.cues
    assert not has_cue(kind, "Reddit")


def test_a_blogs_posted_by_a_name_and_a_news_pages_comment_count_are_no_reddit_marks():
    kind = kind_of("Posted by Jane Hollis\n\n" + REPORT + "12 comments\n\nShare this article\n")
    assert not has_cue(kind, "Reddit"), kind.cues


# --- a release's issue line, on a line of its own

RELEASE = ("Library opening hours to change from April\n\nEastford County Council will open its branch libraries on "
           "Saturdays from 1 April, after a consultation with residents.\n\nCouncillor Ann Reed, cabinet member for "
           "culture, said: \"Saturday is when families want to visit, and we have listened.\"\n\nThe change is paid for "
           "by moving staff hours from Monday mornings, when fewest visitors come.\n\n")


@pytest.mark.parametrize("line", ["Issued by Eastford County Council communications team",
                                  "Issued by the Eastford Libraries Trust press office",
                                  "Issued on behalf of Eastford Libraries Trust by Quay PR"])
def test_an_issue_line_on_its_own_line_makes_the_issuers_release(line):
    kind = kind_of(RELEASE + line + "\n")
    assert kind.kind == kinds.PRESS_RELEASE, kind.cues
    assert has_cue(kind, "issue line")


def test_the_same_release_without_its_issue_line_is_no_release_by_this_rule():
    kind = kind_of(RELEASE)
    assert not has_cue(kind, "issue line")


@pytest.mark.parametrize("text", [
    # a report citing a statement issued by a press office, in a sentence
    REPORT + "A statement issued by the council's press office said the review would be independent.\n",
    # a weather service's warning: issued by a forecaster, no press office named
    "Yellow warning of snow\n\nIssued by the Met Office at 10:00 on Tuesday\n\nValid from 18:00 Tuesday to 09:00 "
    "Wednesday. Snow may cause delays to travel on higher routes.\n",
])
def test_issued_by_in_a_sentence_or_without_a_press_office_is_no_issue_line(text):
    kind = kind_of(text)
    assert not has_cue(kind, "issue line"), kind.cues
