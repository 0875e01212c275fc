"""Print areas (book19): a print area that runs to the foot of a sheet (the Read sheet's, the
Outlets sheet's) ends one row short of the sheet's last, so that LibreOffice does not
save it as whole columns, which openpyxl cannot take as a print area and warns about on every
load. Checked on every sheet of a scored workbook, and through a LibreOffice re-save where
LibreOffice is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
import warnings
import zipfile

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

_TEXT = ("The port authority said on Monday that cargo volumes rose by a tenth last year, according to its annual "
         "report. \"Container traffic led the growth,\" said harbour master Eva Lind, who oversees the docks.")


def _scored(tmp_path, outlets: int):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(["id", "outlet", "text"])
    for i in range(outlets * 2):
        ws.append([f"p{i}", f"Harbour News Network Regional Edition Number {i % outlets}", _TEXT + f" Item {i}."])
    src, out = tmp_path / "in.xlsx", tmp_path / "book.xlsx"
    wb.save(src)
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    return out


def _print_areas(book) -> list[str]:
    with zipfile.ZipFile(book) as z:
        xml = z.read("xl/workbook.xml").decode()
    return re.findall(r'<definedName[^>]*name="_xlnm\.Print_Area"[^>]*>([^<]*)<', xml)


@pytest.mark.parametrize("outlets", [1, 12])
def test_no_print_area_runs_to_the_last_row(tmp_path, outlets):
    out = _scored(tmp_path, outlets)
    areas = _print_areas(out)
    assert any("Read" in a for a in areas)
    for area in areas:
        for row in re.findall(r"\$?[A-Z]+\$?(\d+)", area):
            assert int(row) < layout.SHEET_ROWS, area
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        openpyxl.load_workbook(out)


@pytest.mark.slow
def test_a_libreoffice_resave_loads_without_warnings(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = _scored(tmp_path, 12)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "xlsx", "--outdir", str(tmp_path / "lo"), str(out)], check=True, capture_output=True, timeout=240)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wb = openpyxl.load_workbook(tmp_path / "lo" / out.name)
    assert wb["Read"].print_area and wb["Outlets"].print_area
