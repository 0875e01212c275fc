"""Which sheet of a workbook is read (values16): a hidden or very hidden sheet (an old copy, a
lookup table) is read only where no visible sheet has a text column, and the summary says it is
hidden; a sheet named Documents that has no text column is read, and the summary names the
other sheets that have one. Each test failed before the fix.
"""

from __future__ import annotations

import pytest

from xlplugin.inputs import Record, Skipped, describe_skipped, read_paths

openpyxl = pytest.importorskip("openpyxl")

OLD = "The ferry timetable for last winter listed two sailings a day, the operator said at the time."
NEW = "The ferry service to the north islands will run twice a day from June, the operator said on Monday."


def _read(path) -> tuple[list[str], list[str]]:
    skipped: list[Skipped] = []
    ids = [item.id for item in read_paths([str(path)], skipped=skipped) if isinstance(item, Record)]
    return ids, describe_skipped(skipped)


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
@pytest.mark.parametrize("hidden_first", [True, False])
def test_a_visible_sheet_with_text_is_read_before_a_hidden_one(tmp_path, state, hidden_first):
    book = openpyxl.Workbook()
    old = book.active
    old.title = "Old copy"
    old.append(["id", "text"])
    old.append(["old1", OLD])
    new = book.create_sheet("Current", 0 if not hidden_first else 1)
    new.append(["id", "text"])
    new.append(["new1", NEW])
    old.sheet_state = state
    book.active = book.worksheets.index(new)
    book.save(tmp_path / "book.xlsx")
    ids, said = _read(tmp_path / "book.xlsx")
    assert ids == ["new1"]
    assert any("sheet Old copy (hidden; its text column: 'text')" in line for line in said)


def test_a_hidden_sheet_is_read_where_no_visible_one_has_text(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["owner", "checked"])
    data = book.create_sheet("Data")
    data.append(["id", "text"])
    data.append(["d1", NEW])
    data.sheet_state = "hidden"
    book.save(tmp_path / "book.xlsx")
    assert _read(tmp_path / "book.xlsx")[0] == ["d1"]


@pytest.mark.parametrize("columns", [["id", "filename"], ["id", "owner"]])
def test_a_documents_sheet_without_text_names_the_sheets_with_text(tmp_path, columns):
    book = openpyxl.Workbook()
    book.active.title = "Documents"
    book.active.append(columns)
    articles = book.create_sheet("Articles")
    articles.append(["id", "body"])
    articles.append(["a1", NEW])
    book.save(tmp_path / "book.xlsx")
    said = _read(tmp_path / "book.xlsx")[1]
    assert any("read from sheet 'Documents' (its name), which has no text column" in line
               and "sheet Articles (its text column: 'body')" in line for line in said), said


def test_a_documents_sheet_with_text_names_no_other_sheet(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Documents"
    book.active.append(["id", "text"])
    book.active.append(["d1", NEW])
    other = book.create_sheet("Articles")
    other.append(["id", "text"])
    book.save(tmp_path / "book.xlsx")
    assert _read(tmp_path / "book.xlsx") == (["d1"], [])
