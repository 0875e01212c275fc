"""provenance (version 17): cues a careful reader saw missed or misread, as classes, on texts
written for these tests: credit lines that name the writer in other words, documents named by
what they are, the issuer's own web address in its About block, review and comment labels,
press-wire datelines, and a lower-case opening phrase that is no dateline (kinds)."""

from __future__ import annotations

import pytest

from xlplugin import kinds
from xlplugin.scorers import provenance, unsourced_claims
from xlplugin.settings import Settings
from xlplugin.text import prepare

BODY = ("The ferry company added two sailings on Friday. \"The summer timetable starts early this year,\" "
        "said harbour master Elin Dahl. Passenger numbers rose by 9 per cent in May, the company said.")


def _cues(text: str) -> dict:
    return {e.kind: e for e in provenance.score(prepare(text), Settings()).evidence}


def _present(text: str, cue: str) -> bool:
    return _cues(text)[cue].present


# --- 1. bylines in other words ---------------------------------------------------------------

@pytest.mark.parametrize("credit", ["Interview by Tove Marsh", "By Tove Marsh and Ivo Brand", "Story by Tove Marsh",
                                    "Written by Tove Marsh", "Words by Tove Marsh"])
def test_credit_lines_at_the_head_are_bylines(credit):
    assert _cues(f"More ferries for the islands\n\n{credit}\n\n{BODY}\n")["byline"].text == credit


def test_a_wire_sign_off_naming_its_reporters_is_a_byline():
    text = f"More ferries for the islands\n\n{BODY}\n\n(Reporting by Tove Marsh; Editing by Ivo Brand)\n"
    cue = _cues(text)["byline"]
    assert cue.present and cue.text.startswith("(Reporting by Tove Marsh")
    assert not _present(text, "no author")


def test_a_sign_off_naming_only_a_desk_is_no_byline():
    text = f"More ferries for the islands\n\n{BODY}\n\n(Reporting by Harbour Wire Staff)\n"
    assert not _present(text, "byline")


# --- 2. primary documents named by what they are ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The operator said in a statement that the new boats were safe.",
    "The two men sold forged tickets for years, according to the indictment.",
    "A 140-page report published by the island council sets out the costs.",
    "The company disclosed the loss in a court filing on Thursday.",
    "The plan was first raised at a board meeting, the minutes of the meeting show.",
])
def test_documents_named_by_what_they_are_are_references(sentence):
    text = f"More ferries for the islands\n\n{BODY} {sentence}\n"
    cue = _cues(text)["references to primary documents"]
    assert cue.present and cue.text.lower() in sentence.lower()


@pytest.mark.parametrize("sentence", [
    "The report says nothing new about the timetable.",  # "the report": may be the text itself
    "She read the timetable within a statement of intent.",  # "in a statement" not as whole words
])
def test_no_document_without_a_document_phrase(sentence):
    assert not _present(f"More ferries for the islands\n\n{BODY} {sentence}\n", "references to primary documents")


def test_a_named_document_still_counts():
    text = f"More ferries for the islands\n\n{BODY} The Maritime Safety Board report found no fault.\n"
    assert _present(text, "references to primary documents")


# --- 3. the issuer's own web address ----------------------------------------------------------

RELEASE = ("Tidewater Ferries adds summer sailings\n\n" + BODY + " The extra boats run until September.\n\n"
           "About Tidewater Ferries\nTidewater Ferries, founded in 1998, runs award-winning crossings to "
           "six islands. Its yearly report is at www.tidewater-ferries.example/annual-2024.pdf.\n")


def test_an_address_in_the_about_block_is_no_reference():
    assert not _present(RELEASE, "references to primary documents")


def test_an_address_in_the_about_block_sources_no_claim():
    doc = prepare(RELEASE)
    result = unsourced_claims.score(doc, Settings())
    about = [e for e in result.evidence if "award-winning" in e.text]
    # (claims7: the issuer's About block is no claim at all now, xlplugin.form_lines; if it were
    # counted, its address would still source nothing)
    assert all(e.kind != "sourced" for e in about)


def test_a_link_in_the_body_still_counts():
    text = ("Tidewater Ferries adds summer sailings\n\nThe timetable is at www.tidewater-ferries.example/times.pdf, "
            "the company said. " + BODY + "\n")
    assert _present(text, "references to primary documents")


def test_an_about_line_in_the_head_opens_no_block():
    text = ("About Tidewater\n\nMore ferries for the islands\n\n" + BODY + "\n\n"
            "The figures behind this are at www.tidewater-stats.example/may-figures.csv.\n")
    assert _present(text, "references to primary documents")


# --- 4. review and comment labels -------------------------------------------------------------

@pytest.mark.parametrize("head", ["Review: The island ferry is a slow delight", "Comment | Why the ferries matter",
                                  "Film review", "Analysis: Ferries and fares"])
def test_labels_at_the_head_are_opinion_labels(head):
    assert _present(f"{head}\n\nBy Tove Marsh\n\n{BODY}\n", "opinion or analysis label")


def test_a_comment_button_alone_is_no_label():
    assert not _present(f"More ferries for the islands\n\n{BODY}\n\nComment\n", "opinion or analysis label")


# --- 5. press-wire datelines ------------------------------------------------------------------

PRESS = [
    ("LEITH, 3 June 2025 /PRNewswire/ -- ", "LEITH, 3 June 2025 /PRNewswire/ --", "3 June 2025", "PRNewswire"),
    ("LEITH, June 3, 2025 /PRNewswire-Interactive/ -- ", "LEITH, June 3, 2025 /PRNewswire-Interactive/ --",
     "June 3, 2025", "PRNewswire-Interactive"),
    ("LEITH, SCOTLAND, June 3, 2025 /EIN Presswire/ -- ", "LEITH, SCOTLAND, June 3, 2025 /EIN Presswire/ --",
     "June 3, 2025", "EIN Presswire"),
    ("LEITH--(BUSINESS WIRE)--", "LEITH--(BUSINESS WIRE)--", None, "BUSINESS WIRE"),
    ("LEITH, June 3, 2025 -- (GLOBE NEWSWIRE) -- ", "LEITH, June 3, 2025 -- (GLOBE NEWSWIRE) --", "June 3, 2025",
     "GLOBE NEWSWIRE"),
]


@pytest.mark.parametrize("opening, dateline, date, wire", PRESS)
def test_press_wire_datelines(opening, dateline, date, wire):
    cues = _cues("Tidewater Ferries adds summer sailings\n\n" + opening + BODY + "\n")
    assert cues["dateline"].text == dateline
    assert cues["named outlet"].text == wire
    if date is not None:
        assert cues["publication date"].text == date


# --- 6. a dateline's place name is capitalised (kinds) ----------------------------------------

def _dateline_cues(text: str) -> list[str]:
    return [c for c in kinds.classify(prepare(text)).cues if c.startswith("a dateline")]


def test_a_lower_case_opening_phrase_is_no_dateline():
    assert _dateline_cues("der sommer ist da \u2013 und die Insel ist voll. Wir fahren jeden Tag zum Hafen.\n") == []
    assert _dateline_cues("so here we go - another summer of ferry queues and late boats.\n") == []


@pytest.mark.parametrize("opening", ["LEITH, Scotland \u2014 ", "Leith (Harbour Wire) - ", "Rio de Janeiro \u2013 ",
                                     "LEITH -- "])
def test_capitalised_datelines_still_count(opening):
    assert _dateline_cues(opening + BODY + "\n")
