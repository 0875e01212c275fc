"""(hunt41) A text cell holding only a web address in the marks it was pasted in: an e-mail's
"<https://...>", quotation marks, a Markdown link "[Read the story](https://...)". The url column
reads such a cell as its address (hunt26a, `cells._URL_WRAPS_RE`); a text cell read it as words,
the address's letters, and said "not scored: language Portuguese" (or "no index: 5 words"), which
sent the user looking at the text's language. It is "only a web address" now, in the Excel
functions, a CSV's row and a refresh alike, with how to have the page scored. Prose that opens with
a bracket or a quotation mark is still prose."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin import cells
from xlplugin.cli import main
from xlplugin.excel import functions

# the summary's words (`inputs_summary.LINK_CELL`), written out
LINK = "with only a web address in the text cell (a link to the article, not its text)"

WRAPPED = [
    "<https://news.example.org/2026/03/ferry-timetable>",
    "[Read the whole story](https://news.example.org/2026/03/ferry-timetable)",
    '"https://news.example.org/2026/03/ferry-timetable"',
    "\u201chttps://news.example.org/2026/03/ferry-timetable\u201d",
    "<https://news.example.org/a> <https://news.example.org/b>",
    "  [story](www.example.net/local/ferry-report)  ",
]

ARTICLE = ("The ferry company said on Monday that the morning crossing would be cut from four sailings to "
           "three from June, after a review of passenger numbers, and the harbour master said the berth "
           "would be repaired over the summer while the quieter timetable ran.")


@pytest.mark.parametrize("value", WRAPPED)
def test_a_wrapped_address_alone_is_a_web_address(value):
    assert cells.not_text_reason(value.strip()) == cells.WEB_ADDRESS
    assert functions.reliability(value) == cells.WEB_ADDRESS


@pytest.mark.parametrize("value", [
    "[Updated] " + ARTICLE,
    '"We will not cut the crossing," the ferry company said on Monday.',
    "<b>Ferry</b> crossings cut",
    "'quoted words'",
    "[link](not an address)",
    "<https://news.example.org/a> and more words",
])
def test_prose_opening_with_a_bracket_or_a_mark_is_no_address(value):
    """Guards: the rule reaches no text with words of its own beside the address."""
    assert cells.not_text_reason(value.strip()) != cells.WEB_ADDRESS


def test_a_csv_row_and_a_refresh_count_it_as_a_link(tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text(f'id,text\n1,"{ARTICLE}"\n2,<https://news.example.org/2026/03/ferry-timetable>\n',
                    encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(path), "-o", str(book)]) == 2  # (a refused row: exit status 2, as before)
    err = capsys.readouterr().err
    assert f"1 not scored (1 {LINK})" in err
    ws = openpyxl.load_workbook(book)["Documents"]
    status = [c.value for c in ws[1]].index("Status")
    assert "only a web address" in ws.cell(3, status + 1).value

    wb = openpyxl.load_workbook(book)
    wb["Documents"].cell(2, 2).value = "[Read the story](https://news.example.org/2026/03/ferry-timetable)"
    wb.save(book)
    main(["refresh", str(book)])
    err = capsys.readouterr().err
    assert "row 2, column text: not text: only a web address" in err
    ws = openpyxl.load_workbook(book)["Documents"]
    assert ws.cell(2, status + 1).value.startswith("not scored: column text: not text: only a web address")
    assert ws.cell(2, status).value in (None, "")  # (no Why: no index for a link)
