"""A page that is "not an article" (no index) whose page text is edited keeps its earlier scores,
and its Status keeps the earlier reason for having no index beside the "not refreshed" part.
(status45) The Status says the head of the reason ("no index: not an article"); the row's Why,
kept as it was, says the whole of it."""

from __future__ import annotations

from pathlib import Path


from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook

# (test_refresh_mixed's shop page: too few words, no byline, no date: "not an article")
from test_refresh_mixed import SHOP
from workbook_helpers import documents_rows, set_document_cell

LIST = ("The ferry operator said on Thursday that the late crossing would stop in May, "
        "according to a statement. Union officials told reporters they would ask for talks.")
STATUS = layout.SCORE_HEADERS[-1]


def _rows(book: Path) -> dict[str, dict]:
    return documents_rows(book)


def _set(book: Path, header: str, value) -> None:
    set_document_cell(book, "shop.html", header, value)


def _book(tmp_path: Path, table: bool) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(parents=True)
    (folder / "shop.html").write_text(SHOP, encoding="utf-8")
    if table:
        (folder / "list.csv").write_text(f'id,text\nr1,"{LIST}"\n', encoding="utf-8")
    else:
        (folder / "note.txt").write_text(LIST, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    return book


def test_the_no_index_reason_stays_beside_not_refreshed(tmp_path):
    for table, column in ((True, layout.MIXED_FILE_TEXT_COLUMN), (False, "text")):
        book = _book(tmp_path / column.replace(" ", "_"), table)
        before = _rows(book)["shop.html"]
        reason = before[STATUS]
        assert reason == "no index: not an article" and before["Why"].startswith(reason + " (fewer than 150 words")
        _set(book, column, "The kite shop said it would close in June, its owner told customers on Monday.")
        assert refresh_workbook(book).text_edited == 1
        status = _rows(book)["shop.html"][STATUS]
        assert status.startswith("not refreshed: the text cell") and "the scores shown are from an earlier run" in status
        assert status.endswith(f", which said: {reason}")
        assert _rows(book)["shop.html"]["Why"] == before["Why"]  # (the whole reason, kept with the scores)
        # a second refresh writes the same Status (the reason is not doubled, nor lost)
        summary = refresh_workbook(book)
        assert summary.rescored == 0
        assert _rows(book)["shop.html"][STATUS] == status



# (test_refresh_mixed's news page with a byline, and its helpers)
from test_refresh_mixed import _article_book, _edit, _wall  # noqa: E402

PAGE = layout.MIXED_FILE_TEXT_COLUMN


def test_page_text_shows_the_page_again_once_the_row_is_scored_from_its_text_cell(tmp_path):
    """The Status's advice followed: the user's text moved to the row's text cell. The row is
    scored from it, and its `page text` cell shows the page's own text again, not the old edit."""
    book = _article_book(tmp_path)
    page_text = _wall(book)[PAGE]
    _edit(book, PAGE, lambda text: "My own version of the wall story, edited in the page cell.")
    refresh_workbook(book)
    mine = ("Everyone knows this outrageous, disgraceful wall plan is a total scam, the board said on Monday. "
            "Crews will moor at the south quay for a month while stones along the north wall are reset.")
    _edit(book, "text", lambda text: mine)
    assert refresh_workbook(book).rescored == 1
    row = _wall(book)
    assert row["text"] == mine and row[PAGE] == page_text
    assert row[STATUS].startswith("scored") and "'page text' cell shows its page's own text again" in row[STATUS]
    assert "scored from its 'text' cell" in row[STATUS]
    # a refresh with nothing changed leaves it so
    assert refresh_workbook(book).rescored == 0 and _wall(book) == row


def test_page_text_emptied_where_the_page_is_gone(tmp_path):
    book = _article_book(tmp_path)
    _edit(book, PAGE, lambda text: "My own version of the wall story, edited in the page cell.")
    refresh_workbook(book)
    (tmp_path / "in" / "wall.html").unlink()
    _edit(book, "text", lambda text: "The board said on Monday that the wall would be repaired in spring.")
    refresh_workbook(book)
    row = _wall(book)
    assert not row[PAGE] and "'page text' cell emptied" in row[STATUS] and "could not be read" in row[STATUS]


def test_a_page_text_cell_that_shows_the_page_is_left_alone(tmp_path):
    book = _article_book(tmp_path)
    page_text = _wall(book)[PAGE]
    _edit(book, "text", lambda text: "The board said on Monday that the wall would be repaired in spring.")
    assert refresh_workbook(book).rescored == 1
    row = _wall(book)
    assert row[PAGE] == page_text and "page text" not in row[STATUS]


def test_a_stale_page_text_cell_of_a_row_left_as_it_is_shows_the_page_again(tmp_path):
    """A row already scored from its text cell (by a refresh before the cell was written back,
    or its page text edited since) keeps its scores, and its page text cell shows the page."""
    book = _article_book(tmp_path)
    page_text = _wall(book)[PAGE]
    _edit(book, "text", lambda text: "The board said on Monday that the wall would be repaired in spring.")
    refresh_workbook(book)
    before = _wall(book)
    _edit(book, PAGE, lambda text: "A stale edit left in the page cell.")
    summary = refresh_workbook(book)
    assert summary.rescored == 0
    row = _wall(book)
    assert row[PAGE] == page_text and "'page text' cell shows its page's own text again" in row[STATUS]
    assert {k: v for k, v in row.items() if k not in (PAGE, STATUS)} == {k: v for k, v in before.items() if k not in (PAGE, STATUS)}
    # and a refresh after that changes nothing
    assert refresh_workbook(book).rescored == 0 and _wall(book) == row
