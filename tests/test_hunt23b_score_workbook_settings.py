"""`xlplugin score BOOK.xlsx` on a scored workbook whose Settings or Sources sheet was edited says
that those sheets were not used, and how to score with them (hunt23b).

`score` reads a workbook's documents only. A user who had set Loaded language weight 1 in the
Settings sheet, or rated an outlet in the Sources sheet, and scored the workbook into a new file
(as refresh's refusals advise: "score into a new file instead") got the default weights and no
rating of theirs, with nothing said: every index differed from what the input's sheets describe.
"""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from xlplugin.cli import main

TEXTS = [
    ("m1", "Medway Chronicle",
     "The Medway ferry will run an extra evening crossing from June, the operator said on Monday. "
     "Tickets stay at 4 pounds, according to the operator's timetable."),
    ("m2", "Medway Chronicle",
     "This shameful, disgraceful decision by the corrupt harbour board is an outrage, and everyone "
     "knows it! The so-called experts have betrayed us all."),
    ("m3", "",
     "Volunteers planted 300 trees along the canal path on Saturday, the parish council said. "
     "Council clerk Nora Bell said more planting is planned for the autumn."),
]


def scored_book(tmp_path, name="book.xlsx"):
    csv = tmp_path / "rows.csv"
    lines = ["id,outlet,text"] + [f'{i},{o},"{t}"' for i, o, t in TEXTS]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    book = tmp_path / name
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def set_setting(book, label, value):
    wb = openpyxl.load_workbook(book)
    ws = wb["Settings"]
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 1).value == label:
            ws.cell(row, 2).value = value
    wb.save(book)


def add_source(book, name, rating):
    wb = openpyxl.load_workbook(book)
    ws = wb["Sources"]
    ws.cell(2, 1).value, ws.cell(2, 2).value, ws.cell(2, 3).value = name, rating, "my desk"
    wb.save(book)


def score_err(capsys, *args):
    capsys.readouterr()
    main(["score", *map(str, args), *([] if "--engine" in args else ["--workers", "1"])])
    return capsys.readouterr().err


@pytest.mark.parametrize("label, value, said", [
    ("Loaded language weight", 1, "Loaded language weight 1 (this run: 5)"),
    ("Provenance weight", 3, "Provenance weight 3 (this run: 1)"),
    ("Source rating weight", 0, "Source rating weight 0 (this run: 4)"),
    ("Fewest words for an index", 60, "Fewest words for an index 60 (this run: 25)"),
])
@pytest.mark.parametrize("quiet", [False, True])
def test_an_edited_setting_is_named(tmp_path, capsys, label, value, said, quiet):
    book = scored_book(tmp_path)
    set_setting(book, label, value)
    err = score_err(capsys, book, "-o", tmp_path / "new.xlsx", *(["-q"] if quiet else []))
    assert "book.xlsx: its Settings and Sources sheets were not used" in err
    assert said in err
    assert "xlplugin refresh book.xlsx" in err


def test_a_rating_of_yours_is_named(tmp_path, capsys):
    book = scored_book(tmp_path)
    add_source(book, "Medway Chronicle", 0.2)
    err = score_err(capsys, book, "--json", "-q")
    assert "Sources Medway Chronicle 0.2 (this run: none of yours)" in err


def test_a_folder_holding_the_workbook_is_said_too(tmp_path, capsys):
    book = scored_book(tmp_path)
    set_setting(book, "Loaded language weight", 2)
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(book, folder / "copy.xlsx")
    err = score_err(capsys, folder, "--json", "-q")
    assert "copy.xlsx: its Settings and Sources sheets were not used" in err


# --- near misses: nothing said ---

def test_a_workbook_with_the_settings_used_says_nothing(tmp_path, capsys):
    book = scored_book(tmp_path)
    assert "were not used" not in score_err(capsys, book, "--json", "-q")
    set_setting(book, "Loaded language weight", 1)
    # the same weight given on the command line: the sheet's settings were the run's
    assert "were not used" not in score_err(capsys, book, "--weight", "loaded_language=1", "--json", "-q")


def test_a_plain_workbook_or_another_settings_sheet_says_nothing(tmp_path, capsys):
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text"])
    ws.append(["p1", TEXTS[0][2]])
    other = wb.create_sheet("Settings")  # a sheet of the user's own, not xlplugin's
    other.append(["Setting", "Value"])
    other.append(["Currency", "EUR"])
    wb.save(plain)
    err = score_err(capsys, plain, "--json", "-q")
    assert "were not used" not in err
    wb.remove(other)
    wb.save(plain)
    assert "were not used" not in score_err(capsys, plain, "--json", "-q")


@pytest.mark.slow
def test_the_dask_engine_says_it_too(tmp_path, capsys):
    pytest.importorskip("dask")
    book = scored_book(tmp_path)
    set_setting(book, "Loaded language weight", 1)
    err = score_err(capsys, book, "--engine", "dask", "-o", tmp_path / "parts", "-q")
    assert "book.xlsx: its Settings and Sources sheets were not used" in err
    assert "Loaded language weight 1 (this run: 5)" in err
