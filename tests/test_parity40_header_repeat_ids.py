"""(parity40) A table with no id column numbers its rows, and the number is the row's id (hunt40a).
A note or a section label left out keeps its place, so the rows under it keep their numbers; a repeat
of the header row in the middle (two exports joined into one file) did not: every row under it had
the number of the row above it in the file, so a join of the scores back to the file by row number
(pandas' `df.index + 1`, the sheet's row under its header) put each score on the wrong document."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from workbook_helpers import table_file

from xlplugin.cli import main

# (our own short articles, written for these tests)
QUAY = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting "
        "at which residents asked about the cost of the works and the months the ferry road would be closed.")
POOL = ("The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust "
        "said on Monday. Its manager, Ines Duarte, said the new roof cost 1.2 million pounds, paid by the council.")
BUSES = ("Two bus routes to the hospital will run every ten minutes from April, the transport authority said on "
         "Thursday, after patients and staff complained that the buses were full by eight in the morning.")

ROWS = [["title", "text"], ["Quay", QUAY], ["title", "text"], ["Pool", POOL], ["Buses", BUSES]]


def _source(tmp_path, form):
    if form == "json":
        source = tmp_path / "list.json"
        source.write_text(json.dumps([dict(zip(ROWS[0], row)) for row in ROWS[1:]]), encoding="utf-8")
        return source
    return table_file(tmp_path, form, ROWS)


@pytest.mark.parametrize("form", ["csv", "xlsx", "json"])
def test_rows_under_a_repeated_header_row_keep_their_number(tmp_path, capsys, form):
    capsys.readouterr()
    assert main(["score", str(_source(tmp_path, form)), "--json"]) == 0
    said = capsys.readouterr()
    assert "1 row not read, a repeat of the header row" in said.err, said.err  # (still left out, and said)
    ids = {doc["title"]: doc["id"] for doc in map(json.loads, said.out.splitlines())}
    assert ids == {"Quay": "1", "Pool": "3", "Buses": "4"}


def test_the_numbers_are_pandas_row_numbers(tmp_path, capsys):
    source = _source(tmp_path, "csv")
    frame = pd.read_csv(source)
    by_pandas = {title: str(n + 1) for n, title in zip(frame.index, frame["title"]) if title != "title"}
    capsys.readouterr()
    assert main(["score", str(source), "--json"]) == 0
    ids = {doc["title"]: doc["id"] for doc in map(json.loads, capsys.readouterr().out.splitlines())}
    assert ids == by_pandas
