"""(refused22) A CSV row that `score` refused for its number of fields keeps its whole line in the
text cell, its Text hash stamped as the line's (rows20, inputs21). Such a row stays refused
whatever its Status cell says (emptied, as one step of mending, or typed over): the line is never
scored as an article, by a refresh or by `score` of the workbook, and its Status says what to mend.
A refresh with nothing edited says nothing changed, also where a refused line shares its id with a
good row or is longer than a cell holds, at the first refresh and at every later one."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from workbook_helpers import json_rows_by_id, refresh_said

from xlplugin.cli import main
from xlplugin.workbook import layout

# Written for these tests: a calm report, a loaded rant and a calm notice, commas in each.
CALM = ("The library board met on Monday, and it agreed to open the reading room on Sundays from May. "
        "The change will cost about two thousand pounds a year, the board's chair said, and no staff will lose hours.")
RANT = ("These greedy, useless cowards have ruined our library again! Everybody knows they cheat, and every "
        "single one of them should be thrown out today, before they wreck everything.")
NOTICE = ("The bridge on Mill Lane will close for repairs from 4 June, the county said on Tuesday. "
          "Buses will use the ring road, and the works should take three weeks.")
STATUS, INDEX = layout.SCORE_HEADERS[-1], layout.SCORE_HEADERS[0]
# What a refresh says when rows were removed, copied, moved or renamed since the last one.
CHANGE_WORDS = ("removed", "duplicated", "reordered", "moved", "id changed", "ids changed", "made again",
                "written again", "scored again")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# Lines refused for their number of fields: an unquoted comma in the text, several, a short row.
REFUSED = [
    f"r2,{CALM},Town Courier",
    f"r2,{NOTICE} Later, {RANT},Town Courier",
    f"r2,{RANT}",
]


def _documents(book: Path) -> list[dict]:
    ws = openpyxl.load_workbook(book)["Documents"]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True) if any(row)]


def _scored_book(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "in.csv"
    path.write_text("id,text,outlet\n" + "".join(line + "\n" for line in lines), encoding="utf-8")
    book = tmp_path / "b.xlsx"
    assert main(["score", str(path), "-o", str(book), "-q"]) == 2  # (a row it could not read)
    return book


def _set_status(book: Path, row: int, value: str | None) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(row, header.index(STATUS) + 1).value = value
    wb.save(book)


@pytest.mark.parametrize("line", REFUSED)
@pytest.mark.parametrize("status", [None, "", "mended", "scored"])
def test_a_refused_line_stays_refused_whatever_its_status_cell_says(tmp_path, line, status, capsys):
    book = _scored_book(tmp_path, [f"r1,{_quoted(CALM)},Town Courier", line])
    refused_text = _documents(book)[1]["text"]
    _set_status(book, 3, status)
    # `score` of the workbook: the row is refused, and says what to mend
    rows = json_rows_by_id(capsys, str(book))
    assert rows["r2"]["reliability"] is None and "put each field in its own cell" in rows["r2"]["error"]
    assert rows["r1"]["reliability"] is not None
    # a refresh: still refused, its Status written again saying what to mend, nothing else changed
    said = refresh_said(book, capsys)
    assert "still refused" in said and not any(word in said for word in CHANGE_WORDS), said
    row = _documents(book)[1]
    assert row[INDEX] is None and row["text"] == refused_text
    assert row[STATUS].startswith("not scored: ") and "put each field in its own cell" in row[STATUS]
    # and every later refresh says nothing changed
    for _ in range(2):
        said = refresh_said(book, capsys)
        assert "still refused" in said and not any(word in said for word in CHANGE_WORDS), said
    assert _documents(book)[1] == row


@pytest.mark.parametrize("text", [CALM, RANT])
def test_a_refused_line_mended_in_its_cells_with_its_status_emptied_is_scored(tmp_path, text, capsys):
    """The mend the message asks for: the text alone in the text cell (and the Status emptied)."""
    book = _scored_book(tmp_path, [f"r1,{_quoted(text)},Town Courier", f"r2,{text},Town Courier"])
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("text") + 1).value = text
    ws.cell(3, header.index("outlet") + 1).value = "Town Courier"
    ws.cell(3, header.index(STATUS) + 1).value = None
    wb.save(book)
    refresh_said(book, capsys)
    first, mended = _documents(book)
    assert mended[INDEX] is not None and mended[INDEX] == first[INDEX] and mended[STATUS].startswith("scored")


@pytest.mark.parametrize("good_first", [False, True])
@pytest.mark.parametrize("line", REFUSED[:2])
def test_a_refused_line_sharing_its_id_with_a_good_row_changes_nothing_at_arefresh_said(tmp_path, line, good_first,
                                                                                     capsys):
    """The refused line is no document, as `score` read it: the good row keeps the id alone, and no
    refresh with nothing edited says an id changed or a row was removed."""
    good = f"r2,{_quoted(NOTICE)},Town Courier"
    lines = [f"r1,{_quoted(CALM)},Town Courier", *([good, line] if good_first else [line, good])]
    book = _scored_book(tmp_path, lines)
    before = _documents(book)
    for _ in range(3):
        said = refresh_said(book, capsys)
        assert "still refused" in said and not any(word in said for word in CHANGE_WORDS), said
    assert _documents(book) == before


def _long_line(repeats: int) -> str:
    sentence = "The ferry ran late on Sunday, the harbour office said, and the cafe stayed shut. "
    return "r2," + sentence * repeats + ",Town Courier"


@pytest.mark.parametrize("repeats", [420, 900])
def test_a_refused_line_longer_than_a_cell_changes_nothing_at_later_refreshes(tmp_path, repeats, capsys):
    book = _scored_book(tmp_path, [f"r1,{_quoted(CALM)},Town Courier", _long_line(repeats)])
    before = _documents(book)
    for _ in range(3):
        said = refresh_said(book, capsys)
        assert "still refused" in said and not any(word in said for word in CHANGE_WORDS), said
    assert _documents(book) == before
