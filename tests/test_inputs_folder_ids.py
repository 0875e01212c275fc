"""Rows of the tables in a folder have ids that say which file they are from, distinct across
tables; a file of a type that is not read says which types are (the true list)."""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, read_paths
from xlplugin.workbook import layout, refresh_workbook

ROW = "The lock keeper said on Friday that the canal would reopen to boats in June, after repairs."


def _folder(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "list.csv").write_text(f'id,text\nr1,"{ROW}"\nr2,"{ROW} Barges wait."\n', encoding="utf-8")
    (folder / "sub" / "list.csv").write_text(f'id,text\nr1,"{ROW} Anglers cheered."\n', encoding="utf-8")
    (folder / "sub" / "plain.csv").write_text(f'text\n"{ROW} Cyclists too."\n', encoding="utf-8")
    return folder


def test_rows_of_tables_in_a_folder_get_ids_naming_their_file(tmp_path):
    folder = _folder(tmp_path)
    items = list(read_paths([str(folder)]))
    assert [item.id for item in items] == ["list.csv:r1", "list.csv:r2", "sub/list.csv:r1", "sub/plain.csv:1"]
    assert all(isinstance(item, Record) and item.columns["id"] == item.id for item in items)
    # a table given by name keeps its own ids
    assert [item.id for item in read_paths([str(folder / "sub" / "list.csv")])] == ["r1"]


def test_a_folder_of_tables_keeps_its_ids_through_score_and_refresh(tmp_path):
    folder = _folder(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    ids = [row[0] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert ids == ["list.csv:r1", "list.csv:r2", "sub/list.csv:r1", "sub/plain.csv:1"]
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged) == (0, 4)


def test_the_unsupported_type_message_lists_every_type_read(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    [problem] = read_paths([str(tmp_path / "notes.pdf")])
    assert isinstance(problem, Problem)
    # (hunt25a: a PDF file is then told how to save its text: tests/test_hunt25a_other_documents.py)
    assert "use .txt, .md, .html, .htm, .srt, .vtt, .mhtml, .mht, .csv, .tsv, .jsonl, .ndjson, .json, .xlsx or .xlsm; " in problem.message  # (jsonl29, pasted30, sheets30, hunt49)
