"""Provenance misreads a tester found on fresh documents (prov24; every sentence written for these
tests): datelines with a place in title case and its state, a date in brackets; archive records
as primary documents; a correction notice's own words; a wire story a paper reprinted. Each class
has near misses beside it that must not change."""

from __future__ import annotations

import pytest

from xlplugin import kinds
from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare

_BODY = ("The county board voted 5-2 on Tuesday to close the old bridge for repairs, the chair said.\n\n"
         "Harbour Water said the work would take three months and cost 2 million dollars.")


def _cue(text: str, name: str, **meta: str):
    """The evidence of provenance cue `name` for `text`."""
    sig = provenance.score(prepare(text, **meta), Settings())
    return next(e for e in sig.evidence if e.kind == name)


def _found(text: str, name: str, **meta: str) -> str | None:
    """The evidence text of cue `name` when found, else None."""
    cue = _cue(text, name, **meta)
    return cue.text if cue.detail.startswith("found") else None


# --- 1. a dateline: a place in title case, its state, a date in brackets -----------------------------

@pytest.mark.parametrize("line, date", [
    ("Fairhaven, Ore. (Oct. 14, 2026) \u2014", "Oct. 14, 2026"),
    ("Salt Lake City, Utah (Nov. 2, 2026) \u2014", "Nov. 2, 2026"),
    ("Port Ellis, N.Y. (March 9, 2027) -", "March 9, 2027"),
    ("GRANITE FALLS, Minn. (Aug. 30, 2026) \u2014", "Aug. 30, 2026"),
    ("Boise, Idaho, March 3, 2026 \u2014", "March 3, 2026"),
])
def test_a_dateline_with_a_date_in_brackets_is_a_dateline_and_a_date(line, date):
    text = f"{line} {_BODY}"
    assert _found(text, "dateline") == line
    assert _found(text, "publication date") == date


@pytest.mark.parametrize("line, agency", [
    ("St. Cloud, Minn. (AP) \u2014", "AP"),
    ("Millbrook, Ala. (Reuters) -", "Reuters"),
    ("Fairhaven, Ore. \u2014", None),
])
def test_a_title_case_place_and_its_state_is_a_dateline(line, agency):
    text = f"{line} {_BODY}"
    assert _found(text, "dateline") == line
    assert _found(text, "named outlet") == agency


@pytest.mark.parametrize("line", [
    "Meanwhile, Ore. prices rose \u2014",     # a state's abbreviation inside a sentence
    "Yesterday, I went out \u2014",            # a sentence's opening words before a dash
    "Dear Sir, Texas is big \u2014",
    "Harwick, England \u2014",                 # no state: a title-case place alone is no dateline
    "Tuesday, Oct. 14, 2026 \u2014",
])
def test_opening_words_before_a_dash_are_no_dateline(line):
    assert _found(f"{line} {_BODY}", "dateline") is None


@pytest.mark.parametrize("line", ["Fairhaven, Ore. (Oct. 14, 2026) \u2014", "FAIRHAVEN, Ore. (Oct. 14, 2026) \u2014"])
def test_the_kinds_rule_reads_a_bracketed_date_dateline(line):
    cues = kinds.classify(prepare(f"{line} {_BODY}")).cues
    assert any(c.startswith("a dateline") for c in cues), cues


# --- 4. archive records are primary documents ---------------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("The minutes of the town council record that the mill closed in 1887 with 300 jobs lost.",
     "The minutes of the town council record"),
    ("The parish burial register shows that 41 children died in the winter of 1849.",
     "The parish burial register shows"),
    ("The 1911 census lists 212 people living on the street.", "The 1911 census lists"),
    ("The estate ledgers record 40 sales of land between 1820 and 1840.", "The estate ledgers record"),
    ("Parish records show that 41 children died in 1849.", "Parish records show"),
])
def test_an_archive_record_is_a_reference_to_a_primary_document(text, shown):
    assert _found(text, "references to primary documents") == shown


@pytest.mark.parametrize("text", [
    "Records show that 41 children died in 1849.",           # whose records? none named
    "The band will record 12 new songs in 2027.",            # a band records music, not events
    "Bolt set a world record of 9.58 seconds in 2009.",      # "record" the noun
    "The shop lists 300 products on its website.",           # a shop, no document
    "The records were released after a public records lawsuit filed by the paper.",  # "records" the noun
    "She listed 12 reasons for the delay.",
])
def test_records_of_no_archive_are_no_primary_document(text):
    assert _found(text, "references to primary documents") is None


# --- 5. a correction notice's own words are a correction, not a repost --------------------------------

_REPORT = "Harwick pool opens\n\nBy Ann Lee\n\nThe council said the pool would open in June, the mayor said.\n\n"


@pytest.mark.parametrize("note", [
    "Correction: The original article said the pool would cost 4 million pounds. The correct figure is 6 million pounds.",
    "The original article said the pool would cost 4 million pounds. The correct figure is 6 million pounds.",
    "A version of this article originally published on 3 May gave the wrong cost. The correct figure is 6 million pounds.",
    "The original article misspelled the architect's name.\nThe correct name is Ana Ruiz.",
    "This story incorrectly stated the pool's opening date. We apologise for the error.",
])
def test_a_correction_notice_is_a_correction_and_no_repost(note):
    text = _REPORT + note
    assert _found(text, "repost markers") is None
    assert _found(text, "correction or update notes") is not None


@pytest.mark.parametrize("note, repost", [
    ("Original article: harbourdaily.example/pool", True),
    ("This article first appeared on a partner site.", True),
    ("The minister wrongly said the pool would cost 4 million pounds, the council said.", False),
])
def test_repost_lines_and_a_fact_checks_words_are_no_correction(note, repost):
    text = _REPORT + note
    assert _found(text, "correction or update notes") is None
    assert (_found(text, "repost markers") is not None) is repost


# --- 8. a wire story a paper reprinted: the paper is the outlet, the agency the credit ------------------

_WIRE = ("LISBON (Reuters) - A fire at a chemical plant forced 300 people from their homes on Tuesday, the fire "
         "service said.\n\nThe company said no one was hurt.\n\n(Reporting by Ana Silva; Editing by Tom Hale)")


@pytest.mark.parametrize("outlet", ["Harbour Ledger", "The Eastshire Courier"])
def test_a_reprinted_wire_story_names_the_paper_given_as_its_outlet(outlet):
    cue = _cue(_WIRE, "named outlet", outlet=outlet)
    assert cue.present and cue.text == ""
    assert f"outlet given: {outlet}" in cue.detail and "agency Reuters" in cue.detail


def test_a_reprinted_wire_story_names_the_paper_of_its_copyright_line():
    cue = _cue(_WIRE + "\n\n\u00a9 2026 Harbour Ledger", "named outlet")
    assert "Harbour Ledger" in cue.text and "Reuters" not in cue.text
    assert "agency Reuters" in cue.detail


@pytest.mark.parametrize("meta", [{}, {"outlet": "Reuters"}])
def test_the_agency_is_the_outlet_where_nothing_else_is_named(meta):
    cue = _cue(_WIRE, "named outlet", **meta)
    assert cue.text == "Reuters" and "wire credit in the dateline" in cue.detail


def test_the_named_outlet_weighs_the_same_either_way():
    given = provenance.score(prepare(_WIRE, outlet="Harbour Ledger"), Settings()).value
    plain = provenance.score(prepare(_WIRE), Settings()).value
    assert given == plain


@pytest.mark.parametrize("text", [
    "The mayor spoke for more than 40 minutes, listing the council's plans for the harbour.",
    "Reporters spent several minutes asking about the 3 million pound overspend.",
    "The host needed over 12 minutes on air just to list the club's 30 defeats.",
    "The request was made under the Public Records Act in 2024, the paper said.",
    "A Harbour Register poll shows the mayor 6 points ahead.",
])
def test_minutes_of_time_and_names_are_no_archive_record(text):
    cue = _cue(text, "references to primary documents")
    assert "archive" not in cue.detail
