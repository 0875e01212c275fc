"""The shipped xlplugin_udfs.xlsm: its example texts print one under another (each row as high as
its wrapped text, one page wide) and their indexes differ as a reader expects (session 16,
sheets17: LibreOffice printed the texts over each other, and the rumour scored the sourced
report's 89.0)."""

from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from xlplugin import score_text  # noqa: E402
from xlplugin.workbook.text_styles import wrapped_lines  # noqa: E402

BOOK = Path(__file__).resolve().parents[1] / "workbooks" / "xlplugin_udfs.xlsm"


@pytest.fixture(scope="module")
def sheet():
    return openpyxl.load_workbook(BOOK, keep_vba=True)["Texts"]


def _texts(sheet):
    """The example texts: column A beside a formula in column B (the note below them is none)."""
    return [(row, sheet.cell(row=row, column=1).value) for row in range(2, sheet.max_row + 1)
            if isinstance(sheet.cell(row=row, column=1).value, str)
            and str(sheet.cell(row=row, column=2).value or "").startswith("=XLP_")]


def test_the_sheet_says_the_formulas_need_excel_with_xlwings(sheet):
    """(sheets21) LibreOffice shows #NAME? in column B: a line beside it, in the columns seen
    first, says why and what needs what."""
    formula_rows = [row for row, _text in _texts(sheet)]
    assert formula_rows
    seen = [str(sheet.cell(row=row, column=col).value or "") for row in range(1, max(formula_rows) + 4)
            for col in (1, 2)]
    said = [text for text in seen if "#NAME?" in text]
    assert said and all("xlwings" in text and "LibreOffice" in text and "Excel" in text for text in said)


def test_every_wrapped_text_has_a_row_as_high_as_its_lines(sheet):
    for col in ("A", "B", "D"):
        width = sheet.column_dimensions[col].width
        for row in range(1, sheet.max_row + 1):
            value = sheet[f"{col}{row}"].value
            if not isinstance(value, str):
                continue
            lines = wrapped_lines(value, width)
            if lines > 1:
                assert sheet[f"{col}{row}"].alignment.wrap_text, (col, row)
                height = sheet.row_dimensions[row].height
                assert height is not None and height >= 14 * lines, (col, row, lines, height)


def test_prints_one_page_wide(sheet):
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth in (1, "1") and sheet.page_setup.fitToHeight in (0, "0")
    assert sheet.page_setup.orientation == "landscape"


def test_example_indexes_differ_as_a_reader_expects(sheet):
    texts = _texts(sheet)
    assert len(texts) >= 3
    scores = [score_text(text).reliability for _row, text in texts]
    assert all(s is not None for s in scores), scores
    # the first is the sourced report: above every other example, each pair apart by 10 or more
    assert scores[0] == max(scores)
    ordered = sorted(scores)
    assert all(b - a >= 10 for a, b in zip(ordered, ordered[1:])), scores


def test_one_font_on_the_sheet(sheet):
    """(print18) The headers and the steps printed in a serif font (a Font with no name), the
    example texts in Calibri: every cell written is in the workbook's own font and size."""
    fonts = {(c.font.name, c.font.sz) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert len(fonts) == 1 and None not in next(iter(fonts)), fonts
