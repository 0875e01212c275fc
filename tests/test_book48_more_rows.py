"""book48: in a workbook with no Read sheet, a refresh writes every "(more)" Evidence row as such a
workbook says it, the rows of documents it did not score again too. book47 made the rows it
scored say "this workbook has no Read sheet ..."; the rows it kept (copied as they were) still
said their items were "marked in the document's text on the Read sheet", a sheet that is not
there."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.workbook import refresh_rebuild, refresh_workbook
from xlplugin.workbook.evidence_refresh import more_rows_without_read
from xlplugin.workbook.refresh_styles import SheetNotAdded
from xlplugin.workbook.rows import NO_READ_SHEET, evidence_row_xml, more_text_without_read

from workbook_helpers import LOUD, PIER_LINE, more_rows, scored_by_cli

OLD_MORE = "... and 12 more evidence items not listed here; each is marked in the document's text on the Read sheet"


def _scored_without_read(tmp_path, monkeypatch, keep_read: bool = False):
    """Two loud documents (each with a "(more)" row) and a calm one; the Read sheet deleted (unless
    `keep_read`), the calm one's text changed, and the workbook refreshed with no Read sheet made
    again (as when its styles cannot take one: book47's case)."""
    book = scored_by_cli(tmp_path, ["id", "outlet", "text"],
                         [["k1", "Loud", LOUD], ["k2", "Calm", PIER_LINE], ["k3", "Loud", LOUD + " A disgraceful hoax."]])
    wb = openpyxl.load_workbook(book)
    if not keep_read:
        del wb["Read"]
    wb["Documents"]["C3"] = PIER_LINE + " It met again on Friday."  # (only this row is scored again)
    wb.save(book)
    before = sorted(text.split()[2] for text in more_rows(book))

    def refuse(*_args):
        raise SheetNotAdded("the workbook's styles part has no fonts")

    monkeypatch.setattr(refresh_rebuild, "transplanted_parts", refuse)
    summary = refresh_workbook(book)
    assert summary.rescored == 1 and summary.unchanged == 2  # (the case under test: k1 and k3 kept)
    return book, before


def test_the_kept_documents_more_rows_do_not_point_to_a_read_sheet_that_is_gone(tmp_path, monkeypatch):
    book, _ = _scored_without_read(tmp_path, monkeypatch)
    assert "Read" not in openpyxl.load_workbook(book).sheetnames
    more = more_rows(book)
    assert len(more) == 2  # (one per loud document, neither scored again)
    for text in more:
        assert "on the Read sheet" not in text and text.endswith(NO_READ_SHEET)
        assert text.startswith("... and ") and " more evidence items not listed here" in text


def test_the_count_of_a_kept_more_row_stays(tmp_path, monkeypatch):
    book, before = _scored_without_read(tmp_path, monkeypatch)
    assert sorted(text.split()[2] for text in more_rows(book)) == before
    assert len(set(before)) == 2  # (k3 has more loaded terms than k1: each row keeps its own count)


def test_with_the_read_sheet_the_kept_rows_still_point_to_it(tmp_path, monkeypatch):
    # (guard: where the Read sheet is there, the words print46 gave the row stay)
    book, _ = _scored_without_read(tmp_path, monkeypatch, keep_read=True)
    more = more_rows(book)
    assert len(more) == 2 and all("marked in the document's text on the Read sheet" in text for text in more)


def test_an_inline_more_row_of_a_kept_block_is_written_again():
    # (the rows xlplugin wrote and no other program saved: inline strings, not shared ones)
    block = evidence_row_xml(5, ["k1", "Loaded terms", "(more)", OLD_MORE, None, None, "only the first 25", "h"], None)
    other = evidence_row_xml(6, ["k1", "Loaded terms", "label", "outrage", 3, 10, "derogatory", "h"], None)
    fixed = more_rows_without_read([], lambda b: b)(block + other)
    assert b"on the Read sheet" not in fixed and NO_READ_SHEET.encode() in fixed
    assert fixed.endswith(other) and b"... and 12 more evidence items" in fixed


def test_a_shared_more_text_is_written_inline_and_other_shared_cells_stay():
    shared = ["k1", OLD_MORE, "outrage"]
    block = (b'<row r="5"><c r="A5" t="s"><v>0</v></c><c r="D5" t="s"><v>1</v></c></row>'
             b'<row r="6"><c r="A6" t="s"><v>0</v></c><c r="D6" t="s"><v>2</v></c></row>')
    fixed = more_rows_without_read(shared, lambda b: b)(block)
    assert b'<c r="D5" t="inlineStr"><is><t>... and 12 more evidence items not listed here; this workbook' in fixed
    assert b'<c r="D6" t="s"><v>2</v></c>' in fixed and b'<c r="A5" t="s"><v>0</v></c>' in fixed


@pytest.mark.parametrize("text", [
    "... and 3 more loaded terms in my notes",      # a user's own words (not the row's shape)
    "see the Read sheet",
    "... and 1 more evidence item not listed here" + NO_READ_SHEET,  # already says so
])
def test_other_texts_are_left_as_they_are(text):
    assert more_text_without_read(text) is None


def test_an_older_versions_more_text_is_read_with_its_count():
    # (before print46: "... and 1 more evidence items not listed", with no word of the Read sheet)
    assert more_text_without_read("... and 1 more evidence items not listed") == (
        "... and 1 more evidence item not listed here" + NO_READ_SHEET)
