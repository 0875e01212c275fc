"""A URL cell that shows words (its address is its link) keeps the address it was scored with
when a script's value sort leaves the links behind (hunt25b).

A sort that moves the Documents sheet's values but not its hyperlinks (openpyxl has no sort: a
script reads the values and writes them back in another order) puts a row whose URL cell shows
words, "council story", under the link of the row that stood there before. The refresh read that
link as the row's address and scored the row again as a page of another site: another source
rating, another index, said only as "1 row scored again". The row's stamp says which address it
was scored with: where another link of the column is that address and the row's text and
metadata are otherwise unchanged, the link was left behind; the row keeps its scores, and its
link is set back to its address. A link the user edited to a new address (one no other cell of
the column links to) is still read, and the row scored again with it.
"""

from __future__ import annotations

import openpyxl

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
    "school": "Parents at Hollin Road school will be asked to vote on a later start time, the head "
              "teacher, Grace Obi, said in a letter on Monday. The governors meet on 4 June to "
              "count the replies, she said.",
}
# built-in ratings far apart, so that a row scored with another's address shows it
URLS = {
    "ferry": "https://www.bbc.co.uk/news/kelby-ferry",
    "library": "https://www.naturalnews.com/westmoor-library",
    "rant": "https://www.reuters.com/dunmere-rant",
    "market": "https://www.infowars.com/dunmere-market",
    "school": "https://apnews.com/hollin-school",
}
INDEX = "Reliability index 0-100 (higher = more reliable)"
RATING = "Source rating 0-1 (higher = rated more reliable)"


def scored(tmp_path):
    csv = tmp_path / "rows.csv"
    lines = ["id,url,text"] + [f'{name},{URLS[name]},"{TEXTS[name]}"' for name in TEXTS]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def sheet(book):
    ws = openpyxl.load_workbook(book)["Documents"]
    return ws, [c.value for c in ws[1]]


def by_id(book, header):
    ws, headers = sheet(book)
    col = headers.index(header)
    return {row[0]: row[col] for row in ws.iter_rows(min_row=2, values_only=True) if row[0] is not None}


def show_words(book, words):
    """Type words over some rows' URL cells (their links stay: the address is the link's)."""
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value in words:
            ws.cell(r, 2).value = words[ws.cell(r, 1).value]
    wb.save(book)


def value_sort(book, header, reverse=False):
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    headers = [c.value for c in ws[1]]
    key = headers.index(header)
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    rows.sort(key=lambda r: r[key], reverse=reverse)
    for i, values in enumerate(rows, start=2):
        for j, value in enumerate(values, start=1):
            ws.cell(i, j).value = value
    wb.save(book)


def refresh(book, capsys):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    return capsys.readouterr().err


def links(book):
    ws, _ = sheet(book)
    return {ws.cell(r, 1).value: (ws.cell(r, 2).value, ws.cell(r, 2).hyperlink.target if ws.cell(r, 2).hyperlink else None)
            for r in range(2, ws.max_row + 1)}


def test_words_cells_keep_their_address_after_a_value_sort(tmp_path, capsys):
    for words in ({"ferry": "harbour story"}, {"ferry": "harbour story", "market": "market piece"},
                  {name: f"the {name} story" for name in TEXTS}):
        book = scored(tmp_path)
        index, rating = by_id(book, INDEX), by_id(book, RATING)
        show_words(book, words)
        assert "unchanged" in refresh(book, capsys)  # (the links are the addresses: nothing changed)
        for key in (INDEX, "id", "Text hash"):
            value_sort(book, key, reverse=key == "id")
            err = refresh(book, capsys)
            assert "scored again" not in err, err
            assert by_id(book, INDEX) == index and by_id(book, RATING) == rating
            for row_id, (shown, target) in links(book).items():
                assert target == URLS[row_id], (row_id, shown, target)
                assert shown == words.get(row_id, URLS[row_id])
        book.unlink()


def test_a_link_edited_to_a_new_address_is_still_read(tmp_path, capsys):
    book = scored(tmp_path)
    show_words(book, {"ferry": "harbour story"})
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "ferry")
    ws.cell(row, 2).hyperlink = "https://www.breitbart.com/kelby-ferry"  # (an address no other cell links to)
    ws.cell(row, 2).value = "harbour story"
    wb.save(book)
    before = by_id(book, RATING)["ferry"]
    err = refresh(book, capsys)
    assert "1 row scored again" in err
    after = by_id(book, RATING)["ferry"]
    assert after != before
    assert links(book)["ferry"] == ("harbour story", "https://www.breitbart.com/kelby-ferry")


def test_two_rows_sharing_an_address_are_left_as_they_are(tmp_path, capsys):
    """(near miss) A words cell whose address another row shows too: a sort changes nothing for
    it, and a refresh keeps it unchanged."""
    book = scored(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "school":
            ws.cell(r, 2).value = URLS["ferry"]
            ws.cell(r, 2).hyperlink = URLS["ferry"]
    wb.save(book)
    assert "1 row scored again" in refresh(book, capsys)
    index = by_id(book, INDEX)
    show_words(book, {"ferry": "harbour story"})
    assert "unchanged" in refresh(book, capsys)
    value_sort(book, INDEX)
    assert "scored again" not in refresh(book, capsys)
    assert by_id(book, INDEX) == index


def cut_to_end(book, row_id):
    """Cut one row's values and paste them under the last row, its own row left empty (as a
    script does, or a spreadsheet's cut and paste of the cells): its link stays where it was."""
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == row_id)
    end = ws.max_row + 1
    for c in range(1, ws.max_column + 1):
        ws.cell(end, c).value = ws.cell(row, c).value
        ws.cell(row, c).value = None
    wb.save(book)


def test_a_words_cell_cut_and_pasted_at_the_end_keeps_its_address(tmp_path, capsys):
    for row_id in ("ferry", "rant"):
        book = scored(tmp_path)
        index, rating = by_id(book, INDEX), by_id(book, RATING)
        show_words(book, {row_id: "the story"})
        refresh(book, capsys)
        cut_to_end(book, row_id)
        err = refresh(book, capsys)
        assert "scored again" not in err, err
        assert "kept the address the row was scored with" in err
        assert by_id(book, INDEX) == index and by_id(book, RATING) == rating
        book.unlink()


def test_a_link_removed_by_the_user_is_not_put_back(tmp_path, capsys):
    """(near miss) Words typed over a URL cell and its link removed, where another row has the
    same address: the row has no address now, and is scored again without one."""
    book = scored(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "school":  # (school's address is ferry's too)
            ws.cell(r, 2).value = URLS["ferry"]
            ws.cell(r, 2).hyperlink = URLS["ferry"]
    wb.save(book)
    refresh(book, capsys)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "ferry":
            ws.cell(r, 2).hyperlink = None
            ws.cell(r, 2).value = "no address"
    wb.save(book)
    err = refresh(book, capsys)
    assert "1 row scored again" in err and "kept the address" not in err
    assert by_id(book, RATING)["ferry"] is None
    # (said: nothing else says why its source rating went)
    assert "scored again without a web address: its URL cell shows words ('no address') and links to no page now" in err
    assert "scored as a page of bbc.co.uk" in err


def test_rows_that_keep_or_never_had_an_address_are_not_said_to_lose_one(tmp_path, capsys):
    """(near miss) A text edited in a row whose words URL cell still links to its page, and words
    typed in the URL cell of a row scored with none: no line on a lost address."""
    csv = tmp_path / "rows.csv"
    lines = ["id,url,text"] + [f'{name},{URLS[name] if name != "rant" else ""},"{TEXTS[name]}"' for name in TEXTS]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    book = tmp_path / "book.xlsx"
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    show_words(book, {"ferry": "harbour story", "rant": "none given"})
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "ferry":
            ws.cell(r, 3).value = ws.cell(r, 3).value.replace("May", "June")
    wb.save(book)
    err = refresh(book, capsys)
    assert "2 rows scored again" in err
    assert "without a web address" not in err
    assert links(book)["ferry"] == ("harbour story", URLS["ferry"])


def test_a_sort_of_the_user_columns_alone_scores_the_words_row_with_its_own_address(tmp_path, capsys):
    """The user's columns sorted without the score columns: every row is scored again (its score
    cells are another row's), the words row with the address it had, not the link it sits under."""
    book = scored(tmp_path)
    rating = by_id(book, RATING)
    show_words(book, {"ferry": "harbour story"})
    refresh(book, capsys)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    values = sorted(([ws.cell(r, c).value for c in (1, 2, 3)] for r in range(2, ws.max_row + 1)), reverse=True)
    for r, row in enumerate(values, start=2):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c).value = value
    wb.save(book)
    err = refresh(book, capsys)
    assert "5 rows scored again" in err
    assert by_id(book, RATING) == rating
    assert links(book)["ferry"] == ("harbour story", URLS["ferry"])
