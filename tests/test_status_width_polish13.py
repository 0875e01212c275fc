"""A Documents row's Why and Status show whole: a row of several notes (no index, how the file was
read, an id other rows use too) gets the lines it needs (its row grows: book18 made the Status
narrower, 20, so that the sheet prints one page across; 26 since sheets22), without making a
row with a short Status any taller. (book45) The notes are in the Why, the Status says the head."""

from __future__ import annotations

import math

import openpyxl
from workbook_helpers import score

from xlplugin import Settings
from xlplugin.inputs import Record
from xlplugin.workbook import fit, write_scored_workbook
from xlplugin.workbook.writer import LINE_HEIGHT

# Written for this test: too short for an index, so its Status gathers several notes.
SHORT = "The harbour board met on Thursday. It voted to widen the north quay, its chair said."


def _lines(value, width):
    # each line of the cell wrapped at the column's width (less its padding)
    return sum(max(1, math.ceil(len(line) / (width - 2))) for line in str(value or "").split("\n"))


def _why_status_lines_and_rows(path):
    ws = openpyxl.load_workbook(path)["Documents"]
    headers = [c.value for c in ws[1]]
    columns = [headers.index(name) + 1 for name in ("Why", "Status")]
    widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in columns]
    for number in range(2, ws.max_row + 1):
        why, status = (ws.cell(number, c).value for c in columns)
        yield _lines(why, widths[0]), _lines(status, widths[1]), ws.row_dimensions[number].height, why, status


def test_a_row_of_several_notes_fits_its_row(tmp_path):
    items = [Record(id="q", text=SHORT, source=f"pages/q{n}.html", columns={"id": "q", "text": SHORT}, text_column="text",
                    # (two notes of how it was read: more than MAX_LINES lines at the Status's
                    # width, 26 since sheets22; in the Why since book45)
                    note="read as Windows-1252 (the file is not UTF-8); its line ends were read as Windows line ends")
             for n in range(3)]
    path = tmp_path / "status.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    for why_lines, status_lines, height, why, status in _why_status_lines_and_rows(path):
        # (book45) the notes are in the Why (the Status says the head and the id other rows use):
        # the row is as tall as the longer of them needs
        assert "Windows line ends" in why and "Windows" not in status
        assert max(why_lines, status_lines) * LINE_HEIGHT <= height


def test_a_row_with_one_note_is_no_taller_than_it_needs(tmp_path):
    items = [Record(id="s", text=SHORT, source="s", columns={"id": "s", "text": SHORT}, text_column="text")]
    path = tmp_path / "short.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    # (a short text, no index: the Why holds the reason, the Status its head)
    assert [height for *_, height, _, _ in _why_status_lines_and_rows(path)] == [
        fit.text_lines_height(max(why, status), LINE_HEIGHT) for why, status, *_ in _why_status_lines_and_rows(path)]
