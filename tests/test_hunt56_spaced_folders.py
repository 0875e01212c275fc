"""(hunt56) A relative path whose first folder's name has a space in it ("my docs/report.docx",
"Case files/2026/notes.txt"): hunt55 refused a relative path whose first word is a folder, but
"my docs/..." opens with the word "my", so the cell was scored as the article's text (a file's
name given an index), in a table's cell, by the Excel functions and by score_text. The rule: a
first folder of two or three words, the last with a letter, then a separator and more of the
path, on one line ending in a document's extension, is a file's name (`inputs._SPACED_FOLDER_RE`).
Prose names a file after more words of its own ("The report is in docs/budget.docx"). Paths
written for these tests."""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin.excel import functions
from xlplugin.inputs import FILE_NAME_IN_TEXT, Problem, looks_like_file_name, read_paths

SPACED = [
    "my docs/report.docx",
    "Case files/2026/notes.txt",
    "My Documents\\Council approves the budget for roads and schools next year.docx",
    "Old case files/harbour/the ferry pier report on the new timetable.pdf",
    "Ana's notes (old)/2026/ferry.md",
]


@pytest.mark.parametrize("path", SPACED)
def test_a_path_whose_first_folder_has_a_space_is_a_file_name(path):
    assert looks_like_file_name(path)  # (main: False, scored as a text)


def test_score_text_and_the_functions_refuse_it():
    assert xlplugin.score_text(SPACED[2]).note.startswith("not scored: looks like a file name")  # (main: an index)
    assert functions.reliability([[SPACED[1]]]) == FILE_NAME_IN_TEXT


def test_a_table_refuses_it_in_its_text_cell(tmp_path):
    table = tmp_path / "rows.csv"
    table.write_text(f'id,text\nr1,"{SPACED[3]}"\n', encoding="utf-8")
    (row,) = read_paths([str(table)])
    assert isinstance(row, Problem) and row.message == f"column text: {FILE_NAME_IN_TEXT}"


# Guards: prose that names a path mid-sentence or after words of its own, a fraction, a "w/".
@pytest.mark.parametrize("text", [
    "The report is in docs/the budget.docx",
    "Saved in my docs/report.docx",  # (four words before the folder's separator)
    "The council report docs/report.docx was read out on Monday by the chair of the board.",
    "Open 24/7 coverage of the storm and the roads budget.pdf",  # (the word before "/" is a number)
    "Coffee w/ the mayor and the roads budget.pdf",  # (nothing after the "/" but a space)
    "Note: docs/report.docx",  # (a label's colon is no folder's name)
    "my docs/report.docx\nThe council met on Monday.",  # (two lines)
])
def test_prose_is_not_a_file_name(text):
    assert not looks_like_file_name(text)


# (hunt56) A path in double quotes, as Windows' "Copy as path" gives it (a path column reads it so):
# the text cell scored it as words, a headline-named document's path given an index.
@pytest.mark.parametrize("path", [
    '"C:\\Users\\ana\\Documents\\Council approves the budget for roads and schools next year.docx"',
    '"C:\\Users\\ana\\My Documents\\report.docx"',
    '"my docs/report.docx"',
    "'/home/ana/news/ferry.txt'",
])
def test_a_quoted_path_is_a_file_name(path):
    assert looks_like_file_name(path)  # (main: False)


def test_a_quoted_sentence_is_not():
    assert not looks_like_file_name('"The report is in docs/the budget.docx"')
    assert not looks_like_file_name('"docs/report.docx" is where the council kept it')
