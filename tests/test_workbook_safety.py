"""Hostile and broken files: each gets a clear error and no partial output."""

from __future__ import annotations

import zipfile

import pytest
from workbook_helpers import user_book

from xlplugin.errors import InputError, WorkbookError
from xlplugin.inputs import read_paths
from xlplugin.workbook import read_documents, refresh_workbook


def _assert_refused(path, match, tmp_path):
    out = tmp_path / "out.xlsx"
    content = path.read_bytes()
    with pytest.raises(WorkbookError, match=match):
        refresh_workbook(path, output=out)
    with pytest.raises(InputError, match=match):
        list(read_documents(path, None))
    assert not out.exists() and path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".xlplugin-")) == []  # no temporary file left


def test_not_a_zip(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("id,text\n1,hello\n")
    _assert_refused(path, "not a zip package", tmp_path)


def test_password_protected_workbook(tmp_path):
    # An encrypted .xlsx is an OLE2 compound file: this is its signature and nothing after it.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    _assert_refused(path, "password-protected", tmp_path)


def test_zip_bomb_refused_before_decompressing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (64 * 1024 * 1024))  # deflates ~1000x
    _assert_refused(path, "zip bomb", tmp_path)


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
def test_xml_with_entity_declarations(tmp_path, part):
    clean = tmp_path / "clean.xlsx"
    user_book(clean)
    path = tmp_path / "xxe.xlsx"
    secret = tmp_path / "secret.txt"
    secret.write_text("do not leak")
    with zipfile.ZipFile(clean) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                declaration = f'<!DOCTYPE x [<!ENTITY leak SYSTEM "file://{secret}">]>'.encode()
                head, sep, rest = data.partition(b"?>")
                data = head + sep + declaration + rest
            dst.writestr(info, data)
    for p in tmp_path.iterdir():
        if p.suffix == ".png":
            p.unlink()
    clean.unlink()
    out = tmp_path / "out.xlsx"
    with pytest.raises(WorkbookError, match="DOCTYPE|forbidden|entit"):
        refresh_workbook(path, output=out)
    with pytest.raises(InputError, match="DOCTYPE|forbidden|entit|Entit"):
        list(read_documents(path, None))
    assert not out.exists()


def test_damaged_zip_in_a_folder_run_becomes_a_problem_not_a_crash(tmp_path):
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 broken")
    items = list(read_paths([str(tmp_path / "broken.xlsx")]))
    assert len(items) == 1 and "broken.xlsx" in items[0].message


# --- Damaged packages: one line naming the file, never a traceback (issue 11, item 6) ---------

import re  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

from hostile import data_range, patch, rewrite, set_method, sheet_part_of  # noqa: E402
from opcount import calls  # noqa: E402
from workbook_helpers import records, score  # noqa: E402

from xlplugin import Settings  # noqa: E402
from xlplugin.cli import main  # noqa: E402
from xlplugin.workbook import layout, write_scored_workbook  # noqa: E402
from xlplugin.workbook import package as pkg  # noqa: E402


def _scored(tmp_path, name="book.xlsx"):
    path = tmp_path / name
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    return path


def _cli_refuses(path, tmp_path, capsys, expect):
    """`score` and `refresh` through the command line: exit 2, one line naming the file, the
    file unchanged, nothing left beside it."""
    before = path.read_bytes()
    names = sorted(p.name for p in tmp_path.iterdir())
    for argv in (["score", str(path), "-q", "-o", str(tmp_path / "new.xlsx")], ["refresh", str(path), "-q"]):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 2, (argv, err)
        assert str(path) in err and expect in err, (argv, err)
        assert "Traceback" not in err
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_corrupt_compressed_data_is_named(tmp_path, capsys):
    path = _scored(tmp_path)
    part = sheet_part_of(path, layout.EVIDENCE)
    start, _ = data_range(path, part)
    patch(path, start, b"\x07")  # a deflate block of the reserved type 3: zlib.error on reading
    _cli_refuses(path, tmp_path, capsys, f"part {part} is damaged")


@pytest.mark.parametrize("sheet", [layout.DOCUMENTS, layout.HOW_TO_READ])
def test_bad_checksum_is_named(tmp_path, capsys, sheet):
    # a stored (uncompressed) part with one byte changed: only its CRC-32 shows it. How to read
    # this is a part a refresh copies without reading it otherwise.
    clean = _scored(tmp_path, "clean.xlsx")
    path = tmp_path / "book.xlsx"
    rewrite(clean, path, stored=True)
    clean.unlink()
    part = sheet_part_of(path, sheet)
    start, end = data_range(path, part)
    raw = path.read_bytes()
    at = raw.index(b"<sheetData", start) + 3
    assert at < end
    patch(path, at, b"X")
    _cli_refuses(path, tmp_path, capsys, f"part {part} is damaged")


def test_unknown_compression_method_is_named(tmp_path, capsys):
    path = _scored(tmp_path)
    set_method(path, "xl/styles.xml", 99)
    _cli_refuses(path, tmp_path, capsys, "compression method 99")


def _excel_like(tmp_path, name="book.xlsx"):
    """A scored workbook whose texts are shared strings, as Excel saves them (made with
    xlsxwriter, then refreshed)."""
    path = tmp_path / name
    user_book(path)
    path.with_suffix(".png").unlink()
    refresh_workbook(path)
    return path


def _with_sheet_edit(tmp_path, sheet, edit):
    clean = _scored(tmp_path, "clean.xlsx")
    part = sheet_part_of(clean, sheet)
    path = tmp_path / "book.xlsx"
    rewrite(clean, path, lambda name, data: edit(data) if name == part else data)
    clean.unlink()
    return path, part


def test_invalid_utf8_in_a_sheet_is_named(tmp_path, capsys):
    path, part = _with_sheet_edit(tmp_path, layout.DOCUMENTS, lambda data: data.replace(b"<t>d2</t>", b"<t>d\xff2</t>", 1)
                                  if b"<t>d2</t>" in data else data.replace(b"Title 2", b"Title \xff", 1))
    _cli_refuses(path, tmp_path, capsys, "UTF-8" if False else "")
    for argv in (["score", str(path), "-q"], ["refresh", str(path), "-q"]):
        main(argv)
        err = capsys.readouterr().err
        assert "not well-formed" in err or "UTF-8" in err, err


def test_bad_cell_reference_is_named(tmp_path, capsys):
    path, part = _with_sheet_edit(tmp_path, layout.DOCUMENTS, lambda data: data.replace(b'r="B2"', b'r="2B"', 1))
    _cli_refuses(path, tmp_path, capsys, "cell reference '2B'")


def test_huge_row_number_is_refused_at_once(tmp_path, capsys):
    path, part = _with_sheet_edit(tmp_path, layout.DOCUMENTS, lambda data: data.replace(b'<row r="4"', b'<row r="99999999999999999999999"', 1))
    _cli_refuses(path, tmp_path, capsys, "99999999999999999999999")
    # "at once": with fewer function calls than reading the same workbook without the bad row
    # (a count, the same on every run; measured 1,553 against 72,202)
    (tmp_path / "clean").mkdir()
    clean = _scored(tmp_path / "clean", "clean.xlsx")
    list(read_documents(clean))  # caches filled before counting

    def refuse():
        with pytest.raises(InputError, match="99999999999999999999999"):
            list(read_documents(path))

    assert calls(refuse) < calls(lambda: list(read_documents(clean)))


def _far_down(tmp_path, row):
    """The workbook with its third document moved to `row`, under a dimension as wide as a
    sheet can be (XFD: 16,384 columns)."""
    return _with_sheet_edit(tmp_path, layout.DOCUMENTS, lambda data: data.replace(b'<row r="4"', f'<row r="{row}"'.encode(), 1)
                            .replace(b'r="A4"', f'r="A{row}"'.encode()).replace(b'<dimension ref="A1:', f'<dimension ref="A1:XFD{row}" x="'.encode()))[0]


def test_row_within_limits_far_down_is_read_quickly(tmp_path):
    # row 1,048,576 is a real row: it is read, and reading it must not cost a pass over a dimension's columns
    (tmp_path / "last").mkdir()
    assert len(list(read_documents(_far_down(tmp_path / "last", 1_048_576)))) == 3
    # a count, the same on every run (on a shorter sheet, as counting slows the reader down):
    # measured 20 calls per row of the sheet (the reader walks the empty rows; 21.0 million at
    # row 1,048,576); a pass over the dimension's 16,384 columns would be thousands per row
    path, found = _far_down(tmp_path, 50_000), []
    work = calls(lambda: found.extend(read_documents(path)))
    assert len(found) == 3 and work < 30 * 50_000


def test_entity_expansion_in_the_score_path_says_what_is_wrong(tmp_path, capsys):
    part = "xl/sharedStrings.xml"
    bomb = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    clean = _excel_like(tmp_path, "clean.xlsx")
    path = tmp_path / "book.xlsx"
    rewrite(clean, path, lambda name, data: data.replace(b"<sst", bomb + b"<sst", 1) if name == part else data)
    clean.unlink()
    _cli_refuses(path, tmp_path, capsys, "DOCTYPE")
    main(["score", str(path), "-q"])
    assert "Please see the exception" not in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["duplicate", "escaping", "absolute"])
def test_duplicate_or_escaping_entry_names_are_refused(tmp_path, capsys, kind):
    clean = _scored(tmp_path, "clean.xlsx")
    path = tmp_path / "book.xlsx"
    if kind == "duplicate":
        rewrite(clean, path, lambda name, data: [data, data] if name == "docProps/app.xml" else data)
        expect = "two parts named docProps/app.xml"
    else:
        name = "../../evil.txt" if kind == "escaping" else "/etc/evil.txt"
        rewrite(clean, path, extra=[(name, b"hello")])
        expect = "points outside"
    clean.unlink()
    _cli_refuses(path, tmp_path, capsys, expect)


def test_malformed_part_not_owned_is_refused_not_copied(tmp_path, capsys):
    clean = _scored(tmp_path, "clean.xlsx")
    path = tmp_path / "book.xlsx"
    rewrite(clean, path, lambda name, data: data.replace(b"</Properties>", b"<broken></Properties>") if name == "docProps/app.xml" else data)
    clean.unlink()
    _cli_refuses(path, tmp_path, capsys, "part docProps/app.xml: not well-formed XML")


def test_shared_strings_over_the_limit_are_refused_before_reading(tmp_path, capsys, monkeypatch):
    # (the limit lowered for speed; the fuzz test builds one over the real limit)
    path = _excel_like(tmp_path)
    monkeypatch.setattr(pkg, "MAX_SHARED_STRINGS_BYTES", 100, raising=False)
    monkeypatch.setattr(pkg.Package, "pieces", lambda *a, **k: pytest.fail("read before the size was checked"), raising=False)
    _cli_refuses(path, tmp_path, capsys, "shared strings")


def test_messages_name_the_file_for_a_damaged_settings_sheet(tmp_path):
    from xlplugin.workbook import read_settings

    path, part = _with_sheet_edit(tmp_path, layout.SETTINGS_SHEET, lambda data: data.replace(b"</sheetData>", b"<row r='x'></sheetData>"))
    with pytest.raises(WorkbookError) as caught:
        read_settings(path)
    assert str(path) in str(caught.value)


SLOW_WRITE = """
import sys, time
from xlplugin.workbook import refresh as r, package as p
original = p.write_package
def slow(*args, **kwargs):
    open(sys.argv[2], "w").close()  # tell the test that the temporary file exists
    time.sleep(30)
r.write_package = slow
from xlplugin.cli import main
sys.exit(main(["refresh", sys.argv[1], "--weight", "sentiment=2", "-q"]))
"""


def test_sigterm_removes_the_temporary_file(tmp_path):
    path = _scored(tmp_path)
    before = path.read_bytes()
    flag = tmp_path.parent / (tmp_path.name + "-writing")
    process = subprocess.Popen([sys.executable, "-c", SLOW_WRITE, str(path), str(flag)], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not flag.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert flag.exists(), "the refresh never reached its write"
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".xlplugin-")]  # it is there now
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        flag.unlink(missing_ok=True)
    assert process.returncode == 128 + signal.SIGTERM
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert path.read_bytes() == before


# --- Excel's _xHHHH_ escapes ---------------------------------------------------------------

def test_escaped_formula_text_is_written_so_no_reader_decodes_it(tmp_path):
    import openpyxl

    from xlplugin.inputs import Record

    def decode_xstring(value):  # as Excel reads a cell's text
        return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)

    text = "_x003D_cmd|' /C calc'!A0 is a text, and the officials said the plan was careful and measured today."
    items = [Record(id="_x003D_HYPERLINK(1)", text=text, source="t", columns={"id": "_x003D_HYPERLINK(1)", "text": text}, text_column="text")]
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    with zipfile.ZipFile(path) as archive:
        xml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
    assert b"_x003D_cmd" in xml and xml.count(b"_x003D_") == xml.count(b"_x005F_x003D_")
    # a reader that decodes escapes (as Excel does) sees the text as it was, never "=cmd"
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not decode_xstring(value).startswith("=")
    # and reading it back gives the same text, so a refresh finds nothing changed
    assert refresh_workbook(path).unchanged == 1


def test_carriage_return_escape_is_decoded_on_read(tmp_path):
    from xlplugin.workbook import read_documents

    path = _excel_like(tmp_path)
    strings = "xl/sharedStrings.xml"
    path2 = tmp_path / "cr.xlsx"
    rewrite(path, path2, lambda name, data: data.replace(b"Title 2", b"Title_x000D_two", 1) if name == strings else data)
    found = {r.id: r for r in read_documents(path2)}
    assert found["d2"].title == "Title\rtwo"
    with pkg.Package.open(path2) as package:
        assert "Title\rtwo" in package.shared_strings
