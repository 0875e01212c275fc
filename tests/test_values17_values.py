"""Values read by one rule in every path (values17): a placeholder in the metadata counts as
none and every path says so in the row's note, as a CSV row's Status does (the pandas and Dask
tables, the Excel functions, `published` included); `score_many` gives a row for every item a
table's text cell may hold instead of a text (None, NaN, a number, TRUE/FALSE, a date), as a CSV
file's cell gives one, and the rest of the documents go on."""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path

import pytest

from xlplugin import score_many, score_text
from xlplugin.excel import functions as f
from xlplugin.inputs import Problem, Record, read_paths

# Fresh text written for these tests.
REPORT = ("The river authority opened the new flood gates at Elm Quay on Thursday, its engineer said. "
          "The gates took two years to build and cost 4 million pounds, according to the authority's "
          "annual report. Residents watched from the towpath as the first boats passed.")

PLACEHOLDERS = ["NA", "n/a", "NULL", "None", "-", "unknown", "#N/A"]
FIELDS = ["title", "url", "outlet", "author", "date"]


def _csv_record(tmp_path: Path, field: str, value: str) -> Record:
    path = tmp_path / "table.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text", field], ["1", REPORT, value]])
    [record] = read_paths([str(path)], None)
    assert isinstance(record, Record)
    return record


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_a_table_paths_placeholder_is_noted_as_a_csv_rows_is(tmp_path, field, value):
    pd = pytest.importorskip("pandas")
    from xlplugin.frame import score_pandas

    said = _csv_record(tmp_path, field, value).note
    assert said and "(not counted)" in said
    frame = pd.DataFrame({"id": ["1", "2"], "text": [REPORT, REPORT], field: [value, None]})
    table = score_pandas(frame)
    # ((hunt40b) how a row was read is in its input_note, as a CSV file's row's on --engine dask)
    assert said in table["input_note"].iloc[0] and pd.isna(table["input_note"].iloc[1])
    assert table["reliability"].iloc[0] == table["reliability"].iloc[1] == score_text(REPORT).reliability


@pytest.mark.parametrize("value", ["NA", "unknown"])
def test_a_dask_tables_placeholder_is_noted(tmp_path, value):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from xlplugin.dask import score_frame

    said = _csv_record(tmp_path, "outlet", value).note
    frame = dd.from_pandas(pd.DataFrame({"id": ["1"], "text": [REPORT], "outlet": [value]}), npartitions=1)
    [note] = list(score_frame(frame, "text").compute(scheduler="sync")["input_note"])  # ((hunt40b) not in "note")
    assert said in note


MISSING = [None, math.nan, float("nan")]


def _pandas_missing():
    pd = pytest.importorskip("pandas")
    return [pd.NaT, pd.NA]


@pytest.mark.parametrize("as_mapping", [False, True])
def test_a_missing_document_is_an_empty_row_and_the_rest_go_on(as_mapping):
    values = MISSING + _pandas_missing()
    items = [{"text": v} if as_mapping else v for v in values] + [REPORT]
    results = list(score_many(items, workers=1))
    assert [r.id for r in results] == [str(i) for i in range(1, len(items) + 1)]
    for got in results[:-1]:
        assert got.reliability is None and got.note == score_text("").note == "not scored: empty (no text)"
    assert results[-1].reliability == score_text(REPORT).reliability


@pytest.mark.parametrize("value", [12345, 2.5, 0, True, False, dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 9, 30),
                                   dt.time(9, 30)])
@pytest.mark.parametrize("as_mapping", [False, True])
def test_a_value_that_is_no_text_is_not_scored_and_says_what_it_is(tmp_path, value, as_mapping):
    [got, after] = score_many([{"text": value} if as_mapping else value, REPORT], workers=1)
    assert got.reliability is None and got.note.startswith("not scored: not text: ")
    assert after.reliability == score_text(REPORT).reliability
    # the words a CSV file's cell holding it is refused with
    path = tmp_path / "t.csv"
    from xlplugin.cells import cell_display

    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text"], ["1", cell_display(value)]])
    [row] = read_paths([str(path)], None)
    assert isinstance(row, Problem) and got.note.removeprefix("not scored: ") in row.message


def test_numpy_numbers_are_shown_as_a_cell_shows_them():
    np = pytest.importorskip("numpy")
    from xlplugin.cells import cell_display

    for value in (np.float64(2.5), np.float32(0.5), np.int64(7), np.float64(1e20)):
        assert cell_display(value) == cell_display(value.item())
    [got] = score_many([np.float64(2.5)], workers=1)
    assert got.note == "not scored: not text: a number"


@pytest.mark.parametrize("argument", ["title", "url", "outlet", "author", "published"])
@pytest.mark.parametrize("value", ["NA", "n/a", "unknown", "-", "None", "NULL"])
def test_an_excel_functions_placeholder_counts_as_none_with_its_note(argument, value):
    plain = f.reliability(REPORT)
    assert f.reliability(REPORT, **{argument: value}) == plain
    assert f.reliability([[REPORT], [REPORT]], **{argument: [[value], ["-"]]}) == [[plain], [plain]]
    field = "date" if argument == "published" else argument
    why = score_text(REPORT, **{field: value}).note.split(f"{field}: ", 1)[1]
    status = f.scores(REPORT, **{argument: value})[0][-1]
    assert status.endswith(f"{argument}: {why}") and "(not counted)" in status


@pytest.mark.parametrize("value", ["soon", "last week", "TBC"])
def test_an_excel_published_that_is_no_date_counts_as_none_as_score_counts_it(value):
    assert f.reliability(REPORT, published=value) == f.reliability(REPORT)
    assert f"published: {value!r} is not a date (not counted)" in f.scores(REPORT, published=value)[0][-1]
    assert score_text(REPORT, date=value).reliability == f.reliability(REPORT, published=value)


def test_a_pandas_column_of_mixed_values_is_read_as_cells_not_a_crash():
    pd = pytest.importorskip("pandas")
    from xlplugin.frame import score_pandas

    frame = pd.DataFrame({"text": [REPORT, 12345, REPORT, None], "outlet": [True, "NA", 3.5, "Harbour Post"]})
    table = score_pandas(frame)
    errors = list(table["input_error"])  # (read as a CSV file's cells: "TRUE", "NA", "3.5"; parity40: in input_error)
    # ((hunt40b) how the row was read, its outlet not counted, in its input_note)
    assert "not text: a number" in errors[1] and "'NA' is not an outlet (not counted)" in table["input_note"].iloc[1]
    assert table["reliability"].iloc[0] == score_text(REPORT, outlet="TRUE").reliability
    assert table["reliability"].iloc[2] == score_text(REPORT, outlet="3.5").reliability
    assert "empty (no text)" in list(table["note"])[3]
