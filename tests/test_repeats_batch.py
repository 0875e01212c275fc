"""The repeated-paragraph batch step (`xlplugin.repeats`) never silently changes a row's score:
documents with no known outlet are grouped with none, a refresh that appends a row leaves the
other rows' scores as they were, and a row whose paragraphs the batch left out says so.

Texts written for these tests: three unrelated short reports, each followed by the same rant."""

from __future__ import annotations

import openpyxl
from test_workbook_refresh_rows import _write

import xlplugin
from xlplugin import repeats
from xlplugin.cells import status_text
from xlplugin.engine import DocumentInput
from xlplugin.workbook import layout, refresh_workbook

RANT = ("These spineless frauds keep lying to you, and the so-called experts are lying with them. "
        "Wake up! The shocking truth is being buried by a disgraceful cover-up!")
STORIES = [
    "The county library extended its opening hours on Saturdays from this month. The librarian "
    "said the change followed a survey of borrowers, and that two new staff had been hired to cover it.",
    "A bakery on Mill Lane has reopened after a kitchen refit that took six weeks. The owners said "
    "the new ovens use less gas, and that prices would stay as they were until the spring.",
    "The rowing club held its annual regatta on the river on Sunday. Forty crews took part, and the "
    "organisers said the event raised money for new boats for the junior section.",
]
TEXTS = [story + "\n\n" + RANT for story in STORIES]


def _comparable(result):
    return result.reliability, {name: sig.value for name, sig in result.signals.items()}


def test_unrelated_documents_with_no_outlet_score_as_they_do_alone():
    batch = list(xlplugin.score_many(TEXTS, workers=1))
    alone = [xlplugin.score_text(text, id=str(n)) for n, text in enumerate(TEXTS, start=1)]
    assert [_comparable(r) for r in batch] == [_comparable(r) for r in alone]
    assert all(r.note == "" and status_text(r) == "scored" for r in batch)
    assert all(r.signals["loaded_language"].details["author_terms"] >= 4 for r in batch)


def test_a_url_cell_that_is_no_web_address_names_no_outlet():
    docs = [DocumentInput(text, str(n), url="n/a") for n, text in enumerate(TEXTS)]
    assert repeats.repeated_paragraphs((d.text, d.outlet, d.url) for d in docs) == [frozenset()] * 3
    assert all(r.note == "" for r in xlplugin.score_many(docs, workers=1))


def test_one_outlets_repeated_paragraph_is_left_out_and_the_row_says_so():
    docs = [DocumentInput(text, str(n), url=f"https://www.rants.example/story/{n}") for n, text in enumerate(TEXTS)]
    batch = list(xlplugin.score_many(docs, workers=1))
    alone = [xlplugin.score_text(d.text, url=d.url) for d in docs]
    for result, single in zip(batch, alone):
        # a paragraph one outlet prints under every document is its furniture (issue 10), not
        # the author's voice: its loaded words count alone, not in the batch; the row says so
        assert single.signals["loaded_language"].details["author_terms"] >= 4
        assert result.signals["loaded_language"].details["author_terms"] == 0
        shown = [e for e in result.signals["unsourced_claims"].evidence if e.kind == "repeated paragraph"]
        assert [e.text for e in shown] == [RANT]
        assert result.note == (f"{len(RANT)} characters not scored (loaded language, claims): a paragraph repeated "
                               "in at least 3 documents of rants.example in this batch (see the evidence)")
        assert status_text(result).startswith("scored") and result.note in status_text(result)
        assert result.as_dict()["note"] == result.note  # what --json shows


def test_a_page_site_name_groups_as_an_outlet_column_does():
    by_name = [DocumentInput(text, str(n), outlet="The Rant Report") for n, text in enumerate(TEXTS)]
    assert all(repeats.repeated_paragraphs((d.text, d.outlet, d.url) for d in by_name))
    assert all("of The Rant Report in this batch" in r.note for r in xlplugin.score_many(by_name, workers=1))


def _scores(book):
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    index, status = header.index(layout.SCORE_HEADERS[0]), header.index(layout.SCORE_HEADERS[-1])
    return {row[0]: (row[index], row[status]) for row in ws.iter_rows(min_row=2, values_only=True) if row[0]}


def test_appending_a_row_leaves_unrelated_no_outlet_rows_as_they_were(tmp_path):
    book = tmp_path / "book.xlsx"
    _write(book, [("d1", "", TEXTS[0]), ("d2", "", TEXTS[1])])
    before = _scores(book)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    new = ws.max_row + 1
    for name, value in (("id", "d3"), ("text", TEXTS[2])):
        ws.cell(new, header.index(name) + 1, value)
    wb.save(book)
    summary = refresh_workbook(book)
    assert (summary.appended, summary.rescored) == (1, 0)
    after = _scores(book)
    assert {k: after[k] for k in before} == before
    assert after["d3"][0] == xlplugin.score_text(TEXTS[2]).reliability
