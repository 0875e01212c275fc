"""What a person sees in the Documents and Sources sheets: a long text stays in its own column
(an unscored row's empty score cells beside it show nothing of it), and the Sources sheet's
rating header says both scales it reads."""

from __future__ import annotations

import openpyxl
from workbook_helpers import score

from xlplugin import Settings
from xlplugin.inputs import Problem, Record
from xlplugin.workbook import layout, write_scored_workbook

# Own words: one English report, one text too short to score, one that could not be read.
REPORT = ("The bridge on the river road will close for repairs in May, the county said on Tuesday. Engineers "
          "found cracks in two of its supports last winter, according to a report published by the roads office.")
SHORT = "Closed for repairs until May: see the notice at the town hall for the detour through the village."


def test_every_text_cell_wraps_in_its_column_and_every_row_has_a_height(tmp_path):
    items = [Record(id=f"d{n}", text=text, source=f"row {n}", columns={"id": f"d{n}", "text": text}, text_column="text")
             for n, text in enumerate((REPORT, SHORT), start=1)]
    items.append(Problem(id="d3", source="row 3", message="the cell is empty", columns={"id": "d3", "text": None}))
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    text_col = header.index("text") + 1
    index_col = header.index(layout.SCORE_HEADERS[0]) + 1
    assert ws.cell(3, index_col).value is None  # (the short text: no index, empty cells beside its text)
    for row in (2, 3):
        # a text cell that does not wrap runs on over the empty cells to its right
        assert ws.cell(row, text_col).alignment.wrap_text, row
        assert ws.cell(row, 1).alignment.wrap_text  # (every text cell of the user's)
    for row in (2, 3, 4):
        # with wrapped cells, a row without a height of its own grows to the whole text when opened
        assert ws.row_dimensions[row].customHeight and ws.row_dimensions[row].height >= 15, row


def test_the_sources_header_names_both_rating_scales():
    rating = layout.SOURCES_HEADERS[1]
    assert "0-1" in rating and "0-100" in rating


def test_a_row_appended_and_refreshed_keeps_its_text_in_its_column(tmp_path):
    from xlplugin.workbook import refresh_workbook

    items = [Record(id="d1", text=REPORT, source="row 1", columns={"id": "d1", "text": REPORT}, text_column="text")]
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    text_col = header.index("text") + 1
    ws.cell(3, 1).value = "d2"
    ws.cell(3, text_col).value = SHORT  # (typed in: no style of its own)
    wb.save(path)
    assert refresh_workbook(path).appended == 1
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    assert ws.cell(3, header.index(layout.SCORE_HEADERS[0]) + 1).value is None  # (not scored: too short)
    assert ws.cell(3, text_col).alignment.wrap_text
    assert ws.row_dimensions[3].customHeight and ws.row_dimensions[3].height >= 15
