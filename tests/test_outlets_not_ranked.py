"""The documents with no outlet or web site known are a group, not an outlet: shown last, apart
from the ranking (not ranked, not in the Outlets chart), labelled as such, in the Outlets sheet,
`--by-outlet` and its JSON, whatever their mean index."""

from __future__ import annotations

import re
import zipfile

import openpyxl
from workbook_helpers import records, score

from xlplugin import Settings
from xlplugin.outlets import NO_OUTLET, NOT_RANKED, Entry, as_cells, format_rollup, outlet_rows_as_dicts, rollup
from xlplugin.workbook import write_scored_workbook
from xlplugin.workbook.outlets import FIRST_ROW, HEADER_ROW, OUTLETS


def _entries():
    return [Entry("Ledger", "outlet column", "a", 40.0, {}), Entry(NO_OUTLET, "", "n1", 95.0, {}),
            Entry(NO_OUTLET, "", "n2", 85.0, {}), Entry("Quay Post", "outlet column", "q", None, {}),
            Entry("Gazette", "web address", "g", 70.0, {})]


def test_the_no_outlet_group_comes_last_and_unranked_whatever_its_mean():
    rows = rollup(_entries())
    assert [r.outlet for r in rows] == ["Gazette", "Ledger", "Quay Post", NO_OUTLET]
    assert [r.ranked for r in rows] == [True, True, True, False]
    assert as_cells(rows[-1])[1] == NOT_RANKED and as_cells(rows[0])[1] == "web address"
    dicts = outlet_rows_as_dicts(rows)
    assert [d["ranked"] for d in dicts] == [True, True, True, False] and dicts[-1]["outlet"] == NO_OUTLET
    lines = format_rollup(rows).splitlines()
    assert "not an outlet, not ranked" in lines[-3] and lines[-2].startswith(NO_OUTLET)


def test_the_outlets_sheet_and_its_chart_leave_the_no_outlet_group_out_of_the_ranking(tmp_path):
    items = records()
    for item, outlet in zip(items, ("Harbour Wire", "", "Quay Post")):
        item.outlet = item.columns["outlet"] = outlet
        if not outlet:
            item.url = item.columns["url"] = ""
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)[OUTLETS]
    table = [r for r in ws.iter_rows(min_row=FIRST_ROW, values_only=True) if r[0]]
    assert [r[0] for r in table][-1] == NO_OUTLET and table[-1][1] == NOT_RANKED
    assert len(table) == 3
    with zipfile.ZipFile(path) as archive:
        chart = next(data for data in (archive.read(n) for n in archive.namelist() if n.startswith("xl/charts/chart"))
                     if OUTLETS.encode() in data)
    ends = {int(m) for m in re.findall(rb"\$[A-Z]+\$\d+:\$[A-Z]+\$(\d+)", chart)}
    assert ends == {HEADER_ROW + 2}  # the two outlets, not the group with none
