"""(hunt49) A scored workbook's Sources or Settings sheet renamed by hand ("Ratings", "My settings").
A refresh reads the user's ratings and weights from those sheets by name only: with the Sources
sheet renamed, a rating typed there was not used and nothing said so (the row stayed unrated,
"nothing to change"); with the Settings sheet renamed, the default weights were used and the
sheet was called "missing". The refresh is refused now, nothing changed, naming the sheet and
what to do, as for the Documents sheet and the derived sheets renamed."""

from __future__ import annotations

import openpyxl
import pytest
from workbook_helpers import documents_rows, refreshed, scored_by_cli

from xlplugin.workbook import layout

# (our own short reports, written for these tests)
FERRY = ("The island's ferry will carry bicycles free of charge from May, the operator said on Thursday, after "
         "cycling groups asked for the fee to be dropped to cut the number of cars on the narrow coast road.")
BUS = ("A night bus between the station and the hospital will run from October, the county council said, after "
       "nurses working late shifts told councillors that the last service left before their shifts ended.")
INDEX = layout.SCORE_HEADERS[0]


def _book(tmp_path):
    return scored_by_cli(tmp_path, ["id", "outlet", "text"], [["a1", "Valley Post", FERRY], ["a2", "Harbour Gazette", BUS]])


def _edit(book, change):
    wb = openpyxl.load_workbook(book)
    change(wb)
    wb.save(book)


def _rate_valley_post(wb):
    sheet = wb[layout.SOURCES]
    sheet.cell(2, 1, "Valley Post")
    sheet.cell(2, 2, 0.2)


def _set_weight(wb, label, value):
    sheet = wb[layout.SETTINGS_SHEET]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == label)
    sheet.cell(row, 2, value)


@pytest.mark.parametrize("sheet,new_name,said", [(layout.SOURCES, "Ratings", "your source ratings"),
                                                 (layout.SETTINGS_SHEET, "My settings", "your weights and settings")])
def test_a_renamed_input_sheet_stops_the_refresh_naming_it(tmp_path, capsys, sheet, new_name, said):
    book = _book(tmp_path)

    def change(wb):
        _rate_valley_post(wb)
        _set_weight(wb, "Provenance weight", 4)
        wb[sheet].title = new_name

    _edit(book, change)
    before = book.read_bytes()
    code, err = refreshed(book, capsys)
    assert code != 0 and repr(new_name) in err and said in err and f"rename it back to {sheet}" in err, err
    assert book.read_bytes() == before  # (nothing changed)


def test_renamed_back_the_rating_is_used(tmp_path, capsys):
    book = _book(tmp_path)
    _edit(book, lambda wb: (_rate_valley_post(wb), setattr(wb[layout.SOURCES], "title", "Ratings")))
    _edit(book, lambda wb: setattr(wb["Ratings"], "title", layout.SOURCES))
    code, err = refreshed(book, capsys)
    rows = documents_rows(book)
    assert rows["a1"][INDEX] < rows["a2"][INDEX] - 20, (rows["a1"][INDEX], rows["a2"][INDEX], err)


def test_a_sheet_of_the_users_own_and_a_copy_leave_the_refresh_alone(tmp_path, capsys):
    """The near cases: a sheet of the user's own, and a copy of the Sources sheet beside it
    ("Sources (2)", Excel's Move or Copy), are no renamed sheet: the refresh goes on."""
    book = _book(tmp_path)

    def change(wb):
        wb.create_sheet("My notes").append(["Domain", "Comment"])
        copy = wb.copy_worksheet(wb[layout.SOURCES])
        copy.title = "Sources (2)"

    _edit(book, change)
    code, err = refreshed(book, capsys)
    assert code == 0, err
