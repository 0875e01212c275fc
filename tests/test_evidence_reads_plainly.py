"""The Evidence sheet as a reader takes it in: its type column is not called "Kind" (the
Documents sheet's Kind is the document's kind: news report, opinion...), and every row says in
its Detail what the item is and whether it counts, including the items that count for nothing
(the author speaking to the reader, "you"). An Evidence sheet written with the old header is
still read as xlplugin's by a refresh.

The texts are written for this test: opinionated paragraphs that speak to the reader, use the
first person, loaded words and exclamations, in several mixes.
"""

from __future__ import annotations

import itertools

import openpyxl
import pytest
from test_workbook_refresh_rows import _write

from xlplugin.workbook import layout, refresh_workbook

OPENINGS = ["You should know what the council did.", "Your street is next, and you will pay for it.",
            "I think you deserve better.", "We were told it was a plan!"]
MIDDLES = ["The so-called consultation was a disgraceful sham.", "Officials admitted the scheme was a total disaster.",
           "Obviously the cost will always fall on families.", "The outrageous plan is the worst idea in years."]
ENDINGS = ["Write to your councillor before Friday.", "Ask yourself who gains.", "The vote is on Tuesday."]
TEXTS = [" ".join(parts) + " The meeting starts at seven in the town hall, and the minutes will be published."
         for parts in itertools.islice(itertools.product(OPENINGS, MIDDLES, ENDINGS), 0, 48, 5)]


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("evidence") / "book.xlsx"
    _write(path, [(f"op{n}", "Town Voice", text) for n, text in enumerate(TEXTS)])
    return path


def test_the_evidence_type_is_not_called_kind(book):
    wb = openpyxl.load_workbook(book)
    evidence_header = [c.value for c in wb[layout.EVIDENCE][1]]
    documents_header = [c.value for c in wb[layout.DOCUMENTS][1]]
    assert "Kind" in documents_header
    assert "Kind" not in evidence_header and "Evidence type" in evidence_header


def test_every_loaded_language_row_says_what_it_is(book):
    ws = openpyxl.load_workbook(book)[layout.EVIDENCE]
    rows = [row for row in ws.iter_rows(min_row=2, values_only=True) if row[1] == layout.EVIDENCE_SIGNAL["loaded_language"]]
    kinds = {row[2] for row in rows}
    assert "reader address" in kinds and len(kinds) >= 4  # (the texts hold several kinds)
    empty = [(row[2], row[3]) for row in rows if not row[6]]
    assert not empty, f"loaded-language evidence with no Detail: {empty[:5]}"
    for row in rows:
        if row[2] == "reader address":  # weighs nothing: the row says so
            assert "not in the index" in row[6]


def test_a_refresh_reads_an_evidence_sheet_headed_kind(book, tmp_path):
    old = tmp_path / "old.xlsx"
    wb = openpyxl.load_workbook(book)
    wb[layout.EVIDENCE].cell(1, 3, "Kind")  # as xlplugin wrote it before
    ws = wb[layout.DOCUMENTS]
    text_col = [c.value for c in ws[1]].index("text") + 1
    ws.cell(2, text_col, ws.cell(2, text_col).value + " The agenda is online.")
    wb.save(old)
    refresh_workbook(old)
    after = openpyxl.load_workbook(old)[layout.EVIDENCE]
    ids = {row[0] for row in after.iter_rows(min_row=2, values_only=True)}
    assert {"op0", "op1"} <= ids  # the edited row's evidence and the kept rows' both there


def test_a_long_detail_wraps_in_a_row_tall_enough_for_it(book):
    """The Detail column is the last one printed: a detail longer than the column ran off the
    page. It wraps, and its row is as tall as its lines; a short one stays on one line."""
    from xlplugin.workbook.read_sheet import text_lines

    ws = openpyxl.load_workbook(book)[layout.EVIDENCE]
    detail = layout.EVIDENCE_HEADERS.index("Detail") + 1
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(detail)].width
    longs = 0
    for row in ws.iter_rows(min_row=2):
        cell = row[detail - 1]
        if not isinstance(cell.value, str) or "\n" in str(row[3].value or ""):
            continue
        lines = text_lines(cell.value, width)
        if lines > 1:
            longs += 1
            assert cell.alignment.wrap_text, cell.value
            assert ws.row_dimensions[cell.row].height >= 15 * lines, cell.value
    assert longs  # (the unsourced claims' details are long)
