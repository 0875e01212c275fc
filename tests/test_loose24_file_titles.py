"""(loose24) A scored folder's row pointed at another file: its title follows the file.

`score FOLDER` writes each file's headline line into the row's title cell. A refresh after the
row's file cell was pointed at another file kept the former file's title and scored it with the
new text (provenance's clickbait headline from a headline the new text does not have). The title
cell now takes the new file's title (emptied where the file opens with no headline), unless the
user typed the title; a row whose file did not change keeps its title.
"""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main

BAIT = [
    "SHOCKING: You Will Not Believe What The Council Did Next",
    "This One Trick Doctors Hate Will Change Your Life Forever",
    "What Happened At The Harbour Will Leave You Speechless",
]
PLAIN_HEADLINE = "Ferry Timetable Changes From Monday in Dunmore"
BODY = ("The harbour board in Dunmore changed the ferry timetable on Monday, its chair Rosa Kell said in a "
        "statement. Crossings now leave every forty minutes instead of every half hour, and the last boat "
        "sails at ten in the evening. The board said the change follows a fall in winter passengers.\n")
OTHER_BODY = ("Volunteers in Ashcombe planted 300 oak saplings along the old railway path on Saturday, the "
              "parish council said. The trees were donated by a nursery in the next valley, and the path "
              "will reopen to walkers next month after the planting is finished.\n")


def _folder(tmp_path, bait):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(f"{bait}\n\n{BODY}", encoding="utf-8")
    (docs / "b.txt").write_text(f"{PLAIN_HEADLINE}\n\n{OTHER_BODY}", encoding="utf-8")
    (docs / "c.txt").write_text(OTHER_BODY, encoding="utf-8")  # (no headline line)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(docs), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def _columns(ws):
    return {c.value: c.column for c in ws[1]}


def _edit(book, row, **cells):
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    cols = _columns(ws)
    for name, value in cells.items():
        ws.cell(row, cols[name]).value = value
    wb.save(book)


def _refresh(book):
    assert main(["refresh", str(book)]) == 0
    ws = openpyxl.load_workbook(book)["Documents"]
    cols = _columns(ws)
    return ws, cols


def _row(ws, cols, row):
    return {name: ws.cell(row, col).value for name, col in cols.items()}


def _fresh_provenance(tmp_path, name):
    """The provenance a fresh score of the file alone gives."""
    alone = tmp_path / f"alone_{name}"
    alone.mkdir()
    (alone / name).write_bytes((tmp_path / "docs" / name).read_bytes())
    out = tmp_path / f"alone_{name}.xlsx"
    assert main(["score", str(alone), "-o", str(out), "-q", "--workers", "1"]) == 0
    ws = openpyxl.load_workbook(out)["Documents"]
    cols = _columns(ws)
    return _row(ws, cols, 2)


PROVENANCE = "Provenance 0-100 (higher = better sourced)"


@pytest.mark.parametrize("bait", BAIT)
def test_pointed_at_a_file_with_another_headline(tmp_path, bait):
    book = _folder(tmp_path, bait)
    _edit(book, 2, file="docs/b.txt")
    ws, cols = _refresh(book)
    row = _row(ws, cols, 2)
    assert row["title"] == PLAIN_HEADLINE
    fresh = _fresh_provenance(tmp_path, "b.txt")
    assert row[PROVENANCE] == fresh[PROVENANCE]
    assert "title taken from the file" in (row["Status"] or "")


@pytest.mark.parametrize("bait", BAIT)
def test_pointed_at_a_file_with_no_headline(tmp_path, bait):
    book = _folder(tmp_path, bait)
    _edit(book, 2, file="docs/c.txt")
    ws, cols = _refresh(book)
    row = _row(ws, cols, 2)
    assert row["title"] in (None, "")
    assert row[PROVENANCE] == _fresh_provenance(tmp_path, "c.txt")[PROVENANCE]


@pytest.mark.parametrize("bait", BAIT)
def test_the_file_itself_rewritten_under_another_headline(tmp_path, bait):
    book = _folder(tmp_path, bait)
    (tmp_path / "docs" / "a.txt").write_text(f"{PLAIN_HEADLINE}\n\n{BODY}", encoding="utf-8")
    ws, cols = _refresh(book)
    assert _row(ws, cols, 2)["title"] == PLAIN_HEADLINE


@pytest.mark.parametrize("typed", ["Council timetable story (checked)", "Ferry changes, my note"])
def test_a_title_the_user_typed_is_kept(tmp_path, typed):
    """Near-miss: a title typed into the cell (refreshed once, so it is in the row's stamp) stays
    when the file cell is pointed at another file."""
    book = _folder(tmp_path, BAIT[0])
    _edit(book, 2, title=typed)
    _refresh(book)
    _edit(book, 2, file="docs/b.txt")
    ws, cols = _refresh(book)
    row = _row(ws, cols, 2)
    assert row["title"] == typed
    assert "title taken from the file" not in (row["Status"] or "")


def test_rows_whose_file_did_not_change_keep_their_titles(tmp_path):
    """Near-miss: another row's file cell edited; the others' titles and scores stay."""
    book = _folder(tmp_path, BAIT[1])
    before = openpyxl.load_workbook(book)["Documents"]
    cols = _columns(before)
    kept = _row(before, cols, 3)
    _edit(book, 2, file="docs/b.txt")
    ws, cols = _refresh(book)
    assert _row(ws, cols, 3) == kept
