"""(parity40) A CSV file on `--engine dask` and the same table as Parquet give the same columns and,
row by row, the same values (tests/test_dask39_parity.py, tests/test_hunt40b_dask_parity.py hold the
rest). Found different here: a Parquet row whose text cell holds no text gave its reason in `note`
(and in each signal's note, with empty fields and a word count of 0), where the CSV file's row gives
it in `input_error` with every score and field null; and a Parquet part had no `input_id`,
`input_source` and `input_error` columns, so a reader of both kinds of part (`input_error IS NULL`
for the rows read) took such a Parquet row for a document read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
pytest.importorskip("xlplugin.dask")

sys.path.insert(0, str(Path(__file__).parent))
from test_dask39_parity import RANT, REPORT, _dask  # noqa: E402

from xlplugin import dask as dask_engine  # noqa: E402
from xlplugin.frame import output_schema, score_table  # noqa: E402

ROWS = [{"id": "a1", "text": REPORT, "views": "3"}, {"id": "a2", "text": "12345", "views": "4"},
        {"id": "", "text": RANT, "views": "5"}, {"id": "a4", "text": "N/A", "views": "6"}]


def _both(tmp_path: Path):
    pd.DataFrame(ROWS).to_csv(tmp_path / "t.csv", index=False)
    pd.DataFrame(ROWS).to_parquet(tmp_path / "t.parquet", index=False)
    return _dask([str(tmp_path / "t.csv")], tmp_path / "pc")[0], _dask([str(tmp_path / "t.parquet")], tmp_path / "pp")[0]


def test_both_paths_give_the_same_columns(tmp_path):
    from_csv, from_parquet = _both(tmp_path)
    assert set(from_parquet[0]) == set(from_csv[0])
    for name in ("input_id", "input_source", "input_note", "input_error"):
        assert name in from_parquet[0]


def test_both_paths_give_the_same_values_row_by_row(tmp_path):
    from_csv, from_parquet = _both(tmp_path)
    for a, b in zip(from_csv, from_parquet, strict=True):
        differ = {k for k in a if a[k] != b[k]}
        # the one column that names where the row was read: a file's line, or null for a table's row
        assert differ == {"input_source"}, (a["id"], {k: (a[k], b[k]) for k in differ})
        assert b["input_source"] is None
    assert [r["input_source"].rsplit("/", 1)[-1] for r in from_csv] == [f"t.csv line {n}" for n in (2, 3, 4, 5)]
    assert [r["input_error"] for r in from_parquet] == [None, "column text: not text: a number", None,
                                                        "column text: not text: N/A, a placeholder for no value"]
    assert [r["input_id"] for r in from_parquet] == ["a1", "a2", "3 (no id)", "a4"]
    assert from_parquet[1]["note"] is None and from_parquet[1]["word_count"] is None


def test_a_run_counts_and_says_a_parquet_row_with_no_text_as_a_csv_files(tmp_path):
    """`--engine dask` counts the Parquet row whose text cell holds a number in `score`'s words (hunt39c:
    "with a number or a date in the text cell instead of a text"), and names it, as a CSV file's."""
    pd.DataFrame(ROWS).to_csv(tmp_path / "t.csv", index=False)
    pd.DataFrame(ROWS).to_parquet(tmp_path / "t.parquet", index=False)
    counts = {}
    for name in ("t.csv", "t.parquet"):
        plan = dask_engine.plan_files([str(tmp_path / name)], tmp_path / f"out-{name}")
        part = plan.parts[0]
        frame = part.compute(scheduler="sync") if hasattr(part, "compute") else part
        counts[name] = dask_engine._write_part(frame, str(tmp_path / f"out-{name}" / dask_engine.PART_PATTERN.format(0)))
    csv_counts, parquet_counts = counts["t.csv"], counts["t.parquet"]
    assert parquet_counts["unscored"] == csv_counts["unscored"]
    assert parquet_counts["unscored"]["with a number or a date in the text cell instead of a text"] == 1
    assert "unreadable" not in parquet_counts["unscored"]
    assert len(parquet_counts["problems"]) == len(csv_counts["problems"]) == 2
    assert "part.00000.parquet row 2" in parquet_counts["problems"][0] and "a2" in parquet_counts["problems"][0]


def test_score_table_gives_the_reading_columns_from_python():
    out = score_table(pa.table({"text": [REPORT, "12345"]}))
    assert out.schema == output_schema(pa.schema([("text", pa.string())]), "text")
    assert out.column("input_id").to_pylist() == ["1", "2"]
    assert out.column("input_error").to_pylist() == [None, "column text: not text: a number"]
    assert out.column("note").to_pylist()[1] is None and out.column("reliability").to_pylist()[1] is None
    mine = score_table(pa.table({"text": [REPORT], "input_error": ["mine"]}))
    assert mine.column("input_error (yours)").to_pylist() == ["mine"]
