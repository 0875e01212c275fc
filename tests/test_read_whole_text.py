"""The Read sheet shows each document's whole text. A row shows a few lines (at most 409 points
high in any case), so a longer text goes on over the rows below its first ("(continued)" in the id column), split
where a paragraph, line, sentence or word ends; a refresh reads those rows back with their
document (kept, renumbered, compared for edits).

The texts are written for these tests, each a shape that takes many lines: long paragraphs,
many short lines, one paragraph with no line end, a word longer than a row.
"""

from __future__ import annotations

import math

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_workbook_refresh_rows import _derived, _edit, _fresh, _write

from xlplugin.text import normalise
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.workbook.read_sheet import continued_mark, is_continued

CONTINUED = "(continued)"  # (read32: the mark now names the document, "id long (continued)")
MARK = "\u25b2 "
FIRST_ROW = 4
HEIGHT_CAP = 409

PLACES = ["Ashford", "Bexley", "Carrow", "Dinsdale", "Eastleigh", "Felling", "Grassington", "Hartley", "Ingleby",
          "Kirkby", "Langley", "Melling", "Newby", "Ormsby", "Preston Brook", "Ribchester", "Skelton", "Thornby"]
PARAGRAPHS = "\n\n".join(
    f"In {town} the district council met on Thursday evening to discuss the bus timetable, and the chair said "
    f"that {n + 4} routes would change in spring. Residents asked why the last bus now leaves at {n % 3 + 9} "
    f"o'clock, and a transport officer said the operator had cut evening services after fares fell."
    for n, town in enumerate(PLACES))
SHORT_LINES = "Live: the council budget meeting\n\n" + "\n".join(
    f"{18 + n // 6}:{(n * 7) % 60:02d} Councillor {PLACES[n % len(PLACES)]} asks about item {n + 1}."
    for n in range(70))
ONE_PARAGRAPH = " ".join(
    f"The harbour board said the {town} quay would be repaired before the summer, at a cost the board put at "
    f"{n * 3 + 2} hundred thousand pounds, and that fishing boats would moor at the north wall meanwhile."
    for n, town in enumerate(PLACES))
LONG_WORD = ("A reader sent this address, which we print as it came: https://example.org/"
             + "-".join(f"segment{n}" for n in range(260)) + " and asked whether the page was genuine.\n\n"
             + PARAGRAPHS[:1500])
SHAPES = {"paragraphs": PARAGRAPHS, "short lines": SHORT_LINES, "one paragraph": ONE_PARAGRAPH, "a long word": LONG_WORD}
SHORT = ("The library on Mill Lane will open on Sundays from May, the county said on Tuesday. The librarian, "
         "Ruth Okafor, said volunteers would staff the reading room, according to a council notice.")


def _lines_at_least(text: str) -> int:
    """Fewest lines `text` can take in the Read text column (110 characters wide, 775 pixels):
    no character of 11-point Calibri is narrower than 3 pixels, and prose averages well over 5,
    so no line holds more than 150 characters; each line of the text takes one at least."""
    return sum(max(1, math.ceil(len(part) / 150)) for part in text.rstrip().split("\n"))


def _read_rows(path):
    ws = openpyxl.load_workbook(path)["Read"]
    out = []
    for row in ws.iter_rows(min_row=FIRST_ROW):
        height = ws.row_dimensions[row[0].row].height
        out.append(([c.value for c in row], height))
    return out


def _documents(path):
    """Each document's Read rows: (its first row's values, [(text, height) of each row])."""
    docs = []
    for values, height in _read_rows(path):
        if is_continued(values[1]) and values[0] is None:
            docs[-1][1].append((values[5] or "", height, values))
        else:
            docs.append((values, [(values[5] or "", height, values)]))
    return docs


@pytest.fixture(params=list(SHAPES))
def shaped(request, tmp_path):
    path = tmp_path / "book.xlsx"
    text = SHAPES[request.param]
    _write(path, [("before", "Town Post", SHORT), ("long", "Town Post", text), ("after", "Town Post", SHORT)])
    return path, text


def test_the_whole_text_shows_over_rows_that_each_fit(shaped):
    path, text = shaped
    docs = _documents(path)
    assert [first[1] for first, _ in docs] == ["before", "long", "after"]
    first, rows = docs[1]
    shown = "".join(t for t, _, _ in rows).replace(MARK, "")
    assert shown == normalise(text)[0]  # every word, in order, nothing cut
    assert len(rows) > 1
    for piece, height, _ in rows:
        assert height is not None and height <= HEIGHT_CAP
        assert _lines_at_least(piece) * 15 <= height, piece[:60]  # the row is tall enough for its lines
    for _, _, values in rows[1:]:  # the rows going on: marked, the text hash again, nothing else
        assert values[1] == continued_mark(first[1]) and values[7] == first[7]
        assert [values[i] for i in (0, 2, 3, 4, 6, 8)] == [None] * 6
    for _, rows_of_short in (docs[0], docs[2]):
        assert len(rows_of_short) == 1


def test_rows_end_where_a_paragraph_or_a_sentence_ends(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [("p", "Town Post", PARAGRAPHS), ("s", "Town Post", ONE_PARAGRAPH)])
    (_, paragraphs), (_, sentences) = _documents(path)
    assert len(paragraphs) > 1 and len(sentences) > 1
    assert all(t.endswith("\n\n") for t, _, _ in paragraphs[:-1])
    assert all(t.rstrip().endswith(".") and t.endswith(" ") for t, _, _ in sentences[:-1])


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [("d0", "Coast Daily", SHORT), ("d1", "Town Post", PARAGRAPHS),
                  ("d2", "City Desk", SHORT.replace("Sundays", "Saturdays")), ("d3", "Opinion Page", SHORT_LINES)])
    return path


@pytest.mark.parametrize("op", ["delete", "sort", "insert_blank", "edit"])
def test_a_refresh_keeps_a_text_over_rows_as_a_fresh_score_shows_it(book, tmp_path, op):
    before = len(_read_rows(book))
    _edit(book, op)  # (the edit adds a sentence to the row now in row 4: not one of the long texts)
    summary = refresh_workbook(book)
    assert summary.rescored == (1 if op == "edit" else 0) and summary.read_edited == 0
    assert _derived(book) == _fresh(book, tmp_path)
    if op != "delete":
        assert len([d for d in _documents(book) if len(d[1]) > 1]) == 2
    else:
        assert len(_read_rows(book)) < before
    content = book.read_bytes()
    again = refresh_workbook(book)
    assert (again.rescored, again.row_changes) == (0, "") and book.read_bytes() == content


@pytest.mark.parametrize("saved_by_a_program", [False, True])
def test_an_edit_in_a_row_going_on_is_put_back(book, saved_by_a_program):
    wb = openpyxl.load_workbook(book)
    ws = wb["Read"]
    going_on = [r for r in ws.iter_rows(min_row=FIRST_ROW) if is_continued(r[1].value)]
    going_on[0][5].value = "Words the user typed over the rest of the text."
    wb.save(book)  # (openpyxl writes the cells as shared strings, as Excel and LibreOffice do)
    if saved_by_a_program:
        wb = openpyxl.load_workbook(book)
        wb.save(book)
    summary = refresh_workbook(book)
    assert summary.read_edited == 1 and summary.rescored == 1
    long_doc = [d for d in _documents(book) if d[0][1] == "d1"][0]
    assert "".join(t for t, _, _ in long_doc[1]).replace(MARK, "") == normalise(PARAGRAPHS)[0]


def test_rows_saved_by_a_program_are_read_back_with_their_document(book):
    wb = openpyxl.load_workbook(book)
    wb.save(book)  # (every Read row in another layout: read cell by cell)
    shown = {first[1]: "".join(t for t, _, _ in rows) for first, rows in _documents(book)}
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.read_edited) == (0, 0)
    assert {first[1]: "".join(t for t, _, _ in rows) for first, rows in _documents(book)} == shown
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    assert ws.max_row == 5


# Pieces of text of every shape the splitting meets: words, stops, line ends, blank lines,
# characters outside Latin-1, words longer than a row.
_PIECES = st.sampled_from(["word ", "Longer words here ", "a. ", "Why? ", "\n", "\n\n", "\u201cquoted\u201d ",
                           "\u00e9t\u00e9 ", "\u4e2d\u6587", "x" * 300, "mmmm WWWW "])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=400), st.lists(st.booleans(), min_size=1, max_size=5))
def test_split_runs_keeps_every_character_and_each_piece_fits(pieces, bold):
    from xlplugin.workbook.read_sheet import ONE_ROW_LINES, PART_LINES, Run, split_runs, text_lines

    runs = [Run(piece, bold=bold[n % len(bold)]) for n, piece in enumerate(pieces)]
    split = split_runs(runs)
    assert "".join(r.text for piece in split for r in piece) == "".join(pieces)
    # (sheets22) a text of at most ONE_ROW_LINES lines is one row, a longer one rows of PART_LINES
    assert (len(split) == 1) == (text_lines("".join(pieces)) <= ONE_ROW_LINES)
    for piece in split:
        assert text_lines("".join(r.text for r in piece)) <= (PART_LINES if len(split) > 1 else ONE_ROW_LINES)
        assert all(r.text for r in piece)
    # each run's formatting is kept on its characters
    assert [r.bold for piece in split for r in piece for _ in r.text] == [r.bold for r in runs for _ in r.text]


def test_a_cut_never_splits_the_mark_before_a_sentence():
    # (a text cut at the limit ended "... \u25b2" without the mark's space: the refresh took the
    # row for one edited in the Read sheet and scored it again at every refresh)
    from xlplugin.workbook.read_sheet import ORANGE, Run, cut_runs
    from xlplugin.workbook.refresh_read_edits import shows_text

    for before in (" ", "\n\n", "\n"):  # (the mark after a sentence, a paragraph, a line)
        text = "The council met." * 5 + before + MARK + "It spent 3 million pounds. " + "The vote was close. " * 5
        at = text.index(MARK)
        runs = [Run(text[:at]), Run(MARK, color=ORANGE, bold=True), Run(text[at + len(MARK):], color=ORANGE)]
        for limit in range(at - 3, at + len(MARK) + 4):
            cut = cut_runs(runs, "Documents sheet, row 2; every flag is listed on the Evidence sheet", limit)
            assert shows_text("".join(r.text for r in cut), text.replace(MARK, "")), (before, limit)


def test_a_text_longer_than_the_rows_hold_is_cut_with_a_marker_and_quickly():
    import time

    from xlplugin.workbook.read_sheet import GREY, MAX_PARTS, Run, capped_runs, split_runs

    text = PARAGRAPHS + "\n\n" + ONE_PARAGRAPH * 400  # (over 2 MB: a text file, not a cell)
    started = time.process_time()
    runs = capped_runs([Run(text)], "the file big.txt (Documents sheet, row 2)")
    pieces = split_runs(runs)
    assert time.process_time() - started < 20
    assert len(pieces) <= MAX_PARTS and runs[-1].color == GREY
    shown = "".join(r.text for r in runs[:-1])
    assert text.startswith(shown) and f"{len(text) - len(shown):,} more characters" in runs[-1].text
    assert "big.txt" in runs[-1].text
