"""Two documents with one id are two documents: score and refresh never merge them. The command
line warns, each row's Status names the other rows with its id, and every sheet keyed on the id
(Evidence, Read, the copies) files each document after the first under "ID (row N)"."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import openpyxl

from xlplugin.cli import main
from xlplugin.inputs import Record, distinct_ids, with_id_note
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.workbook.read_sheet import FIRST_ROW, READ

CALM = ("The county council said on Tuesday that the swimming pool would reopen in July after repairs "
        "to its roof, according to a notice. Manager Priya Shah told reporters that lessons would resume.")
RANT = ("Everyone knows this disgraceful pool scheme is a total scam! The so-called council obviously lied "
        "to every single family and the shocking truth will ruin this town forever, critics say.")
OTHER = ("The harbour trust said on Friday that the old crane would be restored over the winter, its "
         "chair said in a statement. Volunteers told the meeting that the work would take three months.")


def _table(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    path = tmp_path / "list.csv"
    path.write_text("id,text\n" + "".join(f'{doc_id},"{text}"\n' for doc_id, text in rows), encoding="utf-8")
    return path


def _statuses(book: Path) -> list[tuple[str, str]]:
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    status = header.index(layout.SCORE_HEADERS[-1])
    return [(row[0], row[status]) for row in ws.iter_rows(min_row=2, values_only=True)]


def _evidence_kinds(book: Path) -> Counter:
    ws = openpyxl.load_workbook(book)[layout.EVIDENCE]
    return Counter((row[0], row[-1]) for row in ws.iter_rows(min_row=2, values_only=True) if row[1] == layout.EVIDENCE_SIGNAL["kind"])


def test_distinct_ids_keeps_the_first_id_and_names_the_others_rows():
    items = [Record("a1", CALM), Record("a2", CALM), Record("a2", RANT), Record("a3", OTHER), Record("a2", OTHER)]
    keyed, notes = distinct_ids(items, [2, 3, 4, 5, 6])
    assert [item.id for item in keyed] == ["a1", "a2", "a2 (row 4)", "a3", "a2 (row 6)"]
    assert notes[0] == "" and notes[1] == "id a2 also used by rows 4, 6"
    assert notes[2] == "id a2 also used by rows 3, 6 (its evidence is under a2 (row 4))"
    assert items[2].id == "a2"  # (the items given are not changed)
    status = with_id_note("scored; read as Latin-1", notes[2])
    assert with_id_note(status, "") == "scored; read as Latin-1" and with_id_note(status, notes[2]) == status


def test_score_keeps_two_documents_with_one_id_apart_and_says_so(tmp_path, capsys):
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_table(tmp_path, [("p1", CALM), ("p1", RANT)])), "-o", str(book)]) == 0
    assert "2 documents share the id 'p1'" in capsys.readouterr().err
    [(_, first), (_, second)] = _statuses(book)
    assert first.endswith("; id p1 also used by row 3")
    assert second.endswith("; id p1 also used by row 2 (its evidence is under p1 (row 3))")
    kinds = _evidence_kinds(book)
    assert sorted(doc_id for doc_id, _ in kinds) == ["p1", "p1 (row 3)"] and set(kinds.values()) == {1}
    ws = openpyxl.load_workbook(book)[READ]
    assert [ws.cell(r, 2).value for r in range(FIRST_ROW, ws.max_row + 1)] == ["p1", "p1 (row 3)"]
    # nothing changed: a refresh leaves the file as it was
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    assert refresh_workbook(book).shared_ids == 2
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before


def test_a_row_appended_with_an_id_in_use_is_kept_apart_and_the_note_goes_when_it_goes(tmp_path):
    book = tmp_path / "book.xlsx"
    main(["score", str(_table(tmp_path, [("p1", CALM), ("p2", OTHER)])), "-o", str(book), "-q"])
    wb = openpyxl.load_workbook(book)
    wb[layout.DOCUMENTS].append(["p1", RANT])
    wb.save(book)
    summary = refresh_workbook(book)
    assert (summary.appended, summary.shared_ids) == (1, 2)
    statuses = _statuses(book)
    first = statuses[0][1]
    assert first.startswith("scored") and first.endswith("; id p1 also used by row 4")  # (a row kept: its Status only)
    assert statuses[2][1].endswith("id p1 also used by row 2 (its evidence is under p1 (row 4))")
    kinds = _evidence_kinds(book)
    assert sorted(doc_id for doc_id, _ in kinds) == ["p1", "p1 (row 4)", "p2"] and set(kinds.values()) == {1}
    # the copy removed: the first row's id is its own again, and its Status says no more
    wb = openpyxl.load_workbook(book)
    wb[layout.DOCUMENTS].delete_rows(4)
    wb.save(book)
    refresh_workbook(book)
    assert _statuses(book)[0] == ("p1", first.removesuffix("; id p1 also used by row 4"))
    assert sorted(doc_id for doc_id, _ in _evidence_kinds(book)) == ["p1", "p2"]


def test_a_row_copied_with_its_scores_gets_evidence_of_its_own(tmp_path):
    book = tmp_path / "book.xlsx"
    main(["score", str(_table(tmp_path, [("p1", CALM), ("p2", OTHER)])), "-o", str(book), "-q"])
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    ws.append([cell.value for cell in ws[2]])
    wb.save(book)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.evidence_restored) == (0, 1)
    kinds = _evidence_kinds(book)
    assert sorted(doc_id for doc_id, _ in kinds) == ["p1", "p1 (row 4)", "p2"] and set(kinds.values()) == {1}
