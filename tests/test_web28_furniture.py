"""(web28) Page furniture read as claims, as classes: a campaign's running count and its asks, a
podcast's chapter list and its sponsor's code, and a page's own "Published: DATE" line. Near misses
of each shape stay claims. Every text here was written for this file."""

from __future__ import annotations

import pytest

from xlplugin.claim_lines import NotClaims
from xlplugin.pages import clean_text
from xlplugin.scorers import unsourced_claims as uc
from xlplugin.settings import Settings
from xlplugin.text import prepare

LEAD = ("The county's rivers were tested at 40 sites last summer, according to the Environment Agency's "
        "monitoring data.\n\n")


def _reasons(text: str) -> dict[str, str]:
    """{sentence: the not-claims rule that takes it, or ""} for the sentences after LEAD."""
    doc = prepare(LEAD + text)
    rules = NotClaims(doc)
    return {doc.text[s.start:s.end].strip(): rules.reason(s) for s in doc.sentences if s.start >= len(LEAD) - 2}


def _check_worthy(text: str, sentence: str) -> bool:
    got = uc.score(prepare(LEAD + text), Settings())
    return any(e.text.strip().startswith(sentence[:30]) for e in got.evidence)


@pytest.mark.parametrize("tally", [
    "84,213 people have signed.",
    "12,950 supporters have already signed so far!",
    "More than 3,400 people have donated.",
    "1,208 of you have taken action today.",
    "2.4k backers have pledged.",
])
def test_a_campaigns_running_count_is_no_claim(tally):
    text = tally + "\n\nWe want a ban on dumping by 2030."
    assert _reasons(text)[tally] == "tally line"
    assert not _check_worthy(text, tally)


@pytest.mark.parametrize("sentence", [
    "Help us reach 100,000.",
    "Help us hit 50,000 signatures by Friday.",
    "Sign the petition to stop 400 spills a year.",
])
def test_a_campaigns_ask_is_a_call_to_action(sentence):
    assert _reasons(sentence)[sentence] == "call to action"


@pytest.mark.parametrize("claim", [
    "More than 12,000 residents have signed leases with the housing trust since 2019.",
    "Some 3,000 people have signed the register since 2019 and the waiting list keeps growing.",
    "Help from 400 volunteers cut the backlog by half in 2025.",
])
def test_counts_in_reporting_stay_claims(claim):
    assert _reasons(claim)[claim] == ""
    assert _check_worthy(claim, claim)


@pytest.mark.parametrize("sponsor", [
    "Use code GRID for 10% off.",
    "Enter the code TIDE20 at checkout for 20 percent off your first box.",
    "Use promo code HARBOUR for a free month.",
])
def test_a_sponsors_code_is_no_claim(sponsor):
    text = "This episode is sponsored by Voltline.\n\n" + sponsor
    assert _reasons(text)[sponsor] == "call to action"
    assert not _check_worthy(text, sponsor)


def test_advice_about_code_stays_a_claim():
    claim = "Use code reviews to catch 90 percent of bugs before release, a 2023 survey found."
    assert _reasons(claim)[claim] != "call to action"


CHAPTERS = ["- 00:00 Intro", "- 03:15 Why blades are hard to recycle", "- 14:40 Cement kilns and grinding",
            "- 27:05 New resins from 2024"]
CHAPTERS_PLAIN = ["0:00 Welcome", "4:12 The first 30 ferries", "18:30 Fares since 2019", "1:02:10 Listener questions"]


@pytest.mark.parametrize("chapters", [CHAPTERS, CHAPTERS_PLAIN])
def test_a_chapter_list_is_no_claim(chapters):
    text = "Show notes\n\n" + "\n\n".join(chapters)
    reasons = _reasons(text)
    for line in chapters:
        assert reasons[line] == "chapter line", (line, reasons)


def test_a_live_blogs_times_are_claims():
    # near miss: entries stamped with clock times, none from zero
    entries = ["14:40 Police closed 3 lanes of the A40 after the crash.",
               "15:05 Two people were taken to hospital, the ambulance service said.",
               "15:30 The road reopened at 15:20 with one lane still shut."]
    reasons = _reasons("\n\n".join(entries))
    assert all(reasons[e] != "chapter line" for e in entries), reasons
    assert _check_worthy("\n\n".join(entries), entries[0])


@pytest.mark.parametrize("line", ["Published: 28 January 2026", "Posted on March 4, 2026", "Published 2026-02-11",
                                  "First published: Tue 3 Feb 2026 07.00 GMT"])
def test_a_pages_own_date_line_is_furniture(line):
    body = "Old hedgerows hold more carbon than thought, a study found.\n\nThe team sampled 64 hedges."
    text, removed = clean_text(f"{line}\n\n{body}")
    assert line not in text and body in text
    assert line in removed


@pytest.mark.parametrize("line", ["Published research shows 40 percent of hedges are over a century old.",
                                  "Posted on the notice board at 9am, the list named 12 streets."])
def test_a_sentence_opening_with_published_stays(line):
    text, _ = clean_text(f"{line}\n\nThe team sampled 64 hedges.")
    assert line in text
