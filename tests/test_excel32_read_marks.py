"""(excel32) A formula pointed at a scored workbook's Read sheet (the only copy of the text where
the Documents sheet has no text column): the Read sheet's ▲ marks before unsourced sentences are
its flags, not the text's, and are left out, so the cell gives the row's own score; the Status
says so, and that a text the Read sheet goes on with in "(continued)" rows is only this cell's
part. A ▲ that is the text's own (a ticker's "Dow ▲ 120") is kept."""

from __future__ import annotations

import pytest

from xlplugin.engine import DocumentInput, score_many
from xlplugin.excel import functions as f
from xlplugin.workbook import read_sheet

RUMOURS = [
    ("Experts say the new tap water additive weakens bones\n\n"
     "Many people are saying that the additive put in the reservoir last spring slowly softens your bones. "
     "Sources claim that hundreds of families have noticed aching joints, and some believe the council is "
     "covering it up. It is widely known that the additive was never tested on children.\n\n"
     "Studies show that boiled rainwater is far healthier than anything from the tap. The water company refuses "
     "to answer questions, which says everything. Share this before it disappears."),
    ("Insiders reveal the bridge is about to collapse\n\n"
     "People are saying the cracks on the east span have doubled since January. Experts say the steel was "
     "bought cheap from an unknown supplier. Everyone knows the inspection reports were rewritten.\n\n"
     "Some believe the mayor sold the repair contract to a friend. Thousands of drivers cross it every day "
     "without being told. Nobody in charge will admit it."),
    ("The truth about the school lunch menu\n\n"
     "Parents are saying the new lunches contain twice the sugar of last year's. Sources claim the supplier "
     "changed the recipes without telling anyone. It is widely believed that the council knew in March.\n\n"
     "Research shows children concentrate far worse after sugary meals. The school board has gone silent."),
]
REPORT = ("The harbour board approved a new summer ferry timetable on Tuesday, adding two evening crossings on "
          "weekdays, the board's chair, Paul Mensah, said.\n\n\"Demand after six o'clock has doubled since last "
          "year,\" Mensah said at the meeting. The operator said tickets go on sale next week, according to its "
          "website.")


def _read_cell(text: str) -> str:
    """The text a Read sheet cell holds for `text` (its rich runs as a formula is given them)."""
    result = next(iter(score_many([DocumentInput(text, "1")], workers=1)))
    return "".join(run.text for run in read_sheet.display_runs(text, result, (), "the file"))


@pytest.mark.parametrize("text", RUMOURS)
def test_a_read_cell_gives_the_rows_own_score(text):
    cell = _read_cell(text)
    assert cell.count(read_sheet.MARK) >= 2  # (the case under test: the marks are there)
    assert f.reliability(cell) == f.reliability(text)
    assert f.kind(cell) == f.kind(text)
    assert f.scores(cell)[0][:-1] == f.scores(text)[0][:-1]
    status = f.scores(cell)[0][-1]
    assert "Read sheet" in status and "(continued)" in status
    assert f.evidence(cell, "unsourced") == f.evidence(text, "unsourced")


def test_the_mark_is_the_read_sheets():
    assert f.READ_MARK == read_sheet.MARK


@pytest.mark.parametrize("text", [
    "Markets rallied on Friday as the Dow \u25b2 120 points and the FTSE \u25b2 0.4% closed higher, traders said.",
    "The chart used \u25b2 for rising prices and \u25bc for falling ones, the report's authors explained in a note.",
    # one mark where the Read sheet puts one, one inside a sentence: the text's own, both kept
    "\u25b2 Prices rose in March. The index \u25b2 2 points was the largest move since 2019, analysts said.",
])
def test_a_triangle_that_is_the_texts_own_is_kept(text):
    assert f.read_sheet_text(text) == (text, "")
    assert "Read sheet" not in f.scores(text)[0][-1]


def test_a_text_with_no_marks_is_unchanged():
    assert f.read_sheet_text(REPORT) == (REPORT, "")
    assert f.scores(REPORT)[0][-1] == "scored"


ADVERTS = [
    ("Sponsored content\n\nThe new Harbour Line e-bike goes on sale this week at 1,299, the company said on Monday. "
     "Riders get a free helmet with every order placed before the end of the month, and the battery lasts for 80 "
     "kilometres on a single charge, according to the maker's own tests. Order yours today at any of our twelve shops."),
    ("Paid post\n\nA new range of garden furniture arrives in stores this spring, the retailer said in a statement. "
     "Every chair is made from recycled fishing nets collected along the coast, and the first 500 buyers will get "
     "a matching cushion free of charge. Visit our website to reserve yours before they sell out."),
]


@pytest.mark.parametrize("text", ADVERTS)
def test_the_reason_line_of_a_row_with_no_index_is_left_out(text):
    cell = _read_cell(text)
    assert cell.startswith("[no index: ")  # (the Read sheet's reason line: the case under test)
    assert f.read_sheet_text(cell)[0] == text.replace(read_sheet.MARK, "")
    assert f.scores(cell)[0][:-2] == f.scores(text)[0][:-2]  # (status45: the Why, like the Status, says how it was read)
    assert f.evidence(cell, "loaded") == f.evidence(text, "loaded")
    assert "the reason in brackets on its first line" in f.scores(cell)[0][-2]  # (status45: in the Why)


def test_a_text_that_opens_with_brackets_of_its_own_is_kept():
    for text in ("[Updated 3 March] The library will open on Sundays from May, the council said.",
                 "[no comment] was all the minister said when asked about the plan on Tuesday.\n\nMore follows."):
        assert f.read_sheet_text(text) == (text, "")
