"""(hunt40b) A date column of Unix times (seconds since 1970-01-01 UTC, 1700000000, or milliseconds,
1700000000000), as databases, APIs and scrapers export them, was "not a date (not counted)": every
row scored with no publication date. They are read (UTC) where the whole column is such times,
all in seconds or all in milliseconds, from 1995 to 2035, and the row's note says how; a plain
number (a year, 20240305, an Excel serial, a lone time among other values) is never read so."""

from __future__ import annotations

import json

import openpyxl
import pytest

from xlplugin.cli import main

ARTICLE = ("The ferry company said on Monday that the morning crossing would be cut from four sailings to "
           "three from June, after a review of passenger numbers, and the harbour master said the berth "
           "would be repaired over the summer while the quieter timetable ran.")
# 1700000000 s is 2023-11-14 22:13:20 UTC; 1700086400 a day later (worked out by hand: 19,675 days
# and 80,000 seconds after 1970-01-01)
FIRST, SECOND = "2023-11-14 22:13:20 UTC", "2023-11-15 22:13:20 UTC"


def _records(capsys, *args) -> list[dict]:
    main(["score", *args, "--json"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("first, second", [("1700000000", "1700086400"), ("1700000000000", "1700086400000"),
                                           ("1700000000.25", "1700086400")])
def test_a_csv_column_of_unix_times_is_read_as_dates(tmp_path, capsys, first, second):
    path = tmp_path / "list.csv"
    path.write_text(f'id,date,text\n1,{first},"{ARTICLE}"\n2,{second},"{ARTICLE} Again."\n3,,"{ARTICLE} Once more."\n',
                    encoding="utf-8")
    records = _records(capsys, str(path))
    assert [r["date"] for r in records] == [FIRST, SECOND, ""]
    assert "read as Unix time" in records[0]["input_note"] and FIRST in records[0]["input_note"]
    assert ("milliseconds" if first.isdigit() and len(first) == 13 else "seconds") in records[0]["input_note"]
    assert "not a date" not in (records[0]["input_note"] or "")


def test_workbook_number_cells_and_json_numbers_are_read_so(tmp_path, capsys):
    book = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "published", "text"])
    ws.append(["a", 1700000000, ARTICLE])
    ws.append(["b", 1700086400, ARTICLE + " Again."])
    wb.save(book)
    assert [r["date"] for r in _records(capsys, str(book))] == [FIRST, SECOND]
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"date": 1700000000000, "text": ARTICLE}, {"date": "1700086400000", "text": ARTICLE + " x."}]),
                    encoding="utf-8")
    assert [r["date"] for r in _records(capsys, str(path))] == [FIRST, SECOND]


def test_the_date_counts_for_provenance_as_a_written_date_does(tmp_path, capsys):
    unix, written = tmp_path / "unix.csv", tmp_path / "written.csv"
    unix.write_text(f'id,date,text\n1,1700000000,"{ARTICLE}"\n', encoding="utf-8")
    written.write_text(f'id,date,text\n1,2023-11-14 22:13:20 UTC,"{ARTICLE}"\n', encoding="utf-8")
    a, b = _records(capsys, str(unix))[0], _records(capsys, str(written))[0]
    assert a["signals"]["provenance"]["value"] == b["signals"]["provenance"]["value"]
    assert a["reliability"] == b["reliability"]


@pytest.mark.parametrize("column", [
    ["1700000000", "2024"],  # a year among them: no column of Unix times
    ["1700000000", "1700000000000"],  # seconds and milliseconds mixed
    ["1700000000", "banana"],
    ["4102444800"],  # 2100-01-01: out of the range
    ["20240305"], ["45352"], ["123456789"],
])
def test_other_columns_are_read_as_before(column):
    from xlplugin.cells import epoch_scale

    assert epoch_scale(column) is None


def test_scale_and_reading():
    from xlplugin.cells import epoch_date, epoch_scale

    assert epoch_scale([1700000000, "1700086400", None, "", "n/a", float("nan")]) == 1
    assert epoch_scale([1700000000000.0]) == 1000
    assert epoch_date(1700000000, 1) == (FIRST, "1700000000 read as Unix time (seconds since 1970-01-01 UTC): " + FIRST)
    assert epoch_date("2024-01-31", 1) == ("2024-01-31", "")


def test_parquet_column_of_unix_times_is_read_so():
    pa = pytest.importorskip("pyarrow")
    from xlplugin.frame import score_table

    table = pa.table({"id": ["1", "2"], "date": pa.array([1700000000, 1700086400], pa.int64()),
                      "text": [ARTICLE, ARTICLE + " Again."]})
    rows = score_table(table).to_pylist()
    assert all("read as Unix time" in row["input_note"] for row in rows), [row["input_note"] for row in rows]
    # the date counts: provenance as the same row with its date written out, above the row with none
    written = score_table(table.set_column(1, "date", pa.array([FIRST, SECOND]))).to_pylist()
    assert [row["provenance"] for row in rows] == [row["provenance"] for row in written]
    assert rows[0]["provenance"] > score_table(table.drop(["date"])).to_pylist()[0]["provenance"]
