"""The Excel functions' title/url/outlet/author/published arguments: a workbook row's cells give
the numbers `xlplugin score` gave that row, and a value that cannot be one of them says so."""

from __future__ import annotations

import datetime as dt

import pytest

from xlplugin.cli import main
from xlplugin.excel import functions as f

PAGE = """<!doctype html><html><head><title>{title}</title>{meta}</head><body><article>
<h1>{title}</h1>{body}</article></body></html>"""

BYLINED = PAGE.format(
    title="Ferry timetable changes for summer",
    meta='<meta name="author" content="Ines Kowalczyk">'
         '<meta property="article:published_time" content="2025-04-02">'
         '<meta property="og:site_name" content="Harbourside Gazette">'
         '<link rel="canonical" href="https://harbourside-gazette.example/local/ferry-timetable">',
    body="<p>The harbour board approved a new summer ferry timetable on Tuesday, adding two evening "
         "crossings on weekdays, the board's chair, Paul Mensah, said.</p>"
         "<p>\"Demand after six o'clock has doubled since last year,\" Mensah said at the meeting. "
         "The operator said tickets for the new crossings go on sale next week.</p>"
         "<p>Residents on the island side asked for an earlier first crossing, which the board said it "
         "would consider in the autumn.</p>",
)
REPUBLISHED = PAGE.format(
    title="Bakery chain opens third shop",
    meta='<meta name="author" content="Dana Whitfield">'
         '<meta property="article:published_time" content="2025-01-20">'
         '<meta property="og:site_name" content="County Weekly Roundup">',
    body="<p>A family bakery chain opened its third shop on the high street on Saturday, its owner, "
         "Rosa Lind, said, creating eleven jobs.</p>"
         "<p>\"We waited five years for the right building,\" Lind said. The council granted the permit "
         "in November, according to planning records.</p>"
         "<p>This story was first published by the Southern Counties News Service and is republished "
         "with permission.</p>",
)
TEXT = ("The harbour board met on Monday and approved the new ferry timetable for the summer, "
        "its chair, Paul Mensah, said after the meeting. Two evening crossings will be added on "
        "weekdays from June, the operator said.")


def _scored_rows(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "bylined.html").write_text(BYLINED, encoding="utf-8")
    (pages / "republished.html").write_text(REPUBLISHED, encoding="utf-8")
    book = tmp_path / "scored.xlsx"
    assert main(["score", str(pages), "-o", str(book), "-q", "--workers", "1"]) == 0
    openpyxl = pytest.importorskip("openpyxl")
    rows = list(openpyxl.load_workbook(book)["Documents"].iter_rows(values_only=True))
    head = rows[0]
    return [dict(zip(head, row)) for row in rows[1:] if row[0] is not None], head


def test_a_workbook_rows_cells_give_the_clis_index_and_kind(tmp_path):
    pytest.importorskip("trafilatura")
    rows, head = _scored_rows(tmp_path)
    index_column = next(name for name in head if name and name.startswith("Reliability"))
    assert len(rows) == 2
    for row in rows:
        assert row["author"] and row["date"]  # the bylines were found: the cue under test
        cells = (row["title"], row["url"], row["outlet"], row["author"], row["date"])
        assert f.reliability(row["text"], *cells) == float(row[index_column]), row["id"]
        assert f.kind(row["text"], *cells) == row["Kind"], row["id"]
        # without the author and date cells the byline and date cues are lost: a different index
        assert f.reliability(row["text"], *cells[:3]) != float(row[index_column]), row["id"]


def test_author_and_published_reach_provenance_and_its_evidence():
    plain = f.provenance(TEXT)
    given = f.provenance(TEXT, None, None, None, "Ines Kowalczyk", "2025-04-02")
    assert given > plain
    evidence = f.evidence(TEXT, "provenance", None, None, None, "Ines Kowalczyk", "2025-04-02")
    assert "Ines Kowalczyk" in evidence and "2025-04-02" in evidence


def test_a_date_cell_reads_as_the_workbook_reads_it():
    as_text = f.scores(TEXT, False, None, None, None, None, "2025-04-02")
    assert f.scores(TEXT, False, None, None, None, None, [[dt.datetime(2025, 4, 2)]]) == as_text
    assert f.scores(TEXT, False, None, None, None, None, dt.date(2025, 4, 2)) == as_text


# (inputs48) An error value, TRUE/FALSE or a number that is no date names none, as `xlplugin score`
# counts the same cell: not counted, the text scored (tests/test_inputs48_function_cells.py); a
# date where no date is meant is still refused.
@pytest.mark.parametrize(("argument", "value", "message"), [
    ("outlet", dt.datetime(2024, 5, 1), "outlet: not text: a date"),
    ("author", dt.date(2024, 5, 1), "author: not text: a date"),
])
def test_a_value_that_cannot_be_the_argument_gives_a_message(argument, value, message):
    for function in (f.reliability, f.kind, f.provenance):
        assert function([[TEXT]], **{argument: [[value]]}).startswith(message), function
    assert f.evidence(TEXT, "provenance", **{argument: value}).startswith(message)
    row = f.scores([[TEXT]], False, **{argument: [[value]]})[0]
    assert row[-1].startswith(message) and row[0] == ""  # the Status column says it, no index


def test_the_message_is_per_row_and_names_every_bad_argument():
    got = f.reliability([[TEXT], [TEXT], [None]], [["Ferry timetable"], ["#N/A"], ["#N/A"]],
                        None, [[None], [dt.datetime(2024, 1, 1)], [None]], [[None], [dt.date(2024, 1, 1)], [None]])
    assert isinstance(got[0][0], float)
    assert got[1][0] == "outlet: not text: a date; author: not text: a date"  # (inputs48: the #N/A title counts as none)
    assert got[2][0] == ""  # a blank text stays blank


def test_a_number_in_title_or_outlet_is_read_as_the_workbook_reads_it():
    # A title such as 1984 or an outlet such as 1843 is a number in a cell; the workbook reads "1984".
    assert f.reliability(TEXT, 1984.0, None, 1843.0) == f.reliability(TEXT, "1984", None, "1843")
    assert isinstance(f.reliability(TEXT, 1984.0), float)


def test_text_that_is_not_a_web_address_is_ignored_as_the_cli_ignores_it():
    assert f.provenance(TEXT, url="see the link below") == f.provenance(TEXT)
    assert f.provenance(TEXT, url="harbourside-gazette.example/local") > f.provenance(TEXT)
