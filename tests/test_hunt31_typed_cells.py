"""(hunt31) Words typed over a scored row's Why, Status or Kind cell, or a number typed over a
score: a refresh writes those cells again for the row's scores and keeps what was typed at the
end of the row's Status, and its summary says so. Before, the typed words stayed beside the scores
(read as xlplugin's explanation) until a refresh scored the row again, which dropped them without
a word. Near misses: a refresh of an untouched workbook changes nothing; a sort of the score
block (numbers moved, none typed) keeps no note."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import scored_folder

from xlplugin.cli import refresh_notes
from xlplugin.workbook import refresh_workbook

STORIES = {
    "ferry.txt": ("Ferry fares to rise in April\n\nBy Lena Marsh\n\nThe island ferry company will raise fares by six "
                  "percent in April, its finance director, Owen Pratt, said on Monday. The company said fuel had cost "
                  "a fifth more this winter. Councillor Ruth Adeyemi, who chairs the transport board, said islanders "
                  "would be asked about a discount card before the change."),
    "rant.txt": ("The shameful ferry scandal they hide from you\n\nThis disgraceful rip-off is a total outrage. The "
                 "greedy crooks running the ferry are destroying the island, and the spineless council does nothing. "
                 "Why do we put up with these frauds? I have had enough of their lies and their contempt for us."),
    "clinic.txt": ("Clinic opens on Saturdays\n\nBy Tom Avery\n\nThe health centre on Quay Street will open on "
                   "Saturday mornings from May, the practice manager, Jo Kemble, said. The surgery said 300 patients "
                   "had asked for weekend appointments in a survey last year, according to its annual report."),
}


def _book(tmp_path: Path) -> Path:
    return scored_folder(tmp_path, STORIES, "texts")[1]


def _columns(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value}


def _type(book: Path, edits: list[tuple[int, str, object]]) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    columns = _columns(ws)
    for row, header, value in edits:
        column = next(c for name, c in columns.items() if name == header or name.startswith(header))
        ws.cell(row, column).value = value
    wb.save(book)


def _cells(book: Path, row: int) -> dict[str, object]:
    ws = openpyxl.load_workbook(book)["Documents"]
    return {name: ws.cell(row, column).value for name, column in _columns(ws).items()}


def _row_of(book: Path, doc_id: str) -> int:
    ws = openpyxl.load_workbook(book)["Documents"]
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == doc_id)


@pytest.mark.parametrize("header, words", [
    ("Why", "Checked with the ferry office: fine"),
    ("Status", "reviewed by Sam, keep for the unit"),
    ("Kind", "opinion (my call)"),
])
def test_words_typed_over_an_xlplugin_cell_are_written_again_and_kept_in_the_status(tmp_path, header, words):
    book = _book(tmp_path)
    row = _row_of(book, "ferry.txt")
    before = _cells(book, row)
    _type(book, [(row, header, words)])
    summary = refresh_workbook(book)
    after = _cells(book, row)
    assert after["Why"] == before["Why"] and after["Kind"] == before["Kind"]  # (written again)
    assert after["Status"].startswith(before["Status"] + "; ")
    assert after["Status"].endswith(f"what you typed over its {header} cell, kept here at a refresh: “{words}”")
    assert after["Reliability index 0-100 (higher = more reliable)"] == before["Reliability index 0-100 (higher = more reliable)"]
    lines = [line for line in refresh_notes(summary) if "typed over" in line]
    assert len(lines) == 1 and f"row {row} (id ferry.txt) {header}: “{words}”" in lines[0]
    # the next refresh finds nothing typed (the kept words are xlplugin's Status now)
    again = refresh_workbook(book)
    assert again.typed == [] and _cells(book, row)["Status"] == after["Status"]


def test_words_typed_over_a_why_are_kept_when_the_text_changes_too(tmp_path):
    book = _book(tmp_path)
    row = _row_of(book, "rant.txt")
    _type(book, [(row, "Why", "Opinion piece, discuss in class"), (row, "Status", "seen")])
    text = tmp_path / "texts" / "rant.txt"
    text.write_text(text.read_text(encoding="utf-8") + " Enough is enough, and everyone knows it.", encoding="utf-8")
    refresh_workbook(book)
    status = _cells(book, row)["Status"]
    assert "Opinion piece, discuss in class" in status and "“seen”" in status
    assert _cells(book, row)["Why"].startswith("loaded language -")
    # scored again later for another reason (its text edited again): the kept words go with it
    text.write_text(text.read_text(encoding="utf-8") + " Nobody listens.", encoding="utf-8")
    summary = refresh_workbook(book)
    assert summary.rescored == 1 and summary.typed == []
    assert "Opinion piece, discuss in class" in _cells(book, row)["Status"]


def test_a_number_typed_over_a_score_is_kept_in_the_status(tmp_path):
    book = _book(tmp_path)
    row = _row_of(book, "clinic.txt")
    before = _cells(book, row)
    _type(book, [(row, "Reliability index", 42), (row, "Provenance", 12.5)])
    summary = refresh_workbook(book)
    after = _cells(book, row)
    assert after["Reliability index 0-100 (higher = more reliable)"] == before["Reliability index 0-100 (higher = more reliable)"]
    assert "its Reliability index cell, kept here at a refresh: “42”" in after["Status"]
    assert "its Provenance cell, kept here at a refresh: “12.5”" in after["Status"]
    assert summary.scores_moved == 1


def test_an_emptied_why_is_written_again_with_nothing_kept(tmp_path):
    book = _book(tmp_path)
    row = _row_of(book, "rant.txt")
    before = _cells(book, row)
    _type(book, [(row, "Why", None)])
    summary = refresh_workbook(book)
    assert _cells(book, row)["Why"] == before["Why"] and _cells(book, row)["Status"] == before["Status"]
    assert any("Why: emptied" in line for line in refresh_notes(summary))


def test_near_miss_an_untouched_workbook_is_left_as_it_was(tmp_path):
    book = _book(tmp_path)
    digest = hashlib.sha256(book.read_bytes()).hexdigest()
    summary = refresh_workbook(book)
    assert getattr(summary, "typed", []) == [] and summary.rescored == 0
    assert hashlib.sha256(book.read_bytes()).hexdigest() == digest


def test_near_miss_a_sorted_score_block_keeps_no_typed_note(tmp_path):
    """Index cells moved between rows (the block sorted on its own) are other rows' numbers, not
    typing: the rows are scored again as before, with no words kept."""
    book = _book(tmp_path)
    first, second = _row_of(book, "ferry.txt"), _row_of(book, "rant.txt")
    a, b = _cells(book, first), _cells(book, second)
    index = "Reliability index 0-100 (higher = more reliable)"
    _type(book, [(first, index, b[index]), (second, index, a[index])])
    summary = refresh_workbook(book)
    assert summary.scores_moved == 2 and getattr(summary, "typed", []) == []
    assert _cells(book, first)[index] == a[index] and _cells(book, first)["Status"] == a["Status"]
    assert _cells(book, second)["Status"] == b["Status"]


def test_near_miss_an_edited_text_rescored_keeps_its_own_status(tmp_path):
    """A row scored again for its text alone gets the Status a score writes, with no note."""
    book = _book(tmp_path)
    row = _row_of(book, "clinic.txt")
    text = tmp_path / "texts" / "clinic.txt"
    text.write_text(text.read_text(encoding="utf-8") + " The centre will close at noon.", encoding="utf-8")
    summary = refresh_workbook(book)
    assert summary.rescored == 1 and getattr(summary, "typed", []) == []
    assert "typed over" not in _cells(book, row)["Status"]


def test_a_row_whose_file_is_gone_keeps_the_words_and_shows_no_typed_why(tmp_path):
    """A row that cannot be scored again (its file gone: its earlier scores kept) cannot have its
    Why written again: the Why typed over is emptied, never left beside the scores as xlplugin's,
    the words kept in its Status through the refreshes until the file is back and the row scored."""
    book = _book(tmp_path)
    row = _row_of(book, "rant.txt")
    _type(book, [(row, "Why", "Ask the class who wrote this")])
    text = tmp_path / "texts" / "rant.txt"
    away = tmp_path / "rant.txt"
    text.rename(away)
    first = refresh_workbook(book)
    assert first.missing == 1 and [t.cells for t in first.typed] == [[("Why", "Ask the class who wrote this")]]
    cells = _cells(book, row)
    # (resume33: a file gone from its folder, which is still there: the row's scores are cleared)
    assert cells["Why"] is None and cells["Status"].startswith("not scored: file gone")
    assert cells["Status"].endswith("kept here at a refresh: “Ask the class who wrote this”")
    digest = hashlib.sha256(book.read_bytes()).hexdigest()
    again = refresh_workbook(book)  # (the file still gone: nothing changes, the words stay)
    assert again.typed == [] and hashlib.sha256(book.read_bytes()).hexdigest() == digest
    away.rename(text)
    back = refresh_workbook(book)
    assert back.rescored == 1
    cells = _cells(book, row)
    assert cells["Why"].startswith("loaded language -") and cells["Status"].startswith("scored")
    assert cells["Status"].endswith("kept here at a refresh: “Ask the class who wrote this”")
