"""(guard22) `--ratings r.xlsx`, a ratings table kept as a workbook, was refused with "a zip file ...
under a text file's name: if it is a workbook, rename it .xlsx": it was .xlsx. Its first sheet is now
read as the CSV is (its header row found among its first rows, below a title), and rates the same
documents the same way; a sheet that names no columns is refused saying what it needs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main

# Written for these tests: two calm reports, long enough for an index.
TEXTS = {
    "a": ("The river path between the mill and the old bridge will close for repairs from Monday, the county "
          "engineer, Ruth Dale, said in a statement. Walkers can use the lane beside the school instead."),
    "b": ("The library on Station Road will open on Sundays from next month, the council said on Tuesday. "
          "Opening hours will be ten until four, and the reading room will stay closed for painting."),
}
OUTLETS = {"a": "Kestrel Gazette", "b": "Fenwick Bulletin"}
TABLE = [["outlet", "rating", "rater"], ["Kestrel Gazette", 0.2, "desk"], ["Fenwick Bulletin", 0.85, "desk"],
         ["Unused Journal", 0.5, ""]]


def _inputs(tmp_path: Path) -> Path:
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "text", "outlet"], *([k, TEXTS[k], OUTLETS[k]] for k in TEXTS)])
    return path


def _workbook(path: Path, rows: list[list], above: list[list] = (), sheet: str = "Ratings") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in [*above, *rows]:
        ws.append(row)
    wb.create_sheet("Notes").append(["domain", "rating"])  # (a later sheet is not read)
    wb.save(path)
    return path


def _scored(capsys, *args: str) -> tuple[dict[str, float], str]:
    capsys.readouterr()
    assert main(["score", *args, "--json"]) == 0
    said = capsys.readouterr()
    return {row["id"]: row["reliability"] for row in map(json.loads, said.out.splitlines())}, said.err


@pytest.mark.parametrize("above", [[], [["Ratings kept by the news desk"]], [["Our ratings"], [], ["(0 to 1)"]]])
@pytest.mark.parametrize("scale", [1, 100])
def test_a_ratings_workbook_rates_as_its_csv_does(tmp_path, capsys, above, scale):
    table = [TABLE[0]] + [[key, rating * scale, rater] for key, rating, rater in TABLE[1:]]
    ratings_csv = tmp_path / "r.csv"
    with ratings_csv.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(table)
    book = _workbook(tmp_path / "r.xlsx", table, above)
    source = str(_inputs(tmp_path))
    from_csv, _ = _scored(capsys, source, "--ratings", str(ratings_csv))
    from_book, said = _scored(capsys, source, "--ratings", str(book))
    alone, _ = _scored(capsys, source, "--no-builtin-ratings")
    assert from_book == from_csv and from_book != alone
    row = 1 + len(above) + 3  # (the unused row, named by its row in the sheet)
    assert f"row {row} (Unused Journal)" in said, said


@pytest.mark.parametrize("rows", [[["name", "score"], ["Kestrel Gazette", 0.2]], [["Kestrel Gazette", 0.2]],
                                  [["just a title"]] * 12 + TABLE])
def test_a_ratings_workbook_without_its_columns_says_what_it_needs(tmp_path, capsys, rows):
    book = _workbook(tmp_path / "r.xlsx", rows)
    capsys.readouterr()
    assert main(["score", str(_inputs(tmp_path)), "--ratings", str(book)]) == 2
    err = capsys.readouterr().err
    assert "rename it" not in err and "first sheet (Ratings)" in err and "a column rating" in err, err
