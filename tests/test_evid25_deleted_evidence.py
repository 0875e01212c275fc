"""(evid25) Evidence rows a user deleted come back at a refresh, and the summary says so.

A scored workbook's Documents sheet keeps, per document, how many Evidence rows it was given
(`layout.EVIDENCE_COUNT_HEADER`, folded with the stamps; the rows naming its copies are not
counted). A refresh that finds fewer of a document's own rows writes the missing ones again, right
after the document's last row left (its copy rows too), keeps the rows that are there as they are
(a note typed beside one stays with it, a sorted sheet stays sorted), and says how many rows it
wrote back for which documents. On main the deleted rows stayed deleted and nothing was said, and a
document that lost every row got them back without its copy rows.
"""

from __future__ import annotations

from collections import Counter

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout
from xlplugin.workbook.evidence_order import COPY_ROWS

# Written for these tests. "d3" and "d4" share a passage of about forty words (copy evidence on
# both); the others have loaded words, unsourced claims and provenance cues of their own.
SHARED = ("The council's transport committee voted on Tuesday to close the old tram depot on Mill Lane by the end of "
          "next year, moving its forty mechanics to a new workshop beside the ring road, and selling the land to a "
          "housing association for an undisclosed sum.")
TEXTS = {
    "d1": "This disgraceful so-called plan is an outrageous betrayal of every honest family in the valley. Everyone "
          "knows the mayor lied, and the shameful cover-up will obviously get worse. Critics say the deal was rigged "
          "from the start. Why would anyone trust these corrupt clowns again?",
    "d2": "By Nadia Ferrow. The Harbour Trust reported a 12 percent rise in visitors last summer, according to its annual "
          "report published on Monday. \"We had more families than ever,\" said Trust director Owen Pell. Ticket prices "
          "will stay the same next year, the report said.",
    "d3": "By Lena Okafor, 4 March 2026. " + SHARED + " Union officials said they would study the plans. The depot "
          "opened in 1911 and has repaired trams for more than a century.",
    "d4": SHARED + " Residents near the ring road worry about noise, and many people believe the sale is a scandal. "
          "Experts warn the move could be a disaster for the city.",
    "d5": "Shocking! The amazing miracle diet that doctors hate is finally here, and you will never believe the incredible "
          "results. Studies show it works for everyone. Act now, because this unbelievable offer ends tonight!",
}


def _book(tmp_path, name="book.xlsx"):
    csv = tmp_path / "rows.csv"
    csv.write_text("id,text\n" + "".join(f'{key},"{text.replace(chr(34), chr(34) * 2)}"\n' for key, text in TEXTS.items()),
                   encoding="utf-8")
    book = tmp_path / name
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def _evidence(book, width=8):
    ws = openpyxl.load_workbook(book)["Evidence"]
    return [tuple(ws.cell(r, c).value for c in range(1, width + 1)) for r in range(2, ws.max_row + 1)
            if ws.cell(r, 1).value not in (None, "")]


def _is_copy(row):
    return (row[1], row[2]) in COPY_ROWS


def _delete(book, chosen):
    """Delete the Evidence rows for which chosen(position among the document's rows, row) is true, as
    a user deletes rows (the rows below move up); the rows deleted."""
    wb = openpyxl.load_workbook(book)
    ws = wb["Evidence"]
    seen: Counter = Counter()
    gone = []
    for r in range(2, ws.max_row + 1):
        row = tuple(ws.cell(r, c).value for c in range(1, 9))
        if chosen(seen[row[0]], row):
            gone.append(r)
        seen[row[0]] += 1
    for r in reversed(gone):
        ws.delete_rows(r)
    wb.save(book)
    return len(gone)


def _refresh(capsys, book):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    return capsys.readouterr().err


def _back_line(err):
    return next((line for line in err.splitlines() if "written again in the Evidence sheet" in line), "")


@pytest.mark.parametrize("doc", ["d1", "d2", "d5"])
def test_some_rows_deleted_from_one_document_come_back(tmp_path, capsys, doc):
    book = _book(tmp_path)
    before = _evidence(book)
    own = [row for row in before if row[0] == doc and not _is_copy(row)]
    assert len(own) >= 4
    gone = _delete(book, lambda n, row: row[0] == doc and n in (1, 2))
    assert gone == 2
    err = _refresh(capsys, book)
    assert Counter(_evidence(book)) == Counter(before)
    assert f"2 Evidence rows written again in the Evidence sheet (2 for {doc})" in _back_line(err)
    assert "1 of them with their missing Evidence rows written again" in err
    # (a second refresh finds every row there: nothing to say, the file untouched)
    data = book.read_bytes()
    err = _refresh(capsys, book)
    assert not _back_line(err) and book.read_bytes() == data


def test_rows_deleted_from_several_documents_each_named(tmp_path, capsys):
    book = _book(tmp_path)
    before = _evidence(book)
    _delete(book, lambda n, row: (row[0] == "d1" and n == 0) or (row[0] == "d5" and n in (0, 3, 4)))
    line = _back_line(_refresh(capsys, book))
    assert Counter(_evidence(book)) == Counter(before)
    assert "4 Evidence rows written again" in line and "1 for d1" in line and "3 for d5" in line


def test_all_rows_of_a_document_with_copies_come_back_with_its_copy_rows(tmp_path, capsys):
    book = _book(tmp_path)
    before = _evidence(book)
    copies = [row for row in before if row[0] == "d4" and _is_copy(row)]
    assert copies, "d4 repeats d3's passage: it has copy evidence"
    _delete(book, lambda n, row: row[0] == "d4")
    err = _refresh(capsys, book)
    assert Counter(_evidence(book)) == Counter(before)
    assert "for d4" in _back_line(err)


@pytest.mark.parametrize("doc", ["d3", "d4"])
def test_own_and_copy_rows_of_a_document_with_copies_come_back(tmp_path, capsys, doc):
    book = _book(tmp_path)
    before = _evidence(book)
    _delete(book, lambda n, row: row[0] == doc and (n == 0 or _is_copy(row)))
    _refresh(capsys, book)
    assert Counter(_evidence(book)) == Counter(before)


def test_rows_deleted_after_a_sort_come_back_and_the_sort_stays(tmp_path, capsys):
    book = _book(tmp_path)
    before = _evidence(book)
    wb = openpyxl.load_workbook(book)
    ws = wb["Evidence"]
    ordered = sorted(before, key=lambda row: (str(row[1]), str(row[2]), row[0], row[4] or 0))
    for r, row in enumerate(ordered, start=2):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c).value = value
    wb.save(book)
    _delete(book, lambda n, row: row[0] in ("d1", "d4") and n in (0, 2))
    left = _evidence(book)
    _refresh(capsys, book)
    after = _evidence(book)
    assert Counter(after) == Counter(before)
    # the rows that were there are in the order the user sorted them, the rows written back among them
    kept = iter(after)
    assert all(any(row == other for other in kept) for row in left)
    assert after != sorted(after, key=lambda row: str(row[0])), "not put back in the documents' order"


def test_a_note_beside_a_row_stays_with_it_and_an_edited_detail_is_not_written_twice(tmp_path, capsys):
    book = _book(tmp_path)
    before = _evidence(book)
    wb = openpyxl.load_workbook(book)
    ws = wb["Evidence"]
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "d1"]
    noted, edited = rows[-1], rows[-2]
    ws.cell(1, 9).value = "My note"
    ws.cell(noted, 9).value = "checked with the editor"
    ws.cell(edited, 7).value = "my own words for this row"
    wb.save(book)
    noted_row = tuple(ws.cell(noted, c).value for c in range(1, 9))
    _delete(book, lambda n, row: row[0] == "d1" and n == 0)
    err = _refresh(capsys, book)
    after = _evidence(book, width=9)
    assert [row[:8] for row in after if row[8] == "checked with the editor"] == [noted_row]
    assert sum(1 for row in after if row[6] == "my own words for this row") == 1
    assert len(after) == len(before)
    assert "1 for d1" in _back_line(err)


def test_nothing_deleted_nothing_written(tmp_path, capsys):
    """Near-misses: a workbook refreshed as it was, and one whose Evidence rows the user added to
    (a row copied below), keep their Evidence rows exactly; nothing is said of Evidence rows."""
    book = _book(tmp_path)
    before = _evidence(book)
    data = book.read_bytes()
    err = _refresh(capsys, book)
    assert book.read_bytes() == data and not _back_line(err)
    wb = openpyxl.load_workbook(book)
    ws = wb["Evidence"]
    extra = [ws.cell(2, c).value for c in range(1, 9)]
    ws.append(extra)
    wb.save(book)
    err = _refresh(capsys, book)
    assert Counter(_evidence(book)) == Counter(before) + Counter([tuple(extra)])
    assert not _back_line(err)


def test_an_unchanged_workbook_refreshes_to_the_same_evidence_cells(tmp_path, capsys):
    """Saved by another program (openpyxl: shared strings, other styles), then refreshed: the
    Evidence cells are the ones written, in the same order."""
    book = _book(tmp_path)
    before = _evidence(book, width=9)
    openpyxl.load_workbook(book).save(book)
    err = _refresh(capsys, book)
    assert _evidence(book, width=9) == before and not _back_line(err)


def test_the_documents_sheet_counts_each_documents_own_rows(tmp_path):
    book = _book(tmp_path)
    rows = _evidence(book)
    ws = openpyxl.load_workbook(book)["Documents"]
    header = [cell.value for cell in ws[1]]
    count_col, id_col = header.index(layout.EVIDENCE_COUNT_HEADER), header.index("id")
    counted = {row[id_col].value: row[count_col].value for row in ws.iter_rows(min_row=2)}
    assert counted == dict(Counter(row[0] for row in rows if not _is_copy(row)))
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(count_col + 1)].hidden or \
        ws.column_dimensions[openpyxl.utils.get_column_letter(count_col + 1)].outlineLevel


def test_a_workbook_without_the_count_column_still_refreshes(tmp_path, capsys):
    """A workbook written before the count was kept: refreshed as before (a document with no rows
    left gets them again; some rows deleted cannot be told from few)."""
    book = _book(tmp_path)
    before = _evidence(book)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [cell.value for cell in ws[1]]
    ws.delete_cols(header.index(layout.EVIDENCE_COUNT_HEADER) + 1)
    wb.save(book)
    _delete(book, lambda n, row: row[0] == "d2")
    _refresh(capsys, book)
    assert Counter(row for row in _evidence(book) if row[0] == "d2") == Counter(row for row in before if row[0] == "d2")


def test_hidden_rows_stay_hidden_while_deleted_ones_come_back(tmp_path, capsys):
    """The documented way to see fewer rows: hide them (or filter them out). A refresh keeps them
    hidden; a row deleted beside them comes back."""
    book = _book(tmp_path)
    before = _evidence(book)
    wb = openpyxl.load_workbook(book)
    ws = wb["Evidence"]
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "d5"]
    hidden = [tuple(ws.cell(r, c).value for c in range(1, 9)) for r in rows[1:3]]
    for r in rows[1:3]:
        ws.row_dimensions[r].hidden = True
    wb.save(book)
    _delete(book, lambda n, row: row[0] == "d5" and n == 4)
    _refresh(capsys, book)
    assert Counter(_evidence(book)) == Counter(before)
    ws = openpyxl.load_workbook(book)["Evidence"]
    still = [tuple(ws.cell(r, c).value for c in range(1, 9)) for r in range(2, ws.max_row + 1) if ws.row_dimensions[r].hidden]
    assert still == hidden


@pytest.mark.parametrize("repeat", [1, 3, 30])
def test_the_count_is_the_number_of_rows_written(repeat):
    """`evidence_count` counts what `evidence_rows` writes, also past the rows listed per signal
    (one row then says how many more), and for cues checked and not found."""
    from xlplugin import Settings, score_many
    from xlplugin.engine import DocumentInput
    from xlplugin.workbook.rows import evidence_count, evidence_rows

    texts = [TEXTS["d1"] * repeat, TEXTS["d2"], TEXTS["d5"] * repeat, "Short note."]
    results = list(score_many([DocumentInput(text=t) for t in texts], settings=Settings()))
    for result in results:
        assert evidence_count(result) == len(list(evidence_rows("x", result)))
    if repeat == 30:
        assert any(row[2] == "(more)" for row in evidence_rows("x", results[0]))


def test_rows_deleted_and_documents_rows_moved_in_the_same_refresh(tmp_path, capsys):
    """The Documents rows swapped too: the Evidence sheet is then written again in their order
    (evidence_order), with the rows deleted back among each document's rows; the copy rows, which
    name rows by number, are made again for the rows as they now stand."""
    book = _book(tmp_path)
    before = _evidence(book)
    _delete(book, lambda n, row: (row[0] == "d1" and n in (0, 2)) or (row[0] == "d3" and n == 1))
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    first, second = [c.value for c in ws[2]], [c.value for c in ws[3]]
    for c, (a, b) in enumerate(zip(first, second), start=1):
        ws.cell(2, c).value, ws.cell(3, c).value = b, a
    wb.save(book)
    err = _refresh(capsys, book)
    after = _evidence(book)
    assert Counter(row for row in after if not _is_copy(row)) == Counter(row for row in before if not _is_copy(row))
    assert Counter(row[0] for row in after if _is_copy(row)) == Counter(row[0] for row in before if _is_copy(row))
    assert [row[0] for row in after] == sorted((row[0] for row in after), key=["d2", "d1", "d3", "d4", "d5"].index)
    assert "2 for d1; 1 for d3" in _back_line(err)
