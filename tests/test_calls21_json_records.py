"""--json gives every input a record of one shape (calls21): a row refused at reading (a text cell
holding N/A, a number, a date) and a file that could not be read had only id, source, error,
reliability and signals, so a consumer reading d["kind"] or d["note"] failed on some rows only.
And --quiet's line counted only the text cells with no text, not every row not scored."""

from __future__ import annotations

import csv
import json

import pytest

from xlplugin.cli import main

REPORT = ("The county council approved the new road plan on Tuesday, a spokesperson said. Work on the "
          "bypass is due to start in the spring and to last two years, according to the council's plan.")
GERMAN = "Die Stadt hat den Plan am Dienstag genehmigt, und die Arbeiten beginnen im Frühjahr nach dem langen Winter."


def _table(tmp_path, cells):
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "outlet"])
        writer.writerows([f"r{n}", text, "Example News"] for n, text in enumerate(cells, 1))
    return path


@pytest.mark.parametrize("refused", [["N/A"], ["42"], ["#N/A", "3.5"], ["NA", "", GERMAN]])
def test_every_record_has_the_same_keys(tmp_path, capsys, refused):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip file at all")  # a file that cannot be read
    main(["score", str(_table(tmp_path, [REPORT, *refused, REPORT])), str(broken), "--json", "-q", "--workers", "1"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == len(refused) + 3
    keys = list(records[0])
    assert records[0]["reliability"] is not None and records[0]["error"] is None
    for record in records:
        assert list(record) == keys, record
        if record["reliability"] is None:  # why a row has no index: in "note", or "error" where not read
            assert record["note"] or record["error"], record
    errors = [record for record in records if record["error"]]
    assert errors and all(record["kind"] is None and record["weights"] == {} for record in errors)


@pytest.mark.parametrize("cells, counted", [
    (["N/A", "", GERMAN], 3),
    (["42", "N/A"], 2),
    (["N/A", "", "", GERMAN, "7"], 5),
])
def test_quiet_counts_every_row_not_scored(tmp_path, capsys, cells, counted):
    assert main(["score", str(_table(tmp_path, [REPORT, *cells])), "-q", "--workers", "1"]) == 2
    err = capsys.readouterr().err
    row = "row was" if counted == 1 else "rows were"
    assert f"{counted} {row} not scored (" in err, err
