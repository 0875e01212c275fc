"""book44: the scored workbook as a reader who is no programmer reads it."""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main
from xlplugin.inputs import Record, records_from_rows

PROSE = ("The harbour board met on Tuesday to discuss the new ferry timetable. Ann Lee, the board's chair, "
         "said the later sailings would start in May. Residents asked for an earlier boat on Sundays. ") * 3


def _status(book, row: int) -> str:
    ws = openpyxl.load_workbook(book)["Documents"]
    headers = [c.value for c in ws[1]]
    return str(ws.cell(row=row, column=headers.index("Status") + 1).value)


def test_a_row_with_no_text_and_no_file_says_to_name_its_file(tmp_path):
    rows = [["1", "Ferry times", "", "a.txt"], ["2", "A row added later", "", ""]]
    read = list(records_from_rows(["id", "title", "text", "file"], rows, "t.csv", None, tmp_path))
    added = read[1]
    assert isinstance(added, Record) and added.text == ""
    assert "write the name of the file that holds its text in column 'file'" in added.note
    assert "column 'text'" in added.note


def test_a_table_of_files_alone_says_only_the_file_column(tmp_path):
    read = list(records_from_rows(["id", "path"], [["1", ""]], "t.csv", None, tmp_path))
    assert "in column 'path'" in read[0].note and "paste" not in read[0].note


def test_a_row_added_to_a_book_of_files_says_to_write_its_file_name(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Ferry timetable changes\n\n" + PROSE, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    headers = [c.value for c in ws[1]]
    ws.cell(row=3, column=headers.index("id") + 1, value="new")
    ws.cell(row=3, column=headers.index("title") + 1, value="An article to add")
    wb.save(book)
    main(["refresh", str(book)])
    status = _status(book, 3)
    assert status.startswith("not scored")
    assert "write the name of the file that holds its text in column 'file'" in status


def test_a_row_with_a_text_names_no_file_column_guard(tmp_path):
    """Guard: a row with its text is read as it is, with no note about a file."""
    read = list(records_from_rows(["id", "text", "file"], [["1", PROSE, ""]], "t.csv", None, tmp_path))
    assert read[0].text.strip() and "file that holds" not in (read[0].note or "")
