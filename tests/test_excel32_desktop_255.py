"""(excel32) Desktop Excel shows #VALUE! for a VBA function's array result holding a string over
255 characters (xlwings issue #456: a Variant array; a single string of any length arrives whole,
and xlwings' COM server hands a 1x1 result back as one value). The desktop UDFs cut every string of
a result of more than one cell (a column of XLP_EVIDENCE, every XLP_SCORES row) to 255
characters after a word, with a visible end; one cell's XLP_EVIDENCE stays whole, and the plain
functions the xlwings Lite path calls are never cut."""

from __future__ import annotations

import pytest

from xlplugin.excel import functions as f

udfs = pytest.importorskip("xlplugin.excel.udfs")

LIMIT = 255
UNSOURCED = [
    ("Everyone knows the new parking charges will double by next spring and ruin the high street for good. "
     "Hundreds of shops have already closed because of the council's greed over the last three years. "
     "The scheme was drawn up in secret by officials who have never run a business in their lives. "
     "Every family in the town will pay more than 400 a year once the meters go in next month."),
    ("The new stadium will bring thousands of jobs and double the value of every house within a mile of it. "
     "Crime fell by half in every city that built one over the last ten years, everyone agrees on that. "
     "The club has already sold 40,000 season tickets for a ground that does not exist yet. "
     "The opposition to the plan comes from a handful of people who never go to matches anyway."),
]


def _long_enough(value):
    return isinstance(value, str) and len(value) > LIMIT


def test_the_column_of_evidence_is_cut_after_a_word_with_a_visible_end():
    whole = f.evidence([[t] for t in UNSOURCED], "unsourced")
    assert all(_long_enough(cell) for [cell] in whole)  # (the case under test)
    shown = udfs.XLP_EVIDENCE([[t] for t in UNSOURCED], "unsourced")
    for [cell], [full] in zip(shown, whole):
        assert len(cell) <= LIMIT and cell.endswith(f.DESKTOP_CUT)
        kept = cell[: -len(f.DESKTOP_CUT)]
        assert full.startswith(kept) and full[len(kept)] in " \n,;:"  # (cut between words)


def test_one_cells_evidence_stays_whole_on_the_desktop():
    for text in UNSOURCED:
        whole = f.evidence(text, "unsourced")
        assert _long_enough(whole)
        assert udfs.XLP_EVIDENCE([[text]], "unsourced") == whole


RANTS = [
    ("I am sick of this disgraceful, shameful scam. Everyone knows the new parking charges will double by next "
     "spring and ruin the high street for good. Why do we put up with these corrupt, arrogant bureaucrats? "
     "The scheme was drawn up in secret by officials who have never run a business. Every family will pay "
     "more than 400 a year once the meters go in next month! Wake up!"),
    ("We are being robbed blind by this pathetic, spineless board and its sneaky cronies. Everyone knows the "
     "ticket prices doubled last year while the club wasted millions on useless signings. Who do they think "
     "they are fooling? I have had enough of their lies and their shameless greed. Thousands of loyal fans "
     "will walk away this season! Enough is enough!"),
]


def test_every_string_of_a_scores_row_fits_and_numbers_are_kept():
    for text in RANTS:
        full = f.scores([[text]])
        shown = udfs.XLP_SCORES([[text]])
        assert any(_long_enough(value) for value in full[0])  # (its Why: the case under test)
        assert len(shown) == len(full) and len(shown[0]) == len(full[0])
        for value, whole in zip(shown[0], full[0]):
            if isinstance(whole, str):
                assert len(value) <= LIMIT and (value == whole or value.endswith(f.DESKTOP_CUT))
            else:
                assert value == whole


@pytest.mark.parametrize("value", ["short", "x" * LIMIT, "", 3.5, None])
def test_what_fits_is_unchanged(value):
    assert f.desktop_cells([[value], [value]]) == [[value], [value]]
    assert f.desktop_cells([value, value]) == [value, value]
    assert f.desktop_cells(value) == value


def test_a_single_value_and_a_one_cell_range_are_never_cut():
    text = "word " * 200
    assert f.desktop_cells(text) == text
    assert f.desktop_cells([[text]]) == [[text]]
    cut = f.desktop_cells([text, text])
    assert all(len(cell) <= LIMIT for cell in cut)
    assert f.desktop_cut("a" * 400).endswith(f.DESKTOP_CUT) and len(f.desktop_cut("a" * 400)) == LIMIT
