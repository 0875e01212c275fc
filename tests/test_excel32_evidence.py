"""(excel32) What XLP_KIND and XLP_EVIDENCE say, as users meet them: no kind for a text too short
for an index; XLP_EVIDENCE takes XLP_SCORES' header names, "why"/"index" and asks for a name when
given none; readability's evidence says the grade the cell shows first; the paragraphs a batch
left out as repeated show in both signals the Status names; XLP_UNSOURCED's share is explained
where the workbook shows it as a percentage."""

from __future__ import annotations

import pytest

from xlplugin import cells, registry
from xlplugin.excel import functions as f
from xlplugin.workbook import layout

SCRAPS = ["Hello world.", "Thanks for the update, see you Monday.", "Meeting moved to 3pm.",
          "Great game last night, well played everyone!", "Back in five minutes."]
REPORT = ("The county water board agreed on Monday to replace 4 kilometres of lead pipes under the old town "
          "by next autumn, its chair, Hana Okafor, said after the vote.\n\n"
          "\"Every household on the list will get a letter before the digging starts,\" Okafor said. "
          "The work will cost 2.1 million, according to the board's published budget, and roads will "
          "close one street at a time.\n\n"
          "Residents asked for weekend work to be kept to a minimum, which the contractor said it would try to do.")


@pytest.mark.parametrize("text", SCRAPS)
def test_a_text_too_short_for_an_index_has_no_kind(text):
    assert isinstance(f.reliability(text), str) and f.reliability(text).startswith("no index")
    # (hunt51: why there is none, in the Status's words; it was empty)
    assert f.kind(text) == "not decided (too short)"
    row = f.scores(text)[0]
    assert row[cells.score_columns().index(cells.KIND_HEADER)] == f.kind(text)
    assert row[-1].startswith("no index")


def test_a_short_text_a_cue_decided_keeps_its_kind_and_a_report_its_own():
    assert f.kind("FOR IMMEDIATE RELEASE. Acme opens a new depot in Leeds today.") == "press release"
    assert f.kind(REPORT) == "news report"


@pytest.mark.parametrize("name", [info.header for info in registry.infos()])
def test_evidence_takes_xlp_scores_header_names(name):
    info = next(i for i in registry.infos() if i.header == name)
    assert f.evidence(REPORT, name) == f.evidence(REPORT, info.name)
    assert not f.evidence(REPORT, name).startswith("unknown signal")


@pytest.mark.parametrize("name", ["why", "Why", "index", "Reliability", cells.score_columns()[0]])
def test_evidence_why_and_index_give_the_why(name):
    why = f.scores(REPORT)[0][cells.score_columns().index("Why")]
    assert why and f.evidence(REPORT, name) == why
    assert f.evidence("Hello world.", name).startswith("no index")


@pytest.mark.parametrize("name", ["", "   ", None, [[None]]])
def test_evidence_asks_for_a_name_when_given_none(name):
    said = f.evidence(REPORT, name)
    assert said.startswith("give a signal: one of") and "loaded" in said and "why" in said


def test_evidence_says_copies_are_the_workbooks_and_a_misspelt_name_lists_the_names():
    assert "across a scored workbook's rows" in f.evidence(REPORT, "Copies")
    said = f.evidence(REPORT, "loadded")
    assert said.startswith("unknown signal 'loadded'") and "loaded" in said


@pytest.mark.parametrize("text", [REPORT, REPORT.replace("\n\n", " ") + " " + REPORT])
def test_readability_evidence_starts_with_the_grade_the_cell_shows(text):
    grade = f.readability(text)
    said = f.evidence(text, "readability")
    first = said.splitlines()[0]
    assert first.startswith(f"reading grade {grade:g} (US school years")
    assert "words per sentence" in first and "reading ease" in first


def test_readability_evidence_of_a_short_text_says_why():
    assert f.evidence("Too short to grade, this one.", "readability").startswith("too short for a reading grade")


def test_unsourced_share_is_said_as_the_workbook_shows_it():
    info = registry.info("unsourced_claims")
    assert "0.67 shows as 67%" in info.reading[1] and "XLP_UNSOURCED" in info.reading[1]
    assert info.number_format == "0%"  # (the cell holds the share: XLP_UNSOURCED's number)
    # the How to read this sheet says it in the unsourced row
    rows = [" ".join(str(v) for v in row) for row in layout.how_to_read_rows()]
    assert any("0.67 shows as 67%" in row for row in rows)


FOOT = ("The Valley Courier is the only independent paper in the county. We rely on readers like you: "
        "subscribe today and help us keep asking the hard questions that nobody else will ask.")
STORIES = [
    "The library will open on Sundays from May, the council's culture lead, Omar Diaz, said on Friday.\n\n"
    "\"Families asked for it for years,\" Diaz said. The change costs 40,000 a year, according to the council's budget.",
    "Two new crossings will be built near the primary school by autumn, the highways office said on Tuesday.\n\n"
    "Head teacher Ruth Abara said parents had collected 600 signatures. Work starts in July, the office said.",
    "The harbour festival drew 12,000 visitors over the weekend, its organiser, Ken Lowe, said on Monday.\n\n"
    "\"We had to open a second car park,\" Lowe said. Traders reported their busiest days of the year, he added.",
]


def test_a_repeated_paragraph_left_out_shows_in_both_signals_the_status_names():
    column = [[story + "\n\n" + FOOT] for story in STORIES]
    outlets = [["Valley Courier"]] * 3
    statuses = [row[-1] for row in f.scores(column, False, None, None, outlets)]
    assert all("repeated" in status and "(see the evidence)" in status for status in statuses)
    for name in ("loaded", "unsourced"):
        for [said] in f.evidence(column, name, None, None, outlets):
            assert said.startswith("repeated paragraph: The Valley Courier is the only independent paper")
            assert said.count("repeated paragraph:") == 1
    # one cell alone has nothing repeated: no such line
    assert "repeated paragraph" not in f.evidence(column[0][0], "loaded", None, None, "Valley Courier")
