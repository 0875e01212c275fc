"""Render a workbook to PDF and PNG pages with LibreOffice, for a person to look at.

    python scripts/render_workbook.py workbooks/example_scored.xlsx [OUTDIR]

Writes OUTDIR/<name>.pdf and OUTDIR/<name>-<page>.png (default OUTDIR: build/render). Needs
LibreOffice (soffice) and poppler's pdftoppm; says so and exits 2 when either is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# 80 dpi: a page is about 900 pixels wide, readable on screen without being large.
DPI = 80


def render(book: Path, outdir: Path) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftoppm = shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        raise FileNotFoundError("needs LibreOffice (soffice) and pdftoppm (poppler-utils): "
                                "apt-get install -y --no-install-recommends libreoffice-calc poppler-utils")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(book)], check=True, capture_output=True, timeout=180)
    pdf = outdir / (book.stem + ".pdf")
    subprocess.run([pdftoppm, "-png", "-r", str(DPI), str(pdf), str(outdir / book.stem)], check=True, timeout=180)
    return sorted(outdir.glob(book.stem + "-*.png"))


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    book = Path(argv[0])
    outdir = Path(argv[1]) if len(argv) > 1 else Path("build/render")
    try:
        pages = render(book, outdir)
    except FileNotFoundError as exc:
        print(f"render_workbook: {exc}", file=sys.stderr)
        return 2
    for page in pages:
        print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
