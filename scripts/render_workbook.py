"""Render a workbook to PDF and PNG pages with LibreOffice, for a person to look at.

    python scripts/render_workbook.py workbooks/example_scored.xlsx [OUTDIR]

Writes OUTDIR/<name>.pdf and OUTDIR/<name>-<page>.png (default OUTDIR: build/render). Needs
LibreOffice (soffice) and poppler's pdftoppm (scripts/system_packages.sh installs both); says
which is missing and exits 2 (without pdftoppm, the PDF is still written). Without Calibri or
its metric twin Carlito (fonts-crosextra-carlito), LibreOffice draws the columns with a wider
fallback font (about 30% wider), so pages break earlier than in Excel: the script says so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# 80 dpi: a page is about 900 pixels wide, readable on screen without being large.
DPI = 80


class MissingProgram(Exception):
    """A program the rendering needs is not installed; the message says which and how to get it."""


def render(book: Path, outdir: Path) -> list[Path]:
    """The PNG pages of `book` (its PDF is written beside them). Raises MissingProgram naming
    what is missing: without soffice nothing is made; without pdftoppm the PDF is still made."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise MissingProgram("LibreOffice (soffice) is not installed, so nothing was rendered; install it with "
                             "apt-get install -y --no-install-recommends libreoffice-calc poppler-utils "
                             "(or bash scripts/system_packages.sh as root)")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(book)], check=True, capture_output=True, timeout=180)
    pdf = outdir / (book.stem + ".pdf")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise MissingProgram(f"wrote {pdf}, but not the PNG pages: pdftoppm is not installed; it comes with "
                             "poppler-utils: apt-get install -y --no-install-recommends poppler-utils "
                             "(or bash scripts/system_packages.sh as root)")
    subprocess.run([pdftoppm, "-png", "-r", str(DPI), str(pdf), str(outdir / book.stem)], check=True, timeout=180)
    return sorted(outdir.glob(book.stem + "-*.png"))


def font_note() -> str:
    """A note when the workbooks' font (Calibri) would be drawn with a wider fallback font, which
    moves the page breaks; "" when Calibri or Carlito is there (or fontconfig cannot say)."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return ""
    done = subprocess.run([fc_match, "-f", "%{family}", "Calibri"], capture_output=True, text=True, timeout=30)
    family = done.stdout.lower()
    if done.returncode != 0 or "calibri" in family or "carlito" in family:
        return ""
    return (f"note: neither Calibri nor Carlito is installed; LibreOffice draws the columns with {done.stdout.split(',')[0]}, "
            "about 30% wider, so the pages break earlier than in Excel (apt-get install fonts-crosextra-carlito)")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    book = Path(argv[0])
    if not book.is_file():
        print(f"render_workbook: {book}: no such file", file=sys.stderr)
        return 2
    outdir = Path(argv[1]) if len(argv) > 1 else Path("build/render")
    try:
        pages = render(book, outdir)
    except MissingProgram as exc:
        print(f"render_workbook: {exc}", file=sys.stderr)
        return 2
    for page in pages:
        print(page)
    note = font_note()
    if note:
        print(f"render_workbook: {note}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
