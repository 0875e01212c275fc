"""A refresh after a Text hash cell was emptied says no row was removed (hunt23b).

The row is still there and is scored again; the summary used to say "1 row removed since the last
refresh", which the user had not done. Deleting a row still says it.
"""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main

TEXTS = [
    "The Elmbridge food bank handed out 1,200 parcels in March, its manager Ruth Oyelaran said on Friday.",
    "Rail services between Ashby and Coleton resume on Monday after repairs to a signal box, the operator said.",
    "The school board approved a new science block costing 2 million pounds, chair Dev Malik told parents.",
    "Anglers caught a record pike of 21 kilograms at Holme reservoir, the club secretary said in a statement.",
]


def scored_book(tmp_path):
    csv = tmp_path / "rows.csv"
    csv.write_text("id,text\n" + "".join(f'e{n},"{t}"\n' for n, t in enumerate(TEXTS, start=1)), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def hash_column(ws):
    return next(c.column for c in ws[1] if c.value == "Text hash")


def refresh_err(capsys, book):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    return capsys.readouterr().err


@pytest.mark.parametrize("rows", [[3], [2, 5], [2, 3, 4, 5]])
def test_an_emptied_text_hash_is_no_row_removed(tmp_path, capsys, rows):
    book = scored_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    col = hash_column(ws)
    before = {r: ws.cell(r, col).value for r in rows}
    for r in rows:
        ws.cell(r, col).value = None
    wb.save(book)
    err = refresh_err(capsys, book)
    assert "removed" not in err
    ws = openpyxl.load_workbook(book)["Documents"]
    assert {r: ws.cell(r, col).value for r in rows} == before  # scored again, to the same hash


def test_a_deleted_row_is_still_said(tmp_path, capsys):
    book = scored_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    wb["Documents"].delete_rows(3)
    wb.save(book)
    assert "1 row removed since the last refresh" in refresh_err(capsys, book)


def test_a_deleted_row_and_an_emptied_hash_say_the_one_removed(tmp_path, capsys):
    book = scored_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    ws.cell(2, hash_column(ws)).value = None
    ws.delete_rows(4)
    wb.save(book)
    assert "1 row removed since the last refresh" in refresh_err(capsys, book)
