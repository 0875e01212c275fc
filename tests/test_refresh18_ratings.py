"""A ratings table (a Sources sheet, a --ratings CSV) says what it did with each row (session 17,
refresh18): an article's whole address rates its section, and the summary says the rest of the
address was left out; a row whose documents a more specific row rated is said to be outranked,
not to have matched no document."""

from __future__ import annotations

import openpyxl
import pytest
from workbook_helpers import TEXTS, records, score

from xlplugin import Settings
from xlplugin.cli import main
from xlplugin.ratings_table import RatingRow, describe_sections
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook

# every sample document is at https://www.example.org/news/N (workbook_helpers.records)
ARTICLES = ["example.org/news/harbour-plan", "https://www.example.org/news/2024/05/harbour-plan.html",
            "www.example.org/news?id=31", "HTTP://EXAMPLE.ORG/News/harbour/"]
SECTIONS = ["example.org/news", "https://www.example.org/news/", "example.org", "https://example.org/", "Example Post"]


def _csv_inputs(tmp_path, outlet="Example Post"):
    path = tmp_path / "in.csv"
    path.write_text("id,url,outlet,text\n" + "".join(
        f'd{n},https://www.example.org/news/{n},{outlet},"{text}"\n' for n, text in enumerate(TEXTS[:3], start=1)),
        encoding="utf-8")
    return path


def _ratings_csv(tmp_path, rows):
    path = tmp_path / "ratings.csv"
    path.write_text("domain,rating\n" + "".join(f"{d},{r}\n" for d, r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("address", ARTICLES)
def test_an_articles_address_is_said_to_rate_its_section(address):
    line = describe_sections([RatingRow("row 2", address, 0.2)], "the Sources sheet")
    assert line.startswith("the Sources sheet: 1 address was read as a section of a site, the rest of the address left out: "
                           f"row 2 ({address}) as example.org/news.")
    assert "not to one article" in line


@pytest.mark.parametrize("address", SECTIONS)
def test_a_site_or_a_section_is_read_as_written_and_nothing_is_said(address):
    assert describe_sections([RatingRow("row 2", address, 0.2)], "the Sources sheet") == ""


@pytest.mark.parametrize("address", ARTICLES[:2])
def test_score_and_refresh_say_it_of_an_articles_address(tmp_path, capsys, address):
    (tmp_path / "cli").mkdir()
    code = main(["score", str(_csv_inputs(tmp_path / "cli")), "--json",
                 "--ratings", str(_ratings_csv(tmp_path / "cli", [(address, 0.2)]))])
    assert code == 0
    assert f"line 2 ({address}) as example.org/news" in capsys.readouterr().err
    path = tmp_path / "book.xlsx"
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    wb = openpyxl.load_workbook(path)
    for col, value in enumerate([address, 0.2, "desk"], start=1):
        wb[layout.SOURCES].cell(2, col, value)
    wb.save(path)
    notes = refresh_workbook(path).settings_notes
    assert any(f"row 2 ({address}) as example.org/news" in note for note in notes)


@pytest.mark.parametrize("winner, loser", [("example.org", "Example Post"), ("example.org/news", "example.org"),
                                           ("www.example.org/news", "Example Post")])
def test_a_row_outranked_by_a_more_specific_one_is_said_so(tmp_path, capsys, winner, loser):
    for order in ([(winner, 0.2), (loser, 0.9)], [(loser, 0.9), (winner, 0.2)]):
        code = main(["score", str(_csv_inputs(tmp_path)), "--json", "--ratings", str(_ratings_csv(tmp_path, order))])
        assert code == 0
        err = capsys.readouterr().err
        line = 2 + order.index((loser, 0.9))
        win = 2 + order.index((winner, 0.2))
        assert "1 rating was outranked" in err
        assert f"line {line} ({loser}) by line {win} ({winner})" in err
        assert "rated no document" not in err


def test_a_row_that_matches_no_document_is_still_said_to_rate_none(tmp_path, capsys):
    code = main(["score", str(_csv_inputs(tmp_path)), "--json",
                 "--ratings", str(_ratings_csv(tmp_path, [("example.org", 0.2), ("harbourtimes.example", 0.9)]))])
    assert code == 0
    err = capsys.readouterr().err
    assert "1 rating rated no document: line 3 (harbourtimes.example)" in err and "outranked" not in err
