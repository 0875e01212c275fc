"""(guard21) A CSV row `score` refused keeps its whole line in the text cell. A user who mends the
stray comma, or puts the text in double quotes, inside that cell leaves the row's id and outlet in
the text: the cell still reads as a whole CSV line of the sheet's columns. Such a row is never
scored as one text (id and outlet inside it, no outlet, no rating): it stays refused, by a refresh
and by `score` of the workbook, and its Status says what to mend. So is a new row whose text cell
holds a pasted CSV line of the sheet's columns. A text that merely starts with the row's id and a
comma, in a row that was never refused, is scored as any text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from workbook_helpers import json_rows_by_id, refresh_said

from xlplugin.cli import main
from xlplugin.workbook import layout

# Written for these tests: a calm notice with commas, and a loaded rant with commas.
NOTICE = ("The swimming pool on Quarry Road will reopen on 3 March, the council said on Friday, "
          "after new filters were fitted. Tickets will cost the same as last year.")
RANT = ("These lazy, spineless officials are wasting every penny we have! Obviously they lie, again and "
        "again, and nobody dares to stop them.")
STATUS, INDEX = layout.SCORE_HEADERS[-1], layout.SCORE_HEADERS[0]


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _documents(book: Path) -> list[dict]:
    ws = openpyxl.load_workbook(book)["Documents"]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True) if any(row)]


def _scored_book(tmp_path: Path, lines: list[str], separator: str = ",") -> Path:
    path = tmp_path / "in.csv"
    path.write_text(separator.join(["id", "text", "outlet"]) + "\n" + "".join(line + "\n" for line in lines),
                    encoding="utf-8")
    book = tmp_path / "b.xlsx"
    main(["score", str(path), "-o", str(book), "-q"])
    return book


def _set_text(book: Path, row: int, edit) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    cell = ws.cell(row, [c.value for c in ws[1]].index("text") + 1)
    cell.value = edit(cell.value)
    wb.save(book)


def _first_comma_out(text: str) -> str:
    """The line with the text's first comma (the one after the id's is the separator) removed."""
    head, _, rest = text.partition(",")
    return head + "," + rest.replace(",", "", 1)


def _all_text_commas_out(text: str) -> str:
    """Every comma of the text removed: the line then has the header's number of fields."""
    head, _, rest = text.partition(",")
    body, _, outlet = rest.rpartition(",")
    return f"{head},{body.replace(',', '')},{outlet}"


def _text_quoted(text: str) -> str:
    head, _, rest = text.partition(",")
    body, _, outlet = rest.rpartition(",")
    return f"{head},{_quoted(body)},{outlet}"


def _word_changed(text: str) -> str:
    return text.replace("penny", "pound").replace("filters", "pumps")


MENDS = [_first_comma_out, _all_text_commas_out, _text_quoted, _word_changed]


@pytest.mark.parametrize("mend", MENDS)
@pytest.mark.parametrize("text", [NOTICE, RANT])
def test_a_refused_line_mended_inside_its_cell_stays_refused(tmp_path, text, mend, capsys):
    book = _scored_book(tmp_path, [f"r1,{_quoted(NOTICE)},Town Courier", f"r2,{text},Town Courier"])
    assert _documents(book)[1][INDEX] is None  # (refused by `score`: its commas are not in quotes)
    _set_text(book, 3, mend)
    mended = _documents(book)[1]["text"]
    said = refresh_said(book, capsys)
    assert "still refused" in said, said
    row = _documents(book)[1]
    assert row[INDEX] is None and row["text"] == mended
    assert row[STATUS].startswith("not scored: ") and "put each field in its own cell" in row[STATUS]
    # a later refresh leaves it so; `score` of the workbook refuses it too
    assert "still refused" in refresh_said(book, capsys)
    assert _documents(book)[1] == row
    rows = json_rows_by_id(capsys, str(book))
    assert rows["r2"]["reliability"] is None and "put each field in its own cell" in rows["r2"]["error"]
    assert rows["r1"]["reliability"] is not None


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_a_csv_line_pasted_into_a_new_rows_text_cell_is_not_scored_as_one_text(tmp_path, separator, capsys):
    book = _scored_book(tmp_path, [f"r1,{_quoted(NOTICE)},Town Courier"])
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("id") + 1).value = "r2"
    ws.cell(3, header.index("text") + 1).value = separator.join(["r2", _quoted(RANT), "Town Courier"])
    wb.save(book)
    refresh_said(book, capsys)
    row = _documents(book)[1]
    assert row[INDEX] is None and "put each field in its own cell" in row[STATUS]


@pytest.mark.parametrize("text", ["r2, a calm start: the pool reopens in March, the council said on Friday.",
                                  "r2,000 people signed the letter, the organisers said on Monday."])
def test_a_text_that_starts_with_its_id_is_scored_where_it_is_no_line_of_the_sheet(tmp_path, text, capsys):
    """Fields not as many as the sheet's columns, in a row never refused: a text, scored."""
    book = _scored_book(tmp_path, [f"r1,{_quoted(NOTICE)},Town Courier"])
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("id") + 1).value = "r2"
    ws.cell(3, header.index("text") + 1).value = text + " " + NOTICE
    wb.save(book)
    refresh_said(book, capsys)
    row = _documents(book)[1]
    assert not row[STATUS].startswith("not scored") and row[INDEX] is not None, row[STATUS]
