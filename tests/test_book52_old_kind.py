"""(book52) A workbook scored before documents had a kind has no Kind column, and a refresh adds no
column: each row's kind was read again and had nowhere to go, and nothing said so (a reader of the
refreshed sheet could not tell a page that is not an article's kind from none). The refresh now
says it, each time (refresh.NO_KIND_COLUMN_NOTE), with the way to a workbook that shows the kinds.
Where the Kind column is there, its blank cells are written again for rows whose scores are
current (hunt31's typed-over cells), and nothing more is said. The old-layout workbook is built
here: a workbook scored now, its Kind column deleted. Texts written for these tests.
"""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main, refresh_notes
from xlplugin.workbook import refresh_workbook
from xlplugin.workbook.refresh import NO_KIND_COLUMN_NOTE

REPORT = ("The county council said on Tuesday that it would cut three bus routes from March, citing a budget "
          "gap. \"We had no choice,\" said council leader Jane Roe. Passengers said the cuts would leave "
          "villages without a service.")
FAIR = ("The harbour fair returns this weekend after two years, the organisers said. Stalls open at 10am and "
        "entry is free, according to the town's website.")


def _book(tmp_path, keep_kind: bool):
    src = tmp_path / "docs.csv"
    src.write_text(f'id,text\nbus,"{REPORT.replace(chr(34), chr(34) * 2)}"\nfair,"{FAIR}"\n', encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src), "-o", str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    kind = [c.value for c in ws[1]].index("Kind") + 1
    if keep_kind:
        for row in range(2, ws.max_row + 1):
            ws.cell(row, kind).value = None
    else:
        ws.delete_cols(kind)
    wb.save(book)
    return book


def _column(book, header):
    ws = openpyxl.load_workbook(book)["Documents"]
    names = [c.value for c in ws[1]]
    return [row[names.index(header)] for row in ws.iter_rows(min_row=2, values_only=True)] if header in names else None


def test_a_refresh_of_a_sheet_with_no_kind_column_says_why_no_kind_is_shown(tmp_path):
    book = _book(tmp_path, keep_kind=False)
    notes = refresh_notes(refresh_workbook(book))
    assert NO_KIND_COLUMN_NOTE in notes
    assert "scored before documents had a kind" in NO_KIND_COLUMN_NOTE and "xlplugin score" in NO_KIND_COLUMN_NOTE
    assert _column(book, "Kind") is None  # guard: the user's columns as they were


def test_the_command_line_says_it(tmp_path, capsys):
    book = _book(tmp_path, keep_kind=False)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    assert "no Kind column" in capsys.readouterr().err


def test_the_way_it_gives_leads_to_the_kinds(tmp_path):
    book = _book(tmp_path, keep_kind=False)
    new = tmp_path / "new.xlsx"
    assert main(["score", str(book), "-o", str(new)]) == 0
    assert all(kind for kind in _column(new, "Kind"))


def test_blank_kind_cells_under_a_kind_column_are_filled_and_nothing_more_is_said(tmp_path):
    # guard: the column is there, its cells blank: the rows' scores are current, their kinds written
    book = _book(tmp_path, keep_kind=True)
    notes = refresh_notes(refresh_workbook(book))
    assert NO_KIND_COLUMN_NOTE not in notes
    kinds = _column(book, "Kind")
    assert kinds and all(isinstance(kind, str) and kind for kind in kinds)
    assert all(status.startswith("scored") for status in _column(book, "Status"))


def test_a_scored_workbook_with_its_kind_column_says_nothing_of_it(tmp_path):
    book = tmp_path / "fresh.csv"
    book.write_text(f'id,text\nfair,"{FAIR}"\n', encoding="utf-8")
    out = tmp_path / "fresh.xlsx"
    assert main(["score", str(book), "-o", str(out)]) == 0
    assert NO_KIND_COLUMN_NOTE not in refresh_notes(refresh_workbook(out))
