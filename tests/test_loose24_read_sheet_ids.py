"""(loose24) An id edited in the Read sheet is no document renamed.

The Read sheet only shows the Documents rows; a refresh writes it again from them. A refresh after
an id was edited there said "1 document id changed", though no Documents id had. It now says the
id was edited in the Read sheet, that the sheet is written again with the Documents sheet's ids,
and where to rename a document; the Read sheet shows the Documents id again. An id edited in the
Documents sheet is still "document id changed".
"""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main

# Written for these tests.
TEXTS = [
    "The Elmbridge food bank handed out 1,200 parcels in March, its manager Ruth Oyelaran said on Friday.",
    "Rail services between Ashby and Coleton resume on Monday after repairs to a signal box, the operator said.",
    "The school board approved a new science block costing 2 million pounds, chair Dev Malik told parents.",
]


def _book(tmp_path):
    csv = tmp_path / "rows.csv"
    csv.write_text("id,text\n" + "".join(f'e{n},"{t}"\n' for n, t in enumerate(TEXTS, start=1)), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def _read_ids(book):
    ws = openpyxl.load_workbook(book)["Read"]
    return [ws.cell(r, 2).value for r in range(4, ws.max_row + 1) if ws.cell(r, 2).value]


def _edit(book, read=None, documents=None):
    wb = openpyxl.load_workbook(book)
    ws = wb["Read"]
    for old, new in (read or {}).items():
        for r in range(4, ws.max_row + 1):
            if ws.cell(r, 2).value == old:
                ws.cell(r, 2).value = new
    ws = wb["Documents"]
    for old, new in (documents or {}).items():
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, 1).value == old:
                ws.cell(r, 1).value = new
    wb.save(book)


def _refresh(capsys, book):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    return capsys.readouterr().err


@pytest.mark.parametrize("edits", [{"e1": "e1-x"}, {"e2": "row two"}, {"e1": "A", "e3": "C"}])
def test_an_id_edited_in_the_read_sheet(tmp_path, capsys, edits):
    book = _book(tmp_path)
    _edit(book, read=edits)
    err = _refresh(capsys, book)
    assert "document id" not in err
    n = len(edits)
    assert f"{n} id{'s' if n > 1 else ''} edited in the Read sheet" in err
    assert _read_ids(book) == ["e1", "e2", "e3"]  # (written again from the Documents sheet)


@pytest.mark.parametrize("edits", [{"e1": "e1-x"}, {"e2": "row two", "e3": "row three"}])
def test_an_id_renamed_in_the_documents_sheet_is_still_said(tmp_path, capsys, edits):
    """Near-miss: a Documents id renamed is a document id changed, as before."""
    book = _book(tmp_path)
    _edit(book, documents=edits)
    err = _refresh(capsys, book)
    n = len(edits)
    assert f"{n} document id{'s' if n > 1 else ''} changed" in err
    assert "edited in the Read sheet" not in err


def test_both_said_apart(tmp_path, capsys):
    book = _book(tmp_path)
    _edit(book, read={"e1": "first"}, documents={"e3": "third"})
    err = _refresh(capsys, book)
    assert "1 document id changed" in err and "1 id edited in the Read sheet" in err
    assert _read_ids(book) == ["e1", "e2", "third"]
