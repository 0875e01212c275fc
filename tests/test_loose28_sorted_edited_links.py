"""(loose28) A words URL cell whose row a value sort moved and the user edited too.

A URL cell may show words ("the ferry story") with the row's address as its link. A script's value
sort (openpyxl has no sort) moves the words but not the links; hunt25b and links26 find each row's
own link again by its stamp (Text hash). A row whose text was edited as well gives its stamp back
with no link, and was scored with the link it sat under: another row's page, another site's
rating, with nothing said; the row it swapped with lost its own too (its own link sat under the
edited row, claimed by nothing). Now such a row is read with its own address where one link alone
can be it (the one left of the site the last Read sheet shows it scored as a page of), or with no
address, its link removed, where that cannot be told; its Status and the summary say which.
"""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main

# Written for these tests; built-in ratings far apart, so that a row scored with another's address shows it.
TEXTS = {
    "ferry": "The Kelby ferry will run twice an hour from May, the harbour board said on Tuesday, after a survey of "
             "900 passengers found most wanted later sailings. Board chair Anna Price said the cost would be met from fares.",
    "library": "Westmoor library reopens on Saturday after a roof repair that took eight weeks, the county council "
               "said. Its head librarian, Omar Reyes, said the children's room had been repainted and 300 new books bought.",
    "market": "Stall holders at Dunmere market voted to open on Sundays from June, the market association said, by 41 "
              "votes to 12. Its secretary, Lena Wu, said the trial would last six months before a second vote.",
    "school": "Parents at Hollin Road school will be asked to vote on a later start time, the head teacher, Grace Obi, "
              "said in a letter on Monday. The governors meet on 4 June to count the replies, she said.",
    "bridge": "The Tarn Street bridge will close for repairs for three weeks in July, the highways office said. "
              "Engineer Ravi Mehta said cracks found in March had to be fixed before the winter.",
}
URLS = {
    "ferry": "https://www.bbc.co.uk/news/kelby-ferry",
    "library": "https://www.naturalnews.com/westmoor-library",
    "market": "https://www.infowars.com/dunmere-market",
    "school": "https://apnews.com/hollin-school",
    "bridge": "https://www.reuters.com/tarn-bridge",
}
RATING = "Source rating 0-1 (higher = rated more reliable)"
ADDED = " A spokesperson said more details would follow next week."


def _scored(tmp_path, urls=URLS):
    csv = tmp_path / "rows.csv"
    csv.write_text("id,url,text\n" + "".join(f'{name},{urls[name]},"{TEXTS[name]}"\n' for name in TEXTS), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):  # words over each URL cell: the address is its link
        ws.cell(r, 2).value = f"the {ws.cell(r, 1).value} story"
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0
    return book


def _sort_and_edit(book, order, edited):
    """Write the rows' values back in `order` (ids), links left in place, and add a sentence to the
    texts of `edited`."""
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    headers = [c.value for c in ws[1]]
    text = headers.index("text")
    rows = {row[0].value: [c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=ws.max_row)}
    for r, name in enumerate(order, start=2):
        values = rows[name]
        if name in edited:
            values[text] += ADDED
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(book)


def _state(book):
    ws = openpyxl.load_workbook(book)["Documents"]
    headers = [c.value for c in ws[1]]
    rating, status, why = headers.index(RATING) + 1, headers.index("Status") + 1, headers.index("Why") + 1
    # (book45) the Status, and the notes written in the Why under what moved the index
    return {ws.cell(r, 1).value: (ws.cell(r, 2).hyperlink.target if ws.cell(r, 2).hyperlink else None,
                                  ws.cell(r, rating).value,
                                  "\n".join(n for n in (ws.cell(r, status).value, ws.cell(r, why).value) if n)
                                  if "Note: " in (ws.cell(r, why).value or "") else ws.cell(r, status).value)
            for r in range(2, ws.max_row + 1)}


def _refresh(book, capsys):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    return capsys.readouterr().err


ORDERS = [
    ["school", "market", "library", "bridge", "ferry"],  # (reversed by id: pairs swap)
    ["library", "market", "school", "bridge", "ferry"],  # (a cycle of three and a swap)
    ["bridge", "ferry", "library", "market", "school"],  # (each one down)
]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("edited", [{"ferry"}, {"school"}, {"ferry", "school"}, {"ferry", "library", "bridge"}])
def test_a_row_moved_and_edited_is_read_with_its_own_address(tmp_path, capsys, order, edited):
    book = _scored(tmp_path)
    before = _state(book)
    _sort_and_edit(book, order, edited)
    err = _refresh(book, capsys)
    after = _state(book)
    for name in TEXTS:
        link, rating, status = after[name]
        assert link == URLS[name], (name, link)
        assert rating == before[name][1], name
        if name in edited and order.index(name) != list(TEXTS).index(name):
            assert "the row was edited too" in status and URLS[name] in status
    assert "URL cell" in err
    if any(order.index(name) != list(TEXTS).index(name) for name in edited):
        assert "edited too: " in err and "read with the one link left of the site" in err


def test_an_edited_row_that_did_not_move_keeps_its_link_as_before(tmp_path, capsys):
    """Near-miss: no sort, only an edit: the row is scored again with its own link, nothing said of links."""
    book = _scored(tmp_path)
    before = _state(book)
    _sort_and_edit(book, list(TEXTS), {"ferry", "school"})
    err = _refresh(book, capsys)
    after = _state(book)
    assert after == {name: (URLS[name], before[name][1], "scored") for name in TEXTS}
    assert "URL cell" not in err


def test_a_link_the_user_edited_to_another_site_is_theirs(tmp_path, capsys):
    """Near-miss: a row's text and link both edited in place (to a page of another site): read with
    the new link, as before."""
    book = _scored(tmp_path)
    _sort_and_edit(book, list(TEXTS), {"ferry"})
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "ferry":
            ws.cell(r, 2).hyperlink = "https://www.theguardian.com/kelby-ferry"
    wb.save(book)
    _refresh(book, capsys)
    link, _rating, status = _state(book)["ferry"]
    assert link == "https://www.theguardian.com/kelby-ferry" and status == "scored"


def test_where_the_link_cannot_be_told_the_row_has_no_address_and_says_so(tmp_path, capsys):
    """Two rows of one site, both moved and edited: which bbc.co.uk page is whose cannot be told."""
    urls = dict(URLS, library="https://www.bbc.co.uk/news/westmoor-library")
    book = _scored(tmp_path, urls)
    order = ["school", "market", "library", "bridge", "ferry"]
    _sort_and_edit(book, order, {"ferry", "library", "school"})
    err = _refresh(book, capsys)
    after = _state(book)
    for name in ("ferry", "library"):  # (never another row's page, silently)
        link, rating, status = after[name]
        assert link is None and rating is None
        assert "cannot be told" in status and "no web address" in status
    assert after["school"][0] == URLS["school"] and after["market"][0] == URLS["market"]
    assert "2 URL cells showing words (rows 4, 6)" in err and "cannot be told" in err
    assert main(["refresh", str(book), "-q"]) == 0  # (stable: a second refresh changes nothing)
    assert _state(book) == after
