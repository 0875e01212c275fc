"""(hunt40a) A table with no id column numbers its rows, and that number is the row's id: in
`--json`, the table printed, the Documents sheet and the Read and Evidence sheets. A note or a
section label between the documents (hunt39a, hunt39c) is left out; it took its number with it,
so every row under it had the number of the row above it in the file: a join of the scores back
to the file by row number (pandas' `df.index + 1`, the sheet's row under the header) put each
score on the row above its document, and whether a row was judged a note (a rule that looks at the
whole table) moved the ids of every row under it. The rows keep their place in the file."""

from __future__ import annotations

import json

import openpyxl
import pytest
from workbook_helpers import table_file

from xlplugin.cli import main
from xlplugin.workbook import layout

# (our own short articles, written for these tests)
QUAY = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting "
        "at which residents asked about the cost of the works and the months the ferry road would be closed.")
POOL = ("The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust "
        "said on Monday. Its manager, Ines Duarte, said the new roof cost 1.2 million pounds, paid by the council.")
BUSES = ("Two bus routes to the hospital will run every ten minutes from April, the transport authority said on "
         "Thursday, after patients and staff complained that the buses were full by eight in the morning.")
FERRY = ("The island ferry will sail twice more each day in summer, the operator said on Friday, after a year in "
         "which the morning boats left passengers on the quay on most weekends from May to September.")
NOTE = "Note: rows below are from the archive"


def _json(capsys, source):
    capsys.readouterr()
    assert main(["score", str(source), "--json"]) == 0
    captured = capsys.readouterr()
    return [json.loads(line) for line in captured.out.splitlines()], captured.err


def _place_in_file(rows, text):
    """The row's place among the table's rows under its header, as a person (or pandas) counts them."""
    return str(next(n for n, row in enumerate(rows[1:], start=1) if text in row))


@pytest.mark.parametrize("form", ["csv", "xlsx"])
@pytest.mark.parametrize("left_out", [NOTE, "Week 2"])
def test_rows_under_a_row_left_out_keep_their_number(tmp_path, capsys, form, left_out):
    rows = [["title", "text"], ["Quay", QUAY], ["Pool", POOL], [left_out, ""], ["Buses", BUSES], ["Ferry", FERRY]]
    found, err = _json(capsys, table_file(tmp_path, form, rows))
    assert "1 row not read" in err, err  # (the row is still left out, and said)
    by_title = {doc["title"]: doc["id"] for doc in found}
    assert by_title == {title: _place_in_file(rows, text) for title, text in
                        (("Quay", QUAY), ("Pool", POOL), ("Buses", BUSES), ("Ferry", FERRY))}
    assert by_title == {"Quay": "1", "Pool": "2", "Buses": "4", "Ferry": "5"}


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_an_id_does_not_hang_on_whether_a_row_nearby_is_a_note(tmp_path, capsys, form):
    """In a table whose first column is its text column, a line opening `Note:` is a note only where
    every other row fills another column (hunt39a): one more row of a text alone makes it a document.
    Either way the rows under it keep their ids."""
    kept = [["text", "outlet"], [QUAY, "Town Herald"], [NOTE, ""], [POOL, "Daily Courier"], [BUSES, ""]]
    left = [["text", "outlet"], [QUAY, "Town Herald"], [NOTE, ""], [POOL, "Daily Courier"], [BUSES, "Bay News"]]
    found_kept, err_kept = _json(capsys, table_file(tmp_path, form, kept, "kept"))
    found_left, err_left = _json(capsys, table_file(tmp_path, form, left, "left"))
    assert "row not read" not in err_kept and "1 row not read" in err_left  # (the rule did differ)
    ids_kept = {doc["text"]: doc["id"] for doc in found_kept}
    ids_left = {doc["text"]: doc["id"] for doc in found_left}
    assert ids_kept[POOL] == ids_left[POOL] == "3"
    assert ids_kept[BUSES] == ids_left[BUSES] == "4"


def test_the_workbook_and_a_refresh_keep_the_numbers(tmp_path, capsys):
    """The Documents sheet's id column and the Read sheet show the rows' numbers; a refresh reads them
    back as they are, and a row typed under them gets the next number after the largest."""
    rows = [["title", "text"], ["Quay", QUAY], [NOTE, ""], ["Pool", POOL], ["Buses", BUSES]]
    source, out = table_file(tmp_path, "csv", rows), tmp_path / "scored.xlsx"
    assert main(["score", str(source), "-o", str(out), "-q"]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    shown = [(str(r[0]), r[headers.index("title")]) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert shown == [("1", "Quay"), ("3", "Pool"), ("4", "Buses")]
    read = wb["Read"]
    read_ids = [str(r[1]) for r in read.iter_rows(values_only=True) if isinstance(r[0], (int, float))
                or (isinstance(r[0], str) and r[0].isdigit())]
    assert read_ids == ["1", "3", "4"]
    ws.cell(5, headers.index("title") + 1).value = "Ferry"
    ws.cell(5, headers.index("text") + 1).value = FERRY
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    ws = openpyxl.load_workbook(out)[layout.DOCUMENTS]
    assert [str(r[0]) for r in ws.iter_rows(min_row=2, values_only=True)] == ["1", "3", "4", "5"]
