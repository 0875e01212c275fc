"""(sheets30) A refresh after an upgrade says why its rows were scored again.

A settings change is said ("settings changed: Provenance weight 1 → 2"); rows scored by earlier
scorer rules were only counted ("12 rows scored again"). Now the rules that changed are named,
each from the earliest version among the rows to this one's.
"""

from __future__ import annotations

import csv
import re

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.engine import engine_version
from xlplugin.workbook.refresh_plan import older_rules, older_rules_words

TEXTS = [
    "The county's new recycling centre opens on Saturday, the council said, with longer hours on weekdays.",
    "A new footbridge over the river will be built next spring, engineers told a public meeting on Monday.",
    "Everyone knows this disgraceful scheme is a shameful waste, and the corrupt planners obviously lied again.",
]
STAMP = "Scored with (xlplugin version)"


def _book(tmp_path):
    table = tmp_path / "rows.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([(f"r{n}", text) for n, text in enumerate(TEXTS, 1)])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def _shift(version: str, name: str, by: int) -> str:
    return re.sub(rf"(?<=[+.]){name}(\d+)", lambda m: f"{name}{int(m.group(1)) + by}", version)


def _restamp(book, stamps):
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    column = [c.value for c in ws[1]].index(STAMP) + 1
    for row, stamp in stamps.items():
        ws.cell(row, column).value = stamp
    wb.save(book)


def _refresh(book, capsys):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    return capsys.readouterr().err


def test_rows_scored_by_earlier_rules_say_which_rules_changed(tmp_path, capsys):
    book = _book(tmp_path)
    now = engine_version()
    _restamp(book, {2: _shift(_shift(now, "loaded_language", -1), "provenance", -2),
                    3: _shift(now, "loaded_language", -3), 4: now})
    err = _refresh(book, capsys)
    assert "2 rows scored again" in err
    ours = {name: int(n) for name, n in re.findall(r"([a-z_]+?)(\d+)(?=\.|$)", now.partition("+")[2])}
    line = next(line for line in err.splitlines() if "the scorers changed" in line)
    assert "these 2 rows were scored" in line
    assert f"loaded_language {ours['loaded_language'] - 3} → {ours['loaded_language']}" in line  # the earliest of the two
    assert f"provenance {ours['provenance'] - 2} → {ours['provenance']}" in line
    assert "sentiment" not in line  # a rule set that did not change is not named
    assert "the scorers changed" not in _refresh(book, capsys)  # the next refresh: nothing to say


def test_one_row_and_a_package_version(tmp_path, capsys):
    book = _book(tmp_path)
    now = engine_version()
    _restamp(book, {3: "0.0.1+" + now.partition("+")[2]})
    line = next(line for line in _refresh(book, capsys).splitlines() if "the scorers changed" in line)
    assert "since this row was scored (xlplugin 0.0.1 → " in line


@pytest.mark.parametrize("stamp", ["", "hand typed", "newer"])
def test_near_misses_say_no_upgrade(tmp_path, capsys, stamp):
    book = _book(tmp_path)
    if stamp == "newer":
        stamp = _shift(engine_version(), "sentiment", 5)
    _restamp(book, {2: stamp})
    err = _refresh(book, capsys)
    assert "the scorers changed" not in err
    if "sentiment" in stamp:
        assert "scored by a newer xlplugin" in err


def test_an_edited_text_is_not_said_to_be_an_upgrade(tmp_path, capsys):
    book = _book(tmp_path)
    wb = openpyxl.load_workbook(book)
    wb["Documents"].cell(2, 2).value = TEXTS[0] + " Parking is free on the first day."
    wb.save(book)
    err = _refresh(book, capsys)
    assert "1 row scored again" in err and "the scorers changed" not in err


def test_older_rules_reads_stamps():
    now = "0.1.0+text37.sentiment10.loaded_language86.provenance88.kinds46"
    assert older_rules("0.1.0+text37.sentiment10.loaded_language85.provenance87.kinds46", now) == {
        "loaded_language": ("85", "86"), "provenance": ("87", "88")}
    assert older_rules_words({"loaded_language": ("85", "86")}) == "loaded_language 85 → 86"
    assert older_rules(now, now) == {} and older_rules(None, now) == {} and older_rules("text", now) == {}
    assert older_rules("0.1.0+text37.sentiment11.loaded_language85.provenance88.kinds46", now) == {}  # a part newer
