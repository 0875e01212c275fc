"""(excel50) A Parquet file's or a frame's row whose text cell is blank while another column with a
text column's name holds its text ("text" null, "body" filled) was "not scored: empty" from
`score_table`, `score_pandas` and `--engine dask`, its text unsaid, where a CSV file's row says
where its text is since hunt49 (`inputs.TEXT_IN_OTHER_COLUMN`). Every path now says it alike."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")

from xlplugin.frame import score_pandas, score_table  # noqa: E402
from xlplugin.inputs import Problem, read_paths  # noqa: E402

# (our own short reports, written for these tests)
PORT = ("Officials at the port authority said on Tuesday that cargo volumes rose by six percent in the third "
        "quarter, helped by strong demand for grain shipments abroad, according to a statement from the authority.")
FERRY = ("The island's ferry will carry bicycles free of charge from May, the operator said on Thursday, after "
         "cycling groups asked for the fee to be dropped to cut the number of cars on the narrow coast road.")
SAID = 'the row\'s text is in the column "body"'


def _errors(table: pa.Table) -> dict[str, str | None]:
    return dict(zip(table.column("input_id").to_pylist(), table.column("input_error").to_pylist()))


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_a_table_row_with_its_text_in_body_says_where(blank):
    scored = score_table(pa.table({"id": ["1", "2"], "text": [PORT, blank], "body": [None, FERRY]}))
    errors = _errors(scored)
    assert errors["1"] is None
    assert errors["2"] and SAID in errors["2"], errors
    assert SAID in scored.column("status").to_pylist()[1]


def test_a_pandas_frame_row_with_nan_says_where_too():
    pd = pytest.importorskip("pandas")
    scored = score_pandas(pd.DataFrame({"id": ["1", "2"], "text": [PORT, math.nan], "body": [math.nan, FERRY]}))
    assert SAID in scored["input_error"].iloc[1] and scored["input_error"].isna().iloc[0]


def test_a_categorical_body_column_says_where_too():
    """A pandas categorical column (an Arrow dictionary column) holds its texts as well as a plain one."""
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": ["1", "2"], "text": [PORT, None], "body": pd.Categorical([None, FERRY])})
    assert SAID in score_pandas(frame)["input_error"].iloc[1]


def test_the_same_words_as_a_csv_files_row(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(f'id,text,body\n1,"{PORT}",\n2,,"{FERRY}"\n', encoding="utf-8")
    csv_item = {item.id: item for item in read_paths([str(path)])}["2"]
    assert isinstance(csv_item, Problem)
    scored = score_table(pa.table({"id": ["1", "2"], "text": [PORT, None], "body": [None, FERRY]}))
    assert _errors(scored)["2"] == csv_item.message


def test_near_cases_stay_as_they_were():
    """Both cells blank, a filled column with no text column's name (a note), a placeholder in body
    (fewer than three words), a text cell filled: read as before (an empty text; the text)."""
    scored = score_table(pa.table({
        "id": ["1", "2", "3", "4"],
        "text": [None, None, None, PORT],
        "body": [None, None, "n/a", FERRY],
        "note": [None, FERRY, None, None],
    }))
    assert set(_errors(scored).values()) == {None}
    statuses = scored.column("status").to_pylist()
    assert statuses[:3] == ["not scored: empty"] * 3 and statuses[3].startswith("scored"), statuses


def test_a_folder_of_parquet_files_on_the_dask_engine_says_where_as_its_csv_files_do(tmp_path, capsys):
    """A folder of two Parquet files, the second's texts under "body" (no "text" column): `--engine
    dask` read them as one table, the second file's rows "not scored: empty". Each now says where,
    in the words the same folder of CSV files gives."""
    pq = pytest.importorskip("pyarrow.parquet")
    pytest.importorskip("dask.dataframe")
    sys.path.insert(0, str(Path(__file__).parent))
    from test_dask39_parity import _dask

    (tmp_path / "in").mkdir()
    pq.write_table(pa.table({"id": ["a1"], "text": [PORT]}), tmp_path / "in" / "a.parquet")
    pq.write_table(pa.table({"id": ["b1"], "body": [FERRY]}), tmp_path / "in" / "b.parquet")
    rows = {row["input_id"]: row for row in _dask([str(tmp_path / "in")], tmp_path / "out")[0]}
    assert rows["a1"]["input_error"] is None and rows["a1"]["reliability"] is not None
    assert rows["b1"]["input_error"] and SAID in rows["b1"]["input_error"], rows["b1"]
    csv_path = tmp_path / "b.csv"
    csv_path.write_text(f'id,text,body\nb1,,"{FERRY}"\n', encoding="utf-8")
    assert rows["b1"]["input_error"] == next(iter(read_paths([str(csv_path)]))).message
