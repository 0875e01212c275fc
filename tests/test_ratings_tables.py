"""A user's ratings table (the Sources sheet, a --ratings CSV) is never silently misread or
silently unused: one scale per table, sites read as document hosts are, a site rated twice
differently refused, rows that rated no document named; a refresh says why settings rescored
rows and that a deleted Settings sheet meant the defaults."""

from __future__ import annotations

import openpyxl
import pytest
from workbook_helpers import TEXTS, records, score

from xlplugin import Settings
from xlplugin.cli import UsageError, main, read_ratings
from xlplugin.errors import WorkbookError
from xlplugin.inputs import rating_scale
from xlplugin.ratings_table import RatingRow, RatingsTableError, ratings_table
from xlplugin.scorers.source_rating import rating_key
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.reader import read_settings
from xlplugin.settings import setting_named


def _csv(tmp_path, rows, name="ratings.csv"):
    path = tmp_path / name
    path.write_text("domain,rating,rater\n" + "".join(f"{d},{r},desk\n" for d, r in rows), encoding="utf-8")
    return path


def _book(tmp_path, sources=(), settings=None, name="book.xlsx"):
    """A scored workbook of the sample texts (urls on www.example.org), then its Sources sheet
    given `sources` (domain, rating) rows, as a user types them."""
    path = tmp_path / name
    items = records()
    write_scored_workbook(path, items, score(items, settings), settings or Settings())
    if sources:
        wb = openpyxl.load_workbook(path)
        ws = wb[layout.SOURCES]
        for number, (domain, rating) in enumerate(sources, start=2):
            ws.cell(number, 1, domain)
            ws.cell(number, 2, rating)
            ws.cell(number, 3, "desk")
        wb.save(path)
    return path


# 1. one scale per table

def test_a_1_in_a_0_to_100_table_is_0_01_not_the_best_rating(tmp_path):
    ratings = read_ratings(_csv(tmp_path, [("harbourtimes.example", 80), ("rumourmill.example", 1)]))
    assert ratings["rumourmill.example"][0] == pytest.approx(0.01)
    assert ratings["harbourtimes.example"][0] == pytest.approx(0.8)


def test_a_table_within_0_and_1_is_read_as_written(tmp_path):
    ratings = read_ratings(_csv(tmp_path, [("harbourtimes.example", 1), ("rumourmill.example", 0.2)]))
    assert {k: v[0] for k, v in ratings.items()} == {"harbourtimes.example": 1.0, "rumourmill.example": 0.2}


@pytest.mark.parametrize("stars", [(5, 2), (10, 3), (4, 1)])
def test_a_star_table_is_refused_naming_the_file_and_the_scales(tmp_path, stars):
    path = _csv(tmp_path, [("harbourtimes.example", stars[0]), ("rumourmill.example", stars[1])])
    with pytest.raises(UsageError) as caught:
        read_ratings(path)
    message = str(caught.value)
    assert str(path) in message and "from 0 to 1, or from 0 to 100" in message and f"largest rating is {stars[0]}" in message


def test_a_star_sources_sheet_is_refused_before_a_refresh_writes(tmp_path):
    path = _book(tmp_path, [("example.org", 5), ("harbourtimes.example", 2)])
    before = path.read_bytes()
    with pytest.raises(WorkbookError, match="Sources sheet: its largest rating is 5"):
        refresh_workbook(path)
    assert path.read_bytes() == before


def test_rating_scale_is_decided_by_the_largest_rating():
    assert rating_scale([0.0, 0.5, 1.0]) == 1.0
    assert rating_scale([1, 11]) == 100.0
    with pytest.raises(ValueError):
        rating_scale([1, 2.5])


# 2. what a user writes in the domain cell reads as a document's host does

@pytest.mark.parametrize("written", ["www.example.org", "https://www.example.org/", "EXAMPLE.org", "example.org.",
                                     "http://example.org:8080"])
def test_a_site_written_with_scheme_www_case_or_dot_is_the_site(written):
    assert rating_key(written) == "example.org"


def test_a_section_and_an_outlet_name_keep_their_meaning():
    assert rating_key("https://example.org/Opinion/") == "example.org/opinion"
    assert rating_key("  The Harbour   Times ") == "harbour times"  # (outlets20: a leading "The" left out)


def test_a_sources_row_with_www_rates_the_documents_on_that_site(tmp_path):
    path = _book(tmp_path, [("https://www.example.org/", 0.2)])
    refresh_workbook(path)
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    column = header.index(layout.SIGNAL_HEADER["source_rating"])
    assert [row[column] for row in ws.iter_rows(min_row=2, values_only=True)] == [pytest.approx(0.2)] * len(TEXTS)


def test_an_outlet_name_rates_the_documents_of_that_outlet():
    from xlplugin.ratings_table import unused_rows

    rows = [RatingRow("row 2", "The Harbour Times", 0.3), RatingRow("row 3", "Quayside Post", 0.6)]
    table = ratings_table(rows)
    unused = unused_rows(rows, table, [("", "the harbour  times"), ("https://n/a", "")])
    assert [row.place for row in unused] == ["row 3"]


def test_refresh_names_the_sources_rows_that_rated_no_document(tmp_path):
    path = _book(tmp_path, [("example.org", 0.4), ("Quayside Post", 0.6), ("www.harbourtimes.example", 0.7)])
    summary = refresh_workbook(path)
    [line] = [note for note in summary.settings_notes if "rated no document" in note]
    assert "row 3 (Quayside Post)" in line and "row 4 (www.harbourtimes.example)" in line and "row 2" not in line


def test_score_with_ratings_names_the_rows_that_rated_no_document(tmp_path, capsys):
    texts = tmp_path / "docs.csv"
    texts.write_text("id,url,text\nd1,https://www.example.org/a,\"" + TEXTS[0].replace('"', "'") + "\"\n", encoding="utf-8")
    ratings = _csv(tmp_path, [("example.org", 0.5), ("quayside.example", 0.1)])
    assert main(["score", str(texts), "--ratings", str(ratings), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "1 rating rated no document: line 3 (quayside.example)" in err


# 3. a site rated twice

def test_two_rows_for_one_site_with_different_ratings_are_refused_naming_both(tmp_path):
    path = _book(tmp_path, [("example.org", 0.9), ("EXAMPLE.org", 0.1)])
    before = path.read_bytes()
    with pytest.raises(WorkbookError) as caught:
        refresh_workbook(path)
    assert "row 2 (example.org, 0.9) and row 3 (EXAMPLE.org, 0.1)" in str(caught.value)
    assert path.read_bytes() == before
    with pytest.raises(UsageError, match="line 2 .* and line 3 "):
        read_ratings(_csv(tmp_path, [("example.org", 0.9), ("www.example.org", 0.1)]))


def test_the_same_rating_twice_is_read_once():
    rows = [RatingRow("row 2", "example.org", 0.9, "desk"), RatingRow("row 3", "www.example.org", 0.9, "other")]
    assert ratings_table(rows) == {"example.org": (0.9, "desk")}


def test_a_rating_outside_both_scales_names_its_row():
    with pytest.raises(RatingsTableError, match="row 4: the rating of example.org must be"):
        ratings_table([RatingRow("row 4", "example.org", 150)])


# 4. the Settings sheet: deleted, or edited

def test_a_deleted_settings_sheet_is_said_in_the_summary(tmp_path):
    path = _book(tmp_path, settings=Settings().with_values({"weight.provenance": 0}))
    wb = openpyxl.load_workbook(path)
    del wb[layout.SETTINGS_SHEET]
    before = wb.sheetnames
    wb.save(path)
    summary = refresh_workbook(path)
    assert any("Settings sheet was missing: the default settings were used" in note for note in summary.settings_notes)
    assert summary.rescored == len(TEXTS)  # (scored with provenance 0 before: the defaults change them)
    # (the earlier weights are not in the workbook any more; the rows' Settings hash is that of the
    # defaults with provenance at 0, so the change is named (meta20: a weight turned on again))
    assert any(note.startswith("settings changed: Provenance weight 0 \u2192 1") for note in summary.settings_notes)
    # the sheet is back, at the end, with the values used, and a user's edit of it is read
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[-1] == layout.SETTINGS_SHEET and wb.sheetnames[:-1] == before
    values = {setting_named(row[0]): row[1] for row in wb[layout.SETTINGS_SHEET].iter_rows(min_row=2, values_only=True)}
    assert values["weight.provenance"] == 1 and values["weight.loaded_language"] == Settings()["weight.loaded_language"]
    assert refresh_workbook(path).settings_notes == []  # (nothing to say, nothing written again)
    for row in wb[layout.SETTINGS_SHEET].iter_rows(min_row=2):
        if setting_named(row[0].value) == "weight.provenance":
            row[1].value = 0
    wb.save(path)
    # (then the line that the colours follow a weight turned to 0: test_refresh18_sheets)
    assert refresh_workbook(path).settings_notes[:1] == ["settings changed: Provenance weight 1 → 0"]


def test_a_settings_edit_says_what_changed(tmp_path):
    path = _book(tmp_path)
    wb = openpyxl.load_workbook(path)
    for row in wb[layout.SETTINGS_SHEET].iter_rows(min_row=2):
        if setting_named(row[0].value) == "weight.provenance":
            row[1].value = 0
    wb.save(path)
    summary = refresh_workbook(path)
    assert summary.rescored == len(TEXTS)
    assert summary.settings_notes[:1] == ["settings changed: Provenance weight 1 → 0"]
    assert "colours of the Documents sheet follow the new weights" in summary.settings_notes[1]


def test_a_sources_edit_says_what_changed(tmp_path):
    path = _book(tmp_path, [("example.org", 0.25)])
    summary = refresh_workbook(path)
    assert summary.settings_notes == ["settings changed: Sources example.org added (0.25)"]
    assert read_settings(path).ratings == {"example.org": (0.25, "desk")}


def test_a_refresh_with_nothing_changed_says_nothing_of_settings(tmp_path):
    path = _book(tmp_path)
    assert refresh_workbook(path).settings_notes == []



# a 1 beside ratings over 10: read as 0.01, and said so (a user may have meant the best on 0-1)

def test_score_with_ratings_says_a_1_in_a_0_to_100_table_reads_as_0_01(tmp_path, capsys):
    texts = tmp_path / "docs.csv"
    texts.write_text("id,url,text\nd1,https://www.example.org/a,\"" + TEXTS[0].replace('"', "'") + "\"\n", encoding="utf-8")
    ratings = _csv(tmp_path, [("example.org", 85), ("rumourmill.example", 1)])
    assert main(["score", str(texts), "--ratings", str(ratings), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "read on the 0-100 scale (its largest rating is 85), so a rating of 1 reads as 0.01 in line 3" in err


def test_refresh_says_a_1_in_the_sources_sheet_beside_85_reads_as_0_01(tmp_path):
    path = _book(tmp_path, [("example.org", 85), ("rumourmill.example", 1)])
    summary = refresh_workbook(path)
    [line] = [note for note in summary.settings_notes if "reads as 0.01" in note]
    assert line.startswith(f"the {layout.SOURCES} sheet: read on the 0-100 scale") and "row 3 (rumourmill.example" in line


def test_no_scale_line_for_a_table_within_0_and_1_or_without_a_1(tmp_path):
    from xlplugin.ratings_table import describe_ones_on_hundred

    assert describe_ones_on_hundred([RatingRow("row 2", "a.example", 1.0), RatingRow("row 3", "b.example", 0.2)], "x") == ""
    assert describe_ones_on_hundred([RatingRow("row 2", "a.example", 85.0), RatingRow("row 3", "b.example", 0.0)], "x") == ""
