"""(dask45) A Dask run writes what a local run writes, for one table written here
(`dask45_rows`: about 30 rows, no id column, headers `Title`, `URL`, `Date`, an empty text, a German
text, a row of only a URL, a number in the text cell, a duplicate text), as CSV and as Parquet:
`xlplugin score IN.csv --json` against the Dask run's parts joined, row by row: the same rows, ids,
fields, scores, evidence and Status. Parts are computed with Dask's synchronous scheduler, except
where a run is resumed (a cluster of threads in this process, as `test_hunt44_dask_runs.py` runs it).

Fixed here (each failed on main):
- a Parquet part had no `id` column where the input has none, while `score --json` and a CSV file's
  part give each row its id (its place in the file): now each row has it, the same across parts,
  across `score_frame`'s partitions and across `--resume`;
- a user's column named `Title`, `URL`, `Date` (any field in other letters) kept its spelling in a
  Parquet part, where the CSV file's part and `--json` have `title`, `url`, `date`;
- after `--resume`, `RunSummary.not_read` said only the rows not read of the parts written by this
  run, not those of the parts kept (a note under a CSV table, a note row between a Parquet table's
  documents)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
pq = pytest.importorskip("pyarrow.parquet")
dask_engine = pytest.importorskip("xlplugin.dask")

import dask  # noqa: E402

from dask45_rows import COLUMNS, ROWS  # noqa: E402
from xlplugin.cli import main  # noqa: E402

SIGNALS = ("sentiment", "loaded_language", "unsourced_claims", "provenance", "readability", "source_rating")
FIELDS = ("id", "title", "url", "outlet", "author", "date", "kind", "kind_cues", "why", "language", "word_count",
          "reliability", "note", "contributors", "text", "input_note")


def _write(folder: Path) -> tuple[Path, Path]:
    with (folder / "in.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        writer.writerows(ROWS)
    pd.DataFrame(ROWS, columns=COLUMNS).to_parquet(folder / "in.parquet", index=False)
    return folder / "in.csv", folder / "in.parquet"


def _local(path: Path, capsys) -> list[dict]:
    """`xlplugin score PATH --json`: its documents, in order."""
    capsys.readouterr()
    main(["score", str(path), "--json"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def _parts(out: Path) -> list[dict]:
    return [row for part in sorted(out.glob("part.*.parquet")) for row in pq.read_table(part).to_pylist()]


def _dask(paths: list[Path], out: Path, resume: bool = False, only: list[int] | None = None) -> list[dict]:
    """`xlplugin score PATHS --engine dask -o OUT` (the parts `only` of it), each part computed and
    written in this process, as a worker writes it; the rows of every part in the folder, in order."""
    plan = dask_engine.plan_files([str(p) for p in paths], out, resume=resume)
    for i in plan.todo if only is None else only:
        part = plan.parts[i]
        frame = part.compute(scheduler="sync") if hasattr(part, "compute") else part
        dask_engine._write_part(frame, str(out / dask_engine.PART_PATTERN.format(i)))
    return _parts(out)


def _blank(value):
    # (a row not read: null where `--json` gives "" or [], its fields and scores null: docs/dask.md, parity40)
    return "" if value is None or value == [] else value


def _signals_of_json(row: dict) -> dict[str, tuple]:
    return {name: (s["value"], s["score"], s["note"], {k: v for k, v in s["details"].items() if v is not None},
                   sorted((e["kind"], e["start"], e["end"], e["text"], e.get("detail", "")) for e in s["evidence"]))
            for name, s in row["signals"].items()}


def _signals_of_part(row: dict) -> dict[str, tuple]:
    evidence: dict[str, list] = {name: [] for name in SIGNALS}
    details: dict[str, dict] = {name: {} for name in SIGNALS}
    for e in row["evidence"] or []:
        evidence[e["signal"]].append((e["kind"], e["start"], e["end"], e["text"], e["detail"] or ""))
    for d in row["details"] or []:
        if d["value"] is not None or d["text"] is not None:
            details[d["signal"]][d["name"]] = d["value"] if d["value"] is not None else d["text"]
    return {name: (row[name], row[f"{name}_score"], row[f"{name}_note"], details[name], sorted(evidence[name]))
            for name in SIGNALS}


def _assert_same_rows(local: list[dict], rows: list[dict]) -> None:
    assert [row["id"] for row in rows] == [row["id"] for row in local]
    for mine, theirs in zip(local, rows):
        assert {k: _blank(theirs[k]) for k in FIELDS} == {k: _blank(mine[k]) for k in FIELDS}, mine["id"]
        assert _blank(theirs["input_error"]) == _blank(mine["error"]), mine["id"]
        assert theirs["input_id"] == mine["id"]
        if mine["error"]:
            assert all(theirs[name] is None for name in SIGNALS), mine["id"]
            continue
        signals = _signals_of_part(theirs)
        assert signals == _signals_of_json(mine), mine["id"]
    # (hunt47) the Status as the part holds it, and as --json gives it: computed by neither test nor reader
    assert [row["status"] for row in rows] == [row["status"] for row in local]
    assert any(row["status"].startswith("not scored: language") for row in local)  # (the German row's: the rows differ)
    assert any(row["status"].startswith("not scored: column text:") for row in local)  # (a row not read)


def test_the_local_run_reads_every_awkward_row(tmp_path, capsys):
    """Guard: what the Dask rows are held to holds every case the table was written for."""
    local = _local(_write(tmp_path)[0], capsys)
    assert [row["id"] for row in local] == [str(i) for i in range(1, 31)]
    by_title = {row["title"]: row for row in local}
    assert by_title["Empty"]["note"].startswith("not scored: empty")
    assert by_title["Radweg beschlossen"]["language"] == "de" and by_title["Radweg beschlossen"]["reliability"] is None
    assert local[26]["url"].endswith("only-a-url") and local[26]["reliability"] is None
    assert by_title["Figures"]["error"] == "column text: not text: a number"
    assert by_title["Address only"]["error"].startswith("column text: not text: only a web address")
    assert local[28]["text"] == local[0]["text"] and local[0]["reliability"] is not None
    assert local[1]["url"] and local[1]["date"] and local[1]["title"]


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_a_dask_run_writes_the_rows_ids_scores_and_status_of_local_score(tmp_path, capsys, kind):
    csv_path, parquet_path = _write(tmp_path)
    local = _local(csv_path, capsys)
    rows = _dask([csv_path if kind == "csv" else parquet_path], tmp_path / "out")
    _assert_same_rows(local, rows)


def test_the_parts_status_is_the_workbooks(tmp_path, capsys):
    """(hunt47) The Status column of the workbook `xlplugin score IN.csv -o book.xlsx` writes, row by
    row, is the parts' `status` (and --json's)."""
    from openpyxl import load_workbook

    from xlplugin.workbook import layout

    csv_path, parquet_path = _write(tmp_path)
    book = tmp_path / "book.xlsx"
    main(["score", str(csv_path), "-o", str(book), "-q"])
    sheet = list(load_workbook(book)[layout.DOCUMENTS].iter_rows(values_only=True))
    statuses = [row[sheet[0].index(layout.SCORE_HEADERS[-1])] for row in sheet[1:]]
    for path, out in ((csv_path, tmp_path / "csv"), (parquet_path, tmp_path / "parquet")):
        assert [row["status"] for row in _dask([path], out)] == statuses


def test_a_parquet_tables_id_column_is_written_as_text_as_json_gives_it(tmp_path, capsys):
    """(hunt47) An id column of numbers (int, or float where a cell is empty) gives the ids --json
    gives for the same table as a CSV file: "101", "2 (no id)"; a part kept the user's 101 and 101.0."""
    ids = [100 + i for i in range(1, len(ROWS) + 1)]
    ids[1] = None
    frame = pd.DataFrame(ROWS, columns=COLUMNS).assign(id=ids)
    path = tmp_path / "ids.parquet"
    frame.to_parquet(path, index=False)
    frame.assign(id=[None if i is None else str(i) for i in ids]).to_csv(tmp_path / "ids.csv", index=False)
    local = _local(tmp_path / "ids.csv", capsys)
    rows = _dask([path], tmp_path / "out")
    assert [row["id"] for row in rows] == [row["input_id"] for row in rows] == [row["id"] for row in local]
    assert rows[0]["id"] == "101" and rows[1]["id"] == "2 (no id)"


def test_parquet_parts_have_an_id_column_where_the_input_has_none(tmp_path, capsys):
    _, parquet_path = _write(tmp_path)
    _dask([parquet_path], tmp_path / "out")
    names = pq.read_schema(tmp_path / "out" / dask_engine.PART_PATTERN.format(0)).names
    assert "id" in names  # (none on main)
    assert names.index("input_error") < names.index("id") < names.index("title")  # (a CSV part's order)


def test_the_fields_in_other_letters_are_written_under_the_fields_names(tmp_path, capsys):
    csv_path, parquet_path = _write(tmp_path)
    csv_names = pq.read_schema(_dask_part(csv_path, tmp_path / "csv")).names
    parquet_names = pq.read_schema(_dask_part(parquet_path, tmp_path / "parquet")).names
    assert parquet_names == csv_names
    assert not {"Title", "URL", "Date"} & set(parquet_names)


def _dask_part(path: Path, out: Path) -> Path:
    _dask([path], out)
    return out / dask_engine.PART_PATTERN.format(0)


def test_score_frame_gives_the_same_ids_over_several_partitions(tmp_path, capsys):
    csv_path, parquet_path = _write(tmp_path)
    local = _local(csv_path, capsys)
    frame = dd.from_pandas(pd.read_parquet(parquet_path), npartitions=3)
    assert frame.npartitions == 3
    with dask.config.set(scheduler="sync"):
        dask_engine.write_parquet(dask_engine.score_frame(frame), tmp_path / "out")
    rows = _parts(tmp_path / "out")
    assert len(list((tmp_path / "out").glob("part.*.parquet"))) == 3
    _assert_same_rows(local, rows)


def _split(tmp_path: Path) -> list[Path]:
    frame = pd.DataFrame(ROWS, columns=COLUMNS)
    paths = [tmp_path / "a.parquet", tmp_path / "b.parquet"]
    frame.iloc[:15].to_parquet(paths[0], index=False)
    frame.iloc[15:].to_parquet(paths[1], index=False)
    return paths


def test_a_resumed_run_gives_the_ids_of_a_run_in_one_go(tmp_path):
    paths = _split(tmp_path)
    whole = _dask(paths, tmp_path / "whole")
    _dask(paths, tmp_path / "resumed", only=[1])  # (the second part written, then the run stopped)
    resumed = _dask(paths, tmp_path / "resumed", resume=True)
    assert [row["id"] for row in resumed] == [row["id"] for row in whole] == [row["input_id"] for row in whole]
    assert [row["id"] for row in whole][14:16] == ["a.parquet:15", "b.parquet:1"]


def test_a_table_with_a_field_in_both_spellings_keeps_both(tmp_path):
    """Guard: a table with both "URL" and "url" keeps each under its own name (two columns of one
    name are none), the field read from the one `xlplugin score` reads it from."""
    frame = pd.DataFrame({"URL": ["https://www.coastlinecourier.example/a"], "url": ["https://www.coastlinecourier.example/b"],
                          "text": [ROWS[0][4]]})
    names = pq.read_schema(_dask_part(_parquet(tmp_path / "t.parquet", frame), tmp_path / "out")).names
    assert "URL" in names and names.count("url") == 1


def _parquet(path: Path, frame) -> Path:
    frame.to_parquet(path, index=False)
    return path


# --- RunSummary.not_read after --resume ------------------------------------------------------------

NOTE = "Source: compiled by the newsroom desk, April 2026"


def _csv_with_note(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
        writer.writerow([NOTE, "", "", "", ""])
    return path


def _run(paths: list[Path], out: Path, resume: bool = False):
    from distributed import Client, LocalCluster

    plan = dask_engine.plan_files([str(p) for p in paths], out, resume=resume)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        return dask_engine.run_plan(plan, client)


def test_a_resumed_run_says_the_rows_not_read_of_the_parts_it_kept(tmp_path):
    paths = [_csv_with_note(tmp_path / "a.csv", ROWS[:3]), _csv_with_note(tmp_path / "b.csv", ROWS[3:6])]
    whole = _run(paths, tmp_path / "whole")
    assert len(whole.not_read) == 1 and "a.csv" in whole.not_read[0] and "b.csv" in whole.not_read[0]
    _dask(paths, tmp_path / "resumed", only=[0])  # (a.csv's part written, then the run stopped)
    resumed = _run(paths, tmp_path / "resumed", resume=True)
    assert (resumed.written, resumed.skipped) == (1, 1)
    assert resumed.not_read == whole.not_read  # (b.csv's alone on main)


def test_a_resumed_parquet_run_says_the_note_rows_of_the_parts_it_kept(tmp_path):
    frame = pd.DataFrame([*ROWS[:3], [NOTE, None, None, None, None]], columns=COLUMNS)  # (a note under the table)
    paths = [tmp_path / "a.parquet", tmp_path / "b.parquet"]
    frame.to_parquet(paths[0], index=False)
    pd.DataFrame(ROWS[6:9], columns=COLUMNS).to_parquet(paths[1], index=False)
    whole = _run(paths, tmp_path / "whole")
    assert len(whole.not_read) == 1 and "part.00000.parquet row 4" in whole.not_read[0], whole.not_read
    _dask(paths, tmp_path / "resumed", only=[0])
    resumed = _run(paths, tmp_path / "resumed", resume=True)
    assert (resumed.written, resumed.skipped) == (1, 1)
    assert resumed.not_read == whole.not_read  # (none on main)


def test_a_run_in_one_go_says_its_rows_not_read_once(tmp_path):
    """Guard: with nothing kept, each row not read is said once, as before."""
    paths = [_csv_with_note(tmp_path / "a.csv", ROWS[:3])]
    summary = _run(paths, tmp_path / "out")
    assert len(summary.not_read) == 1 and summary.not_read[0].startswith("1 row not read")
