"""(hunt42) A date column of Excel serial numbers saved with no date format (openpyxl or a script
writing 45352, a CSV exported so) is no date, as loose21 ruled, but its message now names the
day the serial counts and what to do; a number that is no serial says only what it said (the
guards). The texts are made up here."""

from __future__ import annotations

import json

import openpyxl
import pytest
from xlplugin.cells import given_date
from xlplugin.cli import main

STORY = ("The county council said on Monday that the bridge on Mill Road will reopen in June, its highways "
         "officer told a public meeting. The repairs cost less than planned, the council's report says.")


def test_a_sheet_of_serials_says_the_day_each_counts(tmp_path, capsys):
    book = tmp_path / "book.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["title", "date", "text"])
    wb.active.append(["Bridge", 45352, STORY])
    wb.save(book)
    assert main(["score", str(book), "--json"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["date"] == "" and row["reliability"] is not None
    assert "column date: '45352' is not a date" in row["input_note"]
    assert "as an Excel date serial it would be 2024-03-01: format the column as dates in Excel" in row["input_note"]


def test_a_csv_of_serials_says_the_day_too(tmp_path, capsys):
    table = tmp_path / "table.csv"
    table.write_text(f'title,published,text\nBridge,45353,"{STORY}"\n', encoding="utf-8")
    assert main(["score", str(table), "--json"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "as an Excel date serial it would be 2024-03-02" in row["input_note"]


@pytest.mark.parametrize("value", [7, "1234567", 0, "banana"])
def test_guard_a_number_that_is_no_serial_names_no_day(value):
    date, why = given_date(value)
    assert date == "" and why is not None and "serial" not in why


@pytest.mark.parametrize("value, shown", [(2024, "2024"), (20240305, "2024-03-05")])
def test_guard_a_year_or_a_day_number_stays_a_date(value, shown):
    assert given_date(value) == (shown, None)
