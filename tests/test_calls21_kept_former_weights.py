"""A workbook scored by an earlier release, whose Settings sheet holds that release's default
weights with one or two changed by the user, keeps every weight as the sheet holds it. The refresh
summary now names the weights that are still the earlier defaults and not today's, by the Settings
sheet's names, and how to take today's (calls21: only two settings hashes were said)."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.settings import FORMER_DEFAULT_WEIGHTS, Settings, settings_table
from xlplugin.workbook import layout

TEXT = ("The county council approved the new road plan on Tuesday, a spokesperson said. Work on the "
        "bypass is due to start in the spring and to last two years, according to the council's plan.")
LABELS = {setting.name: setting.shown for setting in settings_table()}


def _older_book(tmp_path, former, edits, row_names):
    """A workbook as an earlier release left it: every row stamped with another version, and its
    Settings sheet holding `former` with `edits` applied, its rows named by key or by label."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(tmp_path / "a.txt"), "-o", str(book), "-q", "--workers", "1"]) == 0
    wb = openpyxl.load_workbook(book)
    docs = wb[layout.DOCUMENTS]
    column = next(cell.column for cell in docs[1] if cell.value == layout.STAMP_HEADERS[0])
    for row in range(2, docs.max_row + 1):
        docs.cell(row, column).value = "0.0.9+an.earlier.release"
    weights = {**former, **edits}
    for row in wb[layout.SETTINGS_SHEET].iter_rows(min_row=2):
        name = next((key for key, label in LABELS.items() if row[0].value in (key, label)), None)
        if name and name.startswith("weight."):
            key = name.removeprefix("weight.")
            row[0].value = name if row_names == "key" else LABELS[name]
            row[1].value = weights.get(key, row[1].value)
    wb.save(book)
    return book


@pytest.mark.parametrize("former", FORMER_DEFAULT_WEIGHTS)
@pytest.mark.parametrize("edited", ["loaded_language", "provenance"])
@pytest.mark.parametrize("row_names", ["key", "label"])
def test_the_kept_earlier_defaults_are_named(tmp_path, capsys, former, edited, row_names):
    today = Settings().weights
    edits = {edited: former[edited] + 0.5}
    book = _older_book(tmp_path, former, edits, row_names)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    err = capsys.readouterr().err
    kept = [key for key in former if key != edited and former[key] != today[key]]
    assert kept
    line = next(line for line in err.splitlines() if "earlier xlplugin" in line)
    for key in kept:
        label = LABELS[f"weight.{key}"]
        assert f"{label} {former[key]:g} (today {today[key]:g})" in line, line
        assert f"set {label} to {today[key]:g}" in line, line
    assert LABELS[f"weight.{edited}"] + " " not in line  # the user's own change is not named
    main(["refresh", str(book)])  # said once: the rows are this release's now
    assert "earlier xlplugin" not in capsys.readouterr().err


def test_nothing_is_said_for_a_workbook_of_this_release(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(tmp_path / "a.txt"), "-o", str(book), "-q", "--workers", "1",
                 "--weight", "loaded=2", "--weight", "provenance=3"]) == 0
    capsys.readouterr()
    main(["refresh", str(book)])
    assert "earlier xlplugin" not in capsys.readouterr().err
