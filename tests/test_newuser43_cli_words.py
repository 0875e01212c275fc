"""(newuser43) What a new user reads after following the README, said truthfully and plainly.

- A row the user added under the table that could not be scored (no file named, a text in
  another language) was counted in the refresh summary as "1 new (scored for the first time)",
  while its Status said "not scored": the summary now says "1 new and not scored (their Status
  says why)". A row added with an English text is still "new (scored for the first time)" (guard).
- The note after `score -o` on file cells outside the workbook's folder said "each is the path
  from the workbook's folder, where a refresh reads the file from whatever folder it runs in",
  which reads as if the refresh looked in the folder it was run from: it now says what it means.

Texts written for these tests."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook

NEWS = ("Ferry timetable to change in spring\n\nBy Tamsin Hollow\n\nThe island ferry will run two more crossings "
        "a day from April, the operator's timetable manager, Colm Reyes, said on Thursday. He said the change "
        "followed a survey of 1,200 passengers, most of whom asked for an earlier morning boat.")
MORE_NEWS = ("The county library will open on Sundays from June, its head librarian, Aisha Brandt, said on "
             "Monday. She said the council had agreed to pay for two more staff, and that the reading room "
             "would stay open until four in the afternoon.")
GERMAN = ("Die Stadtbibliothek öffnet ab Juni auch am Sonntag, sagte die Leiterin am Montag. Der Gemeinderat "
          "habe zwei weitere Stellen bewilligt, und der Lesesaal bleibe bis vier Uhr am Nachmittag geöffnet, "
          "sagte sie. Viele Leser hatten sich das seit Jahren gewünscht.")


def _summary(err: str) -> str:
    return next(line for line in err.splitlines() if line.startswith("xlplugin: refreshed "))


def _folder_book(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "ferry.txt").write_text(NEWS, encoding="utf-8")
    book = folder / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def _csv_book(tmp_path: Path) -> Path:
    table = tmp_path / "stories.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "text"], ["ferry", NEWS]])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def _add_row(book: Path, cells: dict[str, str]) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    row = ws.max_row + 1
    for header, value in cells.items():
        ws.cell(row, headers.index(header) + 1, value)
    wb.save(book)


def _status_of(book: Path, row_id: str) -> str:
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == row_id)
    return str(row[headers.index("Status")])


def test_an_added_row_with_no_file_is_not_said_to_be_scored(tmp_path, capsys):
    book = _folder_book(tmp_path)
    _add_row(book, {"id": "new one", "title": "A row typed by hand"})  # (no file named)
    capsys.readouterr()
    main(["refresh", str(book)])
    line = _summary(capsys.readouterr().err)
    assert _status_of(book, "new one").startswith("not scored")
    assert "scored for the first time" not in line, line
    assert "1 row new and not scored (their Status says why)" in line, line


def test_an_added_row_in_another_language_is_counted_as_not_scored(tmp_path, capsys):
    book = _csv_book(tmp_path)
    _add_row(book, {"id": "bibliothek", "text": GERMAN})
    summary = refresh_workbook(book)
    assert _status_of(book, "bibliothek").startswith("not scored: language")
    assert (summary.appended, summary.appended_unscored) == (0, 1)


def test_guard_an_added_english_row_is_still_scored_for_the_first_time(tmp_path, capsys):
    book = _csv_book(tmp_path)
    _add_row(book, {"id": "library", "text": MORE_NEWS})
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    line = _summary(capsys.readouterr().err)
    assert "1 row new (scored for the first time)" in line and "not scored" not in line, line


def test_files_outside_the_folder_note_says_what_a_refresh_does(tmp_path, monkeypatch, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "ferry.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["score", "texts", "-o", "out/book.xlsx", "--workers", "1"]) == 0
    line = next(line for line in capsys.readouterr().err.splitlines() if "outside its folder" in line)
    assert "where a refresh reads the file from whatever folder it runs in" not in line
    assert ("each is written as the path from the workbook's folder to the file, so a refresh on this computer "
            "finds it, whatever folder the refresh is run from") in line, line
    assert "Sent to someone on its own, the workbook shows these folder names and a refresh there finds no file" in line


# (newuser43) The Outlets sheet's "Document kinds" cell said of a German page whose kind was found
# ("not an article") but whose text was not scored: "not an article (1); and 1 row not scored (its
# Status says why)", one row told as two, beside a Documents cell of 0. The kinds are now those of
# the documents counted; the rows not scored are said once.

def test_outlet_kinds_count_a_row_not_scored_once():
    from xlplugin.outlets import Entry, kinds_cell, rollup

    not_scored = Entry("Alpenblick", "page metadata", "p1", None, {"sentiment": None}, "not an article")
    [row] = rollup([not_scored])
    assert (row.documents, row.not_scored) == (0, 1)
    assert kinds_cell(row) == "1 row not scored (Status says why)"


def test_outlet_kinds_are_those_of_the_documents_counted():
    from xlplugin.outlets import Entry, kinds_cell, rollup

    scored = Entry("Millbrook Herald", "outlet column", "a", 81.0, {"sentiment": 0.1}, "news report")
    no_index = Entry("Millbrook Herald", "outlet column", "b", None, {"sentiment": 0.2}, "not an article")
    german = Entry("Millbrook Herald", "outlet column", "c", None, {"sentiment": None}, "news report")
    [row] = rollup([scored, no_index, german])
    assert (row.documents, row.scored, row.not_scored) == (2, 1, 1)
    assert kinds_cell(row) == "news report (1), not an article (1); and 1 row not scored (Status says why)"
