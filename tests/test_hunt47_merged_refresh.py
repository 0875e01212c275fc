"""(hunt47) A row's merged-cell note (hunt46: `column outlet: from the merged cell B3:B4 ...`)
follows its cells at every refresh.

A refresh scores again only the rows whose text, fields, scorers or settings changed. A user who
undid a merge and typed its value into each cell it had covered changed none of those: the row
was left as it was, its Why still saying the value came from a merged cell that was no longer
there (and `xlplugin score`'s own workbook, which writes each covered row's value into its own
cell, said so of a merge only the input had). A merge made over an unchanged row said nothing. Now
such a row is written again, its notes as its cells are now, and counted unchanged (its numbers are).
"""

from __future__ import annotations

import openpyxl
from workbook_helpers import documents_rows, merged_book, refresh_counts, refreshed, score

from xlplugin import Settings
from xlplugin.workbook import layout, read_documents, write_scored_workbook

# (our own short reports, written for these tests)
FERRY = ("The island's ferry will carry bicycles free of charge from May, the operator said on Thursday, after "
         "cycling groups asked for the fee to be dropped to cut the number of cars on the narrow coast road.")
TREES = ("The town's allotment society has forty new plots on the old rail yard, its secretary said on Sunday, "
         "and the waiting list of more than a hundred names is expected to be cleared by the end of the year.")
BUS = ("A night bus between the station and the hospital will run from October, the county council said, after "
       "nurses working late shifts told councillors that the last service left before their shifts ended.")
WHY = layout.SCORE_HEADERS[-2]
NOTE = "from the merged cell"


def _scored(tmp_path, outlets, merges=()):
    merged_book(tmp_path / "in.xlsx", ["id", "outlet", "text"], zip(["a1", "a2", "a3"], outlets, [FERRY, TREES, BUS]), merges)
    items = list(read_documents(tmp_path / "in.xlsx"))
    write_scored_workbook(tmp_path / "book.xlsx", items, score(items), Settings())
    return tmp_path / "book.xlsx"


def _edit(book, change):
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    change(ws, [c.value for c in ws[1]].index("outlet") + 1)
    wb.save(book)


def test_a_merge_undone_in_the_scored_workbook_takes_its_note_away(tmp_path, capsys):
    book = _scored(tmp_path, ["Harbour Gazette", "Valley Post", "Valley Post"])
    _edit(book, lambda ws, col: (ws.cell(4, col, None), ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)))
    refreshed(book, capsys)
    assert NOTE in str(documents_rows(book)["a3"][WHY])  # (hunt46: the merge made is said)

    def unmerge(ws, col):
        ws.unmerge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
        ws.cell(4, col, "Valley Post")  # (typed into the cell the merge covered)

    _edit(book, unmerge)
    code, err = refreshed(book, capsys)
    rows = documents_rows(book)
    assert NOTE not in str(rows["a3"][WHY]), rows["a3"][WHY]
    assert rows["a3"]["outlet"] == "Valley Post" and NOTE not in str(rows["a3"][layout.SCORE_HEADERS[-1]])
    assert refresh_counts(err).get("rescored", 0) == 0, err  # (its numbers are as they were)


def test_the_note_of_a_merge_only_the_input_had_goes_at_the_first_refresh(tmp_path, capsys):
    """`score` writes each covered row's value into its own cell: the workbook has no merge."""
    book = _scored(tmp_path, ["Harbour Gazette", None, "Valley Post"], ["B2:B3"])
    assert NOTE in str(documents_rows(book)["a2"][WHY])
    refreshed(book, capsys)
    rows = documents_rows(book)
    assert rows["a2"]["outlet"] == "Harbour Gazette" and NOTE not in str(rows["a2"][WHY]), rows["a2"][WHY]


def test_a_merge_made_over_rows_that_are_otherwise_unchanged_is_said(tmp_path, capsys):
    book = _scored(tmp_path, ["Harbour Gazette", "Harbour Gazette", "Valley Post"])
    _edit(book, lambda ws, col: (ws.cell(3, col, None), ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)))
    refreshed(book, capsys)
    assert NOTE in str(documents_rows(book)["a2"][WHY]), documents_rows(book)["a2"][WHY]


def test_a_merge_kept_is_said_again_and_the_row_left_alone(tmp_path, capsys):
    """Guard: a merge that is still there keeps its note, and a second refresh changes nothing."""
    book = _scored(tmp_path, ["Harbour Gazette", "Valley Post", "Valley Post"])
    _edit(book, lambda ws, col: (ws.cell(4, col, None), ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)))
    refreshed(book, capsys)
    before = documents_rows(book)
    code, err = refreshed(book, capsys)
    assert documents_rows(book) == before and NOTE in str(before["a3"][WHY])
    assert refresh_counts(err).get("unchanged") == 3, err
