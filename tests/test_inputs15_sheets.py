"""A workbook of several sheets: the summary names the sheet read and the ones not read,
`--text-column` finds the sheet that has that column, `--sheet` names one, and a workbook with
no text column anywhere is refused with each sheet's headers. The texts are made up here."""

from __future__ import annotations

import json

import openpyxl
from xlplugin.cli import main

NOTE = "Call the plumber about the kitchen tap before Friday."
STORIES = [
    "The county council said on Monday that the bridge on Mill Road will reopen in June, its highways "
    "officer told a public meeting. The repairs cost less than planned, the council's report says.",
    "The museum's new wing opened to visitors on Saturday after two years of building work, the "
    "director said. Entry is free for the first month, according to a statement from the trust.",
]


def _book(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _two_sheets(tmp_path):
    return _book(tmp_path / "two.xlsx", [("To do", [("When", "Text"), ("Friday", NOTE)]),
                                          ("Articles", [("Ref", "Article")] + [(f"a{i}", s) for i, s in enumerate(STORIES)])])


def _texts(capsys):
    return [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()]


def test_the_summary_names_the_sheet_read_and_the_one_left(tmp_path, capsys):
    book = _two_sheets(tmp_path)
    assert main(["score", str(book), "--json"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["text"] for line in captured.out.splitlines()] == [NOTE]
    assert "the documents were read from sheet 'To do'" in captured.err
    assert f"{book} sheet Articles (its text column: 'Article')" in captured.err


def test_text_column_finds_the_sheet_that_has_it(tmp_path, capsys):
    book = _two_sheets(tmp_path)
    assert main(["score", str(book), "--json", "--text-column", "Article", "-q"]) == 0
    assert _texts(capsys) == STORIES


def test_sheet_names_the_sheet(tmp_path, capsys):
    book = _two_sheets(tmp_path)
    assert main(["score", str(book), "--json", "--sheet", "Articles", "-q"]) == 0
    assert _texts(capsys) == STORIES
    assert main(["score", str(book), "--json", "--sheet", "Nowhere", "-q"]) == 2
    assert "no sheet named 'Nowhere'; sheets: To do, Articles" in capsys.readouterr().err


def test_a_column_on_two_sheets_is_refused_naming_both(tmp_path, capsys):
    book = _book(tmp_path / "b.xlsx", [("One", [("id", "Story"), ("x", STORIES[0])]),
                                       ("Two", [("id", "Story"), ("y", STORIES[1])])])
    assert main(["score", str(book), "--text-column", "Story", "-q"]) == 2
    err = capsys.readouterr().err
    assert "sheets 'One' and 'Two' both have a column named 'Story'" in err and "--sheet" in err
    assert main(["score", str(book), "--json", "--text-column", "Story", "--sheet", "Two", "-q"]) == 0
    assert _texts(capsys) == [STORIES[1]]


def test_no_text_column_lists_each_sheets_headers(tmp_path, capsys):
    book = _book(tmp_path / "c.xlsx", [("Plan", [("When", "What")]), ("Refs", [("Ref", "Words")])])
    assert main(["score", str(book), "-q"]) == 2
    err = capsys.readouterr().err
    assert "sheets: Plan (columns: When, What); Refs (columns: Ref, Words)" in err


def test_one_sheet_says_nothing_more(tmp_path, capsys):
    book = _book(tmp_path / "d.xlsx", [("Sheet", [("id", "text"), ("a", STORIES[0])])])
    assert main(["score", str(book), "--json"]) == 0
    assert "sheet not read" not in capsys.readouterr().err



def test_sheet_without_a_workbook_is_refused(tmp_path, capsys):
    table = tmp_path / "t.csv"
    table.write_text(f'id,text\na,"{STORIES[0]}"\n', encoding="utf-8")
    assert main(["score", str(table), "--sheet", "Articles", "-q"]) == 2
    assert "no workbook (.xlsx, .xlsm) is given by name" in capsys.readouterr().err
