"""(loose22) The Settings sheet's check on its values (a number of 0 or more: "five" is refused in
Excel and LibreOffice) covers every row of a setting, also the rows a refresh writes back (a row the
user deleted, a setting newer than the sheet: calls22) and a Settings sheet a refresh writes back
whole. A sheet that had no check gets one on the rows written."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.settings import setting_named
from xlplugin.workbook import layout

# Written for these tests.
NOTE = ("The parish council agreed on Wednesday to mend the footpath along the brook before the spring, its clerk "
        "said, after walkers reported that two of its bridges had rotted through.")


def _scored(tmp_path):
    table = tmp_path / "in.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([("id", "text"), ("a", NOTE)])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def _checked_rows(ws) -> set[int]:
    """The rows whose column B cell a check like `score`'s covers (a decimal of 0 or more)."""
    rows: set[int] = set()
    for check in ws.data_validations.dataValidation:
        if (check.type, check.operator, check.formula1, check.showErrorMessage) != ("decimal", "greaterThanOrEqual", "0", True):
            continue
        assert check.error == "Enter a number of 0 or more."  # (as `score` says it)
        for cells in check.sqref.ranges:
            if cells.min_col <= 2 <= cells.max_col:
                rows |= set(range(cells.min_row, cells.max_row + 1))
    return rows


def _setting_rows(ws) -> set[int]:
    return {cell.row for cell in ws["A"][1:] if cell.value and setting_named(cell.value) is not None}


def _refresh_and_check(book, kept: set[int] | None = None) -> None:
    """Every setting's row is checked after a refresh; with `kept` (rows of a sheet with no
    check), those written back."""
    main(["refresh", str(book), "-q"])
    ws = openpyxl.load_workbook(book)[layout.SETTINGS_SHEET]
    rows = _setting_rows(ws)
    assert len(rows) == len(layout.WORKBOOK_SETTINGS)
    written = rows - (kept or set())
    assert written and written <= _checked_rows(ws), sorted(written - _checked_rows(ws))


@pytest.mark.parametrize("deleted", [1, 2, 4])
@pytest.mark.parametrize("keep_check", [True, False])
def test_rows_written_back_are_checked_as_the_others(tmp_path, deleted, keep_check):
    book = _scored(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.SETTINGS_SHEET]
    if not keep_check:  # (a sheet whose check was removed, or one an older program wrote)
        ws.data_validations.dataValidation = []
    last = max(_setting_rows(ws))
    ws.delete_rows(last - deleted + 1, deleted)
    wb.save(book)
    _refresh_and_check(book, None if keep_check else _setting_rows(ws))


def test_a_settings_sheet_written_back_whole_is_checked(tmp_path):
    book = _scored(tmp_path)
    wb = openpyxl.load_workbook(book)
    del wb[layout.SETTINGS_SHEET]
    wb.save(book)
    _refresh_and_check(book)
