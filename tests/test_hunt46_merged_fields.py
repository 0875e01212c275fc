"""(hunt46) A document field (outlet, author, date, title, URL) merged down a workbook's column is
read for every row it covers (workbook.merged), and now each covered row says so, in `xlplugin
score` and in a refresh alike: a merge left over from formatting gave every row it covered an
outlet, author or date no cell of its own holds, with no word said (a merged id was said: the
covered rows get ids of their own, and their notes say it)."""

from __future__ import annotations

import datetime as dt

import openpyxl

from workbook_helpers import merged_book, scored_then_merged

from xlplugin.workbook import layout, read_documents, refresh_workbook

# (our own short reports, written for these tests)
FERRY = ("The ferry to the island runs twice a day from the north quay, the harbour office said on Monday, "
         "and the winter timetable starts in November after the annual repairs to the landing stage.")
TREES = ("Volunteers planted four hundred trees along the river path on Saturday, the parish council said, "
         "as part of a scheme paid for by a county grant, and a second day of planting is set for March.")
BUS = ("The number 12 bus will stop at the new health centre from April, the transport authority said, after "
       "residents of the estate asked for a direct route in a petition signed by more than three hundred people.")


_book = merged_book


def test_a_merged_outlet_is_read_for_each_row_and_said(tmp_path):
    book = _book(tmp_path / "in.xlsx", ["id", "outlet", "text"],
                 [["a1", "Harbour Gazette", FERRY], ["a2", None, TREES], ["a3", None, BUS]], ["B2:B4"])
    first, *covered = read_documents(book)
    assert [i.outlet for i in (first, *covered)] == ["Harbour Gazette"] * 3
    assert "merged" not in first.note  # (its own cell)
    for item in covered:
        assert "column outlet: from the merged cell B2:B4 (row 2's value, read for each row it covers)" in item.note, item.note


def test_a_merged_author_and_date_are_said_too(tmp_path):
    book = _book(tmp_path / "in.xlsx", ["id", "author", "date", "text"],
                 [["a1", "Ann Lee", dt.datetime(2024, 3, 5), FERRY], ["a2", None, None, TREES]], ["B2:B3", "C2:C3"])
    _, second = read_documents(book)
    assert second.author == "Ann Lee" and second.date.startswith("2024-03-05")
    assert "column author: from the merged cell B2:B3" in second.note and "column date: from the merged cell C2:C3" in second.note


def test_a_merged_own_column_is_filled_and_not_said(tmp_path):
    """Guard: a column of the user's own (topic) is filled as before and adds no note: it is not read."""
    book = _book(tmp_path / "in.xlsx", ["id", "topic", "text"], [["a1", "port", FERRY], ["a2", None, TREES]], ["B2:B3"])
    _, second = read_documents(book)
    assert second.columns["topic"] == "port" and "merged" not in second.note


def test_a_refresh_says_it_as_score_does(tmp_path):
    book = _book(tmp_path / "in.xlsx", ["id", "outlet", "text"], [["a1", "Harbour Gazette", FERRY], ["a2", "Valley Post", TREES]], [])
    out = scored_then_merged(book, tmp_path / "out.xlsx", "a3", BUS)
    refresh_workbook(out)
    ws = openpyxl.load_workbook(out)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    why = {row[header.index("id")]: str(row[header.index(layout.SCORE_HEADERS[-2])]) for row in ws.iter_rows(min_row=2, values_only=True)}
    assert "from the merged cell" in why["a3"], why["a3"]
    assert "from the merged cell" not in why["a1"]
