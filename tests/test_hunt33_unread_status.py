"""(hunt33) Words typed into the Status (or Why, or Kind) of a row that could not be read (a
placeholder such as "N/A", a binary file, a cell with no text) are kept at a refresh, at the end
of the Status it writes, as they are for scored rows since hunt31. Before, such a row has no text
hash, so its Read row was never compared with it: the refresh wrote its Status again and the
words were gone without a word. Near misses: an untouched workbook with such rows is left as it
was; a row scored later (its file mended) keeps the words."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main, refresh_notes
from xlplugin.workbook import refresh_workbook

HARBOUR = ("Harbour wall repairs to start in June\n\nBy Priya Dunmore\n\nRepairs to the north harbour wall "
           "will start in June, the port's engineer, Callum Reyes, said on Tuesday. He said the work would "
           "close the slipway for three weeks, and that boats would moor at the east quay meanwhile.")

NOT_READ = {
    "placeholder.txt": "N/A",
    "dash.txt": "n/a",
    "utf32.txt": b"\xff\xfe\x00\x00odd\x00\x00bytes",
}


def _folder_book(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    for name, text in NOT_READ.items():
        if isinstance(text, bytes):
            (folder / name).write_bytes(text)
        else:
            (folder / name).write_text(text, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    main(["score", str(folder), "-o", str(book), "-q"])  # (2: a file skipped, as meant)
    assert book.exists()
    return folder, book


def _columns(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value}


def _rows(book: Path) -> dict[str, dict[str, object]]:
    ws = openpyxl.load_workbook(book)["Documents"]
    columns = _columns(ws)
    return {ws.cell(r, 1).value: {name: ws.cell(r, c).value for name, c in columns.items()}
            for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value}


def _type(book: Path, edits: dict[str, dict[str, object]]) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    columns = _columns(ws)
    for r in range(2, ws.max_row + 1):
        for header, value in edits.get(ws.cell(r, 1).value, {}).items():
            ws.cell(r, columns[header]).value = value
    wb.save(book)


@pytest.mark.parametrize("doc_id", sorted(NOT_READ))
def test_status_typed_on_a_row_not_read_is_kept(tmp_path, doc_id):
    _folder, book = _folder_book(tmp_path)
    before = _rows(book)[doc_id]
    assert before["Status"].startswith("not scored")
    words = f"asked the desk about {doc_id}, waiting"
    _type(book, {doc_id: {"Status": words}})
    summary = refresh_workbook(book)
    after = _rows(book)[doc_id]
    assert after["Status"] == f"{before['Status']}; what you typed over its Status cell, kept here at a refresh: “{words}”"
    assert [t.doc_id for t in summary.typed] == [doc_id]
    assert any(words in line for line in refresh_notes(summary))
    # kept through the next refreshes, and nothing more is found typed
    again = refresh_workbook(book)
    assert again.typed == [] and _rows(book)[doc_id]["Status"] == after["Status"]


def test_a_why_and_kind_typed_on_a_row_not_read_are_emptied_and_kept(tmp_path):
    _folder, book = _folder_book(tmp_path)
    _type(book, {"placeholder.txt": {"Why": "file never came from the agency", "Kind": "press release?"}})
    refresh_workbook(book)
    row = _rows(book)["placeholder.txt"]
    # (never left there as xlplugin's; hunt51: the Kind says why the row has none, as every row not read)
    assert row["Why"] is None and row["Kind"] == "not scored"
    assert refresh_workbook(book).typed == []
    assert "its Why cell, kept here at a refresh: “file never came from the agency”" in row["Status"]
    assert "its Kind cell, kept here at a refresh: “press release?”" in row["Status"]


def test_words_kept_on_a_row_not_read_go_with_it_once_it_is_scored(tmp_path):
    folder, book = _folder_book(tmp_path)
    _type(book, {"placeholder.txt": {"Status": "chase Priya for the real copy"}})
    refresh_workbook(book)
    (folder / "placeholder.txt").write_text(
        "Library hours cut over summer\n\nBy Ines Okafor\n\nThe town library will close at four on weekdays "
        "in August, its head librarian, Mark Tull, said. He said two staff were on leave.", encoding="utf-8")
    summary = refresh_workbook(book)
    assert summary.rescored >= 1  # (a placeholder file is read again at each refresh too)
    row = _rows(book)["placeholder.txt"]
    assert row["Status"].startswith("scored") and row["Reliability index 0-100 (higher = more reliable)"] is not None
    assert row["Status"].endswith("kept here at a refresh: “chase Priya for the real copy”")


def test_status_typed_on_a_table_row_with_no_text_is_kept(tmp_path):
    table = tmp_path / "list.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerow(["a1", HARBOUR])
        writer.writerow(["a2", "N/A"])
        writer.writerow(["a3", "-"])
    book = tmp_path / "table.xlsx"
    main(["score", str(table), "-o", str(book), "-q"])  # (2: rows not scored, as meant)
    before = _rows(book)
    assert before["a2"]["Status"].startswith("not scored")
    _type(book, {"a2": {"Status": "text lost in the export, ask Ola"}, "a3": {"Status": "placeholder from the form"}})
    summary = refresh_workbook(book)
    after = _rows(book)
    assert sorted(t.doc_id for t in summary.typed) == ["a2", "a3"]
    assert after["a2"]["Status"].endswith("kept here at a refresh: “text lost in the export, ask Ola”")
    assert after["a3"]["Status"].endswith("kept here at a refresh: “placeholder from the form”")
    assert after["a1"]["Status"] == before["a1"]["Status"]


def test_near_miss_untouched_rows_not_read_leave_the_workbook_as_it_was(tmp_path):
    """(The placeholder files are read again at each refresh, as on main, so the file is written
    again: its cells are what they were.)"""
    _folder, book = _folder_book(tmp_path)
    before = _rows(book)
    summary = refresh_workbook(book)
    assert summary.typed == []
    assert _rows(book) == before


def test_near_miss_a_sorted_sheet_of_rows_not_read_finds_nothing_typed(tmp_path):
    """Rows moved (a sort of the whole table) keep their own Status: nothing typed is found."""
    _folder, book = _folder_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    for r, values in enumerate(reversed(rows), start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(book)
    before = _rows(book)
    summary = refresh_workbook(book)
    assert summary.typed == []
    assert {k: v["Status"] for k, v in _rows(book).items()} == {k: v["Status"] for k, v in before.items()}
