"""(guard21) A workbook written by a program (openpyxl, pandas) with formulas in its title, url,
outlet, date or author cells holds no saved value for them: read as empty, the row would be scored
without its outlet's rating or its provenance, a confident score of less than the row, with nothing
said. Such a row is not scored, by `score` and by `refresh`, and its Status names the column and says
to open and save the workbook in Excel or LibreOffice first. A formula in a column xlplugin does not
read (a lookup code) changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

# Written for these tests.
REPORT = ("The water company said on Wednesday that it will replace the old pipes under Station Road "
          "from April. Its engineer, Maya Ortiz, said the work would take six weeks and cost about "
          "two million pounds, according to the plan filed with the council.")
STATUS, INDEX = layout.SCORE_HEADERS[-1], layout.SCORE_HEADERS[0]
FORMULAS = {
    "title": '=UPPER("pipes to be replaced")',
    "url": '="https://news.example.org/pipes/"&1',
    "outlet": "=VLOOKUP(C2,Codes!A:B,2,FALSE)",
    "date": "=DATE(2024,3,5)",
    "author": '=CONCATENATE("Ann ","Lee")',
}
PLAIN = {"title": "Pipes to be replaced", "url": "https://news.example.org/pipes/1", "outlet": "Example News",
         "date": "2024-03-05", "author": "Ann Lee"}


def _book(path: Path, formulas: dict[str, str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Docs"
    columns = ["id", "text", "code", *PLAIN]
    ws.append(columns)
    ws.append(["a1", REPORT, "EN", *(formulas.get(name, PLAIN[name]) for name in PLAIN)])
    codes = wb.create_sheet("Codes")
    codes.append(["EN", "Example News"])
    wb.save(path)
    return path


def _json_rows(capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    main(["score", *args, "--json", "-q"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("columns", [[name] for name in FORMULAS] + [["outlet", "url", "date"]])
def test_score_does_not_score_a_row_whose_metadata_formula_has_no_saved_value(tmp_path, columns, capsys):
    book = _book(tmp_path / "f.xlsx", {name: FORMULAS[name] for name in columns})
    (row,) = _json_rows(capsys, str(book))
    assert row["reliability"] is None
    assert "formula with no saved value" in row["error"] and "Excel or LibreOffice" in row["error"]
    assert all(name in row["error"] for name in columns)


def test_a_formula_in_a_column_not_read_changes_nothing(tmp_path, capsys):
    book = _book(tmp_path / "f.xlsx", {})
    wb = openpyxl.load_workbook(book)
    wb["Docs"]["C2"] = '=LOWER("EN")'
    wb.save(book)
    (row,) = _json_rows(capsys, str(book))
    assert row["reliability"] is not None and row["outlet"] == "Example News"


@pytest.mark.parametrize("column", ["outlet", "url", "date", "author"])
def test_refresh_does_not_score_a_row_whose_metadata_cell_became_such_a_formula(tmp_path, column, capsys):
    book = tmp_path / "s.xlsx"
    assert main(["score", str(_book(tmp_path / "in.xlsx", {})), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    ws.cell(2, [c.value for c in ws[1]].index(column) + 1).value = FORMULAS[column]
    wb.save(book)
    capsys.readouterr()
    main(["refresh", str(book)])
    said = capsys.readouterr().err
    ws = openpyxl.load_workbook(book)["Documents"]
    row = dict(zip([c.value for c in ws[1]], [c.value for c in ws[2]]))
    assert row[INDEX] is None and f"column {column}: a formula with no saved value" in row[STATUS]
    assert "formula with no saved value" in said
