"""(hunt51) A header cell merged over several columns ("text" over B1:C1, the rest of each article
in column C): only the merge's first column was read, the other columns' cells left out with
nothing said, and each document scored from part of its text. The summary and each row with a value
there now say so; nothing is joined. All texts here are written for these tests."""

from __future__ import annotations

import openpyxl

from xlplugin.inputs import Record, Skipped, read_paths

FIRST = "The council said on Tuesday that the river path between the two bridges will close for three weeks"
REST = "in March while workers replace the old railings, and walkers are asked to use the road on the north bank."
OTHER = ("Members of the rowing club voted to move the spring regatta to a Sunday this year, so that families "
         "who work on Saturdays can watch the races from the meadow by the boathouse, the club secretary said.")


def _book(tmp_path, merge: str | None, rest: str | None = REST, header: list | None = None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(header or ["id", "text", None])
    ws.append(["a", FIRST, rest])
    ws.append(["b", OTHER, None])
    if merge:
        ws.merge_cells(merge)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def _read(path):
    skipped: list[Skipped] = []
    items = list(read_paths([str(path)], skipped=skipped))
    return items, [s.path for s in skipped if s.what == "note"]


def test_a_column_under_a_merged_text_header_is_said(tmp_path):
    (a, b), notes = _read(_book(tmp_path, "B1:C1"))
    assert isinstance(a, Record) and a.text == FIRST  # (read as before: nothing joined)
    assert "column C, under the merged header 'text' (B1:C1), holds a value not read" in a.note
    assert "column C" not in b.note
    assert any("column C is under the merged header cell B1:C1 ('text')" in n and "row 2" in n for n in notes)


# --- guards ----------------------------------------------------------------------------------------

def test_a_merged_header_over_empty_columns_says_nothing(tmp_path):
    (a, b), notes = _read(_book(tmp_path, "B1:C1", rest=None))
    assert not notes and "merged header" not in a.note + b.note


def test_no_merge_no_note(tmp_path):
    (a, b), notes = _read(_book(tmp_path, None, rest=None))
    assert not notes and a.text == FIRST


def test_a_merged_title_above_the_header_is_no_merged_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Press cuttings, week 49", None, None])
    ws.merge_cells("A1:C1")
    ws.append(["id", "text", "outlet"])
    ws.append(["a", OTHER, "Daily"])
    path = tmp_path / "titled.xlsx"
    wb.save(path)
    [a], notes = _read(path)
    assert a.text == OTHER and not notes
