"""The two sheet scanners (regular expressions for plain sheets, expat for anything else) agree
on rows, byte ranges, values and formulas, on sheets written by xlsxwriter and by openpyxl."""

from __future__ import annotations

import pytest
from workbook_helpers import records, score, user_book

from xlplugin import Settings
from xlplugin.workbook import layout, write_scored_workbook
from xlplugin.workbook import package as pkg


def _scan_both(path, monkeypatch, name, columns=None):
    with pkg.Package.open(path) as package:
        part = package.sheets[name]
        fast = pkg.scan_sheet(package, part, columns)
        with monkeypatch.context() as patch:
            patch.setattr(pkg, "_fast_scan", lambda *a, **k: None)
            slow = pkg.scan_sheet(package, part, columns)
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
