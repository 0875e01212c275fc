"""`refresh BOOK.xlsx --output OTHER/NEW.xlsx` says when the new workbook's file cells name no
file from its own folder (hunt25b).

`score -o` writes each file cell as a path relative to the workbook's folder. A refresh writing
into another folder kept those paths, said "8 rows unchanged", and left a workbook whose next
refresh kept every row's earlier scores for a file not found, and whose links opened nothing.
It now says so, and what to do; beside the workbook, or from a table's rows, nothing is said.
"""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main

TEXTS = {
    "ferry": "The Kelby ferry will run twice an hour from May, the harbour board said on Tuesday, "
             "after a survey of 900 passengers found most wanted later sailings.",
    "library": "Westmoor library reopens on Saturday after a roof repair that took eight weeks, "
               "the county council said. Its head librarian, Omar Reyes, said 300 new books were bought.",
    "market": "Stall holders at Dunmere market voted to open on Sundays from June, the market "
              "association said, by 41 votes to 12, for a trial of six months.",
}


def folder_book(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "books").mkdir()
    book = tmp_path / "books" / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def refresh_err(capsys, *args, code=0):
    capsys.readouterr()
    assert main(["refresh", *map(str, args)]) == code
    return capsys.readouterr().err


def test_output_in_another_folder_says_its_files_are_not_found_from_there(tmp_path, capsys):
    book = folder_book(tmp_path)
    for other in (tmp_path / "a" / "b", tmp_path / "books" / "deeper", tmp_path):
        other.mkdir(parents=True, exist_ok=True)
        new = other / "new.xlsx"
        err = refresh_err(capsys, book, "--output", new)
        assert "3 rows unchanged" in err
        assert "new.xlsx is in another folder than book.xlsx, and 3 file cells hold a path relative" in err
        assert "score book.xlsx -o new.xlsx" in err
        # (what the line says: the new workbook's next refresh finds none of the files)
        assert "3 rows with a file that was not found" in refresh_err(capsys, new, code=2)
        new.unlink()


def test_output_where_the_paths_still_name_the_files_says_nothing(tmp_path, capsys):
    book = folder_book(tmp_path)
    (tmp_path / "elsewhere").mkdir()  # (as deep as the workbook's folder: ../texts/ferry.txt is found from both)
    for new in (book.parent / "new.xlsx", tmp_path / "elsewhere" / "new.xlsx"):
        err = refresh_err(capsys, book, "--output", new)
        assert "another folder" not in err
        assert "3 rows unchanged" in refresh_err(capsys, new)


def test_a_file_cell_that_names_a_file_from_both_folders_is_not_named(tmp_path, capsys):
    book = folder_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    col = next(c.column for c in ws[1] if c.value == "file")
    for r in range(2, ws.max_row + 1):  # (absolute paths: found from anywhere)
        ws.cell(r, col).value = str((book.parent / ws.cell(r, col).value).resolve())
    wb.save(book)
    refresh_err(capsys, book)
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert "another folder" not in refresh_err(capsys, book, "--output", tmp_path / "a" / "b" / "new.xlsx")


def test_a_table_s_rows_have_no_files_to_lose(tmp_path, capsys):
    csv = tmp_path / "rows.csv"
    csv.write_text("id,text\n" + "".join(f'{k},"{v}"\n' for k, v in TEXTS.items()), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert "another folder" not in refresh_err(capsys, book, "--output", tmp_path / "a" / "b" / "new.xlsx")
