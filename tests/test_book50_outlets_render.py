"""(book50) The Outlets sheet as a reader sees it, printed by LibreOffice (as in
tests/test_workbook_render.py; skipped, with the reason, where LibreOffice or pdftotext is
missing): a page not in English on a rated site is a row not scored under its outlet, not "1
document, 0 with an index" with an empty kinds cell; one outlet's spellings are one row; the
source rating's Outlets headers say its direction, whole. Texts and names written for these tests."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from xlplugin import Settings, score_many
from xlplugin.engine import DocumentInput
from xlplugin.outlets import entry_of, kinds_cell, rollup

ENGLISH = ("The harbour board met on Monday and agreed to dredge the east channel before the autumn storms, "
           "its chair told reporters, after two fishing boats ran aground there in the spring. The work will "
           "cost about 40,000 pounds, the board's minutes show, and is to be finished by October.")
GERMAN = ("Die Stadt hat am Dienstag den neuen Haushalt beschlossen. Der Bürgermeister sagte, das Geld sei "
          "für die Bibliothek und die Busse bestimmt, und die Arbeiten sollen im Mai nach einer öffentlichen "
          "Sitzung der Bürger beginnen. Die Opposition hatte zuvor mehr Geld für die Schulen gefordert.")
RATED = "https://www.spiegel.de/politik/a"  # a site the built-in table rates


def test_a_rated_page_not_scored_is_a_row_not_scored_under_its_outlet():
    result = next(iter(score_many([DocumentInput(GERMAN, "1", url=RATED)], settings=Settings(), workers=1)))
    assert result.signals["source_rating"].value is not None  # rated, its text not scored
    [row] = rollup([entry_of(result, "", RATED, "1")])
    assert (row.documents, row.scored, row.not_scored) == (0, 0, 1)
    assert kinds_cell(row) == "1 row not scored (Status says why)"
    assert row.signal_stats("source_rating")[0] == result.signals["source_rating"].value  # its rating still shown
    # an English page of the same site is a document as before
    english = next(iter(score_many([DocumentInput(ENGLISH, "2", url=RATED)], settings=Settings(), workers=1)))
    [row] = rollup([entry_of(result, "", RATED, "1"), entry_of(english, "", RATED, "2")])
    assert (row.documents, row.scored, row.not_scored) == (1, 1, 1)


ROWS = [
    ("e1", ENGLISH, "Eastshire Echo Online", "https://www.eastshire-echo.example/a"),
    ("e2", ENGLISH.replace("Monday", "Tuesday"), "Eastshire Echo", "https://eastshire-echo.example/b"),
    ("h1", ENGLISH.replace("Monday", "Friday"), "Harwick Media, Inc.", ""),
    ("h2", ENGLISH.replace("Monday", "Sunday"), "Harwick Media", ""),
    ("g1", GERMAN, "", RATED),
]


@pytest.fixture(scope="module")
def outlets_pages(tmp_path_factory) -> list[str]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: apt-get install -y poppler-utils")
    if not Path("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf").exists():
        pytest.skip("Carlito is not installed (apt-get install -y fonts-crosextra-carlito): LibreOffice would draw "
                    "Calibri with a wider font, wrapping the headers and names this test reads")
    from xlplugin.cli import main

    out = tmp_path_factory.mktemp("book50")
    table = out / "list.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("id", "text", "outlet", "url"), *ROWS])
    book = out / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    subprocess.run([soffice, f"-env:UserInstallation=file://{out / 'profile'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(book)], check=True, capture_output=True, timeout=240)
    text = subprocess.run(["pdftotext", "-layout", str(out / "book.pdf"), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    return [page for page in text.split("\f") if "Outlet taken from" in page]


def _line(pages: list[str], name: str) -> str:
    """The one printed table row whose outlet starts with `name` (not the chart's bar names)."""
    found = [line for page in pages for line in page.splitlines()
             if line.strip().startswith(name) and "with an index" not in line and "no bar:" not in line]
    assert len(found) == 1, f"{len(found)} printed Outlets rows for {name}"
    return " ".join(found[0].split())


@pytest.mark.slow
def test_the_printed_outlets_rows(outlets_pages):
    # the German page on a rated site: no documents, its row not scored said
    assert _line(outlets_pages, "spiegel.de").startswith("spiegel.de web address 0 0")
    assert "row not scored (Status says why)" in _line(outlets_pages, "spiegel.de")
    assert "spiegel.de (no bar: 1 row not scored)" in " ".join(" ".join(outlets_pages).split())  # its bar's name
    # two spellings, one row each outlet
    assert " 2 2 " in _line(outlets_pages, "Eastshire Echo")  # one row, named as first met
    assert " 2 2 " in _line(outlets_pages, "Harwick Media")


@pytest.mark.slow
def test_the_rating_header_prints_whole_with_its_direction(outlets_pages):
    words = " ".join(" ".join(outlets_pages).split())
    for part in ("Source rating", "(higher =", "more", "reliable):", "mean", "spread"):
        assert part in words, part
    assert "reliable): mean" in words or "reliable): spread" in words  # whole, to its last line
