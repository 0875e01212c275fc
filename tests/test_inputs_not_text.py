"""What is no text and what is no date, read the same way on every input path (`cells`: one
table): placeholders of "no value" (NA, N/A, null, None, NaN, "-"), TRUE/FALSE, numbers and dates
written as text are not documents; a date column's "n/a", "-", "unknown" or "banana" is no date
(never the publication-date cue), and the Status or the function's message says so."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from xlplugin.cells import WEB_ADDRESS, cell_to_text, given_date
from xlplugin.cli import main
from xlplugin.excel import functions as f
from xlplugin.inputs import Problem, Record, read_paths

REPORT = ("The harbour board voted on Monday to extend the night ferry until October, its chair said. "
          "Ticket sales rose by a fifth last summer, according to figures the board published. "
          "Two councillors said the timetable should be reviewed again next spring.")

NOT_TEXT = [
    ("TRUE", "not text: a TRUE/FALSE value"), ("false", "not text: a TRUE/FALSE value"),
    ("NA", "not text: NA, a placeholder for no value"), ("N/A", "not text: N/A, a placeholder for no value"),
    ("null", "not text: null, a placeholder for no value"), ("None", "not text: None, a placeholder for no value"),
    ("nan", "not text: nan, a placeholder for no value"), ("-", "not text: -, a placeholder for no value"),
    ("NULL", "not text: NULL, a placeholder for no value"), ("\u2014", "not text: \u2014, a placeholder for no value"),
    # forum exports' placeholders of a post taken down
    ("[deleted]", "not text: [deleted], a placeholder for a deleted post"),
    ("[removed]", "not text: [removed], a placeholder for a removed post"),
    # a web address alone is not the page's text
    ("https://news.example.org/2025/04/story-about-bridges", WEB_ADDRESS),
    ("www.example.net/local/ferry-report", WEB_ADDRESS), ("example.co.uk/a/b", WEB_ADDRESS),
    ("http://a.example.com/x https://b.example.com/y", WEB_ADDRESS),
    ("example.com", WEB_ADDRESS),  # (hunt43: a bare domain alone, not "language Polish")
    ("12345", "not text: a number"), ("3,5", "not text: a number"), ("-2.5", "not text: a number"),
    ("2024-01-31", "not text: a date"), ("12 March 2024", "not text: a date"), ("14:30", "not text: a time"),
    ("#N/A", "error value #N/A in the cell (a formula that failed: fix it, or type the text in its place)"),
]


@pytest.mark.parametrize(("cell", "why"), NOT_TEXT)
def test_a_placeholder_a_number_or_a_date_is_no_text_on_every_path(tmp_path, cell, why):
    assert cell_to_text(f"  {cell} ") == (None, why)
    (tmp_path / "t.csv").write_text(f'id,text\nx,"{cell}"\n', encoding="utf-8")
    [item] = read_paths([str(tmp_path / "t.csv")])
    assert isinstance(item, Problem) and item.message == f"column text: {why}"
    wb = openpyxl.Workbook()
    wb.active.append(["id", "text"])
    wb.active.append(["x", cell])
    wb.save(tmp_path / "t.xlsx")
    [item] = read_paths([str(tmp_path / "t.xlsx")])
    assert isinstance(item, Problem) and item.message == f"column text: {why}"
    assert f.reliability(cell) == why


@pytest.mark.parametrize("text", ["12 angry men", "May", "2024 was a long year", "N/A today, said the clerk.",
                                  "Read it at https://news.example.org/story today.", "example.com is where it ran",
                                  "notes.md", "[deleted] by a moderator"])
def test_short_texts_with_numbers_or_such_words_are_still_texts(text):
    assert cell_to_text(text) == (text, None)


def test_every_row_appears_in_the_table_and_the_json_with_its_reason(tmp_path, capsys):
    (tmp_path / "t.csv").write_text(f'id,text\nok,"{REPORT}"\nerr,#N/A\nflag,TRUE\nnum,12345\nna,NA\nday,2024-01-31\n',
                                    encoding="utf-8")
    main(["score", str(tmp_path / "t.csv")])
    table = capsys.readouterr().out.splitlines()[2:]
    assert [line.split()[0] for line in table] == ["ok", "err", "flag", "num", "na", "day"]
    assert "not scored: column text: error value #N/A in the cell" in table[1]
    assert "not scored: column text: not text: a TRUE/FALSE value" in table[2]
    main(["score", str(tmp_path / "t.csv"), "--json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["id"] for row in rows] == ["ok", "err", "flag", "num", "na", "day"]
    assert rows[4]["error"].endswith("not text: NA, a placeholder for no value")


DATES = ["2024-03-12", "2024-03-12 14:30", "2024-03-12T14:30:00Z", "12 March 2024", "March 12, 2024", "2024/03/12",
         "12.03.2024", "12/03/2024", "Tue, 12 Mar 2024 10:00:00 GMT"]
NOT_DATES = ["n/a", "-", "unknown", "banana", "32/13/2024", "2024-02-30", "TRUE"]


@pytest.mark.parametrize("value", DATES + [dt.datetime(2024, 3, 12), dt.date(2024, 3, 12), 2024, 20240312, "20240312"])
def test_a_date_in_any_common_form_is_a_date(value):
    date, why = given_date(value)
    assert date and why is None
    # (loose21) an Excel date serial where the cell is a date: the Excel functions' cells
    assert given_date(45363.0, serials=True)[0] == given_date("45363", serials=True)[0] == "2024-03-12"


@pytest.mark.parametrize("value", NOT_DATES + [True, 3.5])
def test_what_is_not_a_date_is_none_and_says_so(value):
    date, why = given_date(value)
    assert date == "" and why.endswith("is not a date")


def _provenance(tmp_path, date: str) -> tuple[float, str]:
    (tmp_path / "d.csv").write_text(f'id,date,text\nx,{date},"{REPORT}"\n', encoding="utf-8")
    [record] = read_paths([str(tmp_path / "d.csv")])
    assert isinstance(record, Record)
    from xlplugin.engine import score_many

    [result] = score_many([record.as_input()], workers=1)
    return result.signals["provenance"].value, record.note


@pytest.mark.parametrize("junk", ["n/a", "-", "unknown", "banana"])
def test_a_placeholder_date_earns_no_date_cue_in_score_and_the_status_says_so(tmp_path, junk):
    none, _ = _provenance(tmp_path, "")
    dated, _ = _provenance(tmp_path, "12 March 2024")
    got, note = _provenance(tmp_path, junk)
    assert dated > none and got == none
    assert note == f"column date: {junk!r} is not a date (not counted)"


@pytest.mark.parametrize("junk", ["n/a", "banana"])
def test_a_placeholder_date_in_the_excel_functions_is_not_counted_not_a_dated_score(junk):
    # (values17: as `xlplugin score` counts it, and an outlet "NA": none, and the Status says so)
    assert f.reliability(REPORT, published=junk) == f.reliability(REPORT)
    assert f.scores(REPORT, published=junk)[0][-1].endswith(f"published: {junk!r} is not a date (not counted)")
    assert f.reliability(REPORT, published="March 12, 2024") == f.reliability(REPORT, published="2024-03-12")
    assert f.reliability(REPORT, published=45363.0) == f.reliability(REPORT, published=dt.date(2024, 3, 12))
