"""(fresh39) The Excel functions pair each text cell with its own result and its own title, url,
outlet, author and published cells. Two ranges paired a cell with another row's:

- XLP_SCORES gives one row of scores per text, going down. Over a text range of two columns
  (A2:B3) or a row of texts (B2:D2) the rows went down in reading order, so the second text's
  scores stood in the row below, beside another document's text, and every later row one place
  further down. It now refuses such a range with a message saying to give one column.
- A title (or url, outlet, author, published) range of another shape than the texts but as many
  cells (texts A2:B3, titles C2:C5) was paired in reading order: row 3's title went to B2's text.
  It is now refused, naming both shapes; (udf43) a row beside a column of texts is refused too.
"""

from __future__ import annotations

import pytest

from xlplugin import cells
from xlplugin.excel import functions as f

from samples import CALM_REPORT, CHARGED_RANT

WIDTH = len(cells.score_columns())
INDEX = 0


def _refused(rows: list[list[object]], *words: str) -> None:
    """One row: the message in its first cell, no score anywhere."""
    assert len(rows) == 1 and len(rows[0]) == WIDTH
    assert all(word in rows[0][0] for word in words), rows[0][0]
    assert all(value == "" for value in rows[0][1:])


@pytest.mark.parametrize("text", [
    [[CALM_REPORT, CHARGED_RANT], [CHARGED_RANT, CALM_REPORT]],   # A2:B3
    [[CALM_REPORT, CHARGED_RANT, CALM_REPORT]],                    # a row of texts, B2:D2
    [[CALM_REPORT, None], [None, CHARGED_RANT]],                   # blanks in it change nothing
])
def test_scores_over_several_columns_is_refused(text):
    _refused(f.scores(text, workers=1), "one column", "XLP_SCORES")


def test_scores_refusal_keeps_the_header_row():
    rows = f.scores([[CALM_REPORT, CHARGED_RANT]], True, workers=1)
    assert rows[0] == f.score_headers()
    _refused(rows[1:], "one column")


def test_scores_refusal_fits_desktop_excel():
    # a message of a 10-cell row is cut at 255 characters on the desktop: this one is whole
    message = f.scores([[CALM_REPORT, CHARGED_RANT]] * 3, workers=1)[0][0]
    assert len(message) <= f.DESKTOP_RANGE_LIMIT
    assert f.desktop_cells([[message, ""]])[0][0] == message


def test_scores_over_one_column_gives_each_text_its_own_row_in_order():
    calm = f.reliability(CALM_REPORT, workers=1)
    rant = f.reliability(CHARGED_RANT, workers=1)
    assert calm != rant
    rows = f.scores([[CALM_REPORT], [None], [CHARGED_RANT], [CALM_REPORT]], workers=1)
    assert [row[INDEX] for row in rows] == [calm, "", rant, calm]


@pytest.mark.parametrize("function", [f.reliability, f.kind])
def test_a_title_range_of_another_shape_is_refused(function):
    block = [[CALM_REPORT, CHARGED_RANT], [CHARGED_RANT, CALM_REPORT]]
    column = [["Council approves road plan"], ["They lie"], ["Wake up"], ["Budget passed"]]
    message = function(block, column, workers=1)
    assert isinstance(message, str)
    assert "title is 4 rows by 1 column but text is 2 rows by 2 columns" in message
    assert "same shape" in message
    # the other way round: a block of titles for a column of texts
    message = function([[CALM_REPORT], [CHARGED_RANT], [CALM_REPORT], [CHARGED_RANT]],
                       [["a", "b"], ["c", "d"]], workers=1)
    assert "title is 2 rows by 2 columns but text is 4 rows by 1 column" in message


@pytest.mark.parametrize("argument", ["url", "outlet", "author", "published"])
def test_every_metadata_argument_is_held_to_the_texts_shape(argument):
    block = [[CALM_REPORT, CHARGED_RANT], [CHARGED_RANT, CALM_REPORT]]
    message = f.reliability(block, **{argument: [["x"], ["y"], ["z"], ["w"]]}, workers=1)
    assert isinstance(message, str) and message.startswith(f"{argument} is 4 rows by 1 column"), message
    texts = [[CALM_REPORT], [CHARGED_RANT], [CALM_REPORT], [CHARGED_RANT]]
    rows = f.scores(texts, False, **{argument: [["x", "y"], ["z", "w"]]}, workers=1)
    _refused(rows, f"{argument} is 2 rows by 2 columns but text is 4 rows by 1 column")


def test_ranges_of_one_shape_and_lines_still_pair_cell_by_cell():
    outlet = "Example Daily"
    alone = f.reliability(CALM_REPORT, None, None, outlet, workers=1)
    without = f.reliability(CALM_REPORT, workers=1)
    assert alone != without  # the outlet moves the index: the pairing below can be seen
    # a block with a block of the same shape: each text its own outlet
    got = f.reliability([[CALM_REPORT, CALM_REPORT]] * 2, None, None, [[outlet, None], [None, outlet]], workers=1)
    assert got == [[alone, without], [without, alone]]
    # a column of texts with a column of outlets (or a Python list): paired in order; (udf43) a row of
    # outlets beside a column of texts is refused (tests/test_udf43_shapes_and_error_args.py)
    got = f.reliability([[CALM_REPORT], [CALM_REPORT]], None, None, [[None], [outlet]], workers=1)
    assert got == [[without], [alone]]
    assert f.reliability([CALM_REPORT, CALM_REPORT], None, None, [outlet, None], workers=1) == [alone, without]


@pytest.mark.parametrize("name", ["Text", "article", " Body ", "Article text"])
def test_scores_with_a_header_over_the_column_with_its_name_keeps_rows_beside_their_texts(name):
    # =XLP_SCORES(A1:A4, TRUE) typed in B1, the column's header cell included: the header row stood
    # in B1, the name's own row ("too short") in B2 beside A2's text, and every text's scores one
    # row below it. The header row takes the name's place.
    calm = f.reliability(CALM_REPORT, workers=1)
    rant = f.reliability(CHARGED_RANT, workers=1)
    rows = f.scores([[name], [CALM_REPORT], [None], [CHARGED_RANT]], True, workers=1)
    assert len(rows) == 4
    assert rows[0] == f.score_headers()
    assert [row[INDEX] for row in rows[1:]] == [calm, "", rant]
    # a title column given with its header cell too stays in step
    rows = f.scores([[name], [CALM_REPORT], [CHARGED_RANT]], True, [["Title"], ["Road plan"], ["Wake up"]], workers=1)
    assert len(rows) == 3 and rows[0] == f.score_headers()


def test_a_first_cell_that_is_a_text_or_without_header_is_scored_as_before():
    calm = f.reliability(CALM_REPORT, workers=1)
    rows = f.scores([["Text"], [CALM_REPORT]], False, workers=1)  # no header row: the name's row stays
    assert len(rows) == 2 and rows[1][INDEX] == calm and rows[0][INDEX] == ""
    rows = f.scores([["Texts of the week"], [CALM_REPORT]], True, workers=1)  # not a column's name
    assert len(rows) == 3 and rows[2][INDEX] == calm
