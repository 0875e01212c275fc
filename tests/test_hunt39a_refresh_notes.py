"""Misleading lines of `xlplugin refresh` (hunt39a).

1. A workbook scored from files chosen by name ("xlplugin score src/a.txt") listed, at every
   refresh, the other files of their folder as files "in no row of the workbook": files the user
   never asked for. Only a folder given to `score` as a folder is listed (the workbook records
   which: layout.FOLDERS_PROPERTY); of another folder, only a file holding the text of a row whose
   file is gone (renamed) is named. A workbook that does not record it is read conservatively.
2. A Why, Status or Kind cell typed over made its row count as "scored again", as if its text had
   changed: the row is unchanged, its cell written again, and the summary says so.
"""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
from workbook_helpers import refreshed, scored_table, table_file

from xlplugin.cli import main
from xlplugin.workbook import layout

STATUS = layout.SCORE_HEADERS[-1]

# (our own short articles, written for these tests)
TEXTS = {
    "bridge.txt": "Bridge closes for two weeks of repairs\n\nThe river bridge will close on Monday for two weeks of "
                  "repairs, the highways department said on Friday. Its engineer, Paula Moreno, said the work costs "
                  "300,000 pounds, according to the council's published budget. Buses will use the ring road.",
    "library.txt": "Library extends its opening hours\n\nThe central library will open until 8pm on weekdays from "
                   "March, the council said on Wednesday. A librarian, Omar Haddad, said the change follows a survey "
                   "of 2,000 readers. Sunday hours stay the same.",
    "market.md": "# Farmers market moves to the square\n\nThe weekly farmers market will move to the town square in "
                 "April, its organisers said on Tuesday. The chair of the traders' group, Lena Berg, said 40 stalls "
                 "have signed up. Parking on the square will be closed on market days.",
}


def _folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


def _statuses(book):
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        rows = list(wb[layout.DOCUMENTS].iter_rows(values_only=True))
        return {row[0]: dict(zip(rows[0], row))[STATUS] for row in rows[1:] if row[0] is not None}
    finally:
        wb.close()


def _without_folders_property(book):
    """The workbook as `score` wrote it before session 31: no record of the folders given."""
    with zipfile.ZipFile(book) as zin:
        parts = {info.filename: zin.read(info.filename) for info in zin.infolist()}
    custom = parts["docProps/custom.xml"].decode("utf-8")
    stripped = re.sub(r'<property name="xlplugin folders given".*?</property>', "", custom)
    parts["docProps/custom.xml"] = stripped.encode("utf-8")
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


# --- 1. the folder's files that no row names ---------------------------------------------------

@pytest.mark.parametrize("chosen", [["bridge.txt"], ["bridge.txt", "market.md"]])
def test_files_chosen_by_name_do_not_list_their_folders_other_files(tmp_path, capsys, chosen):
    src = _folder(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", *[str(src / name) for name in chosen], "-o", str(book), "-q"]) == 0
    rc, err = refreshed(book, capsys)
    assert rc == 0
    assert "in no row of the workbook" not in err
    assert "library.txt" not in err


def test_a_folder_given_still_lists_a_file_added_to_it(tmp_path, capsys):
    src = _folder(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src), "-o", str(book), "-q"]) == 0
    (src / "added.txt").write_text("A new story about the bridge closure and its buses, said the council.",
                                   encoding="utf-8")
    rc, err = refreshed(book, capsys)
    assert rc == 0
    assert "1 file in the folder 'src' is in no row of the workbook" in err
    assert "added.txt" in err and "score the folder again" in err


def test_a_chosen_file_renamed_is_still_followed_and_only_it_is_named(tmp_path, capsys):
    src = _folder(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src / "bridge.txt"), "-o", str(book), "-q"]) == 0
    (src / "bridge.txt").rename(src / "bridge-2026.txt")
    rc, err = refreshed(book, capsys)
    assert rc == 2  # (a row whose file is gone)
    line = next(line for line in err.splitlines() if "in no row of the workbook" in line)
    assert "bridge-2026.txt (the text of the row 'bridge.txt', whose file is gone)" in line
    assert "library.txt" not in line and "market.md" not in line
    assert "score the folder again" not in line  # (the folder was never scored)
    assert "'src/bridge-2026.txt' holds the same text" in _statuses(book)["bridge.txt"]


def test_a_workbook_that_does_not_record_its_folders_infers_them(tmp_path, capsys):
    """Written before session 31: one file of three named by a row is no folder given (not listed);
    a folder whose rows name most of its files is one (its added file listed)."""
    src = _folder(tmp_path)
    one, whole = tmp_path / "one.xlsx", tmp_path / "whole.xlsx"
    assert main(["score", str(src / "bridge.txt"), "-o", str(one), "-q"]) == 0
    assert main(["score", str(src), "-o", str(whole), "-q"]) == 0
    _without_folders_property(one)
    _without_folders_property(whole)
    (src / "added.txt").write_text("A new story about the market stalls and the parking, said the organisers.",
                                   encoding="utf-8")
    rc, err = refreshed(one, capsys)
    assert rc == 0 and "in no row of the workbook" not in err
    rc, err = refreshed(whole, capsys)
    assert rc == 0 and "1 file in the folder 'src' is in no row of the workbook" in err and "added.txt" in err


def test_an_old_workbook_with_a_subfolder_id_was_scored_from_the_folder(tmp_path, capsys):
    """A row's id with a subfolder in it ("sub/x.txt") is only ever given by a folder scan: listed
    even where the rows name fewer of its files than they leave out."""
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "bridge.txt").write_text(TEXTS["bridge.txt"], encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src), "-o", str(book), "-q"]) == 0
    _without_folders_property(book)
    for name in ("library.txt", "market.md"):
        (src / name).write_text(TEXTS[name], encoding="utf-8")
    rc, err = refreshed(book, capsys)
    assert rc == 0 and "2 files in the folder 'src' are in no row of the workbook" in err


# --- 2. a Why, Status or Kind typed over is no change of the row ---------------------------------

def _typed_book(tmp_path, edits):
    src = _folder(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = {cell.value: cell.column for cell in ws[1]}
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for doc_id, header, value in edits:
        ws.cell(rows[doc_id], headers[header]).value = value
    wb.save(book)
    return src, book


@pytest.mark.parametrize("header, words", [
    (STATUS, "checked by the desk, Tuesday"),
    (STATUS, None),
    (layout.SCORE_HEADERS[-2], "ask the editor"),
    ("Kind", "my own kind"),
])
def test_a_cell_typed_over_leaves_its_row_unchanged(tmp_path, capsys, header, words):
    _src, book = _typed_book(tmp_path, [("library.txt", header, words)])
    before = _statuses(book)
    rc, err = refreshed(book, capsys)
    assert rc == 0
    summary = err.splitlines()[0]
    assert "scored again" not in summary and "new" not in summary
    assert "3 rows unchanged, 1 of them with a cell of xlplugin's typed over written again" in summary
    after = _statuses(book)
    assert after["library.txt"].startswith("scored")  # (written again: the Status is xlplugin's)
    if words and header == STATUS:
        assert after["library.txt"].endswith(f"kept here at a refresh: “{words}”")
    assert after["bridge.txt"] == before["bridge.txt"]


def test_near_miss_a_typed_status_and_an_edited_text_is_scored_again(tmp_path, capsys):
    src, book = _typed_book(tmp_path, [("library.txt", STATUS, "seen")])
    path = src / "library.txt"
    path.write_text(path.read_text(encoding="utf-8") + " The cafe on the ground floor will close at 6pm.",
                    encoding="utf-8")
    rc, err = refreshed(book, capsys)
    assert rc == 0
    summary = err.splitlines()[0]
    assert "1 row scored again, 2 unchanged" in summary and "typed over written again" not in summary
    assert _statuses(book)["library.txt"].endswith("kept here at a refresh: “seen”")


# --- 3. a note between a table's documents -------------------------------------------------------

NOTE_LINES = ("Note: rows below are from the archive", "Source: compiled by the newsroom, March 2026")
BRIDGE, LIBRARY = TEXTS["bridge.txt"].replace("\n\n", " "), TEXTS["library.txt"].replace("\n\n", " ")


@pytest.mark.parametrize("form", ["csv", "xlsx"])
@pytest.mark.parametrize("note", NOTE_LINES)
def test_a_note_between_the_documents_is_left_out_and_said(tmp_path, capsys, form, note):
    source = table_file(tmp_path, form, [["id", "text", "outlet"], ["r1", BRIDGE, "Town Herald"], [note, "", ""],
                                     ["r2", LIBRARY, "Daily Courier"]])
    err, ids, _texts, _out = scored_table(tmp_path, capsys, source, quiet=True)
    where = "list.csv line 3" if form == "csv" else "sheet Sheet row 3"
    assert "1 row not read, a note between the documents" in err and where in err, err
    assert ids == ["r1", "r2"]


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_note_in_the_text_column_between_documents_is_left_out(tmp_path, capsys, form):
    source = table_file(tmp_path, form, [["text", "outlet"], [BRIDGE, "Town Herald"], [NOTE_LINES[1], ""],
                                     [LIBRARY, "Daily Courier"]])
    err, _ids, texts, _out = scored_table(tmp_path, capsys, source, quiet=True)
    assert "1 row not read, a note between the documents" in err, err
    assert texts == [BRIDGE, LIBRARY]


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_near_miss_short_texts_between_documents_are_still_documents(tmp_path, capsys, form):
    """A short text is a document: in a real row (its id and outlet filled), in a table where
    another row is a text alone, or a line that opens as no note does (a row whose text is missing)."""
    short = "Note: fares on the island ferry rise by six percent in April."
    source = table_file(tmp_path, form, [["id", "text", "outlet"], ["r1", BRIDGE, "Town Herald"],
                                     ["r2", short, "Daily Courier"], ["Archive rows from the old system below", "", ""],
                                     ["r3", LIBRARY, ""]])
    err, ids, _texts, _out = scored_table(tmp_path, capsys, source, quiet=True)
    assert "a note between the documents" not in err
    assert ids == ["r1", "r2", "Archive rows from the old system below", "r3"]
    source = table_file(tmp_path, form, [["text", "outlet"], [BRIDGE, "Town Herald"], [short, ""], [LIBRARY, ""]],
                    name="texts")
    err, _ids, texts, _out = scored_table(tmp_path, capsys, source, quiet=True)
    assert "a note between the documents" not in err and texts == [BRIDGE, short, LIBRARY]


def test_a_note_typed_between_the_documents_sheet_rows_is_not_scored_by_a_refresh(tmp_path, capsys):
    _src, book = _typed_book(tmp_path, [])
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    ws.insert_rows(3)
    ws["A3"] = NOTE_LINES[0]
    wb.save(book)
    rc, err = refreshed(book, capsys)
    assert rc == 0, err
    assert "1 row not read, a note between the documents" in err and "row 3" in err, err
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    assert ws.cell(3, headers.index(STATUS) + 1).value is None
    assert "scored again" not in err.splitlines()[0]


def test_a_row_added_with_words_in_its_status_is_new_and_keeps_them(tmp_path, capsys):
    """A row the user added (no stamps, never scored) with a Status typed ("to check") was counted
    as scored again, not new, and the words were written over without a word."""
    src = _folder(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src / "bridge.txt"), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = {cell.value: cell.column for cell in ws[1]}
    ws.cell(3, headers["id"]).value, ws.cell(3, headers["file"]).value = "library.txt", "src/library.txt"
    ws.cell(3, headers[STATUS]).value = "to check with the desk"
    wb.save(book)
    rc, err = refreshed(book, capsys)
    assert rc == 0, err
    summary = err.splitlines()[0]
    assert "1 row new (scored for the first time), 1 unchanged" in summary and "scored again" not in summary
    assert "row 3 (id library.txt) Status: “to check with the desk”" in err
    status = _statuses(book)["library.txt"]
    assert status.startswith("scored") and status.endswith("kept here at a refresh: “to check with the desk”")
    # the next refresh finds nothing to do: the words are xlplugin's Status now
    rc, err = refreshed(book, capsys)
    assert rc == 0 and "2 rows unchanged" in err and _statuses(book)["library.txt"] == status


def test_a_new_rows_file_that_was_never_there_is_not_said_to_be_gone(tmp_path, capsys):
    """A path typed in a new row, naming no file of a folder that is there, was said to be "no
    longer in its folder (renamed, moved or deleted since it was scored)": it was never scored."""
    src = _folder(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src / "bridge.txt"), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = {cell.value: cell.column for cell in ws[1]}
    ws.cell(3, headers["id"]).value, ws.cell(3, headers["file"]).value = "ferry", "src/ferry.txt"
    wb.save(book)
    rc, err = refreshed(book, capsys)
    assert rc == 2, err
    status = _statuses(book)["ferry"]
    assert status.startswith("not scored: file not found: 'src/ferry.txt' is not in its folder"), status
    assert "since it was scored" not in status and "no file of that name is there" in status
    # a scored row's file deleted is still gone, as resume33 says it
    (src / "bridge.txt").unlink()
    rc, err = refreshed(book, capsys)
    assert _statuses(book)["bridge.txt"].startswith("not scored: file gone: 'src/bridge.txt' is no longer in its folder")
