"""(sheets30) After a sort, each Documents row is as tall as its own Why needs.

A spreadsheet program's sort moves cells, not row heights: the row that lands where a short Why
was keeps that row's height, and a long Why is cut (docs/workbook.md promises the Why and Status
show whole). A refresh that finds the rows reordered sets each row's height again, as `score`
sets it; a refresh that finds them in order leaves every height as it is.
"""

from __future__ import annotations

import csv

import openpyxl
import pytest

from xlplugin.cli import main

TEXTS = {
    "calm1": "The parish council will meet on Tuesday evening in the village hall, the clerk said.",
    "loud1": "This disgraceful, shameful council has betrayed every honest family again! Everyone knows the "
             "corrupt mayor lied, and the outrageous cover-up will obviously get worse. Critics say it was rigged. "
             "Why would anyone trust these spineless crooks? Experts warn of a disaster, sources say.",
    "calm2": "The bakery on Station Road reopens on Monday after a two-week refit, its owner said.",
    "loud2": "Shocking! The miracle cure doctors hate is finally here and you will never believe the incredible "
             "results. Studies show it works for everyone. Act now, because this unbelievable offer ends tonight! "
             "Many people believe the scandal was hidden by the corrupt elite.",
    "calm3": "Bin collections move to Thursdays from next month, the district council announced on Friday.",
}


def _book(tmp_path, columns=("id", "text"), name="book.xlsx"):
    table = tmp_path / f"{name}.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for key, text in TEXTS.items():
            writer.writerow([key, *(f"{key} {c}" for c in columns[1:-1]), text])
    book = tmp_path / name
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def _heights(book):
    ws = openpyxl.load_workbook(book)["Documents"]
    return {ws.cell(r, 1).value: ws.row_dimensions[r].height for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value}


def _sort_cells(book, key=None):
    """Rows sorted as a spreadsheet program sorts them: the cells move, the heights stay."""
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    last = max(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value)
    rows = [[cell.value for cell in ws[r]] for r in range(2, last + 1)]
    rows.sort(key=key) if key else rows.reverse()
    for number, values in enumerate(rows, 2):
        for column, value in enumerate(values, 1):
            ws.cell(number, column).value = value
    wb.save(book)


@pytest.mark.parametrize("columns", [("id", "text"), ("id", "title", "outlet", "url", "notes", "text")])
@pytest.mark.parametrize("order", ["reverse", "by id"])
def test_each_row_gets_the_height_its_own_cells_need_after_a_sort(tmp_path, capsys, columns, order):
    book = _book(tmp_path, columns)
    scored = _heights(book)
    assert len(set(scored.values())) > 1  # the loud rows' Why needs more lines than the calm ones'
    _sort_cells(book, None if order == "reverse" else (lambda v: str(v[0])))
    moved = _heights(book)
    assert moved != scored  # the sort left the heights where they were
    assert main(["refresh", str(book)]) == 0
    assert "rows reordered" in capsys.readouterr().err
    assert _heights(book) == scored


def test_near_miss_a_refresh_of_rows_in_order_keeps_a_height_the_user_set(tmp_path, capsys):
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    wb["Documents"].row_dimensions[3].height = 150
    wb.save(book)
    before = _heights(book)
    assert main(["refresh", str(book)]) == 0
    assert "rows reordered" not in capsys.readouterr().err
    assert _heights(book) == before
