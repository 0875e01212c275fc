"""(daskparity41) `--engine dask` writes the rows of several Parquet files in the order the files are
given (a folder's files by name), as `xlplugin score` and `--engine dask` keep several CSV files'
rows. Dask's `read_parquet` sorted the files by their paths (numbers in names by value), so
"b.parquet a.parquet" came out a's rows first, and a folder's "p10", "p2" came out in another order
than the same folder of CSV files. Parts are computed with Dask's synchronous scheduler. Every text
here is written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("dask.dataframe")
pytest.importorskip("xlplugin.dask")

sys.path.insert(0, str(Path(__file__).parent))
from test_dask39_parity import RANT, REPORT, _dask, _local  # noqa: E402


def _rows(count: int, first: int = 0) -> list[dict]:
    return [{"text": REPORT if i % 2 else RANT, "views": i} for i in range(first, first + count)]


def _both(folder: Path, name: str, rows: list[dict]) -> tuple[Path, Path]:
    """The table `rows` as NAME.parquet and NAME.csv under `folder`."""
    folder.mkdir(exist_ok=True)
    frame = pd.DataFrame(rows)
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), folder / f"{name}.parquet")
    frame.to_csv(folder / f"{name}.csv", index=False)
    return folder / f"{name}.parquet", folder / f"{name}.csv"


def test_files_given_out_of_order_keep_the_order_given_as_csv_files_do(tmp_path, capsys):
    b, b_csv = _both(tmp_path, "b", _rows(3))
    a, a_csv = _both(tmp_path, "a", _rows(2, 3))
    rows = _dask([str(b), str(a)], tmp_path / "out")[0]
    local, _ = _local([str(b_csv), str(a_csv)], capsys)
    assert [row["input_id"] for row in rows] == [i.replace(".csv:", ".parquet:") for i in local]
    assert [row["views"] for row in rows] == [0, 1, 2, 3, 4]  # (b's rows first, as given)
    csv_rows = _dask([str(b_csv), str(a_csv)], tmp_path / "out_csv")[0]
    assert [row["input_id"] for row in rows] == [row["input_id"].replace(".csv:", ".parquet:") for row in csv_rows]


def test_a_folders_files_are_read_in_the_order_of_their_names_as_csv_files_are(tmp_path, capsys):
    """"p10" before "p2", as `xlplugin score` lists a folder; Dask read "p2" first (numbers by value)."""
    _both(tmp_path / "pq", "p2", _rows(2))
    _both(tmp_path / "pq", "p10", _rows(2, 2))
    for name, rows in (("p2", _rows(2)), ("p10", _rows(2, 2))):
        pd.DataFrame(rows).to_csv(tmp_path / "pq" / f"{name}.csv", index=False)
    (tmp_path / "csv").mkdir()
    for name in ("p2", "p10"):
        (tmp_path / "pq" / f"{name}.csv").rename(tmp_path / "csv" / f"{name}.csv")
    rows = _dask([str(tmp_path / "pq")], tmp_path / "out")[0]
    local, _ = _local([str(tmp_path / "csv")], capsys)
    assert [row["input_id"] for row in rows] == [i.replace(".csv:", ".parquet:") for i in local]
    assert [row["views"] for row in rows] == [2, 3, 0, 1]


def test_files_given_in_order_are_read_as_before(tmp_path, capsys):
    """(a guard: files given in the order of their names came out so before)"""
    a, a_csv = _both(tmp_path, "a", _rows(2))
    b, b_csv = _both(tmp_path, "b", _rows(3, 2))
    rows = _dask([str(a), str(b)], tmp_path / "out")[0]
    assert [row["views"] for row in rows] == [0, 1, 2, 3, 4]
    assert [row["input_id"] for row in rows] == ["a.parquet:1", "a.parquet:2", "b.parquet:1", "b.parquet:2", "b.parquet:3"]


def _as_written_before(out: Path) -> None:
    """The run file of `out` as an xlplugin before daskparity41 wrote it (no "parquet_reading")."""
    import json

    from xlplugin.dask import MANIFEST

    run = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    run.pop("parquet_reading", None)
    (out / MANIFEST).write_text(json.dumps(run), encoding="utf-8")


def test_resume_refuses_parts_of_several_files_written_in_the_order_of_their_paths(tmp_path):
    """Such parts hold a's rows first; this version's would hold b's first: resuming kept part 0 (a)
    and wrote part 1 (a again), b's rows lost, nothing said."""
    from xlplugin import dask as dask_engine
    from xlplugin.errors import InputError

    b, _ = _both(tmp_path, "b", _rows(3))
    a, _ = _both(tmp_path, "a", _rows(2, 3))
    out = tmp_path / "out"
    _dask([str(b), str(a)], out)
    (out / dask_engine.PART_PATTERN.format(1)).unlink()  # (the run stopped after its first part)
    _as_written_before(out)
    with pytest.raises(InputError, match="order of their paths, not the order given, .*; --resume would mix the two"):
        dask_engine.plan_files([str(b), str(a)], out, resume=True)


def test_resume_refuses_one_files_parts_written_before(tmp_path):
    """One file read in several parts: each part judged its own dates and notes before."""
    from xlplugin import dask as dask_engine
    from xlplugin.errors import InputError

    a, _ = _both(tmp_path, "a", _rows(2))
    out = tmp_path / "out"
    _dask([str(a)], out)
    _as_written_before(out)
    with pytest.raises(InputError, match="earlier xlplugin.*choose an empty folder"):
        dask_engine.plan_files([str(a)], out, resume=True)


def test_resume_of_this_versions_parts_finishes(tmp_path):
    """(a guard: a run of this version is finished as before)"""
    from xlplugin import dask as dask_engine

    a, _ = _both(tmp_path, "a", _rows(2))
    b, _ = _both(tmp_path, "b", _rows(2, 2))
    out = tmp_path / "out"
    _dask([str(b), str(a)], out)
    (out / dask_engine.PART_PATTERN.format(1)).unlink()
    assert dask_engine.plan_files([str(b), str(a)], out, resume=True).todo == [1]
