"""(hunt55) A relative path of many words with no leading "./" or "/" ("docs/the council report on
the roads budget.docx"): hunt54 refused a path that starts as one (C:\\, /, ~/, ./), but this one was
scored as the article's text, in a table's cell, by the Excel functions and by score_text. The rule:
one line whose first word is a folder's name and a separator, then more of the path, and that ends
in a document's extension, is a file's name (`inputs._RELATIVE_START_RE`). Paths written for these tests."""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin.excel import functions
from xlplugin.inputs import FILE_NAME_IN_TEXT, Problem, looks_like_file_name, read_paths

RELATIVE = [
    "docs/the council report on the roads budget.docx",
    "news\\2026\\Storm closes the bridge for a week, engineers say.html",
    "Downloads/Council approves the budget for roads and schools next year.pdf",
    "my-files/the_council/minutes of the meeting on the harbour.txt",
]


@pytest.mark.parametrize("path", RELATIVE)
def test_a_relative_path_of_many_words_is_a_file_name(path):
    assert looks_like_file_name(path)  # (main: False, scored as a text)


def test_the_excel_functions_and_score_text_refuse_it():
    assert functions.reliability([[RELATIVE[0]]]) == FILE_NAME_IN_TEXT
    assert xlplugin.score_text(RELATIVE[2]).note.startswith("not scored: looks like a file name")


def test_a_table_refuses_it_in_its_text_cell(tmp_path):
    table = tmp_path / "rows.csv"
    table.write_text(f'id,text\nr1,"{RELATIVE[0]}"\n', encoding="utf-8")
    (row,) = read_paths([str(table)])
    assert isinstance(row, Problem) and row.message == f"column text: {FILE_NAME_IN_TEXT}"


# Guards: prose that names a file, a path with no document's extension, a fraction, stay texts.
@pytest.mark.parametrize("text", [
    "The report is in docs/the budget.docx",  # (prose opens with a word of its own)
    "docs/the council report on the roads budget",  # (no document's extension: words, over five)
    "24/7 coverage of the storm and the roads budget.pdf",  # (no folder: a number)
    "docs/the council report, the mayor said.",  # (no extension at its end)
    "The council met on Monday.\ndocs/the council report on the roads budget.docx",  # (two lines)
])
def test_prose_is_not_a_file_name(text):
    assert not looks_like_file_name(text)


def test_a_short_relative_path_is_still_a_file_name():
    assert looks_like_file_name("docs/report.docx")
