"""(outlets23) A .txt/.md file's credit line with its date ("By Ann Lee | 3 March 2026") gave
provenance its publication date cue, but not the workbook's date cell: the date line rule
(`file_titles.date_line`) read a date after a "|" only where a publication label stood before it.
A credit's date is now the text's date, the note naming its line, as for "Published 3 March
2026"; a date after another label on the credit's line (an update, an event) is still none."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.engine import score_text
from xlplugin.file_titles import date_line
from xlplugin.inputs import read_file
from xlplugin.cli import main

# Written for these tests.
HEADLINE = "Ferry fares to rise in the spring"
BODY = ("The ferry company will raise its fares by a tenth from April, its chief executive, Rosa Lind, told "
        "councillors on Monday. She said fuel now costs twice what it did two years ago.\n\n"
        "The council's transport lead, Omar Haddad, said he would ask the company to keep a cheaper fare for "
        "students and for people over sixty.")

CREDIT_LINES = [
    ("By Ann Lee | 3 March 2026", "3 March 2026"),
    ("By Ann Lee \u00b7 3 March 2026", "3 March 2026"),
    ("By Ann Lee and Tom Reed | 14 February 2025", "14 February 2025"),
    ("Written by Priya Nair \u2022 March 3, 2026", "March 3, 2026"),
    ("By Ann Lee - 3 March 2026", "3 March 2026"),
    ("By Jonas de Vries \u2014 21 November 2026", "21 November 2026"),
    ("By Ann Lee | 3 March 2026 | Harwick", "3 March 2026"),
]
# the date there is not the text's: an update's, another label's; a name with no credit word
NOT_CREDIT_DATES = [
    "By Ann Lee | Updated 3 March 2026",
    "By Ann Lee | Event | 3 March 2026",
    "By Ann Lee | World | 3 March 2026",
    "Ann Lee | 3 March 2026 | Harwick Arts Festival programme",
    "By Ann Lee | Closing date: 3 March 2026",
]


def _text(line: str) -> str:
    return f"{HEADLINE}\n\n{line}\n\n{BODY}\n"


def _published(text: str) -> bool:
    cue = [e for e in score_text(text).signals["provenance"].evidence if e.kind == "publication date"]
    return bool(cue) and cue[0].present


@pytest.mark.parametrize("line, date", CREDIT_LINES)
def test_a_credit_lines_date_is_the_texts_date(line, date):
    text = _text(line)
    assert date_line(text) == (date, line)
    assert _published(text)  # (provenance counted it already: the two now agree)


@pytest.mark.parametrize("line", NOT_CREDIT_DATES)
def test_a_date_after_another_label_on_a_credit_line_is_none(line):
    assert date_line(_text(line)) == ("", "")


@pytest.mark.parametrize("line", ["By 3 March 2026 the ferry will run every hour", "By then, 3 March 2026 had passed"])
def test_by_before_a_date_is_no_credit(line):
    assert date_line(_text(line)) == ("", "")


def test_the_workbooks_date_cell_shows_it_and_says_where_it_came_from(tmp_path, capsys):
    folder = tmp_path / "texts"
    folder.mkdir()
    for number, (line, _date) in enumerate(CREDIT_LINES[:3]):
        (folder / f"t{number}.txt").write_text(_text(line), encoding="utf-8")
    (folder / "u.md").write_text(_text(CREDIT_LINES[4][0]), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    rows = list(openpyxl.load_workbook(book)["Documents"].iter_rows(values_only=True))
    header = rows[0]
    by_id = {row[0]: dict(zip(header, row)) for row in rows[1:]}
    expected = {"t0.txt": CREDIT_LINES[0], "t1.txt": CREDIT_LINES[1], "t2.txt": CREDIT_LINES[2], "u.md": CREDIT_LINES[4]}
    for doc_id, (line, date) in expected.items():
        assert by_id[doc_id]["date"] == date
        assert f"date read from the text's line \u201c{line}\u201d" in by_id[doc_id]["Why"]  # (book45: the note in the Why)
        assert read_file(folder / doc_id).date == date
