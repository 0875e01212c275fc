"""The Read sheet as a refresh reads it back (xlplugin.workbook.read_refresh): rows as xlplugin
writes them are read in one pass, any other row cell by cell, and the two readings must agree."""

from __future__ import annotations

import re
import zipfile

import pytest
from workbook_helpers import records, score, sheet_part

from xlplugin import Settings
from xlplugin.workbook import read_refresh, write_scored_workbook
from xlplugin.workbook.package import Package
from xlplugin.workbook.read_sheet import FIRST_ROW, READ, Run, ReadRow, read_row_xml


def _replace_rows(path, rows):
    """The workbook with its Read rows replaced by `rows` (made by read_row_xml)."""
    part = sheet_part(path, READ)
    body = b"".join(read_row_xml(number, row, [None, 4, 4, 5, 4, 4, 6, 6, 6]) for number, row in enumerate(rows, start=FIRST_ROW))
    out = path.with_name("replaced.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                start = data.index(b'<row r="%d"' % FIRST_ROW)
                data = data[:start] + body + data[data.rindex(b"</sheetData>"):]
            dst.writestr(info, data)
    return out


def _both_ways(path, monkeypatch):
    with Package.open(path) as package:
        fast = read_refresh.old_rows(package)
        with monkeypatch.context() as patch:
            patch.setattr(read_refresh, "_own_rows", lambda *args: None)
            slow = read_refresh.old_rows(package)
    return fast, slow


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("read") / "book.xlsx"
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    return path


def test_rows_read_in_one_pass_are_the_rows_read_cell_by_cell(book, monkeypatch):
    fast, slow = _both_ways(book, monkeypatch)
    assert fast.rows and fast.rows == slow.rows
    assert (fast.styles, fast.head, fast.tail, fast.prefix) == (slow.styles, slow.head, slow.tail, slow.prefix)


def test_empty_cells_escapes_and_heights_read_the_same_both_ways(book, monkeypatch):
    rows = [
        # no outlet, no source, no fingerprints (past the copies limit), no copies, no index
        ReadRow(2, "a&b <1>", "", "", None, "", [Run("text & more")], "0123456789abcdef"),
        ReadRow(3, "line_x000D_break", "News & Co", "outlet column", 61.5, "same story as row 2 (a&b <1>)",
                [Run("x" * 500, color="FFC00000", bold=True), Run(" tail ")], "fedcba9876543210", fingerprints="AAAA"),
        ReadRow(4, "no text", "o", "s", 1, "", [], "00000000ffffffff", fingerprints=""),
        ReadRow(5, "", "o", "s", 1, "", [], "1111111111111111"),  # no id: not kept
    ]
    path = _replace_rows(book, rows)
    fast, slow = _both_ways(path, monkeypatch)
    assert fast.rows == slow.rows
    assert set(fast.rows) == {("a&b <1>", "0123456789abcdef"), ("line_x000D_break", "fedcba9876543210"),
                              ("no text", "00000000ffffffff")}
    kept = fast.rows[("line_x000D_break", "fedcba9876543210")]
    assert (kept.outlet, kept.source, kept.fingerprints) == ("News & Co", "outlet column", "AAAA")
    assert kept.height is not None and kept.text_cell.startswith(b'<c s="4" t="inlineStr"><is><r><rPr><b/>')
    assert fast.rows[("a&b <1>", "0123456789abcdef")].fingerprints == ""


def test_a_row_written_another_way_is_read_cell_by_cell(book, monkeypatch):
    part = sheet_part(book, READ)
    out = book.with_name("other.xlsx")
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:  # another program's spelling: a cell's attributes in another order
                data = re.sub(rb'<c r="A%d" s="(\d+)">' % FIRST_ROW, rb'<c s="\1" r="A%d">' % FIRST_ROW, data, count=1)
                assert re.search(rb'<c s="\d+" r="A%d">' % FIRST_ROW, data)  # (whatever its style's number)
            dst.writestr(info, data)
    calls = []
    with Package.open(out) as package:
        original = read_refresh._rows_one_by_one
        monkeypatch.setattr(read_refresh, "_rows_one_by_one", lambda *a: calls.append(1) or original(*a))
        found = read_refresh.old_rows(package)
    fast, _ = _both_ways(book, monkeypatch)
    assert calls and found.rows == fast.rows


def test_the_fast_bad_text_check_is_the_plain_pattern():
    """read_refresh._has_bad_text answers what _BAD_TEXT_RE.search answers, on random bytes made of
    the pieces that matter (references whole and cut, control bytes, U+FFFE/U+FFFF, "]]>"), over
    random ranges (a reference cut by the range's end included)."""
    import random

    pieces = [b"a", b" ", b"&", b"&amp;", b"&lt", b"&#65;", b"&#x1F;", b"&#12345678;", b"&quot;", b"&apos",
              b"\x00", b"\x09", b"\x0a", b"\x0b", b"\x1f", b"\x7f", b"\xef\xbf\xbe", b"\xef\xbf\xbf", b"\xef\xbf\xbd",
              b"]]>", b"]]", b">", "é".encode(), b"<t>", b"#x", b";"]
    rng = random.Random(5)
    for _ in range(20000):
        data = b"".join(rng.choices(pieces, weights=[30, 10] + [1] * (len(pieces) - 2), k=rng.randrange(0, 12)))
        start = rng.randrange(0, len(data) + 1)
        end = rng.randrange(start, len(data) + 2)
        assert read_refresh._has_bad_text(data, start, end) == (read_refresh._BAD_TEXT_RE.search(data, start, end) is not None), \
            (data, start, end)
