"""(dask52) A large CSV, TSV or JSON Lines file is several parts of a Dask run (`xlplugin.dask.Block`),
so that the workers score it together: one file was one part, scored by one worker while the others
idled. The parts' rows, written in order, are the rows a run of the file in one part gives, row for
row (ids, row numbers, scores, the rows not read), and the ids `xlplugin score` gives; a row whose
text holds a quoted line break where a block's byte offset falls is read whole. `BLOCK_BYTES` is
made small here so that a few short rows make several blocks. Parts are computed in this process.
Every text here is written for these tests."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("xlplugin.dask")

sys.path.insert(0, str(Path(__file__).parent))
from dask51_failures import good_text  # noqa: E402
from test_dask39_parity import _dask, _local  # noqa: E402

from xlplugin import dask as xdask  # noqa: E402

NOTE = "Note: the rows below come from the spring archive"
# (a text of two paragraphs: its cell is quoted and holds a line break)
TWO_PARAGRAPHS = (good_text(7) + "\n\nThe ferry company said the timetable for the summer would be published in April, "
                  "after the council's vote.")


def _write_csv(path: Path, ids: bool = True) -> int:
    """A CSV file of 14 rows: a blank id (where there are ids), a note between the documents and a
    text of two paragraphs; the byte offset of that text's line break in the file."""
    rows = [[f"r{i}", good_text(i)] for i in range(13)]
    rows[2][0] = ""  # (a blank id: "3 (no id)")
    rows.insert(6, [NOTE, ""])
    rows[4][1] = TWO_PARAGRAPHS
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "body"] if ids else ["views", "body"])
        writer.writerows([[row[0] if ids or row[0] == NOTE else str(i), row[1]] for i, row in enumerate(rows)])
    return path.read_bytes().index(b"\n\nThe ferry company")


def _runs(monkeypatch, tmp_path: Path, paths: list[str], cut_at: int) -> tuple[tuple, tuple, int]:
    """The Dask run of `paths` with each file one part, and with blocks of `cut_at` bytes
    (rows, lines said, rows not read), and the number of parts of the second."""
    whole = _dask(paths, tmp_path / "whole", text="body")
    monkeypatch.setattr(xdask, "BLOCK_BYTES", cut_at)
    parts = len(xdask.plan_files(paths, tmp_path / "count", text="body").parts)
    return whole, _dask(paths, tmp_path / "blocks", text="body"), parts


def _without_run_values(rows: list[dict]) -> list[dict]:
    return [{key: value for key, value in row.items() if key != "scored_at"} for row in rows]


def test_a_large_csv_file_is_cut_into_blocks_that_give_the_rows_of_the_whole_file(monkeypatch, tmp_path, capsys):
    path = tmp_path / "desk.csv"
    cut_at = _write_csv(path)  # (the first block ends inside the quoted text, at its line break)
    whole, blocks, parts = _runs(monkeypatch, tmp_path, [str(path)], cut_at)
    assert parts == -(-path.stat().st_size // cut_at) >= 3
    assert _without_run_values(blocks[0]) == _without_run_values(whole[0])
    assert blocks[1:] == whole[1:]  # (the lines said and the note row not read, once)
    ids = [row["id"] for row in blocks[0]]
    assert len(ids) == 13 and ids[2] == "3 (no id)" and NOTE not in ids
    assert [row["text"] for row in blocks[0]][4] == TWO_PARAGRAPHS
    local, _ = _local([str(path)], capsys)
    assert ids == list(local)
    assert [row["reliability"] for row in blocks[0]] == [row["reliability"] for row in local.values()]


def test_files_with_no_id_column_keep_their_rows_numbers_in_their_file(monkeypatch, tmp_path, capsys):
    """Two files given: each row's id is its file's name and its place in the file."""
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    cut_at = _write_csv(a, ids=False)
    _write_csv(b, ids=False)
    whole, blocks, parts = _runs(monkeypatch, tmp_path, [str(a), str(b)], cut_at)
    assert parts >= 6
    assert _without_run_values(blocks[0]) == _without_run_values(whole[0])
    ids = [row["input_id"] for row in blocks[0]]
    assert ids[:3] == ["a.csv:1", "a.csv:2", "a.csv:3"] and ids[13:15] == ["b.csv:1", "b.csv:2"]
    assert "a.csv:7" not in ids and "a.csv:8" in ids  # (the note is row 7: left out, its number kept)
    local, _ = _local([str(a), str(b)], capsys)
    assert [row["id"] for row in blocks[0]] == list(local)


def test_a_large_json_lines_file_is_cut_into_blocks_too(monkeypatch, tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"j{i}", "body": TWO_PARAGRAPHS if i == 3 else good_text(i)}) for i in range(9)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole, blocks, parts = _runs(monkeypatch, tmp_path, [str(path)], path.stat().st_size // 4)
    assert parts >= 4
    assert _without_run_values(blocks[0]) == _without_run_values(whole[0])
    assert [row["id"] for row in blocks[0]] == [f"j{i}" for i in range(9)]


def test_a_block_of_no_rows_is_an_empty_part(monkeypatch, tmp_path):
    """More blocks than rows (a few very long rows): the blocks with none are empty parts, and every
    row is in one part."""
    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "body"], ["x1", good_text(1) * 8], ["x2", good_text(2) * 8]])
    whole, blocks, parts = _runs(monkeypatch, tmp_path, [str(path)], 300)
    assert parts > 2
    assert [row["id"] for row in blocks[0]] == ["x1", "x2"] == [row["id"] for row in whole[0]]


def test_a_small_file_and_a_workbook_stay_one_part_each(tmp_path):
    """(guard) Under BLOCK_BYTES a file is one part, as before; a workbook is never cut."""
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "desk.csv"
    _write_csv(path)
    book = openpyxl.Workbook()
    book.active.append(["id", "body"])
    book.active.append(["w1", good_text(3)])
    book.save(tmp_path / "desk.xlsx")
    assert xdask._file_parts([(path, "desk.csv", ""), (tmp_path / "desk.xlsx", "desk.xlsx", "")]) == [
        [(path, "desk.csv", "")], [(tmp_path / "desk.xlsx", "desk.xlsx", "")]]


def test_resume_writes_only_the_missing_block(monkeypatch, tmp_path):
    """A block is a part as any other: --resume keeps the blocks written and writes the one missing."""
    path = tmp_path / "desk.csv"
    cut_at = _write_csv(path)
    monkeypatch.setattr(xdask, "BLOCK_BYTES", cut_at)
    out = tmp_path / "out"
    written = _dask([str(path)], out, text="body")[0]
    (out / xdask.PART_PATTERN.format(1)).unlink()
    plan = xdask.plan_files([str(path)], out, text="body", resume=True)
    assert plan.todo == [1] and len(plan.parts) >= 3
    assert _without_run_values(_dask([str(path)], out, text="body", resume=True)[0]) == _without_run_values(written)
