"""The two sheet scanners (regular expressions for plain sheets, expat for anything else) agree
on rows, byte ranges, values and formulas, on sheets written by xlsxwriter and by openpyxl."""

from __future__ import annotations

import re

import pytest
from workbook_helpers import records, score, user_book

from xlplugin import Settings
from xlplugin.workbook import layout, write_scored_workbook
from xlplugin.workbook import extent, sheet_scan
from xlplugin.workbook import package as pkg


def _scan_both(path, monkeypatch, name, columns=None):
    with pkg.Package.open(path) as package:
        part = package.sheets[name]
        fast = sheet_scan.scan_sheet(package, part, columns)
        with monkeypatch.context() as patch:
            patch.setattr(sheet_scan, "_fast_scan", lambda *a, **k: None)
            slow = sheet_scan.scan_sheet(package, part, columns)
    return fast, slow


@pytest.mark.parametrize("maker", ["xlsxwriter", "openpyxl"])
def test_fast_and_expat_scans_agree(tmp_path, monkeypatch, maker):
    path = tmp_path / "book.xlsx"
    if maker == "xlsxwriter":
        user_book(path, score_formula=True)
    else:
        items = records()
        write_scored_workbook(path, items, score(items), Settings())
    names = [layout.DOCUMENTS] + ([layout.EVIDENCE] if maker == "openpyxl" else [])
    for name in names:
        for columns in (None, {1, 8}, set(range(2, 25))):  # a few keys; texts, numbers and stamps
            fast, slow = _scan_both(path, monkeypatch, name, columns)
            assert fast.sheet_data == slow.sheet_data and fast.prefix == slow.prefix
            assert [(r.number, r.start, r.end) for r in fast.rows] == [(r.number, r.start, r.end) for r in slow.rows]
            assert [r.values for r in fast.rows[1:]] == [r.values for r in slow.rows[1:]]
            assert [r.formulas for r in fast.rows] == [r.formulas for r in slow.rows] or columns is not None
            assert len(fast.rows) > 1


@pytest.mark.parametrize("row, refused", [
    (b'<row r="1"><c r="XFD1048576"/><c s="2" r="B3"/></row>', None),
    (b'<row r="1"><c s="1" r="ZZZ1"><v>1</v></c></row>', "column ZZZ"),  # reference after another attribute
    (b'<row r="1"><c r="XFE3"/></row>', "column XFE"),
    (b'<row r="1"><c r="A1048577"/></row>', "row 1,048,577"),
    (b'<row r="1"><c s="1" r="A9999999"/></row>', "row 9,999,999"),
    (b'<row r="1"><x:c r="1A"/></row>', "'1A'"),
    (b'<row r="1"><c r="A0"/></row>', "'A0'"),
])
def test_cell_references_beyond_a_sheet_are_refused(row, refused):
    from xlplugin.errors import WorkbookError

    check = extent.Extent("book.xlsx", "xl/worksheets/sheet1.xml").check_cells
    if refused is None:
        check(row)
        return
    with pytest.raises(WorkbookError, match=re.escape(refused)) as caught:
        check(row)
    assert "book.xlsx" in str(caught.value)
