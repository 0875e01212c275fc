"""(book52) The Overview's label rows were estimated too tall: rendered in LibreOffice (whose
Carlito has Calibri's metrics), a width-50 label cell held 52 to 59 characters a line, words kept
whole, while the estimate counted characters over 48 and no word wrap (`text_styles.wrapped_lines`),
so a label of two lines got the height of three or four, and the page wasted a third of its
height. The Overview's rows now take the lines their words take, wrapped as a spreadsheet wraps
them at 59 characters a line (fit.prose_lines, PROSE_CHARS_PER_WIDTH). Each case below is a label
whose lines were counted in the rendered page; the estimate may not be lower than what rendered
(a row too short would clip its label), nor higher.
(book54) The estimate now measures each word's letters (fit.text_pixels) in Excel's column, 5%
narrower than LibreOffice's: a label whose rendered line is longer than Excel's column is a line
over what LibreOffice showed, and no more (the third value of each case).
"""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin import Settings
from xlplugin.workbook import fit, layout, write_scored_workbook
from xlplugin.workbook.guide_sheets import OVERVIEW_WIDTHS
from workbook_helpers import score
from test_workbook_refresh_rows import _items

WIDTH = OVERVIEW_WIDTHS["A"]

# Labels written here with the lengths and word breaks of the Overview's own, and the lines each
# took in LibreOffice at width 50 (the Overview's labels, rendered to PDF at 60 dpi and counted).
# (book54: the lines estimated, where Excel's narrower column wraps a line LibreOffice kept whole:
# the Provenance label is 352 pixels, the Weight title's first line 359, Excel's column 350)
RENDERED = [
    ("Average reliability index (0-100, higher = more reliable)", 1, 1),             # 57 characters
    ("Provenance 0-100 (higher = better sourced): weight 1 of 10", 1, 2),            # 58
    ("Weight of each column in the index, out of 10 (a column not scored is left out; Settings sheet; "
     "refresh after a change)", 2, 3),
    ("Sentiment (mean, -1 negative to +1 positive): weight 0, shown but not in the index; neither end "
     "is better", 2, 2),
    ("Loaded terms per 1,000 words (higher = more loaded): weight 5 of 10 (half for loaded terms, half "
     "for the author's voice: a quarter for first-person words, a quarter for the author's own "
     "questions); lower = more reliable", 4, 4),
]


@pytest.mark.parametrize(("label", "lines", "estimated"), RENDERED)
def test_a_label_takes_the_lines_it_rendered_in(label, lines, estimated):
    assert fit.prose_lines(label, WIDTH) == estimated
    assert lines <= estimated <= lines + 1


@pytest.mark.parametrize(("text", "lines"), [
    ("", 1), (None, 1), ("short", 1),
    ("x" * 130, 3),                           # a word longer than a line runs over as many as it needs
    ("first line\nsecond line", 2),           # a line break is a line
    ("word " * 8 + "x" * 20, 2),              # a long word that does not fit starts the next line
])
def test_wrapping_rules(text, lines):
    assert fit.prose_lines(text, WIDTH) == lines


def test_the_written_overview_rows_are_as_tall_as_their_labels(tmp_path):
    path = tmp_path / "book.xlsx"
    items = _items([("a", "Harbour Weekly", "The harbour committee met on Thursday to discuss the sea wall.")])
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)[layout.OVERVIEW]
    checked = 0
    for row in range(2, ws.max_row + 1):
        label = ws.cell(row, 1).value
        if isinstance(label, str) and len(label) > 48:
            lines = fit.prose_lines(label, WIDTH)
            assert ws.row_dimensions[row].height == fit.text_lines_height(lines, layout.LINE_HEIGHT), label
            checked += 1
    assert checked >= 4
    # the weights' title (119 characters) is as tall as its estimate (book54: three lines, its first
    # line longer than Excel's column, though LibreOffice set it in two)
    title = next(r for r in range(2, ws.max_row + 1) if str(ws.cell(r, 1).value or "").startswith("Weight of each"))
    assert ws.row_dimensions[title].height == fit.text_lines_height(RENDERED[2][2], layout.LINE_HEIGHT)


# (book52) The Outlets sheet's rows had the same estimate: a name of 28 characters in its width-28
# column (LibreOffice set it on one line) made its row two lines tall, a blank line under it.
_REPORT = ("The county library said on Thursday that its east wing will reopen in March, according to its "
           "published schedule. \"The new roof is finished,\" said director Ana Velez, who runs the branch.")


@pytest.mark.parametrize(("outlet", "tall"), [
    ("Harwick Valley's Evening Post", False),                       # 29 characters: one line, as rendered
    ("The Northern Counties Evening Chronicle and Advertiser", True),  # guard: still two lines
])
def test_an_outlets_row_is_as_tall_as_its_name_wraps(tmp_path, outlet, tall):
    from workbook_helpers import scored_by_cli
    from xlplugin.workbook.outlets import FIRST_ROW, OUTLETS

    ws = openpyxl.load_workbook(scored_by_cli(tmp_path, ["id", "outlet", "text"], [["a", outlet, _REPORT]]))[OUTLETS]
    row = next(r for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value == outlet)
    assert ((ws.row_dimensions[row].height or 15) > 15) is tall


def test_the_documents_and_refresh_rows_count_lines_the_same_way():
    # (book52) the Documents sheet's rows (`score`'s writer and a refresh's rows) count a Why's lines
    # by the same word wrap: a Why of two rendered lines was given three
    from xlplugin.workbook.text_styles import wrapped_lines

    label, _, lines = RENDERED[2]
    assert wrapped_lines(label, WIDTH) == fit.prose_lines(label, WIDTH) == lines


def test_the_settings_description_stands_apart_from_its_value(tmp_path):
    # (book52) the value is right-aligned against its description: "25Documents with fewer words"
    path = tmp_path / "book.xlsx"
    items = _items([("a", "Harbour Weekly", "The harbour committee met on Thursday to discuss the sea wall.")])
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)[layout.SETTINGS_SHEET]
    described = [row for row in range(2, ws.max_row + 1) if ws.cell(row, 3).value]
    assert described and all(ws.cell(row, 3).alignment.indent >= 1 for row in described)
    assert all(ws.cell(row, 3).alignment.wrap_text for row in described)  # guard: still wrapped
