"""(dask51) `frame.score_items` (a Dask part read from a CSV file) makes its results Arrow columns
RESULTS_PER_BATCH documents at a time rather than holding them all: the table is the same, each
row's Status stays with its row across batches (a row not read between them, a row with a reading
note), and the part is still scored in one `score_many` run (so a paragraph repeated across one
outlet's documents is judged on all of them, whatever the batches)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from dask51_failures import good_text  # noqa: E402
from xlplugin import frame  # noqa: E402
from xlplugin.inputs import input_files, read_found  # noqa: E402

FOOTER = ("Subscribe to the Harbour Weekly newsletter for the week's council news, delivered every Friday morning "
          "to your inbox, free of charge, with the tide tables and the ferry timetable.")


def items(folder: Path) -> list:
    """Seven rows of one outlet: a number in a text cell (not read) at the third, a blank id (a reading
    note) at the fifth, and one footer paragraph under every text (that outlet's furniture)."""
    path = folder / "desk.csv"
    rows = [["id", "url", "body"]]
    for i in range(7):
        body = "12345" if i == 2 else f"{good_text(i)}\n\n{FOOTER}"
        rows.append(["" if i == 4 else f"h{i}", f"https://www.harbourweekly.example/news/{i}", body])
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    found = input_files([str(path)], [])
    return list(read_found(*found[0], None, []))


def test_results_made_arrow_in_batches_give_the_same_table(tmp_path, monkeypatch):
    read = items(tmp_path)
    whole = frame.score_items(read)
    monkeypatch.setattr(frame, "RESULTS_PER_BATCH", 2)
    batched = frame.score_items(read)
    assert batched.equals(whole)
    statuses = batched.column("status").to_pylist()
    assert statuses[2] == "not scored: column body: not text: a number"
    assert [s.startswith("scored") for s in statuses] == [True, True, False, True, True, True, True]
    assert batched.column("input_note").to_pylist()[4]  # (the blank id's note, on its own row)
