"""A refresh never keeps or borrows a wrong number: score cells sorted apart from their rows or
typed over are scored again; a derived sheet renamed stops the refresh (it would stay stale), one
deleted is made again, as the summary says; a renamed Documents sheet is named in the refusal."""

from __future__ import annotations

import openpyxl
import pytest
from workbook_helpers import scored_by_cli

from xlplugin.cli import main
from xlplugin.errors import WorkbookError
from xlplugin.workbook import refresh_workbook

TEXTS = [
    ("r1", "Valley Courier", "The county opened a new footbridge over the river on Friday, the roads office said. "
     "Engineers told reporters the bridge cost less than planned, according to the council's budget report."),
    ("r2", "Shout Daily", "Everyone knows the so-called experts are lying again! This disgraceful scandal is a "
     "total disaster and a shameful betrayal, and nobody will ever trust them after this outrage."),
    ("r3", "Hill Gazette", "A bakery on Mill Street won the regional bread prize on Saturday, the judges said. "
     "The owner, Ana Berg, told the paper she would hire two more bakers next spring."),
]
INDEX = "Reliability"


def _scored(tmp_path):
    return scored_by_cli(tmp_path, ["id", "outlet", "text"], TEXTS, "out.xlsx")


def _columns(ws):
    header = [c.value for c in ws[1]]
    first = next(i for i, h in enumerate(header) if h and h.startswith(INDEX)) + 1
    status = header.index("Status") + 1
    return first, status


def test_score_cells_sorted_on_their_own_are_scored_again(tmp_path):
    out = _scored(tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    first, status = _columns(ws)
    before = [ws.cell(r, first).value for r in (2, 3, 4)]
    block = [[ws.cell(r, c).value for c in range(first, status + 1)] for r in (2, 3, 4)]
    for r, values in zip((2, 3, 4), sorted(block, key=lambda v: -float(v[0]))):  # (the score block alone)
        for c, value in enumerate(values, start=first):
            ws.cell(r, c).value = value
    wb.save(out)
    summary = refresh_workbook(out)
    assert summary.scores_moved == summary.rescored >= 2
    ws = openpyxl.load_workbook(out)["Documents"]
    assert [ws.cell(r, first).value for r in (2, 3, 4)] == before
    assert refresh_workbook(out).rescored == 0  # (and once right, left alone)


def test_an_index_typed_over_is_scored_again(tmp_path, capsys):
    out = _scored(tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    first, _status = _columns(ws)
    right = ws.cell(3, first).value
    ws.cell(3, first).value = 88
    wb.save(out)
    assert main(["refresh", str(out)]) == 0
    assert "rescored 1: score cells edited or moved" in capsys.readouterr().err
    assert openpyxl.load_workbook(out)["Documents"].cell(3, first).value == right


@pytest.mark.parametrize("sheet", ["Read", "Outlets", "Overview", "Evidence"])
def test_a_renamed_derived_sheet_stops_the_refresh(tmp_path, sheet):
    out = _scored(tmp_path)
    wb = openpyxl.load_workbook(out)
    wb[sheet].title = "Old numbers"
    wb["Documents"]["C3"].value = "The harbour board approved a new ferry timetable on Monday, officials said."
    wb.save(out)
    before = out.read_bytes()
    with pytest.raises(WorkbookError, match=f"'Old numbers' looks like the {sheet} sheet .* rename it back to {sheet}"):
        refresh_workbook(out)
    assert out.read_bytes() == before


def test_a_deleted_evidence_sheet_is_named_in_the_summary(tmp_path, capsys):
    out = _scored(tmp_path)
    wb = openpyxl.load_workbook(out)
    del wb["Evidence"]
    wb.save(out)
    assert main(["refresh", str(out)]) == 0
    # (made again: see tests/test_refresh_rebuilt_sheets.py)
    assert "rebuilt: Evidence (the sheet deleted: made again as `score` writes it, every row scored again)" \
        in capsys.readouterr().err


def test_a_renamed_documents_sheet_is_named_in_the_refusal(tmp_path):
    out = _scored(tmp_path)
    wb = openpyxl.load_workbook(out)
    wb["Documents"].title = "My articles"
    wb.save(out)
    with pytest.raises(WorkbookError, match="the Documents sheet was renamed to 'My articles'.*rename it back to Documents"):
        refresh_workbook(out)
