"""(hunt41) A workbook scored from a folder, its file cells then written another way by the user: a
path typed whole ("/home/me/news/src/tram.txt", as Explorer's "Copy as path" gives it) or from the
workbook's folder with "./" ("./src/ferry.txt"). The rows read the same files and keep their
scores, but the refresh's summary listed those files as "in no row of the workbook (added, renamed
or moved since it was scored)" and told the user to add a row for each: a second row for the same
document. A file is named by a row however its cell writes the path; a file no row names is still
listed."""

from __future__ import annotations

from workbook_helpers import scored_folder, set_document_cell

from xlplugin.cli import main

TEXTS = {
    "ferry.txt": "Ferry timetable cut for the winter\n\nThe ferry company said on Monday that the morning crossing "
                 "will run three times a day from November, after a review of passenger numbers. Its operations "
                 "manager, Ines Varga, said the summer timetable returns in April.",
    "library.txt": "Library opens on Sundays\n\nThe central library will open on Sunday afternoons from next month, "
                   "the county council said. A librarian, Paul Otieno, said the hours were asked for by students "
                   "preparing for exams.",
    "tram.txt": "Tram line reopens after upgrade\n\nThe tram line between the station and the hospital reopened on "
                "Monday after a three-month upgrade, the transport operator said. A spokeswoman said trams now run "
                "every eight minutes at peak times.",
}
UNLISTED = "in no row of the workbook"


def _write_file_cells(book, cells):
    for doc_id, value in cells.items():
        set_document_cell(book, doc_id, "file", value)


def test_a_file_named_by_another_path_is_in_a_row(tmp_path, capsys):
    src, book = scored_folder(tmp_path, TEXTS)
    _write_file_cells(book, {"tram.txt": str(src / "tram.txt"), "ferry.txt": "./src/ferry.txt"})
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    err = capsys.readouterr().err
    assert UNLISTED not in err, err
    assert "3 rows unchanged" in err  # (the same files, the same texts: nothing scored again)


def test_a_file_no_row_names_is_still_listed(tmp_path, capsys):
    """Guard: a file added to the folder is listed, beside rows whose cells write their paths whole."""
    src, book = scored_folder(tmp_path, TEXTS)
    _write_file_cells(book, {"tram.txt": str(src / "tram.txt")})
    (src / "pool.txt").write_text("Pool hours extended for summer\n\nThe town pool will stay open until 9pm from "
                                  "June, the leisure department said.", encoding="utf-8")
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    err = capsys.readouterr().err
    assert f"1 file in the folder 'src' is {UNLISTED}" in err and "pool.txt" in err
    assert "tram.txt" not in err.split(UNLISTED, 1)[1].split(";", 1)[0]
