"""The Settings sheet names each setting in words (print18): "Provenance weight", not the key
"weight.provenance"; a refresh reads a row by its words, or by its key in a sheet written
before, and the Status names a setting by the words the sheet shows."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin import Settings, score_text
from xlplugin.cells import unscored_why
from xlplugin.cli import main
from xlplugin.settings import setting_named
from xlplugin.workbook import layout

# Fresh text written for this test (25 words or more: it gets an index).
STORY = ("The county opened a new cycle path along the canal on Saturday, its transport officer Rhea Moss said. "
         "The path runs for six miles between the two market towns, according to the county's own map.")


def _book(tmp_path):
    table = tmp_path / "in.csv"
    table.write_text(f'id,text\n1,"{STORY}"\n', encoding="utf-8")
    book = tmp_path / "out.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def test_every_setting_is_named_in_words_that_read_back_as_it(tmp_path):
    ws = openpyxl.load_workbook(_book(tmp_path))[layout.SETTINGS_SHEET]
    names = [ws.cell(row, 1).value for row in range(2, 2 + len(layout.WORKBOOK_SETTINGS))]
    assert [setting_named(n) for n in names] == [s.name for s in layout.WORKBOOK_SETTINGS]
    for name in names:
        assert "." not in name and "_" not in name, name  # (no key: words)


@pytest.mark.parametrize("as_key", [False, True], ids=["words", "key (a sheet written before)"])
def test_a_weight_changed_in_the_sheet_is_used_whether_its_row_is_named_in_words_or_by_key(tmp_path, capsys, as_key):
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.SETTINGS_SHEET]
    row = next(r for r in range(2, ws.max_row + 1) if setting_named(ws.cell(r, 1).value) == "weight.provenance")
    if as_key:
        ws.cell(row, 1).value = "weight.provenance"
    ws.cell(row, 2).value = 0
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    index = [c.value for c in ws[1]].index(layout.SCORE_HEADERS[0]) + 1
    assert ws.cell(2, index).value == score_text(STORY, settings=Settings().with_values({"weight.provenance": 0})).reliability
    assert ws.cell(2, index).value != score_text(STORY).reliability  # (the case: the weight changes the index)


def test_the_status_names_a_setting_as_the_sheet_does():
    status = unscored_why(score_text("Four words only here."))  # (status45: the whole reason is the Why)
    labels = [s.label for s in layout.WORKBOOK_SETTINGS if s.label in status]
    assert labels and "min_words" not in status, status
