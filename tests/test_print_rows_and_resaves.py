"""Printing a folder of web pages: each page's article text (the column xlplugin fills from the
page) shows its first PAGE_TEXT_LINES lines, not eight, so that a printed page holds more rows
(the whole text is in its cell and on the Read sheet). And the print areas are in a form that
Gnumeric keeps when it saves the workbook again (one range each: it saves two as an error, which
openpyxl warns about at every load). (The pages are written for these tests.)"""

from __future__ import annotations

import shutil
import subprocess
import warnings

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from xlplugin.cli import main
from xlplugin.workbook import fit, layout
from xlplugin.workbook.writer import LINE_HEIGHT, PAGE_TEXT_LINES, WIDTHS, _lines

PARAGRAPH = ("The ferry company will add a second morning crossing from May, its operations director, Lena "
             "Berg, said on Tuesday. Bookings rose by a quarter last summer, according to the company's "
             "annual report, and the harbour board approved the new timetable at its March meeting. ")


def _page(title: str, paragraphs: int) -> str:
    body = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(paragraphs))
    return (f"<html><head><title>{title}</title><meta name='author' content='Anna Lind'>"
            f"<meta property='article:published_time' content='2025-03-04'></head><body><article><h1>{title}</h1>"
            f"<p>By Anna Lind</p>{body}</article></body></html>")


@pytest.fixture(scope="module")
def web_book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    for n, paragraphs in enumerate((2, 4, 8), start=1):
        (folder / f"ferry{n}.html").write_text(_page(f"Ferry timetable news {n}", paragraphs), encoding="utf-8")
    out = folder / "book.xlsx"
    assert main(["score", str(folder), "-o", str(out), "-q", "--workers", "1"]) == 0
    return out


def test_a_web_pages_article_text_shows_a_few_lines(web_book):
    ws = openpyxl.load_workbook(web_book)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    text_col = header.index(layout.FILE_TEXT_COLUMN) + 1
    why_col, status_col = (header.index(h) + 1 for h in layout.SCORE_HEADERS[-2:])
    width = ws.column_dimensions[get_column_letter(text_col)].width
    # (where the text does not print, the row is as tall as its printed cells: print18)
    text_printed = ws.print_area.split("!")[1].startswith("$A$")
    long_rows = 0
    for row in range(2, ws.max_row + 1):
        text = ws.cell(row, text_col).value
        long_rows += _lines(text, width) > PAGE_TEXT_LINES
        own = max(_lines(ws.cell(row, why_col).value, WIDTHS["why"]),
                  _lines(ws.cell(row, status_col).value, ws.column_dimensions[get_column_letter(status_col)].width))
        shown = min(_lines(text, width), PAGE_TEXT_LINES) if text_printed else 1
        expected = fit.text_lines_height(max(own, shown), LINE_HEIGHT)
        assert ws.row_dimensions[row].height == expected, row
    assert long_rows >= 2  # (the case this is about: articles longer than the lines shown)


@pytest.mark.slow
def test_a_gnumeric_resave_keeps_every_print_area(web_book, tmp_path):
    ssconvert = shutil.which("ssconvert")
    if ssconvert is None:
        pytest.skip("Gnumeric's ssconvert is not installed")
    again = tmp_path / "again.xlsx"
    subprocess.run([ssconvert, str(web_book), str(again)], check=True, capture_output=True, timeout=240)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        wb = openpyxl.load_workbook(again)
    assert not [w for w in seen if "Print area" in str(w.message)], [str(w.message) for w in seen]
    assert wb["Outlets"].print_area and wb[layout.DOCUMENTS].print_area
