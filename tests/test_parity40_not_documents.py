"""(parity40) The rows that are no document (a repeat of the header row, notes under and between the
documents, section labels, total rows) are judged by one function, `inputs.not_documents`, on every
path: a CSV file, a JSON file, a sheet and a refresh. The sheet had its own copy, which read the total
rows before the section labels, and a refresh its own, which read no repeat of the header row: each
table here was read otherwise by one path than by the others."""

from __future__ import annotations

import json

import openpyxl
import pytest
from workbook_helpers import refreshed, table_file

from xlplugin.cli import main
from xlplugin.inputs import HEADER_REPEAT_REASON, SECTION_LABEL_REASON, TOTAL_ROW_REASON, not_documents
from xlplugin.workbook import layout

# (our own short articles, written for these tests)
QUAY = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting "
        "at which residents asked about the cost of the works and the months the ferry road would be closed.")
POOL = ("The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust "
        "said on Monday. Its manager, Ines Duarte, said the new roof cost 1.2 million pounds, paid by the council.")
BUSES = ("Two bus routes to the hospital will run every ten minutes from April, the transport authority said on "
         "Thursday, after patients and staff complained that the buses were full by eight in the morning.")

HEADER = ["title", "text", "words"]
# A week's total under its rows, and the next week's label under it (its rows still to come)
TOTAL_OVER_LABEL = [HEADER, ["Quay", QUAY, 36], ["Pool", POOL, 35], ["Total", "", 71], ["Week 2", "", ""]]


def _source(tmp_path, form, rows):
    if form == "json":
        source = tmp_path / "list.json"
        source.write_text(json.dumps([dict(zip(rows[0], row)) for row in rows[1:]]), encoding="utf-8")
        return source
    return table_file(tmp_path, form, rows)


def _read(tmp_path, capsys, form, rows):
    capsys.readouterr()
    assert main(["score", str(_source(tmp_path, form, rows)), "--json"]) == 0
    said = capsys.readouterr()
    return [json.loads(line) for line in said.out.splitlines() if line.startswith("{")], said.err


@pytest.mark.parametrize("form", ["csv", "json", "xlsx"])
def test_a_total_row_over_a_section_label_is_no_document_on_any_path(tmp_path, capsys, form):
    found, err = _read(tmp_path, capsys, form, TOTAL_OVER_LABEL)
    assert [doc["title"] for doc in found] == ["Quay", "Pool"]  # (the sheet scored "Total" as a document)
    assert f"1 row not read, {TOTAL_ROW_REASON}" in err and f"1 row not read, {SECTION_LABEL_REASON}" in err, err


def test_the_shared_rule_is_the_one_each_path_reads_by():
    rows = [row for row in TOTAL_OVER_LABEL[1:]]
    assert not_documents(rows, HEADER) == [(3, SECTION_LABEL_REASON), (2, TOTAL_ROW_REASON)]


def _book_with_rows_typed(tmp_path, capsys, typed):
    """A workbook scored from a table of QUAY, with `typed` (rows of HEADER's columns) typed under it."""
    source, book = table_file(tmp_path, "csv", [HEADER, ["Quay", QUAY, 36]]), tmp_path / "book.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    for row in typed:
        at = ws.max_row + 1
        for name, value in zip(HEADER, row):
            if value != "":
                ws.cell(at, headers.index(name) + 1).value = value
    wb.save(book)
    return book


def test_a_refresh_leaves_out_a_header_row_pasted_under_the_documents(tmp_path, capsys):
    """A table pasted under the scored rows with its header row: `score` leaves the header row out; a
    refresh scored it as a new document whose text is "text"."""
    book = _book_with_rows_typed(tmp_path, capsys, [HEADER, ["Pool", POOL, 35], ["Buses", BUSES, 33]])
    code, err = refreshed(book, capsys)
    assert code == 0, err
    assert "3 rows new" not in err and "2 rows new" in err, err
    assert f"1 row not read, {HEADER_REPEAT_REASON}" in err and "Documents row 3" in err, err
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    status = headers.index(layout.SCORE_HEADERS[-1])
    assert [row[status] for row in ws.iter_rows(min_row=3, max_row=3, values_only=True)] == [None]  # (not written)


def test_a_refresh_still_reads_a_row_it_scored_as_a_document_whatever_it_holds(tmp_path, capsys):
    """A row a run scored is a document whatever it holds (hunt38a's rule for a refresh): a header-like
    row scored by an earlier version stays one."""
    book = _book_with_rows_typed(tmp_path, capsys, [])
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("title") + 1).value = "title"
    ws.cell(2, headers.index("text") + 1).value = "text"
    ws.cell(2, headers.index("words") + 1).value = "words"
    wb.save(book)
    code, err = refreshed(book, capsys)
    assert HEADER_REPEAT_REASON not in err and "1 row scored again" in err, err
