"""(daskparity41) `xlplugin.dask.score_frame` on a frame of several partitions numbers each row by its
place in the whole frame, as `xlplugin score` numbers a CSV file's rows: each partition numbered its
rows from 1, so a frame with no id column gave several rows one id (and a blank id cell in two
partitions one "N (no id)"), and scores joined back by id went onto the wrong rows."""

from __future__ import annotations

import csv
import json

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
dd = pytest.importorskip("dask.dataframe")

from xlplugin.cli import main  # noqa: E402
from xlplugin.dask import score_frame  # noqa: E402

# (our own short articles, written for these tests)
PLACES = ["harbour", "library", "station", "market", "bridge", "museum"]
TEXTS = [f"The council said on Monday that the {place} would reopen in May after a year of repairs, "
         f"and its manager said the work had cost less than the town had feared." for place in PLACES]


def _plain_ids(tmp_path, capsys, rows, header):
    source = tmp_path / "table.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header, *rows])
    capsys.readouterr()
    assert main(["score", str(source), "--json"]) == 0
    return [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines() if line.startswith("{")]


def test_a_frame_of_three_partitions_and_no_id_column_gives_each_row_its_place(tmp_path, capsys):
    frame = pd.DataFrame({"place": PLACES, "text": TEXTS})
    scored = score_frame(dd.from_pandas(frame, npartitions=3)).compute(scheduler="sync")
    assert list(scored["place"]) == PLACES  # (the order kept)
    ids = list(scored["input_id"])
    assert ids == ["1", "2", "3", "4", "5", "6"]  # (each partition's were "1", "2")
    assert ids == _plain_ids(tmp_path, capsys, list(zip(PLACES, TEXTS)), ["place", "text"])


def test_blank_ids_in_two_partitions_are_not_one_id(tmp_path, capsys):
    given = ["a", None, "c", "d", None, "f"]
    frame = pd.DataFrame({"id": given, "text": TEXTS})
    scored = score_frame(dd.from_pandas(frame, npartitions=3)).compute(scheduler="sync")
    ids = list(scored["input_id"])
    assert len(set(ids)) == len(ids), ids
    plain = _plain_ids(tmp_path, capsys, [[g or "", t] for g, t in zip(given, TEXTS)], ["id", "text"])
    assert ids == plain


def test_a_frame_of_one_partition_is_numbered_as_before():
    """(a guard: one partition was numbered right before)"""
    frame = pd.DataFrame({"text": TEXTS[:3]})
    scored = score_frame(dd.from_pandas(frame, npartitions=1)).compute(scheduler="sync")
    assert list(scored["input_id"]) == ["1", "2", "3"]
