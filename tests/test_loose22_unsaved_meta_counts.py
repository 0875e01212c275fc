"""(loose22) A row not scored because its title, url, outlet, date or author cell holds a formula
with no saved value (guard21) has its text. The run's summary (score, score -q, score on Dask,
refresh, refresh -q) names that cause, and never counts such a row as "no text in the text cell",
which would send the user to the wrong cell. A text cell with no text is still counted as one."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main

# Written for these tests.
NOTE = ("The library board said on Monday that the reading room on Mill Lane will open on Sundays from May. "
        "Its chair, Ruth Okafor, said the change would cost about forty thousand pounds a year, according to "
        "the budget the board published.")
FORMULAS = {"title": '=UPPER("sunday hours")', "url": '="https://news.example.org/hours/"&2',
            "outlet": '=VLOOKUP(A2,Codes!A:B,2,FALSE)', "date": "=DATE(2025,4,1)", "author": '=PROPER("ruth okafor")'}
PLAIN = {"title": "Sunday hours", "url": "https://news.example.org/hours/2", "outlet": "Example News",
         "date": "2025-04-01", "author": "Ruth Okafor"}
NO_TEXT = "with no text in the text cell"


def _book(path: Path, unsaved: list[str], empty_texts: int = 1, plain: int = 1) -> Path:
    """One row per column in `unsaved` (that cell a formula with no saved value), `empty_texts`
    rows with "N/A" in the text cell, and `plain` plain rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text", *PLAIN])
    for n, column in enumerate(unsaved):
        ws.append([f"m{n}", NOTE, *(FORMULAS[name] if name == column else PLAIN[name] for name in PLAIN)])
    for n in range(empty_texts):
        ws.append([f"t{n}", "N/A", *PLAIN.values()])  # ((hunt39c) a number is counted apart: VALUE_CELL)
    for n in range(plain):
        ws.append([f"ok{n}", NOTE, *PLAIN.values()])
    wb.save(path)
    return path


def _count(said: str, words: str) -> int:
    found = re.search(r"(\d+) " + re.escape(words), said)
    return int(found.group(1)) if found else 0


@pytest.mark.parametrize("unsaved", [["outlet"], ["date", "author"], list(FORMULAS)])
@pytest.mark.parametrize("engine", ["default", "dask"])
def test_score_summary_names_a_metadata_formula_apart_from_a_text_cell(tmp_path, capsys, unsaved, engine):
    book = _book(tmp_path / "in.xlsx", unsaved)
    out = ["-o", str(tmp_path / "out.xlsx")] if engine == "default" else ["--engine", "dask", "-o", str(tmp_path / "parts")]
    assert main(["score", str(book), *out]) == 2
    said = capsys.readouterr().err
    assert _count(said, NO_TEXT) == 1
    assert _count(said, "with a formula with no saved value in a title, url, outlet, date or author cell") == len(unsaved)
    assert f"{len(unsaved) + 1} not scored" in said


@pytest.mark.parametrize("unsaved", [["url"], ["title", "outlet"]])
def test_quiet_score_line_names_a_metadata_formula(tmp_path, capsys, unsaved):
    book = _book(tmp_path / "in.xlsx", unsaved, empty_texts=0)
    main(["score", str(book), "-o", str(tmp_path / "out.xlsx"), "-q"])
    said = capsys.readouterr().err
    assert NO_TEXT not in said
    assert f"{len(unsaved)} with a formula with no saved value" in said


@pytest.mark.parametrize("columns", [["outlet"], ["date", "url"]])
def test_refresh_names_a_metadata_formula_apart_from_a_text_cell(tmp_path, capsys, columns):
    scored = tmp_path / "s.xlsx"
    main(["score", str(_book(tmp_path / "in.xlsx", [], empty_texts=0, plain=3)), "-o", str(scored), "-q"])
    wb = openpyxl.load_workbook(scored)
    ws = wb["Documents"]
    headers = [c.value for c in ws[1]]
    for row, column in enumerate(columns, start=2):  # (only the first rows: the last stays as it was)
        ws.cell(row, headers.index(column) + 1).value = FORMULAS[column]
    wb.save(scored)
    quiet = tmp_path / "q.xlsx"
    wb.save(quiet)
    capsys.readouterr()
    assert main(["refresh", str(scored)]) == 2
    said = capsys.readouterr().err
    assert "a text cell that holds no text" not in said
    assert f"{len(columns)} row{'s have' if len(columns) > 1 else ' has'} a title, url, outlet, date or author cell" in said
    assert main(["refresh", str(quiet), "-q"]) == 2
    said = capsys.readouterr().err
    assert "with no text" not in said and "formula with no saved value" in said
