"""(hunt42) A workbook whose only sheet with a text column is hidden (an old copy, a lookup
table) is read from that sheet, as before, but the summary now says the sheet read is hidden:
it said only "the first sheet with a text column", as if the user could see it. A visible
sheet read says nothing of hiding (the guard). The texts are made up here."""

from __future__ import annotations

import json

import openpyxl
import pytest
from xlplugin.cli import main

STORY = ("The county council said on Monday that the bridge on Mill Road will reopen in June, its highways "
         "officer told a public meeting. The repairs cost less than planned, the council's report says.")


def _book(path, hidden: bool):
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    wb.active.append(["Reading list for the spring term"])
    ws = wb.create_sheet("Old copy")
    ws.append(["title", "text"])
    ws.append(["Bridge", STORY])
    if hidden:
        ws.sheet_state = "hidden"
    wb.save(path)
    return path


@pytest.mark.parametrize("options, wanted", [([], "a text column"), (["--text-column", "text"], "that column")])
def test_a_hidden_sheet_read_is_said_to_be_hidden(tmp_path, capsys, options, wanted):
    book = _book(tmp_path / "book.xlsx", hidden=True)
    assert main(["score", str(book), "--json", *options]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["text"] for line in captured.out.splitlines()] == [STORY]
    assert (f"the documents were read from sheet 'Old copy' (a hidden sheet, read because no visible sheet has "
            f"{wanted}; its text column: 'text')") in captured.err


def test_guard_a_visible_sheet_read_is_not_called_hidden(tmp_path, capsys):
    book = _book(tmp_path / "book.xlsx", hidden=False)
    assert main(["score", str(book), "--json"]) == 0
    err = capsys.readouterr().err
    assert "the documents were read from sheet 'Old copy' (the first sheet with a text column: 'text')" in err
    assert "hidden" not in err
