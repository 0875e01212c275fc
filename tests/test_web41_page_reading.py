"""(web41) Web pages read as a careful reader reads them: six classes earlier sessions left, each on
pages and texts written for this test (tests/fixtures/web41, invented sites and people).

1. a date line under a standfirst and a byline (below the text's first three lines) is the page's date
   line: its date where the markup gives none, out of the text where the page's date is read;
2. a live blog's heading over its first day's entries ("Friday 4 December 2026") stays in the text;
3. a source's body described with its own "a" ("chief executive of a logistics software company") is
   not named "the a logistics software company";
4. a byline with a nickname in quotation marks ('Robert "Bob" Smith') credits a person, and a personal
   site's writer who introduces themselves ("I'm Clara Whitfield and ...") is the page's author;
6. a Title Case subheading ending in a full stop is no claim.
(5, company names with words in no list, is left for a later session.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from attribution_helpers import claim_texts
from attribution_helpers import not_claim_reason as _reason

import xlplugin
from xlplugin import page_dates, source_sides
from xlplugin.file_titles import author_line
from xlplugin.names import credits_a_person
from xlplugin.pages import extract_page, trafilatura_available

PAGES = Path(__file__).parent / "fixtures" / "web41"
needs_extractor = pytest.mark.skipif(not trafilatura_available(), reason="trafilatura is not installed")


def _page(name: str, *changes: tuple[str, str]):
    markup = (PAGES / name).read_text(encoding="utf-8")
    for old, new in changes:
        assert old in markup
        markup = markup.replace(old, new)
    return extract_page(markup)


# 1. A date line under a standfirst and a byline --------------------------------------------------

@needs_extractor
def test_date_line_under_standfirst_and_byline_gives_the_date():
    page = _page("date_under_standfirst.html")  # no date in the markup
    assert page.date == "2026-03-12"
    assert "Thursday 12 March 2026" not in page.text
    assert "Thursday 12 March 2026" in page.removed
    assert "Return tickets on the Kestrel Bay crossing" in page.text


@needs_extractor
def test_date_line_under_standfirst_is_furniture_where_the_date_is_given():
    meta = ('<link rel="canonical"', '<meta property="article:published_time" content="2026-03-12"><link rel="canonical"')
    page = _page("date_under_standfirst.html", meta)
    assert page.date == "2026-03-12"
    assert "Thursday 12 March 2026" not in page.text


@needs_extractor
def test_a_date_line_giving_another_day_stays():  # guard: an update's day, said nowhere else
    meta = ('<link rel="canonical"', '<meta property="article:published_time" content="2026-03-10"><link rel="canonical"')
    page = _page("date_under_standfirst.html", meta)
    assert page.date == "2026-03-10"
    assert "Thursday 12 March 2026" in page.text


@needs_extractor
def test_a_diarys_date_lines_stay():  # guard: several date lines are entries, not the page's date line
    page = _page("diary_days.html")
    for day in ("Monday 1 June 2026", "Tuesday 2 June 2026", "Wednesday 3 June 2026"):
        assert day in page.text


def test_date_head_reaches_below_the_third_line_only_under_a_short_head():
    standfirst = "The operator blames fuel and crew costs, and says no further rise is planned this year."
    lines = ["Island life", "Ferry fares to rise", standfirst, "By Tomas Reyna", "Thursday 12 March 2026", "Prose."]
    assert "Thursday 12 March 2026" in page_dates.date_head(lines)
    # guard: under a head longer than DATE_HEAD_WORDS words it is no date line of the page's
    long_head = ["Island life", "Ferry fares to rise", " ".join([standfirst] * 6), "By Tomas Reyna", "Thursday 12 March 2026"]
    assert "Thursday 12 March 2026" not in page_dates.date_head(long_head)


# 2. A live blog's first entry heading ---------------------------------------------------------------

@needs_extractor
def test_live_blog_keeps_its_day_heading():
    page = _page("liveblog_day_heading.html")
    assert page.date == "2026-12-04"
    assert "Friday 4 December 2026" in page.text.split("\n\n")
    assert "Friday 4 December 2026" not in page.removed


@needs_extractor
def test_a_day_heading_on_a_page_that_is_no_live_blog_is_still_furniture():  # guard: webtidy40's rule holds
    page = _page("liveblog_day_heading.html", ("Storm Wren live: rail lines", "Storm Wren: rail lines"),
                 ('class="live-blog"', 'class="story"'))
    assert "Friday 4 December 2026" not in page.text


# 3. A source's body with its own determiner ---------------------------------------------------------

SOURCES_TEXT = """Warehouse robots spread to smaller firms

By Ann Lee

Priya Shah, chief executive of a logistics software company, said orders had doubled since January.

Tom Reed, a spokesman for a regional haulage firm, said drivers were being retrained.

Sara Moyo, a spokeswoman for the county council, said the depot had planning permission.
"""


@pytest.mark.parametrize("desc, side", [
    ("chief executive of a logistics software company", "a logistics software company"),
    ("a spokesman for a regional haulage firm", "a regional haulage firm"),
    ("founder of an engineering company", "an engineering company"),
    ("a spokeswoman for the county council", "the county council"),  # guard
    ("a spokesman for county council", "the county council"),  # guard: "the" before a bare description
    ("a spokesman for a letter to Congress", ""),  # a description naming no kind of body: no side
    ("head of a Dallas", ""),
])
def test_a_bodys_own_determiner_is_kept(desc, side):
    assert source_sides.classify(desc) == side


def test_provenance_names_no_doubled_determiner():
    result = xlplugin.score_text(SOURCES_TEXT)
    details = " ".join(e.detail for e in result.signals["provenance"].evidence)
    assert "Priya Shah (a logistics software company)" in details
    assert "Tom Reed (a regional haulage firm)" in details
    assert "the a " not in details and "the an " not in details


# 4. Authors: a nickname in quotation marks, a writer introducing themselves -------------------------

@pytest.mark.parametrize("name", ['Robert "Bob" Kettering', "Robert \u201cBob\u201d Kettering", "Robert 'Bob' Kettering"])
def test_a_name_with_a_nickname_credits_a_person(name):
    assert credits_a_person(name)


def test_a_text_files_byline_with_a_nickname_is_its_author():
    text = ('Why our allotment switched to rainwater butts\n\nBy Robert "Bob" Kettering\n\n'
            "Last summer the mains tap at the top of the site ran dry for eleven days, and half the plots lost their beans.\n")
    assert author_line(text) == ('Robert "Bob" Kettering', 'By Robert "Bob" Kettering')
    result = xlplugin.score_text(text)
    byline = next(e for e in result.signals["provenance"].evidence if e.kind == "byline")
    assert byline.present


def test_a_quoted_word_that_is_no_nickname_credits_no_one():  # guard
    assert not credits_a_person('the "Editorial" Board')


@needs_extractor
def test_a_pages_byline_with_a_nickname_earns_the_byline_cue():
    # provenance's byline cue reads the author the page gives where the byline line left the text
    page = _page("nickname_byline.html")
    assert page.author == "Robert \u201cBob\u201d Kettering"
    assert credits_a_person(page.author)


@needs_extractor
def test_a_personal_sites_writer_introducing_themselves_is_the_author():
    page = _page("personal_intro.html")
    assert page.author == "Clara Whitfield"


@needs_extractor
@pytest.mark.parametrize("opening", [
    "\u201cI'm Tom Reddin and I have run this caf\u00e9 for ten years,\u201d said the owner of the shop by the green.",
    "Years ago a neighbour told me that I am Clara's only friend on the lane, which was kind if not true.",
])
def test_no_author_from_a_quotation_or_a_first_name(opening):  # guards
    change = ("I'm Clara Whitfield and I have been fixing my neighbours' bicycles in a garden shed since the spring of 2023.", opening)
    assert _page("personal_intro.html", change).author == ""


@needs_extractor
def test_a_byline_wins_over_an_introduction():  # guard: the introduction fills only an empty author
    change = ("<h1>Three years of mending bicycles in my shed</h1>",
              '<h1>Three years of mending bicycles in my shed</h1><p class="byline">By Ines Calloway</p>')
    assert _page("personal_intro.html", change).author == "Ines Calloway"


# 6. A Title Case subheading ending in a full stop -----------------------------------------------------

OPENING = ("The harbour board agreed on Tuesday to raise the mooring levy for the third year running, "
           "according to its published minutes.\n\n")
BELOW = "\n\nBoard papers show the levy stood at 210 pounds a berth in 2022, the harbour master said in a statement.\n"


def _claims(text: str) -> list[str]:
    return claim_texts(text, "unsourced")


@pytest.mark.parametrize("heading", [
    "How The Levy Grew By 40 Per Cent.",
    "The Biggest Timetable Change Since 1998.",
    "The Levy Rose By 40 Percent In 2019.",
])
def test_a_title_case_subheading_ending_in_a_full_stop_is_no_claim(heading):
    text = OPENING + heading + BELOW
    assert _reason(text, heading) == "subheading"
    assert heading not in _claims(text)


@pytest.mark.parametrize("line", [
    "The levy grew by 40 per cent.",  # sentence case
    "The Levy Grew By 40 Per Cent...",  # an ellipsis
    "THE LEVY HAS NEVER GROWN SO FAST BEFORE.",  # capitals throughout: a sentence shouted
])
def test_full_stop_lines_that_stay_claims(line):  # guards
    assert line in _claims(OPENING + line + BELOW)


def test_a_title_case_line_with_no_paragraph_under_it_stays_a_claim():  # guard
    line = "How The Levy Grew By 40 Per Cent."
    assert line in _claims(OPENING + line + "\n")
