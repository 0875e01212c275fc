"""`score BOOK.xlsx -o NEW.xlsx` reads a URL cell that shows words under another row's link as
the row's own address, or as none, never as the other row's page (links26).

A script that sorts the Documents sheet by writing its values back (openpyxl has no sort) moves
each URL cell's words but not its link. `refresh` found such rows by their stamp (hunt25b);
`score` of the same workbook read the link left behind as the row's address and scored the row
as a page of another site (another source rating, outlet and index), saying only "scored".
In a scored workbook the row's stamp tells which address it had; in a workbook of the user's own
(no stamps), a words cell that names one site and links to another is not guessed at.
"""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main

TEXTS = {
    "bridge": "The Orwick footbridge will close for three weeks from 2 March while its deck is replaced, "
              "the borough's highways team said on Friday. Cyclists will be sent over the rail bridge, "
              "its engineer, Tomas Hale, said.",
    "clinic": "A walk-in clinic opens in Fenby on Monday with six nurses and a visiting doctor, the "
              "health trust said. Its manager, Priya Nair, said it would see about 80 people a day.",
    "tirade": "Open your eyes!!! The crooked councillors are robbing you blind and everyone can see it. "
              "These so-called leaders are frauds who want to wreck our village. I have had enough. "
              "Will we just stand by and let them?",
    "harvest": "Farmers near Lisk brought in the barley harvest a week early after a dry August, the "
               "growers' co-operative said. Its chair, Ben Marsh, said yields were up by a tenth.",
    "museum": "The Carrow museum will stay open until 8pm on Thursdays from April, its director, Ruth "
              "Adeyemi, said on Wednesday, after a trial drew 2,000 extra visitors.",
}
# built-in ratings far apart, so that a row read with another's address shows it
URLS = {
    "bridge": "https://www.bbc.co.uk/news/orwick-bridge",
    "clinic": "https://www.naturalnews.com/fenby-clinic",
    "tirade": "https://www.reuters.com/lisk-tirade",
    "harvest": "https://www.infowars.com/lisk-harvest",
    "museum": "https://apnews.com/carrow-museum",
}
INDEX = "Reliability index 0-100 (higher = more reliable)"
RATING = "Source rating 0-1 (higher = rated more reliable)"


def scored(tmp_path, name="book.xlsx"):
    csv = tmp_path / "rows.csv"
    lines = ["id,url,text"] + [f'{key},{URLS[key]},"{TEXTS[key]}"' for key in TEXTS]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    book = tmp_path / name
    assert main(["score", str(csv), "-o", str(book), "-q", "--workers", "1"]) == 0
    return book


def own_book(tmp_path, cells, name="own.xlsx"):
    """A workbook of the user's own (no scores, no stamps): id, url, text; `cells`: id -> (what
    the URL cell shows, its link or None)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Articles"
    ws.append(["id", "url", "text"])
    for r, key in enumerate(TEXTS, start=2):
        shown, link = cells.get(key, (URLS[key], URLS[key]))
        ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value = key, shown, TEXTS[key]
        if link:
            ws.cell(r, 2).hyperlink = link
    book = tmp_path / name
    wb.save(book)
    return book


def show_words(book, words):
    """Words typed over some rows' URL cells (their links stay: the address is the link's)."""
    wb = openpyxl.load_workbook(book)
    ws = wb.worksheets[0]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value in words:
            ws.cell(r, 2).value = words[ws.cell(r, 1).value]
    wb.save(book)


def value_sort(book, column, reverse=False):
    """Sort the first sheet's rows as a script does: values written back, links left in place."""
    wb = openpyxl.load_workbook(book)
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    key = headers.index(column)
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    rows.sort(key=lambda r: r[key], reverse=reverse)
    for i, values in enumerate(rows, start=2):
        for j, value in enumerate(values, start=1):
            ws.cell(i, j).value = value
    wb.save(book)


def column(book, header):
    ws = openpyxl.load_workbook(book)["Documents"]
    col = [c.value for c in ws[1]].index(header)
    return {row[0]: row[col] for row in ws.iter_rows(min_row=2, values_only=True) if row[0] is not None}


def said(book):
    """(book45) What a row says of how it was read: its Status and the notes in its Why."""
    status, why = column(book, "Status"), column(book, "Why")
    return {row_id: f"{status[row_id]}\n{why.get(row_id) or ''}" for row_id in status}


def links(book):
    ws = openpyxl.load_workbook(book)["Documents"]
    return {ws.cell(r, 1).value: (ws.cell(r, 2).value, ws.cell(r, 2).hyperlink.target if ws.cell(r, 2).hyperlink else None)
            for r in range(2, ws.max_row + 1)}


def score(book, out, capsys):
    capsys.readouterr()
    assert main(["score", str(book), "-o", str(out), "-q", "--workers", "1", "--force"]) == 0
    return capsys.readouterr().err


def test_a_sorted_scored_workbook_scores_each_words_row_with_its_own_address(tmp_path, capsys):
    for words in ({"bridge": "footbridge story"}, {"bridge": "footbridge story", "harvest": "harvest piece"},
                  {key: f"our {key} item" for key in TEXTS}):
        for key, reverse in ((INDEX, False), ("id", True), ("Text hash", False)):
            book = scored(tmp_path)
            index, rating = column(book, INDEX), column(book, RATING)
            show_words(book, words)
            value_sort(book, key, reverse)
            out = tmp_path / "new.xlsx"
            err = score(book, out, capsys)
            assert column(out, INDEX) == index and column(out, RATING) == rating, (words, key)
            moved = [row_id for row_id in words if "read with the address the row was scored with" in said(out)[row_id]]
            for row_id, (shown, target) in links(out).items():
                # (written as the address it was read with, its link too)
                assert shown == target == URLS[row_id], (row_id, shown, target)
            if moved:
                assert "linked to another row's address" in err and f"{len(moved)} URL cell" in err, err
            statuses = said(out)
            for row_id in TEXTS:
                assert ("read with the address" in statuses[row_id]) == (row_id in moved)
            book.unlink()
            out.unlink()


def test_the_sort_moved_a_words_row_under_another_link(tmp_path, capsys):
    """(the case above that must be said) ascending index puts a low-rated words row under a
    high-rated row's link: said in its Status and the summary."""
    book = scored(tmp_path)
    show_words(book, {"harvest": "harvest piece"})
    value_sort(book, INDEX)
    err = score(book, tmp_path / "new.xlsx", capsys)
    status = said(tmp_path / "new.xlsx")["harvest"]
    assert "links to another row's address" in status and URLS["harvest"] in status
    assert "1 URL cell showing words" in err


def test_an_unsorted_words_workbook_is_scored_as_before(tmp_path, capsys):
    """(near miss) Words over URL cells that still link to their own pages: nothing said."""
    book = scored(tmp_path)
    index, rating = column(book, INDEX), column(book, RATING)
    show_words(book, {key: f"the {key} report" for key in TEXTS})
    err = score(book, tmp_path / "new.xlsx", capsys)
    assert "URL cell" not in err
    assert column(tmp_path / "new.xlsx", INDEX) == index and column(tmp_path / "new.xlsx", RATING) == rating
    assert not any("URL cell" in status for status in said(tmp_path / "new.xlsx").values())


def test_a_link_edited_to_a_new_address_is_read(tmp_path, capsys):
    """(near miss) A words cell whose link the user set to an address no other cell has: the
    user's, read as it is."""
    book = scored(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "bridge")
    ws.cell(row, 2).value = "footbridge story"
    ws.cell(row, 2).hyperlink = "https://www.breitbart.com/orwick-bridge"
    wb.save(book)
    before = column(book, RATING)["bridge"]
    err = score(book, tmp_path / "new.xlsx", capsys)
    assert "URL cell" not in err
    assert column(tmp_path / "new.xlsx", RATING)["bridge"] != before
    assert links(tmp_path / "new.xlsx")["bridge"][1] == "https://www.breitbart.com/orwick-bridge"


def test_a_users_workbook_whose_words_name_another_site_than_the_link(tmp_path, capsys):
    """No stamps: a words cell that names one site and links to another is not read as the link.
    Words that are an address are read as that address; words that only name the site, with none."""
    for shown in ("Orwick story, bbc.co.uk", "via www.bbc.co.uk (footbridge)", "BBC.CO.UK: bridge closes"):
        book = own_book(tmp_path, {"bridge": (shown, URLS["harvest"])})
        out = tmp_path / "new.xlsx"
        err = score(book, out, capsys)
        assert column(out, RATING)["bridge"] is None, shown
        status = said(out)["bridge"]
        assert "but links to a page of infowars.com" in status and "the link was not used" in status, status
        assert "names one web site and links to a page of another" in err, err
        assert links(out)["bridge"] == (shown, None)  # (the words written back, no link)
    for shown in ("www.bbc.co.uk/news/orwick-bridge", "bbc.co.uk/news/orwick-bridge"):
        book = own_book(tmp_path, {"bridge": (shown, URLS["harvest"])})
        err = score(book, tmp_path / "new.xlsx", capsys)
        assert column(tmp_path / "new.xlsx", RATING)["bridge"] == 0.718, shown
        assert "read as the address it shows" in said(tmp_path / "new.xlsx")["bridge"]


def test_words_that_name_the_linked_site_or_none_are_read_with_the_link(tmp_path, capsys):
    """(near misses) Words naming the link's own site (or a host of it), or no site at all, or a
    dotted abbreviation: the link is the address, as before, nothing said."""
    cells = {"bridge": ("bbc.co.uk: footbridge shut", URLS["bridge"]),
             "clinic": ("clinic story (e.g. nurses)", URLS["clinic"]),
             "tirade": ("U.S. style rant", URLS["tirade"]),
             "harvest": ("from news.infowars.com", URLS["harvest"]),
             "museum": ("museum hours", URLS["museum"])}
    book = own_book(tmp_path, cells)
    err = score(book, tmp_path / "new.xlsx", capsys)
    assert "URL cell" not in err
    ratings = column(tmp_path / "new.xlsx", RATING)
    assert ratings == {"bridge": 0.718, "clinic": 0, "tirade": 1, "harvest": 0.046, "museum": 0.998}
    assert not any("URL cell" in status for status in said(tmp_path / "new.xlsx").values())


def test_a_scored_row_whose_text_changed_and_words_name_another_site(tmp_path, capsys):
    """A scored row edited since (its stamp given back by no link) whose words name one site and
    whose link is another's: not guessed at either."""
    book = scored(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "museum":
            ws.cell(r, 2).value = "apnews.com museum item"
            ws.cell(r, 3).value = ws.cell(r, 3).value.replace("April", "May")
    wb.save(book)
    value_sort(book, "id")
    err = score(book, tmp_path / "new.xlsx", capsys)
    assert "names one web site" in err
    assert column(tmp_path / "new.xlsx", RATING)["museum"] is None


def test_a_words_row_cut_and_pasted_at_the_end_keeps_its_address(tmp_path, capsys):
    """A row's values cut and pasted under the last row (its link left on its emptied row): read
    with its own address, not as a row with no web address."""
    for row_id in ("bridge", "harvest"):
        book = scored(tmp_path)
        rating = column(book, RATING)
        show_words(book, {row_id: "the item"})
        wb = openpyxl.load_workbook(book)
        ws = wb["Documents"]
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == row_id)
        end = ws.max_row + 1
        for c in range(1, ws.max_column + 1):
            ws.cell(end, c).value, ws.cell(row, c).value = ws.cell(row, c).value, None
        wb.save(book)
        out = tmp_path / "new.xlsx"
        err = score(book, out, capsys)
        assert column(out, RATING) == rating, row_id
        assert "has no link (its own was left on another row)" in said(out)[row_id]
        assert "1 URL cell showing words" in err
        book.unlink()


def test_a_hyperlink_formula_is_read_as_its_own_address_whatever_its_words_say(tmp_path, capsys):
    """(near miss) A =HYPERLINK formula's words and address move together (a sort cannot part
    them): words naming another site than its address are the user's, and its address is read."""
    import re
    import zipfile

    book = own_book(tmp_path, {"bridge": (f'=HYPERLINK("{URLS["harvest"]}","bridge story, bbc.co.uk")', None)})
    saved = tmp_path / "saved.xlsx"  # (with the value a spreadsheet program saves beside the formula)
    with zipfile.ZipFile(book) as source, zipfile.ZipFile(saved, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data, count = re.subn(rb'<c r="B2"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>',
                                      rb'<c r="B2"\1 t="str"><f>\2</f><v>bridge story, bbc.co.uk</v></c>', data)
                assert count == 1, data[:2000]
            target.writestr(info, data)
    err = score(saved, tmp_path / "new.xlsx", capsys)
    assert "URL cell" not in err
    assert column(tmp_path / "new.xlsx", RATING)["bridge"] == 0.046
