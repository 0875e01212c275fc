"""(daskparity41) Whether a date column holds Unix times is judged on the whole column (`score_frame`)
or on each file's rows (`--engine dask`, as `xlplugin score` judges each CSV file's), never on one
Dask partition's: a column of Unix times in one partition and dates in another was read as Unix
times in that partition, where `xlplugin score` reads the same CSV file's numbers as no date and
says so. Parts are computed with Dask's synchronous scheduler. Every text here is written for
these tests."""

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
from xlplugin.dask import score_frame  # noqa: E402
from xlplugin.frame import score_table  # noqa: E402

# Unix times (March 2024) in the first two rows, dates written out in the last two
MIXED = ["1709648400", "1709734800", "2024-03-07", "2024-03-08"]


def _frame(dates: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"text": [REPORT if i % 2 else RANT for i in range(len(dates))], "date": dates,
                         "views": list(range(len(dates)))})


def _notes(values) -> list[str]:
    return [None if pd.isna(value) else value for value in values]


def test_score_frame_judges_the_whole_column_as_score_does(tmp_path, capsys):
    frame = _frame(MIXED)
    scored = score_frame(dd.from_pandas(frame, npartitions=2)).compute(scheduler="sync")
    whole = score_table(frame).column("input_note").to_pylist()
    assert _notes(scored["input_note"]) == whole
    frame.to_csv(tmp_path / "t.csv", index=False)
    local, _ = _local([str(tmp_path / "t.csv")], capsys)
    assert _notes(scored["input_note"]) == [row["input_note"] for row in local.values()]
    assert "Unix time" not in " ".join(filter(None, whole)) and "is not a date" in whole[0]


@pytest.fixture
def split_row_groups(monkeypatch):
    """Each row group read as a partition of its own, as Dask reads a large file."""
    def read(paths, skipped=None):
        return dd.read_parquet([str(p) for p in dask_engine._parquet_files(paths, skipped)], split_row_groups=True)
    monkeypatch.setattr(dask_engine, "read_corpus", read)


def test_engine_dask_judges_a_files_column_over_all_its_partitions(tmp_path, capsys, split_row_groups):
    frame = _frame(MIXED)
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp_path / "t.parquet", row_group_size=2)
    frame.to_csv(tmp_path / "t.csv", index=False)
    assert len(dask_engine.plan_files([str(tmp_path / "t.parquet")], tmp_path / "out0").parts) == 2
    rows = _dask([str(tmp_path / "t.parquet")], tmp_path / "out")[0]
    local, _ = _local([str(tmp_path / "t.csv")], capsys)
    assert [row["input_note"] for row in rows] == [row["input_note"] for row in local.values()]


def test_engine_dask_judges_each_file_on_its_own_rows_as_score_does(tmp_path, capsys):
    """(a guard: each file was one partition, judged on its own rows, as `score` judges each CSV file)"""
    for name, dates in (("a", MIXED[:2]), ("b", MIXED[2:])):
        frame = _frame(dates)
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp_path / f"{name}.parquet")
        frame.to_csv(tmp_path / f"{name}.csv", index=False)
    rows = _dask([str(tmp_path / "a.parquet"), str(tmp_path / "b.parquet")], tmp_path / "out")[0]
    local, _ = _local([str(tmp_path / "a.csv"), str(tmp_path / "b.csv")], capsys)
    notes = [row["input_note"] for row in rows]
    assert notes == [row["input_note"] for row in local.values()]
    assert "Unix time" in notes[0] and notes[2] is None
