"""Rows a refresh fills read like the rows `score` writes (print18): every cell of the row at its
top, text wrapping, the id at the left. Typed cells kept the program's default (at the foot of
the row) while every score cell sat at its top, so on paper each title printed against the next
row's scores; a new id was a number at the right of its cell among text ids at the left."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

ROOT = Path(__file__).resolve().parents[1]
# Fresh texts written for these tests: a plain report and a long, loaded one (a tall row).
PLAIN = ("The county opened a new cycle path along the canal on Saturday, its transport officer said. The path "
         "runs for six miles between the two market towns, according to the county's own map of the route.")
LOUD = ("Once again the so-called planners have wrecked everything. Everyone knows the new road plan is a "
        "total disgrace, a shameful and outrageous waste that only a fool would defend. " * 3)


def _rows(book: Path, first: int, last: int):
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    owned = header.index(layout.SCORE_HEADERS[0])
    return header, owned, [list(ws[r]) for r in range(first, last + 1)]


def _check_like_score(header, owned, rows, id_col=0):
    for cells in rows:
        for cell in cells[:owned]:
            if cell.value is None:
                continue
            name = f"{header[cell.column - 1]!r} of row {cell.row}"
            assert cell.alignment.vertical == "top", name
            if isinstance(cell.value, str):
                assert cell.alignment.wrap_text, name
        assert cells[id_col].alignment.horizontal == "left", f"the id of row {cells[id_col].row}"


@pytest.mark.parametrize("id_typed", [True, False])
def test_rows_typed_into_the_template_are_laid_out_as_score_lays_them_out(tmp_path, id_typed):
    book = tmp_path / "mine.xlsx"
    shutil.copy(ROOT / "workbooks" / "template.xlsx", book)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    for row, (title, text, outlet) in enumerate([("A cycle path", PLAIN, "Canal News"), ("Road plan", LOUD, None),
                                                 ("Path again", PLAIN, 7)], start=2):
        if id_typed:
            ws.cell(row, 1).value = row - 1  # (typed: a number)
        ws.cell(row, header.index("title") + 1).value = title
        ws.cell(row, header.index("outlet") + 1).value = outlet
        ws.cell(row, header.index("text") + 1).value = text
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0
    header, owned, rows = _rows(book, 2, 4)
    assert [r[0].value for r in rows] == [1, 2, 3]
    _check_like_score(header, owned, rows)


def test_a_row_appended_to_a_scored_table_is_laid_out_as_the_rows_above(tmp_path, capsys):
    table = tmp_path / "in.csv"
    table.write_text("id,title,outlet,text\n" + "".join(f'{i},Story {i},Canal News,"{PLAIN} {i}."\n' for i in range(1, 4)),
                     encoding="utf-8")
    book = tmp_path / "out.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    ws.append([None, "An appended story", "Canal News", LOUD])
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0
    header, owned, rows = _rows(book, 2, 5)
    assert [r[0].value for r in rows] == ["1", "2", "3", "4"]  # (one kind of id in the column: text, as the CSV's)
    _check_like_score(header, owned, rows)


def test_ids_score_numbers_sit_at_the_left_of_their_cells(tmp_path):
    table = tmp_path / "in.csv"
    table.write_text("title,text\n" + "".join(f'Story {i},"{PLAIN}"\n' for i in range(3)), encoding="utf-8")
    book = tmp_path / "out.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    header, owned, rows = _rows(book, 2, 4)
    assert [r[0].value for r in rows] == [1, 2, 3]
    _check_like_score(header, owned, rows)
