"""(hunt41) A text cell holding a file's address as a browser or a file manager copies it
("file:///home/me/news/ferry.txt", "file:///C:/My Documents/ferry.txt"). A path column reads such an
address as the file (hunt23a); a text cell read its letters as the document: "no index: 5 words",
or "not scored: language ...", which sent the user looking at the text. It is a file name in a
text cell now, as "C:\\Users\\me\\ferry.txt" is: "looks like a file name, not a text: put it in a
column named path or file", in the Excel functions, a CSV's row and a refresh. Prose that names
the scheme is still prose."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.excel import functions
from xlplugin.inputs import FILE_NAME_IN_TEXT, looks_like_file_name
from xlplugin.workbook import layout

ARTICLE = ("The ferry company said on Monday that the morning crossing would be cut from four sailings to "
           "three from June, after a review of passenger numbers, and the harbour master said the berth "
           "would be repaired over the summer while the quieter timetable ran.")


@pytest.mark.parametrize("value", [
    "file:///home/me/news/ferry.txt",
    "file:///C:/Users/me/Documents/ferry.txt",
    "FILE:///C:/My Documents/ferry report.txt",
    "  file:/home/me/news/ferry.txt  ",
])
def test_a_file_address_is_a_file_name(value):
    assert looks_like_file_name(value)
    assert functions.reliability(value) == FILE_NAME_IN_TEXT


@pytest.mark.parametrize("value", [
    "The file:/ scheme opens local files in a browser, and people paste such links into sheets by mistake.",
    "https://news.example.org/2026/03/ferry.txt",
    "file:///home/me/a.txt\nand a second line of the reporter's own notes about it",
])
def test_prose_and_web_addresses_are_no_file_name(value):
    """Guards: the rule reaches no prose, and a web address stays a web address."""
    assert not looks_like_file_name(value)


def test_a_csv_row_says_so(tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text(f'id,text\n1,"{ARTICLE}"\n2,file:///home/me/news/ferry.txt\n', encoding="utf-8")
    assert main(["score", str(path), "-o", str(tmp_path / "out.xlsx")]) == 2
    assert FILE_NAME_IN_TEXT in capsys.readouterr().err


def test_a_refresh_says_so(tmp_path, capsys):
    """A table's text cell edited to a file's address: refused by the refresh as `score` refuses it."""
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    src = tmp_path / "list.csv"
    src.write_text(f'id,text\n1,"{ARTICLE}"\n2,"{ARTICLE} The timetable is online."\n', encoding="utf-8")
    assert main(["score", str(src), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("text") + 1).value = (tmp_path / "ferry.txt").as_uri()
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 2
    assert f"row 3, column text: {FILE_NAME_IN_TEXT}" in capsys.readouterr().err
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    assert ws.cell(3, header.index(layout.SCORE_HEADERS[0]) + 1).value is None  # (no index for the address's letters)
