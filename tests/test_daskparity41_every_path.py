"""(daskparity41) One small table scored by every path gives the same rows, ids, order, kinds, index
and Status: `xlplugin score t.csv --json`, `--engine dask` on the CSV file and on the same table as
Parquet (read in two partitions), and from Python `score_frame` (three partitions), `score_pandas`
and `score_table`. The table has no id column, a date column of Unix times and a note between its
documents. A row that is no document is said on stderr by `score` and by `--engine dask` on a CSV
file (not a row of the output), and kept in its place, with its reason in `note`, by the paths that
keep one output row per input row (Parquet, the Python functions): the reason is the same. Parts are
computed with Dask's synchronous scheduler. Every text here is written for these tests."""

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
from xlplugin.frame import NOT_DOCUMENT, score_pandas, score_table  # noqa: E402
from xlplugin.inputs import MIDDLE_NOTE_REASON  # noqa: E402

NOTE_ROW = "Note: the rows below come from the archive"
# the note is the third row: the last of the first of the Parquet file's two partitions
ROWS = [("Quay", REPORT, 1709648400), ("Pool", RANT, 1709734800), (NOTE_ROW, None, None),
        ("Bus", REPORT, 1709821200), ("Park", RANT, 1709907600), ("Mill", REPORT, 1709994000)]
FRAME = pd.DataFrame([(title, text, None if date is None else str(date)) for title, text, date in ROWS],
                     columns=["title", "text", "date"])


def _row(values: dict) -> tuple:
    """What must agree on every path: id, title (the order), kind, index, how the row was read, why not read."""
    def text(value):
        return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value
    return (text(values["input_id"]), text(values["title"]), text(values["kind"]),
            None if pd.isna(values["reliability"]) else round(float(values["reliability"]), 6),
            text(values["input_note"]), text(values["input_error"]))


@pytest.fixture
def split_row_groups(monkeypatch):
    """Each row group read as a partition of its own, as Dask reads a large file."""
    def read(paths, skipped=None):
        return dd.read_parquet([str(p) for p in dask_engine._parquet_files(paths, skipped)], split_row_groups=True)
    monkeypatch.setattr(dask_engine, "read_corpus", read)


def test_every_path_gives_the_same_rows(tmp_path, capsys, split_row_groups):
    FRAME.to_csv(tmp_path / "t.csv", index=False)
    pq.write_table(pa.Table.from_pandas(FRAME, preserve_index=False), tmp_path / "t.parquet", row_group_size=3)
    assert len(dask_engine.plan_files([str(tmp_path / "t.parquet")], tmp_path / "out0").parts) == 2

    local, err = _local([str(tmp_path / "t.csv")], capsys)
    plain = [_row({**row, "input_id": row["id"], "input_error": row["error"]}) for row in local.values()]
    assert [row[0] for row in plain] == ["1", "2", "4", "5", "6"]  # (each row's place in the file; the note's not scored)
    assert f"1 row not read, {MIDDLE_NOTE_REASON}" in err and "t.csv line 4" in err, err
    assert all(row[4] and "Unix time" in row[4] for row in plain)

    kept_rows = {
        "dask parquet": _dask([str(tmp_path / "t.parquet")], tmp_path / "out_pq")[0],
        "score_frame": dask_engine.score_frame(dd.from_pandas(FRAME, npartitions=3)).compute(scheduler="sync")
        .to_dict("records"),
        "score_pandas": score_pandas(FRAME).to_dict("records"),
        "score_table": score_table(FRAME).to_pylist(),
    }
    for path, rows in kept_rows.items():
        assert [row["title"] for row in rows] == [title for title, _, _ in ROWS], path  # (one row per input row, in order)
        assert rows[2]["note"] == NOT_DOCUMENT + MIDDLE_NOTE_REASON, path  # (the note row: the reason `score` says)
        documents = [_row(row) for row in rows if not str(row["note"] or "").startswith(NOT_DOCUMENT)]
        assert documents == plain, path

    dask_csv = _dask([str(tmp_path / "t.csv")], tmp_path / "out_csv")
    assert [_row(row) for row in dask_csv[0]] == plain
    assert [row[:2] for row in dask_csv[2]] == [[f"{tmp_path / 't.csv'} line 4", MIDDLE_NOTE_REASON]]  # (said, as `score` says it)
