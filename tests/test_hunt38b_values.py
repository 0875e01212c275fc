"""hunt38b: values of the wrong kind are never silently wrong, and never cost a row."""

from __future__ import annotations

import pytest

from xlplugin.excel import functions as f

TEXT = ("The harbour board said on Tuesday that the new ferry timetable would add two crossings a day, "
        "according to a statement from its chair. Residents said the change was overdue.")


# 1. A number in the author, url or outlet argument: not counted, said, and the text still scored.

@pytest.mark.parametrize(("argument", "value", "words"), [
    ("author", 2024.0, "author: '2024' is not an author (not counted)"),
    ("author", 7, "author: '7' is not an author (not counted)"),
    ("url", 3.5, "url: '3.5' is not"),
])
def test_a_number_in_a_naming_argument_is_not_counted_and_the_text_is_scored(argument, value, words):
    plain = f.reliability(TEXT)
    assert f.reliability(TEXT, **{argument: value}) == plain
    assert f.kind(TEXT, **{argument: value}) == f.kind(TEXT)
    row = f.scores([[TEXT]], False, **{argument: [[value]]})[0]
    assert row[0] == plain
    assert words in row[-1] and row[-1].startswith("scored")


def test_one_number_in_an_author_range_costs_no_row_of_the_batch():
    other = TEXT + " The board meets again in June."
    got = f.scores([[TEXT], [other], [TEXT]], False, None, None, None, [[2024.0], ["Mara Lind"], [None]])
    assert all(isinstance(row[0], float) for row in got)
    assert "author: '2024' is not an author (not counted)" in got[0][-1]
    assert "not counted" not in got[1][-1] and "not counted" not in got[2][-1]
    assert f.reliability([[TEXT]], author=[[2024.0]]) == f.reliability(TEXT)  # (a 1x1 range gives a value)
