"""(hunt43) A user sorts the Read sheet of a scored workbook (by the index, by the id, upside down)
and refreshes. The Documents rows are as they were, so nothing is scored again and the summary says
the Read sheet was sorted, not "rows reordered" (which names the Documents rows). A long text goes on
over Read rows under its first ("(continued)"), and a sort puts those rows apart from their first:
they were read as the text edited in the Read sheet, and every long text was scored again ("rescored
5 rows whose text was edited in the Read sheet"). The refresh writes the Read sheet again in the
Documents order, each text whole. A text really edited in a sorted Read sheet is still scored again."""

from __future__ import annotations

import csv
import re

import openpyxl
import pytest

from xlplugin.cli import main

TOWNS = ["Ashford", "Bexley", "Carrow", "Dinsdale", "Eastleigh", "Felling", "Grassington", "Hartley", "Ingleby",
         "Kirkby", "Langley", "Melling", "Newby", "Ormsby"]
FIRST_ROW = 4


def _long(n: int) -> str:
    return "\n\n".join(
        f"In {town} the district council met on Thursday evening to discuss the bus timetable, and the chair said "
        f"that {k + n + 4} routes would change in spring. Residents asked why the last bus now leaves at {k % 3 + 9} "
        f"o'clock, and a transport officer said the operator had cut evening services after fares fell by {n + 2} "
        "per cent over the winter." for k, town in enumerate(TOWNS[: 10 + n]))


SHORT = ("The library on Mill Lane will open on Sundays from May, the county said on Tuesday. The librarian, "
         "Ruth Okafor, said volunteers would staff the reading room, according to a council notice.")


def _book(tmp_path, texts):
    source = tmp_path / "list.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows(texts)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    return book


def _read_values(book):
    ws = openpyxl.load_workbook(book)["Read"]
    return [[c.value for c in row] for row in ws.iter_rows(min_row=FIRST_ROW) if any(c.value is not None for c in row)]


def _sort_read(book, key, reverse=False):
    """Sort the Read sheet's rows as a spreadsheet program does: every cell of a row moves with it."""
    wb = openpyxl.load_workbook(book, rich_text=True)
    ws = wb["Read"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=FIRST_ROW, max_row=ws.max_row)]
    rows = [row for row in rows if any(v is not None for v in row)]
    rows.sort(key=key, reverse=reverse)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            ws.cell(FIRST_ROW + i, 1 + j).value = value
    wb.save(book)


def _scores(book):
    ws = openpyxl.load_workbook(book)["Documents"]
    return [[c.value for c in row] for row in ws.iter_rows()]


def _refresh(book, capsys):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    return capsys.readouterr().err


def _rescored(err):
    found = re.search(r"(\d+) rows? scored again", err)
    return int(found.group(1)) if found else 0


BY_INDEX = (lambda row: (row[3] is None, -(row[3] or 0)), False)  # by the index column, blanks last
BY_ID = (lambda row: str(row[1]), True)                          # by the id column, Z to A
UPSIDE_DOWN = (lambda row: 0, False)                             # (the rows reversed below)


@pytest.mark.parametrize("order", ["by index", "by id", "upside down"])
def test_a_sorted_read_sheet_of_long_texts_is_no_edit(tmp_path, capsys, order):
    book = _book(tmp_path, [*[(f"d{n}", _long(n)) for n in range(4)], ("s1", SHORT)])
    shown = _read_values(book)
    assert sum(1 for row in shown if row[1] and "(continued)" in str(row[1])) >= 4  # (long texts over rows)
    before = _scores(book)
    if order == "upside down":
        wb = openpyxl.load_workbook(book, rich_text=True)
        ws = wb["Read"]
        rows = [[c.value for c in row] for row in ws.iter_rows(min_row=FIRST_ROW, max_row=ws.max_row)]
        rows = [row for row in rows if any(v is not None for v in row)][::-1]
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                ws.cell(FIRST_ROW + i, 1 + j).value = value
        wb.save(book)
    else:
        key, reverse = BY_INDEX if order == "by index" else BY_ID
        _sort_read(book, key, reverse)
    err = _refresh(book, capsys)
    assert _rescored(err) == 0 and "edited in the Read sheet" not in err, err
    assert "Read sheet's rows were sorted there" in err and "rows reordered" not in err, err
    assert _read_values(book) == shown  # (written again in the Documents order, each text whole)
    assert _scores(book) == before
    assert "nothing to change" in _refresh(book, capsys)


def test_a_sorted_read_sheet_of_short_texts_says_sorted_not_reordered(tmp_path, capsys):
    texts = [(f"s{n}", SHORT.replace("Mill Lane", street)) for n, street in enumerate(["Mill Lane", "Quay Road", "Abbey Walk"])]
    book = _book(tmp_path, texts)
    shown = _read_values(book)
    _sort_read(book, *BY_ID)
    err = _refresh(book, capsys)
    assert _rescored(err) == 0 and "Read sheet's rows were sorted there" in err and "rows reordered" not in err, err
    assert _read_values(book) == shown


def test_a_text_edited_in_a_sorted_read_sheet_is_still_scored_again(tmp_path, capsys):
    """Guard: a sort does not hide a real edit of a long text's first Read row."""
    book = _book(tmp_path, [*[(f"d{n}", _long(n)) for n in range(3)], ("s1", SHORT)])
    _sort_read(book, *BY_ID)
    wb = openpyxl.load_workbook(book, rich_text=True)
    ws = wb["Read"]
    for number in range(FIRST_ROW, ws.max_row + 1):
        if ws.cell(number, 2).value == "d1":
            cell = ws.cell(number, 6)  # (the text with its flags)
            cell.value = str(cell.value).replace("Ashford", "Ashby", 1)
            break
    wb.save(book)
    err = _refresh(book, capsys)
    assert _rescored(err) == 1 and "1 row whose text was edited in the Read sheet" in err, err


def test_rows_reordered_in_the_documents_sheet_are_still_said_so(tmp_path, capsys):
    """Guard: the Documents rows sorted (not the Read sheet) is said as before."""
    book = _book(tmp_path, [("a1", SHORT), ("a2", SHORT.replace("Mill Lane", "Quay Road"))])
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    first, second = [[c.value for c in ws[n]] for n in (2, 3)]
    for col, (a, b) in enumerate(zip(first, second), start=1):
        ws.cell(2, col).value, ws.cell(3, col).value = b, a
    wb.save(book)
    err = _refresh(book, capsys)
    assert "rows reordered" in err and "sorted there" not in err, err


def test_a_continued_row_edited_in_a_sorted_read_sheet_is_still_an_edit(tmp_path, capsys):
    """A part of a long text typed over on a row that goes on with it, in a Read sheet turned upside
    down: that text alone is scored again (on main every long text was)."""
    book = _book(tmp_path, [*[(f"d{n}", _long(n)) for n in range(3)], ("s1", SHORT)])
    wb = openpyxl.load_workbook(book, rich_text=True)
    ws = wb["Read"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=FIRST_ROW, max_row=ws.max_row)]
    rows = [row for row in rows if any(v is not None for v in row)][::-1]
    going_on = next(i for i, row in enumerate(rows) if row[0] is None)  # (the last row going on with a text)
    rows[going_on][5] = "Words typed over a part of the text."
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            ws.cell(FIRST_ROW + i, 1 + j).value = value
    wb.save(book)
    err = _refresh(book, capsys)
    assert _rescored(err) == 1 and "rescored 1 row whose text was edited in the Read sheet" in err, err


def test_copies_of_a_long_text_in_a_sorted_read_sheet_are_no_edit(tmp_path, capsys):
    """Two rows with one long text (one hash): each one's rows going on are told by the mark naming its id."""
    book = _book(tmp_path, [("d0", _long(1)), ("d0copy", _long(1)), ("d1", _long(2)), ("s1", SHORT)])
    shown = _read_values(book)
    _sort_read(book, *BY_ID)
    err = _refresh(book, capsys)
    assert _rescored(err) == 0 and "edited in the Read sheet" not in err, err
    assert _read_values(book) == shown
