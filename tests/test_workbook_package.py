"""Reading sheets (xlplugin.workbook.sheet_scan): one reader for every part. A part with comments
or CDATA sections, which no spreadsheet program writes but XML allows, reads the same as the
plain part; and cell references a sheet cannot hold are refused."""

from __future__ import annotations

import html
import re
import zipfile

import pytest
from workbook_helpers import records, score, user_book

from xlplugin import Settings
from xlplugin.workbook import layout, write_scored_workbook
from xlplugin.workbook import extent, sheet_scan
from xlplugin.workbook import package as pkg


def _cdata(match: re.Match) -> bytes:
    text = html.unescape(match.group(2).decode())
    return b"<t" + (match.group(1) or b"") + b"><![CDATA[" + text.encode() + b"]]></t>"


def _with_markup(data: bytes) -> bytes:
    """The same sheet with comments between rows (one holding "</row>"), inside rows and inside
    values, and its inline texts as CDATA sections (holding "<", "&" and "-->" as text)."""
    data = data.replace(b"<row ", b"<!-- a </row> comment --><row ")
    data = data.replace(b"<c ", b"<!--c--><c ")
    data = re.sub(rb"<v>([^<]{2,})</v>", lambda m: b"<v>" + m.group(1)[:1] + b"<!-- -->" + m.group(1)[1:] + b"</v>", data)
    data = re.sub(rb"<t( xml:space=\"preserve\")?>([^<]*)</t>", _cdata, data)
    return data.replace(b"<![CDATA[", b"<![CDATA[<!-- text --> & ", 1)


def _scans(path, tmp_path, name, columns):
    with pkg.Package.open(path) as package:
        part = package.sheets[name]
        plain = sheet_scan.scan_sheet(package, part, columns)
    marked = tmp_path / "marked.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(marked, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, _with_markup(data) if info.filename == part else data)
    with pkg.Package.open(marked) as package:
        odd = sheet_scan.scan_sheet(package, part, columns)
    return plain, odd


@pytest.mark.parametrize("maker", ["xlsxwriter", "openpyxl"])
def test_a_sheet_with_comments_and_cdata_reads_as_the_plain_sheet(tmp_path, maker):
    path = tmp_path / "book.xlsx"
    if maker == "xlsxwriter":
        user_book(path, score_formula=True)
    else:
        items = records()
        write_scored_workbook(path, items, score(items), Settings())
    names = [layout.DOCUMENTS] + ([layout.EVIDENCE] if maker == "openpyxl" else [])
    for name in names:
        for columns in (None, {1, 8}, set(range(2, 25))):  # a few keys; texts, numbers and stamps
            plain, odd = _scans(path, tmp_path, name, columns)
            assert b"<!--" in odd.data and (b"<![CDATA[" in odd.data or b"<t" not in plain.data) and odd.prefix == plain.prefix
            assert [r.number for r in odd.rows] == [r.number for r in plain.rows] and len(plain.rows) > 1
            first = odd.data[odd.rows[0].start:odd.rows[-1].end]
            assert [odd.data[r.start:r.end].startswith(b"<row ") and odd.data[r.end - 6:r.end] == b"</row>" for r in odd.rows] \
                == [True] * len(odd.rows) and b"</row>" in first
            expected = [dict(r.values) for r in plain.rows]
            if b"<![CDATA[" in odd.data and 1 in expected[0]:  # the header's first cell holds the text added as CDATA
                expected[0][1] = "<!-- text --> & " + expected[0][1]
            assert [r.values for r in odd.rows] == expected
            assert [r.formulas for r in odd.rows] == [r.formulas for r in plain.rows]
            if maker == "openpyxl" and name == layout.DOCUMENTS and columns is None:
                assert any(isinstance(v, str) and len(v) > 100 for r in odd.rows for v in r.values.values())


def test_a_malformed_or_doctype_part_is_refused_with_what_expat_says(tmp_path):
    from xlplugin.errors import WorkbookError

    items = records()
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    with pkg.Package.open(path) as package:
        part = package.sheets[layout.DOCUMENTS]
        data = package.read(part)
        for bad, said in ((data.replace(b"<sheetData>", b"<sheetData><!-- open", 1), "not well-formed"),
                          (b'<!DOCTYPE x [<!ENTITY a "b">]>' + data, "DOCTYPE")):
            with pytest.raises(WorkbookError, match=said):
                sheet_scan.scan_sheet(package, part, data=bad)


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
