"""book44: the scored workbook as a reader who is no programmer reads it."""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main
from xlplugin.inputs import Record, records_from_rows

PROSE = ("The harbour board met on Tuesday to discuss the new ferry timetable. Ann Lee, the board's chair, "
         "said the later sailings would start in May. Residents asked for an earlier boat on Sundays. ") * 3


def _status(book, row: int, column: str = "Status") -> str:
    ws = openpyxl.load_workbook(book)["Documents"]
    headers = [c.value for c in ws[1]]
    return str(ws.cell(row=row, column=headers.index(column) + 1).value)


def test_a_row_with_no_text_and_no_file_says_to_name_its_file(tmp_path):
    rows = [["1", "Ferry times", "", "a.txt"], ["2", "A row added later", "", ""]]
    read = list(records_from_rows(["id", "title", "text", "file"], rows, "t.csv", None, tmp_path))
    added = read[1]
    assert isinstance(added, Record) and added.text == ""
    assert "write the name of the file that holds its text in column 'file'" in added.note
    assert "column 'text'" in added.note


def test_a_table_of_files_alone_says_only_the_file_column(tmp_path):
    read = list(records_from_rows(["id", "path"], [["1", ""]], "t.csv", None, tmp_path))
    assert "in column 'path'" in read[0].note and "paste" not in read[0].note


def test_a_row_added_to_a_book_of_files_says_to_write_its_file_name(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "ferry.txt").write_text("Ferry timetable changes\n\n" + PROSE, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    headers = [c.value for c in ws[1]]
    ws.cell(row=3, column=headers.index("id") + 1, value="new")
    ws.cell(row=3, column=headers.index("title") + 1, value="An article to add")
    wb.save(book)
    main(["refresh", str(book)])
    status = _status(book, 3)
    assert status.startswith("not scored")
    # (book45: the note in the Why)
    assert "write the name of the file that holds its text in column 'file'" in _status(book, 3, "Why")


def test_a_row_with_a_text_names_no_file_column_guard(tmp_path):
    """Guard: a row with its text is read as it is, with no note about a file."""
    read = list(records_from_rows(["id", "text", "file"], [["1", PROSE, ""]], "t.csv", None, tmp_path))
    assert read[0].text.strip() and "file that holds" not in (read[0].note or "")


# --- the Outlets sheet: no blank band where there is no chart; the kinds apart from a spread ---

def _outlets_book(tmp_path, outlets: list[str]):
    from xlplugin import Settings, score_many
    from xlplugin.workbook import write_scored_workbook

    rows = [[str(i), f"Story {i}", outlet, PROSE] for i, outlet in enumerate(outlets, start=1)]
    items = list(records_from_rows(["id", "title", "outlet", "text"], rows, "t.csv", None, tmp_path))
    results = list(score_many([item.as_input() for item in items], settings=Settings(), workers=1))
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, results, Settings())
    return openpyxl.load_workbook(path)["Outlets"]


def _points_above_table(ws) -> float:
    from xlplugin.workbook.outlets import HEADER_ROW

    return sum(ws.row_dimensions[r].height or 15 for r in range(1, HEADER_ROW))


def test_an_outlets_sheet_with_no_chart_has_no_blank_band_above_its_table(tmp_path):
    from xlplugin.workbook.outlets import HEADER_ROW, NO_CHART

    ws = _outlets_book(tmp_path, ["", ""])
    assert any(ws.cell(row=r, column=1).value == NO_CHART for r in range(1, HEADER_ROW))
    assert ws.cell(row=HEADER_ROW, column=1).value == "Outlet or web site"  # (where a refresh finds it)
    # the title, three note lines, an empty row, the no-chart line (6 rows of 15 points) and thin rows: not 20 full rows
    assert _points_above_table(ws) < 10 * 15


def test_an_outlets_sheet_with_a_chart_keeps_its_room_guard(tmp_path):
    """Guard: the rows a chart sits in are not shrunk."""
    ws = _outlets_book(tmp_path, ["Quayside Courier", "Harbour Post"])
    assert ws._charts and _points_above_table(ws) >= 18 * 15


def test_the_document_kinds_stand_apart_from_the_spread_before_them(tmp_path):
    from xlplugin.workbook.outlets import FIRST_ROW, FORMAT_ROW, HEADERS

    ws = _outlets_book(tmp_path, ["Quayside Courier", "Quayside Courier"])
    column = HEADERS.index("Document kinds") + 1
    for row in (FORMAT_ROW, FIRST_ROW):  # (the format row: what a refresh gives the rows it writes)
        align = ws.cell(row=row, column=column).alignment
        assert align.horizontal == "left" and align.indent >= 1


# --- the README says what the Outlets sheet counts ---

def test_the_readme_says_a_row_not_scored_is_not_counted_in_documents(tmp_path):
    import re
    from pathlib import Path

    from xlplugin.workbook.outlets import FIRST_ROW, HEADERS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    outlets = re.search(r"^- \*\*Outlets\*\*:(.*?)^- \*\*", readme, re.S | re.M).group(1)
    prose = " ".join(outlets.split())
    assert "not counted in Documents" in prose
    assert "could not be scored (\"N/A\" in its text cell) too" not in prose
    # and the code does so: an outlet's N/A row is not among its documents
    items = list(records_from_rows(["id", "outlet", "text"], [["1", "Quayside Courier", PROSE],
                                                              ["2", "Quayside Courier", "N/A"]], "t.csv", None, tmp_path))
    from xlplugin import Settings, score_many
    from xlplugin.workbook import write_scored_workbook

    records = [item for item in items if isinstance(item, Record)]
    scored = iter(score_many([r.as_input() for r in records], settings=Settings(), workers=1))
    path = tmp_path / "counted.xlsx"
    write_scored_workbook(path, items, [next(scored) if isinstance(i, Record) else None for i in items], Settings())
    ws = openpyxl.load_workbook(path)["Outlets"]
    row = [c.value for c in ws[FIRST_ROW]]
    assert row[0] == "Quayside Courier" and row[HEADERS.index("Documents")] == 1


# --- a side's name is no possessive whose noun was cut off ---

def test_a_possessive_before_a_thing_is_no_side():
    from xlplugin.source_sides import classify

    assert classify("just ahead of President Brandt\u2019s visit to Norway") == ""
    assert classify("days after the Governor's tour of the port") == ""


def test_a_body_with_a_possessive_in_its_name_keeps_its_side_guard():
    """Guard: the rule reaches no body whose name holds or ends in a possessive."""
    from xlplugin.source_sides import classify

    assert classify("a spokeswoman for the Minister\u2019s office") == "Minister\u2019s office"
    assert classify("a spokesman for the county council") == "the county council"
    assert classify("head of the Patients Association") == "Patients Association"


def test_the_why_names_no_possessive_as_a_side():
    from xlplugin import score_text

    text = ("Harbour talks resume\n\nJust ahead of President Brandt\u2019s visit to Norway, Eastmark announced "
            "new patrols in the strait. Prime Minister Ola Dahl told reporters the government would answer in kind. "
            "The patrols began on Monday, officials said, and three ships have already sailed north. ") * 2
    result = score_text(text)
    why = result.signals["provenance"].note + " " + " ".join(str(e.detail) for e in result.signals["provenance"].evidence)
    assert "Brandt\u2019s," not in why and "Brandt\u2019s)" not in why
