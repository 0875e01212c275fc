"""A workbook scored from a folder of files, refreshed after files were deleted, renamed, moved
into a subfolder or added (resume33). A row whose file is gone from its folder (the folder still
there) no longer keeps its earlier scores as if current: they are cleared (out of the Overview's
counts and mean too), its Status says the file is gone and the index the last run gave, and, where
another file of the folder holds the same text (renamed or moved), names it and how to follow it.
The files of the folder that no row names are listed in the summary. A workbook moved away from
its folder (the folder not there) keeps every row's scores, and its advice says so."""

from __future__ import annotations

import hashlib
import shutil

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.workbook.rows import AVERAGE_INDEX

INDEX, STATUS, WHY = layout.SCORE_HEADERS[0], layout.SCORE_HEADERS[-1], layout.SCORE_HEADERS[-2]

TEXTS = {
    "harbour.txt": "Harbour repairs will start in May\n\nThe port authority said on Tuesday that repairs to the east "
                   "quay will start in May and last ten weeks. Its engineer, Tomas Reyes, said the work costs 2 million "
                   "euros, according to the board's published budget. Ferries will use the west quay meanwhile.",
    "orchard.md": "# Orchard volunteers plant 200 trees\n\nVolunteers planted 200 apple and pear trees on the common "
                  "on Saturday, the parish council said. Its chair, Anna Leclerc, said the trees were paid for by a "
                  "county grant. Pupils from two schools helped.",
    "outrage.txt": "They are robbing you blind!!!\n\nThis disgraceful, corrupt council is robbing every one of us blind "
                   "and they think we are too stupid to notice!!! Wake up, everyone. It is an outrage and a scandal, "
                   "and I for one will never forgive them.",
    "tram.txt": "Tram line reopens after upgrade\n\nThe tram line between the station and the hospital reopened on "
                "Monday after a three-month upgrade, the transport operator said. A spokeswoman said trams now run "
                "every eight minutes at peak times.",
}
NEW_TEXT = ("Pool hours extended for summer\n\nThe town pool will stay open until 9pm from June, the leisure "
            "department said on Wednesday. A manager said two more lifeguards have been hired.")


def _documents(book):
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        rows = list(wb[layout.DOCUMENTS].iter_rows(values_only=True))
        return {row[0]: dict(zip(rows[0], row)) for row in rows[1:] if row[0] is not None}
    finally:
        wb.close()


def _overview(book):
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        return {row[0]: (row + (None,))[1] for row in wb[layout.OVERVIEW].iter_rows(values_only=True) if row and row[0]}
    finally:
        wb.close()


def _evidence_ids(book):
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        return {row[0] for row in wb[layout.EVIDENCE].iter_rows(min_row=2, values_only=True)}
    finally:
        wb.close()


@pytest.fixture
def project(tmp_path):
    """src/ with four files, scored into book.xlsx beside it."""
    src = tmp_path / "src"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    assert main(["score", str(src), "-o", str(tmp_path / "book.xlsx"), "-q"]) == 0
    return tmp_path


def _refresh(book, capsys):
    capsys.readouterr()
    rc = main(["refresh", str(book)])
    return rc, capsys.readouterr().err


@pytest.mark.parametrize("name", ["harbour.txt", "orchard.md", "outrage.txt"])
def test_a_deleted_files_row_has_its_scores_cleared_and_says_so(project, capsys, name):
    book = project / "book.xlsx"
    before = _documents(book)
    assert name in _evidence_ids(book)
    (project / "src" / name).unlink()
    rc, said = _refresh(book, capsys)
    assert rc == 2
    row = _documents(book)[name]
    assert row[INDEX] is None and row[WHY] is None and all(row[h] is None for h in layout.SIGNAL_HEADER.values())
    status = row[STATUS]
    assert status.startswith(f"not scored: file gone: 'src/{name}' is no longer in its folder")
    assert "renamed, moved or deleted" in status and f"gave it index {before[name][INDEX]:g}" in status
    assert "put the workbook" not in status and "holds the same text" not in status
    assert name not in _evidence_ids(book)
    # the Overview counts and averages the rows that have scores now
    rest = [r[INDEX] for key, r in before.items() if key != name]
    overview = _overview(book)
    assert overview[AVERAGE_INDEX] == round(sum(rest) / len(rest), 1)
    assert "1 with a file gone from its folder (scores cleared: not current)" in said
    assert "in no row of the workbook" not in said
    # the other rows are as they were
    after = _documents(book)
    assert all(after[key][INDEX] == r[INDEX] for key, r in before.items() if key != name)


@pytest.mark.parametrize("new_name", ["harbour_v2.txt", "sub/harbour.txt", "archive/2026/harbour-final.txt"])
def test_a_renamed_or_moved_file_is_named_and_can_be_followed(project, capsys, new_name):
    book = project / "book.xlsx"
    before = _documents(book)["harbour.txt"]
    target = project / "src" / new_name
    target.parent.mkdir(parents=True, exist_ok=True)
    (project / "src" / "harbour.txt").rename(target)
    rc, said = _refresh(book, capsys)
    assert rc == 2
    status = _documents(book)["harbour.txt"][STATUS]
    assert f"'src/{new_name}' holds the same text and no row names it" in status
    assert f"{new_name} (the text of the row 'harbour.txt', whose file is gone)" in said
    assert "1 file in the folder 'src' is in no row of the workbook" in said
    # the same again: nothing new to write, the Status keeps naming the file
    digest = hashlib.sha256(book.read_bytes()).hexdigest()
    assert _refresh(book, capsys)[0] == 2
    assert hashlib.sha256(book.read_bytes()).hexdigest() == digest
    # followed: the path written in the row's file cell scores it again, as before, and it is listed no more
    wb = openpyxl.load_workbook(book)
    sheet = wb[layout.DOCUMENTS]
    column = [c.value for c in sheet[1]].index("file") + 1
    for cells in sheet.iter_rows(min_row=2):
        if cells[0].value == "harbour.txt":
            cells[column - 1].value = f"src/{new_name}"
    wb.save(book)
    rc, said = _refresh(book, capsys)
    after = _documents(book)["harbour.txt"]
    assert rc == 0, said
    assert after[INDEX] == before[INDEX] and after[STATUS].startswith("scored")
    assert "in no row of the workbook" not in said


def test_a_new_file_is_listed_and_an_appended_row_scores_it(project, capsys):
    book = project / "book.xlsx"
    (project / "src" / "pool.txt").write_text(NEW_TEXT, encoding="utf-8")
    (project / "src" / "notes").mkdir()
    (project / "src" / "notes" / "tram-again.md").write_text(NEW_TEXT.replace("pool", "lido"), encoding="utf-8")
    rc, said = _refresh(book, capsys)
    assert rc == 0
    line = next(line for line in said.splitlines() if "in no row of the workbook" in line)
    assert "2 files in the folder 'src'" in line and "notes/tram-again.md, pool.txt" in line
    assert "whose file is gone" not in line and "xlplugin score src -o NEW.xlsx" in line
    wb = openpyxl.load_workbook(book)
    sheet = wb[layout.DOCUMENTS]
    column = [c.value for c in sheet[1]].index("file") + 1
    sheet.cell(sheet.max_row + 1, 1).value = "pool"
    sheet.cell(sheet.max_row, column).value = "src/pool.txt"
    wb.save(book)
    rc, said = _refresh(book, capsys)
    assert _documents(book)["pool"][INDEX] is not None
    line = next(line for line in said.splitlines() if "in no row of the workbook" in line)
    assert line.startswith("xlplugin: 1 file in the folder 'src'") and "pool.txt" not in line


def test_a_file_put_back_is_scored_again_as_before(project, capsys):
    book = project / "book.xlsx"
    before = _documents(book)["outrage.txt"]
    (project / "src" / "outrage.txt").rename(project / "outrage.txt")
    _refresh(book, capsys)
    assert _documents(book)["outrage.txt"][INDEX] is None
    _refresh(book, capsys)  # (still gone)
    assert "gave it index" in _documents(book)["outrage.txt"][STATUS]
    (project / "outrage.txt").rename(project / "src" / "outrage.txt")
    rc, said = _refresh(book, capsys)
    after = _documents(book)["outrage.txt"]
    assert rc == 0, said
    assert after[INDEX] == before[INDEX] and after[WHY] == before[WHY] and after[STATUS] == before[STATUS]
    assert "outrage.txt" in _evidence_ids(book)


def test_a_workbook_moved_away_from_its_folder_keeps_its_scores(project, tmp_path, capsys):
    away = tmp_path / "mail"
    away.mkdir()
    shutil.copy(project / "book.xlsx", away / "book.xlsx")
    before = _documents(away / "book.xlsx")
    rc, said = _refresh(away / "book.xlsx", capsys)
    assert rc == 2
    for name, row in _documents(away / "book.xlsx").items():
        assert row[INDEX] == before[name][INDEX]
        assert row[STATUS].startswith("not refreshed (file not found next to the workbook")
        assert "is not there either: the workbook was moved away from its files, or the folder was renamed or moved" in row[STATUS]
        assert "file gone" not in row[STATUS]
    assert "scores cleared" not in said and "in no row of the workbook" not in said


def test_nothing_changed_says_nothing_of_the_folder(project, capsys):
    book = project / "book.xlsx"
    digest = hashlib.sha256(book.read_bytes()).hexdigest()
    rc, said = _refresh(book, capsys)
    assert rc == 0 and "in no row of the workbook" not in said and "file gone" not in said
    assert hashlib.sha256(book.read_bytes()).hexdigest() == digest


def test_a_path_tables_folder_is_not_listed(tmp_path, capsys):
    """A table naming its files (ids of its own) may name a few files of a large folder: that
    folder's other files are not listed; a file gone from it is cleared all the same."""
    (tmp_path / "docs").mkdir()
    for name, text in TEXTS.items():
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    (tmp_path / "list.csv").write_text("id,path\nh,docs/harbour.txt\nt,docs/tram.txt\n", encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(tmp_path / "list.csv"), "-o", str(book), "-q"]) == 0
    (tmp_path / "docs" / "tram.txt").unlink()
    summary = refresh_workbook(book)
    assert summary.gone == 1 and summary.folder_notes == []
    row = _documents(book)["t"]
    assert row[INDEX] is None and row[STATUS].startswith("not scored: file gone: 'docs/tram.txt'")


def test_quiet_says_the_gone_files_apart(project, capsys):
    (project / "src" / "tram.txt").unlink()
    capsys.readouterr()
    assert main(["refresh", "-q", str(project / "book.xlsx")]) == 2
    said = capsys.readouterr().err
    assert "1 row not refreshed (1 file gone from a folder still there: scores cleared)" in said and "not found" not in said
