"""Three places where the workbook paths misled: a refresh read an Excel table's totals row as a
document (or refused it for its SUBTOTAL), the Dask path left a totals row out without saying so,
and an outlet of the user's ratings table was named in lower case (its key) wherever a user reads
it. The texts and names here are made up for these tests."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table

from xlplugin import Settings
from xlplugin.cli import main
from xlplugin.scorers import source_rating
from xlplugin.text import prepare
from xlplugin.workbook import layout, refresh_workbook
from workbook_helpers import refresh_counts

STORIES = [
    "The ferry company said on Monday that the winter timetable will start a week early, its "
    "operations manager told the town council. Two crossings a day will be cut until March.",
    "The library reopened its reading room after a roof repair, the council's property officer said. "
    "The work took nine weeks and cost less than the board had planned, according to its report.",
]
TOTALS_LINE = "1 row not read, a table's totals row (Table Design > Total Row), not a document"
INDEX, STATUS = layout.SCORE_HEADERS[0], layout.SCORE_HEADERS[-1]


def _csv(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _scored_book(tmp_path):
    table = _csv(tmp_path / "docs.csv", ["id", "text"], [[f"s{n}", story] for n, story in enumerate(STORIES, start=1)])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def _as_table_with_total_row(book, subtotal: bool) -> int:
    """The Documents sheet turned into an Excel table with a Total Row, as Table Design > Total Row
    makes it ("Total" in the first column; with `subtotal`, the index column's mean); its row."""
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [cell.value for cell in ws[1]]
    row = ws.max_row + 1
    ws.cell(row, 1).value = "Total"
    if subtotal:
        ws.cell(row, header.index(INDEX) + 1).value = f"=SUBTOTAL(101,Docs[{INDEX}])"
    ws.auto_filter.ref = None  # (Excel takes the sheet's filter off when a range becomes a table)
    table = Table(displayName="Docs", ref=f"A1:{get_column_letter(len(header))}{row}", totalsRowCount=1)
    table._initialise_columns()
    ws.add_table(table)
    wb.save(book)
    return row


def _sheet_rows(book):
    ws = openpyxl.load_workbook(book, read_only=True)[layout.DOCUMENTS]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:]]


# --- 1. refresh: a table's totals row is not a document ---------------------------------------

@pytest.mark.parametrize("subtotal", [False, True])
def test_refresh_leaves_a_tables_totals_row_out_and_says_so(tmp_path, capsys, subtotal):
    book = _scored_book(tmp_path)
    row = _as_table_with_total_row(book, subtotal)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0  # (not refused for the SUBTOTAL in the index column)
    err = capsys.readouterr().err
    assert f"{TOTALS_LINE}: {book} sheet {layout.DOCUMENTS} row {row}" in err
    assert refresh_counts(err)["appended"] == 0
    total = _sheet_rows(book)[-1]
    assert total["id"] == "Total" and total[STATUS] is None  # its cells untouched
    assert total[INDEX] == (f"=SUBTOTAL(101,Docs[{INDEX}])" if subtotal else None)


def test_refresh_scores_rows_added_above_the_totals_row(tmp_path):
    book = _scored_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    ws.append(["s3", "Volunteers planted four hundred trees along the river path on Saturday, the park trust "
                     "said in a statement. The trust plans a second day of planting in the autumn, its director said."])
    wb.save(book)
    row = _as_table_with_total_row(book, subtotal=True)
    summary = refresh_workbook(book)
    assert summary.appended == 1 and [s.path for s in summary.not_documents] == [f"{book} sheet {layout.DOCUMENTS} row {row}"]
    rows = _sheet_rows(book)
    assert rows[2]["id"] == "s3" and rows[2][INDEX] is not None and rows[3][STATUS] is None


# --- 2. the Dask path says the totals rows it leaves out ---------------------------------------

def _table_book(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    ws.append(["id", "text", "words"])
    for number, story in enumerate(STORIES, start=1):
        ws.append([f"n{number}", story, len(story.split())])
    ws.append(["Total", "=SUBTOTAL(103,Stories[text])", "=SUBTOTAL(109,Stories[words])"])
    table = Table(displayName="Stories", ref="A1:C4", totalsRowCount=1)
    table._initialise_columns()
    ws.add_table(table)
    wb.save(path)


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0")
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_says_a_tables_totals_row_as_score_does(tmp_path, capsys, client):
    import pyarrow.parquet as pq

    book = tmp_path / "mine.xlsx"
    _table_book(book)
    out = tmp_path / "scored"
    assert main(["score", str(book), "--engine", "dask", "--scheduler", client.scheduler.address, "-o", str(out), "-q"]) == 0
    err = capsys.readouterr().err
    assert f"xlplugin: {TOTALS_LINE}: {book} sheet Notes row 4" in err  # (said with -q too, as score says it)
    part = pq.read_table(out / "part.00000.parquet")
    assert part.column("id").to_pylist() == ["n1", "n2"]
    assert b"xlplugin.not_read" not in (part.schema.metadata or {})  # (said, not written into the part)

    from xlplugin.dask import score_files

    summary = score_files([str(book)], tmp_path / "again", client=client)
    assert summary.not_read == [f"{TOTALS_LINE}: {book} sheet Notes row 4"]


# --- 3. an outlet named as the ratings table wrote it ------------------------------------------

def _rated(tmp_path, outlet_in_docs="The Daily Ledger"):
    docs = _csv(tmp_path / "docs.csv", ["id", "outlet", "text"],
                [["s1", outlet_in_docs, STORIES[0]], ["s2", "Harbour Gazette", STORIES[1]]])
    ratings = tmp_path / "ratings.csv"
    ratings.write_text("outlet,rating,rater\nThe Daily Ledger,0.8,Press Desk\nNews.Example.org,0.4,Press Desk\n",
                       encoding="utf-8")
    return docs, ratings


def test_json_and_why_name_the_outlet_as_the_ratings_file_wrote_it(tmp_path, capsys):
    docs, ratings = _rated(tmp_path, outlet_in_docs="THE DAILY LEDGER")  # (matching stays case-insensitive)
    assert main(["score", str(docs), "--ratings", str(ratings), "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    signal = first["signals"]["source_rating"]
    assert signal["value"] == 0.8
    assert signal["note"] == "The Daily Ledger: rated 0.8 by Press Desk (your table; at or above 0.692: no cost)"
    assert signal["details"]["matched"] == "The Daily Ledger"
    assert "source The Daily Ledger rated 0.8 of 1 by Press Desk" in first["why"]
    assert "the daily ledger" not in json.dumps(first)


def test_the_workbook_and_its_refresh_name_the_outlet_as_typed(tmp_path, capsys):
    docs, ratings = _rated(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(docs), "--ratings", str(ratings), "-o", str(book), "-q"]) == 0
    assert "source The Daily Ledger rated 0.8" in _sheet_rows(book)[0]["Why"]
    wb = openpyxl.load_workbook(book)
    sources = wb[layout.SOURCES]
    for row in range(2, sources.max_row + 1):
        if sources.cell(row, 1).value == "The Daily Ledger":
            sources.cell(row, 2).value = 0.6
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    err = capsys.readouterr().err
    assert "Sources The Daily Ledger 0.8 → 0.6" in err and "the daily ledger" not in err
    assert "The Daily Ledger rated 0.6 of 1" in _sheet_rows(book)[0]["Why"]


def test_a_web_site_is_named_by_its_key_and_names_change_no_digest():
    typed = Settings().with_ratings({"The Daily Ledger": (0.8, "Desk"), "News.Example.org": (0.4, "Desk")})
    plain = Settings().with_ratings({"the daily ledger": (0.8, "Desk"), "news.example.org": (0.4, "Desk")})
    assert typed.digest() == plain.digest() and typed == plain  # (how a name is typed changes no score)
    site = source_rating.score(prepare("A short text.", url="https://news.example.org/a"), typed)
    assert site.details["matched"] == "news.example.org"
    outlet = source_rating.score(prepare("A short text.", outlet="the daily ledger"), typed)
    assert outlet.details["matched"] == "The Daily Ledger"
    assert source_rating.score(prepare("A short text.", outlet="the daily ledger"), plain).details["matched"] \
        == "the daily ledger"
