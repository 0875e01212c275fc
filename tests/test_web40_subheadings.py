"""(web40) A subheading is no claim whatever mark a title ends in: web39b's rule "subheading" (a short
Title Case line of its own between paragraphs) read only a line ending in a letter or a digit, so a
subheading ending in "%", a closing bracket, a question mark, an exclamation mark or a closing
quotation mark was still a check-worthy claim. A full stop, a comma, a semicolon, a colon or an
ellipsis still ends no subheading, and a one-line sentence in sentence case stays a claim.
Fixtures written for this test."""

from __future__ import annotations

import pytest
from attribution_helpers import claim_texts as _claims
from attribution_helpers import not_claim_reason as _reason

from xlplugin.text import prepare

OPENING = ("The valley's water board spent the spring arguing about the reservoir levy, and its members "
           "finally voted on Thursday evening.\n\n")
BELOW = "\n\nHouseholds on the east bank pay eleven pounds more a quarter, while farms pay less than before.\n"


@pytest.mark.parametrize("heading", [
    "Reservoir Levy Rises By 40%",
    "What The Levy Means For 2,000 Farms (And Who Pays)",
    "Will The Levy Double By 2030?",
    "The Levy Is Up 40 Percent Again!",
    "Why The Board Calls It \u201cFair\u201d",
    "Levy Rises 40% [Updated]",
])
def test_a_subheading_ending_in_a_title_mark_is_no_claim(heading):
    text = OPENING + heading + BELOW
    assert heading in [s.text.strip() for s in prepare(text).sentences]
    assert _reason(text, heading) == "subheading"
    assert heading not in _claims(text)


@pytest.mark.parametrize("line", [
    # (web41) "The Levy Rose By 40 Percent In 2019." is a subheading now: tests/test_web41_page_reading.py
    "The levy rose by 40 percent in 2019.",  # sentence case, a full stop
    "The levy rose by 40% in 2019",  # sentence case, ending in "%"
    "The levy has doubled since 2019!",  # sentence case, an exclamation
    "The levy rose by 40% (the most since 1987)",  # sentence case, a bracket
])
def test_one_line_sentences_stay_claims(line):
    assert line in _claims(OPENING + line + BELOW)


def test_a_title_line_ending_in_a_semicolon_stays():
    text = OPENING + "The Levy Rose By 40 Percent In 2019;" + BELOW
    assert _reason(text, "The Levy Rose By 40 Percent In 2019;") == ""


def test_a_list_of_title_lines_ending_in_marks_stays():
    # the line before ends as no sentence does: a list of such lines, not a subheading
    text = OPENING + "Levy Up 12% In Spring\nReservoir Levy Rises By 40%" + BELOW
    assert _reason(text, "Reservoir Levy Rises By 40%") == ""


def test_plain_text_one_line_claim_in_title_case_without_paragraph_below():
    # the last line of a plain text, nothing under it: no subheading
    text = OPENING + "Reservoir Levy Rises By 40%\n"
    assert _reason(text, "Reservoir Levy Rises By 40%") == ""
