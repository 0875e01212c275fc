"""(dask51) A Dask run in which a part cannot be written (its worker dies, killed or out of memory, on
every try) names that part, writes the others, and ends with an error saying how to finish
(`xlplugin.dask.PartsNotWritten`); before, the first such error ended the run in a traceback,
cancelling the parts still running. A worker lost once is tried again and nothing is missing.
Small inputs, a real local cluster of 2 worker processes (`allowed-failures` 1: a part is tried
twice)."""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from dask51_failures import die, die_once, good_text, long_text, write_then_die  # noqa: E402
from xlplugin import dask as xdask  # noqa: E402
from xlplugin.cli import main  # noqa: E402


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    # (a task with no worker left for 60 s fails: a cluster whose workers could not be started
    # again under load makes a test fail, never hang)
    with dask.config.set({"distributed.scheduler.allowed-failures": 1, "distributed.scheduler.no-workers-timeout": "60s"}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0")
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def three_files(folder: Path) -> list[str]:
    """Three CSV files of two documents each: three parts."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(3):
        path = folder / f"desk{k}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([["id", "body"], [f"k{k}a", good_text(2 * k)], [f"k{k}b", good_text(2 * k + 1)]])
        paths.append(str(path))
    return paths


def parts_in(out: Path) -> dict[str, int]:
    return {p.name: pq.read_table(p).num_rows for p in sorted(out.glob("part.*.parquet"))}


def sabotaged(plan: xdask.Plan, task) -> xdask.Plan:
    plan.parts[1] = dask.delayed(task, pure=False)(plan.parts[1])
    return plan


def missing_parts(said: str) -> list[str]:
    """The parts `PartsNotWritten`'s message names, each said as lost with its worker."""
    return re.findall(r"(part\.\d{5}\.parquet): the worker scoring it died", said)


def test_a_part_whose_worker_dies_is_named_the_others_written_and_resume_finishes(client, tmp_path):
    paths, out = three_files(tmp_path / "in"), tmp_path / "out"
    plan = sabotaged(xdask.plan_files(paths, out, text="body"), die)
    with pytest.raises(xdask.PartsNotWritten) as raised:
        xdask.run_plan(plan, client)
    said = str(raised.value)
    # (a task running beside the dying one on its worker may be lost with it: Dask counts that
    # worker's death against it too, so one or two parts more can be named; each is said)
    missing, there = missing_parts(said), parts_in(out)
    assert "part.00001.parquet" in missing and "part.00001.parquet" not in there
    assert said.startswith(f"the run is incomplete: {len(there)} of 3 parts are in {out}, {len(missing)} could not be written (")
    assert said.endswith("run the same command with --resume to write the missing parts")
    assert sorted(missing + list(there)) == [f"part.0000{i}.parquet" for i in range(3)]
    assert set(there.values()) <= {2}  # the parts written are whole
    summary = xdask.run_plan(xdask.plan_files(paths, out, text="body", resume=True), client)
    assert (summary.written, summary.skipped) == (len(missing), len(there))
    assert parts_in(out) == {f"part.0000{i}.parquet": 2 for i in range(3)}


def test_a_part_written_whole_before_its_worker_died_is_counted_not_named_missing(client, tmp_path):
    """(lead, session 40) A worker that dies after its part was renamed into place leaves a whole
    part of this run: it is counted from the file, and the run is not said to be incomplete (before,
    it was named as "could not be written" while the message counted it among the parts there)."""
    paths, out = three_files(tmp_path / "in"), tmp_path / "out"
    plan = xdask.plan_files(paths, out, text="body")
    plan.parts[1] = dask.delayed(write_then_die, pure=False)(str(out / "part.00001.parquet"), plan.parts[1])
    summary = xdask.run_plan(plan, client)
    assert parts_in(out) == {f"part.0000{i}.parquet": 2 for i in range(3)}
    assert summary.documents == 6


def test_the_command_says_which_part_is_missing_with_no_traceback(client, tmp_path, monkeypatch, capsys):
    paths, out = three_files(tmp_path / "in"), tmp_path / "out"
    real = xdask.plan_files
    monkeypatch.setattr(xdask, "plan_files", lambda *args, **kwargs: sabotaged(real(*args, **kwargs), die))
    code = main(["score", *paths, "--engine", "dask", "--scheduler", client.scheduler.address, "-o", str(out), "-q"])
    said = capsys.readouterr().err
    assert code == 2
    assert "xlplugin: error: the run is incomplete: " in said and "part.00001.parquet" in missing_parts(said)
    assert "Traceback" not in said and "KilledWorker" not in said


def test_a_worker_lost_once_is_tried_again_and_nothing_is_missing(client, tmp_path):
    """(guard) Dask tries a lost worker's task again: the run is whole, no error."""
    paths, out = three_files(tmp_path / "in"), tmp_path / "out"
    plan = xdask.plan_files(paths, out, text="body")
    plan.parts[1] = dask.delayed(die_once, pure=False)(str(tmp_path / "died"), plan.parts[1])
    summary = xdask.run_plan(plan, client)
    assert (tmp_path / "died").exists()  # (it did die once)
    assert (summary.written, summary.documents, summary.scored) == (3, 6, 6)
    assert parts_in(out) == {f"part.0000{i}.parquet": 2 for i in range(3)}


def bad_rows(folder: Path) -> tuple[Path, Path]:
    """One CSV and one Parquet file of four good documents and, between them, a number in the text
    cell, a text with bytes that are no UTF-8 (a Parquet column of bytes: none of it text) and a long
    text (300 KB of prose, none of it repeated)."""
    import pyarrow as pa

    folder.mkdir(parents=True, exist_ok=True)
    long = long_text(300_000)
    bodies = [good_text(0).encode(), b"12345", good_text(1).encode(), long.encode(), good_text(2).encode(),
              b"\xff\xfe\x00\x01 \x81 " + good_text(3).encode(), good_text(4).encode()]
    ids = [f"r{i}" for i in range(len(bodies))]
    parquet = folder / "desk.parquet"
    pq.write_table(pa.table({"id": ids, "body": pa.array(bodies, pa.binary())}), parquet)
    table = folder / "desk.csv"
    with table.open("wb") as handle:  # (a row of bytes that are not UTF-8: the file is read in another code page, said)
        handle.write(b"id,body\n" + b"".join(f"{i},\"".encode() + body + b"\"\n" for i, body in zip(ids, bodies)))
    return table, parquet


def test_a_bad_row_is_said_in_its_status_and_the_other_rows_are_scored(client, tmp_path):
    """(guard) one bad row never costs the rest of its part (a part is one file here)."""
    table, parquet = bad_rows(tmp_path / "in")
    for path in (table, parquet):
        out = tmp_path / f"out-{path.suffix[1:]}"
        summary = xdask.run_plan(xdask.plan_files([str(path)], out, text="body"), client)
        rows = pq.read_table(out / "part.00000.parquet", columns=["id", "status", "reliability", "word_count", "input_error", "input_note"]).to_pylist()
        assert [row["id"] for row in rows] == [f"r{i}" for i in range(7)], path
        by_id = {row["id"]: row for row in rows}
        assert by_id["r1"]["status"] == "not scored: column body: not text: a number"
        assert by_id["r1"]["reliability"] is None
        for good in ("r0", "r2", "r4", "r6"):
            assert by_id[good]["reliability"] is not None and by_id[good]["status"].startswith("scored"), (path, by_id[good])
        # the long text (over refused_texts.MAX_WORDS since hunt52): refused, saying so, and its part scored
        assert by_id["r3"]["status"].startswith("not scored: too long: ") and by_id["r3"]["reliability"] is None, by_id["r3"]
        if path == parquet:  # bytes that are no text: not scored, saying why
            assert by_id["r5"]["status"].startswith("not scored: column body: looks like a binary file, not text")
            assert by_id["r5"]["reliability"] is None
        else:  # the file is not UTF-8: every row read in another code page, and each says so
            assert all(row["input_note"].startswith("read as ") for row in rows if row["id"] != "r1")
            assert by_id["r5"]["reliability"] is not None
        assert summary.documents == 7 and summary.unscored.get("with a number or a date in the text cell instead of a text") == 1


def test_a_local_cluster_with_no_worker_left_names_the_parts_rather_than_waiting(tmp_path, monkeypatch):
    """(lead, session 40) Where every worker of xlplugin's own local cluster is gone and none comes
    back, a part's task fails after `NO_WORKERS_TIMEOUT` and the run ends in `PartsNotWritten`
    naming it; before, it waited for a worker for ever."""
    monkeypatch.setattr(xdask, "NO_WORKERS_TIMEOUT", "2s")
    paths, out = three_files(tmp_path / "in"), tmp_path / "out"
    client = xdask.start_client(workers=1)
    try:
        client.cluster.scale(0)
        deadline = time.monotonic() + 60
        while client.scheduler_info()["workers"] and time.monotonic() < deadline:
            time.sleep(0.2)
        with pytest.raises(xdask.PartsNotWritten) as raised:
            xdask.run_plan(xdask.plan_files(paths, out, text="body"), client)
    finally:
        client.close()
        client.cluster.close()
    said = str(raised.value)
    assert said.startswith(f"the run is incomplete: 0 of 3 parts are in {out}, 3 could not be written (")
    assert said.count(": no worker was left to score it: every worker of the cluster had died and none came back") == 3
