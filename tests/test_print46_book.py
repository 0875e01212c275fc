"""(print46) The scored workbook on paper: a text that was not scored (another language) prints its
reason and head only (book51: its cell holds that head and says where the whole text is; a refresh still works); the Evidence
sheet's "(more)" row counts in words and says where the items left out are marked; the Why names
exclamation marks in words ("3 exclamation marks"), not as a bare "!"; the How to read sheet says that a folder's file
is printed by its id, its path inside the folder.

The texts are written for this test: made-up harbour, school and lake news in English and German.
"""

from __future__ import annotations

import re

import openpyxl
from test_workbook_refresh_rows import _write

import xlplugin
from xlplugin import Settings
from xlplugin.cells import why_text
from xlplugin.inputs import read_paths
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.read_sheet import FIRST_ROW, HEAD_LINES, READ, lines_height, text_lines
from xlplugin.workbook.rows import evidence_rows
from workbook_helpers import score

GERMAN_PARAGRAPH = ("Am {n}. Mai war ich mit meiner Schwester am See. Wir sind um den ganzen See gelaufen und haben "
                    "danach in dem kleinen Café am Ufer einen Kuchen gegessen, weil es dort immer so ruhig ist. "
                    "Das Wetter war schön, aber der Wind war kalt, und wir waren froh, als wir wieder zu Hause waren "
                    "und einen Tee trinken konnten. Die Kinder aus dem Dorf haben noch lange am Wasser gespielt.")
ENGLISH_PARAGRAPH = ("The harbour committee met on Thursday to discuss the sea wall, and the clerk read out the "
                     "figures for year {n}, which showed {n} thousand pounds spent on repairs. Members asked why the "
                     "work had taken so long; the chair, Ruth Calder, said the contractor had been delayed by the "
                     "weather in the spring.")


def _german(paragraphs: int) -> str:
    return "Ein Tag am See\n\n" + "\n\n".join(GERMAN_PARAGRAPH.format(n=k + 1) for k in range(paragraphs))


def _english(paragraphs: int) -> str:
    return "\n\n".join(ENGLISH_PARAGRAPH.format(n=k + 2) for k in range(paragraphs))


def _read_rows(path):
    ws = openpyxl.load_workbook(path)[READ]
    return [(r[1].value, str(r[5].value or ""), ws.row_dimensions[r[0].row].height) for r in ws.iter_rows(min_row=FIRST_ROW)]


def _of(rows, doc_id):
    return [row for row in rows if row[0] == doc_id or str(row[0]).startswith(f"id {doc_id} ")]


def _book(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [("see", "Seeblatt", _german(14)), ("harbour", "Harbour Weekly", _english(14))])
    return path


def test_a_text_not_scored_is_one_row_with_its_head(tmp_path):
    rows = _read_rows(_book(tmp_path))
    german = _of(rows, "see")
    assert len(german) == 1  # (no "(continued)" rows: it printed over a page or more)
    doc_id, cell, height = german[0]
    assert cell.startswith("[not scored: language German")
    # (book51) its cell holds the reason and the head of the text, and says where the rest is:
    # the whole text under a row sized for its head showed a last line cut through
    assert "Ein Tag am See" in cell and "cut here:" in cell and "Documents sheet, row" in cell
    assert len(cell) < len(_german(14)) // 3
    assert height >= lines_height(text_lines(cell))
    assert height <= lines_height(1 + HEAD_LINES + 2)


def test_a_scored_text_still_goes_on_over_rows(tmp_path):
    # (guard: only a text that was not scored is printed short)
    rows = _read_rows(_book(tmp_path))
    english = _of(rows, "harbour")
    assert len(english) > 2
    assert all("(continued)" in str(doc_id) for doc_id, _, _ in english[1:])


def test_a_refresh_scores_an_edited_text_not_scored_into_one_row_again(tmp_path):
    path = _book(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    text_col = header.index("text") + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 1).value == "see":
            ws.cell(row, text_col).value = _german(16)
    wb.save(path)
    refresh_workbook(path)
    rows = _read_rows(path)
    german = _of(rows, "see")
    assert len(german) == 1
    assert "Ein Tag am See" in german[0][1] and "cut here:" in german[0][1]  # (book51: its head)
    assert german[0][2] <= lines_height(1 + HEAD_LINES + 2)
    assert len(_of(rows, "harbour")) > 2


def test_the_more_row_counts_in_words_and_says_where_the_rest_are_marked():
    # 26 unsourced claims: one more than the Evidence sheet lists
    text = " ".join(f"The new pier cost {n + 3} million pounds, the most ever spent on a pier in the county."
                    for n in range(30))
    result = xlplugin.score_text(text)
    found = [e for e in result.signals["unsourced_claims"].evidence if e.present]
    assert len(found) > layout.EVIDENCE_PER_SIGNAL
    more = [row for row in evidence_rows("x", result, limit=len(found) - 1) if row[2] == "(more)"]
    assert len(more) == 1
    said = more[0][3]
    assert said.startswith("... and 1 more evidence item not listed here")  # (was "1 more evidence items")
    assert "Read sheet" in said
    many = [row[3] for row in evidence_rows("x", result, limit=len(found) - 3) if row[2] == "(more)"]
    assert many[0].startswith("... and 3 more evidence items not listed here") and "Read sheet" in many[0]


SHOUTED = ("Disgraceful! The council has wrecked the harbour again! The shameful plan is a disaster for the town, "
           "and the chair ignored every fisherman who spoke at the meeting on Tuesday!!! Residents say the fees "
           "will ruin the quay. The board met for two hours and voted to raise the berth fee from 400 pounds to "
           "900 pounds next year, its minutes show. Boats will pay the fee from April, and the board will review "
           "it in the autumn, the minutes say.")


def _terms(why: str) -> str:
    found = re.search(r"per 1,000(?:: |, among them )(.*?)\)", why)
    assert found, why
    return found.group(1)


def test_the_why_says_exclamation_marks_in_words():
    terms = _terms(why_text(xlplugin.score_text(SHOUTED)))
    assert '"!' not in terms
    assert "3 exclamation marks" in terms  # (three runs of marks, each a loaded term)


def test_one_exclamation_mark_is_said_so():
    text = SHOUTED.replace("again!", "again.").replace("Tuesday!!!", "Tuesday.")
    terms = _terms(why_text(xlplugin.score_text(text)))
    assert '"!"' not in terms and "an exclamation mark" in terms


def test_a_folders_id_is_its_path_inside_the_folder_and_the_guide_says_so(tmp_path):
    folder = tmp_path / "texts"
    (folder / "pages").mkdir(parents=True)
    (folder / "top.txt").write_text(_english(2), encoding="utf-8")
    (folder / "pages" / "inner.txt").write_text(_english(3), encoding="utf-8")
    items = list(read_paths([str(folder)]))
    path = tmp_path / "out.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    wb = openpyxl.load_workbook(path)
    ids = [row[0] for row in wb[layout.DOCUMENTS].iter_rows(min_row=2, values_only=True)]
    assert sorted(ids) == ["pages/inner.txt", "top.txt"]  # (guard: as the brief's question found)
    guide = " ".join(str(c) for row in wb["How to read this"].iter_rows(values_only=True) for c in row if c)
    assert "its path inside that folder" in guide
    assert "a text that was not scored prints its first lines and why only" in guide
