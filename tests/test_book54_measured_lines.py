"""(book54) A wrapped cell's lines are counted from its letters' own widths (Calibri 11's advance
widths, data/calibri_widths.csv), not at 1.18 characters a width unit: rendered in LibreOffice,
an outlet name of wide letters and no more characters than its column's budget
("politische-bildung-brandenburg.de" in the width-28 name column) wrapped to a second line that
was drawn over the next row, since its row was one line tall; a name of narrow letters over the
budget got a blank second line. The names below are written for these tests, of the same shapes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from xlplugin import lexicon
from xlplugin.workbook import fit, layout
from workbook_helpers import scored_by_cli

ROOT = Path(__file__).resolve().parents[1]
CARLITO = Path("/usr/share/fonts/truetype/crosextra")
_REPORT = ("The county library said on Thursday that its east wing will reopen in March, according to its "
           "published schedule. \"The new roof is finished,\" said director Ana Velez, who runs the branch.")


def _outlet_row_height(tmp_path, outlet: str) -> float:
    from xlplugin.workbook.outlets import FIRST_ROW, OUTLETS

    ws = openpyxl.load_workbook(scored_by_cli(tmp_path, ["id", "outlet", "text"], [["a", outlet, _REPORT]]))[OUTLETS]
    row = next(r for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value == outlet)
    return ws.row_dimensions[row].height or layout.LINE_HEIGHT


@pytest.mark.parametrize(("outlet", "lines"), [
    ("Wimbledon Mammoth Weekly Mmm", 2),              # 28 characters, 223 pixels: wider than the column (196)
    ("nrw-westfalen-wochenblatt-mm.de", 2),           # 31 characters of a web site's name, wide letters
    ("illicit little lilt fill i tilt lit", 1),       # 36 characters, 137 pixels: one line (it was two)
    ("Harwick Valley's Evening Post", 1),             # guard: average letters, one line as before
    ("The Northern Counties Evening Chronicle and Advertiser", 2),  # guard: still two lines
])
def test_an_outlets_row_is_as_tall_as_its_letters_wrap(tmp_path, outlet, lines):
    assert _outlet_row_height(tmp_path, outlet) == (fit.text_lines_height(lines, layout.LINE_HEIGHT) if lines > 1
                                                   else layout.LINE_HEIGHT)


def test_widths_are_calibris():
    # a digit is 1038 units of 2048 (7.4 pixels at 11 points: Excel's 7-pixel digit, unhinted)
    assert fit.text_pixels("0") == pytest.approx(1038 / 2048 * 11 * 96 / 72)
    assert fit.text_pixels("10") == pytest.approx(2 * fit.text_pixels("0"))
    # bold is wider where its letters are; an accented letter is as wide as its letter
    assert fit.text_pixels("Reliability", bold=True) > fit.text_pixels("Reliability")
    assert fit.text_pixels("Hören") == fit.text_pixels("Horen")
    # a wide East Asian character is an em; another script's letter is not counted as nothing
    assert fit.text_pixels("漢") == pytest.approx(11 * 96 / 72)
    assert fit.text_pixels("д") > fit.text_pixels("i")


@pytest.mark.parametrize(("text", "width", "bold", "lines"), [
    # LibreOffice's breaks (Carlito, rendered to PDF) that Excel's narrower column keeps
    ("Reliability index 0-100 (higher = more reliable)", 12, True, 5),
    ("Loaded terms per 1,000 words (higher = more loaded)", 12, True, 5),
    ("check-worthy", 12, True, 1),                    # 83 pixels: one line in a width-12 column
    ("politische-bildung-brandenburg.de", 28, False, 2),
    # a word longer than a line is broken after its hyphens, else where the line is full
    # (three pieces of 81 pixels, in lines of 140: broken at any letter it would take two)
    ("aaaaaaaaaaa-bbbbbbbbbbb-aaaaaaaaaaa", 20, False, 3),
    ("x" * 60, 10, False, 6),
    ("one\ntwo", 30, False, 2),
])
def test_lines_of_measured_words(text, width, bold, lines):
    assert fit.prose_lines(text, width, bold=bold) == lines


def test_a_broken_width_table_is_said(monkeypatch):
    monkeypatch.setattr(lexicon, "data_text", lambda name: "code,regular,bold\n48,1038,wide\n")
    fit._advances.cache_clear()
    try:
        with pytest.raises(lexicon.DataFileError, match="calibri_widths.csv.*'48,1038,wide'"):
            fit.text_pixels("0")
    finally:
        fit._advances.cache_clear()


@pytest.mark.skipif(not (CARLITO / "Carlito-Bold.ttf").exists(),
                    reason="Carlito is not installed (apt-get install -y fonts-crosextra-carlito)")
def test_the_table_is_carlitos_widths():
    import importlib.util

    spec = importlib.util.spec_from_file_location("font_widths", ROOT / "scripts" / "font_widths.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    regular, bold = script.advances(CARLITO / "Carlito-Regular.ttf"), script.advances(CARLITO / "Carlito-Bold.ttf")
    table = fit._advances()
    assert len(table) == 95
    assert all(table[chr(code)] == (regular[code], bold[code]) for code in range(32, 127))


# (book54) As LibreOffice prints it (skipped, with the reason, where LibreOffice or pdftotext is
# missing; as in tests/test_book50_outlets_render.py): an outlet's name that wraps is drawn in a
# row as tall as its lines, never over the next row's name.
_WIDE = ("Wimbledon Mammoth Weekly Mmm", "nrw-westfalen-wochenblatt-mm.de", "Mammoth Waterworks Monthly")
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')


@pytest.mark.slow
@pytest.mark.skipif(not (CARLITO / "Carlito-Regular.ttf").exists(),
                    reason="Carlito is not installed (apt-get install -y fonts-crosextra-carlito): LibreOffice would draw "
                           "Calibri with a wider font, breaking lines that Excel does not")
def test_printed_outlet_names_do_not_run_into_the_next_row(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: apt-get install -y poppler-utils")
    rows = [[f"d{n}", outlet, _REPORT.replace("Thursday", day)]
            for n, (outlet, day) in enumerate(zip(_WIDE * 2, ("Monday", "Tuesday", "Friday", "Sunday", "Saturday", "Wednesday")))]
    book = scored_by_cli(tmp_path, ["id", "outlet", "text"], rows)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(book)], check=True, capture_output=True, timeout=240)
    boxes = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "book.pdf"), "-"], check=True, capture_output=True,
                           text=True, timeout=60).stdout
    pages = [page for page in boxes.split("<page ") if ">taken<" in page]  # the Outlets table's pages
    assert pages
    checked = 0
    for page in pages:
        words = [(float(x), float(top), float(bottom), word) for x, top, bottom, word in _WORD.findall(page)]
        left = min(x for x, *_ in words)
        # each line of the first column starts at the page's left edge; a line drawn over the next
        # one (the wrapped end of a name in a one-line row) starts less than half a line below it
        tops = sorted({round(top, 1): bottom - top for x, top, bottom, _ in words if x - left < 1}.items())
        for (top, height), (next_top, _) in zip(tops, tops[1:]):
            assert next_top - top >= height / 2, f"a line at {next_top} drawn over the line at {top}"
            checked += 1
    assert checked >= len(_WIDE)
