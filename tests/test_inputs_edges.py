"""Inputs at their edges, each read so that nothing is silently lost or silently read wrong:
two columns of one name, files of one name in different folders, files a folder holds that are
not read, web pages in a declared character set, a .txt file that is an HTML page, a workbook's
header below its first row, and the scales a source rating is given in."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.inputs import Problem, Record, read_paths

ARTICLE = ("The harbour board approved the new ferry timetable on Monday, its chair said. The plan adds "
           "two morning crossings, according to the board's own figures.")
OTHER = "Second column words about the pier lights, which stay on later this winter."


def _read(path: Path, text_column: str | None = None) -> list[Record | Problem]:
    return list(read_paths([str(path)], text_column))


def _csv(tmp_path: Path, header: str, *rows: str) -> Path:
    path = tmp_path / "table.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _book(tmp_path: Path, rows: list[list[object]], name: str = "table.xlsx") -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


# 1. two columns of one name

@pytest.mark.parametrize("header", ["id,text,text", "id,text,Text", "id,Text , text"])
def test_two_text_columns_are_refused_naming_both_and_the_option(tmp_path, header):
    path = _csv(tmp_path, header, f'1,"{ARTICLE}","{OTHER}"')
    [item] = _read(path)
    assert isinstance(item, Problem)
    assert "2 columns could be the text column" in item.message and "--text-column" in item.message


def test_two_text_columns_keep_both_and_the_one_named_is_read(tmp_path):
    path = _csv(tmp_path, "id,text,text", f'1,"{ARTICLE}","{OTHER}"')
    [first] = _read(path, "text")
    [second] = _read(path, "text (2)")
    assert first.text == ARTICLE and second.text == OTHER
    assert list(first.columns) == ["id", "text", "text (2)"]
    assert first.columns["text (2)"] == OTHER and second.columns["text"] == ARTICLE


def test_a_workbook_with_two_text_columns_is_refused_and_keeps_both_when_named(tmp_path):
    path = _book(tmp_path, [["id", "text", "text"], [1, ARTICLE, OTHER]])
    [item] = _read(path)
    assert isinstance(item, Problem) and "'text', 'text (2)'" in item.message
    [second] = _read(path, "text (2)")
    assert second.text == OTHER and second.columns["text"] == ARTICLE


def test_the_second_of_two_text_columns_says_when_it_holds_a_formula_with_no_value(tmp_path):
    path = _book(tmp_path, [["id", "text", "text"], ["a", ARTICLE, OTHER], ["b", ARTICLE, "=B2"]])
    first, second = _read(path, "text (2)")
    assert first.text == OTHER
    assert isinstance(second, Problem) and "formula with no saved value" in second.message


@pytest.mark.parametrize("name", ["id", "title", "url"])
def test_other_repeated_columns_are_kept_and_the_first_is_read(tmp_path, name):
    first, again = {"id": ("a1", "a2"), "title": ("Ferries", "Piers"), "url": ("https://a.example/1", "https://b.example/2")}[name]
    for path in (_csv(tmp_path, f"{name},text,{name}", f'{first},"{ARTICLE}",{again}'),
                 _book(tmp_path, [[name, "text", name], [first, ARTICLE, again]])):
        [item] = _read(path)
        assert isinstance(item, Record), item
        assert item.columns[name] == first and item.columns[f"{name} (2)"] == again
        assert {"id": item.id, "title": item.title, "url": item.url}[name] == first


# 2. files of one name in two folders

def _two_stories(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    for sub, text in (("x", ARTICLE), ("y", OTHER)):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "story.txt").write_text(text, encoding="utf-8")
    (folder / "top.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_files_of_one_name_in_two_subfolders_get_their_path_as_id(tmp_path):
    folder = _two_stories(tmp_path)
    items = _read(folder)
    assert [item.id for item in items] == ["top.txt", "x/story.txt", "y/story.txt"]
    assert [item.text for item in items] == [ARTICLE, ARTICLE, OTHER]
    [alone] = _read(folder / "x" / "story.txt")  # a file given by name keeps its name as id
    assert alone.id == "story.txt"


def _documents(path: Path) -> list[tuple]:
    ws = openpyxl.load_workbook(path)["Documents"]
    rows = list(ws.iter_rows(values_only=True))
    head = rows[0]
    return [dict(zip(head, row)) for row in rows[1:]]


def test_a_folder_workbook_refreshes_its_files_by_path_also_with_ids_of_an_older_version(tmp_path):
    from xlplugin.cli import main
    from xlplugin.workbook import refresh_workbook

    folder = _two_stories(tmp_path)
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q"]) == 0
    assert [(row["id"], row["file"]) for row in _documents(book)] == [
        ("top.txt", "news/top.txt"), ("x/story.txt", "news/x/story.txt"), ("y/story.txt", "news/y/story.txt")]
    # a workbook written before ids were paths has "story.txt" twice: its rows are still read
    # from their files (the file column), and keep the ids they have
    wb = openpyxl.load_workbook(book)
    for row in (3, 4):
        wb["Documents"].cell(row, 1).value = "story.txt"
    wb.save(book)
    (folder / "y" / "story.txt").write_text(OTHER + " It was an outrageous, shameful disgrace!", encoding="utf-8")
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.missing, summary.failed) == (1, 0, 0)
    assert [row["id"] for row in _documents(book)] == ["top.txt", "story.txt", "story.txt"]


# 3. what a folder holds that is not read

def test_a_folder_says_which_files_it_did_not_read_and_why(tmp_path, capsys):
    from xlplugin.cli import main

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "LOUD.TXT").write_text(ARTICLE, encoding="utf-8")
    (folder / "notes.text").write_text(ARTICLE, encoding="utf-8")
    (folder / "report.docx").write_bytes(b"PK")
    (folder / "old.xlsx").write_bytes(b"PK")
    (folder / ".DS_Store").write_bytes(b"\0")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    skipped = []
    items = list(read_paths([str(folder)], None, skipped))
    assert [(type(i).__name__, i.id) for i in items] == [("Record", "LOUD.TXT"), ("Problem", "gone.txt"), ("Record", "ok.txt")]
    assert "broken link" in items[1].message
    assert sorted(Path(s.path).name for s in skipped) == ["notes.text", "old.xlsx", "report.docx"]
    assert main(["score", str(folder)]) == 2  # (the broken link is unreadable)
    err = capsys.readouterr().err
    assert "2 files not read, not a supported type" in err and "report.docx" in err and "notes.text" in err
    assert "1 file not read, a workbook" in err and "old.xlsx" in err
    assert "1 unreadable, 3 other files not read" in err and ".DS_Store" not in err


# 4. a web page's declared character set

CYRILLIC = "Городской совет утвердил бюджет во вторник, сообщил мэр. Москва ждёт новых паромов."
LATIN = "Le conseil a approuvé le budget mardi, a dit le maire; la ville est ravie."


@pytest.mark.parametrize("declaration", ['<meta charset="windows-1251">', "<meta charset=cp1251>",
                                         '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'])
def test_a_page_in_the_cyrillic_charset_it_declares_is_read_in_it(tmp_path, declaration):
    page = tmp_path / "page.htm"
    markup = f"<html><head>{declaration}<title>Совет</title></head><body><article><p>{CYRILLIC}</p></article></body></html>"
    page.write_bytes(markup.encode("cp1251"))
    [item] = _read(page)
    assert item.text == CYRILLIC and item.title == "Совет"
    assert "as the page declares" in item.note and "not UTF-8" in item.note


@pytest.mark.parametrize("declared", ["iso-8859-1", "latin1", "windows-1252", None])
def test_a_latin_page_is_read_as_windows_1252_whatever_latin_name_it_declares(tmp_path, declared):
    page = tmp_path / "page.html"
    meta = f'<meta charset="{declared}">' if declared else ""
    page.write_bytes(f"<html><head>{meta}</head><body><article><p>{LATIN}</p></article></body></html>".encode("cp1252"))
    [item] = _read(page)
    assert item.text == LATIN and item.note.startswith("read as Windows-1252")


def test_a_page_in_utf8_is_read_as_utf8_whatever_it_declares(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(f'<html><head><meta charset="windows-1251"></head><body><article><p>{CYRILLIC}</p></article>'
                     "</body></html>".encode("utf-8"))
    [item] = _read(page)
    assert item.text == CYRILLIC and "declares" not in item.note


# 5. a .txt or .md file that is an HTML page

PAGE = ("<!DOCTYPE html>\n<html><head><title>Ferry plan</title></head><body><nav>Home | Sport | Weather</nav>"
        f"<article><h1>Ferry plan</h1><p>{ARTICLE}</p></article><footer>Cookie settings. Subscribe now!</footer>"
        "</body></html>")


@pytest.mark.parametrize("name,start", [("saved.txt", ""), ("saved.md", "\ufeff \n"), ("saved.TXT", "  ")])
def test_a_text_file_holding_an_html_page_is_read_as_a_web_page_and_says_so(tmp_path, name, start):
    path = tmp_path / name
    path.write_text(start + PAGE.replace("<!DOCTYPE html>\n", "" if start else "<!DOCTYPE html>\n"), encoding="utf-8")
    [item] = _read(path)
    assert "<" not in item.text and "Subscribe" not in item.text and "Sport" not in item.text
    assert ARTICLE in item.text and item.title == "Ferry plan"
    assert "holds an HTML page" in item.note


def test_a_text_file_read_as_a_web_page_shows_its_scored_text_in_the_workbook(tmp_path):
    # (as an .html page's row does: the workbook's column of the text that was scored, which
    # the evidence offsets point into; decided by how the file was read, not by its name)
    from workbook_helpers import score

    from xlplugin import Settings
    from xlplugin.workbook import layout, write_scored_workbook

    (tmp_path / "saved.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(ARTICLE, encoding="utf-8")
    items = _read(tmp_path)
    out = tmp_path / "out.xlsx"
    write_scored_workbook(out, items, score(items), Settings())
    ws = openpyxl.load_workbook(out)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    rows = {row[header.index("id")]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    shown = {name: row[header.index(layout.FILE_TEXT_COLUMN)] for name, row in rows.items()}
    assert shown["saved.txt"] == shown["page.html"] and ARTICLE in shown["saved.txt"] and "<" not in shown["saved.txt"]
    assert shown["plain.txt"] is None  # (a plain text file is its own text: no copy of it)


def test_a_text_file_that_only_mentions_html_is_read_as_text(tmp_path):
    path = tmp_path / "notes.txt"
    text = "The <html> tag starts a page, the tutor said.\n<p>Paragraphs follow.</p>"
    path.write_text(text, encoding="utf-8")
    [item] = _read(path)
    assert item.text == text and item.note == ""


# 6. a workbook's header row below its first row; what a refresh's message offers

def test_a_header_row_below_a_title_is_found(tmp_path):
    path = _book(tmp_path, [["Collected articles, autumn"], [], ["id", "text"], ["a", ARTICLE], ["b", OTHER]])
    items = _read(path)
    assert [(i.id, i.text, i.source.rsplit(" ", 2)[-2:]) for i in items] == [
        ("a", ARTICLE, ["row", "4"]), ("b", OTHER, ["row", "5"])]


def test_an_excel_table_lower_on_the_sheet_is_read(tmp_path):
    from openpyxl.worksheet.table import Table

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "notes"
    for r, row in enumerate([["id", "text"], ["a", ARTICLE], ["b", OTHER]], start=3):
        for c, value in enumerate(row, start=4):
            ws.cell(r, c, value)
    ws.add_table(Table(displayName="Articles", ref="D3:E5"))
    path = tmp_path / "table.xlsx"
    wb.save(path)
    assert [(i.id, i.text) for i in _read(path)] == [("a", ARTICLE), ("b", OTHER)]


def test_a_sheet_with_its_header_on_row_1_comes_before_one_with_it_lower(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Title only"])
    wb.active.append(["text"])
    wb.active.append([OTHER])
    second = wb.create_sheet("Second")
    second.append(["text"])
    second.append([ARTICLE])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert [i.text for i in _read(path)] == [ARTICLE]


def test_a_workbook_with_no_header_says_how_to_fix_it(tmp_path):
    path = _book(tmp_path, [["id", "words"], ["a", ARTICLE]])
    [item] = _read(path)
    assert isinstance(item, Problem) and "first 10 rows" in item.message and "--text-column" in item.message


def test_refresh_of_a_renamed_text_header_offers_no_option_it_does_not_take(tmp_path):
    from xlplugin.cli import main
    from xlplugin.errors import WorkbookError
    from xlplugin.workbook import refresh_workbook

    book = tmp_path / "book.xlsx"
    assert main(["score", str(_csv(tmp_path, "id,text", f'1,"{ARTICLE}"')), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    wb["Documents"].cell(1, 2).value = "words"
    wb.save(book)
    with pytest.raises(WorkbookError) as caught:
        refresh_workbook(book)
    assert "no text column found" in str(caught.value) and "--text-column" not in str(caught.value)


# 7. a source rating on a 0-100 scale

def test_the_sources_sheet_takes_the_scales_a_ratings_file_takes(tmp_path):
    from xlplugin.cli import read_ratings
    from xlplugin.workbook import layout
    from xlplugin.workbook.reader import read_settings

    ratings = tmp_path / "ratings.csv"
    ratings.write_text("domain,rating\nharbour.example,85\nferry.example,40\nboth.example,1\n", encoding="utf-8")
    from_file = read_ratings(ratings)
    book = tmp_path / "book.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = layout.SOURCES
    sheet.append(["Domain or outlet", "Rating", "Rater"])
    for domain, rating in (("harbour.example", 85), ("ferry.example", 40), ("both.example", 1)):
        sheet.append([domain, rating, None])
    wb.save(book)
    from_sheet = read_settings(book).ratings
    # (one scale per table: with 85 in it, 1 is 0.01, not the best rating)
    assert {k: v[0] for k, v in from_file.items()} == {"harbour.example": 0.85, "ferry.example": 0.4, "both.example": 0.01}
    assert {k: from_sheet[k][0] for k in from_file} == {k: v[0] for k, v in from_file.items()}
    # (and a fraction of 1 beside 85 mixes two scales: refused by both, not read as 0.004)
    sheet.cell(3, 2, 0.4)
    wb.save(book)
    with pytest.raises(Exception, match="mixes two scales"):
        read_settings(book)
    sheet.cell(3, 2, 40)
    sheet.append(["bad.example", 150, None])
    wb.save(book)
    with pytest.raises(Exception, match="from 0 to 1, or from 0 to 100, not 150"):
        read_settings(book)


# A file with a UTF-16 byte order mark is read as the mark says: no note that it was guessed
# as Windows-1252 (which it was not); a file that is not UTF-8 still says so.

@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_with_its_mark_is_read_so_and_not_noted_as_windows_1252(tmp_path, codec):
    text = "Café owners on the quay said the new rules start in May as the council confirmed."
    mark = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(codec, "")
    (tmp_path / "note.txt").write_bytes((mark + text).encode(codec))
    (tmp_path / "table.csv").write_bytes((mark + f"id,text\nq1,{text}\n").encode(codec))
    items = _read(tmp_path)
    assert [(i.text, i.note) for i in items] == [(text, "")] * 2


def test_a_windows_1252_file_still_says_how_it_was_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Café owners on the quay said so.".encode("cp1252"))
    [item] = _read(path)
    assert item.text == "Café owners on the quay said so." and "Windows-1252" in item.note


# A UTF-16 byte order mark is two bytes a binary may start with too: after the mark, what is not
# UTF-16 text (does not decode, or decodes to control, private-use or unassigned code points) is
# refused as a binary without a mark is; real UTF-16 text, either byte order, is still read.

_UTF16_TEXTS = ["Café owners on the quay said the new rules start in May.\n",
                "港口委员会周四表示，新的防洪墙将于五月开工。\n居民对此表示欢迎。"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", _UTF16_TEXTS)
def test_utf16_text_with_its_mark_is_still_read_in_both_byte_orders(tmp_path, codec, text):
    (tmp_path / "a.txt").write_bytes(("\ufeff" + text).encode(codec))
    (tmp_path / "b.txt").write_bytes(("\ufeff" + text + "\x00").encode(codec))  # ended by a NUL
    items = _read(tmp_path)
    assert all(isinstance(i, Record) for i in items), items
    # (the NUL is a space, as every control character but tab and line ends is: inputs.text_controls)
    assert [(i.text, i.note) for i in items] == [(text, ""), (text + " ", "")]


@pytest.mark.parametrize("junk", [
    b"\xff\xfe" + bytes(range(256)) * 4,                 # lone surrogates: not UTF-16
    b"\xfe\xff" + b"\x00\x01\x00\x02\x00\x03" * 40,       # control characters
    b"\xff\xfe" + b"\x00\xe0\x12\xe1\x34\xf0" * 40 + b"ab",  # private-use code points
    b"\xff\xfe" + b"binary data!" + b"\x07",              # an odd number of bytes
])
def test_a_binary_that_starts_with_a_utf16_mark_is_refused_as_binary(tmp_path, junk):
    (tmp_path / "junk.txt").write_bytes(junk)
    [item] = _read(tmp_path / "junk.txt")
    assert isinstance(item, Problem) and "looks like a binary file, not text" in item.message
