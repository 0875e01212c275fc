"""(web39b) A web article's subheading (a short Title Case line of its own between paragraphs,
ending in no mark) names what the paragraphs below say: it is no check-worthy claim of its own
(claim_lines rule "subheading"). A short sentence with a full stop, a line in sentence case and a
line in a list of such lines stay claims. Fixtures written for this test."""

from __future__ import annotations

import pytest
from attribution_helpers import claim_texts as _claims
from attribution_helpers import not_claim_reason as _reason

OPENING = ("The harbour town spent the summer arguing about its ferry timetable, and the council "
           "finally voted on Tuesday night.\n\n")
BELOW = "\n\nCommuters from the north shore gain two sailings a day, while weekend visitors lose the last boat.\n"


@pytest.mark.parametrize("heading", [
    "The Biggest Timetable Change Since 1998",
    "Winners And Losers Of The Busiest Summer",
    "Why Fares Will Rise Faster Than Ever",
])
def test_a_subheading_between_paragraphs_is_no_claim(heading):
    text = OPENING + heading + BELOW
    assert _reason(text, heading) == "subheading"
    assert heading not in _claims(text)


def test_a_subheading_right_over_its_paragraph_is_no_claim():
    # a heading put back over its paragraph on the next line (page_headings), no blank line
    text = OPENING + "The Biggest Timetable Change Since 1998\n" + BELOW.strip() + "\n"
    assert "The Biggest Timetable Change Since 1998" not in _claims(text)


@pytest.mark.parametrize("line", [
    # (web41) "The Biggest Timetable Change Since 1998." is a subheading now: tests/test_web41_page_reading.py
    "It is the biggest timetable change since 1998.",  # sentence case, a full stop
    "It is the biggest timetable change since 1998",  # sentence case
])
def test_sentences_stay_claims(line):
    assert line in _claims(OPENING + line + BELOW)


def test_a_list_of_title_case_lines_stays():
    # the line before ends as no sentence does: a list of such lines, not a subheading
    text = OPENING + "Fastest Sailings Of 2024\nThe Biggest Timetable Change Since 1998" + BELOW
    assert _reason(text, "The Biggest Timetable Change Since 1998") == ""


def test_no_paragraph_below_no_subheading():
    text = OPENING + "The Biggest Timetable Change Since 1998\n\nMore soon\n"
    assert _reason(text, "The Biggest Timetable Change Since 1998") == ""
