"""The Read sheet says why a row has no index, as its Status does: a reader of that sheet alone
sees the reason in the text cell (before the text, or in its place when there is no text)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.workbook.read_sheet import FIRST_ROW, READ, TEXT_COLUMN

STORY = ("The library board said on Wednesday that the reading room would open on Sundays from May, "
         "according to its minutes. Two staff members told the meeting that visits had risen.")
FRENCH = "Le conseil municipal a voté lundi soir pour prolonger les horaires de la bibliothèque du quartier."


def _read_texts(book: Path) -> dict[str, str]:
    ws = openpyxl.load_workbook(book)[READ]
    return {ws.cell(r, 2).value: ws.cell(r, TEXT_COLUMN).value for r in range(FIRST_ROW, ws.max_row + 1)}


def _book(tmp_path: Path) -> Path:
    table = tmp_path / "list.csv"
    table.write_text(f'id,text\nok,"{STORY}"\nnum,12345\nfr,"{FRENCH}"\n', encoding="utf-8")
    book = tmp_path / "book.xlsx"
    main(["score", str(table), "-o", str(book), "-q"])
    return book


def test_the_read_sheet_says_why_a_row_has_no_index(tmp_path):
    texts = _read_texts(_book(tmp_path))
    assert texts["num"] == "[not scored: column text: not text: a number]"  # (no text: the reason in its place)
    assert texts["fr"].startswith("[not scored: language French") and texts["fr"].endswith(FRENCH)
    assert texts["ok"] == STORY  # (a scored row shows its text alone)


def test_a_refresh_shows_a_row_s_new_reason_on_the_read_sheet(tmp_path):
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "num")
    ws.cell(row, 2).value = "TRUE"
    wb.save(book)
    refresh_workbook(book)
    assert _read_texts(book)["num"] == "[not scored: column text: not text: a TRUE/FALSE value]"
