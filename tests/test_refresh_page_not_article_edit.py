"""A web page that is "not an article" (no index, signals still shown) whose text cell is edited
in the workbook: the refresh keeps its earlier scores with a Status that says the cell was
edited and how to score the edit, as it does for an article's page; it never blanks the row's
signal cells while saying they were kept."""

from __future__ import annotations

from pathlib import Path


from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook

# (test_refresh_mixed's shop page: too few words, no byline, no date: "not an article")
from test_refresh_mixed import SHOP
from workbook_helpers import documents_rows, set_document_cell

NOTE = ("The harbour master said on Friday that the slipway would shut for a week in July, "
        "according to a notice posted at the office. Crews were told to use the north ramp.")
EDIT = ("The kite shop said on Monday it would close in June, according to a notice in its window. "
        "The owner told customers that the rent had doubled since the spring.")


def _rows(book: Path) -> dict[str, dict]:
    return documents_rows(book)


def _set(book: Path, header: str, value) -> None:
    set_document_cell(book, "shop.html", header, value)


def _book(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "shop.html").write_text(SHOP, encoding="utf-8")
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    return book


def test_an_edited_not_an_article_page_keeps_its_signals_and_says_the_cell_was_edited(tmp_path):
    book = _book(tmp_path)
    before = _rows(book)["shop.html"]
    assert before["Kind"] == "not an article" and before[layout.SCORE_HEADERS[0]] is None
    signals = {h: before[h] for h in layout.SIGNAL_HEADER.values()}
    assert any(v is not None for v in signals.values())
    _set(book, "text", EDIT)
    summary = refresh_workbook(book)
    assert (summary.text_edited, summary.rescored) == (1, 0)
    after = _rows(book)["shop.html"]
    assert after["text"] == EDIT  # (the user's text stays)
    assert after[layout.SCORE_HEADERS[-1]].startswith("not refreshed: the text cell (column 'text') was edited")
    assert "the scores shown are from an earlier run" in after[layout.SCORE_HEADERS[-1]]
    assert {h: after[h] for h in layout.SIGNAL_HEADER.values()} == signals
    assert after["Kind"] == "not an article" and after["Text hash"] == before["Text hash"]


def test_the_edit_is_scored_as_text_once_the_file_cell_is_emptied(tmp_path):
    book = _book(tmp_path)
    before = _rows(book)["shop.html"]
    _set(book, "text", EDIT)
    refresh_workbook(book)
    _set(book, "file", None)
    assert refresh_workbook(book).rescored == 1
    after = _rows(book)["shop.html"]
    assert after[layout.SCORE_HEADERS[-1]].startswith("scored") and after["Text hash"] != before["Text hash"]
    assert after["Kind"] != "not an article" and after["text"] == EDIT
