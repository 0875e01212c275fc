"""Merged cells in a workbook's table of documents (xlplugin.workbook.merged): a merged outlet,
title or other column is the same value for each row it spans; a merged text is one document,
read once, and the other rows it covers say so in their Status. `score` and `refresh` alike."""

from __future__ import annotations

import openpyxl
from samples import CALM_REPORT, CHARGED_RANT
from workbook_helpers import merged_book, scored_then_merged

from xlplugin import Settings
from xlplugin.inputs import MergedCell, Problem, Record
from xlplugin.workbook import layout, read_documents, refresh_workbook, write_scored_workbook
from xlplugin.workbook.merged import fill_merged, merged_ranges

QUAY = ("The ferry to the island runs twice a day from the north quay, the harbour office said on Monday, "
        "and the winter timetable starts in November after the annual repairs to the landing stage.")


def _book(path, rows, merges):
    return merged_book(path, ["id", "outlet", "text", "topic"], rows, merges)


def test_merged_outlet_and_own_column_fill_each_row(tmp_path):
    book = _book(tmp_path / "in.xlsx", [["a1", "Harbour Gazette", CALM_REPORT, "port"], ["a2", None, QUAY, None],
                                        ["a3", "Valley Post", CHARGED_RANT, "town"]], ["B2:B3", "D2:D3"])
    items = list(read_documents(book))
    assert [(i.id, i.outlet, i.columns["topic"]) for i in items] == [
        ("a1", "Harbour Gazette", "port"), ("a2", "Harbour Gazette", "port"), ("a3", "Valley Post", "town")]
    assert [i.text for i in items] == [CALM_REPORT, QUAY, CHARGED_RANT]


def test_merged_text_is_one_document_and_the_other_rows_say_so(tmp_path):
    book = _book(tmp_path / "in.xlsx", [["a1", "Harbour Gazette", CALM_REPORT, "port"], ["a2", None, None, None],
                                        ["a3", "Valley Post", CHARGED_RANT, "town"]], ["B2:B3", "C2:C3", "D2:D3"])
    first, covered, last = read_documents(book)
    assert isinstance(first, Record) and first.text == CALM_REPORT
    assert isinstance(covered, Problem) and covered.kind == "cell" and covered.id == "a2"
    assert "column text: merged with row 2's cell (C2:C3)" in covered.message and "read once, in row 2" in covered.message
    assert covered.columns == {"id": "a2", "outlet": "Harbour Gazette", "text": None, "topic": "port"}
    assert isinstance(last, Record) and last.text == CHARGED_RANT

    out = tmp_path / "out.xlsx"
    items = [first, covered, last]
    from workbook_helpers import score

    write_scored_workbook(out, items, score(items), Settings())
    ws = openpyxl.load_workbook(out)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    row3 = [c.value for c in ws[3]]
    assert row3[header.index("outlet")] == "Harbour Gazette" and row3[header.index("text")] is None
    assert "merged with row 2's cell" in row3[header.index(layout.SCORE_HEADERS[-1])]


def test_covered_cell_with_its_own_value_keeps_it_and_the_id_is_not_copied():
    # (LibreOffice can keep a covered cell's own value, hidden; an id names one document only)
    table = [["a1", "Harbour Gazette", "one text"], [None, "Own Outlet", None], [None, None, "own text"]]
    fill_merged(table, [2, 3, 4], [1, 2, 3], ["id", "outlet", "text"], [(1, 2, 1, 4), (2, 2, 2, 4), (3, 2, 3, 4)],
                ("text", None))
    assert table[1] == [None, "Own Outlet", MergedCell(2, "C2:C4")]
    assert table[2] == [None, "Harbour Gazette", "own text"]


def test_merges_above_the_header_row_or_in_one_row_are_left_alone():
    table = [["a1", "Gazette", "text one"], ["a2", None, "text two"]]
    fill_merged(table, [3, 4], [1, 2, 3], ["id", "outlet", "text"], [(2, 1, 2, 4), (2, 3, 3, 3)], ("text", None), header_row=2)
    assert table[1][1] is None


def test_merged_ranges_found_across_pieces():
    xml = b'<worksheet><sheetData/><mergeCells count="2"><mergeCell ref="B2:B3"/><mergeCell ref="AA10:AB12"/></mergeCells></worksheet>'
    expected = [(2, 2, 2, 3), (27, 10, 28, 12)]
    assert merged_ranges(xml) == expected
    for cut in range(1, len(xml)):
        assert merged_ranges([xml[:cut], xml[cut:]]) == expected


def test_refresh_reads_a_merge_made_in_a_scored_workbook(tmp_path):
    book = _book(tmp_path / "in.xlsx", [["a1", "Harbour Gazette", CALM_REPORT, "port"],
                                        ["a3", "Valley Post", CHARGED_RANT, "town"]], [])
    out = scored_then_merged(book, tmp_path / "out.xlsx", "a4", QUAY)
    summary = refresh_workbook(out)
    assert summary.appended == 1
    read = openpyxl.load_workbook(out)["Read"]
    outlets = {row[1]: row[2] for row in read.iter_rows(min_row=4, values_only=True)}
    assert outlets == {"a1": "Harbour Gazette", "a3": "Valley Post", "a4": "Valley Post"}
    assert openpyxl.load_workbook(out)[layout.DOCUMENTS].merged_cells.ranges  # (the user's merge is kept)
