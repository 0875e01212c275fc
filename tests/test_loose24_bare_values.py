"""(loose24) A bare number or a truth value in an outlet, author or url cell names no one.

An outlet column holding a lookup code (12345) gave the row a "named outlet" and grouped every row
with that code as one outlet, while TRUE in a title cell was refused. A number or TRUE/FALSE (a
workbook's number or boolean cell, a CSV's text) in an outlet, author or url cell is now counted
as none and the Status says so ("'12345' is not an outlet"), as a placeholder is. A name that holds
a number ("Channel 4", "20 Minutes", "9News") is a name, and a title may be a number.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

from xlplugin import engine
from xlplugin.cells import given_meta
from xlplugin.cli import main

# Written for these tests.
TEXT = ("The county council in Marlow agreed on Tuesday to rebuild the footbridge over the Wend, its "
        "transport chief Omar Frayne said. The work will cost 1.4 million pounds and start in May, "
        "according to the council's budget papers.")

BARE = [12345, "12345", 2024, 3.5, "1,200", True, False, "TRUE", "false"]
NAMES = ["Channel 4", "20 Minutes", "9News", "Radio 1 Newsbeat", "WXYZ-7"]


@pytest.mark.parametrize("field", ["outlet", "author", "url"])
@pytest.mark.parametrize("value", BARE)
def test_a_bare_value_names_no_one(field, value):
    given, why = given_meta(field, value)
    assert given == "" and why and "is not" in why


@pytest.mark.parametrize("field", ["outlet", "author"])
@pytest.mark.parametrize("value", NAMES)
def test_a_name_holding_a_number_is_a_name(field, value):
    """Near-miss: a name with a number in it is kept."""
    assert given_meta(field, value) == (value, None)


@pytest.mark.parametrize("value", [1984, "1984", "2024"])
def test_a_title_may_be_a_number(value):
    """Near-miss: a title is not a name; a number is a title (as before)."""
    assert given_meta("title", value) == (str(value), None)


@pytest.mark.parametrize("value", [12345, "12345", "TRUE"])
def test_no_named_outlet_from_a_code(value):
    coded = engine.score_text(TEXT, outlet=value)
    plain = engine.score_text(TEXT)
    assert coded.reliability == plain.reliability
    assert [s.value for s in coded.signals.values()] == [s.value for s in plain.signals.values()]
    assert "is not an outlet" in coded.note


def test_a_workbook_of_codes_is_no_one_outlet(tmp_path, capsys):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "outlet", "author", "text"])
    ws.append(["c1", 12345, 77, TEXT])
    ws.append(["c2", 12345, True, TEXT.replace("Marlow", "Kenwick")])
    ws.append(["c3", "Channel 4", "Ann Lee", TEXT])
    path = tmp_path / "codes.xlsx"
    wb.save(path)
    capsys.readouterr()
    main(["score", str(path), "--json", "-q"])
    rows = {row["id"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}
    assert not rows["c1"]["outlet"] and not rows["c2"]["outlet"]  # (none: "" or null)
    assert not rows["c1"]["author"] and not rows["c2"]["author"]
    assert (rows["c3"]["outlet"], rows["c3"]["author"]) == ("Channel 4", "Ann Lee")
