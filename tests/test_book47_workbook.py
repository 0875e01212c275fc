"""book47: nothing silently wrong in the workbook as people read it.

A "(more)" Evidence row says the Read sheet marks its items only where the workbook has one; a
cell is cut by Excel's count of its characters (UTF-16 code units: an emoji takes two), never
between the halves of an emoji, and the row's note says it was cut."""

from __future__ import annotations

import csv
import re

import openpyxl

from xlplugin.cells import CELL_LIMIT, CUT_RE, safe_text
from xlplugin.cli import main
from xlplugin.inputs import refused_line_cut_note
from xlplugin.workbook import refresh_rebuild, refresh_workbook
from xlplugin.workbook.cut_cells import full_cut_cell
from xlplugin.workbook.refresh_styles import SheetNotAdded

from workbook_helpers import LOUD, PIER_LINE as CALM, more_rows

FACES = "\U0001F600\U0001F525 "  # (two characters beyond U+FFFF and a space: 3 characters, 5 UTF-16 units)


def _units(text: str) -> int:
    """A text's length as Excel counts it (UTF-16 code units), counted apart from the code under test."""
    return len(text.encode("utf-16-le")) // 2


def _scored(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(["id", "outlet", "text"])
    ws.append(["k1", "Loud", LOUD])
    ws.append(["k2", "Calm", CALM])
    wb.save(tmp_path / "in.xlsx")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(tmp_path / "in.xlsx"), "-o", str(book), "-q"]) == 0
    return book


def test_a_more_row_names_the_read_sheet_where_there_is_one(tmp_path):
    # (a guard: the wording print46 gave it stays where the sheet is there)
    more = more_rows(_scored(tmp_path))
    assert more and all("marked in the document's text on the Read sheet" in text for text in more)


def test_a_more_row_in_a_workbook_with_no_read_sheet_does_not_point_to_it(tmp_path, monkeypatch):
    book = _scored(tmp_path)
    wb = openpyxl.load_workbook(book)
    del wb["Read"]
    wb["Documents"]["C2"] = LOUD + " Another outrageous lie."  # (scored again at the refresh)
    wb.save(book)

    def refuse(*_args):
        raise SheetNotAdded("the workbook's styles part has no fonts")

    monkeypatch.setattr(refresh_rebuild, "transplanted_parts", refuse)
    refresh_workbook(book)
    assert "Read" not in openpyxl.load_workbook(book).sheetnames
    more = more_rows(book)
    assert more
    for text in more:
        assert "on the Read sheet" not in text and "the Read sheet does not mark" not in text
        assert "this workbook has no Read sheet" in text and "xlplugin score BOOK.xlsx -o NEW.xlsx" in text


def test_cut_units_counts_as_excel_and_never_splits_an_emoji():
    from xlplugin.cells import cell_units, cut_units

    text = "a\U0001F600b"
    assert cell_units(text) == 4 and cell_units("plain") == 5 and cell_units("\u00e9t\u00e9") == 3
    assert [cut_units(text, n) for n in range(5)] == ["", "a", "a", "a\U0001F600", text]


def test_a_text_of_emoji_is_cut_to_what_a_cell_holds_as_excel_counts():
    text = "\U0001F600" * 20_000  # 20,000 characters, 40,000 UTF-16 units
    kept = safe_text(text)
    assert _units(kept) <= CELL_LIMIT
    assert CUT_RE.search(kept)
    body = kept[:CUT_RE.search(kept).start()]
    assert set(body) == {"\U0001F600"}  # (whole emoji only)
    assert f"{len(text) - len(body)} more characters" in kept  # (the marker counts characters)


def test_other_characters_count_one():
    # (a guard: a text of accented letters fills the cell to the limit, as before)
    assert safe_text("\u00e9" * CELL_LIMIT) == "\u00e9" * CELL_LIMIT


def test_a_not_scored_text_of_emoji_fits_its_cells_and_its_why_says_it_was_cut(tmp_path):
    source = tmp_path / "in.csv"
    with open(source, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["id", "text"])
        out.writerow(["e1", FACES * 8000])  # (24,000 characters: under the limit as Python counts, 40,000 in Excel)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert _units(cell.value) <= CELL_LIMIT, (ws.title, cell.coordinate)
    docs = wb["Documents"]
    headers = [c.value for c in docs[1]]
    text = docs.cell(row=2, column=headers.index("text") + 1).value
    assert CUT_RE.search(text)
    # (a row the engine read says the cut in its Why; a row refused before it, as a text of emoji
    # alone is since hunt52 ("not prose: ... a dump"), in its Status: rows.owned_values)
    why = docs.cell(row=2, column=headers.index("Why") + 1).value or ""
    status = docs.cell(row=2, column=headers.index("Status") + 1).value or ""
    assert "not scored" in status
    assert "cut to fit one cell" in why + status
    read = [str(c.value) for c in wb["Read"]["F"] if c.value and FACES.strip() in str(c.value)]
    assert read and "cut here" in read[0]


def test_a_refused_line_of_emoji_says_it_was_longer_than_a_cell_holds():
    line = FACES * 8000
    note = refused_line_cut_note(line, safe_text(line))
    assert "more than a cell holds" in note and "as two" in note


def test_a_full_cell_of_emoji_is_still_found_as_cut():
    from xlplugin.cells import cut_units

    kept = safe_text("\U0001F600" * 20_000)
    pushed = cut_units("typed " * 20 + kept, CELL_LIMIT)  # (typed before the marker: the cell, cut again, lost it)
    assert not CUT_RE.search(pushed)
    assert full_cut_cell(pushed, "scored", "Note: the text was cut to fit one cell")


def _documents_cell(book, row: int, header: str):
    ws = openpyxl.load_workbook(book)["Documents"]
    headers = [c.value for c in ws[1]]
    return ws.cell(row=row, column=headers.index(header) + 1)


def test_the_kind_stands_apart_from_the_number_before_it_also_after_a_refresh(tmp_path):
    # The Kind (text at the left of its cell) comes right after the source rating (a number at the
    # right of its own): printed, "0.56opinion or analysis" read as one word; indented, as the
    # Outlets sheet's kinds are (book44).
    book = _scored(tmp_path)
    assert all(_documents_cell(book, row, "Kind").alignment.indent >= 1 for row in (2, 3))
    wb = openpyxl.load_workbook(book)
    wb["Documents"]["C3"] = CALM + " The work starts in May, the harbour master said."
    wb.save(book)
    refresh_workbook(book)
    assert _documents_cell(book, 3, "Kind").alignment.indent >= 1


def _guide_text(book, name: str) -> str:
    ws = openpyxl.load_workbook(book)["How to read this"]
    return next(str(row[1]) for row in ws.iter_rows(values_only=True) if row[0] == name)


def test_the_guides_why_example_is_written_as_a_why_is(tmp_path):
    # The How to read sheet's example of a Why, against a Why the same workbook holds: the loaded
    # phrase as a count in words with its rate, and provenance's cues named without points (each
    # cue's points are in its Evidence row). It gave "40 loaded terms per 1,000 words" and
    # "but no author -6/100", which no Why says.
    book = _scored(tmp_path)
    why = str(_documents_cell(book, 2, "Why").value)
    guide = _guide_text(book, "Documents: Why")
    loaded = re.compile(r"loaded language -\d+ points: \d+ loaded terms in \d+ words \(\d+ per 1,000")
    assert loaded.search(why) and loaded.search(guide)
    cue_points = re.compile(r"[a-z)] -\d+/100")
    assert not cue_points.search(why) and not cue_points.search(guide)
    assert re.search(r"provenance -\d+ points: \d+/100 \(", why) and re.search(r"provenance -\d+ points: \d+/100 \(", guide)
