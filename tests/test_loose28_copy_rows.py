"""(loose28) A copy row of the Evidence sheet deleted on its own comes back at a refresh.

evid25 made deleted Evidence rows come back, counting each document's own rows in the Documents
sheet; the rows naming a document's copies (Copies "shared passage", Provenance "reprint without
credit") were left out of that count, so one of them deleted alone stayed deleted, with nothing
said. The refresh now compares a document's copy rows with what its Read row's Copies cell names
(`copies.copy_rows_named`) and writes the missing ones again, saying so in the summary.
"""

from __future__ import annotations

from collections import Counter

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook.evidence_order import COPY_ROWS

# Written for these tests. w1 and w2 tell one story (w2 later, with no credit: a reprint row);
# p1 and p2 share a passage as most of their text; q1 is a long piece that quotes the passage among
# much else ("shares a passage"); x1 and n1 have no copies.
STORY = ("The regional water board agreed on Thursday to spend 48 million pounds replacing lead pipes in the northern "
         "districts over four years, starting with streets near primary schools, after tests found levels above the "
         "legal limit in nineteen homes last winter. The board's chair, Priya Mendes, said the first crews would begin "
         "work in April and that households would get letters two weeks before their street is dug up. Engineers "
         "expect about 6,000 connections to be replaced in all.")
PASSAGE = ("Library opening hours across the county will be cut from six days a week to four from September, the county "
           "council confirmed, saving about 900,000 pounds a year, with the mobile library service kept and volunteers "
           "invited to run reading groups on the closed days at three of the larger branches.")
TEXTS = {
    "w1": "3 February 2026. " + STORY + " Opposition councillors welcomed the plan but asked why it had taken so long.",
    "w2": "5 February 2026. " + STORY + " Readers can find more local news on our home page.",
    "p1": "By Hana Ruiz. " + PASSAGE + " Staff unions said they had not been consulted and would ballot members next month.",
    "p2": PASSAGE + " Parents at the Eastfield branch said the Saturday story hour was the only one their children could attend.",
    "q1": ("The county's budget for next year was published on Wednesday, with spending on roads up by a tenth and on "
           "parks held flat, according to figures released by the finance office. Council tax will rise by just under "
           "five percent, the most allowed without a local vote. The finance director, Colm Avery, said reserves "
           "would cover a gap of about two million pounds. " + PASSAGE + " Bus subsidies stay at this year's level, "
           "and two new crossings will be built outside schools in Hartley and Moss End. Care homes run by the county "
           "will get an extra 1.2 million pounds for staff, the papers show, after inspectors criticised staffing "
           "levels at four of them in the spring. A public meeting on the budget is planned for the last week of the "
           "month at the town hall, and residents can send comments in writing until then."),
    "x1": ("This disgraceful scheme is an outrageous insult to every hard-working family in the county. Everyone knows "
           "the officials lied, and the shameful cover-up will obviously get worse. Why would anyone trust them again?"),
    "n1": ("The harbour ferry will run a later service on Fridays from May, the operator said on Monday, after a survey "
           "of passengers found that two in three wanted a boat after ten in the evening. Fares stay the same."),
}


def _book(tmp_path):
    csv = tmp_path / "rows.csv"
    csv.write_text("id,text\n" + "".join(f'{key},"{text}"\n' for key, text in TEXTS.items()), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def _evidence(book):
    ws = openpyxl.load_workbook(book)["Evidence"]
    return [tuple(ws.cell(r, c).value for c in range(1, 9)) for r in range(2, ws.max_row + 1)
            if ws.cell(r, 1).value not in (None, "")]


def _copy_rows(book):
    return Counter((row[0], row[1], row[2], row[6]) for row in _evidence(book) if (row[1], row[2]) in COPY_ROWS)


def _delete(book, chosen):
    """Delete the Evidence rows for which chosen(row) is true, as a user deletes rows."""
    wb = openpyxl.load_workbook(book)
    ws = wb["Evidence"]
    gone = [r for r in range(2, ws.max_row + 1) if chosen(tuple(ws.cell(r, c).value for c in range(1, 9)))]
    for r in reversed(gone):
        ws.delete_rows(r)
    wb.save(book)
    return len(gone)


def _refresh(book, capsys):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    return capsys.readouterr()


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    book = _book(tmp_path_factory.mktemp("loose28_copies"))
    return book, _copy_rows(book), _evidence(book)


def _copy(tmp_path, scored):
    book = tmp_path / "copy.xlsx"
    book.write_bytes(scored[0].read_bytes())
    return book


def test_the_texts_have_every_kind_of_copy_row(scored):
    kinds = {(doc, kind) for doc, _signal, kind, _detail in scored[1]}
    assert {("w1", "shared passage"), ("w2", "shared passage"), ("w2", "reprint without credit"),
            ("q1", "shared passage")} <= kinds
    assert not any(doc in ("x1", "n1") for doc, *_ in kinds)
    assert len(scored[1]) == 13  # (each deleted in turn below)


@pytest.mark.parametrize("which", range(13))
def test_each_copy_row_deleted_alone_comes_back(tmp_path, capsys, scored, which):
    """Every copy row of the sheet, one at a time, deleted alone: the refresh writes it again and
    names its document."""
    copies = sorted(scored[1])
    doc, signal, kind, detail = copies[which]
    book = _copy(tmp_path, scored)
    assert _delete(book, lambda row: (row[0], row[1], row[2], row[6]) == (doc, signal, kind, detail)) == 1
    out = _refresh(book, capsys)
    assert _copy_rows(book) == scored[1]
    assert f"1 for {doc}" in out.err + out.out
    assert Counter(_evidence(book)) == Counter(scored[2])  # nothing else written, nothing twice


def test_all_copy_rows_of_one_document_come_back_and_others_stay(tmp_path, capsys, scored):
    book = _copy(tmp_path, scored)
    assert _delete(book, lambda row: row[0] == "w2" and (row[1], row[2]) in COPY_ROWS) == 2
    out = _refresh(book, capsys)
    assert _copy_rows(book) == scored[1]
    assert "2 for w2" in out.err + out.out


def test_copy_rows_of_several_documents_deleted_each_named(tmp_path, capsys, scored):
    book = _copy(tmp_path, scored)
    assert _delete(book, lambda row: row[0] in ("q1", "p1", "w1") and row[2] == "shared passage") >= 3
    said = "".join(_refresh(book, capsys))
    assert _copy_rows(book) == scored[1]
    for doc in ("q1", "p1", "w1"):
        assert f"for {doc}" in said or f"{doc})" in said


def test_a_copy_row_deleted_from_a_sorted_sheet_comes_back_and_the_sort_stays(tmp_path, capsys, scored):
    book = _copy(tmp_path, scored)
    wb = openpyxl.load_workbook(book)
    ws = wb["Evidence"]
    rows = sorted(_evidence(book), key=lambda row: (str(row[1]), str(row[0])), reverse=True)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(book)
    _delete(book, lambda row: row[0] == "q1" and row[2] == "shared passage")
    before = [row for row in _evidence(book)]
    _refresh(book, capsys)
    after = _evidence(book)
    assert _copy_rows(book) == scored[1]
    assert after[:len(before)] == before or [r for r in after if r in before] == before


def test_nothing_deleted_nothing_written(tmp_path, capsys, scored):
    book = _copy(tmp_path, scored)
    out = _refresh(book, capsys)
    assert "written again" not in out.err + out.out
    assert Counter(_evidence(book)) == Counter(scored[2])


def test_an_own_row_deleted_still_comes_back_as_before(tmp_path, capsys, scored):
    """The near-miss evid25 already handled: an own row of a document with copies."""
    book = _copy(tmp_path, scored)
    assert _delete(book, lambda row: row[0] == "x1" and row[1] == "Loaded terms") >= 1
    _refresh(book, capsys)
    assert Counter(_evidence(book)) == Counter(scored[2])


def test_a_copy_row_deleted_with_its_copy_document_gone_is_not_written_back(tmp_path, capsys, scored):
    """The document a copy row names deleted from the Documents sheet too: the copies are found again
    (w1 names no copy now), and nothing is written back for the row that named it."""
    book = _copy(tmp_path, scored)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "w2":
            ws.delete_rows(r)
            break
    wb.save(book)
    _delete(book, lambda row: row[0] == "w1" and row[2] == "shared passage")
    _refresh(book, capsys)
    copies = _copy_rows(book)
    assert not any(doc in ("w1", "w2") for doc, *_ in copies)
    assert sum(1 for doc, *_ in copies if doc in ("p1", "p2", "q1")) == sum(1 for doc, *_ in scored[1] if doc in ("p1", "p2", "q1"))


@pytest.mark.parametrize("cell, rows", [
    ("", 0),
    ("not looked for: 30,000 documents, more than the 20,000 compared in one workbook", 0),
    ("same story as row 3 (id w2): 88% of this text is in it", 1),
    ("same story as row 2 (id w1): 88% of this text is in it; no credit to row 2 (id w1)", 2),
    ("shares a passage with row 7 (id q1): 52 words in a row, 30% of this text", 1),
    ("same story as row 2 (id a): 90% of this text is in it; shares a passage with row 4 (id b; c): 40 words in a row, "
     "20% of this text; same story as row 9 (id d): 70% of this text is in it; and 2 more; no credit to row 2 (id a), "
     "row 9 (id d)", 7),
    ("same story as row 2 (id a): 90% of this text is in it; no credit to row 2 (id a), row 3 (id b), row 4 (id c)", 4),
    ("a note the user typed here", 0),
])
def test_copy_rows_named(cell, rows):
    from xlplugin.copies import copy_rows_named

    assert copy_rows_named(cell) == rows
