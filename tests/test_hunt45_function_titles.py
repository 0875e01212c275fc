"""(hunt45) Two titles an Excel function read without a word:

- A date cell given as `title` reaches an xlwings Lite function as its serial (45292): it was the
  title "45292", scored with no word said; desktop Excel hands the same cell over as a date, and
  the row was refused ("title: not text: a date"), a score lost for a cell the score can do
  without. Both now score the text with no title, and XLP_SCORES' Status says why. A year (1984,
  2024) is still a title a number can be.
- A title range that equals its text on one row only (a title cell copying the text, =B5) was read
  as that row's title. It is no title now, and said; the whole range given twice is still refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from xlplugin.excel import functions as f

# (our own short report, written for these tests)
TEXT = ("The county library service said on Tuesday that its mobile library would visit six more villages "
        "from May, after a consultation in which most respondents asked for a fortnightly stop, the service's "
        "manager, Ruth Adeyemi, told the council's community committee.")
OTHER = ("Volunteers planted four hundred trees along the river path on Saturday, the parish council said, "
         "as part of a scheme paid for by a county grant, and a second day of planting is set for March.")


def _status(row):
    return row[-1]


@pytest.mark.parametrize(("title", "day"), [
    (45292.0, "2024-01-01"),        # a date cell, as xlwings Lite hands it over
    (45292, "2024-01-01"),
    (46085.427083, "2026-03-04 10:15"),  # a date-time cell
])
def test_a_serial_in_title_is_no_title_and_said(title, day):
    row = f.scores([[TEXT]], False, [[title]])[0]
    assert isinstance(row[0], float), row
    assert "title:" in _status(row) and day in _status(row) and "not a title (not counted)" in _status(row), row
    untitled = f.scores([[TEXT]], False)[0]
    assert row[:-1] == untitled[:-1]


def test_a_date_cell_in_title_scores_as_its_serial_does():
    """Desktop Excel hands the cell over as a date: the same score, and the same word said."""
    row = f.scores([[TEXT]], False, [[dt.datetime(2024, 1, 1)]])[0]
    assert isinstance(row[0], float), row
    assert "title: 2024-01-01 is a date, not a title (not counted)" in _status(row)
    assert isinstance(f.reliability(TEXT, dt.date(2024, 1, 1)), float)


@pytest.mark.parametrize("title", [1984.0, 2024, 12.0])
def test_a_year_or_small_number_is_still_a_title(title):
    """Guard: hunt38b's rule: a number in a title reads as text (1984, 2024)."""
    assert "not a title" not in _status(f.scores([[TEXT]], False, [[title]])[0])


def test_a_title_equal_to_its_text_on_one_row_is_no_title():
    titles = [["Mobile library to visit six more villages"], [OTHER]]
    rows = f.scores([[TEXT], [OTHER]], False, titles)
    assert "not counted" not in _status(rows[0])
    assert "title: the same as the text, not its title (not counted)" in _status(rows[1]), rows[1]
    assert rows[1][:-1] == f.scores([[OTHER]], False)[0][:-1]


def test_a_title_equal_to_its_text_with_other_spacing_is_no_title():
    row = f.scores([[TEXT]], False, [["  " + TEXT.replace(" ", "  ").upper() + " "]])[0]
    assert "title: the same as the text" in _status(row), row


def test_the_whole_text_range_as_title_is_still_refused():
    """Guard: udf43's refusal of the text range given twice stands."""
    got = f.scores([[TEXT], [OTHER]], False, [[TEXT], [OTHER]])
    assert "title is the same cells as text" in str(got)
