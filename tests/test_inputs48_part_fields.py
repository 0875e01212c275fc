"""(inputs48) A Dask/Parquet part says a row as a CSV file's part and `--json` say it:

- a column standing for a document field ("title", "Outlet") holds the value as read: "#N/A", "NA" or
  TRUE counted as none is "" (the note says so), as a CSV part's and --json's field is; a Parquet part
  kept "#N/A" as the title;
- a Parquet column of TRUE/FALSE as the text column: each such row not scored, said, the rest read (the
  whole table was refused);
- a column whose header cell is blank is "column C" (its place), its values kept (a CSV part had a
  column named "").

Every text here is written for this project.
"""

from __future__ import annotations

import csv

import pytest

pa = pytest.importorskip("pyarrow")

from xlplugin.frame import score_items, score_table  # noqa: E402 - after the importorskip of pyarrow
from xlplugin.inputs import read_paths  # noqa: E402

TEXT = (
    "The ferry company said on Thursday that the late crossing to the island will run again from May. "
    "It had been cut in the winter after the engine of the older boat failed during a storm in January. "
    "Islanders who work in the town had asked for the crossing back, and the council backed them in March. "
    "Tickets will cost the same as before, and the boat will leave the harbour at ten minutes past nine. "
    "The company will review the timetable again in the autumn, when it publishes its figures for the year."
)


def _csv_part(tmp_path, header: list[str], rows: list[list[str]]):
    """The table a CSV file's Dask part holds for these rows (`dask._score_found`: read, then `score_items`)."""
    path = tmp_path / "rows.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return score_items(list(read_paths([str(path)])))


PLACEHOLDER_ROWS = [["1", TEXT, "#N/A", "#N/A", "NA", "TRUE"],
                    ["2", TEXT, "Late ferry returns", "Island Post", "Ada Quill", "https://islandpost.example/ferry"],
                    ["3", TEXT, "unknown", "https://islandpost.example/late", "-", ""]]
HEADER = ["id", "text", "title", "outlet", "author", "url"]


def test_a_parquet_parts_fields_are_the_csv_parts(tmp_path):
    table = score_table(pa.Table.from_pylist([dict(zip(HEADER, row)) for row in PLACEHOLDER_ROWS]))
    part = _csv_part(tmp_path, HEADER, PLACEHOLDER_ROWS)
    for field in ("title", "outlet", "author", "url"):
        assert table.column(field).to_pylist() == part.column(field).to_pylist(), field
    assert table.column("title").to_pylist() == ["", "Late ferry returns", ""]
    # an outlet that is a web address: the row's url, no outlet, as the CSV part has it
    assert table.column("outlet").to_pylist()[2] == "" and table.column("url").to_pylist()[2] == "https://islandpost.example/late"
    note = table.column("input_note").to_pylist()[0]
    assert "'#N/A' is a spreadsheet error value" in note and "'NA' is not an author (not counted)" in note
    assert table.column("reliability").to_pylist() == part.column("reliability").to_pylist()


def test_a_column_of_another_name_is_kept_as_given():
    # guard: "Headline" is the user's own column (the title was read from it): kept as typed; the
    # title field beside it says what was read
    table = score_table(pa.table({"id": ["1"], "text": [TEXT], "Headline": ["#N/A"]}))
    assert table.column("Headline").to_pylist() == ["#N/A"]
    assert table.column("title").to_pylist() == [""]


def test_a_null_stays_null_and_a_number_column_names_no_outlet():
    table = score_table(pa.table({"id": ["1", "2"], "text": [TEXT, TEXT], "title": [None, "Late ferry returns"],
                                  "outlet": pa.array([12345, None], pa.int64())}))
    assert table.column("title").to_pylist() == [None, "Late ferry returns"]
    assert table.column("outlet").to_pylist() == [None, None]  # (12345 is no outlet: not counted, said)
    assert "'12345' is not an outlet" in table.column("input_note").to_pylist()[0]
    # guard: a real typed value is kept in its own type
    kept = score_table(pa.table({"id": ["1"], "text": [TEXT], "date": pa.array([20250304], pa.int64())}))
    assert kept.column("date").to_pylist() == [20250304]


def test_a_bool_text_column_is_read_row_by_row():
    table = score_table(pa.table({"id": ["1", "2", "3"], "text": pa.array([True, None, False], pa.bool_())}))
    status = table.column("status").to_pylist()
    assert status[0] == status[2] == "not scored: column text: not text: a TRUE/FALSE value"
    assert status[1] == "not scored: empty"
    assert table.column("input_error").to_pylist()[0] == "column text: not text: a TRUE/FALSE value"
    assert table.column("reliability").to_pylist() == [None, None, None]


def test_a_bool_cell_says_what_a_csv_true_cell_says(tmp_path):
    # the same cell as text in a CSV file ("TRUE") is not scored either, in words of its own kind
    part = _csv_part(tmp_path, ["id", "text"], [["1", "TRUE"], ["2", TEXT]])
    assert "TRUE/FALSE value" in part.column("status").to_pylist()[0]
    assert part.column("reliability").to_pylist()[1] is not None


def test_a_string_text_column_beside_a_bool_column_is_scored():
    # guard: a bool column that is not the text is the user's own, kept
    table = score_table(pa.table({"id": ["1"], "text": [TEXT], "checked": [True]}))
    assert table.column("reliability").to_pylist()[0] is not None
    assert table.column("checked").to_pylist() == [True]


def test_a_blank_header_is_named_by_its_place(tmp_path):
    part = _csv_part(tmp_path, ["id", "text", "", "outlet", " "],
                     [["1", TEXT, "memo one", "Island Post", "x"], ["2", TEXT, "memo two", "Island Post", "y"]])
    assert "" not in part.column_names
    assert part.column("column C").to_pylist() == ["memo one", "memo two"]
    assert part.column("column E").to_pylist() == ["x", "y"]
    table = score_table(pa.table({"id": ["1"], "text": [TEXT], "": ["memo one"]}))
    assert "" not in table.column_names and table.column("column C").to_pylist() == ["memo one"]


def test_named_headers_keep_their_names(tmp_path):
    # guard: a header that names its column, "(2)" among them where no header is blank, is kept
    part = _csv_part(tmp_path, ["id", "text", "(2)", "memo"], [["1", TEXT, "a", "b"]])
    assert part.column("(2)").to_pylist() == ["a"] and part.column("memo").to_pylist() == ["b"]


def test_two_columns_of_one_name_are_numbered_as_a_csv_files_are(tmp_path):
    # an Arrow table may hold two columns of one name: it ended in a KeyError; now the first is read,
    # as a CSV file's first "title" is, and the second kept as "title (2)"
    table = score_table(pa.Table.from_arrays([pa.array(["1"]), pa.array([TEXT]), pa.array(["Late ferry returns"]),
                                              pa.array(["Ferry back"])], names=["id", "text", "title", "title"]))
    part = _csv_part(tmp_path, ["id", "text", "title", "title"], [["1", TEXT, "Late ferry returns", "Ferry back"]])
    assert table.column("title").to_pylist() == part.column("title").to_pylist() == ["Late ferry returns"]
    assert table.column("title (2)").to_pylist() == ["Ferry back"]


@pytest.mark.parametrize("names", [["id", "text", ""], ["id", "text", "title", "title"], ["", "text", " "]])
def test_the_schema_said_ahead_is_the_tables(names):
    # (`output_schema`: what a Dask run declares its parts' columns to be before any is scored)
    from xlplugin.frame import output_schema

    columns = [pa.array([TEXT]) if name == "text" else pa.array(["x"]) for name in names]
    table = pa.Table.from_arrays(columns, names=names)
    assert score_table(table).schema == output_schema(table.schema, "text")


def _byline(table) -> list[str]:
    return [item["detail"] for item in table.column("evidence").to_pylist()[0] if item["kind"] == "byline"]


def test_a_list_of_authors_reads_as_a_json_files_list(tmp_path):
    # a Parquet column of lists: the byline was "['Ada Quill', 'Bo Lind']", Python's way of writing a list,
    # where the same record as JSON Lines gives the names joined
    import json

    record = {"id": "1", "text": TEXT, "author": ["Ada Quill", "Bo Lind"]}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    from_json = score_items(list(read_paths([str(path)])))
    from_table = score_table(pa.Table.from_pylist([record]))
    assert _byline(from_table) == _byline(from_json)
    assert "Ada Quill; Bo Lind" in _byline(from_table)[0]
    named = score_table(pa.Table.from_pylist([{"id": "1", "text": TEXT, "author": [{"name": "Ada Quill"}]}]))
    assert _byline(named)[0].endswith("author given: Ada Quill")


def test_a_text_author_column_is_read_as_before():
    # guard: a column of text names is read as given
    assert _byline(score_table(pa.table({"id": ["1"], "text": [TEXT], "author": ["Ada Quill"]})))[0].endswith(
        "author given: Ada Quill")
