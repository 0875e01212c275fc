"""(hunt40a) A refresh's line after its summary grouped a number, a text cut short by a news
service (`... [+1834 chars]`) and a cell with no text at all as "N rows have a text cell that holds
no text (a web address, a number, ...)", where `score` names each (hunt39c: `1 with a text cut
short in the text cell`, `1 with a number or a date in the text cell instead of a text`). Each is
said in its own words; the exit status is kept (2 for any of them found by this run, 0 where all
were said before), and "the exit status is 0" is said only where it is (a line of rows said
before, beside a new row of another kind on a line of its own, does not say it)."""

from __future__ import annotations

import csv

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import layout

# (our own short articles, written for these tests)
TEXTS = [
    "The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting at which "
    "residents asked about the cost of the works and the months the ferry road would be closed.",
    "The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust said on "
    "Monday, and its manager said the new roof cost 1.2 million pounds, paid by the council.",
    "Two bus routes to the hospital will run every ten minutes from April, the transport authority said on Thursday, "
    "after patients and staff complained that the buses were full by eight in the morning.",
    "The island ferry will sail twice more each day in summer, the operator said on Friday, after a year in which the "
    "morning boats left passengers on the quay on most weekends from May to September.",
]
CUT = "The town's swimming pool will reopen in June after a year of repairs to its roof, the trust said\u2026 [+1834 chars]"
NUMBER_LINE = "1 row has a number or a date in the text cell instead of a text: it has no scores"
CUT_LINE = "1 row has a text cut short in the text cell (not the whole text"
NO_TEXT_LINE = "1 row has a text cell that holds no text"


def _book(tmp_path):
    source, book = tmp_path / "list.csv", tmp_path / "book.xlsx"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "title", "text"]] + [[f"d{n}", f"T{n}", t] for n, t in enumerate(TEXTS, 1)])
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    return book


def _type(book, cells):
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    column = [c.value for c in ws[1]].index("text") + 1
    for row, value in cells.items():
        ws.cell(row, column).value = value
    wb.save(book)


def _refresh(capsys, book):
    capsys.readouterr()
    code = main(["refresh", str(book)])
    return code, [line for line in capsys.readouterr().err.splitlines() if "row has" in line or "rows have" in line]


def _line(lines, start):
    found = [line for line in lines if line.startswith(f"xlplugin: {start}")]
    assert len(found) == 1, lines
    return found[0]


def test_a_number_a_cut_text_and_no_text_are_each_named(tmp_path, capsys):
    book = _book(tmp_path)
    # ((hunt40b) a web address alone is named apart too: N/A is the cell with no text here)
    _type(book, {2: 12345, 3: CUT, 4: "N/A"})
    code, lines = _refresh(capsys, book)
    assert code == 2
    assert "row 2, column text: not text: a number" in _line(lines, NUMBER_LINE)
    assert "[+1834 chars]" in _line(lines, CUT_LINE) and "row 3," in _line(lines, CUT_LINE)
    no_text = _line(lines, NO_TEXT_LINE)
    assert "row 4, column text: not text: N/A" in no_text
    assert "row 2" not in no_text and "row 3" not in no_text and "a number" not in no_text.split(": ")[1]
    code, lines = _refresh(capsys, book)  # (as it was: each said before, nothing new)
    assert code == 0
    for start in (NUMBER_LINE, CUT_LINE, NO_TEXT_LINE):
        assert "(all already said by an earlier run; the exit status is 0 as nothing new was found)" in _line(lines, start)


def test_the_exit_status_is_said_to_be_0_only_where_it_is(tmp_path, capsys):
    book = _book(tmp_path)
    _type(book, {4: "N/A"})  # ((hunt40b) was a web address, now named apart)
    assert _refresh(capsys, book)[0] == 2
    _type(book, {2: 12345})  # (a new problem in another row, of another kind)
    code, lines = _refresh(capsys, book)
    assert code == 2
    said = _line(lines, NO_TEXT_LINE)
    assert "(all already said by an earlier run)" in said and "exit status is 0" not in said
    assert "already said" not in _line(lines, NUMBER_LINE)
