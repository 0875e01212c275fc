"""A relative path in a table's `path`/`file` column is relative to the table's own folder (where
the user made the table; a workbook stores its paths relative to itself). Only a file that is not
there is looked for from the folder the command runs in, and the row's Why then says so. The
texts here are made up for these tests."""

from __future__ import annotations

import json

import openpyxl

from xlplugin.cli import main
from xlplugin.inputs import found_outside_table, locate_file
from xlplugin.workbook import layout, refresh_workbook

ARTICLE = ("The harbour board said on Tuesday that the north pier will close for repairs in May, "
           "its chief engineer told reporters. The work is planned to take six weeks, the board's report says.")
OTHER = "My dog likes the beach. He runs along the sand every morning and barks at the gulls all day long."
STATUS = layout.SCORE_HEADERS[-1]


def _project(tmp_path):
    """A table beside its docs/ folder, and another folder that holds a docs/one.txt of its own."""
    table = tmp_path / "project"
    (table / "docs").mkdir(parents=True)
    (table / "docs" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (table / "list.csv").write_text("id,path\nr1,docs/one.txt\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "docs").mkdir(parents=True)
    (elsewhere / "docs" / "one.txt").write_text(OTHER, encoding="utf-8")
    return table, elsewhere


def test_the_tables_own_folder_comes_before_the_current_folder(tmp_path, monkeypatch, capsys):
    table, elsewhere = _project(tmp_path)
    monkeypatch.chdir(elsewhere)
    assert main(["score", str(table / "list.csv"), "--json", "-q"]) == 0
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert row["text"] == ARTICLE
    assert "folder you ran in" not in (row.get("input_note") or "")


def test_refresh_from_another_folder_reads_the_file_beside_the_workbook(tmp_path, monkeypatch):
    table, elsewhere = _project(tmp_path)
    book = table / "out.xlsx"
    monkeypatch.chdir(table)
    assert main(["score", "list.csv", "-o", str(book), "-q"]) == 0
    monkeypatch.chdir(elsewhere)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged) == (0, 1)


def test_a_file_found_only_from_the_current_folder_is_read_and_said(tmp_path, monkeypatch, capsys):
    table, elsewhere = _project(tmp_path)
    (table / "docs" / "one.txt").unlink()
    monkeypatch.chdir(elsewhere)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table / "list.csv"), "-o", str(book), "-q"]) == 0
    rows = list(openpyxl.load_workbook(book, read_only=True)["Documents"].iter_rows(values_only=True))
    # (book45) how the file was read is a note in the Why
    why = rows[1][list(rows[0]).index("Why")]
    assert f"read from the folder you ran in: {elsewhere / 'docs' / 'one.txt'}" in why
    assert str(table / "docs" / "one.txt") in why


def test_the_note_is_empty_where_the_two_places_are_one(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found, tried = locate_file("a.txt", tmp_path)
    assert found == tmp_path / "a.txt" and found_outside_table(found, tried) == ""
    found, tried = locate_file("a.txt", tmp_path / "nowhere")
    assert found is not None and found_outside_table(found, tried).startswith("read from the folder you ran in")
