"""A page that is "not an article" (no index, an empty Why) whose page text is edited keeps its
earlier scores, and its Status keeps the earlier reason for having no index beside the "not
refreshed" part: nothing else in the row says why it has none."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook

# (test_refresh_mixed's shop page: too few words, no byline, no date: "not an article")
from test_refresh_mixed import SHOP

LIST = ("The ferry operator said on Thursday that the late crossing would stop in May, "
        "according to a statement. Union officials told reporters they would ask for talks.")
STATUS = layout.SCORE_HEADERS[-1]


def _rows(book: Path) -> dict[str, dict]:
    rows = list(openpyxl.load_workbook(book)[layout.DOCUMENTS].iter_rows(values_only=True))
    return {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}


def _set(book: Path, header: str, value) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    names = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "shop.html")
    ws.cell(row, names.index(header) + 1).value = value
    wb.save(book)


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
        assert reason.startswith("no index: not an article") and not before["Why"]
        _set(book, column, "The kite shop said it would close in June, its owner told customers on Monday.")
        assert refresh_workbook(book).text_edited == 1
        status = _rows(book)["shop.html"][STATUS]
        assert status.startswith("not refreshed: the text cell") and "the scores shown are from an earlier run" in status
        assert status.endswith(f", which said: {reason}")
        # a second refresh writes the same Status (the reason is not doubled, nor lost)
        summary = refresh_workbook(book)
        assert summary.rescored == 0
        assert _rows(book)["shop.html"][STATUS] == status

