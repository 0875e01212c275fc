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
