"""A short text is one Read row (sheets22; words19 tried it and reverted it). A text of a few
lines was cut into rows of at most PART_LINES, each under "(continued)": a 100-word post read as
three pieces. A text of at most ONE_ROW_LINES estimated lines is now one row, as tall as its lines
(`read_sheet.row_height`), with its flags on it; a longer one still goes on in rows of
PART_LINES. The shapes are those that take lines: prose, a forum post of short lines and blank
lines, a list, and a rant whose loaded words are flagged. (Texts written for these tests.)"""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText
from test_read_whole_text import PARAGRAPHS, _documents
from test_workbook_refresh_rows import _write

from xlplugin.workbook import read_sheet
from xlplugin.workbook.read_sheet import ONE_ROW_LINES, PART_LINES, is_continued, lines_height, text_lines
from xlplugin.workbook.refresh import refresh_workbook

PROSE = ("The library service said on Wednesday that four branches would open on Sunday afternoons from "
         "April, after a survey of twelve hundred readers. Its head, Marta Quill, said the extra hours would be "
         "paid for by closing the mobile van on Mondays. Fines stay as they are, the service said.\n\nParents "
         "in the east of the town, who asked for a branch near the new school, said the Sunday hours would let "
         "their children borrow books for the week. The council said that branch would be looked at next year, "
         "with the cost of a second van.\n\nThe first Sunday opening is on the sixth of April, from one o'clock "
         "until five, at the central, north, west and harbour branches.")
POST = ("Re: Sunday opening at the library?\n\nJoined: May 2020\nPosts: 88\n\nDoes anyone know if the east "
        "branch opens on Sundays as well?\nThe sign on the door only lists the main library.\nI rang them and "
        "got no answer.\n\n3 likes")
LIST = "Sunday hours from April:\n\n" + "\n".join(f"- branch {n}: opens at {n + 11}:00" for n in range(1, 8))
RANT = ("This is a disgraceful, shameful decision and everyone knows it! The so-called experts at the "
        "council are lying again. Obviously they have destroyed the library service for good, and they will "
        "never admit it. Wake up, people! This corrupt gang must go.\n\nThey closed the reading room, they sold the "
        "old building, and now they cut the hours. Pathetic! Nobody voted for this outrageous betrayal.\n\n"
        "Share if you agree!")
SHORT_SHAPES = {"prose": PROSE, "forum post": POST, "list": LIST, "rant": RANT}


@pytest.mark.parametrize("name", sorted(SHORT_SHAPES))
def test_a_short_text_is_one_row_as_tall_as_its_lines(name, tmp_path):
    text = SHORT_SHAPES[name]
    lines = text_lines(text)
    assert PART_LINES < lines <= ONE_ROW_LINES, lines  # (a text rows of PART_LINES split, now whole)
    path = tmp_path / "book.xlsx"
    _write(path, [("short", "Town Post", text), ("other", "Town Post", PROSE[:200])])
    (first, rows), _other = _documents(path)
    assert len(rows) == 1 and not any(is_continued(values[1]) for _, _, values in rows), rows
    shown, height, _ = rows[0]
    assert str(shown).replace(read_sheet.MARK, "") == text  # the whole text, in the one row
    # as tall as its lines: each line 15 points, with the spare line of every twelve
    assert height == lines_height(lines) and height >= 15 * lines


def test_the_flags_stay_on_a_short_texts_one_row(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [("rant", "Town Post", RANT), ("other", "Town Post", PROSE)])
    ws = openpyxl.load_workbook(path, rich_text=True)[read_sheet.READ]
    cell = ws.cell(read_sheet.FIRST_ROW, read_sheet.TEXT_COLUMN).value
    assert isinstance(cell, CellRichText)
    red_bold = [str(block.text) for block in cell if not isinstance(block, str) and block.font.b
                and block.font.color is not None and block.font.color.rgb == read_sheet.RED]
    assert red_bold, cell  # loaded words, in bold red
    assert not is_continued(ws.cell(read_sheet.FIRST_ROW + 1, 2).value)


def test_a_short_text_stays_one_row_through_refreshes(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [("post", "Town Post", POST), ("prose", "Town Post", PROSE)])
    before = [len(rows) for _, rows in _documents(path)]
    refresh_workbook(path)  # nothing changed
    wb = openpyxl.load_workbook(path)
    wb["Documents"].cell(3, [c.value for c in wb["Documents"][1]].index("text") + 1).value = PROSE + " It opens in April."
    wb.save(path)
    refresh_workbook(path)  # the other row edited: the post's row kept, the prose's written again
    assert [len(rows) for _, rows in _documents(path)] == before == [1, 1]


def test_a_longer_text_still_goes_on_in_rows_that_fit(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [("long", "Town Post", PARAGRAPHS)])
    (_, rows), = _documents(path)
    assert text_lines(PARAGRAPHS) > ONE_ROW_LINES and len(rows) > 1
    for piece, _, _ in rows:
        assert text_lines(piece) <= PART_LINES
