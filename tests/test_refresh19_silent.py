"""Refresh results that changed, or did not change, without a word (session 14, refresh19):

- a workbook moved away from its files and refreshed in a folder that holds other files of the
  same names scored those files (a relative path is now looked for beside the workbook only);
- a text edited in the Read sheet stayed there beside the scores of another text (the row is now
  scored again, so the Read sheet shows its own text, and the summary says so).

The texts here are made up for these tests."""

from __future__ import annotations

import csv
import json
import shutil

import openpyxl
import pytest

from xlplugin.cli import main, refresh_notes
from xlplugin.workbook import layout, refresh_workbook

NEWS = ("The harbour board said on Tuesday that the north pier will close for repairs in May, its chief "
        "engineer told reporters. The work is planned to take six weeks, the board's report says.")
RANT = ("These lying, spineless bureaucrats wrecked our lovely harbour and everybody knows it. Nobody "
        "trusts a single word they say any more, and they should all be thrown out right now!")
OTHER = "My dog likes the beach. He runs along the sand every morning and barks at the gulls all day long."
INDEX, STATUS = layout.SCORE_HEADERS[0], layout.SCORE_HEADERS[-1]
READ_TEXT_COLUMN = 6  # (F: the Read sheet's text column)


def _rows(book):
    rows = list(openpyxl.load_workbook(book, read_only=True)[layout.DOCUMENTS].iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


# --- a workbook moved away from its files ----------------------------------------------------

def _moved_book(tmp_path, monkeypatch, how: str):
    """A folder of files scored into a workbook beside it; the workbook alone copied to another
    folder, and a third folder holding different files of the same names, where the refresh runs."""
    project, elsewhere, other = tmp_path / "project", tmp_path / "elsewhere", tmp_path / "other"
    for folder in (project / "docs", elsewhere, other / "docs"):
        folder.mkdir(parents=True)
    (project / "docs" / "one.txt").write_text(NEWS, encoding="utf-8")
    (project / "docs" / "two.txt").write_text(RANT, encoding="utf-8")
    (other / "docs" / "one.txt").write_text(OTHER, encoding="utf-8")
    (other / "docs" / "two.txt").write_text(NEWS, encoding="utf-8")
    monkeypatch.chdir(project)
    if how == "folder":
        assert main(["score", "docs", "-o", "book.xlsx", "-q"]) == 0
    else:  # (a table that names its files in a path column)
        (project / "list.csv").write_text("id,path\nr1,docs/one.txt\nr2,docs/two.txt\n", encoding="utf-8")
        assert main(["score", "list.csv", "-o", "book.xlsx", "-q"]) == 0
    shutil.copy(project / "book.xlsx", elsewhere / "book.xlsx")
    monkeypatch.chdir(other)
    return project, elsewhere / "book.xlsx"


@pytest.mark.parametrize("how", ["folder", "path column"])
def test_a_moved_workbook_never_scores_another_folders_files(tmp_path, monkeypatch, how):
    _project, book = _moved_book(tmp_path, monkeypatch, how)
    before = _rows(book)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.missing) == (0, 2)
    after = _rows(book)
    for old, new in zip(before, after):
        assert new[INDEX] == old[INDEX]  # (the scores of its own file kept)
        assert "file not found next to the workbook" in new[STATUS]
        assert str(book.parent) in new[STATUS] and str(tmp_path / "other") not in new[STATUS]
    assert any("could not be found" in line for line in refresh_notes(summary))


def test_a_workbook_moved_back_beside_its_files_is_refreshed(tmp_path, monkeypatch):
    project, book = _moved_book(tmp_path, monkeypatch, "path column")
    refresh_workbook(book)  # (missing: kept)
    shutil.copy(book, project / "back.xlsx")
    summary = refresh_workbook(project / "back.xlsx")  # (from the other folder still)
    assert summary.missing == 0 and summary.rescored + summary.unchanged == 2
    assert all("not found" not in row[STATUS] for row in _rows(project / "back.xlsx"))


def test_an_absolute_path_is_read_wherever_the_workbook_is(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "one.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "list.csv").write_text("id,path\nr1,docs/one.txt\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["score", "list.csv", "-o", "book.xlsx", "-q"]) == 0
    wb = openpyxl.load_workbook(tmp_path / "book.xlsx")
    sheet = wb[layout.DOCUMENTS]
    sheet.cell(2, [c.value for c in sheet[1]].index("path") + 1).value = str(tmp_path / "docs" / "one.txt")
    (tmp_path / "away").mkdir()
    wb.save(tmp_path / "away" / "book.xlsx")
    monkeypatch.chdir(tmp_path / "away")
    summary = refresh_workbook(tmp_path / "away" / "book.xlsx")
    assert (summary.missing, summary.rescored + summary.unchanged) == (0, 1)


# --- a text edited in the Read sheet -----------------------------------------------------------

LONG = " ".join(f"The council said on day {n} that the road works near the old mill would go on, its engineer "
                "told the local paper." for n in range(60))  # (longer than the Read sheet shows: cut there)
TEXTS = {
    "news": NEWS,
    "rant": RANT,
    "long": LONG,
    "marks": "Crime rose by 40 per cent last year. Taxes will double next spring. Everyone agrees.",
    "xml": 'Prices at the "Fish & Chips" shop rose <10% in May, the owner said on Friday.\r\nSales held.',
    "foreign": "Der Gemeinderat hat am Dienstag beschlossen, die Brücke im Mai zu reparieren, sagte der Bürgermeister.",
    "bracket": "[Update]\nThe harbour board said on Tuesday that the north pier will reopen in June.",
}


def _scored(tmp_path, saved_by_openpyxl: bool):
    table = tmp_path / "docs.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        writer.writerows(TEXTS.items())
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    if saved_by_openpyxl:  # (Read cells become shared strings, as Excel or LibreOffice save them)
        wb = openpyxl.load_workbook(book)
        wb.save(book)
    return book


def _read_cell(wb, doc_id):
    sheet = wb["Read"]
    for row in sheet.iter_rows():
        if any(cell.value == doc_id for cell in row[:3]):
            return row[READ_TEXT_COLUMN - 1]
    raise AssertionError(doc_id)


@pytest.mark.parametrize("saved_by_openpyxl", [False, True])
def test_a_read_sheet_as_written_is_not_taken_for_an_edit(tmp_path, saved_by_openpyxl):
    book = _scored(tmp_path, saved_by_openpyxl)
    summary = refresh_workbook(book)
    assert (summary.read_edited, summary.rescored, summary.unchanged) == (0, 0, len(TEXTS))


@pytest.mark.parametrize("saved_by_openpyxl", [False, True])
@pytest.mark.parametrize("doc_id", ["news", "rant", "long"])
def test_a_text_edited_in_the_read_sheet_is_put_back_and_said(tmp_path, saved_by_openpyxl, doc_id):
    book = _scored(tmp_path, saved_by_openpyxl)
    before = {row["id"]: row for row in _rows(book)}
    wb = openpyxl.load_workbook(book)
    cell = _read_cell(wb, doc_id)
    cell.value = "The school board met on Thursday and agreed the new budget, its chair said."
    wb.save(book)
    summary = refresh_workbook(book)
    assert (summary.read_edited, summary.rescored, summary.unchanged) == (1, 1, len(TEXTS) - 1)
    assert any("edited in the Read sheet" in line and "edit a text in the Documents sheet" in line
               for line in refresh_notes(summary))
    shown = str(_read_cell(openpyxl.load_workbook(book), doc_id).value)
    assert shown.replace("\u25b2 ", "").startswith(TEXTS[doc_id][:60])  # (less the marks before unsourced sentences)
    after = {row["id"]: row for row in _rows(book)}
    assert after[doc_id][INDEX] == before[doc_id][INDEX]  # (scored from its Documents text, as before)
    assert refresh_workbook(book).rescored == 0  # (and once put back, left alone)


# --- a CSV file with a title above its header --------------------------------------------------

@pytest.mark.parametrize("separator", [",", ";", "\t"])
@pytest.mark.parametrize("above", [["Export from the press desk"], ["Harbour news", "30/11/2026", ""],
                                   ['sep=SEP', "Weekly export"]])
def test_a_csv_title_above_the_header_is_left_out(tmp_path, capsys, separator, above):
    lines = [line.replace("SEP", separator) for line in above] + [
        separator.join(["id", "headline", "text"]),
        separator.join(["n1", "Pier", f'"{NEWS}"']),
        separator.join(["n2", "Rant", f'"{RANT}"']),
        separator.join(["n3", "Odd", "42"])]  # (a number: not text, named by its line)
    table = tmp_path / "list.csv"
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["score", str(table), "--json", "-q"]) == 2  # (n3 is not text)
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["id"] for row in rows] == ["n1", "n2", "n3"]
    assert [row.get("text") for row in rows[:2]] == [NEWS, RANT]
    assert f"line {len(above) + 4}" in json.dumps(rows[2])  # (the file's own line number)


def test_a_csv_with_no_text_column_near_the_top_is_still_refused(tmp_path, capsys):
    table = tmp_path / "list.csv"
    table.write_text("\n".join(["note"] * 12 + ["id,text", f'n1,"{NEWS}"']) + "\n", encoding="utf-8")
    assert main(["score", str(table), "--json", "-q"]) == 2
    assert "no text column found" in capsys.readouterr().err


# --- a file path given to an Excel function ---------------------------------------------------

@pytest.mark.parametrize("path", ["/tmp/harbour/pier.txt", "C:\\Users\\me\\news\\pier.txt", "pier_report.docx",
                                  "/home/me/news/today", "D:\\press\\week 48\\harbour.html"])
def test_excel_functions_say_of_a_file_path_what_score_says(tmp_path, capsys, path):
    from xlplugin.excel import functions

    table = tmp_path / "list.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "text"], ["r1", path]])
    main(["score", str(table), "--json", "-q"])
    said = json.loads(capsys.readouterr().out.splitlines()[0])["error"]
    assert said.startswith("column text: ")
    said = said[len("column text: "):]
    assert functions.reliability(path) == said
    assert functions.signal("sentiment", path) == said
    assert functions.reliability([[path], [NEWS]])[0] == [said]
    assert isinstance(functions.reliability([[path], [NEWS]])[1][0], float)  # (the other cell scored)


# --- two columns with a text column's name ------------------------------------------------------

@pytest.mark.parametrize("headers, read, unread", [
    (["id", "body", "text"], "text", ["body"]),
    (["id", "Article text", "Content", "Story"], "Content", ["Article text", "Story"]),
    (["id", "text"], "text", []),
])
@pytest.mark.parametrize("as_workbook", [False, True])
def test_the_summary_says_which_text_column_was_read(tmp_path, capsys, headers, read, unread, as_workbook):
    rows = [headers] + [[f"n{n}"] + [story] * (len(headers) - 1) for n, story in enumerate((NEWS, RANT), start=1)]
    if as_workbook:
        table = tmp_path / "list.xlsx"
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(table)
    else:
        table = tmp_path / "list.csv"
        with table.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
    assert main(["score", str(table), "--json", "-q"]) == 0
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if "the texts were read from the column" in line]
    if not unread:
        assert said == []
        return
    assert len(said) == 1 and f"column {read!r}" in said[0] and "--text-column" in said[0]
    assert all(repr(name) in said[0] for name in unread)
    assert main(["score", str(table), "--json", "-q", "--text-column", unread[0]]) == 0
    assert "the texts were read from" not in capsys.readouterr().err  # (named by the user: nothing to say)


def test_score_names_every_row_read_from_the_folder_it_ran_in(tmp_path, monkeypatch, capsys):
    project, other = tmp_path / "project", tmp_path / "other"
    (project / "docs").mkdir(parents=True)
    (other / "docs").mkdir(parents=True)
    (project / "docs" / "one.txt").write_text(NEWS, encoding="utf-8")
    for name in ("two.txt", "three.txt"):
        (other / "docs" / name).write_text(OTHER, encoding="utf-8")
    (project / "list.csv").write_text("id,path\nr1,docs/one.txt\nr2,docs/two.txt\nr3,docs/three.txt\n", encoding="utf-8")
    monkeypatch.chdir(other)
    assert main(["score", str(project / "list.csv"), "--json", "-q"]) == 0
    said = [line for line in capsys.readouterr().err.splitlines() if "from the folder you ran in" in line]
    assert len(said) == 1 and said[0].startswith("xlplugin: 2 rows read their files from the folder you ran in")
    assert "line 3" in said[0] and "line 4" in said[0] and "line 2" not in said[0]
