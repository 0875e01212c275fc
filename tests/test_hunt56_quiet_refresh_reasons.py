"""(hunt56) `refresh -q` says in one line why rows were not refreshed. It named a text cell's
unsaved formula, a merged cell and a metadata formula apart, but counted every other refusal of
a text cell as "text cells with no text": a number, a TRUE/FALSE value, a link, a news service's
cut text, a file's name; the user looked for blank cells. Each is now counted and named as the
summary without -q names it (`inputs_summary.cell_reason`), as `score -q` counts them."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from xlplugin.cli import main, quiet_refresh_line
from xlplugin.inputs_summary import CUT_CELL, LINK_CELL, LOGICAL_CELL, VALUE_CELL, cell_reason
from xlplugin.workbook import layout
from xlplugin.workbook.refresh import RefreshSummary

# Fresh texts written for these tests.
STORIES = [
    "The harbour board said on Tuesday that the new ferry pier would open in June, and its chair told reporters "
    "that the work had cost two million pounds, less than the budget set last year.",
    "The county library will stay open until nine on Thursdays from March, its director said, after a survey of "
    "readers found that most of them could only visit in the evening.",
    "Bus route 14 will run every ten minutes at rush hour from next month, the transport office said on Monday, "
    "after complaints from commuters about crowded buses on the hill.",
    "The town's swimming pool reopens on Saturday after a repair to its roof, the council said, and entry will be "
    "free for children under twelve during the first week.",
    "A new cycle lane along the river road will be finished by the autumn, the city engineer told the planning "
    "committee, which approved the design at its meeting on Wednesday.",
    "The farmers' market moves to the old station square from April, the organisers said, because the car park "
    "it used is to be rebuilt as housing over the next two years.",
]


def _scored_book(tmp_path: Path) -> Path:
    table = tmp_path / "in.csv"
    table.write_text("id,text\n" + "".join(f'r{i},"{s}"\n' for i, s in enumerate(STORIES, 1)), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def test_refresh_quiet_names_each_kind_of_text_cell(tmp_path, capsys):
    book = _scored_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    column = [c.value for c in ws[1]].index("text") + 1
    for row, value in zip(range(2, 7), [12345, True, "https://example.org/ferry-pier", "#REF!",
                                        "The harbour board said on Tuesday that the new ferry pier [+1834 chars]"]):
        ws.cell(row, column).value = value
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book), "-q"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    # (main: "5 rows not refreshed (5 text cells with no text)")
    assert line.startswith("xlplugin: 5 rows not refreshed (1 text cell with no text, "), line
    for words in (VALUE_CELL, LOGICAL_CELL, LINK_CELL, CUT_CELL):
        assert f"1 row {words}" in line, (words, line)


def test_the_quiet_line_counts_the_rows_of_each_reason():
    summary = RefreshSummary()
    summary.failed = 3
    summary.no_text_rows = [(3, "column text: not text: a number"), (4, "column text: not text: a date"),
                            (7, "column text: error value #N/A in the cell")]
    line = quiet_refresh_line(summary)
    assert line.startswith("3 rows not refreshed (1 text cell with no text, 2 rows " + VALUE_CELL + "): "), line


def test_a_duration_is_counted_as_a_number():
    # (a "[h]:mm" cell, read as a timedelta; main: "with no text in the text cell", as a blank cell)
    assert cell_reason("column text: not text: a duration") == VALUE_CELL
