"""XLP_SCORES' second argument is `header`; every other XLP_ function's is `title`. A formula
copied from XLP_RELIABILITY (title second) would shift every later argument by one and still give a
score. A header that is not TRUE/FALSE (or blank, 0, 1, yes/no) gives a message naming the
argument order instead, never a score (calls21)."""

from __future__ import annotations

import datetime

import pytest

from xlplugin import cells
from xlplugin.excel import functions as f

TEXT = ("The county council approved the new road plan on Tuesday, a spokesperson said. "
        "Work on the bypass is due to start in the spring and to last two years, according to the plan.")
WIDTH = len(cells.score_columns())


def _is_refusal(rows):
    assert len(rows) == 1 and len(rows[0]) == WIDTH
    message = rows[0][0]
    assert "header" in message and "title comes third" in message
    assert all(value == "" for value in rows[0][1:])  # no score anywhere in the row


@pytest.mark.parametrize("header", [
    "Council approves road plan",             # a title typed where XLP_RELIABILITY has it
    [["Council approves road plan"]],          # the same as a cell reference
    "https://www.example.org/news/road",       # a url one place too early
    "2024-03-05",
    datetime.datetime(2024, 3, 5),             # a date cell (desktop Excel)
    45356.0,                                   # a date serial (xlwings Lite) or any other number
    2,
    [["Ann Lee"]],
])
def test_a_header_that_is_not_true_or_false_is_refused(header):
    _is_refusal(f.scores(TEXT, header, None, "https://www.example.org/news/road", "Example News"))
    _is_refusal(f.scores([[TEXT], [TEXT]], header))


@pytest.mark.parametrize("header, shown", [
    (True, True), (False, False), (None, False), ("", False), (0, False), (1.0, True), ("TRUE", True),
    ("false", False), (" yes ", True), ("No", False), ([["TRUE"]], True), ([[None]], False),
])
def test_true_false_blank_zero_one_still_work(header, shown):
    rows = f.scores(TEXT, header)
    assert (rows[0] == cells.score_columns()) is shown
    assert len(rows) == 1 + shown
    assert isinstance(rows[-1][0], (int, float))  # the index is scored


@pytest.mark.parametrize("header", [
    [[None], ["Council approves road plan"]],   # a column of titles whose first cell is blank
    [[True], [False]],                           # two flags: which one was meant is not known
    [[None], [None]],                            # a blank range of two cells
    [["TRUE", "FALSE"]],                         # across a row
])
def test_a_header_given_as_a_range_of_several_cells_is_refused(header):
    """(session 21, hunt22) The first cell of a range was read alone: a range of titles whose
    first cell is blank read as FALSE and shifted every later argument, silently."""
    rows = f.scores([[TEXT], [TEXT]], header)
    assert len(rows) == 1 and "range of" in rows[0][0] and "title comes third" in rows[0][0]
    assert all(value == "" for value in rows[0][1:])
