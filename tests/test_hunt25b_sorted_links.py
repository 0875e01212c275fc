"""A refresh after a script sorted the Documents sheet's values sets each row's file and URL link
to what its cell shows (hunt25b).

openpyxl has no sort: a script sorts a sheet by reading the rows' values and writing them back in
another order, and every hyperlink stays on the cell it was on. After the refresh each row's
scores are its own again (its text came with its values), but its file link opened another row's
file, and its URL link another row's page: a reader checking a low score against its document was
shown another document. The links now follow the cells; a link on a cell that shows words (the
URL is the link's) is left as it is, and a refresh that changes nothing still writes nothing.
"""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main

TEXTS = {
    "ferry": "The Kelby ferry will run twice an hour from May, the harbour board said on Tuesday, "
             "after a survey of 900 passengers found most wanted later sailings. Board chair Anna "
             "Price said the cost would be met from fares.",
    "library": "Westmoor library reopens on Saturday after a roof repair that took eight weeks, "
               "the county council said. Its head librarian, Omar Reyes, said the children's "
               "room had been repainted and 300 new books bought.",
    "rant": "Wake up!!! The corrupt bosses at the council are lying to you again and everyone "
            "knows it. These so-called planners are traitors who want to ruin our town. I am "
            "sick of it. Are we going to sit back and take this?",
    "market": "Stall holders at Dunmere market voted to open on Sundays from June, the market "
              "association said, by 41 votes to 12. Its secretary, Lena Wu, said the trial would "
              "last six months before a second vote.",
}


def value_sort(book, key_header):
    """Sort the Documents sheet's data rows by one column, values only, as an openpyxl script does."""
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    headers = [c.value for c in ws[1]]
    key = headers.index(key_header)
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    rows.sort(key=lambda r: (r[key] is None, r[key]))
    for i, values in enumerate(rows, start=2):
        for j, value in enumerate(values, start=1):
            ws.cell(i, j).value = value
    wb.save(book)


def links(book, header):
    """(id, the cell's value, its link's target) per data row."""
    ws = openpyxl.load_workbook(book)["Documents"]
    headers = [c.value for c in ws[1]]
    col = headers.index(header) + 1
    return [(ws.cell(r, 1).value, ws.cell(r, col).value, ws.cell(r, col).hyperlink.target if ws.cell(r, col).hyperlink else None)
            for r in range(2, ws.max_row + 1)]


def index_by_id(book):
    ws = openpyxl.load_workbook(book)["Documents"]
    headers = [c.value for c in ws[1]]
    col = next(i for i, h in enumerate(headers) if str(h).startswith("Reliability index"))
    return {row[0]: row[col] for row in ws.iter_rows(min_row=2, values_only=True)}


def folder_book(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def table_book(tmp_path, url_cells):
    csv = tmp_path / "rows.csv"
    lines = ["id,url,text"] + [f'{name},{url},"{TEXTS[name]}"' for name, url in url_cells.items()]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


@pytest.mark.parametrize("key", ["Reliability index 0-100 (higher = more reliable)", "Text hash", "Sentiment (mean, -1 negative to +1 positive)"])
def test_file_links_follow_their_cells_after_a_value_sort(tmp_path, key):
    book = folder_book(tmp_path)
    before = index_by_id(book)
    assert all(value == target for _id, value, target in links(book, "file"))
    value_sort(book, key)
    moved = links(book, "file")
    assert any(value != target for _id, value, target in moved)  # (the sort left links behind)
    assert main(["refresh", str(book), "-q"]) == 0
    after = links(book, "file")
    assert all(target == value for _id, value, target in after), after
    assert all(value.endswith(f"{row_id}") for row_id, value, _ in after)  # each row's own file
    assert index_by_id(book) == before  # the scores stayed with their rows


def test_url_links_follow_their_cells_after_a_value_sort(tmp_path):
    urls = {name: f"https://news.example.org/{name}-story" for name in TEXTS}
    book = table_book(tmp_path, urls)
    before = index_by_id(book)
    value_sort(book, "Reliability index 0-100 (higher = more reliable)")
    assert main(["refresh", str(book), "-q"]) == 0
    after = links(book, "url")
    assert all(target == urls[row_id] == value for row_id, value, target in after), after
    assert index_by_id(book) == before


def test_a_url_cell_that_shows_words_keeps_its_link(tmp_path):
    urls = {name: f"https://news.example.org/{name}-story" for name in TEXTS}
    book = table_book(tmp_path, urls)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    ws["B3"].value = "the library story"  # (the link is the URL now: its words are not an address)
    ws["C5"].value = ws["C5"].value.replace("June", "July")  # (another row edited: the refresh writes)
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0
    for row_id, value, target in links(book, "url"):
        assert target == urls[row_id]
        assert value == ("the library story" if row_id == "library" else urls[row_id])


def test_a_refresh_that_changes_nothing_still_writes_nothing(tmp_path):
    book = folder_book(tmp_path)
    assert main(["refresh", str(book), "-q"]) == 0
    data = book.read_bytes()
    assert main(["refresh", str(book), "-q"]) == 0
    assert book.read_bytes() == data
