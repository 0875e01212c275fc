"""(evid25) Evidence rows deleted, then the workbook saved by LibreOffice or Gnumeric: the count
of each document's Evidence rows (a folded Documents column) survives the re-save, and a refresh
writes the deleted rows again. Skipped, with the reason, where the program is not installed."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter

import pytest

from test_evid25_deleted_evidence import _back_line, _book, _delete, _evidence, _is_copy, _refresh

pytestmark = pytest.mark.slow


def _libreoffice(book, work):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    work.mkdir()
    subprocess.run([soffice, f"-env:UserInstallation=file://{work / 'profile'}", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(work), str(book)], check=True, capture_output=True, timeout=240)
    shutil.copyfile(work / book.name, book)


def _gnumeric(book, work):
    ssconvert = shutil.which("ssconvert")
    if ssconvert is None:
        pytest.skip("Gnumeric's ssconvert is not installed")
    work.mkdir()
    again = work / book.name
    subprocess.run([ssconvert, str(book), str(again)], check=True, capture_output=True, timeout=240)
    shutil.copyfile(again, book)


@pytest.mark.parametrize("resave", [_libreoffice, _gnumeric], ids=["libreoffice", "gnumeric"])
def test_rows_deleted_then_resaved_come_back(tmp_path, capsys, resave):
    book = _book(tmp_path)
    before = _evidence(book)
    _delete(book, lambda n, row: (row[0] == "d1" and n in (0, 3)) or (row[0] == "d4" and (n == 1 or _is_copy(row))))
    resave(book, tmp_path / "resaved")
    err = _refresh(capsys, book)
    assert Counter(_evidence(book)) == Counter(before)
    line = _back_line(err)
    assert "2 for d1" in line and "for d4" in line


@pytest.mark.parametrize("resave", [_libreoffice, _gnumeric], ids=["libreoffice", "gnumeric"])
def test_resaved_without_deleting_nothing_is_written_back(tmp_path, capsys, resave):
    book = _book(tmp_path)
    before = _evidence(book)
    resave(book, tmp_path / "resaved")
    err = _refresh(capsys, book)
    assert Counter(_evidence(book)) == Counter(before) and not _back_line(err)
