"""A refresh never loses or hides a user's data (session 16, refresh17).

- `refresh --output` writes a new file, as `score -o` does: an existing file other than the
  workbook refreshed is replaced only with --force.
- Edits to the Read sheet's layout that would hide a text are put right and said: a document's
  Read row deleted (a long text's first row: its "(continued)" rows left under another document),
  cells merged over
  document rows, a "(continued)" mark cleared or typed over.
- Words typed into the Read sheet on a row of their own (a new document, a note) would be lost
  when the refresh writes the sheet again: the refresh refuses, and nothing is changed.

Each case is tried on a Read sheet as xlplugin wrote it (edited in its XML: read in one pass) and
as a spreadsheet program saves it (openpyxl: read cell by cell). The texts are the long and short
texts written for tests/test_read_whole_text.py.
"""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
from test_read_whole_text import FIRST_ROW, MARK, PARAGRAPHS, SHORT, SHORT_LINES, _documents, _read_rows
from test_workbook_refresh_rows import _derived, _fresh, _write

from xlplugin.cli import main
from xlplugin.errors import WorkbookError
from xlplugin.text import normalise
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.workbook.package import Package
from xlplugin.workbook.read_sheet import continued_mark

LONG = {"d1": PARAGRAPHS, "d3": SHORT_LINES}


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "book.xlsx"
    _write(path, [("d0", "Coast Daily", SHORT), ("d1", "Town Post", PARAGRAPHS),
                  ("d2", "City Desk", SHORT.replace("Sundays", "Saturdays")), ("d3", "Opinion Page", SHORT_LINES)])
    return path


def _first_rows(path) -> dict[str, int]:
    """Each document's first Read row, by id."""
    ws = openpyxl.load_workbook(path)["Read"]
    return {r[1].value: r[0].row for r in ws.iter_rows(min_row=FIRST_ROW) if r[0].value is not None}


def _edit_read_xml(path, number, change):
    """Apply `change` to the bytes of the Read sheet's row `number` (None: remove the row), in the
    part as xlplugin wrote it (no program saves it)."""
    with Package.open(path) as package:
        part = package.sheet_part("Read")
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    data = parts[part]
    row = re.search(rb'<row r="' + str(number).encode() + rb'".*?</row>', data, re.S)
    new = change(row.group(0)) if change is not None else b""
    parts[part] = data[:row.start()] + new + data[row.end():]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, content)


def _texts_whole(path) -> None:
    """Each document's Read rows show its whole text, with '(continued)' on the rows going on."""
    shown = {first[1]: "".join(t for t, _, _ in rows).replace(MARK, "") for first, rows in _documents(path)}
    for doc_id, text in {"d0": SHORT, "d2": SHORT.replace("Sundays", "Saturdays"), **LONG}.items():
        assert shown[doc_id] == normalise(text)[0], doc_id
    assert set(shown) == {"d0", "d1", "d2", "d3"}


def _merges(path) -> list[str]:
    return [str(r) for r in openpyxl.load_workbook(path)["Read"].merged_cells.ranges
            if r.max_row >= FIRST_ROW]


# --- refresh --output never replaces a file it was not asked to ----------------------------------

def _budget(path):
    wb = openpyxl.Workbook()
    wb.active.title = "My budget"
    wb.active.append(["month", "spent"])
    wb.save(path)


@pytest.mark.parametrize("existing", ["a workbook of the user's own", "another scored workbook", "a text file"])
def test_refresh_output_refuses_an_existing_file_unless_forced(book, tmp_path, capsys, existing):
    other = tmp_path / "other.xlsx"
    if existing == "a workbook of the user's own":
        _budget(other)
    elif existing == "another scored workbook":
        _write(other, [("z", "Coast Daily", SHORT)])
    else:
        other.write_text("my notes", encoding="utf-8")
    before, book_before = other.read_bytes(), book.read_bytes()
    assert main(["refresh", str(book), "--output", str(other), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert "already exists; nothing was written" in error and "--force" in error
    assert other.read_bytes() == before and book.read_bytes() == book_before
    assert main(["refresh", str(book), "--output", str(other), "--force", "--quiet"]) == 0
    assert other.read_bytes() != before
    assert [first[1] for first, _ in _documents(other)] == ["d0", "d1", "d2", "d3"]


def test_refresh_output_to_a_new_file_or_its_own_workbook_needs_no_force(book, tmp_path):
    assert main(["refresh", str(book), "--output", str(tmp_path / "new.xlsx"), "--quiet"]) == 0
    assert (tmp_path / "new.xlsx").exists()
    assert main(["refresh", str(book), "--output", str(book), "--quiet"]) == 0  # (in place, as today)


# --- a document's Read row deleted (a long text's first row, a short text's only row) ---------------

DELETED = {"a long text's first row": ("d1", False), "another long text's first row": ("d3", False),
           "a short text's row": ("d0", False), "every row of a long text": ("d1", True)}


@pytest.mark.parametrize("saved_by_a_program", [False, True])
@pytest.mark.parametrize("deleted", list(DELETED))
def test_a_document_whose_read_row_was_deleted_is_shown_whole_again(book, tmp_path, deleted, saved_by_a_program):
    doc_id, every = DELETED[deleted]
    firsts = _first_rows(book)
    first = firsts[doc_id]
    last = min([n for n in firsts.values() if n > first] or [len(_read_rows(book)) + FIRST_ROW]) - 1 if every else first
    for number in range(last, first - 1, -1):
        if saved_by_a_program:
            wb = openpyxl.load_workbook(book)
            wb["Read"].delete_rows(number)
            wb.save(book)
        else:
            _edit_read_xml(book, number, None)
    summary = refresh_workbook(book)
    assert summary.row_changes == ""  # (no row was duplicated, removed or moved in Documents)
    assert "not shown" not in str([v for v, _ in _read_rows(book)])
    _texts_whole(book)
    assert _derived(book) == _fresh(book, tmp_path)
    said = "without its first row" if LONG.get(doc_id) and not every else "no row in the Read sheet"
    assert any(said in line for line in summary.read_repairs), summary.read_repairs
    content = book.read_bytes()
    again = refresh_workbook(book)
    assert (again.rescored, again.row_changes, again.read_repairs) == (0, "", []) and book.read_bytes() == content


# --- cells merged in the Read sheet -----------------------------------------------------------------

@pytest.mark.parametrize("merge", ["a long text's rows", "a row's copies and text", "two documents' texts"])
def test_merged_cells_over_document_rows_are_undone_and_the_texts_shown_whole(book, tmp_path, merge):
    rows = _first_rows(book)
    ref = {"a long text's rows": f"F{rows['d1']}:F{rows['d2'] - 1}",
           "a row's copies and text": f"E{rows['d0']}:F{rows['d0']}",
           "two documents' texts": f"F{rows['d2'] - 1}:F{rows['d2']}"}[merge]
    wb = openpyxl.load_workbook(book)
    wb["Read"].merge_cells("A1:C1")  # (a merge above the rows: the user's, kept)
    wb["Read"].merge_cells(ref)
    wb.save(book)
    summary = refresh_workbook(book)
    assert _merges(book) == []
    assert any("merged cells" in line and ref in line for line in summary.read_repairs)
    assert "A1:C1" in [str(r) for r in openpyxl.load_workbook(book)["Read"].merged_cells.ranges]
    _texts_whole(book)
    again = refresh_workbook(book)
    assert (again.rescored, again.read_repairs) == (0, [])


# --- a "(continued)" mark cleared or typed over --------------------------------------------------------

@pytest.mark.parametrize("saved_by_a_program", [False, True])
@pytest.mark.parametrize("typed", [None, "d1 part 2", "d0"])
def test_a_continued_mark_typed_over_is_put_back_and_nothing_said_removed(book, tmp_path, typed, saved_by_a_program):
    going_on = _first_rows(book)["d1"] + 1
    if saved_by_a_program:
        wb = openpyxl.load_workbook(book)
        wb["Read"].cell(going_on, 2).value = typed
        wb.save(book)
    else:
        new = b"" if typed is None else f'<c r="B{going_on}" t="inlineStr"><is><t>{typed}</t></is></c>'.encode()
        _edit_read_xml(book, going_on, lambda row: re.sub(rb'<c r="B\d+"[^>]*>.*?</c>', new, row, count=1, flags=re.S))
    summary = refresh_workbook(book)
    assert summary.row_changes == ""  # (nothing was removed from Documents)
    assert openpyxl.load_workbook(book)["Read"].cell(going_on, 2).value == continued_mark("d1")
    _texts_whole(book)
    assert _derived(book) == _fresh(book, tmp_path)
    assert any("'(continued)' mark" in line for line in summary.read_repairs)


# --- words typed into the Read sheet on rows of their own ------------------------------------------------

@pytest.mark.parametrize("typed", ["a new document below the last row", "a note between a text's rows",
                                   "an id alone below the last row"])
def test_words_typed_into_the_read_sheet_are_refused_not_lost(book, typed):
    wb = openpyxl.load_workbook(book)
    ws = wb["Read"]
    if typed == "a new document below the last row":
        ws.cell(ws.max_row + 1, 2).value = "n9"
        ws.cell(ws.max_row, 6).value = "A new report typed here: the ferry will run on Sundays, the harbour said."
        where = ws.max_row
    elif typed == "a note between a text's rows":
        where = _first_rows(book)["d3"] + 1
        ws.insert_rows(where)
        ws.cell(where, 6).value = "My own note on this part."
    else:
        where = ws.max_row + 1
        ws.cell(where, 2).value = "n10"
    wb.save(book)
    content = book.read_bytes()
    with pytest.raises(WorkbookError) as refused:
        refresh_workbook(book)
    message = str(refused.value)
    assert f"row {where}" in message and "nothing was changed" in message and "Documents sheet" in message
    assert book.read_bytes() == content
    assert layout.DOCUMENTS in openpyxl.load_workbook(book).sheetnames
