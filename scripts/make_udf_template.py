"""Make workbooks/xlplugin_udfs.xlsm, the desktop template for the XLP_ functions.

    python scripts/make_udf_template.py [OUT.xlsm]

Starts from xlwings' own `quickstart.xlsm` (shipped inside the BSD-licensed xlwings package, the
file `xlwings quickstart` copies): its VBA project already references the xlwings add-in, which
openpyxl cannot create. openpyxl (keep_vba) then switches on its `xlwings.conf` sheet with
"UDF Modules" = xlplugin.excel.udfs, so "Import Functions" on the xlwings tab finds our module,
and adds a Texts sheet with example texts, formulas and the steps to follow.
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import xlwings
from openpyxl.styles import Alignment, Font

from xlplugin.workbook import fit
from xlplugin.workbook.writer import LINE_HEIGHT, wrapped_lines

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "workbooks" / "xlplugin_udfs.xlsm"
UDF_MODULE = "xlplugin.excel.udfs"
# Written for this template; each long enough (25 words or more) to get an index.
EXAMPLES = (
    "The water board approved the new tariff on Wednesday by five votes to one. The change adds "
    "3 percent to an average bill, according to the board's annual report.",
    "This outrageous scam is the worst betrayal in history! The so-called experts are shameless "
    "liars who destroyed our town, and the spineless cowards on the council just sat there and let "
    "it happen!",
    "Rumours are spreading fast that the mayor quietly pocketed money from the bridge deal. Nobody "
    "will say where the story started, but people online insist it is true and claim the police "
    "are covering it up.",
)
# (The three differ as a reader expects: the sourced report highest, the rumour lower, the rant
# lowest; tests/test_udf_template_sheet.py checks it with score_text, which the formulas call.)
WIDTHS = {"A": 60, "B": 22, "D": 80}
# (sheets21) Under the examples, where column B's #NAME? is seen: a teacher who shared the file
# with LibreOffice users had errors and no word on the sheet of why.
NEEDS_EXCEL = ("Column B's formulas need desktop Excel with xlwings (the steps are on the right). "
               "LibreOffice, Excel on the web and Excel without xlwings show #NAME? there: the formulas "
               "are not wrong, their functions are just not installed. The xlplugin command line scores "
               "a workbook anywhere.")
STEPS = (
    "How to use this workbook (desktop Excel on Windows):",
    "1. Once: pip install the xlplugin wheel you were given (xlplugin is not on PyPI), e.g. "
    "pip install xlplugin-0.1.0-py3-none-any.whl, then run: xlwings addin install",
    "2. In Excel: File > Options > Trust Center > Trust Center Settings > Macro Settings: tick "
    "'Trust access to the VBA project object model'.",
    "3. Open this workbook, go to the xlwings tab and click 'Import Functions'.",
    "4. Press Ctrl+Alt+F9 to recalculate: column B then shows each text's reliability index.",
    "Try: =XLP_SCORES(A2:A4, TRUE) in a free cell spills every score; =XLP_EVIDENCE(A3, \"loaded\") "
    "lists the loaded words.",
    "The xlwings.conf sheet names the Python module (UDF Modules = xlplugin.excel.udfs).",
)


def make(out: Path = DEFAULT_OUT) -> Path:
    source = Path(xlwings.__file__).parent / "quickstart.xlsm"
    book = openpyxl.load_workbook(source, keep_vba=True)
    conf = book["_xlwings.conf"]
    conf.title = "xlwings.conf"  # the leading underscore is what keeps the quickstart's sheet inactive
    for row in conf.iter_rows(min_col=1, max_col=2):
        if row[0].value == "UDF Modules":
            row[1].value = UDF_MODULE
            break
    else:
        raise SystemExit(f"{source} has no 'UDF Modules' row in its _xlwings.conf sheet")
    # The quickstart's notes below the settings say to rename the sheet, which is done.
    first_blank = next(r for r in range(1, conf.max_row + 2) if conf.cell(row=r, column=1).value is None)
    conf.delete_rows(first_blank, conf.max_row)

    sheet = book.worksheets[0]
    sheet.title = "Texts"
    # One font on the sheet: the workbook's own (Calibri 12 in the quickstart). A Font() with no
    # name printed the headers and the steps in a serif font, the texts in Calibri.
    default = sheet["A2"].font  # (A2, not yet written: the default format; the first example goes there)
    sheet["A1"], sheet["B1"] = "Text", "Reliability (0-100, higher = more reliable)"
    for cell in (sheet["A1"], sheet["B1"]):
        cell.font, cell.alignment = Font(name=default.name, size=default.sz, bold=True), Alignment(wrap_text=True, vertical="top")
    top = Alignment(wrap_text=True, vertical="top")  # (A1 and B1 wrap as well)
    for i, text in enumerate(EXAMPLES, start=2):
        sheet.cell(row=i, column=1, value=text).alignment = top
        sheet.cell(row=i, column=2, value=f"=XLP_RELIABILITY(A{i})").alignment = top
    note = sheet.cell(row=len(EXAMPLES) + 3, column=1, value=NEEDS_EXCEL)
    note.font, note.alignment = Font(name=default.name, size=default.sz, italic=True), top
    for i, step in enumerate(STEPS, start=1):
        cell = sheet.cell(row=i, column=4, value=step)
        cell.font, cell.alignment = Font(name=default.name, size=default.sz, bold=(i == 1)), top
    for letter, width in WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    # Each row as high as its wrapped texts need: LibreOffice does not grow a row that has no
    # height of its own, and printed the example texts over each other.
    for row in range(1, max(len(EXAMPLES) + 3, len(STEPS)) + 1):
        lines = max(wrapped_lines(sheet.cell(row=row, column=col).value or "", WIDTHS[letter])
                    for col, letter in ((1, "A"), (2, "B"), (4, "D")))
        sheet.row_dimensions[row].height = fit.text_lines_height(lines, LINE_HEIGHT)
    # Landscape, one page wide (it printed over five portrait pages).
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.active = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT))
