"""(hunt26b) A text cell holding a web page gives its own title, address, outlet, author and date.
A workbook row takes each into its blank cell of that column (`inputs._html_cell_read`); the
Excel functions took none, so a formula given the row's blank title, url, outlet, author and
published cells scored the page as having no author or outlet: a lower provenance and index
than the workbook's for the same row. An argument given (blank cells too) now stands for that
column, as the functions' docstring promises; one left out is a column the sheet lacks."""

from __future__ import annotations

import json

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.excel import functions as f

# Fresh pages written for these tests.
REPORT_A = ("The ferry company cut its winter timetable on Friday, a spokesperson said. Crossings will run every two "
            "hours instead of every hour, according to the company's notice to passengers.")
REPORT_B = ("Rainfall in the valley was the lowest for thirty years, the weather service said on Tuesday. Farmers "
            "have been told to expect limits on water from the reservoir in April, the water board said.")
REPORT_C = ("A former mill on the river is to become forty flats, the planning committee decided on Wednesday. The "
            "developer agreed to keep the mill's brick chimney, committee chair Ruth Adeyemi said.")


def _page(title: str, site: str, author: str, address: str, paragraphs: str, date: str = "2025-05-06") -> str:
    return (f"<!DOCTYPE html><html><head><title>{title} | {site}</title><meta name='author' content='{author}'>"
            f"<meta property='og:site_name' content='{site}'><link rel='canonical' href='{address}'>"
            f"<meta property='article:published_time' content='{date}T08:00:00Z'></head><body><nav>Home News</nav>"
            f"<article><h1>{title}</h1><p>{paragraphs}</p><p>Readers can write to the desk with questions.</p>"
            "</article><footer>All rights reserved</footer></body></html>")


PAGES = [
    _page("Ferry timetable cut", "Island Courier", "Maya Lund", "https://islandcourier.example/ferry", REPORT_A),
    _page("Driest spring in thirty years", "Valley Times", "Omar Haddad", "https://valleytimes.example/rain", REPORT_B),
    _page("Mill to become flats", "River Gazette", "Ruth Park", "https://rivergazette.example/mill", REPORT_C),
]
HEADERS = ["text", "title", "url", "outlet", "author", "published"]


def _workbook_results(tmp_path, capsys, headers, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(headers)
    for row in rows:
        ws.append(list(row))
    path = tmp_path / "pages.xlsx"
    wb.save(path)
    main(["score", "--json", "-q", str(path)])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _numbers(record):
    return [record["reliability"]] + [record["signals"][k]["value"] for k in (
        "sentiment", "loaded_language", "unsourced_claims", "provenance", "readability", "source_rating")]


def _row_numbers(row):
    return [None if value == "" else value for value in row[:7]]


@pytest.mark.parametrize("columns", [HEADERS[1:], ["outlet", "author"], ["title", "url"], ["published"]])
def test_blank_argument_cells_take_the_pages_fields_as_the_workbook_does(tmp_path, capsys, columns):
    records = _workbook_results(tmp_path, capsys, ["text"] + columns, [[page] + [None] * len(columns) for page in PAGES])
    blank = [[None] for _ in PAGES]
    arguments = {name: (blank if name in columns else None) for name in HEADERS[1:]}
    rows = f.scores([[page] for page in PAGES], False, *arguments.values())
    for record, row in zip(records, rows):
        assert _row_numbers(row) == _numbers(record)
        assert row[-1] == "scored; " + record["note"] if record["note"] else row[-1].startswith("scored")


def test_the_pages_author_and_outlet_now_count():
    blank = [[None] for _ in PAGES]
    with_cells = [row[4] for row in f.scores([[page] for page in PAGES], False, blank, blank, blank, blank, blank)]
    without = [row[4] for row in f.scores([[page] for page in PAGES])]
    # (hunt38b) arguments left out take the page's own too, as `score` adds a sheet the columns it lacks
    assert with_cells == without


def test_a_page_with_no_arguments_is_read_as_a_sheet_with_only_a_text_column(tmp_path, capsys):
    records = _workbook_results(tmp_path, capsys, ["text"], [[page] for page in PAGES])
    for page, record in zip(PAGES, records):
        assert _row_numbers(f.scores(page)[0]) == _numbers(record)
        assert f.reliability(page) == record["reliability"]


def test_given_cells_are_kept_over_the_pages_fields(tmp_path, capsys):
    given = [["Own headline", "https://elsewhere.example/x", "Elsewhere Weekly", "Ann Lee", "2024-02-03"],
             ["Second headline", None, "NA", None, None],
             [None, None, None, "Kim Ito", None]]
    records = _workbook_results(tmp_path, capsys, HEADERS, [[page] + cells for page, cells in zip(PAGES, given)])
    rows = f.scores([[page] for page in PAGES], False, *([[row[k]] for row in given] for k in range(5)))
    for record, row in zip(records, rows):
        assert _row_numbers(row) == _numbers(record)
    assert records[0]["outlet"] == "Elsewhere Weekly" and records[2]["author"] == "Kim Ito"
    assert records[1]["outlet"] == "Valley Times"  # (a placeholder is no outlet: the page's fills it)


def test_plain_text_cells_are_unchanged_by_blank_arguments():
    texts = [[REPORT_A], [REPORT_B], [REPORT_C]]
    blank = [[None]] * 3
    assert f.scores(texts, False, blank, blank, blank, blank, blank) == f.scores(texts)
