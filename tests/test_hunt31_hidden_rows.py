"""(hunt31) A workbook's rows hidden in its sheet (by a filter or Hide) and its hidden columns are
read and scored like the others, as docs/command-line.md says; the run now says so, naming the
rows, where it said nothing (a teacher who filtered a sheet to 3 rows got 6 scored, no word why).
Near misses: a sheet with nothing hidden says nothing; the scores are those of the same rows shown."""

from __future__ import annotations

import json

import openpyxl

from xlplugin.cli import main

TEXTS = [
    "The council agreed its budget on Monday after a long debate about road repairs, the finance officer, Priya Das, said.",
    "The library will open later on Sundays from next month, the county said in a statement after a survey of readers.",
    "The swimming pool will close for two weeks in August for repairs, the leisure trust said on its website on Friday.",
    "A new bus shelter was put up on Mill Lane after residents asked for one, the parish council said in its minutes.",
]


def _sheet(path, hide_rows=(), filtered=False, hide_column=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Class list"
    ws.append(["id", "outlet", "text", "group"])
    for i, text in enumerate(TEXTS, start=1):
        ws.append([f"s{i}", "Town Post", text, "A" if i <= 2 else "B"])
    if filtered:
        ws.auto_filter.ref = "A1:D5"
        ws.auto_filter.add_filter_column(3, ["A"])
    for row in hide_rows:
        ws.row_dimensions[row].hidden = True
    if hide_column:
        ws.column_dimensions["B"].hidden = True
    wb.save(path)
    return path


def test_filtered_out_rows_are_scored_and_said(tmp_path, capsys):
    book = _sheet(tmp_path / "filtered.xlsx", hide_rows=(4, 5), filtered=True)
    assert main(["score", str(book), "--json", "-q"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["s1", "s2", "s3", "s4"]
    assert "sheet Class list: 2 of 4 rows are hidden in the sheet (hidden, or by a filter) and were read and scored" in err
    assert "(rows 4, 5)" in err and "delete them or move them to another sheet" in err


def test_one_hidden_row_and_a_hidden_column_are_said(tmp_path, capsys):
    book = _sheet(tmp_path / "hidden.xlsx", hide_rows=(3,), hide_column=True)
    assert main(["score", str(book), "-o", str(tmp_path / "out.xlsx")]) == 0
    err = capsys.readouterr().err
    assert "1 of 4 rows is hidden in the sheet (hidden, or by a filter) and was read and scored like the others (row 3)" in err
    assert "the hidden column 'outlet' was read like the others" in err


def test_near_miss_nothing_hidden_says_nothing_and_scores_the_same(tmp_path, capsys):
    shown = _sheet(tmp_path / "shown.xlsx")
    hidden = _sheet(tmp_path / "hidden.xlsx", hide_rows=(2, 3, 4, 5), hide_column=True)
    assert main(["score", str(shown), "--json", "-q"]) == 0
    plain = capsys.readouterr()
    assert "hidden" not in plain.err
    assert main(["score", str(hidden), "--json", "-q"]) == 0
    both = capsys.readouterr()
    assert [json.loads(line)["reliability"] for line in plain.out.splitlines()] == \
        [json.loads(line)["reliability"] for line in both.out.splitlines()]
