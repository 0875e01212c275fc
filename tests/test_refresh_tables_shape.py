"""Several tables in one folder whose columns are named differently ("text" here, "body" there;
"title" and "headline"; "id" and "doc_id"): the workbook shows each part of a row under the one
column a refresh reads it from, so that a refresh of an unchanged workbook changes nothing and
an edited cell is scored from the row's own text (`xlplugin.workbook.table_shape`)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.errors import WorkbookError
from xlplugin.inputs import read_paths
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.workbook.table_shape import one_shape

FERRY = ("The ferry operator said on Thursday that the late crossing would stop in May, according to a "
         "statement. Union officials told reporters they would ask for talks about the timetable.")
MARKET = ("Harbour traders said takings rose by a tenth in April, the chamber of commerce reported. "
          "The council said the market would stay open on Sundays through the summer months.")
BRIDGE = ("The county engineer said the old bridge would close for six weeks from June while its deck "
          "is replaced, the highways office confirmed in a letter to residents on Friday.")
EDITED = "Everyone knows this disgraceful bridge plan is a total scam and an outrageous waste!"


def _folder(tmp_path: Path, *, page: bool = False) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_text(f'id,title,text\nr1,Ferry,"{FERRY}"\nr2,Market,"{MARKET}"\n', encoding="utf-8")
    (folder / "b.csv").write_text(f'doc_id,headline,body\nk1,Bridge,"{BRIDGE}"\n', encoding="utf-8")
    if page:
        (folder / "notes.txt").write_text(MARKET, encoding="utf-8")
    return folder


def _rows(book: Path) -> list[dict]:
    rows = list(openpyxl.load_workbook(book)[layout.DOCUMENTS].iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def _scored(tmp_path: Path, page: bool = False) -> Path:
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_folder(tmp_path, page=page)), "-o", str(book), "-q"]) == 0
    return book


@pytest.mark.parametrize("page", [False, True])
def test_an_unchanged_workbook_of_two_differently_named_tables_refreshes_to_itself(tmp_path, page):
    book = _scored(tmp_path, page)
    before = _rows(book)
    bridge = next(row for row in before if row["id"] == "b.csv:k1")
    assert bridge["text"] == BRIDGE and bridge["title"] == "Bridge"  # (under the columns a refresh reads)
    assert "body" not in bridge and "headline" not in bridge and "doc_id" not in bridge
    assert bridge[layout.SCORE_HEADERS[-1]].startswith("scored") and bridge[layout.SCORE_HEADERS[0]] is not None
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, len(before), 0)
    assert _rows(book) == before


def test_an_edited_text_of_the_second_table_is_scored_from_its_own_cell(tmp_path):
    book = _scored(tmp_path)
    before = {row["id"]: row for row in _rows(book)}
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    names = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "b.csv:k1")
    ws.cell(row, names.index("text") + 1).value = EDITED
    wb.save(book)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.failed) == (1, 0)
    after = {row["id"]: row for row in _rows(book)}
    assert after["b.csv:k1"]["Text hash"] != before["b.csv:k1"]["Text hash"]
    assert after["b.csv:k1"][layout.SIGNAL_HEADER["sentiment"]] < 0  # (the edited words were read)
    assert after["b.csv:k1"]["title"] == "Bridge"
    assert {k: v for k, v in after.items() if k != "b.csv:k1"} == {k: v for k, v in before.items() if k != "b.csv:k1"}


def test_a_row_whose_cell_under_the_shared_name_holds_something_else_is_refused(tmp_path):
    """Beside files of their own (named in "file"), a table's path column goes under "file": a
    table that also has a "file" column of other words cannot be shown so, and is refused."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.txt").write_text(MARKET, encoding="utf-8")
    (folder / "story.txt").write_text(FERRY, encoding="utf-8")
    (folder / "list.csv").write_text("id,path,file\nr1,story.txt,the ferry folder\n", encoding="utf-8")
    items = list(read_paths([str(folder)]))
    with pytest.raises(WorkbookError, match=r"list.csv line 2: its path is in column 'path'.*'file'"):
        one_shape(items)


def test_a_tables_path_column_beside_files_of_their_own_refreshes_to_itself(tmp_path):
    """Files of their own are named in "file"; a table beside them names its rows' files in
    "path": both under "file" in the workbook, the one path column a refresh reads."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "market.txt").write_text(MARKET, encoding="utf-8")
    (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (folder / "paths.csv").write_text(f'id,text,path\np1,,ferry.txt\np2,"{BRIDGE}",\n', encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    before = _rows(book)
    assert {row["id"]: row["file"] for row in before}["paths.csv:p1"] == "in/ferry.txt"
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, len(before), 0)
    assert _rows(book) == before


def test_a_text_column_given_by_name_stays_where_it_is_beside_a_column_of_a_usual_name(tmp_path):
    """--text-column names one column for every table: the workbook records it, so a table's
    other column of a usual text name ("body": a summary here) is left as it is."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_text(f'id,story,body\nr1,"{FERRY}",a short summary\n', encoding="utf-8")
    (folder / "b.csv").write_text(f'id,story\nk1,"{BRIDGE}"\n', encoding="utf-8")
    items = list(read_paths([str(folder)], text_column="story"))
    assert one_shape(items) == items
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "--text-column", "story", "-o", str(book), "-q"]) == 0
    assert [row["body"] for row in _rows(book)] == ["a short summary", None]
    assert refresh_workbook(book).unchanged == 2


def test_a_row_of_the_second_table_that_holds_no_text_says_so_alike_in_score_and_refresh(tmp_path):
    book = _scored(tmp_path)
    folder = tmp_path / "in"
    (folder / "b.csv").write_text(f'doc_id,headline,body\nk1,Bridge,"{BRIDGE}"\nk2,Count,12345\n', encoding="utf-8")
    main(["score", str(folder), "-o", str(book), "-q", "--force"])  # (2: a row could not be read)
    status = {row["id"]: row[layout.SCORE_HEADERS[-1]] for row in _rows(book)}
    assert status["b.csv:k2"] == "not scored: column text: not text: a number"  # (the column the workbook shows)
    before = _rows(book)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged) == (0, 3) and _rows(book) == before
