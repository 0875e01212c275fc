"""(outlets23) A refresh of a workbook that lacks a derived sheet said "rebuilt: Outlets (the
sheet deleted: ...)" also on a workbook an earlier version wrote, which never had the sheet: its
first refresh, which also writes back the Settings rows that version did not write, said a sheet
was deleted though nothing was. Where Settings rows are missing too, the line now says the sheet
was most likely never there; a sheet deleted from a workbook with every Settings row is still
"deleted"."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.workbook import layout
from xlplugin.workbook.refresh_rebuild import rebuilt_note

from workbook_helpers import refresh_said, scored_by_cli

# Written for these tests.
ROWS = [
    ("r1", "Tarn Valley News", "The valley's two bus routes will merge in June, the operator said on Wednesday, "
     "after passenger numbers fell by a third on the northern route over the past year."),
    ("r2", "Tarn Valley News", "The leisure centre's pool reopens on Saturday after six weeks of repairs to its "
     "roof, the council said, with longer opening hours on weekday evenings."),
]


def _book(tmp_path, sheets, settings_rows):
    book = scored_by_cli(tmp_path, ("id", "outlet", "text"), ROWS)
    wb = openpyxl.load_workbook(book)
    for sheet in sheets:
        del wb[sheet]
    ws = wb[layout.SETTINGS_SHEET]
    for _ in range(settings_rows):  # (the rows a release before them did not write)
        ws.delete_rows(ws.max_row)
    wb.save(book)
    return book


@pytest.mark.parametrize("sheets", [["Outlets"], ["Overview", "Evidence"], ["Overview", "Outlets"]])  # (named in the sheets' order)
@pytest.mark.parametrize("settings_rows", [1, 2])
def test_a_workbook_an_earlier_version_wrote_is_not_said_to_have_had_sheets_deleted(tmp_path, capsys, sheets, settings_rows):
    said = refresh_said(_book(tmp_path, sheets, settings_rows), capsys)
    line = next(line for line in said.splitlines() if "every row scored again" in line)
    assert "the sheet deleted" not in line and "the sheets deleted" not in line
    assert "added: " + " and ".join(sheets) in line and "earlier version" in line
    assert "missing: default" in said  # (the Settings rows written back are said, as before)
    assert set(sheets) <= set(openpyxl.load_workbook(tmp_path / "book.xlsx").sheetnames)


@pytest.mark.parametrize("sheets", [["Outlets"], ["Overview", "Evidence"]])
def test_a_sheet_deleted_from_a_workbook_with_every_settings_row_is_said_deleted(tmp_path, capsys, sheets):
    said = refresh_said(_book(tmp_path, sheets, 0), capsys)
    assert rebuilt_note(sheets) in said
    assert "earlier version" not in said and "missing: default" not in said


def test_the_two_lines_in_words():
    assert rebuilt_note(["Outlets"]).startswith("rebuilt: Outlets (the sheet deleted:")
    earlier = rebuilt_note(["Outlets", "Evidence"], earlier=True)
    assert earlier.startswith("added: Outlets and Evidence (not in this workbook")
    assert "no such sheets" in earlier and "made as `score` writes them" in earlier
