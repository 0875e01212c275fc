"""A refresh that finds text cells holding no text names each row and says what to do
(values17): an error value (#N/A, #VALUE!, #REF!, #DIV/0!) is a formula that failed, and its
Status and the summary say to fix it or type the text; every such row is named by its sheet row,
the first few in full, the rest counted."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

# Fresh texts written for these tests.
TEXTS = [
    "The school board agreed on Monday to open the new sports hall in September, its chair said. "
    "Builders finished the roof last week, according to the board's minutes, and the floor goes in next.",
    "Rain kept most stalls of the Saturday market closed this weekend, the market's manager said. "
    "Traders expect a busy week ahead, with the harvest fair starting on Thursday in the square.",
]


def _book(tmp_path: Path, rows: int) -> Path:
    table = tmp_path / "in.csv"
    table.write_text("id,text\n" + "".join(f'n{i},"{TEXTS[i % 2]} Item {i}."\n' for i in range(rows)), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def _type_into_text_cells(book: Path, values: list[str]) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    column = [c.value for c in ws[1]].index("text") + 1
    for row, value in enumerate(values, start=2):
        ws.cell(row, column).value = value
    wb.save(book)


@pytest.mark.parametrize("error", ["#N/A", "#VALUE!", "#REF!", "#DIV/0!"])
def test_an_error_value_in_a_text_cell_names_its_row_and_what_to_do(tmp_path, capsys, error):
    book = _book(tmp_path, 3)
    _type_into_text_cells(book, [TEXTS[0] + " Item 0.", error])  # (row 3 of the sheet)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 2
    said = capsys.readouterr().err
    line = next(line for line in said.splitlines() if "holds no text" in line)
    assert f"row 3, column text: error value {error} in the cell" in line and "fix it, or type the text" in line
    assert "row 2," not in line and "row 4," not in line
    rows = list(openpyxl.load_workbook(book)[layout.DOCUMENTS].iter_rows(values_only=True))
    status = list(rows[0]).index(layout.SCORE_HEADERS[-1])
    assert "fix it, or type the text" in rows[2][status] and error in rows[2][status]


def test_many_rows_with_no_text_are_named_first_then_counted(tmp_path, capsys):
    book = _book(tmp_path, 8)
    _type_into_text_cells(book, ["#N/A"] * 8)
    capsys.readouterr()
    main(["refresh", str(book)])
    line = next(line for line in capsys.readouterr().err.splitlines() if "holds no text" in line)
    assert all(f"row {n}," in line for n in range(2, 7)) and "row 7," not in line and "and 3 more" in line
