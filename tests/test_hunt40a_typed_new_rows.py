"""(hunt40a) A row the user added with words typed in its Status ("to check with the desk") is new
(hunt39a), yet the refresh's line said its Status was one of "N cells of xlplugin's typed over:
written again for the row's scores (emptied where the row could not be scored again)": no run had
written that cell, and the row was scored for the first time. It is said apart, in its own words;
a cell typed over in a row scored before is said as before."""

from __future__ import annotations

import csv

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import layout

STATUS, WHY = layout.SCORE_HEADERS[-1], layout.SCORE_HEADERS[-2]
# (our own short articles, written for these tests)
TEXTS = [
    "The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting at which "
    "residents asked about the cost of the works and the months the ferry road would be closed.",
    "The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust said on "
    "Monday, and its manager said the new roof cost 1.2 million pounds, paid by the council.",
]
TREES = ("The council approved a plan on Monday to plant two hundred trees along the river path, the parks officer "
         "said, after residents asked for more shade in summer and fewer cars near the school gates.")
TYPED_OVER = "of xlplugin's typed over: written again for the row's scores"
NEW_LINE = "1 new row had words typed in its Status cell (a cell xlplugin writes) before any run scored it"


def _book(tmp_path):
    source, book = tmp_path / "list.csv", tmp_path / "book.xlsx"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "title", "text"]] + [[f"d{n}", f"T{n}", t] for n, t in enumerate(TEXTS, 1)])
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    return book


def _edit(book, cells):
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = {c.value: c.column for c in ws[1]}
    for (row, header), value in cells.items():
        ws.cell(row, headers[header]).value = value
    wb.save(book)


def _refresh(capsys, book):
    capsys.readouterr()
    code = main(["refresh", str(book)])
    return code, capsys.readouterr().err


def test_a_new_row_with_its_status_typed_is_said_apart(tmp_path, capsys):
    book = _book(tmp_path)
    _edit(book, {(3, WHY): "my own note", (4, "id"): "d3", (4, "text"): TREES, (4, STATUS): "to check with the desk"})
    code, err = _refresh(capsys, book)
    assert code == 0
    over = [line for line in err.splitlines() if TYPED_OVER in line]
    assert len(over) == 1 and over[0].startswith("xlplugin: 1 cell of xlplugin's typed over")
    assert "row 3 (id d2) Why: “my own note”" in over[0] and "row 4" not in over[0]
    added = [line for line in err.splitlines() if NEW_LINE in line]
    assert len(added) == 1 and "row 4 (id d3) Status: “to check with the desk”" in added[0], err
    assert "written again" not in added[0] and "scored again" not in added[0]


def test_a_new_row_alone_gets_no_typed_over_line(tmp_path, capsys):
    """Also where the new row cannot be scored (a number in its text cell): its Status says why."""
    book = _book(tmp_path)
    _edit(book, {(4, "id"): "d3", (4, "text"): 2026, (4, STATUS): "to check with the desk"})
    code, err = _refresh(capsys, book)
    assert code == 2  # (a row that cannot be read, found by this run: as before)
    assert TYPED_OVER not in err and NEW_LINE in err, err
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = {c.value: c.column for c in ws[1]}
    status = ws.cell(4, headers[STATUS]).value
    assert status.startswith("not scored: ") and "to check with the desk" in status
