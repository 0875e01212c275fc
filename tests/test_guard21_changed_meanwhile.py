"""(guard21) Two refreshes of one workbook at once (a scheduled job and a person), or a program that
saves the workbook while a refresh runs: the refresh that would write over a file changed since it
read it writes nothing and says so, so that no run reports a change the file does not hold. No lock
file is used, and no temporary file is left behind."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.errors import WorkbookError
from xlplugin.workbook import refresh_workbook

# Written for these tests.
CALM = ("The county library will open a second reading room in June, its director said on Monday, "
        "after the council approved the money in March.")
OTHER = ("Heavy rain closed two roads near the river on Sunday, the police said, and both reopened "
         "by the evening once the water went down.")


def _book(tmp_path: Path) -> Path:
    path = tmp_path / "in.csv"
    path.write_text(f'id,text\na1,"{CALM}"\nb2,"{OTHER}"\n', encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(path), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)  # a text edited: the refresh has a row to score
    ws = wb["Documents"]
    ws.cell(2, [c.value for c in ws[1]].index("text") + 1).value = OTHER + " " + CALM
    wb.save(book)
    return book


def _replaced_by_another_run(book: Path, other: Path) -> None:
    shutil.copy(other, book.with_name("other.tmp"))
    os.replace(book.with_name("other.tmp"), book)


def _touched(book: Path, other: Path) -> None:
    stamp = book.stat().st_mtime_ns + 2_000_000_000
    os.utime(book, ns=(stamp, stamp))


@pytest.mark.parametrize("change", [_replaced_by_another_run, _touched])
@pytest.mark.parametrize("sheet_deleted", [False, True])
def test_a_workbook_changed_while_a_refresh_ran_is_not_written_over(tmp_path, change, sheet_deleted):
    book = _book(tmp_path)
    if sheet_deleted:  # (the refresh then rebuilds the sheet in a copy first)
        wb = openpyxl.load_workbook(book)
        del wb["Overview"]
        wb.save(book)
    other = tmp_path / "other.xlsx"
    shutil.copy(book, other)
    wb = openpyxl.load_workbook(other)  # what the other run wrote: a note the user would lose
    wb["Documents"]["A20"] = "written by the other run"
    wb.save(other)
    done = []

    def meanwhile(*_args) -> None:
        if not done:
            done.append(True)
            change(book, other)

    expected_bytes = None
    with pytest.raises(WorkbookError, match="changed while this refresh ran.*nothing was written; refresh again"):
        try:
            refresh_workbook(book, progress=meanwhile)
        finally:
            expected_bytes = book.read_bytes()
    assert done
    if change is not _touched:
        assert expected_bytes == other.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx", "in.csv", "other.xlsx"]


def test_a_refresh_of_an_unchanged_workbook_still_writes(tmp_path):
    book = _book(tmp_path)
    summary = refresh_workbook(book, progress=lambda *_args: None)
    assert summary.rescored == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx", "in.csv"]


def _written_in_place_within_the_clock(book: Path, other: Path) -> None:
    """(loose22) Another program writes the workbook in place, within the time the file system's
    clock tells apart (a second or two on a shared drive or FAT): the same inode, size and time."""
    before = book.stat()
    data = bytearray(book.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4] = bytes(b ^ 0x55 for b in data[middle:middle + 4])
    with book.open("r+b") as handle:
        handle.write(data)
    os.utime(book, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (book.stat().st_ino, book.stat().st_size, book.stat().st_mtime_ns) == \
        (before.st_ino, before.st_size, before.st_mtime_ns)


def test_a_change_the_files_clock_cannot_see_is_not_written_over(tmp_path):
    book = _book(tmp_path)  # (the refresh has read every part it needs when it scores: the bytes changed are not read)
    done: list[bytes] = []

    def meanwhile(*_args) -> None:
        if not done:
            _written_in_place_within_the_clock(book, book)
            done.append(book.read_bytes())

    with pytest.raises(WorkbookError, match="changed while this refresh ran.*nothing was written"):
        refresh_workbook(book, progress=meanwhile)
    assert done and book.read_bytes() == done[0]
