"""Printing a scored workbook (book20): a long Evidence sheet (200 articles gave 6,548 rows, 394 of
459 printed pages) prints only its header row, with a line on the page saying how many rows it has
and how to print some of them; a short one prints whole. "How to read this" says so."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from workbook_helpers import records, score

from xlplugin import Settings
from xlplugin.workbook import layout, write_scored_workbook
from xlplugin.workbook import writer


def _book(tmp_path, name="book.xlsx"):
    items = records()
    path = tmp_path / name
    write_scored_workbook(path, items, score(items), Settings())
    return path


def _evidence_area(path) -> str | None:
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/workbook.xml").decode()
    position = openpyxl.load_workbook(path, read_only=True).sheetnames.index(layout.EVIDENCE)
    found = re.search(r'<definedName name="_xlnm\.Print_Area" localSheetId="%d">([^<]*)<' % position, xml)
    return found.group(1) if found else None


def _evidence_rows(path) -> int:
    return sum(1 for row in openpyxl.load_workbook(path, read_only=True)[layout.EVIDENCE].iter_rows(min_row=2) if row[0].value)


@pytest.mark.parametrize("limit", [0, 3, 10])
def test_an_evidence_sheet_longer_than_the_limit_prints_its_header_only(tmp_path, monkeypatch, limit):
    monkeypatch.setattr(writer, "EVIDENCE_PRINTED_ROWS", limit)
    path = _book(tmp_path)
    rows = _evidence_rows(path)
    assert rows > limit
    assert _evidence_area(path) == "'Evidence'!$A$1:$G$1"
    footer = openpyxl.load_workbook(path)[layout.EVIDENCE].oddFooter.left.text
    assert f"This sheet has {rows:,} rows" in footer and "print the selection" in footer


def test_a_short_evidence_sheet_prints_whole(tmp_path, monkeypatch):
    path = _book(tmp_path)
    monkeypatch.setattr(writer, "EVIDENCE_PRINTED_ROWS", _evidence_rows(path))
    again = _book(tmp_path, "again.xlsx")
    assert _evidence_area(again) is None
    assert not openpyxl.load_workbook(again)[layout.EVIDENCE].oddFooter.left.text


def test_how_to_read_says_how_evidence_prints(tmp_path):
    texts = [c for row in openpyxl.load_workbook(_book(tmp_path))[layout.HOW_TO_READ].iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert any(f"up to {writer.EVIDENCE_PRINTED_ROWS} rows" in t and "print the selection" in t for t in texts)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
                    reason="LibreOffice or pdfinfo is not installed")
def test_printed_pages_fall_by_the_evidence_sheets(tmp_path, monkeypatch):
    def pages(path) -> int:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                        "pdf", "--outdir", str(tmp_path / path.stem), str(path)], check=True, timeout=240,
                       capture_output=True)
        info = subprocess.run(["pdfinfo", str(tmp_path / path.stem / (path.stem + ".pdf"))], capture_output=True,
                              text=True, check=True).stdout
        return int(re.search(r"Pages:\s+(\d+)", info).group(1))

    whole = pages(_book(tmp_path, "whole.xlsx"))
    monkeypatch.setattr(writer, "EVIDENCE_PRINTED_ROWS", 0)
    cut = _book(tmp_path, "cut.xlsx")
    assert pages(cut) < whole


@pytest.mark.parametrize("gap", [1, 3])
def test_a_column_of_the_users_right_of_the_scores_prints_after_a_refresh(tmp_path, gap):
    """A column the user adds right of xlplugin's ("My note", after the folded stamps) is in the
    Documents sheet's print area after a refresh; an area that reaches further keeps its end."""
    from openpyxl.utils import get_column_letter

    from xlplugin.workbook import refresh_workbook
    from xlplugin.workbook.defined_ranges import grown_defined_names

    path = _book(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    column = ws.max_column + gap
    ws.cell(1, column, "My note")
    ws.cell(2, column, "check the quote with the editor")
    text_col = [c.value for c in ws[1]].index("text") + 1
    ws.cell(2, text_col, ws.cell(2, text_col).value + " The meeting ended at noon.")
    wb.save(path)
    refresh_workbook(path)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/workbook.xml").decode()
    area = re.search(r"_xlnm\.Print_Area\" localSheetId=\"0\">'Documents'!\$([A-Z]+)\$1:\$([A-Z]+)\$(\d+)<", xml)
    assert area.group(2) == get_column_letter(column)
    book = b'<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'Documents\'!$E$1:$Z$9</definedName></definedNames>'
    assert grown_defined_names(book, 0, 9, 20) is None
