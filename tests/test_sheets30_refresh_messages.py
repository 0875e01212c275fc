"""(sheets30) What `score` and `refresh` say must be what happened.

- An id renamed (documented as fine), or a row with no id moved by a sort (its place names it):
  its Evidence rows are filed under the new id, not "written again ... rather than delete them".
- A row whose text was cut to fit its cell keeps its scores: not counted "not scored".
- A table whose every row is refused writes nothing: no row is said to be "kept".
- The folded stamp columns deleted: all four named, and no "restore the header" (their data went
  with them).
"""

from __future__ import annotations

import csv
import re

import openpyxl
import pytest

from workbook_helpers import refresh_counts
from xlplugin.cli import main

TEXTS = {
    "m1": "The town's food bank handed out 1,200 parcels in December, up from 900 a year earlier, its "
          "coordinator said. \"Demand keeps rising,\" said Priya Dunmore, who runs the service. Volunteers "
          "work four days a week.",
    "m2": "This shameful council has betrayed every family on the estate again, and everyone knows the "
          "so-called consultation was a sham. Critics say the whole thing was rigged from the start.",
    "m3": "The ferry timetable changes on Monday, the operator announced. Sailings at 7am and 6pm move "
          "fifteen minutes earlier; fares stay the same. The company said the change follows a survey of riders.",
    "m4": "Rain is expected across the region over the weekend, forecasters said, with up to 30mm in the "
          "hills. Flood warnings are not expected, according to the Met Office.",
}


def _book(tmp_path, ids=None, name="book.xlsx", texts=TEXTS):
    table = tmp_path / (name + ".csv")
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        for given, text in zip(ids or list(texts), texts.values()):
            writer.writerow([given, text])
    book = tmp_path / name
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def _evidence_ids(book):
    ws = openpyxl.load_workbook(book)["Evidence"]
    return [row[0] for row in ws.iter_rows(min_row=2, values_only=True) if row[0] not in (None, "")]


def _refresh(book, capsys):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    return capsys.readouterr().err


@pytest.mark.parametrize("renamed", [{"m2": "m2-final"}, {"m1": "first story", "m4": "weather"}])
def test_a_renamed_id_files_its_evidence_under_the_new_id(tmp_path, capsys, renamed):
    book = _book(tmp_path)
    before = _evidence_ids(book)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 1).value in renamed:
            ws.cell(row, 1).value = renamed[ws.cell(row, 1).value]
    wb.save(book)
    err = _refresh(book, capsys)
    assert "rather than delete" not in err and "missing Evidence rows" not in err
    counts = refresh_counts(err)
    assert counts["evidence_refiled"] == len(renamed) and counts["evidence_restored"] == 0
    assert counts["unchanged"] == len(TEXTS)
    for old, new in renamed.items():
        assert re.search(rf"\d+ for {re.escape(new)}, before {old}\b", err)
    after = _evidence_ids(book)
    assert not set(renamed) & set(after)
    assert sorted(after) == sorted(renamed.get(i, i) for i in before)
    assert "filed under a new id" not in _refresh(book, capsys)  # a second refresh finds nothing to do


def test_a_sort_that_moves_a_row_with_no_id_says_its_rows_were_filed_again(tmp_path, capsys):
    book = _book(tmp_path, ids=["m1", "", "m3", "m4"])
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    rows = [[cell.value for cell in ws[r]] for r in range(2, 6)]
    for number, values in enumerate(reversed(rows), 2):
        for column, value in enumerate(values, 1):
            ws.cell(number, column).value = value
    wb.save(book)
    err = _refresh(book, capsys)
    assert "rather than delete" not in err and "filed under their document's new id" in err
    assert refresh_counts(err)["evidence_restored"] == 0


def test_near_miss_evidence_rows_deleted_are_still_said_to_be_written_again(tmp_path, capsys):
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Evidence"]
    doomed = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "m2"]
    assert doomed
    ws.delete_rows(doomed[0], len(doomed))
    wb.save(book)
    err = _refresh(book, capsys)
    assert "rather than delete them" in err and "filed under" not in err
    assert refresh_counts(err)["evidence_restored"] == 1


def test_a_pasted_copy_of_a_row_is_not_said_to_be_renamed(tmp_path, capsys):
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    ws.append([cell.value for cell in ws[3]])  # m2 again: its id is still a row's
    wb.save(book)
    err = _refresh(book, capsys)
    assert "new id" not in err and refresh_counts(err)["evidence_refiled"] == 0


def test_a_text_cut_to_fit_its_cell_is_not_counted_as_not_scored(tmp_path, capsys):
    sentence = "The harbour board met again on Thursday to discuss the new pontoon and its cost to boat owners. "
    texts = dict(TEXTS)
    texts["long"] = sentence * 400  # over a cell's 32,767 characters: cut in the workbook
    book = _book(tmp_path, texts=texts)
    wb = openpyxl.load_workbook(book)
    for row in wb["Settings"].iter_rows(min_row=2):
        if row[0].value == "Loaded language weight":
            row[1].value = 3  # every row is scored again, but the cut one cannot be
    wb.save(book)
    err = _refresh(book, capsys)
    counts = refresh_counts(err)
    assert counts["cut_texts"] == 1 and counts["failed"] == 0
    assert "not scored" not in err.splitlines()[0]
    assert "with a text cut to fit its cell (earlier scores kept)" in err


def _table(tmp_path, rows):
    path = tmp_path / "links.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows(rows)
    return path


def test_a_table_of_web_addresses_writes_nothing_and_says_no_row_is_kept(tmp_path, capsys):
    rows = [(str(n), f"https://news.example/{slug}") for n, slug in enumerate(("ferry", "library", "pool"), 1)]
    out = tmp_path / "out.xlsx"
    with pytest.raises(SystemExit):
        code = main(["score", str(_table(tmp_path, rows)), "-o", str(out)])
        raise SystemExit(code)
    err = capsys.readouterr().err
    assert err.count("not scored: id") == 3 and "is kept" not in err
    assert "nothing was written" in err and not out.exists()


def test_near_miss_a_web_address_beside_a_text_is_kept_with_its_status(tmp_path, capsys):
    rows = [("1", "https://news.example/ferry"), ("2", TEXTS["m3"])]
    out = tmp_path / "out.xlsx"
    main(["score", str(_table(tmp_path, rows)), "-o", str(out)])
    err = capsys.readouterr().err
    assert "the row is kept with no scores and its Status says why" in err and out.exists()


def _refusal(book, capsys):
    before = book.read_bytes()
    try:
        code = main(["refresh", str(book)])
    except Exception as exc:  # noqa: BLE001 - the refusal, however it is raised
        message = str(exc)
    else:
        assert code != 0
        message = ""
    assert book.read_bytes() == before
    return message + capsys.readouterr().err


def test_deleted_stamp_columns_are_all_named_and_not_said_to_be_restorable_by_a_header(tmp_path, capsys):
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    headers = [cell.value for cell in ws[1]]
    first = headers.index("Scored with (xlplugin version)") + 1
    ws.delete_cols(first, 4)
    wb.save(book)
    message = _refusal(book, capsys)
    for name in ("Scored with (xlplugin version)", "Settings hash", "Text hash", "Evidence rows (for the refresh)"):
        assert repr(name) in message
    assert "restore the header" not in message and "undo the deletion" in message


def test_near_miss_a_renamed_score_header_can_be_typed_back(tmp_path, capsys):
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for cell in ws[1]:
        if cell.value == "Status":
            cell.value = "Notes on status"
    wb.save(book)
    message = _refusal(book, capsys)
    assert "'Status'" in message and "type the header back in row 1" in message
    assert "folded column" not in message
