"""What a refresh reads from the sheets a user edits is never silently half-read (session 17,
refresh18): a setting typed on two rows of the Settings sheet is refused, naming both rows,
wherever the second row is and whatever the two values are."""

from __future__ import annotations

import re

import openpyxl
import pytest
from workbook_helpers import records, score

from xlplugin import Settings
from xlplugin.settings import setting_named, settings_table
from xlplugin.cli import main
from xlplugin.errors import WorkbookError
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.reader import read_settings


def _book(tmp_path, name="book.xlsx"):
    path = tmp_path / name
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    return path


def _settings_row(ws, key):
    return next(row[0].row for row in ws.iter_rows(min_row=2) if setting_named(row[0].value) == key)


@pytest.mark.parametrize("key", ["weight.loaded_language", "weight.provenance", "sources.builtin"])
@pytest.mark.parametrize("where", ["above", "below"])
@pytest.mark.parametrize("same_value", [False, True])
def test_a_setting_on_two_rows_is_refused_naming_both(tmp_path, capsys, key, where, same_value):
    path = _book(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.SETTINGS_SHEET]
    original = _settings_row(ws, key)
    value = ws.cell(original, 2).value if same_value else 0
    if where == "above":  # a row inserted above the original, as a user tries a value
        ws.insert_rows(2)
        ws.cell(2, 1, key + " ")  # (a trailing space is read as the same setting)
        ws.cell(2, 2, value)
        rows = (2, original + 1)
    else:
        ws.cell(ws.max_row + 1, 1, key)
        ws.cell(ws.max_row, 2, value)
        rows = (original, ws.max_row)
    wb.save(path)
    before = path.read_bytes()
    key = re.escape({s.name: s.shown for s in settings_table()}[key])  # (named as the Settings sheet names it)
    with pytest.raises(WorkbookError, match=rf"Settings sheet rows {rows[0]} and {rows[1]} both set {key}; keep one"):
        read_settings(path)
    with pytest.raises(WorkbookError, match=rf"rows {rows[0]} and {rows[1]} both set {key}"):
        refresh_workbook(path)
    assert main(["refresh", str(path), "-q"]) == 2
    assert re.search(rf"rows {rows[0]} and {rows[1]} both set {key}", capsys.readouterr().err)
    assert path.read_bytes() == before


# A copy of the Documents sheet (Excel's Move or Copy: "Documents (2)"), kept as a backup or to try
# an edit, is not refreshed: the summary says so, whatever its name and place.

@pytest.mark.parametrize("name, first", [("Documents (2)", True), ("Documents (2)", False), ("Backup of March", False)])
def test_a_copy_of_the_documents_sheet_is_said_not_refreshed(tmp_path, capsys, name, first):
    path = _book(tmp_path)
    wb = openpyxl.load_workbook(path)
    copy = wb.copy_worksheet(wb[layout.DOCUMENTS])
    copy.title = name
    if first:
        wb.move_sheet(copy, offset=-(len(wb.sheetnames) - 1))
    notes = wb.create_sheet("My notes")  # (a sheet of the user's own, not a copy: not named)
    notes.append(["id", "text"])
    notes.append(["n1", "A reminder to call the harbour office about the ferry times on Monday."])
    wb.save(path)
    summary = refresh_workbook(path)
    assert summary.copy_notes == [f"sheet {name!r} looks like a copy of the Documents sheet: its scores were not updated "
                                  "(a refresh updates the Documents sheet only; score the copy into a new workbook to "
                                  "score its texts)"]
    assert main(["refresh", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"sheet {name!r} looks like a copy" in err and "My notes" not in err


def test_a_workbook_without_a_copy_says_nothing_of_copies(tmp_path):
    assert refresh_workbook(_book(tmp_path)).copy_notes == []


# The refresh's summary counts add up to the rows of the Documents sheet: rows whose Evidence rows
# were written again are among the unchanged ones, and said so ("3 rows unchanged, 1 of them ...").

def _paste_row_again(path, number):
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    ws.append([cell.value for cell in ws[number]])
    wb.save(path)


def _rename_id(path, number):
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    ws.cell(number, 1).value = "renamed"
    wb.save(path)


@pytest.mark.parametrize("edit, row", [(_paste_row_again, 2), (_paste_row_again, 4), (_rename_id, 3)])
def test_the_summary_counts_add_up_to_the_rows(tmp_path, capsys, edit, row):
    from workbook_helpers import refresh_counts

    path = _book(tmp_path)
    edit(path, row)
    rows = openpyxl.load_workbook(path)[layout.DOCUMENTS].max_row - 1
    assert main(["refresh", str(path)]) == 0
    err = capsys.readouterr().err
    counts = refresh_counts(err)
    # (sheets30) a renamed id's rows are counted as filed under the new id, not as missing rows
    among = "evidence_refiled" if edit is _rename_id else "evidence_restored"
    assert counts[among] >= 1
    assert sum(n for key, n in counts.items() if key not in ("evidence_restored", "evidence_refiled")) == rows
    assert f"{counts['unchanged']} unchanged, {counts[among]} of them with" in err \
        or f"{counts['unchanged']} rows unchanged, {counts[among]} of them with" in err


# A weight changed to or from 0 in the Settings sheet: a refresh redoes the colours (a column
# weighed 0 has none; book20, refresh_colours), and the summary says they follow the new weights.

@pytest.mark.parametrize("key, value, said", [("weight.sentiment", 2, True), ("weight.provenance", 0, True),
                                              ("weight.provenance", 3, False)])
def test_a_weight_turned_to_or_from_0_says_the_colours_follow_it(tmp_path, key, value, said):
    path = _book(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.SETTINGS_SHEET]
    ws.cell(_settings_row(ws, key), 2, value)
    wb.save(path)
    notes = refresh_workbook(path).settings_notes
    key = {s.name: s.shown for s in settings_table()}[key]  # (named as the Settings sheet names it)
    assert notes[0].startswith(f"settings changed: {key} ")
    colours = [note for note in notes if "colours" in note]
    assert colours == ([f"the colours of the Documents sheet follow the new weights ({key} changed to or from 0; "
                        "a column weighed 0 has no colour)"] if said else [])
