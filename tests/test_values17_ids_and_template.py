"""Ids xlplugin gives rows are numbers in their cells, and the template has an author column
(values17): a spreadsheet flags a number stored as text and sorts such ids 1, 10, 2; the author
is a provenance cue (the byline) that a template without the column loses."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from xlplugin import score_text
from xlplugin.cli import main
from xlplugin.workbook import layout

ROOT = Path(__file__).resolve().parents[1]
# Fresh text written for these tests (25 words or more: it gets an index).
STORY = ("The county opened a new cycle path along the canal on Saturday, its transport officer said. The path "
         "runs for six miles between the two market towns, according to the county's own map of the route.")


def _id_cells(book: Path) -> list:
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    return [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)]


@pytest.mark.parametrize("rows", [1, 3, 12])
def test_ids_score_gives_rows_are_numbers_and_read_back_as_the_same_ids(tmp_path, capsys, rows):
    table = tmp_path / "in.csv"
    table.write_text("text\n" + "".join(f'"{STORY} Item {i}."\n' for i in range(rows)), encoding="utf-8")
    book = tmp_path / "out.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    assert _id_cells(book) == list(range(1, rows + 1))
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    assert f"{rows} row{'s' if rows > 1 else ''} unchanged" in capsys.readouterr().err  # (the same ids, read back)


@pytest.mark.parametrize("given", [["007", "12"], ["a1", "b2"]])
def test_a_users_own_ids_are_kept_as_written(tmp_path, given):
    table = tmp_path / "in.csv"
    table.write_text("id,text\n" + "".join(f'{i},"{STORY}"\n' for i in given), encoding="utf-8")
    book = tmp_path / "out.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    assert _id_cells(book) == given  # (a CSV's ids are its text: "007" keeps its zeros)


def test_the_template_has_an_author_column_that_refresh_reads_and_numbers_its_rows(tmp_path):
    book = tmp_path / "mine.xlsx"
    shutil.copy(ROOT / "workbooks" / "template.xlsx", book)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    assert "author" in header
    for row in (2, 3):
        ws.cell(row, header.index("text") + 1).value = STORY
        ws.cell(row, header.index("author") + 1).value = "Mira Okafor" if row == 2 else None
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0
    rows = list(openpyxl.load_workbook(book)[layout.DOCUMENTS].iter_rows(values_only=True))
    index = list(rows[0]).index(layout.SCORE_HEADERS[0])
    assert [r[0] for r in rows[1:]] == [1, 2]
    assert rows[1][index] == score_text(STORY, author="Mira Okafor").reliability
    assert rows[2][index] == score_text(STORY).reliability
