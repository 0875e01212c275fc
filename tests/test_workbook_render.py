"""The example workbook as people see it: LibreOffice prints it to PDF, and the PDF is read back
(poppler's pdftotext, and the PDF's own drawing commands) for what a reader would notice: a
header cut short by its cell, an error value, the Read sheet's flags not in colour. Skipped, with
the reason, when LibreOffice or pdftotext is missing. (Look at the pages too:
python scripts/render_workbook.py workbooks/example_scored.xlsx.)"""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from xlplugin.workbook import layout
from xlplugin.workbook.outlets import HEADERS as OUTLET_HEADERS
from xlplugin.workbook.read_sheet import GREEN, ORANGE, READ_HEADERS, RED, TEXT_COLUMN

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "workbooks" / "example_scored.xlsx"
ERROR_VALUES = ("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "Err:", "#ERR", "###")


# Every header a reader must see whole, per sheet (the stamp columns and the Read sheet's text
# hash are folded away and not printed).
HEADERS = {
    layout.DOCUMENTS: layout.SCORE_HEADERS,
    "Read": READ_HEADERS[:TEXT_COLUMN],
    "Outlets": OUTLET_HEADERS,
    layout.EVIDENCE: layout.EVIDENCE_HEADERS[:-1],
    layout.SETTINGS_SHEET: layout.SETTINGS_HEADERS,
    layout.SOURCES: layout.SOURCES_HEADERS,
    layout.OVERVIEW: layout.OVERVIEW_HEADERS,
}


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:  # (the tests that render are marked slow)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: apt-get install -y poppler-utils")
    if not BOOK.exists():
        pytest.skip(f"{BOOK} not built: run python scripts/build_example_workbook.py")
    out = tmp_path_factory.mktemp("render")
    subprocess.run([soffice, f"-env:UserInstallation=file://{out / 'profile'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(BOOK)], check=True, capture_output=True, timeout=240)
    return out / "example_scored.pdf"


def _words(text: str) -> list[str]:
    # A cell may wrap after a hyphen ("check-" / "worthy"), so words are also split there.
    return re.findall(r"[^\s-]+-?|-", text)


def _text(pdf: Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], check=True, capture_output=True, text=True,
                          timeout=60).stdout


def _in_order_near(words: list[str], wanted: list[str], slack: int = 40) -> bool:
    """Are `wanted` in `words` in order, starting anywhere, within a short stretch? A cut header
    loses its last line, whose words then are not found near the rest."""
    for start, word in enumerate(words):
        if word != wanted[0]:
            continue
        position, limit = start, start + len(wanted) * 3 + slack
        for want in wanted[1:]:
            try:
                position = words.index(want, position + 1, limit)
            except ValueError:
                break
        else:
            return True
    return False


def _pages(pdf: Path, *options: str) -> list[list[str]]:
    return [_words(page) for page in _text(pdf, *options).split("\f")]


@pytest.mark.slow
def test_no_header_is_cut(pdf):
    """Each sheet's headers, every word of each, whole on some page: a header cut by its cell
    loses its last line, a header cut inside a word ("Document" / "s") loses the word. (A sheet
    too wide for one readable page prints its columns across pages, the Outlets sheet its
    numbers on one page and its kinds and ids on the next: see workbook/fit.py.)"""
    # Read in layout order and in the order the cells were drawn (-raw): in layout order pdftotext
    # joins a line-end hyphen to the next column's words on the same baseline ("check-" then
    # "(higher" of the header beside it reads "check(higher"), which is no cut. A cut header's lost
    # line is drawn in neither.
    pages = _pages(pdf) + _pages(pdf, "-raw")
    cut = []
    for sheet, headers in HEADERS.items():
        cut += [(sheet, h) for h in headers if not any(_in_order_near(page, _words(h)) for page in pages)]
    assert not cut, f"headers not shown whole in the printed workbook: {cut}"


@pytest.mark.slow
def test_no_error_values(pdf):
    text = _text(pdf)
    found = [value for value in ERROR_VALUES if value in text]
    assert not found, found


@pytest.mark.slow
def test_read_sheet_flags_are_printed_in_colour(pdf):
    """The rich-text runs of the Read sheet reach the page: LibreOffice draws text in the red,
    orange and green of the legend (PDF fill colours, `r g b rg`)."""
    colours = set()
    data = pdf.read_bytes()
    for match in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", match.end())
        try:
            content = zlib.decompress(data[match.end():end])
        except zlib.error:
            continue  # an image or a font
        colours.update(tuple(round(float(x) * 255) for x in c.split()) for c in re.findall(rb"([\d.]+ [\d.]+ [\d.]+) rg", content))
    for argb in (RED, ORANGE, GREEN):
        rgb = tuple(int(argb[i:i + 2], 16) for i in (2, 4, 6))
        assert rgb in colours, f"no text drawn in {argb}"
    text = _text(pdf)
    assert "How to read: loaded word" in " ".join(text.split())
    assert "same story as row" in " ".join(text.split())


@pytest.mark.parametrize("sheet, names", [(layout.DOCUMENTS, ("id", "file", "Kind")), ("Evidence", ("Document id", "Evidence type"))])
def test_ids_paths_and_kinds_fit_their_columns(sheet, names):
    """Values a reader needs whole (an id, a file path, a document's kind, a cue's name) fit
    their column's width (in characters, Excel's unit), so they are not cut on screen or in
    print. (pdftotext cannot see this: a clipped single line keeps its whole text in the PDF.)"""
    import openpyxl
    from openpyxl.utils import get_column_letter

    wb = openpyxl.load_workbook(BOOK)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    too_narrow = []
    for name in names:
        col = header.index(name) + 1
        width = ws.column_dimensions[get_column_letter(col)].width
        longest = max(len(str(v)) for (v,) in ws.iter_rows(min_row=2, min_col=col, max_col=col, values_only=True) if v)
        if longest > width:
            too_narrow.append((name, longest, width))
    assert not too_narrow, too_narrow


@pytest.mark.slow
def test_every_word_of_the_read_texts_is_printed(pdf):
    """No Read row is too short for its text: each text's words reach the page, in order (a row
    too short for its lines shows only those that fit; LibreOffice draws no more)."""
    import openpyxl

    # Compared word by word on letters and digits only: where a flag's run ends before a full stop
    # ("he said" underlined, "." not), the PDF draws the two apart and pdftotext reads "said ."
    # (no cut: both reach the page).
    def letters(text: str) -> list[str]:
        return re.findall(r"\w+", text)

    ws = openpyxl.load_workbook(BOOK, read_only=True)["Read"]
    texts = [str(row[TEXT_COLUMN - 1]) for row in ws.iter_rows(min_row=4, values_only=True) if row[TEXT_COLUMN - 1]]
    printed = letters(_text(pdf))
    position, lost = 0, []
    for text in texts:
        for word in letters(text):
            try:
                position = printed.index(word, position)
            except ValueError:
                lost.append((text[:40], word))
                break
    assert not lost, f"words of Read texts not printed: {lost}"
