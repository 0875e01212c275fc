"""Values that name nothing never become scores (values16): a placeholder in a title, URL,
outlet, author or date ("NA", "unknown", "-", 0, #N/A, a NaN) counts as none in every input path
(CSV and workbook rows, Dask and pandas tables, the Excel functions, the Python API), and the
row says so; the Python API reads its values as those paths read cells and refuses, in words,
what it cannot read. Every text here is written for this project; each test failed before the
fix it guards.
"""

from __future__ import annotations

import csv
import datetime as dt
import math

import pytest

from xlplugin import score_many, score_text
from xlplugin import cells
from xlplugin.errors import InputError
from xlplugin.excel import functions as f
from xlplugin.inputs import Record, read_paths

# A report long enough for an index, with no outlet named in its text.
REPORT = (
    "The harbour board voted on Tuesday to rebuild the old grain pier after a survey of its timber piles. "
    "Engineers said that fourteen of the piles had rotted below the waterline and could not carry a crane. "
    "The work will cost about 3.1 million pounds and close the pier for most of next year, the board said. "
    "Fishing crews who use the pier will moor at the ferry slip while the work goes on, a spokesman added. "
    "A public meeting on the plan will be held in the town hall on the second Monday of next month."
)
# What tables hold where a value is not known: exports of R, pandas, SQL and forms, a dash typed
# for "nothing", "unknown" and its forms, a 0 a formula shows for an empty cell, an error value.
PLACEHOLDERS = ["NA", "N/A", "NaN", "nan", "NULL", "null", "None", "-", "unknown", "Unknown author", "0", "#N/A",
                "[deleted]", " n/a "]
# The word each field's note uses ("'NA' is not an outlet").
WHAT = {"outlet": "an outlet", "author": "an author", "title": "a title", "url": "a web address", "date": "a date"}


def _not(value: str, field: str) -> str:
    """The note's words for a placeholder; (cells33) an error value is said to be one."""
    if value.strip() == "#N/A":
        return f"{value.strip()!r} is a spreadsheet error value (a formula that failed), not {WHAT[field]}"
    return f"{value.strip()!r} is not {WHAT[field]}"


@pytest.mark.parametrize("field", sorted(WHAT))
@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_a_placeholder_is_no_value_of_any_field(field, value):
    given, why = cells.given_meta(field, value)
    assert given == "" and why == _not(value, field)


@pytest.mark.parametrize("field, value", [("outlet", "Harbour Gazette"), ("outlet", "1843 Magazine"), ("author", "Ann Noon"),
                                          ("title", "Pier to be rebuilt"), ("url", "https://gazette.example/pier"),
                                          ("date", "2024-03-01"), ("title", "None of the above: a guide")])
def test_a_real_value_is_kept_as_given(field, value):
    assert cells.given_meta(field, value) == (str(value), None)


@pytest.mark.parametrize("value", [None, math.nan, float("nan")])
def test_a_missing_value_is_none_without_a_note(value):
    assert all(cells.given_meta(field, value) == ("", None) for field in WHAT)


def _csv_rows(tmp_path, rows: list[dict[str, str]]):
    path = tmp_path / "docs.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return [item for item in read_paths([str(path)]) if isinstance(item, Record)]


@pytest.mark.parametrize("value", PLACEHOLDERS)
def test_a_csv_rows_placeholder_outlet_is_no_outlet_and_the_row_says_so(tmp_path, value):
    rows = _csv_rows(tmp_path, [{"id": "1", "text": REPORT, "outlet": value, "author": value}])
    assert rows[0].outlet == "" and rows[0].author == ""
    assert f"column outlet: {_not(value, 'outlet')} (not counted)" in rows[0].note
    assert f"column author: {_not(value, 'author')} (not counted)" in rows[0].note
    scored = next(score_many([rows[0].as_input()]))
    assert scored.reliability == score_text(REPORT).reliability  # no "named outlet" credit
    assert "named outlet" not in [e.kind for e in scored.signals["provenance"].evidence if e.present]


def test_documents_sharing_a_placeholder_outlet_are_not_one_outlets(tmp_path):
    # A paragraph common to four unrelated texts under one "outlet": under a placeholder it is
    # no outlet's furniture, and every text is scored whole, as with no outlet.
    shared = "Readers can send tips to the newsroom by post or by telephone at any hour of the day or night."
    texts = [REPORT.replace("grain", kind) + "\n\n" + shared for kind in ("grain", "coal", "salt", "timber")]
    for value in ("NA", "#N/A", "unknown", "-"):
        given = list(score_many([{"text": t, "outlet": value} for t in texts]))
        alone = list(score_many([{"text": t} for t in texts]))
        assert [r.reliability for r in given] == [r.reliability for r in alone], value
        assert all("repeated" not in r.note for r in given), value


@pytest.mark.parametrize("value", ["NA", "unknown", "-", "0", "None"])
def test_score_text_counts_a_placeholder_as_none_and_says_so(value):
    got = score_text(REPORT, outlet=value, author=value, date=value)
    assert (got.outlet, got.author, got.date) == ("", "", "")
    assert got.reliability == score_text(REPORT).reliability
    assert f"outlet: {value!r} is not an outlet (not counted)" in got.note
    assert f"date: {value!r} is not a date (not counted)" in got.note


@pytest.mark.parametrize("date", ["N/A", "garbage words", "soon", "TBC"])
def test_a_date_that_is_no_date_is_not_a_publication_date_in_the_api(date):
    for got in (score_text(REPORT, date=date), next(score_many([{"text": REPORT, "date": date}]))):
        assert got.date == "" and got.reliability == score_text(REPORT).reliability
        assert f"date: {date!r} is not a date (not counted)" in got.note
    assert score_text(REPORT, date="2024-03-01").date == "2024-03-01"


def test_pandas_missing_values_in_records_are_none():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"text": [REPORT, REPORT], "outlet": ["Harbour Gazette", None],
                          "date": [pd.Timestamp("2024-03-01"), pd.NaT], "author": [math.nan, "Ann Noon"]})
    first, second = score_many(frame.to_dict("records"))
    assert (first.outlet, first.date, first.author) == ("Harbour Gazette", "2024-03-01", "")
    assert (second.outlet, second.date, second.author) == ("", "", "Ann Noon")
    assert "nan" not in first.note.lower() and "nat" not in second.note.lower()
    assert score_many is not None and next(score_many([{"text": math.nan}])).reliability is None


@pytest.mark.parametrize("value", [["Harbour", "Gazette"], ("Harbour Gazette",), b"Harbour Gazette", {"name": "x"}])
def test_a_value_that_is_several_values_or_bytes_is_refused_by_name(value):
    with pytest.raises(TypeError, match="document 1: outlet must be one value"):
        list(score_many([{"text": REPORT, "outlet": value}]))
    with pytest.raises(TypeError, match="outlet must be one value"):
        score_text(REPORT, outlet=value)


@pytest.mark.parametrize("text", [["a", "b"], ("a",), b"The board voted."])
def test_a_text_that_is_not_a_str_is_refused_not_printed_and_scored(text):
    with pytest.raises(TypeError, match="document 1: text must be a str"):
        list(score_many([{"text": text}]))
    with pytest.raises(TypeError, match="document 1: expected a str, a mapping or a DocumentInput"):
        list(score_many([text]))


@pytest.mark.parametrize("documents", [REPORT, REPORT.encode(), {"text": REPORT}])
def test_one_text_or_one_mapping_is_not_taken_for_many_documents(documents):
    with pytest.raises(TypeError, match="documents must be a list or other iterable of documents"):
        list(score_many(documents))


def test_a_pandas_table_is_refused_and_a_column_of_texts_is_read():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"text": [REPORT, REPORT]})
    with pytest.raises(TypeError, match="score_pandas"):
        list(score_many(frame))
    assert [r.reliability for r in score_many(frame["text"])] == [score_text(REPORT).reliability] * 2


@pytest.mark.parametrize("key", ["body", "Text", "content"])
def test_a_mapping_without_text_names_the_keys_it_has(key):
    with pytest.raises(InputError, match=f"document 1 has no \"text\" key \\(its keys: '{key}', 'id'\\)"):
        list(score_many([{key: REPORT, "id": "a"}]))


def test_a_pandas_table_gives_the_same_rows_as_a_csv(tmp_path):
    pd = pytest.importorskip("pandas")
    from xlplugin.frame import score_pandas

    values = ["Harbour Gazette", "NA", "unknown", None]
    table = score_pandas(pd.DataFrame({"id": ["1", "2", "3", "4"], "text": [REPORT] * 4, "outlet": values}))
    rows = _csv_rows(tmp_path, [{"id": str(i), "text": REPORT, "outlet": v or ""} for i, v in enumerate(values, 1)])
    # (inputs48) the outlet as read, as a CSV row and --json give it: a placeholder is none, said in the note;
    # a null cell stays null
    assert list(table["outlet"])[:3] == [r.outlet for r in rows[:3]] == ["Harbour Gazette", "", ""]
    assert pd.isna(table["outlet"][3])
    assert "'NA' is not an outlet (not counted)" in table["input_note"][1]
    assert list(table["reliability"]) == [next(score_many([r.as_input()])).reliability for r in rows]
    assert set(table["reliability"][1:]) == {score_text(REPORT).reliability}  # (no outlet named)


@pytest.mark.parametrize("argument", ["outlet", "author", "url", "title"])
@pytest.mark.parametrize("value", ["NA", "unknown", "-", "None", "0"])
def test_an_excel_functions_placeholder_counts_as_none_as_score_counts_it(argument, value):
    assert f.reliability([[REPORT], [REPORT]], **{argument: [[value], [value]]}) == [[f.reliability(REPORT)]] * 2
    assert f.provenance(REPORT, **{argument: value}) == f.provenance(REPORT)
    if argument in ("outlet", "title"):  # (where a number is read as text: 0 is what a formula shows for none)
        assert f.provenance(REPORT, **{argument: 0.0}) == f.provenance(REPORT)


def test_an_excel_functions_real_outlet_still_counts():
    assert f.provenance(REPORT, outlet="Harbour Gazette") > f.provenance(REPORT)
    # (loose24) a bare number in an outlet cell is a lookup code, no outlet ("'1843' is not an outlet"):
    # a magazine named by a number is written with its name ("1843 Magazine")
    assert f.provenance(REPORT, outlet=1843.0) == f.provenance(REPORT, outlet="1843") == f.provenance(REPORT)
    assert f.provenance(REPORT, outlet="1843 Magazine") > f.provenance(REPORT)


def test_a_real_date_is_still_read_in_the_api():
    assert score_text(REPORT, date=dt.date(2024, 3, 1)).date == "2024-03-01"
