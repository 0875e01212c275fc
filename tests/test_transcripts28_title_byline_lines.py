"""(transcripts28) What a plain text file says of itself in its head lines.

- A headline with a second line right under it (a source line, a correspondent's line, a standfirst)
  and then a blank line kept no title on main: "Harbour Dues Bill clears committee stage" /
  "Extract from the Official Report, 9 May". The headline is the title now. A text wrapped at a
  width (each paragraph several lines) keeps no title: its first line is prose; a sentence right
  under the first line is still the first paragraph's, and a publication's name over a title line
  no headline.
- A byline line ("By Dana Whitcombe, Staff Reporter") gave provenance its byline cue but left the
  author field blank in --json and the workbook. Its name is the text's author now, the note naming
  the line, as a date line fills the date; a credit to an agency, a group, "our reporter" or a user
  name fills none, nor does "By then, ...". A dateline's date without a year ("Nov. 14") fills no date.

All texts here were written for these tests."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin import file_titles
from xlplugin.file_titles import headline_line
from xlplugin.inputs import read_file

BODY = ("The bill cleared its committee stage by 14 votes to 11 on Thursday, the committee clerk said. "
        "It returns to the House next month, according to the order paper.\n")

SECOND_LINES = [
    ("Harbour Dues Bill clears committee stage", "Extract from the Official Report, 9 May"),
    ("Ferry operator fined over cancellations", "From our correspondent on Kestrel Island"),
    ("Rail fares in the north to be frozen for a year", "Ministers say the freeze will cost 90 million pounds"),
    ("Library opening hours cut at three branches", "Eastvale council, 14 November"),
    ("Coastal Erosion Bill - Second Reading", "\u201cDoing nothing is not cheaper,\u201d says the Bill's sponsor"),
]


@pytest.mark.parametrize("headline, second", SECOND_LINES)
def test_a_headline_over_a_second_line_is_the_title(headline, second, tmp_path):
    text = f"{headline}\n{second}\n\n{BODY}"
    assert headline_line(text) == headline
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert read_file(path).title == headline


NOT_TITLES = {
    "wrapped": ("The council voted on Tuesday evening to close the Elm\nStreet pool in June, after repairs were "
                "costed at 2.1m.\nThe leisure centre will take its swimming lessons.\n\nA new pool is planned by "
                "2028, the council said, though no\nbudget has been set. Swimming clubs said they would lose\n"
                "their evening slots.\n"),
    "two_lines_then_wrapped": ("Council votes to close the Elm Street pool\nRepairs were costed at 2.1 million "
                               "pounds, the council said\n\nA new pool is planned by 2028, the council said, "
                               "though no\nbudget has been set. Swimming clubs said they would lose\ntheir "
                               "evening slots.\n"),
    "lower_case_second": ("Council votes to close the Elm Street pool in\njune after repairs were costed at 2.1m "
                          "pounds\n\nA new pool is planned by 2028, the council said, though no budget has been "
                          "set.\n"),
    # a sentence right under the first line is the first paragraph's (meta15's reading, kept)
    "sentence_under": ("Rail fares in the north to be frozen for a year\nMinisters say the freeze will cost 90 "
                       "million pounds.\n\nThe freeze was announced on Wednesday by the rail minister.\n"),
    # a publication's name over a title line, no byline (lead25's reading, kept)
    "name_over_title": ("The Harbour Letter\nIssue 12: The pier nobody asked for\n\nHello again, everyone. "
                        "This week the board met.\n"),
    "sentence_first": ("The council voted to close the pool.\nRepairs were costed at 2.1 million pounds.\n\n"
                       "A new pool is planned by 2028, the council said.\n"),
}


@pytest.mark.parametrize("name", sorted(NOT_TITLES))
def test_prose_lines_are_no_title(name):
    assert headline_line(NOT_TITLES[name]) == ""


WIRE = ("Ferry fares to rise by 8 percent from April\n\n{byline}\n\n"
        "KESTREL ISLAND, Ore., Nov. 14 (Northwest Wire) - Ferry fares to Kestrel Island will rise by 8 percent "
        "from April, the operator said on Thursday, citing fuel costs.\n\n"
        "\"We held fares for two years and cannot hold them for a third,\" said Mara Quint, the operator's chief "
        "executive.\n")
BYLINES = [
    ("By Dana Whitcombe, Staff Reporter", "Dana Whitcombe"),
    ("By Marcus Oyelaran", "Marcus Oyelaran"),
    ("BY HELEN ARKWRIGHT", "HELEN ARKWRIGHT"),
    ("By Ann Lee and Tom Reed", "Ann Lee and Tom Reed"),
    ("Written by Priya Nair | 3 March 2026", "Priya Nair"),
    ("By Sam O'Neill - Political Correspondent", "Sam O'Neill"),
]
NOT_AUTHORS = ["By Reuters", "By the Editorial Board", "By our reporter", "Posted by SkyWatcher_Dee",
               "By then, the operator said, fares would already have risen."]


@pytest.mark.parametrize("byline, name", BYLINES)
def test_a_byline_lines_name_is_the_author(byline, name, tmp_path):
    text = WIRE.format(byline=byline)
    assert file_titles.author_line(text) == (name, byline)
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    read = read_file(path)
    assert read.author == name
    assert f"author read from the text's line \u201c{byline}\u201d" in read.note


@pytest.mark.parametrize("byline", NOT_AUTHORS)
def test_a_credit_to_no_person_fills_no_author(byline, tmp_path):
    text = WIRE.format(byline=byline)
    assert file_titles.author_line(text) == ("", "")
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    assert read_file(path).author == ""


def test_front_matter_author_wins(tmp_path):
    path = tmp_path / "wire.md"
    path.write_text("---\nauthor: Jo Penrose\n---\n" + WIRE.format(byline="By Dana Whitcombe, Staff Reporter"),
                    encoding="utf-8")
    assert read_file(path).author == "Jo Penrose"


def test_json_gives_author_and_no_yearless_date_and_the_score_is_unchanged(tmp_path, capsys):
    text = WIRE.format(byline="By Dana Whitcombe, Staff Reporter")
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["score", str(path), "--json", "-q"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["author"] == "Dana Whitcombe"
    assert record["date"] == ""  # "Nov. 14" gives no year: no date to fill
    byline = [e for e in record["signals"]["provenance"]["evidence"] if e["kind"] == "byline"][0]
    assert "found" in byline["detail"] and "not found" not in byline["detail"]
    # the byline cue reads the text's line as before: the author read from it earns no second credit
    from xlplugin import score_text

    assert record["reliability"] == score_text(text).reliability
