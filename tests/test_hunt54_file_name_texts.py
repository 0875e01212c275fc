"""(hunt54) A text that is a file's name or path. On main a table's text cell and the Excel
functions refused a short path ("looks like a file name"), but
- a path of more than five words (a document named by its headline) was scored as the article's
  text, in a table's cell and by the Excel functions alike (an index of 91.5 for a file's name);
- `score_text`, `score_many` and a text file scored any path's words ("not scored: language
  unknown", or "no index: 3 words" with a sentiment and a grade).
Now both are refused, by one rule (`inputs.looks_like_file_name`, `refused_texts.FILE_NAME`).
Paths written for these tests."""

from __future__ import annotations

import pytest

import xlplugin
from xlplugin.excel import functions
from xlplugin.inputs import FILE_NAME_IN_TEXT, Problem, looks_like_file_name, read_paths
from xlplugin.inputs_summary import unscored_reason

LONG_PATHS = [
    "C:\\Users\\ana\\Documents\\Council approves the budget for roads and schools next year.docx",
    "/home/ana/news/the council report on the budget for the roads and the schools of the city.txt",
    "~/Downloads/Storm closes the bridge for a week, engineers say.html",
]
REFUSED = "not scored: looks like a file name, not a text: give the file's text"
SHORT_PATHS = ["/home/ana/news/council.txt", "~/articles/council.txt", "C:\\docs\\report.pdf"]


@pytest.mark.parametrize("path", LONG_PATHS)
def test_a_long_path_is_a_file_name(path):
    assert looks_like_file_name(path)  # (main: False, scored as a text)


@pytest.mark.parametrize("path", LONG_PATHS)
def test_the_excel_functions_refuse_a_long_path(path):
    assert functions.reliability([[path]]) == FILE_NAME_IN_TEXT  # (main: 91.5 for the first)


def test_a_table_refuses_a_long_path_in_its_text_cell(tmp_path):
    table = tmp_path / "rows.csv"
    table.write_text(f'id,text\nr1,"{LONG_PATHS[0]}"\n', encoding="utf-8")
    (row,) = read_paths([str(table)])
    assert isinstance(row, Problem) and row.message == f"column text: {FILE_NAME_IN_TEXT}"


@pytest.mark.parametrize("path", LONG_PATHS + SHORT_PATHS)
def test_score_many_and_score_text_refuse_a_path(path):
    (result,) = xlplugin.score_many([path], workers=1)
    assert result.reliability is None and result.language is None
    assert result.note.startswith(REFUSED)  # (main: "language unknown", "no index: 3 words")
    assert all(score.value is None for score in result.signals.values())
    assert xlplugin.score_text(path).note == result.note
    assert unscored_reason(result.note) == "not text"


def test_a_text_file_holding_a_path_is_refused(tmp_path):
    (tmp_path / "link.txt").write_text(SHORT_PATHS[0] + "\n", encoding="utf-8")
    (record,) = read_paths([str(tmp_path / "link.txt")])
    assert xlplugin.score_text(record.text).note.startswith(REFUSED)


# Guards: prose that names a file, a path of many words that is no document, and a text are scored.
PROSE = ("The text is in C:\\docs\\report.txt, she said, and the council will publish it on Monday.",
         "/r/news users said the council report on the budget for the roads was late again this year",
         "See the attached report.pdf for the figures the council published on Monday about the roads.")


def test_prose_naming_a_file_is_not_a_file_name():
    notes = [xlplugin.score_text(text).note or "" for text in PROSE]
    assert [looks_like_file_name(text) for text in PROSE] == [False, False, False]
    assert not any("file name" in note for note in notes)


def test_a_text_is_still_scored():
    text = ("The council approved the new budget on Tuesday after a long debate, officials said. Spending on roads "
            "and schools will rise next year, according to the finance report published by the city.")
    assert xlplugin.score_text(text).reliability is not None


# (hunt54) A text cell holding a file's name was counted "with no text in the text cell", as a blank
# one is: the summary sent the user to look for an empty cell. It has its own words.
FILE_CELL_WORDS = "with a file name in the text cell (the file's name, not its text)"


def test_the_summary_counts_a_file_name_cell_in_its_own_words(tmp_path, capsys):
    from xlplugin.cli import main

    table = tmp_path / "rows.csv"
    table.write_text(f"id,text\nr1,{SHORT_PATHS[0]}\nr2,\n", encoding="utf-8")
    status = main(["score", str(table)])
    err = capsys.readouterr().err
    assert f"2 not scored (1 {FILE_CELL_WORDS}, 1 empty)" in err  # (main: "1 with no text in the text cell, 1 empty")
    assert status == 2  # (guard: a text cell with no text to score still sets the exit status, as before)


def test_cell_reason_tells_a_file_name_from_a_blank_cell():
    from xlplugin.inputs_summary import NO_TEXT_CELL, cell_reason

    assert cell_reason(f"column text: {FILE_NAME_IN_TEXT}") == FILE_CELL_WORDS  # (main: NO_TEXT_CELL)
    assert cell_reason("column text: empty") == NO_TEXT_CELL
