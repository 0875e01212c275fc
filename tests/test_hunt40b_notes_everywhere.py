"""(hunt40b) A note line between a table's documents ("Note: rows below are from the archive" alone in
its first column, nothing else in the row: the hunt39a rule) was left out of a CSV file and a sheet,
but scored as a document in a JSON file (a sheet saved as records: "not scored: empty", counted among
the documents read) and in a Parquet table. The rows that are no document are found in one place
(`inputs.not_documents`) for a CSV file, a JSON file and a Parquet table; a JSON file's row is left
out and said as a CSV file's is; a Parquet row keeps its place (one row out for each row in) but is
not scored, its note says why, and `--engine dask` says it as it says a CSV file's row left out."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main

ARTICLE = ("The ferry company said on Monday that the morning crossing would be cut from four sailings to "
           "three from June, after a review of passenger numbers, and the harbour master said the berth "
           "would be repaired over the summer while the quieter timetable ran.")
NOTE = "Note: rows below are from the archive"
RECORDS = [{"id": "f1", "title": "Ferry", "text": ARTICLE},
           {"id": NOTE, "title": None, "text": None},
           {"id": "f2", "title": "Ferry again", "text": ARTICLE + " The berth reopens in September."}]


def _said(capsys, *args) -> tuple[int, str, list[str]]:
    status = main(["score", *args, "--json"])
    out = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in out.out.splitlines() if line.startswith("{")]
    return status, out.err, ids


@pytest.mark.parametrize("name", ["list.json", "list.jsonl"])
def test_a_note_between_a_json_files_documents_is_left_out_and_said(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_text(json.dumps(RECORDS) if name.endswith(".json") else "\n".join(map(json.dumps, RECORDS)) + "\n",
                    encoding="utf-8")
    status, err, ids = _said(capsys, str(path))
    assert ids == ["f1", "f2"], ids
    assert "1 row not read, a note between the documents" in err and f"{path} {'item' if name.endswith('.json') else 'line'} 2" in err, err
    assert "2 documents read, 2 scored, 0 not scored" in err, err
    assert status == 0


def test_the_same_rows_as_a_csv_file_of_the_same_table(tmp_path, capsys):
    csv = tmp_path / "list.csv"
    csv.write_text(f'id,title,text\nf1,Ferry,"{ARTICLE}"\n{NOTE},,\nf2,Ferry again,"{RECORDS[2]["text"]}"\n', encoding="utf-8")
    js = tmp_path / "list.json"
    js.write_text(json.dumps(RECORDS), encoding="utf-8")
    assert _said(capsys, str(csv))[2] == _said(capsys, str(js))[2] == ["f1", "f2"]


def test_a_short_text_opening_note_in_a_json_table_of_texts_alone_stays_a_document(tmp_path, capsys):
    path = tmp_path / "texts.json"  # (hunt39a: in a table of texts alone, a short text opening "Note:" is a document)
    path.write_text(json.dumps([{"text": ARTICLE}, {"text": "Note: the ferry runs late today."}, {"text": ARTICLE}]),
                    encoding="utf-8")
    assert len(_said(capsys, str(path))[2]) == 3


def test_a_parquet_row_that_is_a_note_is_not_scored_and_says_why():
    pa = pytest.importorskip("pyarrow")
    from xlplugin.frame import score_table

    table = pa.table({key: [r[key] for r in RECORDS] for key in ("id", "title", "text")})
    rows = score_table(table).to_pylist()
    assert len(rows) == 3  # (one row out for each row in)
    assert rows[1]["reliability"] is None and rows[1]["language"] is None
    assert rows[1]["note"].startswith("not read: a note between the documents"), rows[1]["note"]
    assert rows[0]["reliability"] is not None and rows[2]["reliability"] is not None


def test_dask_says_a_parquet_note_as_a_csv_files_and_counts_it_as_no_document(tmp_path, capsys):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pytest.importorskip("xlplugin.dask")
    path = tmp_path / "list.parquet"
    pq.write_table(pa.table({key: [r[key] for r in RECORDS] for key in ("id", "title", "text")}), path)
    assert main(["score", str(path), "--engine", "dask", "-o", str(tmp_path / "parts")]) == 0
    err = capsys.readouterr().err
    assert "2 documents read, 2 scored, 0 not scored" in err, err
    assert "1 row not read, a note between the documents" in err and "part.00000.parquet row 2" in err, err


def test_not_documents_finds_each_kind_in_order():
    from xlplugin.inputs import HEADER_REPEAT_REASON, MIDDLE_NOTE_REASON, NOTE_ROW_REASON, not_documents

    headers = ["id", "title", "text"]
    rows = [["f1", "Ferry", ARTICLE], [NOTE, None, None], ["id", "title", "text"], ["f2", "Again", ARTICLE],
            ["Source: compiled by the desk, March 2026", None, None]]
    assert not_documents(rows, headers) == [(2, HEADER_REPEAT_REASON), (4, NOTE_ROW_REASON), (1, MIDDLE_NOTE_REASON)]


def test_a_json_file_with_no_id_keeps_each_records_place_as_its_id(tmp_path, capsys):
    # (hunt40a's rule for a CSV file: the rows under a note left out keep their place as their id)
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"title": "Ferry", "text": ARTICLE}, {"title": NOTE, "text": None},
                                {"title": "Again", "text": RECORDS[2]["text"]}]), encoding="utf-8")
    assert _said(capsys, str(path))[2] == ["1", "3"]
