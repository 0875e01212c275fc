"""(hunt30) A .txt or .md file whose only date is in its dateline ("MILLBROOK, Ore., Nov. 14, 2026
(Coast Wire) -") has that date in its date cell, as provenance's publication date cue reads it, the
note naming the dateline; the date cell was empty though the evidence said "date in the dateline"
(fresh27). A dateline's date with no year ("Nov. 14") is no date cell's (`cells.given_date`: a
refresh would not read it back), and a date line or front matter the file gives comes first.
Every text here is written fresh for these tests."""

from pathlib import Path

import pytest

import xlplugin
from xlplugin.inputs import read_file

BODY = ("The county ferry board voted 4-1 on Thursday to review its new timetable after islanders said the early "
        "crossing was gone, board chair Tom Reed said at the meeting. The review will take about a month, he said.")

DATED = [  # (dateline, the date read)
    ("MILLBROOK, Ore., Nov. 14, 2026 (Coast Wire) - ", "Nov. 14, 2026"),
    ("LISBON, March 4, 2026 (Harbour Wire Service) \u2014 ", "March 4, 2026"),
    ("NORTHFIELD, 2 June 2026 \u2014 ", "2 June 2026"),
    ("Fairhaven, Ore. (Oct. 14, 2026) \u2014 ", "Oct. 14, 2026"),
    ("LONDON, 3 June 2025 /PRNewswire/ -- ", "3 June 2025"),
]
UNDATED = [
    "MILLBROOK, Ore., Nov. 14 (Coast Wire) - ",  # (no year: no date cell)
    "SEOUL, South Korea \u2014 ",
    "OSLO (Reuters) - ",
    "",
]


def _file(tmp_path: Path, text: str, name: str = "wire.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("dateline, date", DATED)
def test_a_datelines_dated_day_is_the_files_date(tmp_path, dateline, date):
    text = f"Ferry board orders review of timetable\n\nBy Lena Moss, Staff Reporter\n\n{dateline}{BODY}\n"
    read = read_file(_file(tmp_path, text))
    assert read.date == date
    assert f"date read from the dateline \u201c{dateline.strip()}" in read.note


@pytest.mark.parametrize("dateline", UNDATED)
def test_a_dateline_without_a_dated_day_gives_none(tmp_path, dateline):
    read = read_file(_file(tmp_path, f"Ferry board orders review of timetable\n\n{dateline}{BODY}\n"))
    assert read.date == "" and "dateline" not in read.note


def test_a_date_line_comes_first(tmp_path):
    text = f"Ferry board orders review\n\nPublished 12 November 2026\n\nMILLBROOK, Nov. 14, 2026 (Coast Wire) - {BODY}\n"
    read = read_file(_file(tmp_path, text))
    assert read.date == "12 November 2026" and "dateline" not in read.note


def test_front_matter_comes_first(tmp_path):
    text = f"---\ntitle: Ferry review\ndate: 2026-11-12\n---\n\nMILLBROOK, Nov. 14, 2026 (Coast Wire) - {BODY}\n"
    read = read_file(_file(tmp_path, text, "wire.md"))
    assert read.date == "2026-11-12"


def test_a_sentence_opening_with_a_date_is_no_dateline(tmp_path):
    read = read_file(_file(tmp_path, f"Ferry board orders review\n\nNov. 14, 2026 was the day the board met. {BODY}\n"))
    assert read.date == ""


def test_the_scores_are_those_of_the_text_alone(tmp_path):
    text = f"Ferry board orders review of timetable\n\nBy Lena Moss, Staff Reporter\n\n{DATED[0][0]}{BODY}\n"
    path = _file(tmp_path, text)
    read = read_file(path)
    scored = next(iter(xlplugin.score_many([{"text": read.text, "author": read.author, "date": read.date}])))
    alone = next(iter(xlplugin.score_many([{"text": read.text, "author": read.author}])))
    assert scored.reliability == alone.reliability
    assert scored.signals["provenance"].value == alone.signals["provenance"].value
