"""(words19) The Read sheet shows a short text in one row: a 100-word post was cut into three rows
of "(continued)", each under its own band of spare room, which read as three pieces. A text of at
most ONE_ROW_LINES estimated lines takes one row, tall enough for its lines; a longer one still
goes on in rows of PART_LINES. The shapes are those that take lines: a paragraph of prose, a
forum post of short lines and blank lines, a list of items. (Texts written for these tests.)"""

from __future__ import annotations

import math

import pytest
from test_read_whole_text import CONTINUED, PARAGRAPHS, _documents
from test_workbook_refresh_rows import _write

from xlplugin.workbook.read_sheet import ONE_ROW_LINES, PART_LINES, text_lines

PROSE = ("The ferry company said on Monday that the winter timetable would add two crossings to the island, "
         "after a petition signed by four hundred residents. The harbour master, Ines Alvarez, said the new "
         "sailings would leave at seven in the morning and at nine at night from the first of November. Fares "
         "stay as they are, the company said, and a review of the timetable is due in March.\n\nResidents of the "
         "north shore, who asked for a stop at Kelling, said the new times would let them reach the mainland "
         "hospital before morning clinics. The council's transport officer said the stop would be looked at in "
         "the spring review, with the costs of a longer crossing.")
POST = ("Re: Ferry times this winter\n\nJoined: June 2021\nPosts: 230\n\nAnyone know if the late boat runs on "
        "Sundays too?\nThe notice on the pier does not say.\nI asked at the kiosk and they did not know either.\n\n"
        "5 likes")
LIST = "Changes from November:\n\n" + "\n".join(f"- crossing {n}: leaves at {7 + n}:15" for n in range(1, 8))
SHORT_SHAPES = {"prose": PROSE, "forum post": POST, "list": LIST}


@pytest.mark.parametrize("name", sorted(SHORT_SHAPES))
def test_a_short_text_is_one_row(name, tmp_path):
    text = SHORT_SHAPES[name]
    lines = text_lines(text)
    assert PART_LINES < lines <= ONE_ROW_LINES, lines  # (a text the old rule split, the new one keeps whole)
    path = tmp_path / "book.xlsx"
    _write(path, [("short", "Ferry News", text), ("other", "Ferry News", PROSE[:200])])
    docs = _documents(path)
    (first, rows) = docs[0]
    assert len(rows) == 1 and not any(values[1] == CONTINUED for _, _, values in rows), rows
    height = rows[0][1]
    assert height is not None and height >= 15 * lines  # tall enough for every line
    assert height <= 15 * (ONE_ROW_LINES + math.ceil(ONE_ROW_LINES / 12)) + 4


def test_a_longer_text_still_goes_on_in_rows_that_fit(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [("long", "Town Post", PARAGRAPHS)])
    (_, rows), = _documents(path)
    assert text_lines(PARAGRAPHS) > ONE_ROW_LINES and len(rows) > 1
    for piece, _, _ in rows:
        assert text_lines(piece) <= PART_LINES
