"""(guard22) A mark no one sees at the start or end of an outlet, author or url cell (a byte order
mark left by joining two CSV files, a zero-width space pasted from a web page) made the outlet
another name: its rating did not rate it (23.6 unrated against 14.8 rated), and the only line said
"did you mean" about another row. Such marks are no part of a value: the cell is read without
them, and the outlet key leaves them out wherever they are."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from xlplugin.cells import given_meta
from xlplugin.cli import main
from xlplugin.scorers.source_rating import outlet_key

# Written for these tests: a calm report, long enough for an index.
REPORT = ("The ferry to the island will run twice a day from May, the operator said on Friday. The first boat "
          "will leave at eight, and tickets can be bought on board or at the harbour office, a spokesman said.")
MARKS = ["\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"]
SHAPES = [lambda m, v: m + v, lambda m, v: v + m, lambda m, v: f" {m} {v} ", lambda m, v: m + m + v]


@pytest.mark.parametrize("field, value", [("outlet", "Harbour Weekly"), ("author", "Ann Lee"),
                                          ("url", "https://harbour.example/news/ferry")])
def test_a_metadata_cell_is_read_without_the_marks_no_one_sees_at_its_ends(field, value):
    for mark in MARKS:
        for shape in SHAPES:
            assert given_meta(field, shape(mark, value)) == (value, None), (field, repr(shape(mark, value)))
    assert given_meta(field, MARKS[0]) == ("", None)  # (a cell of the mark alone: empty)


def test_the_outlet_key_leaves_invisible_marks_and_control_characters_out():
    for mark in MARKS:
        assert outlet_key(f"Harbour{mark} Weekly") == outlet_key(f"{mark}Harbour Weekly") == "harbour weekly"
    assert outlet_key("Harbour\x00 Weekly") == outlet_key("Harbour\tWeekly") == "harbour weekly"
    assert outlet_key("Harbour Weekly\u200bs") != "harbour weekly"  # (a letter after it is still a letter)


def _score(tmp_path: Path, capsys, outlets: list[str]) -> tuple[list[float], str]:
    source, ratings = tmp_path / "in.csv", tmp_path / "r.csv"
    with source.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "text", "outlet"], *([str(i), REPORT, o] for i, o in enumerate(outlets))])
    ratings.write_text("outlet,rating\nTruth Blog,0.1\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["score", str(source), "--ratings", str(ratings), "--json"]) == 0
    said = capsys.readouterr()
    return [row["reliability"] for row in map(json.loads, said.out.splitlines())], said.err


@pytest.mark.parametrize("mark", MARKS)
def test_an_outlet_with_an_invisible_mark_is_rated_by_its_name(tmp_path, capsys, mark):
    written = [shape(mark, "Truth Blog") for shape in SHAPES]
    scores, said = _score(tmp_path, capsys, ["Truth Blog", *written])
    assert len(set(scores)) == 1, (scores, said)
    assert "did you mean" not in said and "rated no document" not in said, said
