"""Sources and documents misread on a tester's fresh documents (sources25; every sentence written
for these tests): a body judged for an act of saying names no source, a body's own document and a
dated work in a named journal are primary documents, and a named interviewee's answers are their
attributed words. Each class has near misses beside it that must not change."""

from __future__ import annotations

import pytest

from xlplugin.scorers import provenance
from xlplugin.settings import Settings
from xlplugin.text import prepare


def _cue(text: str, name: str):
    sig = provenance.score(prepare(text), Settings())
    return next(e for e in sig.evidence if e.kind == name)


def _found(text: str, name: str) -> bool:
    return _cue(text, name).detail.startswith("found")


# --- 2. a verdict on a body for an act of saying names no source -----------------------------------

@pytest.mark.parametrize("text", [
    "The council is not corrupt for proposing it, and the plan deserves a fair hearing.",
    "The union was wrong to demand a second ballot so soon after the first one.",
    "The trust is not reckless for announcing the closure of the old ward.",
    "Critics were unfair for claiming the harbour plan was drawn up in secret.",
    "The water board was right to warn households before the supply was cut.",
    "The ministry is hardly sinister for suggesting a longer consultation on the bypass.",
])
def test_a_verdict_on_a_body_for_saying_is_no_named_source(text):
    assert not _found("By Ann Lee\n\n" + text, "named sources with roles")


@pytest.mark.parametrize("text", [
    "The council said on Monday that it would appeal the ruling on the bypass.",
    "The union was right, its leader said, and it would hold a second ballot within a month.",
    "The mayor was criticised for saying the coast road was safe after the storm.",
    "The water board warned households that the supply would be cut on Friday.",
    "Harbour Water announced on Tuesday that bills would rise by 8 percent.",
])
def test_near_misses_a_body_that_says_stays_a_named_source(text):
    assert _found("By Ann Lee\n\n" + text, "named sources with roles")


# --- 3. a body's own document and a dated work in a named journal are primary documents -----------

@pytest.mark.parametrize("text", [
    "The ward has relied on agency staff, and the board's own finance report puts the cost at 2 million dollars.",
    "The gap is about 180,000 pounds a year, according to the council's own accounts.",
    "The trust's own inspection records list eleven missed checks in the spring.",
    "The ferry company's own annual report puts the loss at 4 million euros.",
])
def test_a_bodys_own_document_is_a_primary_document(text):
    assert _found("By Ann Lee\n\n" + text, "references to primary documents")


@pytest.mark.parametrize("text", [
    "A 2019 review in the Journal of Climate found that wet winters follow warm autumns.",
    "A 2021 study published in The Lancet showed a small fall in admissions after the ban.",
    "A 2017 paper in Nature Geoscience reported that the glacier thinned by a metre a year.",
    "An analysis in the Journal of Coastal Transport found that ferry fares rose 9 percent.",
])
def test_a_work_in_a_named_journal_is_a_primary_document_not_a_person(text):
    text = "By Ann Lee\n\n" + text
    assert _found(text, "references to primary documents")
    assert not _found(text, "named sources with roles")


@pytest.mark.parametrize("text", [
    "The striker broke the club's own scoring record with a late goal on Saturday.",
    "The board owns its own building and rents two floors to a dentist.",
    "The council's own goal was to open the pool by spring, but the work overran.",
])
def test_near_misses_no_document_of_a_bodys_own(text):
    assert not _found("By Ann Lee\n\n" + text, "references to primary documents")


@pytest.mark.parametrize("text", [
    "A researcher in the Department of Health said admissions fell by a tenth.",
    "A study in Texas found that ferry fares rose 9 percent in a year.",
])
def test_near_misses_a_person_or_a_place_is_no_journal(text):
    text = "By Ann Lee\n\n" + text
    assert _cue(text, "references to primary documents").text == ""


# --- 4. a named interviewee's answers are attributed words -----------------------------------------

_QA = """Q&A: The harbour master on dredging, fees and the winter storms

By Tom Reed

Marta Kessel became harbour master at Fennick on 1 May, after ten years as a pilot. She spoke to the Courier about the year ahead.

Q: What is the first job on your list?

A: Dredging. The channel has silted up by almost a metre since the last dredge, and the bigger boats now wait for the tide.

Q: Will mooring fees go up?

A: A little. We have kept them flat for three years, and the pontoons need new decking before the winter.

Q: How did the harbour come through the storms?

A: Better than we feared. We lost two moorings and part of the east wall, and nobody was hurt.
"""


def test_a_named_interviewees_answers_are_attributed_direct_quotes():
    cue = _cue(_QA, "attributed direct quotes")
    assert cue.detail.startswith("found")
    assert "Dredging" in cue.text or "channel" in cue.text


def test_near_miss_an_unnamed_interviewees_answers_are_no_attributed_quotes():
    text = _QA.replace("Marta Kessel became harbour master at Fennick on 1 May, after ten years as a pilot. "
                       "She spoke to the Courier about the year ahead.",
                       "Our guest this week asked us not to print her name. She has worked in the port for years.")
    assert not _found(text, "attributed direct quotes")


# --- 1. a clause hedged on no one's word is not shown as a named source's ------------------------

@pytest.mark.parametrize("text, source", [
    ("The ferry could be saved by a buyer who has reportedly made an offer, or by a grant, "
     "as a Fennick councillor suggested to this paper.", "as a Fennick councillor suggested"),
    ("The striker has allegedly asked for a transfer, and the club said on Friday that he would stay.",
     "the club said on Friday"),
    ("The county council said on Monday that it would borrow 3 million pounds, though the bank has reportedly refused a loan.",
     "The county council said"),
])
def test_a_hedged_clause_is_not_the_named_sources_evidence(text, source):
    cue = _cue("By Ann Lee\n\n" + text, "named sources with roles")
    assert cue.detail.startswith("found")
    assert source in cue.text
    assert not any(w in cue.text for w in ("reportedly", "allegedly", "supposedly"))


@pytest.mark.parametrize("text", [
    "A private buyer has reportedly made an offer for the ferry.",
    "The mayor reportedly told aides to delay the vote until spring.",
    "The club is allegedly in talks with two banks about a loan.",
])
def test_a_hedge_alone_names_no_source(text):
    assert not _found("By Ann Lee\n\n" + text, "named sources with roles")


def test_near_miss_a_plain_named_source_keeps_its_whole_sentence():
    text = "The club said on Friday that the striker would stay, and that talks had ended."
    assert _cue("By Ann Lee\n\n" + text, "named sources with roles").text == text


@pytest.mark.parametrize("text", [
    "The keeper was allegedly seen at a casino on the night before the match, the Fennick Courier reported.",
    "The ferry operator has reportedly lost two contracts this year, according to the Harbour Gazette.",
])
def test_near_miss_a_source_that_reports_the_hedge_keeps_its_whole_sentence(text):
    assert _cue("By Ann Lee\n\n" + text, "named sources with roles").text == text


def test_near_miss_an_inverted_source_after_a_quotation_ending_in_for_stays_named():
    text = ('"The next council will have to find the money it is now responsible for," said Ann Lee, '
            'the leader of the opposition on Harwick council.')
    assert _found("By Tom Reed\n\n" + text, "named sources with roles")
