"""book48: desktop Excel's 255-character limit on a string in a range result is counted as Excel
counts characters (UTF-16 code units: an emoji takes two, `cells.cell_units`), and a cut never
falls between the halves of an emoji (`cells.cut_units`). Before, `desktop_cut` counted Python
characters: a result of emoji could reach desktop Excel over its limit (#VALUE!) or cut inside an
emoji (half a surrogate pair, which Excel shows as a broken character)."""

from __future__ import annotations

import pytest

from xlplugin.excel import functions as f

LIMIT = 255
FACE = "\U0001F600"  # (one character beyond U+FFFF: two UTF-16 code units)


def _units(text: str) -> int:
    """A text's length as Excel counts it, counted apart from the code under test."""
    return len(text.encode("utf-16-le")) // 2


def _whole_pairs(text: str) -> bool:
    """Whether `text` encodes to UTF-16 without a lone half of a pair (a cut inside an emoji
    would leave one, and Python's strict codec refuses it)."""
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("text", [
    (FACE + " ") * 100,            # 200 characters, 300 units: under the limit in Python, over it in Excel
    FACE * 200,                    # 200 characters with no space to cut after
    "Angry " + (FACE * 3 + " ") * 60,
])
def test_a_string_of_emoji_is_cut_to_what_desktop_excel_holds(text):
    assert len(text) <= LIMIT < _units(text)  # (the case under test: fits as Python counts, not as Excel does)
    cut = f.desktop_cut(text)
    assert _units(cut) <= LIMIT
    assert cut.endswith(f.DESKTOP_CUT) and _whole_pairs(cut)
    kept = cut[: -len(f.DESKTOP_CUT)]
    assert text.startswith(kept) and kept  # (the start of the text, in whole characters)


def test_a_long_string_of_emoji_is_cut_after_a_word():
    text = (FACE * 2 + " ") * 150
    kept = f.desktop_cut(text)[: -len(f.DESKTOP_CUT)]
    assert text[len(kept)] == " " and _units(kept) > (LIMIT - _units(f.DESKTOP_CUT)) // 2


def test_a_range_result_of_emoji_fits_every_cell():
    rows = [[(FACE + " ") * 100, 0.5], ["short", None]]
    shown = f.desktop_cells(rows)
    assert _units(shown[0][0]) <= LIMIT and shown[0][1] == 0.5 and shown[1] == ["short", None]


@pytest.mark.parametrize("text", [
    FACE * 127 + "a",                    # exactly 255 units: fits, unchanged (guard)
    "\u00e9" * LIMIT,                    # accented letters count one each, as before (guard)
    "word " * 51,                        # 255 plain characters (guard)
])
def test_what_fits_as_excel_counts_is_not_cut(text):
    assert _units(text) <= LIMIT
    assert f.desktop_cut(text) == text


def test_plain_text_is_cut_as_before():
    # (guard: for text of one unit a character the cut is where it was: the same length, after a word)
    text = "word " * 100
    cut = f.desktop_cut(text)
    assert cut.endswith(f.DESKTOP_CUT) and len(cut) <= LIMIT and cut[: -len(f.DESKTOP_CUT)].endswith("word")
