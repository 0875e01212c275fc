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


def _refresh(book, capsys):
    capsys.readouterr()
    rc = main(["refresh", str(book)])
    return rc, capsys.readouterr().err


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
    rc, err = _refresh(book, capsys)
    assert rc == 0
    assert "in no row of the workbook" not in err
    assert "library.txt" not in err


def test_a_folder_given_still_lists_a_file_added_to_it(tmp_path, capsys):
    src = _folder(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src), "-o", str(book), "-q"]) == 0
    (src / "added.txt").write_text("A new story about the bridge closure and its buses, said the council.",
                                   encoding="utf-8")
    rc, err = _refresh(book, capsys)
    assert rc == 0
    assert "1 file in the folder 'src' is in no row of the workbook" in err
    assert "added.txt" in err and "score the folder again" in err


def test_a_chosen_file_renamed_is_still_followed_and_only_it_is_named(tmp_path, capsys):
    src = _folder(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src / "bridge.txt"), "-o", str(book), "-q"]) == 0
    (src / "bridge.txt").rename(src / "bridge-2026.txt")
    rc, err = _refresh(book, capsys)
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
    rc, err = _refresh(one, capsys)
    assert rc == 0 and "in no row of the workbook" not in err
    rc, err = _refresh(whole, capsys)
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
    rc, err = _refresh(book, capsys)
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
    rc, err = _refresh(book, capsys)
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
    rc, err = _refresh(book, capsys)
    assert rc == 0
    summary = err.splitlines()[0]
    assert "1 row scored again, 2 unchanged" in summary and "typed over written again" not in summary
    assert _statuses(book)["library.txt"].endswith("kept here at a refresh: “seen”")
