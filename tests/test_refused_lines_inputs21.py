"""(inputs21) A CSV row that `score` refused for its number of fields (its whole line kept in the
text cell, rows20) stays refused on every path that reads the workbook again: `score` given the
scored workbook (the line is never scored as an article), and a line longer than a cell holds
(32,767 characters), which the text cell keeps cut with the Status saying so, at a refresh and at
a `score` of the workbook alike."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from workbook_helpers import json_rows_by_id

from xlplugin.cells import CELL_LIMIT
from xlplugin.cli import main
from xlplugin.inputs import REFUSED_LINE, Problem, Record, read_paths
from xlplugin.workbook import layout

# Written for these tests: a calm report and a loaded rant, commas in both.
CALM = ("The river trust met on Wednesday, and its members agreed to clear the weir before the spring floods. "
        "The work will cost about six thousand pounds, the trust's treasurer said, and the towpath stays open.")
RANT = ("These lazy, crooked clowns have wrecked our river again! Everyone knows they lie, and every one "
        "of them should be sacked at once, before they ruin everything we love.")
STATUS, INDEX = layout.SCORE_HEADERS[-1], layout.SCORE_HEADERS[0]


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# Lines refused for their number of fields: an unquoted comma in the text (the rant after the
# calm report, a piece of text under "outlet"), several of them, and a row short of a field.
REFUSED = [
    f"r2,{CALM},River News",
    f"r2,{CALM} Later, {RANT},River News",
    f"r2,{RANT}",
    f"r2,{_quoted(CALM)}",
]


def _documents(book: Path) -> list[dict]:
    ws = openpyxl.load_workbook(book)["Documents"]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True) if any(row)]


def _scored_book(tmp_path: Path, line: str) -> Path:
    path = tmp_path / "in.csv"
    path.write_text(f"id,text,outlet\nr1,{_quoted(CALM)},River News\n{line}\n", encoding="utf-8")
    book = tmp_path / "b.xlsx"
    assert main(["score", str(path), "-o", str(book), "-q"]) == 2  # (a row it could not read)
    return book


@pytest.mark.parametrize("line", REFUSED)
def test_scoring_a_scored_workbook_keeps_a_refused_line_refused(tmp_path, line, capsys):
    book = _scored_book(tmp_path, line)
    refused = _documents(book)[1]
    first, again = read_paths([str(book)])
    assert isinstance(first, Record)
    assert isinstance(again, Problem) and again.kind == REFUSED_LINE
    assert "not scored: " + again.message == refused[STATUS]
    rows = json_rows_by_id(capsys, str(book))
    assert rows["r2"]["reliability"] is None and rows["r2"]["error"] == again.message
    assert rows["r1"]["reliability"] is not None
    # into a new workbook: the row as it was, refused, and still refused at its refresh
    new = tmp_path / "new.xlsx"
    main(["score", str(book), "-o", str(new), "-q"])
    row = _documents(new)[1]
    assert row[STATUS] == refused[STATUS] and row[INDEX] is None and row["text"] == refused["text"]
    capsys.readouterr()
    assert main(["refresh", str(new)]) == 0
    said = capsys.readouterr()
    assert "scored again" not in said.err + said.out and "still refused" in said.err + said.out


@pytest.mark.parametrize("line", REFUSED[:2])
def test_a_refused_line_the_user_mended_in_the_workbook_is_scored(tmp_path, line, capsys):
    """The row mended in its cells (the text alone in the text cell): read as a document."""
    book = _scored_book(tmp_path, line)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("text") + 1).value = CALM
    ws.cell(3, header.index("outlet") + 1).value = "River News"
    wb.save(book)
    rows = json_rows_by_id(capsys, str(book))
    assert rows["r2"]["reliability"] is not None and rows["r2"]["reliability"] == rows["r1"]["reliability"]


def _long_line(words: int) -> str:
    # a refused line (an unquoted comma each sentence) longer than a cell holds
    sentence = "The weir was cleared on Friday, the trust said, and the towpath stayed open. "
    return "r2," + sentence * words + ",River News"


@pytest.mark.parametrize("repeats", [440, 600, 1200])
def test_a_refused_line_longer_than_a_cell_keeps_what_fits_and_says_so(tmp_path, repeats, capsys):
    line = _long_line(repeats)
    assert len(line) > CELL_LIMIT
    book = _scored_book(tmp_path, line)
    row = _documents(book)[1]
    assert row[INDEX] is None and len(row["text"]) <= CELL_LIMIT
    status = row[STATUS]
    assert status.startswith("not scored: it has") and f"the line has {len(line):,} characters" in status
    assert "mend the row in the CSV file" in status
    kept = int(status.split("keeps only its first ")[1].split(":")[0].replace(",", ""))
    assert row["text"][:kept] == line[:kept]
    # a refresh leaves it refused, as it was: not a cut article "keeping earlier scores"
    capsys.readouterr()
    written = book.read_bytes()
    assert main(["refresh", str(book)]) == 0
    said = capsys.readouterr()
    assert "still refused" in said.err + said.out and "earlier scores" not in said.err + said.out
    assert book.read_bytes() == written and _documents(book)[1][STATUS] == status
    # and `score` of the workbook too
    rows = json_rows_by_id(capsys, str(book))
    assert rows["r2"]["reliability"] is None and rows["r2"]["error"] == status.removeprefix("not scored: ")
