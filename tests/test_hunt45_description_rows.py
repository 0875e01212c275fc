"""(hunt45) hunt43's description row (a second header row that describes the columns, left out)
took a document's first row for one where its url or date cell held words of another sort ("print
only", "n/a - see notes", "unknown"): the row was left out, its text never scored, and the summary
called it "a row describing the columns". A description row now is one whose every cell reads as a
description of its column: it names what the column holds (its header's words, what the plugin
reads it as, the kind of value of its other rows), and no cell says a value is missing."""

from __future__ import annotations

import pytest
from workbook_helpers import json_and_err, table_file, typed_dates_book

from xlplugin import inputs

# (our own short reports, written for these tests)
HARBOUR = ("The harbour board said on Wednesday that repairs to the north pier would start in April and take "
           "about six weeks, during which the fishing fleet would moor at the old quay, its chair told members.")
MARKET = ("Traders at the Saturday market will pay lower pitch fees from next month after the council agreed a "
          "two-year freeze, the markets officer said, adding that three new stalls had been approved.")
SCHOOL = ("The primary school on Mill Lane will open a breakfast club in September, the head teacher told parents "
          "in a letter on Thursday, after a survey found that most families wanted one before lessons.")
HEADER = ["text", "url", "date"]
ROWS = [[HARBOUR, "https://post.example.net/harbour", "2026-04-01"],
        [MARKET, "https://post.example.net/market", "2026-04-02"],
        [SCHOOL, "https://post.example.net/school", "2026-04-03"]]


@pytest.mark.parametrize("form", ["csv", "xlsx"])
@pytest.mark.parametrize("first", [
    ["Ferry crossings cut from June", "print only", "unknown"],            # a print story, its date not known
    ["Pier repairs delayed. Fleet moves to the old quay.", "n/a - see notes", "not given"],
    ["Market fees frozen", "no link", "date unknown"],                     # words of the column, saying it is missing
    ["Breakfast club opens", "web address missing", "some time in spring"],
])
def test_a_first_row_whose_url_or_date_holds_other_words_is_a_document(tmp_path, capsys, form, first):
    found, err = json_and_err(capsys, table_file(tmp_path, form, [HEADER, first, *ROWS]))
    assert [doc["id"] for doc in found] == ["1", "2", "3", "4"], err
    assert "row not read" not in err and inputs.DESCRIPTION_ROW_REASON not in err


def test_a_typed_sheet_keeps_its_first_row_of_words(tmp_path, capsys):
    first = ["A-17", "Harbour story (print edition)", "unknown", "about 300"]
    found, err = json_and_err(capsys, typed_dates_book(tmp_path / "typed.xlsx", first, ROWS))
    assert [doc["id"] for doc in found] == ["A-17", "1", "2", "3"], err
    assert inputs.DESCRIPTION_ROW_REASON not in err


@pytest.mark.parametrize("described", [
    ["Paste the story here", "Link to the page", "When it ran (dd/mm/yyyy)"],
    ["Full text", "e.g. https address", "Day of publication"],
    ["The article", "Where it is online", "yyyy-mm-dd"],
])
def test_a_row_of_descriptions_is_still_left_out(tmp_path, capsys, described):
    """Guards: descriptions in other words than hunt43's are still no document."""
    found, err = json_and_err(capsys, table_file(tmp_path, "csv", [HEADER, described, *ROWS]))
    assert [doc["id"] for doc in found] == ["2", "3", "4"], err
    assert inputs.DESCRIPTION_ROW_REASON in err


def test_the_rule_in_words():
    rows = [[HARBOUR, "https://post.example.net/harbour", "2026-04-01"],
            [MARKET, "https://post.example.net/market", "2026-04-02"]]
    assert inputs.description_row([["The article's text", "Web address", "Date (yyyy-mm-dd)"], *rows], HEADER)
    assert not inputs.description_row([["Harbour repairs", "print only", "unknown"], *rows], HEADER)
    # (two sentences in a cell are a text, never a label)
    assert not inputs.description_row([["Pier shut. Work starts in April.", "Web address", "Date"], *rows], HEADER)
