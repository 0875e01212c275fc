"""(hunt57) A refresh that would read the texts from another column than the one scored (the
headers renamed: the title column to "text", the text column to "body") refuses, naming both, and
writes nothing; --text-column names the column to read; texts edited are scored again as before."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main

FERRY = ("The ferry operator said on Monday that the winter timetable would add two crossings, "
         "according to a notice at the harbour. Passengers told the paper the queues had been long.")
BRIDGE = ("The city council voted on Tuesday to repair the old bridge, officials said in a statement. "
          "Work will begin in spring and last about six months, the council said.")
LAKE = ("Researchers at the university reported that the lake's water level fell by a metre this summer, "
        "according to a study published on Friday. Farmers said the drought hurt their crops.")
INDEX = "Reliability index 0-100 (higher = more reliable)"


@pytest.fixture
def book(tmp_path):
    table = tmp_path / "list.csv"
    table.write_text(f'id,title,text\nr1,Ferry news,"{FERRY}"\nr2,Bridge vote,"{BRIDGE}"\nr3,Lake levels,"{LAKE}"\n',
                     encoding="utf-8")
    path = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(path), "-q"]) == 0
    return path


def _edit(path, headers=None, cells=None):
    wb = openpyxl.load_workbook(path)
    sheet = wb["Documents"]
    names = [cell.value for cell in sheet[1]]
    for old, new in (headers or {}).items():
        sheet.cell(row=1, column=names.index(old) + 1).value = new
    for (row, name), value in (cells or {}).items():
        sheet.cell(row=row, column=names.index(name) + 1).value = value
    wb.save(path)


def _values(path):
    sheet = openpyxl.load_workbook(path)["Documents"]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def _column(path, header):
    rows = _values(path)
    at = rows[0].index(header)
    return [row[at] for row in rows[1:]]


def test_headers_swapped_is_refused_and_nothing_written(book, capsys):
    _edit(book, headers={"title": "text", "text": "body"})
    before = book.read_bytes()
    capsys.readouterr()
    assert main(["refresh", str(book)]) != 0  # (was: the titles scored, "language not known", exit 0)
    err = capsys.readouterr().err
    assert "'text'" in err and "'body'" in err and "--text-column" in err
    assert book.read_bytes() == before


def test_text_column_named_reads_the_texts_and_keeps_the_scores(book, capsys):
    scores = _column(book, INDEX)
    _edit(book, headers={"title": "text", "text": "body"})
    assert main(["refresh", str(book), "--text-column", "body", "-q"]) == 0
    assert _column(book, INDEX) == scores
    assert _column(book, "body") == [FERRY, BRIDGE, LAKE]
    assert all(status == "scored" for status in _column(book, "Status"))


def test_text_column_naming_no_column_is_refused(book, capsys):
    before = book.read_bytes()
    assert main(["refresh", str(book), "--text-column", "article", "-q"]) != 0
    assert "'article'" in capsys.readouterr().err
    assert book.read_bytes() == before


@pytest.mark.parametrize("edited", [{2: FERRY.replace("two crossings", "three crossings")},
                                    {2: LAKE, 3: FERRY, 4: BRIDGE}])  # (one text; every text, in another row)
def test_texts_edited_are_scored_again(book, capsys, edited):
    _edit(book, cells={(row, "text"): text for row, text in edited.items()})
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    assert f"{len(edited)} row" in capsys.readouterr().err
    assert _column(book, "text") == [edited.get(row, text) for row, text in zip((2, 3, 4), (FERRY, BRIDGE, LAKE))]
