"""A Documents row is as tall as its own wrapped text cells need (the text, a title), not only as
tall as its Why and Status, up to eight lines: a short text is not cut off at two lines, and a long
one does not make its row a screen high (its whole text is in the cell). (Where the text prints:
print18.)"""

import openpyxl
from workbook_helpers import records, score

from xlplugin import Settings
from xlplugin.workbook import fit, write_scored_workbook
from xlplugin.workbook.writer import LINE_HEIGHT, row_height

SENTENCE = "The harbour board met on Monday and agreed to dredge the channel before the autumn storms. "


def _heights(tmp_path, texts):
    items = records(texts)
    for item in items:  # (an id and a text; where the text does not print, a row is as tall as its
        # printed cells: test_print18_documents_print)
        item.columns = {"id": item.columns["id"], "text": item.columns["text"]}
    path = tmp_path / "heights.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)["Documents"]
    return [ws.row_dimensions[n].height for n in range(2, len(texts) + 2)]


def test_a_long_text_makes_its_row_taller(tmp_path, monkeypatch):
    monkeypatch.setattr(fit, "FULL_SCALE", fit.MIN_SCALE)  # (the sheet prints every column, its text too)
    medium = SENTENCE * 3  # some 270 characters: several lines at the text column's width
    long = SENTENCE * 200  # far past eight lines
    one_line, medium_row, long_row = _heights(tmp_path, ["A short note of fifty words would do. " * 2, medium, long])
    assert medium_row > LINE_HEIGHT * 2  # the text's lines, not the Why's two
    assert long_row == LINE_HEIGHT * 8 + 2 <= fit.MAX_ROW_HEIGHT


def test_why_and_status_still_count():
    # a short text, a long Why: the Why decides, whole (up to the tallest row a spreadsheet takes)
    why = "word " * 400
    assert row_height(((why, 50), ("scored", 24)), (("Short text.", 50),)) == fit.MAX_ROW_HEIGHT
    assert row_height((("scored", 50),), (("x " * 2000, 50),)) == LINE_HEIGHT * 8 + 2
    assert row_height((("scored", 50),), (("A line.\nAnother.\nA third.", 50),)) == LINE_HEIGHT * 3 + 2
    assert row_height((("scored", 50),), ()) == LINE_HEIGHT
