"""A Documents row's Status shows whole: a Status of several notes (no index, how the file was
read, an id other rows use too) gets the lines it needs (its row grows: book18 made the column
narrower, 20, so that the sheet prints one page across; 26 since sheets22), without making a
row with a short Status any taller."""

from __future__ import annotations

import math

import openpyxl
from workbook_helpers import score

from xlplugin import Settings
from xlplugin.inputs import Record
from xlplugin.workbook import fit, write_scored_workbook
from xlplugin.workbook.writer import LINE_HEIGHT, MAX_LINES

# Written for this test: too short for an index, so its Status gathers several notes.
SHORT = "The harbour board met on Thursday. It voted to widen the north quay, its chair said."


def _status_lines_and_rows(path):
    ws = openpyxl.load_workbook(path)["Documents"]
    headers = [c.value for c in ws[1]]
    column = headers.index("Status") + 1
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(column)].width
    for number in range(2, ws.max_row + 1):
        status = ws.cell(number, column).value
        yield math.ceil(len(status) / (width - 2)), ws.row_dimensions[number].height


def test_a_status_of_several_notes_fits_its_row(tmp_path):
    items = [Record(id="q", text=SHORT, source=f"pages/q{n}.html", columns={"id": "q", "text": SHORT}, text_column="text",
                    # (two notes of how it was read: a Status longer than MAX_LINES lines at the
                    # Status's width, 26 since sheets22)
                    note="read as Windows-1252 (the file is not UTF-8); its line ends were read as Windows line ends")
             for n in range(3)]
    path = tmp_path / "status.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    for lines, height in _status_lines_and_rows(path):
        assert lines > MAX_LINES  # (more than a user's text is given: the Status is not cut there)
        assert lines * LINE_HEIGHT <= height


def test_a_status_of_one_note_makes_its_row_no_taller_than_it_needs(tmp_path):
    items = [Record(id="s", text=SHORT, source="s", columns={"id": "s", "text": SHORT}, text_column="text")]
    path = tmp_path / "short.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    # (the Status decides this row: a short text, no Why)
    assert [height for lines, height in _status_lines_and_rows(path)] == [
        fit.text_lines_height(lines, LINE_HEIGHT) for lines, _ in _status_lines_and_rows(path)]
