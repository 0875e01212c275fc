"""A refresh gives a row whose text cell no longer holds text what `score` gives it (no scores,
the reason in its Status, exit code 2), never the scores of the text that was deleted; an Excel
table's totals row is not a document; an id formula with no saved value is said, not hidden."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest
from openpyxl.worksheet.table import Table

from xlplugin.cli import main
from xlplugin.inputs import ID_FORMULA_NOTE, TOTAL_ROW_REASON
from xlplugin.workbook import layout, refresh_workbook
from workbook_helpers import refresh_counts

STORIES = [
    "The ferry company said on Monday that the winter timetable will start a week early, its "
    "operations manager told the town council. Two crossings a day will be cut until March.",
    "The library reopened its reading room after a roof repair, the council's property officer said. "
    "The work took nine weeks and cost less than the board had planned, according to its report.",
    "Volunteers planted four hundred trees along the river path on Saturday, the park trust said in "
    "a statement. The trust plans a second day of planting in the autumn, its director said.",
]
INDEX, WHY, STATUS = layout.SCORE_HEADERS[0], "Why", layout.SCORE_HEADERS[-1]


def _scored_book(tmp_path):
    table = tmp_path / "docs.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "title", "text"])
        for number, story in enumerate(STORIES, start=1):
            writer.writerow([f"s{number}", f"Story {number}", story])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def _rows(book, sheet=layout.DOCUMENTS):
    ws = openpyxl.load_workbook(book, read_only=True)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:] if any(v is not None for v in row)]


def _set_text(book, row, value):
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    ws.cell(row, header.index("text") + 1).value = value
    wb.save(book)


@pytest.mark.parametrize("value", ["https://example.com/some/story", 12345, "N/A", "=CONCAT(\"a\",\"b\")"])
def test_a_text_cell_that_holds_no_text_now_loses_the_old_scores(tmp_path, value, capsys):
    book = _scored_book(tmp_path)
    assert _rows(book)[0][INDEX] is not None
    _set_text(book, 2, value)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 2  # as `score` exits for a row it cannot read
    err = capsys.readouterr().err
    # (hunt40a) a number is named as one, as `score` counts it (hunt39c); the others hold no text
    # ((hunt40b) and a web address alone as one)
    said = "1 row has a number or a date in the text cell instead of a text" if value == 12345 else \
        "1 row has only a web address in the text cell" if str(value).startswith("https:") else \
        "1 row has a formula with no saved value in the text cell" if str(value).startswith("=") else \
        "1 row has a text cell that holds no text"  # ((hunt55) a formula with no saved value named as one)
    assert refresh_counts(err)["failed"] == 1 and said in err, err
    first, second = _rows(book)[:2]
    assert first[INDEX] is None and first[WHY] is None and first[layout.STAMP_HEADERS[2]] is None
    assert first[STATUS].startswith("not scored: column text: ")
    assert "earlier run" not in first[STATUS]
    assert second[INDEX] is not None and second[STATUS] == "scored"
    # its evidence, which pointed into the deleted text, is gone; the other rows' stays
    evidence_ids = {row["Document id"] for row in _rows(book, "Evidence")}
    assert "s1" not in evidence_ids and {"s2", "s3"} <= evidence_ids
    # and it reads as a fresh score of the same workbook writes the row
    fresh = tmp_path / "fresh.xlsx"
    assert main(["score", str(book), "-o", str(fresh), "-q"]) == 2
    assert _rows(fresh)[0][STATUS] == first[STATUS]


def test_a_second_refresh_leaves_such_a_row_as_it_is(tmp_path):
    book = _scored_book(tmp_path)
    _set_text(book, 3, 42)
    refresh_workbook(book)
    before = book.read_bytes()
    summary = refresh_workbook(book)
    assert (summary.failed, summary.rescored, summary.unchanged) == (1, 0, 2)
    assert book.read_bytes() == before


def test_an_emptied_cell_and_a_number_agree_on_the_scores(tmp_path):
    book = _scored_book(tmp_path)
    _set_text(book, 2, None)
    _set_text(book, 3, 7)
    refresh_workbook(book)
    emptied, number = _rows(book)[:2]
    for row in (emptied, number):
        assert row[INDEX] is None
    assert number[WHY] is None and emptied[WHY] == "not scored: empty (no text)"  # (status45: its Status says the head)


def test_a_file_gone_from_its_folder_clears_the_rows_scores(tmp_path, capsys):
    """(resume33: a file gone from a folder that is still there no longer keeps its earlier scores,
    which read as current; a workbook moved away from its folder keeps them: test_refresh19_silent)"""
    folder = tmp_path / "texts"
    folder.mkdir()
    for number, story in enumerate(STORIES, start=1):
        (folder / f"t{number}.txt").write_text(story, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    (folder / "t1.txt").unlink()
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 2
    row = _rows(book)[0]
    assert row[INDEX] is None and "file gone" in row[STATUS] and "gave it index" in row[STATUS]


def _table_book(path, totals=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    ws.append(["id", "text", "words"])
    for number, story in enumerate(STORIES[:2], start=1):
        ws.append([f"n{number}", story, len(story.split())])
    ws.append(["Total", "=SUBTOTAL(103,Stories[text])", "=SUBTOTAL(109,Stories[words])"])
    table = Table(displayName="Stories", ref="A1:C4", totalsRowCount=1 if totals else None)
    table._initialise_columns()
    ws.add_table(table)
    wb.save(path)


def test_a_tables_totals_row_is_not_a_document(tmp_path, capsys):
    book = tmp_path / "mine.xlsx"
    _table_book(book)
    assert main(["score", str(book), "--json"]) == 0
    out, err = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["n1", "n2"]
    assert f"1 row not read, a table's totals row (Table Design > Total Row), not a document: {book} sheet Notes row 4" in err
    assert "unreadable" in err and "0 unreadable" in err


def test_a_last_table_row_without_a_totals_row_is_still_read(tmp_path, capsys):
    book = tmp_path / "mine.xlsx"
    _table_book(book, totals=False)
    # (loose26) a "Total" label and formulas under the documents is a total row all the same (no
    # table says so): left out, and said as such, not as a table's totals row
    assert main(["score", str(book), "--json"]) == 0
    out, err = capsys.readouterr()
    assert "totals row" not in err
    assert f"1 row not read, {TOTAL_ROW_REASON}: {book} sheet Notes row 4" in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["n1", "n2"]


def test_an_id_formula_with_no_saved_value_is_said(tmp_path, capsys):
    book = tmp_path / "ids.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text"])
    ws.append(["2", STORIES[0]])
    ws.append(['="A"&ROW()', STORIES[1]])
    wb.save(book)
    out = tmp_path / "scored.xlsx"
    assert main(["score", str(book), "--json", "-o", str(out)]) == 0
    printed, err = capsys.readouterr()
    lines = [json.loads(line) for line in printed.splitlines()]
    note = ID_FORMULA_NOTE.format(id="2 (no id)")
    # the row is known as a row with a blank id is, and says so; (loose26) that is no typed id
    assert [line["id"] for line in lines] == ["2", "2 (no id)"]
    assert lines[1]["input_note"] == note and lines[0]["input_note"] is None
    assert "1 row has an id formula with no saved value" in err and "sheet Sheet row 3" in err
    rows = _rows(out)
    assert rows[1]["id"] is None
    assert note in rows[1]["Why"] and "also used by row" not in rows[1][STATUS]  # (book45: the note in the Why)
    # a refresh gives the blank id cell an unused id (3: refresh_ids) and, as for any row whose
    # blank id cell it fills, scores the row again under it (loose26: the row shared no id, so its
    # Status had no note to rewrite, and the new id is why it is written)
    summary = refresh_workbook(out)
    assert (summary.rescored, summary.failed) == (1, 0)
    assert summary.id_lines and summary.id_lines[0].startswith("new ids: 3 ")


# The Sources sheet: names as typed, rows that rate nothing, an edit told


def _ratings_book(tmp_path, lines):
    table = tmp_path / "docs.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "outlet", "url", "text"])
        writer.writerow(["s1", "The Harbour Gazette", "", STORIES[0]])
        writer.writerow(["s2", "", "https://news.example.com/library", STORIES[1]])
    ratings = tmp_path / "ratings.csv"
    ratings.write_text("domain,rating,rater\n" + "".join(lines), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    code = main(["score", str(table), "--ratings", str(ratings), "-o", str(book)])
    return book, code


def test_the_sources_sheet_keeps_the_outlet_names_as_typed(tmp_path):
    book, code = _ratings_book(tmp_path, ["The Harbour Gazette,0.7,desk\n", "News.Example.com,0.8,desk\n"])
    assert code == 0
    sources = [row[:2] for row in openpyxl.load_workbook(book)[layout.SOURCES].iter_rows(min_row=2, values_only=True)
               if row[0]]
    assert sorted(sources) == [("News.Example.com", 0.8), ("The Harbour Gazette", 0.7)]
    rows = _rows(book)
    assert [row["Source rating 0-1 (higher = rated more reliable)"] for row in rows] == [0.7, 0.8]
    # (read back, case aside, as the same ratings: nothing to score again)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged, summary.settings_notes) == (0, 2, [])


def test_a_ratings_row_with_no_domain_or_outlet_is_said(tmp_path, capsys):
    book, code = _ratings_book(tmp_path, ["The Harbour Gazette,0.7,desk\n", ",0.4,desk\n"])
    assert code == 0
    assert "line 3" in capsys.readouterr().err.split("1 row holds a rating but no domain or outlet")[1]
    wb = openpyxl.load_workbook(book)
    wb[layout.SOURCES].cell(5, 2, 0.9)  # a rating typed beside no domain
    wb.save(book)
    notes = refresh_workbook(book).settings_notes
    assert [note for note in notes if "1 row holds a rating but no domain or outlet" in note and "row 5" in note], notes


def test_an_edit_of_a_sources_rating_is_named(tmp_path):
    book, code = _ratings_book(tmp_path, ["The Harbour Gazette,0.7,desk\n", "news.example.com,0.8,desk\n"])
    wb = openpyxl.load_workbook(book)
    for row in wb[layout.SOURCES].iter_rows(min_row=2):
        if row[0].value == "news.example.com":
            row[1].value = 0.3
    wb.save(book)
    summary = refresh_workbook(book)
    assert summary.settings_notes == ["settings changed: Sources news.example.com 0.8 → 0.3"]
    # the next edit is told from the ratings this refresh used
    wb = openpyxl.load_workbook(book)
    for row in wb[layout.SOURCES].iter_rows(min_row=2):
        if row[0].value == "The Harbour Gazette":
            row[1].value = 0.5
    wb.save(book)
    assert refresh_workbook(book).settings_notes == ["settings changed: Sources The Harbour Gazette 0.7 → 0.5"]  # (as the sheet writes it)
    before = book.read_bytes()
    assert refresh_workbook(book).settings_notes == [] and book.read_bytes() == before


def test_hidden_and_filtered_rows_are_scored(tmp_path, capsys):
    """(The README says so: hiding or filtering a row does not remove a document.)"""
    book = tmp_path / "hidden.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text", "desk"])
    for number, story in enumerate(STORIES, start=1):
        ws.append([f"h{number}", story, "city" if number != 2 else "sport"])
    ws.row_dimensions[2].hidden = True
    ws.auto_filter.ref = "A1:C4"
    ws.auto_filter.add_filter_column(2, ["city"])
    ws.row_dimensions[3].hidden = True  # (as the filter leaves it)
    wb.save(book)
    assert main(["score", str(book), "--json"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ["h1", "h2", "h3"]


def test_a_refresh_says_an_id_formula_with_no_saved_value_too(tmp_path):
    from xlplugin.workbook import write_template

    book = tmp_path / "template.xlsx"
    write_template(book)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("id") + 1).value = "=\"T\"&ROW()"
    ws.cell(2, header.index("text") + 1).value = STORIES[2]
    wb.save(book)
    summary = refresh_workbook(book)
    assert (summary.appended, summary.failed) == (1, 0)
    row = _rows(book)[0]
    assert row[INDEX] is not None and ID_FORMULA_NOTE.format(id="1 (no id)") in row["Why"]  # (book45: in the Why)
    assert refresh_workbook(book).unchanged == 1
