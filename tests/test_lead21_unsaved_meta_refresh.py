"""(session 21, lead) A row `score` did not score because a title, url, outlet, date or author cell
held a formula with no saved value is written with that cell empty. A refresh of the written
workbook scored it without the value ("scored", rated without its outlet, read without its date):
it stays not scored while the cells its Status names are empty; typing the value, or emptying
the Status, lets it be scored. Fixtures written for this test."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from workbook_helpers import documents_rows, set_document_cell

from xlplugin.cli import main
from xlplugin.workbook import layout

INDEX, STATUS = layout.SCORE_HEADERS[0], layout.SCORE_HEADERS[-1]

REPORT = ("The district council voted on Tuesday to raise the charge for a parking permit by twelve pounds, "
          "a spokesperson for the council said. Officials said the money would pay for new bus shelters, "
          "according to budget papers published last week. The change takes effect in April. ") * 3

# (header, the formula, the value it stands for); every row has all five metadata columns
CASES = [
    ("outlet", '="Harwick"&" Courier"', "Harwick Courier"),
    ("published", '=TEXT(DATE(2026,3,5),"yyyy-mm-dd")', "2026-03-05"),
    ("author", '="Ann"&" Lee"', "Ann Lee"),
]
HEADERS = ["id", "text", "title", "outlet", "published", "author"]


def _book(tmp_path: Path, formulas: dict[str, str]) -> Path:
    """`score` of a workbook (written by openpyxl: no saved values) whose row "f" has `formulas`
    in its metadata cells and whose row "t" has the values typed; the scored workbook."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(HEADERS)
    typed = {"title": "Permit charge rises", "outlet": "Harwick Courier", "published": "2026-03-05", "author": "Ann Lee"}
    ws.append(["f", REPORT] + [formulas.get(h, typed[h]) for h in HEADERS[2:]])
    ws.append(["t", REPORT] + [typed[h] for h in HEADERS[2:]])
    src, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    wb.save(src)
    main(["score", str(src), "-o", str(out), "-q"])
    return out


@pytest.mark.parametrize("cases", [[c] for c in CASES] + [CASES[:2]], ids=["outlet", "date", "author", "two"])
def test_refresh_keeps_the_row_unscored_while_the_cells_are_empty(tmp_path, capsys, cases):
    book = _book(tmp_path, {h: f for h, f, _ in cases})
    rows = documents_rows(book)
    assert rows["f"][INDEX] is None and rows["f"][STATUS].startswith("not scored: column")
    main(["refresh", str(book)])
    rows = documents_rows(book)
    assert rows["f"][INDEX] is None, rows["f"][STATUS]
    assert "formula with no saved value" in rows["f"][STATUS] and "type its value there" in rows["f"][STATUS]
    assert rows["t"][INDEX] is not None
    said_once = rows["f"][STATUS]
    main(["refresh", str(book)])
    assert documents_rows(book)["f"][STATUS] == said_once  # (the way out is said once)


@pytest.mark.parametrize("cases", [[c] for c in CASES] + [CASES[:2]], ids=["outlet", "date", "author", "two"])
def test_typing_the_values_scores_the_row_as_the_typed_row(tmp_path, cases):
    book = _book(tmp_path, {h: f for h, f, _ in cases})
    main(["refresh", str(book)])
    for header, _, value in cases:
        set_document_cell(book, "f", header, value)
    main(["refresh", str(book)])
    rows = documents_rows(book)
    assert rows["f"][INDEX] is not None and rows["f"][INDEX] == rows["t"][INDEX]


def test_emptying_the_status_scores_the_row_without_the_value(tmp_path):
    book = _book(tmp_path, {"outlet": CASES[0][1]})
    main(["refresh", str(book)])
    set_document_cell(book, "f", STATUS, None)
    main(["refresh", str(book)])
    rows = documents_rows(book)
    assert rows["f"][INDEX] is not None and rows["f"][STATUS].startswith("scored")


def test_one_empty_cell_of_two_named_keeps_it_unscored(tmp_path):
    """Both cells were formulas: the row is scored only once neither is empty (or its Status is emptied)."""
    book = _book(tmp_path, {h: f for h, f, _ in CASES[:2]})
    set_document_cell(book, "f", "outlet", "Harwick Courier")
    main(["refresh", str(book)])
    assert documents_rows(book)["f"][INDEX] is None
