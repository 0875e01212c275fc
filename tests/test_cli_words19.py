"""Session 19 (sheets21): command-line messages a first-time user meets say what to do.
--text-column finds the one column of that name in other letters ("Body" for "body") and says
so; a file `refresh` (or any workbook reader) cannot find is named with what to do."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.errors import WorkbookError
from xlplugin.workbook.package import check_file

TEXT = ("The county council met on Tuesday evening and voted seven to two to close the old "
        "library on Elm Street at the end of the month, the council's clerk said after the meeting.")


def _csv(path: Path, header: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerow(["a1" if h == "id" else TEXT if h.lower().strip() == "body" else "x" for h in header])
    return path


def _xlsx(path: Path, header: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    ws.append(["a1" if h == "id" else TEXT if h.lower().strip() == "body" else "x" for h in header])
    wb.save(path)
    return path


@pytest.mark.parametrize("make", [_csv, _xlsx])
@pytest.mark.parametrize("column, asked", [("body", "Body"), ("Body", "BODY"), ("BODY ", "body")])
def test_text_column_in_other_letters_is_read_and_said(tmp_path, capsys, make, column, asked):
    path = make(tmp_path / f"in.{'csv' if make is _csv else 'xlsx'}", ["id", column, "notes"])
    assert main(["score", str(path), "--text-column", asked, "--json"]) == 0
    out = capsys.readouterr().out
    assert '"error": null' in out and '"error": "' not in out and '"reliability"' in out
    assert "case ignored" in out and repr(asked) in out


@pytest.mark.parametrize("make", [_csv, _xlsx])
def test_two_columns_in_other_letters_are_still_refused(tmp_path, capsys, make):
    path = make(tmp_path / f"in.{'csv' if make is _csv else 'xlsx'}", ["id", "body", "BODY"])
    main(["score", str(path), "--text-column", "Body", "--json"])
    out = capsys.readouterr().out
    assert "no column named 'Body'" in out or "no sheet has a column named 'Body'" in out


@pytest.mark.parametrize("relative", [True, False])
def test_a_missing_workbook_is_named_with_what_to_do(tmp_path, monkeypatch, capsys, relative):
    monkeypatch.chdir(tmp_path)
    name = "missing.xlsx" if relative else str(tmp_path / "missing.xlsx")
    with pytest.raises(WorkbookError) as caught:
        check_file(Path(name))
    said = str(caught.value)
    assert said.startswith(f"{name}: no such file") and "check the name" in said
    assert ("the folder you ran xlplugin in" in said) == relative  # (a name is looked for there)
    assert main(["refresh", name]) != 0
    assert "check the name" in capsys.readouterr().err
