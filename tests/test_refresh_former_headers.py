"""A workbook scored before a score column was renamed still refreshes in place."""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook

STORY = ("The ferry operator said on Monday that the winter timetable would add two crossings, "
         "according to a notice at the harbour. Passengers told the paper the queues had been long.")


def test_a_workbook_with_a_former_score_header_refreshes_in_place(tmp_path):
    table = tmp_path / "list.csv"
    table.write_text(f'id,text\nr1,"{STORY}"\n', encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    current = "Source rating 0-1 (higher = rated more reliable)"
    wb = openpyxl.load_workbook(book)
    sheet = wb["Documents"]
    cells = [cell for cell in sheet[1] if cell.value == current]
    assert len(cells) == 1
    cells[0].value = "Your source rating 0-1"  # as versions before session 8 wrote it
    sheet.cell(row=2, column=2).value = STORY.replace("two crossings", "three crossings")
    wb.save(book)
    assert layout.FORMER_HEADERS["Your source rating 0-1"] == current
    summary = refresh_workbook(book)  # refused before: "lacks the score column(s) ..."
    assert summary.rescored == 1
