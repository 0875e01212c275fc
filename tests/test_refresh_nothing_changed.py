"""A refresh that finds nothing changed leaves the file as it was, byte for byte, also when some
rows could not be read (a text cell holding a number, a file that is gone): their Status is
already what the refresh would write."""

from __future__ import annotations

import hashlib
from pathlib import Path

from xlplugin.cli import main
from xlplugin.workbook import refresh_workbook

STORY = ("The bus company said on Friday that two night routes would run again from June, according "
         "to its timetable. Drivers told reporters the routes had been missed by shift workers.")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_rows_that_cannot_be_read_do_not_make_a_refresh_rewrite_the_file(tmp_path):
    table = tmp_path / "list.csv"
    table.write_text(f'id,text\nr1,"{STORY}"\nr2,12345\nr3,TRUE\nr4,n/a\n', encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 2  # (rows not read)
    before = _digest(book)
    summary = refresh_workbook(book)
    assert (summary.unchanged, summary.failed, summary.rescored) == (1, 3, 0)
    assert _digest(book) == before


def test_a_row_whose_file_is_still_gone_does_not_make_a_refresh_rewrite_the_file(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.replace("Friday", "Monday"), encoding="utf-8")
    (tmp_path / "list.csv").write_text("id,path\nd1,a.txt\nd2,b.txt\n", encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(tmp_path / "list.csv"), "-o", str(book), "-q"]) == 0
    (tmp_path / "b.txt").unlink()
    first = refresh_workbook(book)  # the Status now says where the file was looked for
    assert first.missing == 1
    after_first = _digest(book)
    second = refresh_workbook(book)
    assert second.missing == 1
    assert _digest(book) == after_first
