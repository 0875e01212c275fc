"""(hunt40b) Two differences between a CSV file on `--engine dask` and the same table as Parquet, as
tests/test_dask39_parity.py holds the two paths to each other:
- a Parquet date column typed as a timestamp (pandas' datetime64, as `read_csv(parse_dates=...)`
  gives it) could not take the page's date string from an HTML cell: the page's row showed no
  date (null) where the CSV file's row shows the page's, though the date was scored;
- a row's note on how it was read (a cell read as a web page, a placeholder not counted) stood in
  `note` on the Parquet path, after the scorers' note, and in `input_note` on the CSV path.
Both paths now give the page's date, and the note in `input_note`, with `note` the same."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("xlplugin.dask")

sys.path.insert(0, str(Path(__file__).parent))
from test_dask39_parity import PAGE_FIELDS, _dask, _rows  # noqa: E402

FIRST, SECOND = "2026-01-02 10:00:00+00:00", "2026-01-03 10:00:00+00:00"


def _both(tmp_path: Path, date_type: str = "timestamp") -> tuple[list[dict], list[dict]]:
    """The rows of the parts of the same table as CSV and as Parquet, the Parquet date column typed."""
    rows = _rows()
    as_csv = pd.DataFrame(rows).assign(date=[FIRST, SECOND, None], outlet=["NA", "", ""])
    as_csv.to_csv(tmp_path / "t.csv", index=False)
    dates = pd.to_datetime([FIRST, SECOND, None], utc=True)
    typed = pd.Series(dates if date_type == "timestamp" else [d.date() if d is not pd.NaT else None for d in dates])
    pd.DataFrame(rows).assign(date=typed, outlet=["NA", "", ""]).to_parquet(tmp_path / "t.parquet", index=False)
    return _dask([str(tmp_path / "t.csv")], tmp_path / "pc")[0], _dask([str(tmp_path / "t.parquet")], tmp_path / "pp")[0]


@pytest.mark.parametrize("date_type", ["timestamp", "date"])
def test_a_typed_date_column_shows_the_pages_date(tmp_path, date_type):
    from_csv, from_parquet = _both(tmp_path, date_type)
    assert from_csv[2]["date"] == PAGE_FIELDS["date"]
    page = from_parquet[2]["date"]
    assert page is not None, "the page's date is not in the Parquet row"
    day = page.date() if isinstance(page, datetime.datetime) else page
    assert day.isoformat() == PAGE_FIELDS["date"]
    # (the column keeps its type: one type per column in every part of the output folder)
    kind = pq.read_schema(tmp_path / "pp" / "part.00000.parquet").field("date").type
    assert pa.types.is_timestamp(kind) if date_type == "timestamp" else pa.types.is_date(kind)
    # the other rows' own dates as they were
    assert [r["date"].isoformat()[:10] for r in from_parquet[:2]] == ["2026-01-02", "2026-01-03"]


def test_both_paths_give_the_same_reading_note_and_note(tmp_path):
    from_csv, from_parquet = _both(tmp_path)
    assert "input_note" in from_parquet[0]
    for a, b in zip(from_csv, from_parquet):
        assert (b["input_note"], b["note"]) == (a["input_note"], a["note"]), (a["id"], b["input_note"], b["note"])
    assert from_parquet[2]["input_note"] == "read as a web page: the cell held HTML"
    assert "'NA' is not an outlet (not counted)" in from_parquet[0]["input_note"]
    assert "read as a web page" not in (from_parquet[2]["note"] or "")


def test_a_column_of_yours_named_input_note_is_kept_as_yours():
    from xlplugin.frame import score_table

    out = score_table(pa.table({"text": [_rows()[0]["text"]], "input_note": ["mine"]}))
    assert out.column("input_note (yours)").to_pylist() == ["mine"]
    assert out.column("input_note").to_pylist() == [None]
