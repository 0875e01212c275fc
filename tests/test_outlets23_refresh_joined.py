"""(outlets23) A ratings row that gives a web site and an outlet's name rates both and says they
are one outlet: `score -o` showed their documents as one row of the Outlets sheet, but the
Sources sheet wrote the two as two rows, so a refresh (which reads the Sources sheet, not the
ratings file) showed them apart. The Sources sheet now keeps them in one row (the name in column
D), and a refresh gives the same Outlets sheet as a fresh score of the same rows; a name typed into
column D beside a site joins them at a refresh too. A name on a row of its own stays apart."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from xlplugin.cli import main, read_ratings
from xlplugin.workbook import layout
from xlplugin.workbook.outlets import HEADER_ROW, OUTLETS
from xlplugin.workbook.reader import read_settings

from workbook_helpers import set_document_cell

# Written for these tests.
TEXTS = {
    "a": "The harbour board agreed on Monday to dredge the east channel before the autumn storms, its chair, "
         "Lena Ortiz, told members, after two boats ran aground there in a month.",
    "b": "The county's libraries will lend tools from next spring, the library service said, after a trial in "
         "three branches lent more than four hundred drills, saws and ladders in six months.",
    "c": "A new footbridge over the river will open in July, the engineers building it said on Thursday, a "
         "month later than planned because of flooding on the site in the winter.",
    "d": "The school on Mill Lane will add a second reading room in September, its head teacher said, paid for "
         "by a grant from the county and money the parents raised at two summer fairs.",
}
EDITED = " The work will take about three weeks, the board said."
# (outlet cell, url cell) of each row: one outlet by its name, by its site, by both; another outlet
SHAPES = [
    {"a": ("Brackley Herald", ""), "b": ("", "https://brackleyherald.example/news/2"), "c": ("Other Record", ""),
     "d": ("", "https://www.brackleyherald.example/town/4")},
    {"a": ("The Brackley Herald", ""), "b": ("", "https://m.brackleyherald.example/a/2"), "c": ("Brackley Herald", ""),
     "d": ("Other Record", "")},
]


def _docs(tmp_path, shape, texts=TEXTS, name="docs.csv"):
    path = tmp_path / name
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "outlet", "url", "text"])
        for key, text in texts.items():
            writer.writerow([key, *shape[key], text])
    return path


def _ratings(tmp_path, joined=True):
    path = tmp_path / "ratings.csv"
    with path.open("w", newline="") as handle:
        rows = [["brackleyherald.example", "Brackley Herald" if joined else "", "0.8", "the desk"],
                ["otherrecord.example", "", "0.6", "the desk"]]
        if not joined:
            rows.append(["", "Brackley Herald", "0.8", "the desk"])
        csv.writer(handle).writerows([["domain", "outlet", "rating", "rater"], *rows])
    return path


def _outlets(book):
    ws = openpyxl.load_workbook(book)[OUTLETS]
    header = [c.value for c in ws[HEADER_ROW]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if row[0]]


def _groups(book):
    """Each Outlets row's documents, as ids, with its name's letters (the bars' order aside)."""
    return sorted((row["Document ids"], row["Documents"]) for row in _outlets(book))


def _sources(book):
    ws = openpyxl.load_workbook(book)[layout.SOURCES]
    return [row[:4] for row in ws.iter_rows(min_row=2, values_only=True) if row[0]]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_refresh_gives_the_outlets_sheet_a_fresh_score_gives(tmp_path, capsys, shape):
    ratings = _ratings(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_docs(tmp_path, shape)), "-o", str(book), "-q", "--ratings", str(ratings)]) == 0
    joined = _groups(book)
    assert len(joined) == 2  # (the Herald by its name and by its site: one row)
    # a row edited, so that the refresh writes the Outlets sheet again
    set_document_cell(book, "c", "text", TEXTS["c"] + EDITED)
    assert main(["refresh", str(book), "-q"]) == 0
    fresh = tmp_path / "fresh.xlsx"
    edited = {**TEXTS, "c": TEXTS["c"] + EDITED}
    assert main(["score", str(_docs(tmp_path, shape, edited, "edited.csv")), "-o", str(fresh), "-q",
                 "--ratings", str(ratings)]) == 0
    assert _groups(book) == _groups(fresh) == joined
    keep = ("Outlet or web site", "Outlet taken from", "Documents", "Document ids")
    assert [[row[k] for k in keep] for row in _outlets(book)] == [[row[k] for k in keep] for row in _outlets(fresh)]


def test_the_sources_sheet_keeps_the_site_and_its_name_in_one_row(tmp_path):
    book = tmp_path / "book.xlsx"
    ratings = _ratings(tmp_path)
    assert main(["score", str(_docs(tmp_path, SHAPES[0])), "-o", str(book), "-q", "--ratings", str(ratings)]) == 0
    assert _sources(book) == [("brackleyherald.example", 0.8, "the desk", "Brackley Herald"),
                              ("otherrecord.example", 0.6, "the desk", None)]
    # read back, the sheet rates what the file rated: the site and the name
    assert read_settings(book).ratings == read_ratings(ratings)


def test_a_name_typed_beside_a_site_in_the_sources_sheet_joins_them_at_a_refresh(tmp_path, capsys):
    book = tmp_path / "book.xlsx"
    ratings = tmp_path / "sites.csv"
    ratings.write_text("domain,rating\nbrackleyherald.example,0.8\notherrecord.example,0.6\n")
    assert main(["score", str(_docs(tmp_path, SHAPES[0])), "-o", str(book), "-q", "--ratings", str(ratings)]) == 0
    assert len(_groups(book)) == 3  # (nothing says the name is the site's)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.SOURCES]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "brackleyherald.example")
    ws.cell(row, 4).value = "Brackley Herald"
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0
    groups = _groups(book)
    assert sorted(n for _ids, n in groups) == [1, 3]  # (a by its name, b and d by its site: one outlet)
    assert read_settings(book).ratings["brackley herald"][0] == pytest.approx(0.8)  # (the name is rated too)


def test_a_name_on_a_row_of_its_own_stays_apart_as_in_a_fresh_score(tmp_path):
    ratings = _ratings(tmp_path, joined=False)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_docs(tmp_path, SHAPES[0])), "-o", str(book), "-q", "--ratings", str(ratings)]) == 0
    apart = _groups(book)
    assert len(apart) == 3
    assert all(row[3] is None for row in _sources(book))  # (no name written beside a site)
    set_document_cell(book, "c", "text", TEXTS["c"] + EDITED)
    assert main(["refresh", str(book), "-q"]) == 0
    assert _groups(book) == apart


def test_an_outlets_sheet_deleted_and_made_again_joins_them_too(tmp_path, capsys):
    ratings = _ratings(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_docs(tmp_path, SHAPES[0])), "-o", str(book), "-q", "--ratings", str(ratings)]) == 0
    joined = _groups(book)
    wb = openpyxl.load_workbook(book)
    del wb[OUTLETS]
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0
    assert _groups(book) == joined and len(joined) == 2
