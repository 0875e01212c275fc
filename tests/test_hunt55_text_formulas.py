"""(hunt55) A workbook's text cell holding a formula with no saved value (the file written by a
program, never opened in Excel). Its Status says so ("a formula with no saved value (open and save
the workbook in Excel or LibreOffice first)"), but the run's summary counted it "with no text in the
text cell", as a blank cell, which sent the user looking for an empty cell. It is counted apart, in
words saying what it is and what to do, as a metadata cell's formula is (loose22: UNSAVED_META),
by score, score -q, score on Dask and refresh; the exit status stays 2. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.inputs_summary import FORMULA_CELL, NO_TEXT_CELL, cell_reason

NOTE = ("The harbour board said on Monday that the ferry to the island will run twice an hour from May. Its "
        "chair, Ruth Okafor, said the change would cost about forty thousand pounds a year, according to the "
        "budget the board published.")
FORMULA = '=CONCATENATE("The harbour board said ", "the ferry will run")'


def _book(path: Path, formulas: int = 1, blanks: int = 0) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "title", "text"])
    for n in range(formulas):
        ws.append([f"f{n}", "Ferry", FORMULA])
    for n in range(blanks):
        ws.append([f"b{n}", "Blank", "N/A"])  # (a placeholder: no text in the text cell)
    ws.append(["ok", "Ferry times", NOTE])
    wb.save(path)
    return path


@pytest.mark.parametrize("engine", ["default", "dask"])
def test_score_counts_a_text_formula_apart_from_a_blank_cell(tmp_path, capsys, engine):
    book = _book(tmp_path / "in.xlsx", formulas=2, blanks=1)
    out = ["-o", str(tmp_path / "out.xlsx")] if engine == "default" else ["--engine", "dask", "-o", str(tmp_path / "parts")]
    assert main(["score", str(book), *out]) == 2
    said = capsys.readouterr().err
    assert f"2 {FORMULA_CELL}" in said  # (main: "3 with no text in the text cell")
    assert f"1 {NO_TEXT_CELL}" in said


def test_the_words_say_what_it_is_and_what_to_do():
    message = "column text: a formula with no saved value (open and save the workbook in Excel or LibreOffice first)"
    assert cell_reason(message) == FORMULA_CELL
    assert "a formula Excel has not calculated yet" in FORMULA_CELL and "open and save the workbook" in FORMULA_CELL


def test_quiet_score_names_it(tmp_path, capsys):
    assert main(["score", str(_book(tmp_path / "in.xlsx")), "-o", str(tmp_path / "out.xlsx"), "-q"]) == 2
    said = capsys.readouterr().err
    assert NO_TEXT_CELL not in said and "formula Excel has not calculated yet" in said


def test_refresh_names_it(tmp_path, capsys):
    scored = tmp_path / "s.xlsx"
    main(["score", str(_book(tmp_path / "in.xlsx", formulas=0)), "-o", str(scored), "-q"])
    wb = openpyxl.load_workbook(scored)
    ws = wb["Documents"]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("text") + 1).value = FORMULA
    wb.save(scored)
    wb.save(tmp_path / "q.xlsx")
    capsys.readouterr()
    assert main(["refresh", str(scored)]) == 2
    said = capsys.readouterr().err
    assert "formula with no saved value in the text cell" in said and "a text cell that holds no text" not in said
    assert main(["refresh", str(tmp_path / "q.xlsx"), "-q"]) == 2
    said = capsys.readouterr().err
    assert f"1 row {FORMULA_CELL}" in said and "with no text" not in said  # (main: "1 text cell with no text")


# Guard: a blank text cell is still counted as one.
def test_a_blank_text_cell_is_still_no_text(tmp_path, capsys):
    assert main(["score", str(_book(tmp_path / "in.xlsx", formulas=0, blanks=1)), "-o", str(tmp_path / "o.xlsx")]) in (0, 2)
    said = capsys.readouterr().err
    assert f"1 {NO_TEXT_CELL}" in said and "formula" not in said
