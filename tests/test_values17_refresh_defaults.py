"""A workbook scored by an earlier release keeps that release's default weights in its Settings
sheet (values17). Refreshed by this one: where the sheet holds them unedited (every weight as
that release set it), today's defaults are used, written into the sheet and said in the
summary; a weight the user changed keeps every weight as the sheet holds it; a workbook this
release has refreshed already is left as it is (the user may have set the earlier weights back
on purpose)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.engine import engine_version
from xlplugin.settings import FORMER_DEFAULT_WEIGHTS, Settings
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.settings import setting_named

# Fresh texts written for these tests: one with an outlet the built-in ratings rate, so that the
# source rating's weight moves its index.
ROWS = [
    ("r1", "https://www.reuters.com/world/harbour-1", "The port authority opened a new container terminal on Monday, "
     "its director said. The terminal can handle two million containers a year, according to the authority's "
     "figures. Work began three years ago and employed about 900 people."),
    ("r2", "", "Farmers in the valley began the apple harvest a week early this year, the growers' association said. "
     "Warm weather in April brought the blossom forward, and pickers started on Tuesday in the orchards "
     "north of the river, the association's chair told reporters."),
]
OLD_VERSION = "0.0.9+text1.sentiment1"


def _old_book(tmp_path: Path, former: dict[str, float], edit: dict[str, float] | None = None) -> Path:
    """A workbook as an earlier release wrote it: scored with its default weights (`former`), its
    rows stamped with its version; `edit`: weights the user then changed in the Settings sheet."""
    table = tmp_path / "in.csv"
    table.write_text("id,url,text\n" + "".join(f'{i},{u},"{t}"\n' for i, u, t in ROWS), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    weights = [f"--weight={key}={value:g}" for key, value in former.items()]
    assert main(["score", str(table), "-o", str(book), "-q", *weights]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    version = [c.value for c in ws[1]].index(layout.STAMP_HEADERS[0]) + 1
    for row in range(2, ws.max_row + 1):
        ws.cell(row, version).value = OLD_VERSION
    for row in wb[layout.SETTINGS_SHEET].iter_rows(min_row=2):
        name = str(setting_named(row[0].value) or "").removeprefix("weight.")
        if edit and name in edit:
            row[1].value = edit[name]
    wb.save(book)
    return book


def _sheet_weights(book: Path) -> dict[str, float]:
    rows = openpyxl.load_workbook(book)[layout.SETTINGS_SHEET].iter_rows(min_row=2, values_only=True)
    return {str(setting_named(name)).removeprefix("weight."): float(value) for name, value, *_ in rows
            if str(setting_named(name)).startswith("weight.")}


def _digests(book: Path) -> set[str]:
    rows = list(openpyxl.load_workbook(book)[layout.DOCUMENTS].iter_rows(values_only=True))
    column = list(rows[0]).index(layout.STAMP_HEADERS[1])
    return {row[column] for row in rows[1:]}


@pytest.mark.parametrize("former", FORMER_DEFAULT_WEIGHTS)
def test_an_earlier_releases_untouched_defaults_become_todays_and_the_summary_says_so(tmp_path, former):
    book = _old_book(tmp_path, former)
    summary = refresh_workbook(book)
    today = Settings().weights
    assert _sheet_weights(book) == today  # (the sheet says what the scores were computed with)
    assert _digests(book) == {Settings().digest()}  # (every row scored with them)
    said = " ".join(summary.settings_notes)
    changed = [key for key in today if former[key] != today[key]]
    assert "the defaults have changed since" in said
    for key in changed:
        assert f"{key} {former[key]:g}" in said and f"--weight {key}={former[key]:g}" in said
    # a second refresh: nothing to change, nothing said
    again = refresh_workbook(book)
    assert not any("defaults have changed" in note for note in again.settings_notes)


@pytest.mark.parametrize("former", FORMER_DEFAULT_WEIGHTS)
@pytest.mark.parametrize("key", ["loaded_language", "sentiment"])
def test_weights_a_user_changed_are_kept_every_one(tmp_path, former, key):
    edited = {**former, key: former[key] + 1.5}
    book = _old_book(tmp_path, former, edit={key: edited[key]})
    summary = refresh_workbook(book)
    assert _sheet_weights(book) == {**Settings().weights, **edited}
    assert not any("defaults have changed" in note for note in summary.settings_notes)


def test_a_workbook_this_release_scored_keeps_the_earlier_weights_set_on_purpose(tmp_path):
    former = FORMER_DEFAULT_WEIGHTS[0]
    book = _old_book(tmp_path, former)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    version = [c.value for c in ws[1]].index(layout.STAMP_HEADERS[0]) + 1
    ws.cell(2, version).value = engine_version()  # (one row this release scored)
    wb.save(book)
    summary = refresh_workbook(book)
    assert _sheet_weights(book) == {**Settings().weights, **former}
    assert not any("defaults have changed" in note for note in summary.settings_notes)
