"""Every cell of a workbook's text column is a document or a clear problem for its own row: a
number, a date, a time, TRUE/FALSE or an error value in the text column is not scored and its
Status says why (the same reading as the Excel functions and the refresh: `cells.cell_to_text`);
rich text is its plain text; one odd row never stops the others. Ids, titles and outlets that
hold numbers or dates are read as a person reads them (`cells.cell_display`)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from xlplugin.cells import cell_display, cell_to_text
from xlplugin.inputs import Problem, Record, read_paths

from samples import CALM_REPORT
from workbook_helpers import refresh_counts

RICH = CellRichText(["The council ", TextBlock(InlineFont(b=True), "approved"),
                     " the budget on Tuesday by seven votes to two. The plan adds two new bus routes from early March, the mayor said."])
RICH_TEXT = ("The council approved the budget on Tuesday by seven votes to two. The plan adds two new bus routes "
             "from early March, the mayor said.")

# (id, title, outlet, text cell) as a user's sheet may hold them; what a person reads in the id
# cell; and the Status the row must get ("scored" for the ones that are scored).
ROWS = [
    ("a1", "Budget", "Daily Post", CALM_REPORT, "a1", "scored"),
    (7, 2024, 42, 3, "7", "not scored: column Body: not text: a number"),
    (2.5, "Half", "Post", 2.5, "2.5", "not scored: column Body: not text: a number"),
    (dt.datetime(2024, 1, 31), dt.date(2024, 2, 1), "Post", dt.datetime(2024, 1, 31), "2024-01-31", "not scored: column Body: not text: a date"),
    ("t1", "Time", "Post", dt.time(14, 30), "t1", "not scored: column Body: not text: a time"),
    ("b1", "Flag", "Post", True, "b1", "not scored: column Body: not text: a TRUE/FALSE value"),
    ("e1", "Error", "Post", "#N/A", "e1", "not scored: column Body: error value #N/A in the cell (a formula that failed: fix it, or type the text in its place)"),
    ("r1", "Rich", "Post", RICH, "r1", "scored"),
    ("e2", "Empty", "Post", None, "e2", "not scored: empty"),  # (status45: "(no text)" is in its Why)
    ("a9", "After the odd rows", "Post", CALM_REPORT + " The vote was the last of the year.", "a9", "scored"),
]


@pytest.fixture
def book(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Articles"
    ws.append(["id", "title", "outlet", "Body"])
    for doc_id, title, outlet, text, *_ in ROWS:
        ws.append([doc_id, title, outlet, text])
    assert ws["D8"].data_type == "e"  # a real error value, as Excel stores #N/A
    path = tmp_path / "mixed.xlsx"
    wb.save(path)
    return path


def test_score_reads_every_kind_of_cell_and_writes_every_row(book, tmp_path):
    out = tmp_path / "scored.xlsx"
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(book), "--text-column", "Body",
                           "--json", "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    # rows that could not be read are listed (exit 2, as for any unreadable input); the rest are scored
    assert done.returncode == 2, done.stderr
    assert any(line.startswith("xlplugin: not scored: id ") and f"({book} sheet Articles row 3): column Body: not text: a number; "
               "the row is kept" in line for line in done.stderr.splitlines()), done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    scored = {row["id"]: row for row in lines if not row["error"]}  # (calls21: "error" null where read)
    errors = {row["id"]: row["error"] for row in lines if row["error"]}
    assert set(scored) == {"a1", "r1", "e2", "a9"}
    assert set(errors) == {"7", "2.5", "2024-01-31", "t1", "b1", "e1"}
    assert scored["r1"]["word_count"] == len(RICH_TEXT.split()) and scored["r1"]["reliability"] is not None
    assert scored["a1"]["title"] == "Budget" and scored["a1"]["outlet"] == "Daily Post"
    assert scored["e2"]["note"] == "not scored: empty (no text)"

    ws = openpyxl.load_workbook(out, read_only=True)["Documents"]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    status = header.index("Status")
    assert len(rows) == 1 + len(ROWS)
    for (doc_id, _title, _outlet, _text, _read_id, expected), row in zip(ROWS, rows[1:]):
        assert row[status].startswith(expected), (doc_id, row[status])
        assert (row[header.index("Reliability index 0-100 (higher = more reliable)")] is not None) == (expected == "scored")
    # the user's own cells are written back as they were (a number stays a number)
    assert rows[2][header.index("id")] == 7 and rows[2][header.index("Body")] == 3

    # a refresh reads the rows as score did: nothing changed, the odd rows are counted as rows
    # that could not be scored (not as missing files), and the scores stay as they are; the exit
    # code is 0: score already reported those rows, and this refresh found nothing new (it says so)
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "refresh", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "already said by an earlier run" in done.stderr, done.stderr
    counts = refresh_counts(done.stderr)
    assert [counts[k] for k in ("rescored", "unchanged", "appended", "failed", "missing")] == [0, 4, 0, 6, 0]
    after = list(openpyxl.load_workbook(out, read_only=True)["Documents"].iter_rows(values_only=True))
    assert [row[:status] for row in after[1:]] == [row[:status] for row in rows[1:]]
    for (doc_id, *_, expected), row in zip(ROWS, after[1:]):
        if isinstance(doc_id, dt.datetime) or doc_id == "t1":
            # The refresh reads a cell without its number format, so it sees a date or a time as
            # the number Excel stores; the row is still not scored, for the same reason in short.
            assert row[status].startswith("not scored: column Body: not text: a "), row[status]
        else:
            assert row[status].startswith(expected), (doc_id, row[status])


def test_ids_titles_and_outlets_are_read_as_a_person_reads_them(book):
    items = list(read_paths([str(book)], "Body"))
    assert [item.id for item in items] == [read_id for *_, read_id, _ in ROWS]
    by_id = {item.id: item for item in items}
    assert isinstance(by_id["r1"], Record) and by_id["r1"].text == RICH_TEXT
    assert isinstance(by_id["7"], Problem) and by_id["7"].columns["Body"] == 3
    # a number in the title or outlet column of a row that is scored
    wb = openpyxl.Workbook()
    wb.active.append(["id", "title", "outlet", "url", "date", "text"])
    wb.active.append([1001, 2024, 42, 7, dt.datetime(2024, 1, 31, 14, 30), CALM_REPORT])
    path = book.with_name("numbers.xlsx")
    wb.save(path)
    [record] = read_paths([str(path)])
    # (loose24) a bare number names no outlet and no web address: read as none, the Status says so
    assert (record.id, record.title, record.outlet, record.url, record.date) == ("1001", "2024", "", "", "2024-01-31 14:30")


@pytest.mark.parametrize(
    "value, shown",
    [
        (3, "3"), (2.5, "2.5"), (3.0, "3"), (-0.125, "-0.125"), (1e16, "1E+16"), (True, "TRUE"), (False, "FALSE"),
        (dt.datetime(2024, 1, 31), "2024-01-31"), (dt.datetime(2024, 1, 31, 14, 30), "2024-01-31 14:30"),
        (dt.datetime(2024, 1, 31, 14, 30, 5), "2024-01-31 14:30:05"), (dt.date(2024, 1, 31), "2024-01-31"),
        (dt.time(14, 30), "14:30"), ("#N/A", "#N/A"), (None, ""), ("  text  ", "  text  "),
    ],
)
def test_cell_display(value, shown):
    assert cell_display(value) == shown


def test_cell_to_text_names_dates_and_times_in_words():
    assert cell_to_text(dt.datetime(2024, 1, 31)) == (None, "not text: a date")
    assert cell_to_text(dt.date(2024, 1, 31)) == (None, "not text: a date")
    assert cell_to_text(dt.time(14, 30)) == (None, "not text: a time")
    assert cell_to_text(dt.timedelta(hours=1)) == (None, "not text: a duration")


# Text cells that name a file (not scored: the Status says to use a path column), and prose that
# merely mentions one (scored as any text).
FILE_NAME_CELLS = [
    "C:\\Users\\me\\Documents\\wire_report.txt",
    "wire_report.txt",
    "  notes.DOCX ",
    "D:/archive/2024/march/budget story.md",
    "/home/me/news/council-vote.html",
    "\\\\fileserver\\press\\statement.pdf",
    "~/Downloads/article.htm",
]
PROSE_MENTIONING_FILES = [
    "The full minutes are in council_minutes.pdf, the clerk said on Monday.",
    "See report.txt for the rest of the story and the figures behind it.",
    "Rents rose in Porto and Lisbon and/or in the towns around them, the survey found.",
    # (a cell holding only a web address is no text either: test_inputs_not_text; prose naming one is)
    "The full story is at https://example.org/news/story.html, the council said.",
]


@pytest.mark.parametrize("cell", FILE_NAME_CELLS)
def test_a_file_name_in_the_text_column_is_not_scored_and_says_where_it_belongs(tmp_path, cell):
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "text"], ["f1", cell]])
    [item] = read_paths([str(path)])
    assert isinstance(item, Problem) and item.kind == "cell"
    assert item.message == ("column text: looks like a file name, not a text: put it in a column named path "
                            "or file to read the file")


@pytest.mark.parametrize("cell", PROSE_MENTIONING_FILES)
def test_prose_that_mentions_a_file_is_scored(tmp_path, cell):
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "text"], ["p1", cell]])
    [item] = read_paths([str(path)])
    assert isinstance(item, Record) and item.text == cell


def test_a_text_cell_with_a_formula_and_no_saved_value_says_so(tmp_path):
    # openpyxl saves a formula without its value (only a spreadsheet application works it out)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "Body"])
    ws.append(["h1", '=HYPERLINK("x")'])
    ws.append(["a1", CALM_REPORT])
    ws.append(["e1", None, "(an empty text cell beside a filled one: still empty, not a formula)"])
    path = tmp_path / "made_by_a_program.xlsx"
    wb.save(path)
    items = {item.id: item for item in read_paths([str(path)])}
    assert isinstance(items["h1"], Problem) and items["h1"].kind == "cell"
    assert items["h1"].message == ("column Body: a formula with no saved value (open and save the workbook "
                                   "in Excel or LibreOffice first)")
    assert items["h1"].columns["Body"] is None  # (written back as an empty cell, never the marker)
    assert isinstance(items["a1"], Record) and items["a1"].text == CALM_REPORT
    assert isinstance(items["e1"], Record) and items["e1"].text == ""
