"""`score -o` writes a new workbook and never destroys one it did not write: an existing file is
replaced only with --force, never when it is one of the inputs, and a refusal touches nothing."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main

from samples import CALM_REPORT


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "new.txt"
    path.write_text(CALM_REPORT, encoding="utf-8")
    return path


def _own_workbook(path):
    wb = openpyxl.Workbook()
    wb.active.title = "My budget"
    wb.active.append(["month", "spent"])
    wb.active.append(["January", 120])
    wb.save(path)


def _error_lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("xlplugin: error:")]


def test_a_workbook_of_the_users_own_is_not_replaced(tmp_path, doc, capsys):
    mine = tmp_path / "mine.xlsx"
    _own_workbook(mine)
    before = mine.read_bytes()
    assert main(["score", str(doc), "-o", str(mine), "--quiet", "--workers", "1"]) == 2
    [message] = _error_lines(capsys)
    assert str(mine) in message and "already exists" in message
    assert "another name after -o" in message and "--force" in message
    assert "refresh" not in message  # it is not a scored workbook: refresh would not help
    assert mine.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.xlsx", "new.txt"]  # no temporary file left


def test_a_scored_workbook_is_not_replaced_and_refresh_is_suggested(tmp_path, doc, capsys):
    scored = tmp_path / "scored.xlsx"
    assert main(["score", str(doc), "-o", str(scored), "--quiet", "--workers", "1"]) == 0
    capsys.readouterr()
    before = scored.read_bytes()
    assert main(["score", str(doc), "-o", str(scored), "--quiet", "--workers", "1"]) == 2
    [message] = _error_lines(capsys)
    assert f"xlplugin refresh {scored}" in message and "--force" in message and "another name after -o" in message
    assert scored.read_bytes() == before


def test_force_replaces_an_existing_file(tmp_path, doc, capsys):
    mine = tmp_path / "mine.xlsx"
    _own_workbook(mine)
    assert main(["score", str(doc), "-o", str(mine), "--force", "--quiet", "--workers", "1"]) == 0
    assert "Documents" in openpyxl.load_workbook(mine, read_only=True).sheetnames


def test_the_input_workbook_is_never_the_output_even_with_force(tmp_path, capsys):
    book = tmp_path / "articles.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["id", "text"])
    wb.active.append(["1", CALM_REPORT])
    wb.create_sheet("Notes").append(["my own notes"])
    wb.save(book)
    before = book.read_bytes()
    assert main(["score", str(book), "-o", str(book), "--force", "--quiet"]) == 2
    [message] = _error_lines(capsys)
    assert str(book) in message and "one of the inputs" in message and "refresh" in message
    assert book.read_bytes() == before
