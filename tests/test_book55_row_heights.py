"""(book55) Every wrapped cell of a Documents row counts in its height: the id and the title as
much as the Why and the Status.

A refresh lays out a row the user appended as `score` lays out its rows (added_rows), but it set
its height from the Why and the Status alone: a long id that wraps at its hyphens ("pages/some-
site.de.a-long-..."), or a title of several lines, was cut at the row's foot, on screen and on
paper. Now the appended row is as tall as `score` makes it (writer.row_height: the Why, the
Status, and each printed text cell of the user's at its column's width). A row the user gave a
height of its own keeps it.
"""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import fit
from xlplugin.workbook.layout import LINE_HEIGHT, MAX_LINES
from xlplugin.workbook.writer import row_height

from workbook_helpers import scored_by_cli

TEXTS = {
    "calm1": "The parish council will meet on Tuesday evening in the village hall, the clerk said.",
    "calm2": "The bakery on Station Road reopens on Monday after a two-week refit, its owner said.",
}
# An id as a folder of saved web pages gives it: no spaces, broken at its hyphens where it wraps.
LONG_ID = "pages/some-long-site-name.example.de.a-long-file-name-about-the-new-budget-and-the-old-budget-of-the-town.html"
LONG_TITLE = ("Council approves the new budget after a long debate about schools, roads, the library, "
              "the swimming pool and the bus routes that run through the villages")
ADDED_TEXT = "The library on Mill Lane will open on Sundays from next month, the council said on Friday."


def _book(tmp_path, columns):
    return scored_by_cli(tmp_path, list(columns),
                         [[key, *(f"{key} {c}" for c in columns[1:-1]), text] for key, text in TEXTS.items()])


def _append(book, values, height=None):
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    number = max(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value) + 1
    for column, value in enumerate(values, 1):
        ws.cell(number, column).value = value
    if height is not None:
        ws.row_dimensions[number].height = height
    wb.save(book)
    return number


def _row(book, number):
    ws = openpyxl.load_workbook(book)["Documents"]
    headers = [c.value for c in ws[1]]
    widths = {h: ws.column_dimensions[c.column_letter].width for h, c in zip(headers, ws[1])}
    values = {h: ws.cell(number, i).value for i, h in enumerate(headers, 1)}
    return ws.row_dimensions[number].height, values, widths


def test_an_appended_rows_long_id_counts_in_its_height(tmp_path):
    book = _book(tmp_path, ("id", "text"))
    number = _append(book, [LONG_ID, ADDED_TEXT])
    assert main(["refresh", str(book), "-q"]) == 0
    height, values, widths = _row(book, number)
    id_lines = fit.prose_lines(LONG_ID, widths["id"])
    assert id_lines >= 3  # (the id wraps at its hyphens: more lines than its short Why)
    # (a text cell of the user's shows up to MAX_LINES lines; the id column is as `score` fitted it)
    assert height >= fit.text_lines_height(min(id_lines, MAX_LINES), LINE_HEIGHT)
    # as tall as `score` makes a row with these cells
    assert height == row_height(((values["Why"], widths["Why"]), (values["Status"], widths["Status"])),
                                ((values["id"], widths["id"]),))


def test_an_appended_rows_long_title_counts_in_its_height(tmp_path):
    book = _book(tmp_path, ("id", "title", "text"))
    number = _append(book, ["new1", LONG_TITLE, ADDED_TEXT])
    assert main(["refresh", str(book), "-q"]) == 0
    height, values, widths = _row(book, number)
    title_lines = fit.prose_lines(LONG_TITLE, widths["title"])
    assert title_lines >= 3
    assert height >= fit.text_lines_height(min(title_lines, MAX_LINES), LINE_HEIGHT)


def test_near_miss_an_appended_row_with_short_cells_is_as_tall_as_its_why(tmp_path):
    book = _book(tmp_path, ("id", "text"))
    number = _append(book, ["new1", ADDED_TEXT])
    assert main(["refresh", str(book), "-q"]) == 0
    height, values, widths = _row(book, number)
    assert height == row_height(((values["Why"], widths["Why"]), (values["Status"], widths["Status"])))


def test_near_miss_an_appended_row_keeps_a_height_the_user_gave_it(tmp_path):
    book = _book(tmp_path, ("id", "text"))
    number = _append(book, [LONG_ID, ADDED_TEXT], height=100)
    assert main(["refresh", str(book), "-q"]) == 0
    assert _row(book, number)[0] == 100
