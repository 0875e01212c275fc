"""The settings that count words (Fewest words to score, Fewest words for an index) take whole
numbers: a fraction is refused with the whole numbers beside it, not cut down (hunt23b).

24.9 typed in the Settings sheet was read as 24, and the refresh said "Fewest words for an index
25 → 24": a 24-word text got an index the user had asked to withhold. The same value typed as
text ("24.9") was refused as "not a number", and -0.5 was read as 0.
"""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.errors import SettingsError
from xlplugin.settings import Settings

KEYS = ["min_words", "min_words_index"]


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("value, lower", [(24.9, 24), ("24.9", 24), (0.5, 0), ("7.25", 7), (1.5, 1)])
def test_a_fraction_is_refused_with_the_whole_numbers_beside_it(key, value, lower):
    with pytest.raises(SettingsError, match=rf"must be a whole number, not {float(value):g}: use {lower} or {lower + 1}"):
        Settings().with_values({key: value})


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("value", [-0.5, "-0.5", -3])
def test_a_negative_count_is_refused_as_negative(key, value):
    with pytest.raises(SettingsError, match="cannot be negative"):
        Settings().with_values({key: value})


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("value, read", [(25, 25), (25.0, 25), ("25", 25), (" 25 ", 25), ("25.0", 25), (0, 0), ("1e2", 100)])
def test_whole_numbers_are_read_as_before_or_now_also_as_text(key, value, read):
    assert Settings().with_values({key: value})[key] == read


@pytest.mark.parametrize("value", [0.25, 2.5, "3.5"])
def test_weights_keep_their_fractions(value):
    assert Settings().with_values({"weight.provenance": value})["weight.provenance"] == float(value)


def test_the_settings_sheet_row_is_named_and_nothing_is_changed(tmp_path, capsys):
    csv = tmp_path / "rows.csv"
    csv.write_text('id,text\nw1,"The Dunmore lifeboat was called out 41 times last year, its coxswain Iain Ross said."\n',
                   encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Settings"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "Fewest words for an index")
    ws.cell(row, 2).value = 24.9
    wb.save(book)
    before = book.read_bytes()
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 2
    err = capsys.readouterr().err
    assert f"Settings sheet row {row}: Fewest words for an index must be a whole number, not 24.9: use 24 or 25" in err
    assert book.read_bytes() == before
