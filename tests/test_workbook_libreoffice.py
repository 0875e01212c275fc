"""A real spreadsheet program reads the scored example workbook: LibreOffice converts its
Documents sheet to CSV, and every score is a visible number or a stated reason, with no error
values and no formula text. Skipped, with the reason, when LibreOffice is not installed."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from xlplugin.workbook import layout

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "workbooks" / "example_scored.xlsx"
ERROR_VALUES = ("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "Err:", "#ERR")

pytestmark = pytest.mark.slow


def test_libreoffice_shows_every_score_as_a_number_or_a_reason(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    if not BOOK.exists():
        pytest.skip(f"{BOOK} not built: run python scripts/build_example_workbook.py")
    profile = tmp_path / "lo_profile"
    # The CSV filter exports the first sheet, which is the Documents sheet (UTF-8, comma).
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(tmp_path), str(BOOK)],
                   check=True, capture_output=True, timeout=180)
    rows = list(csv.reader((tmp_path / "example_scored.csv").open(encoding="utf-8")))
    header = rows[0]
    assert tuple(header[-len(layout.OWNED_HEADERS):]) == layout.OWNED_HEADERS
    status_col = header.index("Status")
    numeric = [header.index(h) for h in layout.SCORE_HEADERS[:-3]]  # before Kind, Why, Status
    kind_col = header.index("Kind")
    assert len(rows) > 1
    for row in rows[1:]:
        for value in row:
            assert not value.startswith(ERROR_VALUES), row
            assert not value.startswith("="), row
        for col in numeric:
            value = row[col]
            if value == "":
                # an empty score is explained: in the Status column, or (source rating) there is no table
                assert row[status_col] or header[col] == layout.SIGNAL_HEADER["source_rating"], (header[col], row)
            else:
                float(value.rstrip("%").replace(",", ""))  # a visible number
        assert row[status_col].startswith(("scored", "not scored"))
        assert row[kind_col] in ("news report", "opinion or analysis", "press release", "forum or social post",
                                 "wire or syndicated copy", "not an article", "news report (no cue)")
