"""(hunt43) A row of column descriptions right under the header: a second header row people add
for others ("The article's full text" / "Web address" / "Date (yyyy-mm-dd)", or each column's
units). It was read as document 1: scored ("no index: 4 words"), counted among the documents and
the outlets, on a CSV file, a sheet, a refresh and the Dask engine alike. It is left out now, and
said, as a repeat of the header row is; the rows under it keep their ids (their place under the
header, as a person counts the sheet's rows)."""

from __future__ import annotations

import openpyxl
import pytest
from workbook_helpers import json_and_err, table_file, typed_dates_book

from xlplugin import inputs
from xlplugin.cli import main

# (our own short reports, written for these tests)
FERRY = ("The ferry company said on Monday that the morning crossing would be cut from four sailings to three from "
         "June, after a review of passenger numbers, and the harbour master said the berth would be repaired.")
LIBRARY = ("Council members voted on Tuesday to extend the library's opening hours on weekends, citing a survey of "
           "residents that found most wanted the branch open later, the council's spokesperson told reporters.")
BUSES = ("The regional bus operator announced a new timetable for the coastal route, adding two evening services "
         "and moving the first departure earlier by a quarter of an hour, its planning manager said on Friday.")
HEADER = ["text", "url", "date"]
DESCRIBED = ["The article's full text", "Web address", "Date (yyyy-mm-dd)"]
ROWS = [[FERRY, "https://news.example.org/ferry", "2026-03-01"],
        [LIBRARY, "https://news.example.org/library", "2026-03-02"],
        [BUSES, "https://news.example.org/buses", "2026-03-03"]]
IDS = {row[1]: str(n) for n, row in enumerate(ROWS, start=2)}  # (their rows under the header, the description row 1)


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_description_row_is_no_document_and_the_ids_stay(tmp_path, capsys, form):
    found, err = json_and_err(capsys, table_file(tmp_path, form, [HEADER, DESCRIBED, *ROWS]))
    assert {doc["url"]: doc["id"] for doc in found} == IDS, found
    assert "1 row not read, " + inputs.DESCRIPTION_ROW_REASON in err, err
    assert ("line 2" if form == "csv" else "row 2") in err


def test_a_sheet_with_typed_dates_and_a_units_row(tmp_path, capsys):
    units = ["Our number", "Full text (pasted)", "Day it went online", "count"]
    found, err = json_and_err(capsys, typed_dates_book(tmp_path / "typed.xlsx", units, ROWS))
    assert sorted(doc["id"] for doc in found) == ["1", "2", "3"]
    assert inputs.DESCRIPTION_ROW_REASON in err


def test_the_dask_engine_leaves_it_out_too(tmp_path):
    pytest.importorskip("xlplugin.dask")
    from test_dask39_parity import _dask

    source = table_file(tmp_path, "csv", [HEADER, DESCRIBED, *ROWS])
    rows, _said, not_read = _dask([str(source)], tmp_path / "out")
    assert [row["input_id"] for row in rows] == ["2", "3", "4"]
    assert any(inputs.DESCRIPTION_ROW_REASON in str(line) for line in not_read), not_read


def test_a_refresh_leaves_out_one_typed_under_the_header(tmp_path, capsys):
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table_file(tmp_path, "csv", [HEADER, *ROWS])), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    headers = [c.value for c in ws[1]]
    ws.insert_rows(2)
    for name, words in zip(["id", *HEADER], ["Row number", *DESCRIBED]):
        ws.cell(2, headers.index(name) + 1).value = words
    wb.save(book)
    capsys.readouterr()
    main(["refresh", str(book)])
    err = capsys.readouterr().err
    assert "3 rows unchanged" in err and "new" not in err.split("\n")[0], err
    assert inputs.DESCRIPTION_ROW_REASON in err and "Documents row 2" in err


@pytest.mark.parametrize("first", [
    [FERRY, "https://news.example.org/first", "2026-02-27"],   # a document: its address and its date
    ["Ferry crossings cut", "https://news.example.org/short", "2026-02-28"],  # a short one, still a document
    ["Ferry crossings cut", "", "2026-02-28"],
    ["Ferry crossings cut", "news.example.org/short", ""],
])
def test_a_first_row_with_values_of_its_columns_is_a_document(tmp_path, capsys, first):
    """Guards: a first row whose url or date cell holds a web address or a date is a document."""
    found, err = json_and_err(capsys, table_file(tmp_path, "csv", [HEADER, first, *ROWS]))
    assert len(found) == 4 and "row not read" not in err


def test_a_table_of_words_alone_keeps_its_first_row(tmp_path, capsys):
    """Guard: with no column of addresses, dates or numbers to tell it by, a short first row is a document."""
    rows = [["title", "text", "outlet"], ["Ferry cut", "Ferry crossings cut from June", "Harbour Post"],
            ["Library", LIBRARY, "Town News"], ["Buses", BUSES, "Coast Daily"]]
    found, err = json_and_err(capsys, table_file(tmp_path, "csv", rows))
    assert len(found) == 3 and "row not read" not in err
