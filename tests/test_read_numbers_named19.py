"""Session 19 (sheets21): a number the Read sheet and the Evidence sheet show beside another row
says what it is: "same story as row 20 (id 19)", not "row 20 (19)", where a numeric id read as a
second row number."""

from __future__ import annotations

import re

import openpyxl
import pytest

from workbook_helpers import scored_by_cli

from xlplugin.workbook import layout
from xlplugin.workbook.read_sheet import COPIES_COLUMN, continued_mark, is_continued, FIRST_ROW, LEGEND_ROW, READ, ROW_FORMAT

STORY = ("The river festival drew a record crowd on Saturday, organisers said, as boats from nine "
         "towns raced along the harbour. Stalls sold local cheese and bread until late, and the "
         "town band played on the quay while volunteers handed out maps to visiting families.")
OTHER = ("Repairs to the footbridge over the canal will begin in May and last six weeks, the "
         "county engineer told a public meeting on Monday. Walkers will use the road bridge "
         "while the old timber deck is replaced with steel, she said.")
# numeric ids (one off from their row numbers, as a sheet with a header row gives them) and text ids
IDS = [("19", "20", "21"), ("a7", "b8", "c9"), ("101", "wire.txt", "7")]


@pytest.mark.parametrize("ids", IDS)
def test_other_rows_are_named_by_row_and_id(tmp_path, ids):
    rows = [(ids[0], STORY), (ids[1], OTHER), (ids[2], STORY + " Share this with your friends.")]
    wb = openpyxl.load_workbook(scored_by_cli(tmp_path, ("id", "text"), rows))
    row_of = {doc_id: number for number, (doc_id, _text) in enumerate(rows, start=2)}
    read = wb[READ]
    cells = [read.cell(r, COPIES_COLUMN).value for r in range(FIRST_ROW, read.max_row + 1)]
    copies = [c for c in cells if c]
    details = [row[6] for row in wb[layout.EVIDENCE].iter_rows(min_row=2, values_only=True)
               if row[1] in ("Copies", "copies") and row[6]]
    assert copies and details
    for text in copies + details:
        named = re.findall(r"\brow (\d+)( \([^)]*\))?", text)
        assert named, text
        for number, said in named:
            other = [doc_id for doc_id, row in row_of.items() if row == int(number)]
            assert other and said == f" (id {other[0]})", text


def _shown(cell) -> str:
    """A text cell as a spreadsheet shows it under a text format ('"id "@' -> "id 8")."""
    fmt = cell.number_format
    if "@" in fmt:
        return fmt.replace("@", str(cell.value)).replace('"', "")
    return str(cell.value)


@pytest.mark.parametrize("ids", IDS)
def test_read_rows_show_row_and_id_each_named(tmp_path, ids):
    long_text = " ".join([OTHER] * 60)  # (a text of several Read rows: its further rows say "(continued)")
    rows = [(ids[0], STORY), (ids[1], long_text), (ids[2], OTHER)]
    wb = openpyxl.load_workbook(scored_by_cli(tmp_path, ("id", "text"), rows))
    read = wb[READ]
    seen, continued = [], 0
    for r in range(FIRST_ROW, read.max_row + 1):
        a, b = read.cell(r, 1), read.cell(r, 2)
        if is_continued(b.value):
            continued += 1  # (read32: the mark names the document it goes on with)
            assert _shown(b) == continued_mark(seen[-1][1]) and a.value is None
        elif b.value is not None:
            assert a.number_format == ROW_FORMAT and _shown(b) == f"id {b.value}"
            seen.append((a.value, b.value))
    assert seen == [(n, doc_id) for n, (doc_id, _text) in enumerate(rows, start=2)] and continued
    assert not any(_shown(c) == "id Legend \u2192" for c in read[LEGEND_ROW])
