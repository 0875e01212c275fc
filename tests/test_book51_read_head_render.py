"""(book51) The Read row of a text that was not scored, printed by LibreOffice (as in
tests/test_workbook_render.py; skipped, with the reason, where LibreOffice or pdftotext is
missing): every word its cell holds reaches the page, the grey marker saying where the whole text
is among them. Before, the cell held the whole text under a row sized for its head: the page
showed the head and half of the next line, and never said that the text went on. Texts written
for this test: a made-up Dutch note about a bakery, and an English one about a harbour."""

from __future__ import annotations

import re

import openpyxl
import pytest
from test_book51_read_head import _dutch
from test_workbook_refresh_rows import _write
from workbook_helpers import printed_text

from xlplugin.workbook.read_sheet import FIRST_ROW, READ, TEXT_COLUMN

ENGLISH = ("The harbour board met on Monday and agreed to dredge the east channel before the autumn storms, "
           "its chair told reporters, after two fishing boats ran aground there in the spring.")


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> tuple[str, str]:
    out = tmp_path_factory.mktemp("book51")
    book = out / "book.xlsx"
    _write(book, [("bakker", "Buurtblad", _dutch(12)), ("harbour", "Harbour Weekly", ENGLISH)])
    ws = openpyxl.load_workbook(book)[READ]
    cell = next(str(row[TEXT_COLUMN - 1]) for row in ws.iter_rows(min_row=FIRST_ROW, values_only=True) if row[1] == "bakker")
    return cell, printed_text(book, out, "-raw")


@pytest.mark.slow
def test_every_word_of_a_not_scored_rows_cell_is_printed(printed):
    cell, text = printed
    words, shown = re.findall(r"\w+", cell), re.findall(r"\w+", text)
    position, lost = 0, []
    for word in words:
        try:
            position = shown.index(word, position)
        except ValueError:
            lost.append(word)
            break
    assert not lost, f"words of the Read cell not printed, from: {lost}"


@pytest.mark.slow
def test_the_page_says_where_the_whole_text_is(printed):
    _cell, text = printed
    flat = " ".join(text.split())
    assert "more characters not shown. The whole text: Documents sheet, row 2" in flat
