"""A Settings row missing from a scored workbook (deleted by the user, or a setting newer than the
release that wrote the sheet) is written into the sheet by the refresh that finds it, holding the
value that refresh used, in the sheet's words: the next refresh reads it and says nothing more
(hunt21: every later refresh repeated "Settings row ... missing: default used")."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from xlplugin import Settings
from xlplugin.settings import setting_named, settings_table
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.cli import main

CALM = ("The county council voted on Tuesday to repair the old footbridge over the canal before the winter. "
        "The engineer who inspected it said that two of the wooden beams had split and would be replaced. "
        "Work is expected to take six weeks, and a ferry will carry walkers across in the meantime, the "
        "council's transport office said in a statement.")
HEATED = ("These greedy councillors have wasted our money again on a pointless shameful scheme. Everyone "
          "knows the bridge was fine and the so-called engineers are lying to us. Wake up, people, this "
          "disgraceful gang will ruin the whole town unless we stop them now.")

LABELS = {s.name: s.shown for s in settings_table()}


def _scored(tmp_path, name="book.xlsx"):
    table = tmp_path / "in.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([("id", "text"), ("a", CALM), ("b", HEATED)])
    book = tmp_path / name
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def _settings_rows(book):
    ws = openpyxl.load_workbook(book)[layout.SETTINGS_SHEET]
    return {setting_named(row[0].value): (row[0].value, row[1].value, row[2].value)
            for row in ws.iter_rows(min_row=2) if row[0].value not in (None, "")}


def _delete(book, names, keys_as_names=False):
    """Delete the Settings rows of `names`; with `keys_as_names`, name the other rows by their key
    (weight.provenance), as a workbook written before the sheet named settings in words."""
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.SETTINGS_SHEET]
    for number in sorted((row[0].row for row in ws.iter_rows(min_row=2) if setting_named(row[0].value) in names),
                         reverse=True):
        ws.delete_rows(number)
    if keys_as_names:
        for row in ws.iter_rows(min_row=2):
            key = setting_named(row[0].value)
            if key:
                row[0].value = key
    wb.save(book)


def _missing_lines(summary):
    return [line for line in summary.settings_notes if "missing" in line and line.startswith(layout.SETTINGS_SHEET)]


@pytest.mark.parametrize("names, keys_as_names", [
    (["weight.source_rating"], False),
    (["sources.builtin", "min_words_index"], True),  # (an older release's sheet: keys, two newer settings)
    (["weight.provenance", "weight.loaded_language", "min_words"], False),
])
def test_a_missing_settings_row_is_written_once_and_not_said_again(tmp_path, names, keys_as_names):
    assert all(name in LABELS for name in names)
    book = _scored(tmp_path)
    _delete(book, names, keys_as_names)
    first = refresh_workbook(book)
    said = _missing_lines(first)
    assert len(said) == len(names)
    assert all("written into the sheet" in line for line in said)
    rows = _settings_rows(book)
    defaults = Settings()
    for name in names:
        label, value, help_text = rows[name]
        assert label == LABELS[name]  # (in the sheet's words, not its key)
        assert value == pytest.approx(defaults[name])
        assert help_text
    second = refresh_workbook(book)
    assert _missing_lines(second) == []
    assert second.rescored == 0 and second.unchanged == 2
    before = book.read_bytes()
    refresh_workbook(book)
    assert book.read_bytes() == before  # (a refresh that finds nothing new writes nothing)


def test_a_missing_row_is_written_with_the_value_the_command_gave(tmp_path):
    book = _scored(tmp_path)
    _delete(book, ["weight.loaded_language"])
    given = Settings()["weight.loaded_language"] + 2
    first = refresh_workbook(book, settings_overrides={"weight.loaded_language": given})
    [line] = _missing_lines(first)
    assert "as this command was given" in line and "written into the sheet" in line
    assert _settings_rows(book)["weight.loaded_language"][1] == pytest.approx(given)
    # the next refresh, with no --weight, scores with the value the sheet now holds: nothing again
    second = refresh_workbook(book)
    assert _missing_lines(second) == [] and second.rescored == 0


def test_a_whole_settings_sheet_writes_no_rows(tmp_path):
    book = _scored(tmp_path)
    before = _settings_rows(book)
    summary = refresh_workbook(book)
    assert _missing_lines(summary) == []
    assert _settings_rows(book) == before
    wb = openpyxl.load_workbook(book)
    assert wb[layout.SETTINGS_SHEET].max_row == len(layout.WORKBOOK_SETTINGS) + 1
