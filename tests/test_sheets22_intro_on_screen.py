"""Each sheet whose first row is its header (Documents, Overview, Evidence, Settings, Sources)
says what it shows on screen too, not only above its printed pages (sheets22): the input message
of its first header cell, A1, the cell selected when the sheet opens. Row 1 stays the header,
so a refresh of a workbook written before or after reads every sheet as it did, and keeps the
message."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout
from xlplugin.workbook.writer import INTRO_TITLE

# Fresh texts written for this test (25 words or more: each gets an index).
STORIES = (
    "The harbour board reopened the north pier on Monday after six weeks of repairs, its engineer "
    "Tomas Reyes said. The work cost 2.1 million, according to the board's published accounts.",
    "Honestly, this is the worst decision the council has ever made, and everyone knows it. They "
    "will regret it, and so will we, because nobody ever listens to people like us!",
    "A small bakery on Elm Street won the regional bread prize this year. The owner, Ada Lind, "
    "told the judges she bakes every loaf by hand before dawn, six days a week.",
)


def _score(tmp_path, ratings: bool) -> tuple:
    table = tmp_path / "in.csv"
    lines = ["id,title,url,text"] + [f'{n},Story {n},https://news{n}.example.org/a,"{text}"'
                                      for n, text in enumerate(STORIES, start=1)]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    book = tmp_path / "out.xlsx"
    args = ["score", str(table), "-o", str(book), "-q"]
    if ratings:
        sources = tmp_path / "ratings.csv"
        sources.write_text("domain,rating,rater\nnews1.example.org,0.8,my desk\n", encoding="utf-8")
        args += ["--ratings", str(sources)]
    assert main(args) == 0
    return book


def _intro_messages(ws) -> list:
    return [dv for dv in ws.data_validations.dataValidation
            if str(dv.sqref) == "A1" and dv.prompt == layout.SHEET_INTROS[ws.title]]


@pytest.mark.parametrize("ratings", [False, True])
@pytest.mark.parametrize("refreshed", [False, True])
def test_each_sheet_headed_by_its_table_says_what_it_shows_on_screen(tmp_path, refreshed, ratings):
    book = _score(tmp_path, ratings)
    before = {ws.title: [c.value for c in ws[1]] for ws in openpyxl.load_workbook(book).worksheets}
    if refreshed:
        wb = openpyxl.load_workbook(book)
        headers = [c.value for c in wb[layout.DOCUMENTS][1]]
        wb[layout.DOCUMENTS].cell(2, headers.index("text") + 1).value = STORIES[0] + " It opens at dawn."
        wb.save(book)
        assert main(["refresh", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    for title in layout.SHEET_INTROS:
        ws = wb[title]
        # row 1 is still the header a refresh reads the sheet by (unchanged by the message)
        assert [c.value for c in ws[1]] == before[title], title
        (message,) = _intro_messages(ws)
        assert message.showInputMessage and message.type in (None, "none"), title  # any value: a message, not a check
        assert message.promptTitle == INTRO_TITLE
        # A1 is the cell selected when the sheet opens, so its message shows without a click
        assert ws.sheet_view.selection[0].activeCell in (None, "A1"), title
    if refreshed:  # the edited row was scored again: the refresh read the sheets by their header rows
        ws = wb[layout.DOCUMENTS]
        headers = [c.value for c in ws[1]]
        assert ws.cell(2, headers.index(layout.SCORE_HEADERS[-1]) + 1).value.startswith("scored")
        evidence = wb[layout.EVIDENCE]
        assert [c.value for c in evidence[1]][:len(layout.EVIDENCE_HEADERS)] == list(layout.EVIDENCE_HEADERS)


def test_every_intro_fits_an_input_message():
    """A spreadsheet keeps at most 255 characters of an input message and 32 of its title."""
    assert len(INTRO_TITLE) <= 32
    for title, intro in layout.SHEET_INTROS.items():
        assert intro.startswith(f"{title}: ") and len(intro) <= 255, title
