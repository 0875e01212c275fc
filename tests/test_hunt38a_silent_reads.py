"""(hunt38a) Reads and refreshes that said something other than what they did.

1. A refresh that changed nothing said "refreshed BOOK" though it left the file untouched; rows
   whose file could not be found or read were counted but not named, and a refresh exited 2 every
   time for a file an earlier refresh had already reported in the row's Status.
2. A path typed in the file cell of a new row was scored from the file (its byline and outlet
   counted) while the row's title, author, date, outlet and url cells stayed blank and its file
   cell had no link, unlike a row `xlplugin score` writes.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import refreshed, table_file

from xlplugin.cli import main
from xlplugin.workbook import layout

REPORT = ("City council approves new bus routes\n\nBy Maria Lopez, March 3, 2026\n\n"
          "The city council voted 7-2 on Tuesday to add three bus routes serving the northern districts, "
          "according to minutes published by the clerk's office. Councillor James Reed said the routes would "
          "cut commute times. Transit officials said the new service would start in June.\n")
NOTICE = ("Library extends weekend hours\n\nThe central library will open on Sundays from April, the city's "
          "culture department said in a statement on Monday. Head librarian Omar Haddad said the change "
          "followed a survey of 2,000 readers. The extra hours will be paid for from the existing budget.\n")
PAGE = """<html><head><title>Harbour bridge repairs to finish in May</title>
<meta name="author" content="Tom Baker">
<meta property="og:site_name" content="Harbour Times">
<link rel="canonical" href="https://harbourtimes.example/bridge-repairs">
<meta property="article:published_time" content="2026-02-10">
</head><body><article><h1>Harbour bridge repairs to finish in May</h1>
<p>Repairs to the harbour bridge will finish in May, the regional transport agency said in a statement on
Tuesday. The agency said the work had cost 12 million euros, according to its annual report.</p>
<p>Engineer Lisa Park, who leads the project, said the new deck would last fifty years. Drivers have used
a detour since October.</p>
</article></body></html>
"""


def _folder_book(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def _add_row(book: Path, cells: dict[str, str]) -> int:
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    number = ws.max_row + 1
    for header, value in cells.items():
        ws.cell(number, headers.index(header) + 1, value)
    wb.save(book)
    return number


# --- 1. a refresh that changes nothing; files not found or unreadable named, said once ------------

def test_a_refresh_that_changes_nothing_says_the_workbook_was_left_as_it_was(tmp_path, capsys):
    book = _folder_book(tmp_path, {"a.txt": REPORT, "b.txt": NOTICE})
    before = book.read_bytes()
    code, err = refreshed(book, capsys)
    assert code == 0 and book.read_bytes() == before
    line = next(line for line in err.splitlines() if "2 rows unchanged" in line)
    assert "as it was" in line and "not written" in line, line
    assert "refreshed" not in line, line
    # a refresh that writes still says so
    (tmp_path / "docs" / "b.txt").write_text(NOTICE + "Volunteers will staff the reading room.\n", encoding="utf-8")
    code, err = refreshed(book, capsys)
    assert code == 0
    assert f"xlplugin: refreshed {book}: 1 row scored again, 1 unchanged" in err, err
    assert "as it was (nothing to change" not in err


@pytest.mark.parametrize("kind", ["not found", "unreadable", "gone from its folder"])
def test_a_file_that_cannot_be_read_is_named_and_said_once(tmp_path, capsys, kind):
    book = _folder_book(tmp_path, {"a.txt": REPORT, "b.txt": NOTICE})
    if kind == "not found":
        typed = "elsewhere/missing_report.txt"
    elif kind == "unreadable":
        typed = str(tmp_path / "scan.txt")
        (tmp_path / "scan.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 200)
    if kind == "gone from its folder":
        typed, number = "docs/b.txt", 3
        (tmp_path / "docs" / "b.txt").unlink()
    else:
        number = _add_row(book, {"id": "n1", "file": typed})
    code, err = refreshed(book, capsys)
    assert code == 2, err  # found now: a new problem
    assert f"row {number} ({typed})" in err, err
    before = book.read_bytes()
    code, err = refreshed(book, capsys)
    assert code == 0, err  # its Status said so already: nothing new
    assert f"row {number} ({typed})" in err and "already said by an earlier run" in err, err
    assert book.read_bytes() == before


def test_a_file_said_before_and_a_new_one_still_fail(tmp_path, capsys):
    book = _folder_book(tmp_path, {"a.txt": REPORT, "b.txt": NOTICE})
    _add_row(book, {"id": "n1", "file": "elsewhere/first.txt"})
    assert refreshed(book, capsys)[0] == 2
    number = _add_row(book, {"id": "n2", "file": "elsewhere/second.txt"})
    code, err = refreshed(book, capsys)
    assert code == 2, err  # the second file is new
    assert "1 already said by an earlier run" in err and f"row {number} (elsewhere/second.txt)" in err, err


# --- 2. a path typed in a new row's file cell: the file's fields and links, as `score` writes them --

def test_a_path_typed_in_a_new_row_gets_the_files_fields_and_links(tmp_path, capsys):
    book = _folder_book(tmp_path, {"c.html": PAGE})
    other = PAGE.replace("bridge", "tunnel")
    (tmp_path / "docs" / "d.html").write_text(other, encoding="utf-8")
    number = _add_row(book, {"id": "d.html", "file": "docs/d.html"})
    code, err = refreshed(book, capsys)
    assert code == 0, err
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]

    def cell(name, row=number):
        return ws.cell(row, headers.index(name) + 1)

    assert cell("title").value == "Harbour tunnel repairs to finish in May"
    assert cell("author").value == "Tom Baker"
    assert cell("outlet").value == "Harbour Times"
    assert cell("url").value == "https://harbourtimes.example/tunnel-repairs"
    assert str(cell("date").value) == str(cell("date", 2).value)
    assert "tunnel" in cell("text").value  # (scored on the page's text, shown as `score` shows it)
    assert cell("file").hyperlink is not None and cell("file").hyperlink.target == "docs/d.html"
    assert cell("url").hyperlink is not None and cell("url").hyperlink.target == "https://harbourtimes.example/tunnel-repairs"
    # the first row, as `score` wrote it, keeps its own
    assert cell("file", 2).hyperlink.target == "docs/c.html"
    assert cell("url", 2).hyperlink.target == "https://harbourtimes.example/bridge-repairs"
    # and nothing changes at the next refresh
    before = book.read_bytes()
    code, err = refreshed(book, capsys)
    assert code == 0 and book.read_bytes() == before, err


def test_a_typed_field_is_kept(tmp_path, capsys):
    book = _folder_book(tmp_path, {"c.html": PAGE})
    (tmp_path / "docs" / "d.html").write_text(PAGE.replace("bridge", "tunnel"), encoding="utf-8")
    number = _add_row(book, {"id": "d.html", "file": "docs/d.html", "author": "Desk staff"})
    assert refreshed(book, capsys)[0] == 0
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    assert ws.cell(number, headers.index("author") + 1).value == "Desk staff"
    assert ws.cell(number, headers.index("outlet") + 1).value == "Harbour Times"


def test_a_text_file_typed_in_a_new_row_gets_its_title_and_link(tmp_path, capsys):
    book = _folder_book(tmp_path, {"a.txt": REPORT})
    (tmp_path / "docs" / "b.txt").write_text(NOTICE, encoding="utf-8")
    number = _add_row(book, {"id": "b.txt", "file": "docs/b.txt"})
    assert refreshed(book, capsys)[0] == 0
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    assert ws.cell(number, headers.index("title") + 1).value == "Library extends weekend hours"
    assert ws.cell(number, headers.index("file") + 1).hyperlink.target == "docs/b.txt"



def test_a_path_typed_in_the_text_cell_of_a_workbook_of_files_is_read_from_the_file(tmp_path, capsys):
    book = _folder_book(tmp_path, {"c.html": PAGE})
    (tmp_path / "docs" / "d.html").write_text(PAGE.replace("bridge", "tunnel"), encoding="utf-8")
    number = _add_row(book, {"id": "d.html", "text": "docs/d.html"})
    missing = _add_row(book, {"id": "x", "text": "docs/nothere.html"})
    code, err = refreshed(book, capsys)
    assert code == 2, err  # (the path that names no file: refused as `score` refuses it)
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]

    def cell(name, row=number):
        return ws.cell(row, headers.index(name) + 1)

    assert cell("file").value == "docs/d.html" and cell("file").hyperlink.target == "docs/d.html"
    assert cell("text").value.startswith("Harbour tunnel repairs")  # (the page's text, not the path)
    assert (cell("title").value, cell("author").value, cell("outlet").value) == \
        ("Harbour tunnel repairs to finish in May", "Tom Baker", "Harbour Times")
    assert cell("Reliability index 0-100 (higher = more reliable)").value is not None
    assert "file's path" in cell("Status").value
    assert "looks like a file name" in cell("Status", missing).value
    before = book.read_bytes()
    code, err = refreshed(book, capsys)
    assert code == 0 and book.read_bytes() == before, err

# --- 3. two text columns, one numbered as pandas numbers a second column of one name -------------

CALM = ("The mayor said on Monday that the budget would rise by 4 percent, according to a statement from the city "
        "finance office. Officials said the increase would fund schools and roads.")
LOUD = ("Shocking scandal! Everyone knows the corrupt elites are lying to you. Obviously the disaster was caused by "
        "so-called experts who never tell the truth.")


@pytest.mark.parametrize("second", ["Text.1", "text.2"])
@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_second_text_column_numbered_by_pandas_is_refused(tmp_path, capsys, form, second):
    rows = [["id", "Text", second], ["r1", CALM, LOUD]]
    if form == "csv":
        import csv

        source = tmp_path / "two.csv"
        with source.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
    else:
        source = tmp_path / "two.xlsx"
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(source)
    out = tmp_path / "out.xlsx"
    capsys.readouterr()
    assert main(["score", str(source), "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert "2 columns could be the text column" in err and "'Text'" in err and repr(second) in err, err
    assert not out.exists()
    # named, the one asked for is read
    assert main(["score", str(source), "-o", str(out), "-q", "--text-column", second]) == 0


# --- 4. a note under a table: left out and said, not scored as a document --------------------------

NOTE = "Source: compiled by the newsroom, March 2026"


def _scored_ids(out: Path) -> list:
    ws = openpyxl.load_workbook(out)[layout.DOCUMENTS]
    return [row[0] for row in ws.iter_rows(min_row=2, values_only=True)]


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_note_under_the_table_is_left_out_and_said(tmp_path, capsys, form):
    source = table_file(tmp_path, form, [["id", "text", "outlet"], ["r1", CALM, "City Post"], ["r2", NOTICE, "Daily"],
                                     ["", "", ""], [NOTE, "", ""]])
    out = tmp_path / "out.xlsx"
    capsys.readouterr()
    assert main(["score", str(source), "-o", str(out), "-q"]) == 0
    err = capsys.readouterr().err
    # (the CSV's texts span lines: the note is on its file's last line)
    where = f"list.csv line {len(source.read_text(encoding='utf-8').splitlines())}" if form == "csv" else "sheet Sheet row 5"
    assert "1 row not read, a note under the table" in err and where in err, err
    assert _scored_ids(out) == ["r1", "r2"]
    # an id alone in the last row is a row whose text is missing, not a note
    source = table_file(tmp_path, form, [["id", "text"], ["r1", CALM], ["r2", ""]], name="no_text")
    out2 = tmp_path / "out2.xlsx"
    capsys.readouterr()
    main(["score", str(source), "-o", str(out2), "-q"])
    assert "a note under the table" not in capsys.readouterr().err
    assert _scored_ids(out2) == ["r1", "r2"]


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_note_in_the_text_column_is_left_out_but_a_short_text_is_not(tmp_path, capsys, form):
    source = table_file(tmp_path, form, [["text", "outlet"], [CALM, "City Post"], [NOTICE, "Daily"], [NOTE, ""]])
    out = tmp_path / "out.xlsx"
    capsys.readouterr()
    assert main(["score", str(source), "-o", str(out), "-q"]) == 0
    assert "a note under the table" in capsys.readouterr().err
    assert len(_scored_ids(out)) == 2
    # a short text alone in its row, in the text column, opening as no note does: a document
    short = "Council meets again on Friday to vote on the transit plan"
    source = table_file(tmp_path, form, [["text", "outlet"], [CALM, "City Post"], [short, ""]], name="short")
    out2 = tmp_path / "out2.xlsx"
    capsys.readouterr()
    assert main(["score", str(source), "-o", str(out2), "-q"]) == 0
    assert "a note under the table" not in capsys.readouterr().err
    assert len(_scored_ids(out2)) == 2


def test_a_note_typed_under_the_documents_sheet_is_not_scored_by_a_refresh(tmp_path, capsys):
    book = _folder_book(tmp_path, {"a.txt": REPORT, "b.txt": NOTICE})
    wb = openpyxl.load_workbook(book)
    wb[layout.DOCUMENTS]["A6"] = NOTE
    wb.save(book)
    code, err = refreshed(book, capsys)
    assert code == 0, err
    assert "1 row not read, a note under the table" in err and "row 6" in err, err
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    assert ws.cell(6, headers.index("Status") + 1).value is None


# --- 5. one file given twice, or under two spellings of its path: read once, and said -----------

@pytest.mark.parametrize("spelling", ["same", "dotted", "absolute", "in its folder"])
def test_a_file_given_twice_is_read_once(tmp_path, capsys, monkeypatch, spelling):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_text(NOTICE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    again = {"same": "docs/a.txt", "dotted": "./docs/../docs/a.txt", "absolute": str(folder / "a.txt"),
             "in its folder": "docs"}[spelling]
    out = tmp_path / "out.xlsx"
    capsys.readouterr()
    assert main(["score", "docs/a.txt", again, "-o", str(out), "-q"]) == 0
    err = capsys.readouterr().err
    assert "it is read once" in err, err
    ids = _scored_ids(out)
    assert ids.count("a.txt") == 1, ids
    assert len(ids) == (2 if spelling == "in its folder" else 1)


def test_a_table_given_twice_is_read_once(tmp_path, capsys):
    source = table_file(tmp_path, "csv", [["id", "text"], ["r1", CALM], ["r2", NOTICE]])
    out = tmp_path / "out.xlsx"
    capsys.readouterr()
    assert main(["score", str(source), str(source), "-o", str(out), "-q"]) == 0
    assert "is given more than once" in capsys.readouterr().err
    assert _scored_ids(out) == ["r1", "r2"]


# --- 6. "now empty" only of rows that had scores ------------------------------------------------

def test_a_row_that_never_had_text_is_not_said_to_be_now_empty(tmp_path, capsys):
    source = table_file(tmp_path, "csv", [["id", "text"], ["r1", CALM + " Critics said the plan was too costly."], ["r2", ""]])
    book = tmp_path / "book.xlsx"
    main(["score", str(source), "-o", str(book), "-q"])
    capsys.readouterr()
    assert main(["refresh", str(book), "--weight", "loaded_language=50"]) == 0  # (every row scored again)
    err = capsys.readouterr().err
    assert "now empty" not in err, err
    assert "1 row scored again, 1 unchanged" in err, err

    # a text cell emptied is still said
    wb = openpyxl.load_workbook(book)
    wb[layout.DOCUMENTS]["B2"] = None
    wb.save(book)
    code, err = refreshed(book, capsys)
    assert "1 row now empty: its scores were removed (not counted as rescored): row 2" in err, err
