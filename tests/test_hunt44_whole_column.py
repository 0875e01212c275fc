"""(hunt44) An Excel function over a whole column (=XLP_SCORES(B:B, TRUE)): xlwings hands it every one
of the sheet's 1,048,576 cells, and XLP_SCORES gave the header and one row per cell, 1,048,577 rows,
more than a sheet holds: Excel showed #SPILL! and no score. The blank rows after the column's last
text are left out; every row up to it gets the result it gets from the range that ends there."""

from __future__ import annotations

from xlplugin.excel import functions

ROWS = 1_048_576  # a worksheet's rows: what B:B holds
NEWS = ("The harbour authority said on Tuesday that the new ferry terminal will open in May, "
        "after two years of building work and a delay caused by storms last winter.")
OPINION = ("This is obviously the worst plan the council has ever proposed, and everyone knows it. "
           "The so-called experts who back it should be ashamed of themselves!")


def _column(*cells, rows=ROWS):
    """A whole column as xlwings hands it (a list of one-cell rows), `cells` from row 1, the rest blank."""
    return [[cell] for cell in cells] + [[None]] * (rows - len(cells))


def test_scores_over_a_whole_column_with_a_blank_first_cell_fits_a_sheet():
    got = functions.scores(_column(None, NEWS, OPINION), True)
    assert len(got) <= ROWS
    assert got == functions.scores([[None], [NEWS], [OPINION]], True)


def test_a_blank_row_between_texts_is_kept():
    got = functions.scores(_column(None, NEWS, None, None, OPINION), True)
    assert got == functions.scores([[None], [NEWS], [None], [None], [OPINION]], True)
    assert len(got) == 6


def test_a_whole_column_of_titles_is_cut_with_the_texts():
    titles = _column(None, "Ferry terminal to open in May", "The worst plan yet")
    got = functions.scores(_column(None, NEWS, OPINION), True, titles)
    assert got == functions.scores([[None], [NEWS], [OPINION]], True, [[None], ["Ferry terminal to open in May"],
                                                                        ["The worst plan yet"]])


def test_a_whole_column_under_its_header_cell():
    got = functions.scores(_column("Text", NEWS, OPINION), True)
    assert got == functions.scores([["Text"], [NEWS], [OPINION]], True)


def test_a_whole_column_of_no_text_gives_one_row():
    got = functions.scores(_column(), True)
    assert len(got) == 2 and got[0] == functions.score_headers()


def test_a_range_shorter_than_a_sheet_keeps_its_blank_rows():
    """Guard: B1:B10 gives ten rows, its blank ones too (only a whole column is cut)."""
    got = functions.scores(_column(None, NEWS, rows=10), False)
    assert len(got) == 10


def test_a_one_value_function_keeps_the_whole_columns_shape():
    """Guard: =XLP_RELIABILITY(B:B) gives B:B's shape, as =B:B*2 does (entered in row 1 it fits a sheet)."""
    assert len(functions.reliability(_column(None, NEWS))) == ROWS
