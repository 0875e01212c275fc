"""(daskparity41) The rows that are no document (`inputs.not_documents`: a note under the table or
between the documents, a total row at its bottom) are judged on a file's rows read whole
(`--engine dask`) or the whole frame's (`score_frame`), as a CSV file's and `score_table`'s are,
never on one Dask partition's: a note at the end of a partition in the middle of the table was
"a note under the table", and a "Total" row there a total row (where read whole it is a row with
no text). Parts are computed with Dask's synchronous scheduler. Every text here is written for
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
from test_dask39_parity import RANT, REPORT, _dask  # noqa: E402

from xlplugin import dask as dask_engine  # noqa: E402
from xlplugin.dask import score_frame  # noqa: E402
from xlplugin.frame import score_table  # noqa: E402
from xlplugin.inputs import MIDDLE_NOTE_REASON  # noqa: E402

DOCS = [("Quay", REPORT, 1), ("Pool", RANT, 2)]
LATER = [("Bus", REPORT, 4), ("Park", RANT, 5), ("Mill", REPORT, 6)]
# the third row ends the first of two partitions of 3 rows
NOTE = pd.DataFrame(DOCS + [("Note: the rows below come from the archive", None, None)] + LATER,
                    columns=["title", "text", "views"])
TOTAL = pd.DataFrame(DOCS + [("Total", None, 3)] + LATER, columns=["title", "text", "views"])


def _notes(values) -> list:
    return [None if pd.isna(value) else value for value in values]


@pytest.mark.parametrize("frame", [NOTE, TOTAL], ids=["note", "total"])
def test_score_frame_reads_the_rows_as_one_table_does(frame):
    scored = score_frame(dd.from_pandas(frame, npartitions=2)).compute(scheduler="sync")
    whole = score_table(frame)
    assert _notes(scored["note"]) == whole.column("note").to_pylist()
    assert _notes(scored["input_error"]) == whole.column("input_error").to_pylist()


def test_a_note_between_the_documents_is_said_so(tmp_path):
    scored = score_frame(dd.from_pandas(NOTE, npartitions=2)).compute(scheduler="sync")
    assert MIDDLE_NOTE_REASON in scored["note"].iloc[2]


@pytest.fixture
def split_row_groups(monkeypatch):
    """Each row group read as a partition of its own, as Dask reads a large file."""
    def read(paths, skipped=None):
        return dd.read_parquet([str(p) for p in dask_engine._parquet_files(paths, skipped)], split_row_groups=True)
    monkeypatch.setattr(dask_engine, "read_corpus", read)


@pytest.mark.parametrize("frame", [NOTE, TOTAL], ids=["note", "total"])
def test_engine_dask_reads_a_files_rows_whole(tmp_path, frame, split_row_groups):
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp_path / "t.parquet", row_group_size=3)
    assert len(dask_engine.plan_files([str(tmp_path / "t.parquet")], tmp_path / "out0").parts) == 2
    rows = _dask([str(tmp_path / "t.parquet")], tmp_path / "out")[0]
    whole = score_table(frame)
    assert [row["note"] for row in rows] == whole.column("note").to_pylist()
    assert [row["input_id"] for row in rows] == [str(n) for n in range(1, 7)]
