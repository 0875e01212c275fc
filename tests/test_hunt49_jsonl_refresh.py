"""(hunt49) A JSON Lines record whose text is under another field's name than the file's text
field ("body" where the other records have "text") is refused by `score`, its Status saying where
its text is (hunt48). A refresh of the workbook read the row back with its text cell empty and
wrote "not scored: empty" over that Status: the refusal that said where the text is was lost.
It is kept now, as long as the row is as `score` left it; a row the user mended is scored."""

from __future__ import annotations

import json

from workbook_helpers import documents_rows, refreshed, set_document_cell

from xlplugin.cli import main
from xlplugin.workbook import layout

STATUS = layout.SCORE_HEADERS[-1]
INDEX = layout.SCORE_HEADERS[0]
# (our own short reports, written for these tests)
PORT = ("Officials at the port authority said on Tuesday that cargo volumes rose by six percent in the third "
        "quarter, helped by strong demand for grain shipments abroad, according to a statement from the authority.")
FERRY = ("The island's ferry will carry bicycles free of charge from May, the operator said on Thursday, after "
         "cycling groups asked for the fee to be dropped to cut the number of cars on the narrow coast road.")


def _scored(tmp_path, capsys):
    source = tmp_path / "export.jsonl"
    records = [{"id": "a", "text": PORT}, {"id": "b", "body": FERRY}, {"id": "c", "text": FERRY}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    main(["score", str(source), "-o", str(book), "-q"])
    capsys.readouterr()
    return book


def test_the_refusal_saying_where_the_text_is_survives_a_refresh(tmp_path, capsys):
    book = _scored(tmp_path, capsys)
    before = documents_rows(book)["b"][STATUS]
    assert 'its text is in "body"' in before
    code, err = refreshed(book, capsys)
    row = documents_rows(book)["b"]
    assert row[STATUS] == before, row[STATUS]
    assert "empty" not in str(row[layout.SCORE_HEADERS[-2]] or "")
    assert code == 0, err  # (said by the earlier run: nothing new)


def test_the_refusal_survives_a_second_refresh_after_another_row_changed(tmp_path, capsys):
    book = _scored(tmp_path, capsys)
    set_document_cell(book, "c", "text", FERRY + " The first sailing is at seven.")
    refreshed(book, capsys)
    refreshed(book, capsys)
    assert 'its text is in "body"' in documents_rows(book)["b"][STATUS]


def test_a_row_mended_in_the_workbook_is_scored(tmp_path, capsys):
    book = _scored(tmp_path, capsys)
    set_document_cell(book, "b", "text", FERRY)
    refreshed(book, capsys)
    row = documents_rows(book)["b"]
    assert row[STATUS].startswith("scored") and row[INDEX] is not None, row


def test_the_other_cell_emptied_too_is_an_empty_row(tmp_path, capsys):
    book = _scored(tmp_path, capsys)
    set_document_cell(book, "b", "body", None)
    refreshed(book, capsys)
    status = documents_rows(book)["b"][STATUS]
    assert "body" not in status and "empty" in status, status
