"""(book51) A text that was not scored (another language) is one Read row showing its reason and
its head: the cell holds that head, cut after a word with the grey marker saying how much is left
out and where the whole text is, and the row is sized to all of it. Before, the cell held the
whole text under a row sized for its head, and the row's foot cut its last shown line through the
middle (seen in LibreOffice's print of the web corpus), with nothing saying the text went on.

The texts are written for this test: a made-up Dutch note about a bakery, and an English one.
"""

from __future__ import annotations

import openpyxl
from test_workbook_refresh_rows import _write

from xlplugin.workbook import refresh_workbook
from xlplugin.workbook.read_sheet import (FIRST_ROW, GREY, HEAD_LINES, READ, Run, head_height, head_runs,
                                          lines_height, text_lines)

DUTCH = ("De bakker in onze straat is op maandag {n} weer open gegaan na de verbouwing. Hij heeft een nieuwe oven "
         "gekocht en de winkel is veel groter geworden, zodat er nu ook een paar tafels staan waar je koffie kunt "
         "drinken. Mijn buurvrouw zegt dat het brood nog net zo lekker is als vroeger.")
WHERE = "Documents sheet, row 2"


def _dutch(paragraphs: int) -> str:
    return "Een nieuwe oven\n\n" + "\n\n".join(DUTCH.format(n=k + 1) for k in range(paragraphs))


def _reason() -> Run:
    return Run("[not scored: language Dutch (most of its common words are Dutch)]\n", GREY, italic=True)


def _text(runs) -> str:
    return "".join(r.text for r in runs)


def test_a_long_text_not_scored_shows_its_head_and_says_where_the_rest_is():
    runs = head_runs([_reason(), Run(_dutch(12), None)], WHERE)
    shown = _text(runs)
    assert shown.startswith("[not scored: language Dutch")
    assert "Een nieuwe oven" in shown
    assert runs[-1].color == GREY and "cut here:" in runs[-1].text and WHERE in runs[-1].text
    # the head: the reason's line and HEAD_LINES lines of the text, then the marker
    assert text_lines(_text(runs[:-1])) <= 1 + HEAD_LINES
    # the row shows every line the cell holds (a last line is never cut by the row's foot)
    assert head_height(runs) >= lines_height(text_lines(shown))


def test_the_head_is_cut_after_a_word():
    runs = head_runs([_reason(), Run(_dutch(12), None)], WHERE)
    head = _text(runs[:-1])
    assert _dutch(12).startswith(head[len(_reason().text):])
    assert head[-1].isalpha() or head[-1] in ".,!?"  # (no word cut in two)


def test_a_short_text_not_scored_is_shown_whole_without_a_marker():
    # guard: a text that fits the head's lines loses nothing and says nothing
    runs = [_reason(), Run("Een nieuwe oven\n\nDe bakker is weer open.", None)]
    assert head_runs(runs, WHERE) == runs
    assert head_height(runs) == lines_height(text_lines(_text(runs)))


def _read_rows(path):
    ws = openpyxl.load_workbook(path)[READ]
    return [(r[1].value, str(r[5].value or ""), ws.row_dimensions[r[0].row].height) for r in ws.iter_rows(min_row=FIRST_ROW)]


def test_the_workbook_row_of_a_text_not_scored_shows_all_its_cell_holds(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [("bakker", "Buurtblad", _dutch(12))])
    (doc_id, cell, height), = [row for row in _read_rows(path) if row[0] == "bakker"]
    assert "cut here:" in cell and cell.endswith("The whole text: Documents sheet, row 2]")  # (no flags to list)
    assert height >= lines_height(text_lines(cell))  # (main: the whole text under a 4-line row)


def test_a_refresh_keeps_the_cut_head_without_scoring_it_again(tmp_path):
    # guard: the cut head is read back as showing its text (refresh_read_edits.shows_text), not as
    # an edit of the Read sheet that would be scored again
    path = tmp_path / "book.xlsx"
    _write(path, [("bakker", "Buurtblad", _dutch(12))])
    before = _read_rows(path)
    summary = refresh_workbook(path)
    assert summary.rescored == 0 and summary.read_edited == 0
    assert _read_rows(path) == before
