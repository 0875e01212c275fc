"""(loose24) A row not scored because one of its title, url, outlet, date or author cells holds a
formula with no saved value keeps what its other cells give: --json has them, --by-outlet and the
workbook's Outlets sheet count the row under its outlet, as for any other row not scored
(hunt23a). The cell with the formula is still given as none."""

from __future__ import annotations

import json

import openpyxl
import pytest

from xlplugin.cli import main

# Written for this test.
TEXT = ("The library in Corbridge will open on Sundays from June, the county council said on Tuesday. "
        "Its manager, Lena Hart, said the change would cost about 40,000 pounds a year.")
GIVEN = {"title": "Library opens on Sundays", "url": "https://post.example.org/library", "outlet": "Corbridge Post",
         "date": "2026-03-05", "author": "Ann Lee"}
FORMULAS = {"title": '=UPPER("x")', "url": '="https://a.example.org/"&1', "outlet": "=VLOOKUP(A2,Codes!A:B,2,FALSE)",
            "date": "=DATE(2024,3,5)", "author": '=CONCATENATE("Ann ","Lee")'}


def _book(tmp_path, formula_in):
    """A workbook written by openpyxl (no saved values), one row with a formula in `formula_in`."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Articles"
    headers = ["id", *GIVEN, "text"]
    ws.append(headers)
    ws.append(["r1", *(FORMULAS[k] if k in formula_in else GIVEN[k] for k in GIVEN), TEXT])
    ws.append(["r2", "Plain row", "", "Corbridge Post", "2026-03-06", "", TEXT])
    path = tmp_path / "in.xlsx"
    wb.save(path)
    return path


def _json(capsys, path):
    capsys.readouterr()
    main(["score", str(path), "--json", "-q"])
    return {row["id"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}


@pytest.mark.parametrize("formula_in", [("title",), ("date",), ("author",), ("url",), ("title", "date")])
def test_the_other_fields_are_kept(tmp_path, capsys, formula_in):
    rows = _json(capsys, _book(tmp_path, formula_in))
    row = rows["r1"]
    assert row["error"] and row["reliability"] is None  # (still not scored)
    for key, value in GIVEN.items():
        assert row[key] == (None if key in formula_in else value), key


def test_an_outlet_formula_gives_no_outlet(tmp_path, capsys):
    """Near-miss: the cell with the formula gives nothing, the others their values."""
    row = _json(capsys, _book(tmp_path, ("outlet",)))["r1"]
    assert row["error"] and row["outlet"] is None
    assert (row["title"], row["date"], row["author"]) == (GIVEN["title"], GIVEN["date"], GIVEN["author"])


def test_counted_under_its_outlet(tmp_path, capsys):
    """--by-outlet counts the row as its outlet's "+1 not scored", as a row whose text is #N/A."""
    path = _book(tmp_path, ("date",))
    capsys.readouterr()
    main(["score", str(path), "--by-outlet", "-q"])
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Corbridge Post"))
    assert "+1 not scored" in line
