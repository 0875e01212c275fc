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
    end = next(i for i, line in enumerate(lines) if line.startswith("means over"))  # (what the columns mean follows)
    assert "not an outlet, not ranked" in lines[end - 2] and lines[end - 1].startswith(NO_OUTLET)


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


def test_a_web_page_outlet_is_said_to_come_from_its_metadata_and_a_table_row_from_its_column(tmp_path):
    """The Outlets sheet's "taken from": a page read from its file with no outlet cell of its own
    got its outlet from the page's metadata (its site name), not from an outlet column."""
    from xlplugin.inputs import Record
    from xlplugin.outlets import FROM_COLUMN, FROM_METADATA
    from xlplugin.workbook.people import outlet_from

    page = Record(id="p.html", text="words", outlet="Harbour Weekly", columns={"file": "p.html"}, path_column="file",
                  text_file=str(tmp_path / "p.html"))
    row = Record(id="r1", text="words", outlet="Quay Post", columns={"Outlet": "Quay Post", "text": "words"},
                 text_column="text")
    row_naming_a_page = Record(id="r2", text="words", outlet="Ledger", columns={"publication": "Ledger", "path": "p.html"},
                               path_column="path", text_file=str(tmp_path / "p.html"))
    page_row_without_outlet_cell = Record(id="r3", text="words", outlet="Harbour Weekly",
                                          columns={"outlet": "", "path": "p.html"}, path_column="path",
                                          text_file=str(tmp_path / "p.html"))
    assert outlet_from(page) == FROM_METADATA
    assert outlet_from(row) == FROM_COLUMN
    assert outlet_from(row_naming_a_page) == FROM_COLUMN
    assert outlet_from(page_row_without_outlet_cell) == FROM_METADATA
