"""An Evidence text of more than one line (a sentence that runs across a line break of its
document) is wrapped, so that its row shows every line, when written and after a refresh; its
value stays exactly its slice of the text, and a one-line text gets no new format."""

from __future__ import annotations

import openpyxl
from workbook_helpers import score

from xlplugin import Settings
from xlplugin.inputs import Record
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.layout import LINE_HEIGHT

# Written for this test: a long sentence (reading-grade evidence) broken across two lines, as a
# pasted or hard-wrapped text has it, then one-line sentences.
BROKEN_TEXT = (
    "The regional council approved the revised budget for the coming year on Tuesday evening after\n"
    "a long debate about roads, schools, the harbour and the new library that lasted well into the night. "
    "Officials said the vote was close. The mayor thanked the members for their patience and their work."
)


DETAIL = layout.EVIDENCE_HEADERS.index("Detail") + 1


def _evidence_text_cells(path):
    ws = openpyxl.load_workbook(path)[layout.EVIDENCE]
    return [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]


def _row_heights(path):
    ws = openpyxl.load_workbook(path)[layout.EVIDENCE]
    return {number: ws.row_dimensions[number].height for number in range(2, ws.max_row + 1)}


def test_evidence_of_several_lines_is_wrapped_when_written_and_after_a_refresh(tmp_path):
    item = Record(id="b1", text=BROKEN_TEXT, source="t", columns={"id": "b1", "text": BROKEN_TEXT}, text_column="text")
    path = tmp_path / "broken.xlsx"
    write_scored_workbook(path, [item], score([item]), Settings())
    for step in ("written", "refreshed"):
        cells = _evidence_text_cells(path)
        several = [c for c in cells if "\n" in c.value]
        assert several, step  # the long sentence, across the line break
        for cell in several:
            assert cell.alignment.wrap_text, step
            assert cell.value in BROKEN_TEXT, step  # the text's own slice, line break and all
        # (a Detail longer than its column wraps too, session 16: tests/test_evidence_reads_plainly.py)
        tall = {s.row for s in several} | {c.row for c in cells if c.column == DETAIL and c.alignment.wrap_text}
        assert not any(c.alignment.wrap_text for c in cells if "\n" not in c.value and c.column != DETAIL), step
        # (LibreOffice does not grow a row to its wrapped text: the row says its height)
        heights = _row_heights(path)
        assert all(heights[c.row] and heights[c.row] >= 2 * LINE_HEIGHT for c in several), step
        assert not any(heights[c.row] for c in cells if c.row not in tall), step
        if step == "written":
            refresh_workbook(path, settings_overrides={"sentiment": 3})  # every row's evidence written again


def test_formula_like_text_of_several_lines_keeps_the_quote_prefix(tmp_path):
    text = "=SUM(A1) was typed by a reader who then wrote\n" + BROKEN_TEXT
    item = Record(id="-2", text=text, source="t", columns={"id": "-2", "text": text}, text_column="text")
    path = tmp_path / "formula_lines.xlsx"
    write_scored_workbook(path, [item], score([item]), Settings())
    cells = _evidence_text_cells(path)
    assert all(c.quotePrefix for c in cells if c.value.startswith(("=", "-")))
    assert all(c.alignment.wrap_text and c.quotePrefix for c in cells if "\n" in c.value)


def test_a_refresh_keeps_rows_of_several_lines_as_they_were(tmp_path):
    items = [Record(id=f"b{n}", text=text, source="t", columns={"id": f"b{n}", "text": text}, text_column="text")
             for n, text in enumerate([BROKEN_TEXT, BROKEN_TEXT.replace("Tuesday", "Monday")], start=1)]
    path = tmp_path / "kept.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    before = [(c.coordinate, c.value, c.alignment.wrap_text) for c in _evidence_text_cells(path)]
    assert refresh_workbook(path).unchanged == 2
    assert [(c.coordinate, c.value, c.alignment.wrap_text) for c in _evidence_text_cells(path)] == before
