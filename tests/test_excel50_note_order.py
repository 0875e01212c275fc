"""(excel50) A row whose date and author cells both name nothing ("soon", "12") gave `score_table`
(a Parquet file on --engine dask, the Python API) a note with the author's words before the date's,
where a CSV file's row (`xlplugin score`, --json, the workbook) gives the date's first: one row, two
notes, so a field-by-field comparison of the paths found them different. Said in one order now."""

from __future__ import annotations

import csv

import pytest

pa = pytest.importorskip("pyarrow")

from xlplugin.frame import score_table  # noqa: E402
from xlplugin.inputs import Record, read_paths  # noqa: E402

# (our own short report, written for these tests)
PORT = ("Officials at the port authority said on Tuesday that cargo volumes rose by six percent in the third "
        "quarter, helped by strong demand for grain shipments abroad, according to a statement from the authority.")
HEADER = ["id", "text", "title", "url", "outlet", "author", "date"]


def _both(tmp_path, row):
    path = tmp_path / "list.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, row])
    record = next(iter(read_paths([str(path)])))
    assert isinstance(record, Record)
    table = pa.table({name: [value or None] for name, value in zip(HEADER, row)})
    return record.note, score_table(table).column("input_note").to_pylist()[0]


@pytest.mark.parametrize("row", [
    ["1", PORT, "NA", "", "-", "12", "soon"],  # every placeholder: the date's said before the author's
    ["2", PORT, "", "", "", "n/a", "someday"],
])
def test_a_rows_note_is_the_csv_rows_words_in_its_order(tmp_path, row):
    csv_note, table_note = _both(tmp_path, row)
    assert "column date:" in csv_note and "column author:" in csv_note
    assert table_note == csv_note


def test_one_placeholder_alone_is_said_alike_as_before(tmp_path):
    csv_note, table_note = _both(tmp_path, ["3", PORT, "", "", "NA", "", ""])
    assert table_note == csv_note == "column outlet: 'NA' is not an outlet (not counted)"
