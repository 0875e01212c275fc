"""The Evidence sheet as it prints (print18): a long evidence text wraps inside its column (it
was cut at the Detail's edge), its row as tall as its lines, and every cell of a tall row sits at
its top: the id, signal and type sat at the row's foot while the wrapped Detail started at its
top, a line or two above them."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

# Fresh texts written for these tests: long claims with no source (long evidence texts), and a
# loaded, sourced report.
CLAIMS = ("Prices in the northern district rose by nearly a third over the last two winters while wages stood still. "
          "More than four in ten households in the valley now spend half of their income on heating and rent. "
          "The new bypass will cut the average journey to the coast by twenty-five minutes for every driver. ")
REPORT = ("The mayor's outrageous and shameful plan is a total disaster, the opposition leader Dana Kray said on "
          "Monday. Kray told reporters the council had ignored three reports from its own engineers. ")
TEXTS = [CLAIMS * 2, REPORT * 2]


def _check(book):
    ws = openpyxl.load_workbook(book)[layout.EVIDENCE]
    header = [c.value for c in ws[1]]
    text_col = header.index("Evidence text") + 1
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(text_col)].width
    long_texts = tall = 0
    for row in range(2, ws.max_row + 1):
        cells = [ws.cell(row, col) for col in range(1, header.index("Detail") + 2)]
        text = ws.cell(row, text_col).value
        height = ws.row_dimensions[row].height
        if isinstance(text, str) and len(text) > 1.5 * width:
            long_texts += 1
            assert ws.cell(row, text_col).alignment.wrap_text, f"row {row}'s evidence text is cut at its column's edge"
            assert height and height >= 30, f"row {row} shows one line of its evidence text"
        if height and height > 20:
            tall += 1
            for cell in cells:
                if cell.value not in (None, ""):
                    assert cell.alignment.vertical == "top", f"{header[cell.column - 1]!r} of row {row} is not at its top"
    assert long_texts and tall  # (the cases are tested)


@pytest.mark.parametrize("refreshed", [False, True])
def test_evidence_rows_wrap_long_texts_and_sit_at_their_top(tmp_path, refreshed):
    table = tmp_path / "in.csv"
    table.write_text("id,text\n" + "".join(f'{i},"{t}"\n' for i, t in enumerate(TEXTS, start=1)), encoding="utf-8")
    book = tmp_path / "out.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    if refreshed:  # (a refresh writes the Evidence rows of the rows it scores again the same way)
        wb = openpyxl.load_workbook(book)
        ws = wb[layout.DOCUMENTS]
        ws.cell(2, 2).value = TEXTS[0] + " The ferry will run twice as often from next spring onwards, for all."
        wb.save(book)
        assert main(["refresh", str(book), "-q"]) == 0
    _check(book)
