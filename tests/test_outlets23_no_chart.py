"""(outlets23) A folder of texts with no outlet or web site known (or only a platform's unnamed
users) has no outlet to rank: the Outlets chart drew one bar, named "not in the chart: not one
outlet". Such a sheet now has no chart, and a line where it would be says why; a refresh adds no
chart, and once an outlet is known the line says how to get one. A sheet with an outlet keeps its
chart and has no such line."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook.outlets import NO_CHART, NO_CHART_ROW, NO_CHART_SINCE, OUTLETS

from workbook_helpers import set_document_cell

# Written for these tests.
TEXT = ("The {town} council agreed on Monday to repair the sea wall before the winter, its leader said, at a "
        "cost of {n} thousand pounds, according to budget papers it published last week.")
TOWNS = ["Ashby", "Brough", "Cawood", "Denby"]
NO_OUTLETS = [
    [("", "")] * 4,  # no outlet, no address
    [("", "n/a"), ("", ""), ("", "unknown"), ("", "")],  # placeholders, no address
    [("", "https://www.facebook.com/groups/123456/posts/{n}")] * 2 + [("", "")] * 2,  # a platform's unnamed users
]


def _csv(path, cells):
    import csv

    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "outlet", "url", "text"])
        for n, ((outlet, url), town) in enumerate(zip(cells, TOWNS)):
            writer.writerow([f"d{n}", outlet, url.format(n=n), TEXT.format(town=town, n=n + 3)])
    return path


def _charts(book):
    with zipfile.ZipFile(book) as archive:
        return [name for name in archive.namelist() if name.startswith("xl/charts/chart")]


def _line(book):
    return openpyxl.load_workbook(book)[OUTLETS].cell(NO_CHART_ROW, 1).value


@pytest.mark.parametrize("cells", NO_OUTLETS)
def test_no_outlet_to_rank_no_chart_and_a_line_why(tmp_path, cells):
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_csv(tmp_path / "docs.csv", cells)), "-o", str(book), "-q"]) == 0
    assert _line(book) == NO_CHART
    # the Overview's chart is still drawn; the Outlets sheet has none
    wb = openpyxl.load_workbook(book)
    assert wb[OUTLETS]._charts == [] and len(_charts(book)) == 1


@pytest.mark.parametrize("outlets", [["Coast Weekly", "", "", ""], ["Coast Weekly", "Dale Post", "", ""]])
def test_a_sheet_with_an_outlet_keeps_its_chart_and_no_line(tmp_path, outlets):
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_csv(tmp_path / "docs.csv", [(o, "") for o in outlets])), "-o", str(book), "-q"]) == 0
    assert _line(book) is None and len(_charts(book)) == 2


def test_a_refresh_keeps_the_line_true(tmp_path):
    book = tmp_path / "book.xlsx"
    assert main(["score", str(_csv(tmp_path / "docs.csv", NO_OUTLETS[0])), "-o", str(book), "-q"]) == 0
    set_document_cell(book, "d1", "text", TEXT.format(town="Brough", n=9) + " Work starts in May.")
    assert main(["refresh", str(book), "-q"]) == 0
    assert _line(book) == NO_CHART and len(_charts(book)) == 1
    set_document_cell(book, "d2", "outlet", "Coast Weekly")
    assert main(["refresh", str(book), "-q"]) == 0
    assert _line(book) == NO_CHART_SINCE and len(_charts(book)) == 1  # (a refresh adds no chart: it says how to get one)
