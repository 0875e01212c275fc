"""What a person reads of a scored set: the kind of a row not scored for its language, muted
signal cells in a row with no index, and the row's note in
the terminal table (fixtures are our own words)."""

from __future__ import annotations

import csv
from dataclasses import replace

import openpyxl
import pytest

from colour_rules import column_rules, fills

from xlplugin import cli
from xlplugin.engine import score_text
from xlplugin.inputs import Record
from xlplugin.kind_shown import as_shown
from xlplugin.kinds import NOT_ARTICLE
from xlplugin.workbook import layout

GERMAN_DIARY = ("Ich war gestern in der Stadt und ich habe mir gedacht, dass mein Leben schön ist! Ich liebe "
                "meine Katze und mein Haus. Ich gehe jeden Tag mit meinem Hund spazieren, und ich finde das "
                "wunderbar! ") * 3
ENGLISH_REPORT = ("The council voted on Tuesday to extend the opening hours of the town library, said Maria "
                  "Lopez, who chairs the committee. The change will cost about 40,000 pounds a year, according "
                  "to the council's budget report. Residents asked for longer hours in a survey last spring. ") * 4


def test_a_row_not_scored_for_its_language_shows_no_kind_its_words_gave():
    result = score_text(GERMAN_DIARY, url="https://example.de/blog/mein-tag")
    assert result.kind and result.kind != NOT_ARTICLE  # the engine's result is as it was
    shown = as_shown(result)
    assert shown.kind == ""
    assert shown.kind_cues[0].startswith("not read: language German")
    assert shown.signals is result.signals and shown.note == result.note


def test_not_an_article_and_english_rows_keep_their_kind():
    german = score_text(GERMAN_DIARY)
    assert as_shown(replace(german, kind=NOT_ARTICLE)).kind == NOT_ARTICLE
    english = score_text(ENGLISH_REPORT)
    assert as_shown(english) is english


def _write_table(tmp_path, rows):
    path = tmp_path / "docs.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "url", "notes", "more notes", "text"])
        for row in rows:
            writer.writerow(row)
    return path


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("book12")
    wide = "a long remark of the user's own " * 3
    table = _write_table(tmp_path, [["de1", "Mein Tag", "https://example.de/blog/x", wide, wide, GERMAN_DIARY],
                                    ["en1", "Library hours", "https://example.org/news/x", wide, wide, ENGLISH_REPORT]])
    out = tmp_path / "book.xlsx"
    assert cli.main(["score", str(table), "-o", str(out), "-q", "--workers", "1"]) == 0
    return openpyxl.load_workbook(out)


def test_workbook_kind_cell_of_a_german_row_says_not_scored(book):
    ws = book[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    kind = headers.index("Kind") + 1
    assert ws.cell(2, kind).value == "not scored"  # (hunt51: why it has no kind; it was empty)
    assert ws.cell(3, kind).value


def test_signal_cells_of_a_row_with_no_index_are_muted_and_never_coloured(book):
    """A rule shows a signal cell grey on white where the row's index cell is empty, and no rule
    paints a colour there, whatever number the cell holds (read as LibreOffice draws the rules:
    tests/colour_rules.py); the index column itself has no such rule."""
    ws = book[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    index_letter = openpyxl.utils.get_column_letter(headers.index(layout.SCORE_HEADERS[0]) + 1)
    coloured = 0
    for header, (low, high, _, _) in layout.COLOUR_SCALES.items():
        letter = openpyxl.utils.get_column_letter(headers.index(header) + 1)
        rules = [rule for _, rule in column_rules(ws, letter)]
        if not rules:  # (a column weighing 0 in the index has no colour: tests/test_colours_by_index.py)
            continue
        coloured += 1
        muted = [r for r in rules if r.dxf is not None and r.dxf.font is not None and r.dxf.font.color is not None]
        if header == layout.SCORE_HEADERS[0]:
            assert not muted
            continue
        assert [r.formula for r in muted] == [[f"LEN(${index_letter}2)=0"]]
        assert muted[0].dxf.font.color.rgb[-6:] == "808080"
        for value in (low, (low + high) / 2, high, low - 1, high + 1):
            assert set(fills(ws, letter, {letter: value, index_letter: None})) <= {"FFFFFF"}, (header, value)
    assert coloured >= 3  # the index and the signals weighed by default


def test_the_table_shows_a_row_note_besides_its_why():
    result = replace(score_text(ENGLISH_REPORT), note="120 characters not scored (loaded language): a paragraph repeated")
    assert result.reliability is not None
    record = Record(id="r1", text=ENGLISH_REPORT, source="r1.txt")
    table = cli._table([record], [result])
    assert "note: 120 characters not scored (loaded language): a paragraph repeated" in table.splitlines()[-1]
