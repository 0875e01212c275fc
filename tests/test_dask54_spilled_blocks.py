"""(dask54) A large CSV or JSON Lines file's parts each read only their own rows: the file's first
task (`xlplugin.dask.spill_blocks`) reads it once, as a one-machine run reads it, and writes each
block's rows under the run's output folder; each part reads its block there. dask52 parsed the
whole file in every part (about 8 times the file's bytes, in each part that ran at once). The
parts' rows are those of the file read in one part and those `xlplugin score` gives (ids, row
numbers, scores), a quoted line break where a block's byte offset falls included. Every text here
is written for these tests (`test_dask52_blocks`' files)."""

from __future__ import annotations

import csv
import gc
import json
import sys
import tracemalloc
from pathlib import Path

import pytest

pytest.importorskip("xlplugin.dask")

sys.path.insert(0, str(Path(__file__).parent))
from dask51_failures import good_text  # noqa: E402
from test_dask39_parity import _dask, _local  # noqa: E402
from test_dask52_blocks import TWO_PARAGRAPHS, _without_run_values, _write_csv  # noqa: E402

from xlplugin import dask as xdask  # noqa: E402
from xlplugin import inputs  # noqa: E402
from xlplugin.settings import Settings  # noqa: E402


def _block_parts(paths: list[Path], spill: Path) -> list[list]:
    return xdask._file_parts(inputs.input_files([str(p) for p in paths]), spill)


def _parts_from_spill(monkeypatch, paths: list[Path], spill: Path) -> tuple[list[dict], list[list[str]]]:
    """Each file's first task run once, then every part scored with `read_found` refused: (the rows of
    the parts, in order; the rows not read they said)."""
    parts = _block_parts(paths, spill)
    spilled = {part[0].spill: xdask.spill_blocks(part[0], "body") for part in parts
               if isinstance(part[0], xdask.Block) and part[0].number == 0}

    def refused(*_args, **_kwargs):
        raise AssertionError("a part read its file")

    monkeypatch.setattr(inputs, "read_found", refused)
    rows: list[dict] = []
    not_read: list[list[str]] = []
    for part in parts:
        block = part[0] if isinstance(part[0], xdask.Block) else None
        table = xdask._score_found(part, "body", Settings(), spilled.get(block.spill) if block else None)
        table, said, _ = xdask._take_not_read(table)
        rows += table.to_pylist()
        not_read += said
    return rows, not_read


def test_each_part_reads_its_own_rows_and_they_are_the_whole_files(monkeypatch, tmp_path, capsys):
    path = tmp_path / "desk.csv"
    cut_at = _write_csv(path)  # (a blank id, a note between the documents; the first cut falls in a quoted line break)
    whole = _dask([str(path)], tmp_path / "whole", text="body")
    local, _ = _local([str(path)], capsys)
    monkeypatch.setattr(xdask, "BLOCK_BYTES", cut_at)
    rows, not_read = _parts_from_spill(monkeypatch, [path], tmp_path / "spill")
    assert len(_block_parts([path], tmp_path / "spill")) >= 3
    assert _without_run_values(rows) == _without_run_values(whole[0])
    assert not_read == whole[2] and len(not_read) == 1  # (the note row, said once)
    assert [row["id"] for row in rows] == list(local) and rows[2]["id"] == "3 (no id)"
    assert [row["reliability"] for row in rows] == [row["reliability"] for row in local.values()]
    assert rows[4]["text"] == TWO_PARAGRAPHS


def test_files_with_no_id_column_keep_their_row_numbers(monkeypatch, tmp_path, capsys):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    cut_at = _write_csv(a, ids=False)
    _write_csv(b, ids=False)
    whole = _dask([str(a), str(b)], tmp_path / "whole", text="body")
    local, _ = _local([str(a), str(b)], capsys)
    monkeypatch.setattr(xdask, "BLOCK_BYTES", cut_at)
    rows, _ = _parts_from_spill(monkeypatch, [a, b], tmp_path / "spill")
    assert _without_run_values(rows) == _without_run_values(whole[0])
    ids = [row["input_id"] for row in rows]
    assert ids[:3] == ["a.csv:1", "a.csv:2", "a.csv:3"] and "a.csv:7" not in ids and "b.csv:8" in ids
    assert [row["id"] for row in rows] == list(local)


def test_a_json_lines_file_too(monkeypatch, tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"j{i}", "body": TWO_PARAGRAPHS if i == 3 else good_text(i)}) for i in range(9)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = _dask([str(path)], tmp_path / "whole", text="body")
    monkeypatch.setattr(xdask, "BLOCK_BYTES", path.stat().st_size // 4)
    rows, _ = _parts_from_spill(monkeypatch, [path], tmp_path / "spill")
    assert _without_run_values(rows) == _without_run_values(whole[0])
    assert [row["id"] for row in rows] == [f"j{i}" for i in range(9)]


def test_a_part_whose_spilled_rows_are_gone_reads_the_whole_file(monkeypatch, tmp_path):
    """(guard) A part tried again after the run's spill folder was removed reads the file as dask52 did."""
    path = tmp_path / "desk.csv"
    monkeypatch.setattr(xdask, "BLOCK_BYTES", _write_csv(path))
    parts = _block_parts([path], tmp_path / "spill")
    spilled = xdask.spill_blocks(parts[0][0], "body")
    kept = [xdask._read_block(part[0], "body", [], spilled) for part in parts]
    for block in (tmp_path / "spill").rglob("block.*"):
        block.unlink()
    said: list = []
    assert [xdask._read_block(part[0], "body", said if i == 0 else [], spilled) for i, part in enumerate(parts)] == kept
    assert len(said) == 1


def _peak(read) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        read()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_part_holds_its_share_of_the_file_not_the_whole_file(monkeypatch, tmp_path):
    """The peak memory of reading one of 8 blocks: under a third of reading the whole file (dask52's
    part, which parsed it whole): about an eighth of it where its rows are spilled."""
    path = tmp_path / "wide.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "body"])
        writer.writerows([f"w{i}", " ".join([good_text(i)] * 4)] for i in range(240))
    monkeypatch.setattr(xdask, "BLOCK_BYTES", path.stat().st_size // 8 + 1)
    first = _block_parts([path], tmp_path / "spill")[0][0]
    assert first.blocks == 8
    whole = _peak(lambda: xdask._read_block(xdask.Block(first.entry, 0, 8), "body", []))
    spilled = xdask.spill_blocks(first, "body")
    assert _peak(lambda: xdask._read_block(first, "body", [], spilled)) < whole / 3


def test_a_run_spills_each_large_file_once_and_removes_the_spill(monkeypatch, tmp_path):
    from distributed import Client, LocalCluster

    path = tmp_path / "desk.csv"
    monkeypatch.setattr(xdask, "BLOCK_BYTES", _write_csv(path))
    said = tmp_path / "spilled.txt"  # (each call says itself in a file: the task runs on a copy of this test's objects)
    spill = xdask.spill_blocks

    def counted(block, text):
        with said.open("a", encoding="utf-8") as handle:
            handle.write(block.spill + "\n")
        return spill(block, text)

    monkeypatch.setattr(xdask, "spill_blocks", counted)
    out = tmp_path / "out"
    plan = xdask.plan_files([str(path)], out, text="body")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        summary = xdask.run_plan(plan, client)
    assert summary.written == len(plan.parts) >= 3 and summary.documents == 13
    calls = said.read_text(encoding="utf-8").split()
    assert len(calls) == 1 and Path(calls[0]).parent.parent == out
    assert not list(out.glob(f"{xdask.SPILL_FOLDER}*"))
