"""(read32) A Read row that goes on with a long text names the document it belongs to: "id
harbour-7 (continued)", not "(continued)" alone. A printed page that began with such rows did not
say whose text they were: the document's row, id and outlet were on the page before.

The texts are written for this test: made-up council, harbour and school news of several lengths.
"""

from __future__ import annotations

import re
import zipfile

import openpyxl
from test_workbook_refresh_rows import _write

from xlplugin.workbook import refresh_workbook
from xlplugin.workbook.package import Package
from xlplugin.workbook.read_sheet import CONTINUED, FIRST_ROW, READ


def is_continued(value) -> bool:
    return isinstance(value, str) and value.endswith(CONTINUED)

PARAGRAPH = ("The {place} committee met on Thursday to discuss the {thing}, and the clerk read out the figures "
             "for the year, which showed {n} thousand pounds spent on repairs. Members asked why the work had "
             "taken so long; the chair said the contractor had been delayed by the weather in the spring.")
PLACES = (("harbour", "sea wall"), ("school", "late bus"), ("library", "east wing"), ("council", "footpath"))


def _long(place: str, thing: str, paragraphs: int) -> str:
    return "\n\n".join(PARAGRAPH.format(place=place, thing=thing, n=k + 2) for k in range(paragraphs))


def _rows(path):
    ws = openpyxl.load_workbook(path)[READ]
    return [(r[0].value, r[1].value, r[7].value) for r in ws.iter_rows(min_row=FIRST_ROW)]


def _book(tmp_path):
    path = tmp_path / "book.xlsx"
    docs = [(f"{place}-{i}", f"{place.title()} Weekly", _long(place, thing, 6 + 5 * i)) for i, (place, thing) in enumerate(PLACES)]
    docs.insert(2, ("brief", "Town Post", "The school board met on Monday, the clerk said."))  # (one row: no mark)
    _write(path, docs)
    return path, [d[0] for d in docs]


def test_every_row_going_on_with_a_text_names_its_document(tmp_path):
    path, ids = _book(tmp_path)
    current, continued = None, 0
    for doc_row, doc_id, _hash in _rows(path):
        if doc_row is not None:
            current = doc_id
            continue
        continued += 1
        assert doc_id == f"id {current} (continued)", (doc_id, current)
    assert continued >= 3 * len(PLACES)


def test_a_text_of_one_row_and_the_first_rows_carry_no_mark(tmp_path):
    path, ids = _book(tmp_path)
    firsts = [doc_id for doc_row, doc_id, _ in _rows(path) if doc_row is not None]
    assert firsts == ids  # (each first row keeps the bare id, which a refresh reads back)
    assert not any(is_continued(doc_id) or "continued" in str(doc_id) for doc_id in firsts)


def _mark_rows_the_old_way(path):
    """The Read sheet as a release before read32 wrote it: each going-on row's id cell "(continued)"."""
    with Package.open(path) as package:
        part = package.sheet_part(READ)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}

    def old(match):
        return re.sub(rb"<t[^>]*>id [^<]*? \(continued\)</t>", b"<t>(continued)</t>", match.group(0))

    parts[part] = re.sub(rb'<c r="B\d+"[^>]*>.*?</c>', old, parts[part], flags=re.S)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, content)


def test_a_sheet_written_before_keeps_its_rows_with_nothing_said(tmp_path):
    path, ids = _book(tmp_path)
    before = _rows(path)
    _mark_rows_the_old_way(path)
    old = _rows(path)
    assert sum(1 for _, doc_id, _ in old if doc_id == CONTINUED) >= 3 * len(PLACES)
    summary = refresh_workbook(path)
    # an old mark is no edit of the user's: no text is scored again, no repair is said
    assert not summary.read_repairs, summary.read_repairs
    after = _rows(path)
    assert [(a, h) for a, _, h in after] == [(a, h) for a, _, h in before]
    assert all(doc_id in (new, CONTINUED) for (_, doc_id, _), (_, new, _) in zip(after, before))


def test_a_refresh_that_rewrites_the_read_sheet_names_the_old_marks(tmp_path):
    path, ids = _book(tmp_path)
    _mark_rows_the_old_way(path)
    wb = openpyxl.load_workbook(path, rich_text=True)  # (a program edits one text and saves)
    ws = wb["Documents"]
    text_col = next(c.column for c in ws[1] if str(c.value).lower() == "text")
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "brief")
    ws.cell(row, text_col).value = "The school board met on Tuesday, the clerk said."
    wb.save(path)
    summary = refresh_workbook(path)
    assert not summary.read_repairs, summary.read_repairs
    rows = _rows(path)
    assert not any(doc_id == CONTINUED for _, doc_id, _ in rows), rows
    assert sum(1 for _, doc_id, _ in rows if is_continued(doc_id)) >= 3 * len(PLACES)


def test_the_mark_runs_on_one_line_over_the_empty_outlet_cell(tmp_path):
    # (wrapped onto two lines in the id's column, it put the row's text out of order for a reader
    # of the printed PDF: test_workbook_render.py::test_every_word_of_the_read_texts_is_printed)
    path, ids = _book(tmp_path)
    ws = openpyxl.load_workbook(path)[READ]
    marks = [r for r in ws.iter_rows(min_row=FIRST_ROW) if r[0].value is None and is_continued(r[1].value)]
    assert marks
    for row in marks:
        assert not row[1].alignment.wrap_text
        assert row[2].value in (None, "")  # (the outlet cell it runs on over)
        assert "@" not in row[1].number_format  # (shown as it is: no "id " put before it again)
