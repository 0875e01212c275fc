"""(daskids40) On `--engine dask`, a Parquet table with no id column numbers its rows as `xlplugin
score` numbers a CSV file's: each row's id (`input_id`) is its place in its file, counted over the
whole file, and named by its file ("b.parquet:3") where `score` names a CSV file's rows so (a file of
a folder given, or one of several files). Found wrong on main: each partition numbered its rows from
1, so a file read in several partitions, or several files, gave two rows one id, and scores joined
back by id went onto the wrong rows. Parts are computed with Dask's synchronous scheduler (no
cluster). Every text here is written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")
dd = pytest.importorskip("dask.dataframe")
pytest.importorskip("xlplugin.dask")

sys.path.insert(0, str(Path(__file__).parent))
from test_dask39_parity import RANT, REPORT, _dask, _local  # noqa: E402

from xlplugin import dask as dask_engine  # noqa: E402
from xlplugin.frame import score_table  # noqa: E402


def _rows(count: int, first: int = 0) -> list[dict]:
    return [{"text": REPORT if i % 2 else RANT, "views": i} for i in range(first, first + count)]


def _parquet(path: Path, rows: list[dict], row_group_size: int | None = None) -> Path:
    pq.write_table(pa.Table.from_pandas(pd.DataFrame(rows), preserve_index=False), path, row_group_size=row_group_size)
    return path


@pytest.fixture
def split_row_groups(monkeypatch):
    """Each row group read as a partition of its own, as Dask reads a large file: a file of 7 rows in
    row groups of 3 is 3 partitions."""
    def read(paths, skipped=None):
        return dd.read_parquet([str(p) for p in dask_engine._parquet_files(paths, skipped)], split_row_groups=True)
    monkeypatch.setattr(dask_engine, "read_corpus", read)


def test_a_file_of_several_partitions_numbers_its_rows_over_the_whole_file(tmp_path, capsys, split_row_groups):
    path = _parquet(tmp_path / "t.parquet", _rows(7), row_group_size=3)
    pd.DataFrame(_rows(7)).to_csv(tmp_path / "t.csv", index=False)
    assert len(dask_engine.plan_files([str(path)], tmp_path / "out0").parts) == 3
    rows = _dask([str(path)], tmp_path / "out")[0]
    local, _ = _local([str(tmp_path / "t.csv")], capsys)
    assert [row["input_id"] for row in rows] == list(local) == [str(n) for n in range(1, 8)]
    assert [row["views"] for row in rows] == list(range(7))


def test_several_files_name_each_row_by_its_file_as_local_score_does(tmp_path, capsys):
    a, b = _parquet(tmp_path / "a.parquet", _rows(4)), _parquet(tmp_path / "b.parquet", _rows(3, 4))
    for name, rows in (("a.csv", _rows(4)), ("b.csv", _rows(3, 4))):
        pd.DataFrame(rows).to_csv(tmp_path / name, index=False)
    rows = _dask([str(a), str(b)], tmp_path / "out")[0]
    local, _ = _local([str(tmp_path / "a.csv"), str(tmp_path / "b.csv")], capsys)
    ids = [row["input_id"] for row in rows]
    assert ids == [i.replace(".csv:", ".parquet:") for i in local]
    assert ids == ["a.parquet:1", "a.parquet:2", "a.parquet:3", "a.parquet:4", "b.parquet:1", "b.parquet:2", "b.parquet:3"]
    assert len(set(ids)) == len(ids)


def test_files_given_out_of_order_are_numbered_each_row_in_its_own_file(tmp_path):
    """Files given out of the order of their names (read in the order given since daskparity41): each row keeps its own file's
    name and place (the views say which row it is)."""
    a, b = _parquet(tmp_path / "a.parquet", _rows(2)), _parquet(tmp_path / "b.parquet", _rows(5, 2))
    rows = _dask([str(b), str(a)], tmp_path / "out")[0]
    assert sorted((row["input_id"], row["views"]) for row in rows) == (
        [("a.parquet:1", 0), ("a.parquet:2", 1)] + [(f"b.parquet:{n}", n + 1) for n in range(1, 6)])


def test_a_folder_names_its_files_rows_even_of_one_file_as_local_score_does(tmp_path, capsys, split_row_groups):
    (tmp_path / "pq").mkdir()
    (tmp_path / "csv").mkdir()
    _parquet(tmp_path / "pq" / "only.parquet", _rows(5), row_group_size=2)
    pd.DataFrame(_rows(5)).to_csv(tmp_path / "csv" / "only.csv", index=False)
    rows = _dask([str(tmp_path / "pq")], tmp_path / "out")[0]
    local, _ = _local([str(tmp_path / "csv")], capsys)
    assert [row["input_id"] for row in rows] == [i.replace(".csv:", ".parquet:") for i in local]
    assert [row["input_id"] for row in rows] == [f"only.parquet:{n}" for n in range(1, 6)]


def test_a_folder_of_several_files_in_several_partitions_gives_no_id_twice(tmp_path, split_row_groups):
    (tmp_path / "pq").mkdir()
    _parquet(tmp_path / "pq" / "a.parquet", _rows(5), row_group_size=2)
    _parquet(tmp_path / "pq" / "b.parquet", _rows(4, 5), row_group_size=3)
    rows = _dask([str(tmp_path / "pq")], tmp_path / "out")[0]
    assert [row["input_id"] for row in rows] == [f"a.parquet:{n}" for n in range(1, 6)] + [f"b.parquet:{n}" for n in range(1, 5)]
    assert [row["views"] for row in rows] == list(range(9))


def test_score_table_numbers_rows_from_first_row_after_the_prefix():
    table = pa.table({"text": [REPORT, RANT]})
    assert score_table(table).column("input_id").to_pylist() == ["1", "2"]
    assert score_table(table, first_row=6, id_prefix="x.parquet:").column("input_id").to_pylist() == ["x.parquet:6", "x.parquet:7"]
