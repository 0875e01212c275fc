"""A folder that mixes files of their own (web pages, text files) with tables (CSV files): a
refresh with nothing edited leaves every row as `score` made it, whatever the mix; a page that
changed is read again from the page, with what the page says about itself."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook

# A short shop page: no byline, no date, no article type. Read as a web page it is "not an
# article"; the same words pasted in a cell read as a short report.
SHOP = """<!DOCTYPE html><html><head><title>Kite shop</title>
<meta property="og:site_name" content="Harbour Kites"></head><body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
<main><h1>Kite shop</h1>
<p>The kite shop by the pier has sold stunt kites, box kites and spare lines since 1985. Two
makers sew each sail by hand in the back room and use cloth from a mill up the coast. Broken
spars are mended while you wait, and repairs of torn sails take two days.</p></main>
<footer>Open daily</footer></body></html>"""
STORY = ("The ferry operator said on Thursday that the late crossing would stop in May, "
         "according to a statement. Union officials told reporters they would ask for talks.")
OTHER = ("Harbour traders said takings rose by a tenth in April, the chamber of commerce reported. "
         "The council said the market would stay open on Sundays.")


def _mix(folder: Path, mix: str) -> None:
    folder.mkdir()
    (folder / "shop.html").write_text(SHOP, encoding="utf-8")
    if "txt" in mix:
        (folder / "notes.txt").write_text(OTHER, encoding="utf-8")
    if "csv" in mix:
        (folder / "list.csv").write_text(f'id,text\nr1,"{STORY}"\nr2,"{OTHER}"\n', encoding="utf-8")
    if "body" in mix:
        (folder / "more.csv").write_text(f'id,body\nb1,"{OTHER}"\n', encoding="utf-8")
    if "path" in mix:
        (folder / "paths.csv").write_text(f'id,text,file\np1,,shop.html\np2,"{STORY}",\n', encoding="utf-8")
    if "sub" in mix:
        (folder / "sub").mkdir()
        (folder / "sub" / "list.csv").write_text(f'id,text\nr1,"{OTHER}"\n', encoding="utf-8")


def _rows(book: Path) -> list[dict]:
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def _scores(book: Path) -> list[tuple]:
    return [(row.get("id"), row["Kind"], row[layout.SCORE_HEADERS[0]], row["Text hash"]) for row in _rows(book)]


# (two tables whose text columns have different names, "text" and "body": the workbook shows
# both under one, see xlplugin.workbook.table_shape)
MIXES = ["html", "html+txt", "html+csv", "html+txt+csv", "html+body", "html+path",
         "html+csv+sub", "html+txt+csv+path+sub", "html+csv+body", "html+txt+csv+body+path"]


@pytest.mark.parametrize("mix", MIXES)
def test_a_refresh_with_nothing_edited_leaves_every_row_of_any_mix_as_score_made_it(tmp_path, mix):
    folder = tmp_path / "in"
    _mix(folder, mix)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    before = _scores(book)
    shop = next(row for row in _rows(book) if row.get("file") == "in/shop.html")
    assert shop["Kind"] == "not an article" and shop[layout.SCORE_HEADERS[0]] is None
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged) == (0, len(before))
    assert _scores(book) == before


@pytest.mark.parametrize("mix", ["html+csv", "html+body"])
def test_a_changed_page_in_a_mixed_folder_is_read_again_from_the_page(tmp_path, mix):
    folder = tmp_path / "in"
    _mix(folder, mix)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    (folder / "shop.html").write_text(SHOP.replace("two days", "three days"), encoding="utf-8")
    summary = refresh_workbook(book)
    assert summary.rescored == 1
    [shop] = [row for row in _rows(book) if row.get("file") == "in/shop.html"]
    assert shop["Kind"] == "not an article" and "three days" in shop[layout.MIXED_FILE_TEXT_COLUMN]
    assert not shop.get("text") and not shop.get("body")  # (the tables' text columns stay theirs)


# A short news page of its own words: a byline, a date, sourced claims (it gets an index).
ARTICLE = """<!DOCTYPE html><html><head><title>Harbour wall to be repaired</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Bay Courier">
<meta name="author" content="Tom Reyes"></head><body>
<article><h1>Harbour wall to be repaired</h1><p>By Tom Reyes, 4 March 2025</p>
<p>The harbour board said on Tuesday that the north wall would be repaired in the spring at a cost
of 300,000 pounds, according to figures in its annual plan. Board chair Lena Marsh told the
meeting that storms in January had loosened stones along a stretch of forty metres.</p>
<p>Fishing crews will moor at the south quay while the work goes on, the board said in a notice
to harbour users. A spokesperson for the crews said they had asked for the repair last year.</p>
</article></body></html>"""


def _article_book(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wall.html").write_text(ARTICLE, encoding="utf-8")
    (folder / "list.csv").write_text(f'id,text\nr1,"{STORY}"\n', encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    return book


def _edit(book: Path, header: str, change) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    names = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, names.index("id") + 1).value == "wall.html")
    cell = ws.cell(row, names.index(header) + 1)
    cell.value = change(cell.value)
    wb.save(book)


def _wall(book: Path) -> dict:
    return next(row for row in _rows(book) if row.get("id") == "wall.html")


def test_an_edited_page_text_cell_in_a_mixed_folder_is_reported_not_ignored(tmp_path):
    """The page is the document: an edit to its `page text` cell is not scored, and the row says
    so (as in a folder of pages only), rather than keep "scored" beside a text its scores do not
    describe."""
    book = _article_book(tmp_path)
    before = _wall(book)
    assert before[layout.SCORE_HEADERS[0]] is not None and "wall" in before[layout.MIXED_FILE_TEXT_COLUMN]
    _edit(book, layout.MIXED_FILE_TEXT_COLUMN, lambda text: text + " An outrageous scandal!")
    summary = refresh_workbook(book)
    assert (summary.text_edited, summary.rescored) == (1, 0)
    after = _wall(book)
    status = after[layout.SCORE_HEADERS[-1]]
    assert status.startswith("not refreshed: the text cell (column 'page text') was edited")
    # both ways out, for this layout: the table's text column takes the user's text
    assert "put it in the row's 'text' cell" in status and "empty the 'page text' cell" in status
    assert after[layout.SCORE_HEADERS[0]] == before[layout.SCORE_HEADERS[0]]  # (the page's scores, kept)
    assert after[layout.MIXED_FILE_TEXT_COLUMN].endswith("An outrageous scandal!")  # (the user's text stays)


def test_the_ways_out_of_an_edited_page_text_cell_in_a_mixed_folder_work(tmp_path):
    book = _article_book(tmp_path)
    before = _wall(book)
    _edit(book, layout.MIXED_FILE_TEXT_COLUMN, lambda text: text + " An outrageous scandal!")
    refresh_workbook(book)
    # emptying the cell goes back to the page's scores, and the cell shows the page's text again
    _edit(book, layout.MIXED_FILE_TEXT_COLUMN, lambda text: None)
    assert refresh_workbook(book).rescored == 1
    back = _wall(book)
    assert back[layout.SCORE_HEADERS[-1]] == "scored" and back["Text hash"] == before["Text hash"]
    assert back[layout.MIXED_FILE_TEXT_COLUMN] == before[layout.MIXED_FILE_TEXT_COLUMN]
    # the user's own text in the row's text cell is scored
    _edit(book, "text", lambda text: "Everyone knows this outrageous, disgraceful wall plan is a total scam!")
    assert refresh_workbook(book).rescored == 1
    assert _wall(book)["Text hash"] != before["Text hash"]
