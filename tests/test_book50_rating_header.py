"""(book50) The source rating's header says its direction, as the other score headers say theirs
("higher = worse", "higher = better sourced"): in the Documents sheet, the Overview's weight line,
the Outlets sheet, the JSON unit; a workbook written with the former header refreshes in place."""

from __future__ import annotations

import csv
import json

import openpyxl

from xlplugin import registry
from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook

DIRECTION = "higher = rated more reliable"
FORMER = "Source rating 0-1 (yours, else built-in)"
# Written for these tests (25 words or more: it gets an index), on a site the built-in table rates.
ROW = {"id": "r1",
       "text": "The ferry operator said on Monday that the winter timetable would add two crossings, according "
               "to a notice at the harbour. Passengers told the paper the queues had been long.",
       "url": "https://www.bbc.co.uk/news/a"}


def _book(tmp_path):
    """(the CSV table of ROW, the workbook `score` writes of it)"""
    table, book = tmp_path / "list.csv", tmp_path / "book.xlsx"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(ROW))
        writer.writeheader()
        writer.writerow(ROW)
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return table, book


def test_the_header_says_its_direction_like_the_others():
    from xlplugin.workbook.writer import HEADER_HEIGHT, _lines

    # and fits the header row's lines in its column (12 characters), as the others do
    assert _lines(registry.info("source_rating").header, 12) * 15 <= HEADER_HEIGHT
    header = registry.info("source_rating").header
    assert DIRECTION in header
    # the other headers that say a direction say it in the same words' shape
    assert all("(higher = " in registry.info(name).header
               for name in ("loaded_language", "unsourced_claims", "provenance", "source_rating"))


def test_every_sheet_with_the_header_says_the_direction(tmp_path):
    _, book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    cells = {sheet: [str(c) for row in wb[sheet].iter_rows(values_only=True) for c in row if c]
             for sheet in (layout.DOCUMENTS, layout.OVERVIEW, "Outlets")}
    assert any(c.startswith("Source rating 0-1") and DIRECTION in c for c in cells[layout.DOCUMENTS])
    assert any(c.startswith("Source rating 0-1") and DIRECTION in c and "weight" in c for c in cells[layout.OVERVIEW])
    assert any(c.startswith("Source rating 0-1") and "higher = more reliable" in c and c.endswith(": mean") for c in cells["Outlets"])
    assert not any(c.startswith(FORMER) for sheet in cells.values() for c in sheet)


def test_the_json_unit_says_the_direction(tmp_path, capsys):
    table, _ = _book(tmp_path)
    capsys.readouterr()
    assert main(["score", str(table), "--json", "-q"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert DIRECTION in record["signals"]["source_rating"]["unit"]


def test_a_workbook_with_the_former_header_refreshes_in_place(tmp_path):
    _, book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    sheet = wb[layout.DOCUMENTS]
    [cell] = [c for c in sheet[1] if c.value == registry.info("source_rating").header]
    cell.value = FORMER  # as versions before book50 wrote it
    sheet.cell(row=2, column=2).value = ROW["text"].replace("two crossings", "three crossings")
    wb.save(book)
    assert refresh_workbook(book).rescored == 1
