"""A refresh tells a row's file that is gone (`missing`: the Status says where it was looked
for) from one that is there but cannot be read (`unreadable`: a binary, for one), in its counts
and in the summary line; both keep the row's earlier scores and make the command exit with 2."""

from __future__ import annotations

from xlplugin.cli import main
from xlplugin.workbook import refresh_workbook
from workbook_helpers import refresh_counts

STORY = ("The harbour board voted on Thursday to widen the north quay, its chair said in a "
         "statement. Work is due to start in the spring and to last two years.")
BINARY = b"%PDF-1.7\n\x00\x01\x02 binary stream \x00\xff\xfe"


def _folder_book(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(STORY.replace("Thursday", name[0]), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    return folder, book


def test_a_file_made_binary_counts_as_unreadable_not_missing(tmp_path):
    folder, book = _folder_book(tmp_path)
    (folder / "a.txt").write_bytes(BINARY)
    (folder / "b.txt").write_bytes(BINARY)
    (folder / "c.txt").unlink()
    summary = refresh_workbook(book)
    assert (summary.unreadable, summary.missing, summary.failed) == (2, 1, 0)


def test_the_refresh_summary_says_the_files_were_found_but_not_read(tmp_path, capsys):
    folder, book = _folder_book(tmp_path)
    (folder / "a.txt").write_bytes(BINARY)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 2
    err = capsys.readouterr().err
    assert (refresh_counts(err)["missing"], refresh_counts(err)["unreadable"]) == (0, 1)
    assert "1 row names a file that was found but could not be read" in err
    assert "could not be found" not in err
