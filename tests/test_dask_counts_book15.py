"""The Dask engine's run summary counts a text cell that holds no text as `xlplugin score` does:
"with no text in the text cell", read and not scored, apart from the files that could not be
read ("unreadable"). Scored here in this process (`_score_found`, `_write_part`: what each
worker runs), so no cluster is started."""

import re
from pathlib import Path

import pytest

from xlplugin.cli import main

dask_engine = pytest.importorskip("xlplugin.dask")

ARTICLE = ("The harbour board met on Tuesday evening and agreed to extend the ferry timetable into "
           "October, the chair told reporters after the vote. Two members voted against the plan, "
           "citing the cost of extra crews, according to the minutes published on Wednesday.")


def _inputs(folder: Path) -> list[str]:
    folder.mkdir()
    # two text cells with no text to score (an error value; a number, counted apart since hunt39c), one article, one empty cell
    (folder / "cells.csv").write_text(f'id,text\nq1,#N/A\nq2,4711\nq3,"{ARTICLE}"\nq4,\n', encoding="utf-8")
    # a file with no text column: it cannot be read
    (folder / "notes.csv").write_text("id,remarks\nm1,nothing to score\n", encoding="utf-8")
    return [str(folder / "cells.csv"), str(folder / "notes.csv")]


def _dask_counts(paths: list[str], out: Path) -> str:
    plan = dask_engine.plan_files(paths, out)
    totals = {"rows": 0, "scored": 0, "indexed": 0}
    unscored: dict[str, int] = {}
    for i in plan.todo:
        part = plan.parts[i]
        counts = dask_engine._write_part(part.compute() if hasattr(part, "compute") else part,
                                         str(out / dask_engine.PART_PATTERN.format(i)))
        for key in totals:
            totals[key] += counts[key]
        for why, n in counts["unscored"].items():
            unscored[why] = unscored.get(why, 0) + n
    summary = dask_engine.RunSummary(len(plan.parts), len(plan.todo), 0, totals["rows"], totals["scored"],
                                     totals["indexed"], unscored, 0.0)
    return summary.counts()


def test_dask_summary_says_text_cells_as_score_does(tmp_path, capsys):
    paths = _inputs(tmp_path / "in")
    assert main(["score", *paths, "-o", str(tmp_path / "scored.xlsx")]) == 2
    said = capsys.readouterr().err
    assert "1 with no text in the text cell, 1 with a number or a date in the text cell instead of a text" in said and "1 unreadable" in said and "4 documents read" in said
    counts = _dask_counts(paths, tmp_path / "parts")
    # the same words and counts: 4 documents read (the file that could not be read is not one),
    # 2 cells with no text to score among those not scored (one of them a number), 1 file unreadable
    assert counts.startswith("4 documents read")
    assert re.search(r"not scored \(1 with no text in the text cell, 1 with a number or a date in the text cell instead of a text, 1 empty\), 1 unreadable$", counts), counts


def test_parquet_text_cells_with_no_text_are_not_unreadable():
    import pyarrow as pa

    from xlplugin.frame import score_table

    counts = dask_engine._counts(score_table(pa.table({"text": ["#N/A", "12345", ARTICLE, ""]})))
    # ((hunt39c) the number counted apart, in its own words)
    assert counts["unscored"] == {"with no text in the text cell": 1, "with a number or a date in the text cell instead of a text": 1,
                                  "empty": 1}
