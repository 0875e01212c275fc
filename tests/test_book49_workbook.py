"""book49: the workbook as a reader meets it. The Overview's "Average reliability index" was a bare
number (87.0) with neither its scale nor which way is better, unlike every other index figure in the
workbook; the Outlets sheet printed each outlet whose rows were all not scored (a folder of pages in
another language: most outlets) at double height, because "2 rows not scored (their Status says
why)" took two lines of the kinds column."""

from __future__ import annotations

import openpyxl
from openpyxl.utils import get_column_letter

from xlplugin.cells import INDEX_HEADER
from xlplugin.workbook import layout
from xlplugin.workbook.outlets import FIRST_ROW, OUTLETS, PRINTED_TAIL
from xlplugin.workbook.text_styles import wrapped_lines

from workbook_helpers import scored_by_cli

# written for these tests: a plain report, long enough for an index
REPORT = ("The county library said on Thursday that its east wing will reopen in March, according to its "
          "published schedule. \"The new roof is finished,\" said director Ana Velez, who runs the branch. "
          "The council said the repairs cost about {n} million crowns and took eight months.")
# written for these tests: a text in German, which is kept but not scored (its Status says why)
NOT_TEXT = ("Die Bibliothek des Landkreises teilte am Donnerstag mit, dass ihr Ostfl\u00fcgel im M\u00e4rz wieder "
            "\u00f6ffnet. Das neue Dach sei fertig, sagte die Leiterin, die die Zweigstelle f\u00fchrt. Die "
            "Reparaturen h\u00e4tten etwa zwei Millionen Kronen gekostet und acht Monate gedauert, hie\u00df es.")
LONG_OUTLET = "The Northern Counties Evening Chronicle and Advertiser of the Western Valleys"


def _book(tmp_path, rows):
    return openpyxl.load_workbook(scored_by_cli(tmp_path, ["id", "outlet", "text"], rows))


def _overview(wb):
    return {row[0]: (row + (None,))[1] for row in wb[layout.OVERVIEW].iter_rows(values_only=True) if row and row[0]}


def test_the_overviews_average_index_says_its_scale_and_direction(tmp_path):
    wb = _book(tmp_path, [["a", "Valley Post", REPORT.format(n=2)], ["b", "Valley Post", REPORT.format(n=3)]])
    labels = [label for label in _overview(wb) if isinstance(label, str) and label.startswith("Average reliability index")]
    assert len(labels) == 1
    # the same scale and direction as the Documents sheet's index header
    assert "0-100" in labels[0] and "higher = more reliable" in labels[0] and "0-100" in INDEX_HEADER
    assert _overview(wb)[labels[0]] == 93


def test_the_overviews_other_figures_keep_their_words(tmp_path):
    # (guard: the counts beside it are counts of documents, and keep their labels)
    wb = _book(tmp_path, [["a", "Valley Post", REPORT.format(n=2)]])
    overview = _overview(wb)
    assert overview["Documents with an index (the bands above)"] == 1


def _outlet_row(ws, name):
    return next(r for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value == name)


def _kinds_column(ws):
    return ws.max_column - PRINTED_TAIL


def test_an_outlet_with_only_rows_not_scored_prints_one_line_high(tmp_path):
    ws = _book(tmp_path, [["a", "Valley Post", REPORT.format(n=2)], ["b", "Hill Gazette", NOT_TEXT],
                          ["c", "Hill Gazette", NOT_TEXT]])[OUTLETS]
    row = _outlet_row(ws, "Hill Gazette")
    kinds = ws.cell(row, _kinds_column(ws)).value
    assert kinds == "2 rows not scored (Status says why)"
    width = ws.column_dimensions[get_column_letter(_kinds_column(ws))].width
    assert wrapped_lines(kinds, width) == 1
    assert not ws.row_dimensions[row].height or ws.row_dimensions[row].height <= 17


def test_a_long_outlet_name_or_a_long_kinds_cell_still_wraps(tmp_path):
    # (guard: a row whose printed cells need two lines is still made tall enough for them)
    ws = _book(tmp_path, [["a", LONG_OUTLET, REPORT.format(n=2)], ["b", "Valley Post", REPORT.format(n=3)],
                          ["c", "Valley Post", NOT_TEXT]])[OUTLETS]
    assert ws.row_dimensions[_outlet_row(ws, LONG_OUTLET)].height > 17
    row = _outlet_row(ws, "Valley Post")
    assert "; and 1 row not scored (" in ws.cell(row, _kinds_column(ws)).value
    assert ws.row_dimensions[row].height > 17
