"""A carriage return followed by a page break reads the same by every way in: two line ends.

Line ends are read first ("\\r\\n", then a lone "\\r"), then control characters (a page break or
vertical tab a line end: inputs.text_controls), in inputs.shown_text. The Excel functions and the
Dask/Arrow path once read control characters first, which turned "\\r\\x0c" into the pair
"\\r\\n", one line end, while a file or a CSV cell with the same characters gave two.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from xlplugin import inputs
from xlplugin.excel import functions

TEXT = ("The council met on Tuesday and agreed the budget for the coming year, officials said.\r\x0c"
        "The vote was seven to two, according to the minutes published by the town clerk on Wednesday.")
EXPECTED = TEXT.replace("\r\x0c", "\n\n")


def test_shown_text_reads_line_ends_before_control_characters():
    assert inputs.shown_text(TEXT) == EXPECTED
    assert inputs.shown_text("a\r\x0bb") == "a\n\nb"
    assert inputs.shown_text("a\r\nb\x0cc") == "a\nb\nc"


def test_a_file_and_a_csv_cell_give_two_line_ends(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode())
    assert inputs.read_text_file(path)[0] == EXPECTED
    table = tmp_path / "b.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerow(["1", TEXT])
    [record] = list(inputs.read_csv(table, None))
    assert record.text == EXPECTED


def test_the_excel_functions_score_the_text_a_csv_gives():
    assert functions.reliability(TEXT) == functions.reliability(EXPECTED)
    assert functions.evidence(TEXT, "loaded_language") == functions.evidence(EXPECTED, "loaded_language")


def test_the_arrow_path_scores_the_text_a_csv_gives():
    pa = pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    from xlplugin import frame

    table = frame.score_table(pa.table({"text": [TEXT, EXPECTED]}))
    first, second = table.to_pylist()
    # the same text scored: the same text hash and every evidence offset the same
    assert first["stamp_text"] == second["stamp_text"]
    assert first["evidence"] == second["evidence"]
