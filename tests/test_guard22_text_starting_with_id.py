"""(guard22) A real text may start with its row's id and a separator: numeric ids are common, and
news texts open with numbers ("5,000 people marched ...", "12; that is how many ..."). guard21's
check for a whole CSV line in the text cell (`refresh_plan.line_in_text`) refused such a row when
the text had as many fields as the sheet has columns: `score book.xlsx` did not score it, and a
plain `refresh` of a workbook where `score in.csv` had scored it wiped its scores. Now a row is
suspected only where it held a refused line, or where the line's fields repeat the row's other
cells; and a row scored from the cell it holds stays scored."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from workbook_helpers import json_rows_by_id, refresh_said

from xlplugin.cli import main
from xlplugin.workbook import layout

STATUS, INDEX = layout.SCORE_HEADERS[-1], layout.SCORE_HEADERS[0]

# Written for these tests. Each starts with its row's id and a separator, and read as a CSV line
# it has as many fields as its sheet has columns (the header given with it).
SHORT = ["id", "text", "outlet"]
WIDE = ["id", "title", "text", "outlet", "url", "author", "date"]
CASES = [
    (SHORT, "5", "5,000 cyclists rode along the coast road on Sunday for the charity ride, the organisers said. "
                 "The money will go to the lifeboat station and its new engine.", "Harbour Weekly"),
    (SHORT, "12", "12; that is how many buses left the depot late each morning last winter, according to a "
                  "transport report. Drivers said the new timetable had helped; the report agreed."),
    (SHORT, "100", "100,000 homes lost power during the storm, the company said on Monday. Crews worked through "
                   "the night to bring it back and most homes had light again by Tuesday morning."),
    (WIDE, "3", "3, 2, 1: the bell rang at nine, and the new school opened its doors, the head teacher said, "
                "after two years of building work, and pupils and staff cheered."),
]


def _values(header: list[str], doc_id: str, text: str, outlet: str = "Harbour Weekly") -> list:
    given = {"id": int(doc_id), "text": text, "outlet": outlet, "title": "Opening day",
             "url": "https://harbour.example/news/1", "author": "Ann Lee", "date": "2024-03-05"}
    return [given[h] for h in header]


def _book(path: Path, header: list[str], rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    return path


def _documents(book: Path) -> dict[str, dict]:
    ws = openpyxl.load_workbook(book)["Documents"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True) if any(row)]
    return {str(row["id"]): row for row in rows}


def _fields(text: str, doc_id: str) -> int:
    return len(next(csv.reader([text], delimiter=text[len(doc_id)])))


@pytest.mark.parametrize("header, doc_id, text", [case[:3] for case in CASES])
@pytest.mark.parametrize("outlet", ["Harbour Weekly", ""])
def test_a_text_starting_with_its_id_is_scored_from_a_workbook(tmp_path, header, doc_id, text, outlet, capsys):
    assert _fields(text, doc_id) == len(header)  # (the shape guard21 refused)
    book = _book(tmp_path / "in.xlsx", header, [_values(header, doc_id, text, outlet)])
    rows = json_rows_by_id(capsys, str(book))
    assert rows[doc_id]["error"] is None and rows[doc_id]["reliability"] is not None, rows[doc_id]["error"]
    out = tmp_path / "s.xlsx"
    assert main(["score", str(book), "-o", str(out), "-q"]) == 0
    assert _documents(out)[doc_id][STATUS] == "scored"


@pytest.mark.parametrize("header, doc_id, text", [case[:3] for case in CASES])
@pytest.mark.parametrize("outlet", ["Harbour Weekly", ""])
def test_a_plain_refresh_keeps_the_scores_score_gave_such_a_row(tmp_path, header, doc_id, text, outlet, capsys):
    source = _csv(tmp_path / "in.csv", header, [_values(header, doc_id, text, outlet)])
    book = tmp_path / "s.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    before = _documents(book)[doc_id]
    assert before[INDEX] is not None
    said = refresh_said(book, capsys)
    assert "CSV line" not in said, said
    after = _documents(book)[doc_id]
    assert after[INDEX] == before[INDEX] and after[STATUS] == before[STATUS] == "scored"
    # and `score` of the scored workbook scores it too
    assert json_rows_by_id(capsys, str(book))[doc_id]["reliability"] == before[INDEX]


def test_a_text_whose_fields_could_fill_the_empty_cells_is_kept_scored_once_scored(tmp_path, capsys):
    """A short text whose fields look like a pasted line (the outlet cell empty, its place a short
    phrase) is what `score` scored from the CSV file: a refresh with nothing edited keeps it."""
    text = "7,000 runners finished the race,Harbour Weekly"
    source = _csv(tmp_path / "in.csv", SHORT, [["7", text, ""]])
    book = tmp_path / "s.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    before = _documents(book)["7"]
    assert not before[STATUS].startswith("not scored")
    refresh_said(book, capsys)
    assert _documents(book)["7"] == before
    assert json_rows_by_id(capsys, str(book))["7"]["error"] is None


# Near misses that stay refused: the line's fields repeat the row's cells.
@pytest.mark.parametrize("separator", [",", ";", "|"])
@pytest.mark.parametrize("outlet_cell", ["Harbour Weekly", None])
def test_a_pasted_line_repeating_the_rows_cells_is_still_refused(tmp_path, separator, outlet_cell, capsys):
    body = "The ferry to the island will run twice a day from May, the operator said on Friday."
    source = _csv(tmp_path / "in.csv", SHORT, [["1", "The pier is open again after the winter storms.", "Harbour Weekly"]])
    book = tmp_path / "s.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("id") + 1).value = 2
    ws.cell(3, header.index("text") + 1).value = separator.join(["2", f'"{body}"', "Harbour Weekly"])
    ws.cell(3, header.index("outlet") + 1).value = outlet_cell
    wb.save(book)
    refresh_said(book, capsys)
    row = _documents(book)["2"]
    assert row[INDEX] is None and "put each field in its own cell" in row[STATUS], row[STATUS]


def test_a_scored_rows_text_replaced_by_its_own_line_is_refused(tmp_path, capsys):
    """Scored before, but the cell was edited since: the stamps no longer vouch for it."""
    text = "The ferry to the island will run twice a day from May, the operator said on Friday."
    source = _csv(tmp_path / "in.csv", SHORT, [["9", text, "Harbour Weekly"]])
    book = tmp_path / "s.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("text") + 1).value = f'9,"{text}",Harbour Weekly'
    wb.save(book)
    refresh_said(book, capsys)
    assert _documents(book)["9"][INDEX] is None


def test_the_refusals_way_out_works(tmp_path, capsys):
    """A text refused as a pasted line (its outlet cell empty, its last field a short phrase):
    its Status says how to have it read as a text, and doing so gets it scored."""
    text = "8,000 tickets were sold for the summer fair by Friday,Harbour Weekly"
    book = _book(tmp_path / "in.xlsx", SHORT, [[8, text, None]])
    error = json_rows_by_id(capsys, str(book))["8"]["error"]
    assert "give the row another id" in error and "fill in the row's other cells" in error
    _book(book, SHORT, [["8a", text, None]])
    assert json_rows_by_id(capsys, str(book))["8a"]["error"] is None
    _book(book, SHORT, [[8, text, "Harbour News"]])
    assert json_rows_by_id(capsys, str(book))["8"]["error"] is None
