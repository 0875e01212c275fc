"""A refresh after rows of the Documents sheet were deleted, sorted, inserted blank, duplicated or
moved (with or without an edit) makes every derived sheet again from the rows as they now stand.

The oracle: a workbook scored fresh from the same rows. Its Read, Evidence, Outlets and Overview
sheets must hold what the refreshed workbook's hold (row numbers mapped where the refreshed
sheet has blank rows), while no unchanged row is scored again and the user's own column stays."""

from __future__ import annotations

import re

import openpyxl
import pytest
from workbook_helpers import score

from xlplugin import Settings
from xlplugin.inputs import Record
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.row_changes import RowChanges, row_changes

# Five short articles in the test's own words; the last repeats the first under a new lead (a
# copy: "same story as row 2" in the Read sheet, "also in row 2" on the Evidence sheet).
FERRY = ("The island ferry will run twice as often from June, the port authority said on Monday. "
         "Officials told reporters that two new boats were bought last year for 14 million euros and will "
         "carry up to 300 passengers each. The harbour master, Lena Varga, said crossings would take "
         "forty minutes, ten fewer than now, according to the timetable published on the authority's site. "
         "Residents of the island have asked for more crossings for a decade, a local survey found.")
TEXTS = [
    FERRY,
    ("This is an outrage!!! The so-called experts want to ruin our village with their absurd wind farm. "
     "Everyone knows the turbines are a scam cooked up by greedy elites. Wake up, people! "
     "They will never tell you the truth about the noise and the birds."),
    ("The library on Elm Street reopened on Saturday after a two-year renovation, the city said in a "
     "statement. The building now has a reading garden and a room for children's workshops, according "
     "to the architect, Omar Haddad. The work cost 3.2 million dollars, the budget office reported."),
    ("In my view the new bus lanes are the best thing the council has done in years. I ride the number "
     "twelve every morning, and I think the trip is calmer and quicker. We should ask for more lanes, "
     "and we should thank the planners who fought for these ones."),
    "Updated with comment from the ferry operator. " + FERRY,
]
OUTLETS = ["Coast Daily", "Village Voice", "City Desk", "Opinion Page", "Wire Copy"]
USER = ["id", "outlet", "text"]
DERIVED = (layout.EVIDENCE, layout.OVERVIEW, "Read", "Outlets")
EDIT = " A spokesperson added on Friday that the timetable could change in winter."


def _items(rows):
    out = []
    for number, (doc_id, outlet, text) in enumerate(rows, start=2):
        columns = {"id": doc_id, "outlet": outlet, "text": text}
        out.append(Record(id=doc_id, text=text, outlet=outlet, source=f"row {number}", columns=columns, text_column="text"))
    return out


def _write(path, rows):
    items = _items(rows)
    write_scored_workbook(path, items, score(items), Settings())


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [(f"d{n}", outlet, text) for n, (outlet, text) in enumerate(zip(OUTLETS, TEXTS))])
    wb = openpyxl.load_workbook(path)  # the user's own column, kept through every change
    ws = wb[layout.DOCUMENTS]
    note = ws.max_column + 1
    ws.cell(1, note, "My note")
    for row in range(2, ws.max_row + 1):
        ws.cell(row, note, f"note on {ws.cell(row, 1).value}")
    wb.save(path)
    return path


def _edit(path, op):
    """Change the Documents rows the way a user would in a spreadsheet program (every cell of a
    row moves with it, scores and stamps included)."""
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]

    def put(values):
        for number in range(2, ws.max_row + 2):
            for col in range(1, ws.max_column + 1):
                ws.cell(number, col).value = None
        for number, row in enumerate(values, start=2):
            for col, value in enumerate(row, start=1):
                ws.cell(number, col, value)

    if op == "delete":
        ws.delete_rows(3, 1)
    elif op == "delete_copied":  # the row the copy names
        ws.delete_rows(2, 1)
    elif op == "sort":
        put(sorted(rows, key=lambda r: str(r[1])))
    elif op == "insert_blank":
        ws.insert_rows(3, 1)
    elif op == "delete_and_edit":
        ws.delete_rows(3, 1)
        ws.cell(4, 3).value += EDIT
    elif op == "move_and_edit":
        moved = rows.pop(0)
        moved[2] += EDIT
        put(rows + [moved])
    elif op == "duplicate":
        put(rows + [list(rows[2])])
    elif op == "edit":  # no row moved (a document in no copy)
        ws.cell(4, 3).value += EDIT
    elif op == "no_read_sheet_delete":
        del wb["Read"]
        ws.delete_rows(3, 1)
    wb.save(path)


def _real_rows(ws):
    return [r[0].row for r in ws.iter_rows(min_row=2) if any(c.value not in (None, "") for c in r)]


def _derived(path, real=None):
    """The derived sheets' values; with `real` (the refreshed sheet's data rows), a fresh
    workbook's row numbers (2, 3, ...) are mapped onto them."""
    wb = openpyxl.load_workbook(path)
    out = {}
    for name in DERIVED:
        if name not in wb.sheetnames:
            continue
        rows = [list(r) for r in wb[name].iter_rows(values_only=True)]
        if real is not None:
            rename = lambda m: f"row {real[int(m.group(1)) - 2]}"  # noqa: E731
            rows = [[re.sub(r"\brow (\d+)\b", rename, v) if isinstance(v, str) else v for v in r] for r in rows]
            if name == "Read":
                for r in rows[3:]:
                    r[0] = real[r[0] - 2] if r[0] is not None else None  # (None: a row going on with a text)
        out[name] = rows
    return out


def _fresh(path, tmp_path):
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    cols = [header.index(name) for name in USER]
    rows = [[r[c] for c in cols] for r in ws.iter_rows(min_row=2, values_only=True) if any(v not in (None, "") for v in r)]
    fresh = tmp_path / "fresh.xlsx"
    _write(fresh, rows)
    return _derived(fresh, _real_rows(ws))


CASES = {
    "delete": (0, "1 row removed since the last refresh"),
    "delete_copied": (0, "1 row removed since the last refresh"),
    "sort": (0, "rows reordered"),
    "insert_blank": (0, "rows moved to other row numbers"),
    "delete_and_edit": (1, "1 row removed since the last refresh"),
    "move_and_edit": (1, "rows reordered"),
    "duplicate": (0, "1 row duplicated"),
    "edit": (1, ""),  # (the Outlets sheet's kinds count the rows not re-scored too)
}


@pytest.mark.parametrize("op", list(CASES))
def test_refresh_after_rows_changed_matches_a_fresh_score(book, tmp_path, op):
    rescored, said = CASES[op]
    _edit(book, op)
    summary = refresh_workbook(book)
    assert summary.rescored == rescored and summary.appended == 0
    assert summary.row_changes == said
    assert _derived(book) == _fresh(book, tmp_path)
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    notes = [r[header.index("My note")] for r in ws.iter_rows(min_row=2, values_only=True) if r[0] is not None]
    ids = [r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r[0] is not None]
    assert notes == [f"note on {doc_id}" for doc_id in ids]
    # and a second refresh finds nothing to do and leaves the file as it is
    content = book.read_bytes()
    again = refresh_workbook(book)
    assert (again.rescored, again.row_changes) == (0, "") and book.read_bytes() == content


def test_the_deleted_row_leaves_no_trace_in_the_derived_sheets(book):
    _edit(book, "delete")
    refresh_workbook(book)
    wb = openpyxl.load_workbook(book)
    for name in DERIVED:
        assert not any(v == "d1" or v == "Village Voice" for r in wb[name].iter_rows(values_only=True) for v in r), name


def test_a_deleted_read_sheet_is_made_again_for_the_rows_as_they_stand(book, tmp_path):
    _edit(book, "no_read_sheet_delete")
    summary = refresh_workbook(book)
    # (the Read sheet made again from the rows as they stand: refresh_rebuild)
    assert (summary.rescored, summary.row_changes) == (0, "")
    assert summary.sheet_notes[0].startswith("rebuilt: Read (")
    fresh = _fresh(book, tmp_path)
    derived = _derived(book)
    for name in DERIVED:
        assert derived[name] == fresh[name], name


def test_unchanged_rows_still_leave_the_file_untouched(book):
    content = book.read_bytes()
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.row_changes) == (0, "") and book.read_bytes() == content


def test_row_changes_in_words():
    before = [("a", "h1", 2), ("b", "h2", 3), ("c", "h3", 4)]
    assert row_changes(before, before) == RowChanges()
    assert row_changes(before, [("a", "h1", 2), ("c", "h3", 3)]).describe() == "1 row removed since the last refresh"
    assert row_changes(before, [("b", "h2", 2), ("a", "h1", 3), ("c", "h3", 4)]).describe() == "rows reordered"
    assert row_changes(before, [("a", "h1", 2), ("b", "h2", 4), ("c", "h3", 5)]).describe() == "rows moved to other row numbers"
    assert row_changes(before, before + [("a", "h1", 5)]).describe() == "1 row duplicated"
    assert row_changes(before, [("a2", "h1", 2)] + before[1:]).describe() == "1 document id changed"
    # a row whose number was not known (Evidence sheet only) is compared by order alone
    assert not row_changes([("a", "h1", None), ("b", "h2", None)], [("a", "h1", 2), ("b", "h2", 4)]).changed
