"""Refresh and workbook reading (book15): every score cell compared with what was written, not
the index alone; the Read sheet's row number told apart from the id beside it."""

from __future__ import annotations

import openpyxl
import pytest
from workbook_helpers import scored_by_cli

from xlplugin.cli import main
from xlplugin.workbook import refresh_workbook

TEXTS = [
    ("1", "Lakeside Ledger", "The town council voted on Tuesday to repave Elm Road next summer, the mayor's office "
     "said. The works will cost about two million crowns, according to the budget the council published."),
    ("2", "Loud Weekly", "Our pathetic leaders have betrayed us again with this disgraceful, outrageous scheme! "
     "Nobody with any sense trusts these crooks, and everyone can see the whole thing is a scandal."),
    ("3", "Valley Post", "A primary school in Norby opened a new library wing on Monday, the head teacher said. "
     "Pupils helped choose the books, and the county paid for the shelves, a spokeswoman told the paper."),
]
SIGNALS = ("Loaded", "Unsourced", "Provenance", "Readability", "Sentiment")


def _scored(tmp_path):
    return scored_by_cli(tmp_path, ["id", "outlet", "text"], TEXTS, "out.xlsx")


def _column(ws, start: str) -> int:
    return next(c.column for c in ws[1] if isinstance(c.value, str) and c.value.startswith(start))


def test_a_signal_cell_typed_over_is_scored_again(tmp_path, capsys):
    out = _scored(tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    column = _column(ws, "Provenance")
    right = ws.cell(2, column).value
    ws.cell(2, column).value = 99  # (the index left as it was)
    wb.save(out)
    assert main(["refresh", str(out)]) == 0
    assert "rescored 1: score cells edited or moved" in capsys.readouterr().err
    assert openpyxl.load_workbook(out)["Documents"].cell(2, column).value == right
    assert refresh_workbook(out).rescored == 0  # (and once right, left alone)


def test_signal_columns_sorted_on_their_own_are_scored_again(tmp_path):
    out = _scored(tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    columns = [_column(ws, name) for name in ("Loaded", "Sentiment")]
    before = {c: [ws.cell(r, c).value for r in (2, 3, 4)] for c in columns}
    # the two columns sorted on their own (Excel's "continue with the current selection"): each
    # row given the next row's cells
    for c in columns:
        for r, value in zip((2, 3, 4), before[c][1:] + before[c][:1]):
            ws.cell(r, c).value = value
    wb.save(out)
    summary = refresh_workbook(out)
    assert summary.scores_moved == summary.rescored == 2  # (the last row got numbers equal to its own)
    ws = openpyxl.load_workbook(out)["Documents"]
    assert {c: [ws.cell(r, c).value for r in (2, 3, 4)] for c in columns} == before


def test_an_untouched_workbook_is_not_scored_again(tmp_path):
    out = _scored(tmp_path)
    # saved by another program: every number written back as it reads it
    wb = openpyxl.load_workbook(out)
    wb.save(out)
    summary = refresh_workbook(out)
    assert (summary.rescored, summary.scores_moved, summary.unchanged) == (0, 0, 3)


def test_a_read_sheet_without_the_signal_column_still_refreshes(tmp_path):
    """A Read sheet written before it had column J: only the index is compared, and no column J
    is added to it."""
    out = _scored(tmp_path)
    wb = openpyxl.load_workbook(out)
    read = wb["Read"]
    read.delete_cols(10)
    ws = wb["Documents"]
    ws.cell(3, _column(ws, "Provenance")).value = 1  # (not seen: the index is as it was)
    ws.cell(4, 3).value = TEXTS[2][2] + " The wing opens to the public in May."
    wb.save(out)
    summary = refresh_workbook(out)
    assert (summary.rescored, summary.scores_moved) == (1, 0)
    read = openpyxl.load_workbook(out)["Read"]
    assert read.max_column == 9


def test_read_sheet_row_number_reads_apart_from_the_id(tmp_path):
    out = _scored(tmp_path)
    read = openpyxl.load_workbook(out)["Read"]
    assert [read.cell(r, 1).value for r in (4, 5, 6)] == [2, 3, 4]  # (numbers, as a refresh reads them)
    assert read.cell(4, 1).number_format == '"row "0'  # (shown "row 2" beside the id "1")
    assert read.cell(4, 1).alignment.horizontal == "left"  # (at the left of its cell, apart from the id)
    assert read.cell(4, 2).value == "1"


@pytest.mark.parametrize("header", ["Signal cells as written (for the refresh)"])
def test_read_sheet_lists_the_signal_cells(tmp_path, header):
    out = _scored(tmp_path)
    wb = openpyxl.load_workbook(out)
    read, docs = wb["Read"], wb["Documents"]
    assert read.cell(3, 10).value == header
    listed = read.cell(4, 10).value.split(";")
    assert float(listed[0]) == pytest.approx(docs.cell(2, _column(docs, "Loaded")).value)


def _rated_book(tmp_path, written: str):
    src = tmp_path / "src.csv"
    with open(src, "w", encoding="utf-8", newline="") as out:
        import csv
        csv.writer(out).writerows([("id", "outlet", "text")] + [list(row) for row in TEXTS])
    ratings = tmp_path / "ratings.csv"
    ratings.write_text(f"outlet,rating,rater\n{written},0.7,our desk\n", encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src), "--ratings", str(ratings), "-o", str(book), "-q"]) == 0
    return book


def _why(book, row: int) -> str:
    ws = openpyxl.load_workbook(book)["Documents"]
    return ws.cell(row, _column(ws, "Why")).value


def test_a_sources_name_changed_in_case_is_named_as_now_written(tmp_path, capsys):
    book = _rated_book(tmp_path, "Lakeside Ledger")
    assert "source Lakeside Ledger rated 0.7 of 1 by our desk" in _why(book, 2)
    wb = openpyxl.load_workbook(book)
    index = wb["Documents"].cell(2, _column(wb["Documents"], "Reliability")).value
    wb["Sources"]["A2"] = "LAKESIDE LEDGER"
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    said = capsys.readouterr().err
    assert "rescored 1: the name of a rated source changed case in the Sources sheet " \
           "(Lakeside Ledger \u2192 LAKESIDE LEDGER)" in said
    assert "source LAKESIDE LEDGER rated 0.7 of 1 by our desk" in _why(book, 2)
    ws = openpyxl.load_workbook(book)["Documents"]
    assert ws.cell(2, _column(ws, "Reliability")).value == index  # (case changes no score)
    summary = refresh_workbook(book)  # (the names as now written are kept: nothing more to do)
    assert (summary.rescored, summary.settings_notes) == (0, [])


def test_a_sources_name_written_as_before_scores_nothing_again(tmp_path):
    book = _rated_book(tmp_path, "Lakeside Ledger")
    wb = openpyxl.load_workbook(book)
    wb["Sources"]["A2"] = "Lakeside Ledger"
    wb.save(book)
    assert refresh_workbook(book).rescored == 0
