"""A refresh after a value sort: a URL cell left empty loses the link of the row that stood there,
and a URL cell that shows an address where a cell with no link stood gets its link (links26).

openpyxl has no sort: a script sorts the Documents sheet by writing its values back in another
order, and every hyperlink stays on its cell. hunt25b's refresh set each link to what its cell
shows, but left a link on a cell that shows nothing now (a click opened another row's page) and
gave none to a cell that shows an address where there was no link.
"""

from __future__ import annotations

import hashlib

import openpyxl

from xlplugin.cli import main

from test_links26_score_url_links import TEXTS, URLS, INDEX, value_sort

NO_URL = ("clinic", "museum")


def scored(tmp_path):
    csv = tmp_path / "rows.csv"
    lines = ["id,url,text"] + [f'{key},{"" if key in NO_URL else URLS[key]},"{TEXTS[key]}"' for key in TEXTS]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--force", "--workers", "1"]) == 0
    return book


def cells(book):
    """id -> (what the URL cell holds as saved, its link or None), read without openpyxl's habit
    of giving an empty linked cell its link as its value."""
    wb = openpyxl.load_workbook(book, read_only=True)
    shown = {row[0]: row[1] for row in wb["Documents"].iter_rows(min_row=2, values_only=True)}
    wb.close()
    ws = openpyxl.load_workbook(book)["Documents"]
    return {ws.cell(r, 1).value: (shown[ws.cell(r, 1).value], ws.cell(r, 2).hyperlink.target if ws.cell(r, 2).hyperlink else None)
            for r in range(2, ws.max_row + 1)}


def test_links_follow_the_cells_after_a_value_sort(tmp_path, capsys):
    for key, reverse in (("id", True), (INDEX, False), (INDEX, True), ("Text hash", False)):
        book = scored(tmp_path)
        value_sort(book, key, reverse)
        moved = cells(book)
        assert main(["refresh", str(book)]) == 0
        after = cells(book)
        for row_id, (shown, link) in after.items():
            assert shown == (None if row_id in NO_URL else URLS[row_id]), (key, row_id, shown)
            assert link == shown, (key, row_id, shown, link, moved[row_id])
        book.unlink()


def test_a_words_cell_and_an_untouched_workbook_keep_their_links(tmp_path, capsys):
    """(near misses) A URL cell that shows words keeps its link (the address); a refresh that
    changes nothing leaves the file as it was."""
    book = scored(tmp_path)
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    assert main(["refresh", str(book)]) == 0
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "bridge":
            ws.cell(r, 2).value = "footbridge story"
    wb.save(book)
    value_sort(book, "id", True)  # (bridge, its cell words now, moved where a row with no URL stood)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    err = capsys.readouterr().err
    assert "scored again" not in err and "kept the address the row was scored with" in err, err
    after = cells(book)
    assert after["bridge"] == ("footbridge story", URLS["bridge"])
    assert after["clinic"] == (None, None) and after["museum"] == (None, None)
    assert after["tirade"] == (URLS["tirade"], URLS["tirade"])
