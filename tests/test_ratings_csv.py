"""A ratings table never silently rescales or silently drops out: a 0-100 table holding
fractions of 1 is refused as mixed (a --ratings file and a Sources sheet), and a --ratings file
is read with the project's CSV reader (semicolons, "sep=;", a byte order mark, Windows-1252, a
decimal comma beside a ";"), or refused, naming what it lacks, when it has no domain or rating
column, no rows, or a row with more fields than its header."""

from __future__ import annotations

import openpyxl
import pytest
from workbook_helpers import records, score

from xlplugin import Settings
from xlplugin.cli import UsageError, main, read_ratings
from xlplugin.errors import WorkbookError
from xlplugin.ratings_table import RatingRow, RatingsTableError, ratings_table
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook


def _file(tmp_path, content, encoding="utf-8", name="mine.csv"):
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


# 1. a 0-100 table with fractions of 1 in it mixes two scales

def test_a_0_to_100_rating_among_fractions_is_refused_naming_the_rows_on_each_scale(tmp_path):
    path = _file(tmp_path, "domain,rating,rater\nharbourtimes.example,0.9,desk\n"
                           "rumourmill.example/opinion,0.5,desk\nValley Courier,85,desk\n")
    with pytest.raises(UsageError) as caught:
        read_ratings(path)
    message = str(caught.value)
    assert "mixes two scales" in message and str(path) in message
    assert "0-1 in line 2 (harbourtimes.example, 0.9), line 3 (rumourmill.example/opinion, 0.5)" in message
    assert "0-100 in line 4 (Valley Courier, 85)" in message


def test_a_0_to_100_table_may_still_hold_0_and_1():
    rows = [RatingRow("row 2", "harbourtimes.example", 85), RatingRow("row 3", "rumourmill.example", 1),
            RatingRow("row 4", "valley.example", 0)]
    assert {k: v[0] for k, v in ratings_table(rows).items()} == pytest.approx(
        {"harbourtimes.example": 0.85, "rumourmill.example": 0.01, "valley.example": 0.0})


def test_a_fraction_in_a_0_to_100_table_is_refused_by_the_table_reader():
    with pytest.raises(RatingsTableError, match=r"row 3 \(rumourmill.example, 0.25\)"):
        ratings_table([RatingRow("row 2", "harbourtimes.example", 70), RatingRow("row 3", "rumourmill.example", 0.25)])


def test_an_85_typed_into_a_sources_sheet_of_fractions_is_refused_before_a_refresh_writes(tmp_path):
    path = tmp_path / "book.xlsx"
    items = records()
    write_scored_workbook(path, items, score(items), Settings())
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.SOURCES]
    for number, (site, rating) in enumerate([("example.org", 0.9), ("harbourtimes.example", 0.5),
                                             ("Valley Courier", 85)], start=2):
        ws.cell(number, 1, site)
        ws.cell(number, 2, rating)
    wb.save(path)
    before = path.read_bytes()
    with pytest.raises(WorkbookError, match=r"Sources sheet: it mixes two scales: 0-1 in row 2 .* 0-100 in row 4"):
        refresh_workbook(path)
    assert path.read_bytes() == before


# 2. the file is read as the project reads a CSV, or refused

@pytest.mark.parametrize("content, encoding", [
    ("domain;rating;rater\nharbourtimes.example;0,9;desk\n", "utf-8"),  # Excel in a decimal-comma locale
    ("sep=;\ndomain;rating;rater\nharbourtimes.example;0.9;desk\n", "utf-8"),
    ("\ufeffDomain,Rating,Rater\nharbourtimes.example,0.9,desk\n", "utf-8"),
    ("domain\trating\trater\nharbourtimes.example\t0.9\tdesk\n", "utf-8"),
    ("outlet,rating,rater\n\"Harbour Times, The\",0.9,desk\n", "utf-8"),
])
def test_a_ratings_file_is_read_as_the_project_reads_a_csv(tmp_path, content, encoding):
    ratings = read_ratings(_file(tmp_path, content, encoding))
    assert [v for v in ratings.values()] == [(0.9, "desk")]


def test_a_windows_1252_ratings_file_keeps_its_accents(tmp_path):
    ratings = read_ratings(_file(tmp_path, "outlet,rating,rater\nLe Quotidien du Périgord,0.6,rédaction\n", "cp1252"))
    assert list(ratings.values()) == [(0.6, "rédaction")]


def test_a_decimal_comma_in_a_comma_file_is_refused_with_a_hint(tmp_path):
    with pytest.raises(UsageError, match=r"line 2: .* not '0,9' \(a decimal comma"):
        read_ratings(_file(tmp_path, 'domain,rating\nharbourtimes.example,"0,9"\n'))


@pytest.mark.parametrize("content, found", [
    ("site,score\nharbourtimes.example,0.9\n", "'site', 'score'"),
    ("domain,score\nharbourtimes.example,0.9\n", "'domain', 'score'"),
    ("name,rating\nharbourtimes.example,0.9\n", "'name', 'rating'"),
])
def test_a_ratings_file_without_its_columns_is_refused_naming_them(tmp_path, content, found):
    with pytest.raises(UsageError) as caught:
        read_ratings(_file(tmp_path, content))
    assert "it needs a column domain (or outlet), a column rating" in str(caught.value)
    assert f"its header has {found}" in str(caught.value)


@pytest.mark.parametrize("content, why", [("", "the file is empty"), ("\n\n", "the file is empty"),
                                          ("domain,rating,rater\n", "a header but no rows")])
def test_an_empty_ratings_file_is_refused(tmp_path, content, why):
    with pytest.raises(UsageError, match=why):
        read_ratings(_file(tmp_path, content))


def test_score_with_an_unread_ratings_file_exits_2_and_writes_nothing(tmp_path, capsys):
    docs = _file(tmp_path, "id,url,text\nd1,https://harbourtimes.example/a,The council met on Monday.\n", name="docs.csv")
    ratings = _file(tmp_path, "site;score\nharbourtimes.example;0,9\n")
    book = tmp_path / "out.xlsx"
    assert main(["score", str(docs), "--ratings", str(ratings), "-o", str(book), "-q"]) == 2
    assert not book.exists()
    assert "'site;score'" in capsys.readouterr().err


# 3. a row with more fields than the header

def test_a_row_with_more_fields_than_the_header_names_its_line(tmp_path):
    path = _file(tmp_path, "outlet,rating,rater\n\"Harbour Times, The\",0.5,desk\nValley Courier,0.4,desk,extra\n")
    with pytest.raises(UsageError, match=r"line 3: more fields than the header \(4 fields, the header has 3"):
        read_ratings(path)


def test_score_with_a_row_of_extra_fields_exits_2_without_a_traceback(tmp_path, capsys):
    docs = _file(tmp_path, "id,text\nd1,The council met on Monday.\n", name="docs.csv")
    ratings = _file(tmp_path, "outlet,rating,rater\nValley Courier,0.4,desk,extra\n")
    assert main(["score", str(docs), "--ratings", str(ratings), "--json"]) == 2
    assert "line 2: more fields than the header" in capsys.readouterr().err
