"""(hunt33) The Documents sheet's `file` column: what a user reads there, and what a refresh does
with it from another folder.

A file cell is the path from the workbook's folder to the file (never from the folder the command
ran in): the cell's link opens it, and a refresh reads it from there whatever folder it runs in.
Where the files lie outside the workbook's folder (`-o out/book.xlsx` for `texts/`, or a workbook
written in /tmp), the cells climb out of it ("../texts/one.txt") and, sent on its own, the
workbook shows the sender's folder names: `score` now says so, and how to keep the two together.
Before, nothing said it (fresh31 #10). Near misses: a workbook beside or above its files, or
`-q`, says nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import refresh_workbook

TEXTS = {
    "tide.txt": ("Tide gauge to be replaced\n\nBy Oren Hale\n\nThe tide gauge at the south pier will be replaced "
                 "in March, the harbour board's engineer, Nadia Frost, said on Wednesday. She said the old gauge "
                 "had given wrong readings twice this winter."),
    "market.txt": ("Market moves to the square\n\nBy Elsie Varga\n\nThe Saturday market will move to the old square "
                   "from April, the town's events manager, Rhys Conlon, said. He said traders had asked for more "
                   "room and for shelter from the wind."),
}


def _project(tmp_path: Path) -> Path:
    texts = tmp_path / "project" / "texts"
    texts.mkdir(parents=True)
    for name, text in TEXTS.items():
        (texts / name).write_text(text, encoding="utf-8")
    (tmp_path / "project" / "out").mkdir()
    return tmp_path / "project"


def _file_cells(book: Path) -> dict[str, str]:
    ws = openpyxl.load_workbook(book)["Documents"]
    headers = [c.value for c in ws[1]]
    return {row[0]: row[headers.index("file")] for row in ws.iter_rows(min_row=2, values_only=True) if row[0]}


def _rows(book: Path) -> dict[str, tuple]:
    ws = openpyxl.load_workbook(book)["Documents"]
    return {row[0]: row for row in ws.iter_rows(min_row=2, values_only=True) if row[0]}


def test_file_cells_are_paths_from_the_workbook_whatever_folder_score_runs_in(tmp_path, monkeypatch):
    project = _project(tmp_path)
    monkeypatch.chdir(project)
    assert main(["score", "texts", "-o", "out/first.xlsx", "-q"]) == 0
    monkeypatch.chdir(tmp_path)
    assert main(["score", str(project / "texts"), "-o", "project/out/second.xlsx", "-q"]) == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["score", "../project/texts", "-o", "../project/out/third.xlsx", "-q"]) == 0
    expected = {name: f"../texts/{name}" for name in TEXTS}
    for book in ("first", "second", "third"):
        assert _file_cells(project / "out" / f"{book}.xlsx") == expected


def test_a_table_naming_its_files_gets_paths_from_the_workbook(tmp_path, monkeypatch):
    project = _project(tmp_path)
    with (project / "list.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "file"])
        writer.writerows([["t1", "texts/tide.txt"], ["m1", "texts/market.txt"]])
    monkeypatch.chdir(tmp_path)
    assert main(["score", "project/list.csv", "-o", "project/out/table.xlsx", "-q"]) == 0
    assert _file_cells(project / "out" / "table.xlsx") == {"t1": "../texts/tide.txt", "m1": "../texts/market.txt"}


def test_refresh_reads_the_files_from_the_workbook_in_any_folder(tmp_path, monkeypatch):
    project = _project(tmp_path)
    monkeypatch.chdir(project)
    assert main(["score", "texts", "-o", "out/book.xlsx", "-q"]) == 0
    before = _rows(project / "out" / "book.xlsx")
    # run from a folder holding other files of the same names: never read in place of the workbook's
    decoys = tmp_path / "decoys"
    (decoys / "texts").mkdir(parents=True)
    for name in TEXTS:
        (decoys / "texts" / name).write_text("Nothing to see here, a decoy of the same name. " * 8, encoding="utf-8")
    monkeypatch.chdir(decoys)
    summary = refresh_workbook(Path("../project/out/book.xlsx"))
    assert summary.rescored == 0 and summary.missing == 0
    assert _rows(project / "out" / "book.xlsx") == before
    # a file edited: scored again from its own place, its cell as it was
    tide = project / "texts" / "tide.txt"
    tide.write_text(tide.read_text(encoding="utf-8") + " A shameful, disgraceful waste, critics raged.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    summary = refresh_workbook(project / "out" / "book.xlsx")
    assert summary.rescored == 1 and summary.missing == 0
    after = _rows(project / "out" / "book.xlsx")
    assert after["tide.txt"] != before["tide.txt"] and after["market.txt"] == before["market.txt"]
    assert _file_cells(project / "out" / "book.xlsx") == {name: f"../texts/{name}" for name in TEXTS}


def test_score_says_when_file_cells_climb_out_of_the_workbooks_folder(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path)
    monkeypatch.chdir(project)
    assert main(["score", "texts", "-o", "out/book.xlsx"]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "outside its folder" in line]
    assert len(lines) == 1
    line = lines[0]
    assert "2 file cells of book.xlsx name a file outside its folder ('../texts/market.txt', ...)" in line
    assert "path from the workbook's folder" in line and "whatever folder the refresh is run from" in line
    assert f"in {(project / 'texts').resolve()} or a folder above it" in line


def test_one_file_outside_is_named_alone(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path)
    monkeypatch.chdir(project / "out")
    assert main(["score", "../texts/tide.txt", "-o", "one.xlsx"]) == 0
    err = capsys.readouterr().err
    assert "1 file cell of one.xlsx names a file outside its folder ('../texts/tide.txt'):" in err


def test_near_miss_a_workbook_beside_or_above_its_files_says_nothing(tmp_path, monkeypatch, capsys):
    project = _project(tmp_path)
    monkeypatch.chdir(project)
    assert main(["score", "texts", "-o", "above.xlsx"]) == 0
    assert main(["score", "texts/tide.txt", "-o", "texts/beside.xlsx"]) == 0
    assert main(["score", "texts", "-o", "out/quiet.xlsx", "-q"]) == 0  # (-q: no notes)
    assert "outside its folder" not in capsys.readouterr().err
    assert _file_cells(project / "above.xlsx") == {name: f"texts/{name}" for name in TEXTS}
    assert _file_cells(project / "texts" / "beside.xlsx") == {"tide.txt": "tide.txt"}
