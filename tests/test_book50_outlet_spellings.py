"""(book50) One outlet under two spellings is one outlet: a company's legal form at the end of its
name is no part of it (data/outlet_names.txt [legal_forms], `source_rating.outlet_key`), and two
names on one web site, the one's words the first of the other's, are one row of the Outlets sheet
(`outlets.rollup`). Different outlets stay apart: a name of one word before its legal form, a name
that is not a prefix of the other, two sites, no site, an aggregator's copies. Names written for
these tests."""

from __future__ import annotations

import pytest

from xlplugin.engine import DocumentInput, score_many
from xlplugin.outlets import Entry, entry_of, rollup
from xlplugin.scorers.source_rating import outlet_key, rating_key
from xlplugin.settings import Settings

TEXT = ("The council approved the budget on Tuesday, the mayor said. The plan adds money for the "
        "library and the bus routes, and it starts in May after a public meeting.")


@pytest.mark.parametrize(("written", "plain"), [
    ("Harwick Media, Inc.", "Harwick Media"),
    ("Harwick Media Inc", "Harwick Media"),
    ("Nordblick Verlag GmbH", "Nordblick Verlag"),
    ("The Eastshire Echo Ltd.", "Eastshire Echo"),
    ("Eastshire Echo Limited", "The Eastshire Echo"),
    ("Harwick Media Co., Ltd.", "Harwick Media"),
    ("Verein Freie Welle e.V.", "Verein Freie Welle"),
    ("Courier Group, LLC", "Courier Group"),
])
def test_a_legal_form_is_no_part_of_an_outlets_name(written, plain):
    assert outlet_key(written) == outlet_key(plain)


@pytest.mark.parametrize(("one", "other"), [
    ("News Corp", "News"),            # one word before it: "News" names many outlets
    ("Radio AG", "Radio"),
    ("Inc.", ""),                     # a name that is only a legal form stays a name
    ("Fast Company", "Fast"),         # "Company" is a word of names, no legal form here
    ("Harwick Media Group", "Harwick Media"),
    ("The Sunday Echo Ltd", "The Echo"),
    ("Harwick Incorporated Times", "Harwick Times"),  # only at the end
])
def test_near_misses_stay_apart(one, other):
    assert outlet_key(one) != outlet_key(other)
    assert outlet_key(one)  # never down to nothing


def test_your_table_rates_the_name_under_its_legal_form():
    settings = Settings(ratings={rating_key("Harwick Media"): (0.8, "my rater")})
    result = next(iter(score_many([DocumentInput(TEXT, "1", outlet="Harwick Media, Inc.")], settings=settings, workers=1)))
    assert result.signals["source_rating"].value == 0.8
    other = next(iter(score_many([DocumentInput(TEXT, "1", outlet="Harwick Media Group")], settings=settings, workers=1)))
    assert other.signals["source_rating"].value is None


def _entry(outlet: str, doc_id: str, url: str = "") -> Entry:
    return entry_of(None, outlet, url, doc_id, "page metadata")


def _groups(entries: list[Entry]) -> dict[str, list[str]]:
    return {row.outlet: sorted(row.ids) for row in rollup(entries)}


def test_two_names_on_one_site_one_the_start_of_the_other_are_one_row():
    groups = _groups([_entry("Eastshire Echo Online", "1", "https://www.eastshire-echo.example/a"),
                      _entry("Eastshire Echo", "2", "https://eastshire-echo.example/b"),
                      _entry("Eastshire Echo", "3", "https://eastshire-echo.example/c")])
    assert groups == {"Eastshire Echo": ["1", "2", "3"]}


def test_the_legal_form_joins_the_rows_with_no_site():
    groups = _groups([_entry("Harwick Media, Inc.", "1"), _entry("Harwick Media", "2")])
    assert list(groups.values()) == [["1", "2"]]


@pytest.mark.parametrize(("entries", "rows"), [
    # two outlets of one site: neither name the start of the other
    ([("Eastshire Echo", "1", "https://eastshire-echo.example/a"),
      ("Sunday Echo", "2", "https://eastshire-echo.example/b")], 2),
    ([("The Times of Harwick", "1", "https://harwick.example/a"),
      ("The Sunday Times of Harwick", "2", "https://harwick.example/b")], 2),
    # the words alone, on two sites or with no address, join nothing
    ([("Echo", "1", "https://echo-one.example/a"), ("Echo Weekly", "2", "https://echo-two.example/b")], 2),
    ([("Echo", "1", ""), ("Echo Weekly", "2", "")], 2),
    # an aggregator's copies are many outlets' articles, one site or not
    ([("Harwick Post", "1", "https://www.msn.com/en-us/news/a"),
      ("Harwick Post Weekly", "2", "https://www.msn.com/en-us/news/b")], 2),
])
def test_near_misses_stay_two_rows(entries, rows):
    assert len(_groups([_entry(*e) for e in entries])) == rows


def test_a_refresh_keeps_the_spellings_in_one_row(tmp_path):
    """The rows a refresh keeps as they were join as the rows it scores again do: the Outlets
    sheet after a refresh is the one `score` wrote."""
    import csv

    import openpyxl

    from xlplugin.cli import main
    from xlplugin.workbook import refresh_workbook
    from xlplugin.workbook.outlets import FIRST_ROW, OUTLETS

    table, book = tmp_path / "list.csv", tmp_path / "book.xlsx"
    with table.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("id", "text", "outlet", "url"),
                                 ("1", TEXT, "Eastshire Echo Online", "https://www.eastshire-echo.example/a"),
                                 ("2", TEXT.replace("Tuesday", "Monday"), "Eastshire Echo", "https://eastshire-echo.example/b")])
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0

    def outlets() -> list[tuple]:
        ws = openpyxl.load_workbook(book)[OUTLETS]
        return [row[:3] for row in ws.iter_rows(min_row=FIRST_ROW, values_only=True) if row[0]]

    assert [(name, docs) for name, _, docs in outlets()] == [("Eastshire Echo Online", 2)]
    wb = openpyxl.load_workbook(book)
    sheet = wb["Documents"]
    column = [cell.value for cell in sheet[1]].index("text") + 1
    sheet.cell(row=3, column=column).value = TEXT.replace("Tuesday", "Friday")  # the second row only
    wb.save(book)
    assert refresh_workbook(book).rescored == 1
    assert [(name, docs) for name, _, docs in outlets()] == [("Eastshire Echo Online", 2)]
