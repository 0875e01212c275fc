"""hunt38b: values of the wrong kind are never silently wrong, and never cost a row."""

from __future__ import annotations

import pytest

from xlplugin.excel import functions as f

TEXT = ("The harbour board said on Tuesday that the new ferry timetable would add two crossings a day, "
        "according to a statement from its chair. Residents said the change was overdue.")


# 1. A number in the author, url or outlet argument: not counted, said, and the text still scored.

@pytest.mark.parametrize(("argument", "value", "words"), [
    ("author", 2024.0, "author: '2024' is not an author (not counted)"),
    ("author", 7, "author: '7' is not an author (not counted)"),
    ("url", 3.5, "url: '3.5' is not"),
])
def test_a_number_in_a_naming_argument_is_not_counted_and_the_text_is_scored(argument, value, words):
    plain = f.reliability(TEXT)
    assert f.reliability(TEXT, **{argument: value}) == plain
    assert f.kind(TEXT, **{argument: value}) == f.kind(TEXT)
    row = f.scores([[TEXT]], False, **{argument: [[value]]})[0]
    assert row[0] == plain
    assert words in row[-1] and row[-1].startswith("scored")


def test_one_number_in_an_author_range_costs_no_row_of_the_batch():
    other = TEXT + " The board meets again in June."
    got = f.scores([[TEXT], [other], [TEXT]], False, None, None, None, [[2024.0], ["Mara Lind"], [None]])
    assert all(isinstance(row[0], float) for row in got)
    assert "author: '2024' is not an author (not counted)" in got[0][-1]
    assert "not counted" not in got[1][-1] and "not counted" not in got[2][-1]
    assert f.reliability([[TEXT]], author=[[2024.0]]) == f.reliability(TEXT)  # (a 1x1 range gives a value)


# 2. A CSV file's other columns of numbers are written as numbers; ambiguous ones kept as text, said.

BODY_A = ("The harbour board said on Tuesday that the new ferry timetable would add two crossings a day, "
          "according to a statement from its chair. Residents said the change was overdue.")
BODY_B = ("The city council voted on Monday to extend the library's opening hours, a spokesperson said. "
          "The change takes effect next month and costs about forty thousand a year.")


def _score_csv(tmp_path, lines, capsys):
    import openpyxl

    from xlplugin.cli import main

    source = tmp_path / "data.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.xlsx"
    capsys.readouterr()
    main(["score", str(source), "-o", str(out)])
    said = capsys.readouterr().err
    ws = openpyxl.load_workbook(out)["Documents"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True)]
    return rows, said


def test_csv_columns_of_numbers_are_written_as_numbers(tmp_path, capsys):
    rows, said = _score_csv(tmp_path, [
        "id,text,views,share,delta",
        f'001,"{BODY_A}",1234,0.25,-3',
        f'002,"{BODY_B}",56,0.5,',
    ], capsys)
    assert [r["views"] for r in rows] == [1234, 56] and all(type(r["views"]) is int for r in rows)
    assert [r["share"] for r in rows] == [0.25, 0.5]
    assert rows[0]["delta"] == -3 and rows[1]["delta"] in (None, "")
    assert [r["id"] for r in rows] == ["001", "002"]  # (the id column is the rows' names: as typed)
    assert "kept as text" not in said


def test_csv_columns_whose_numbers_could_mean_two_things_stay_text_and_are_named_once(tmp_path, capsys):
    rows, said = _score_csv(tmp_path, [
        "id,text,code,amount,count,label",
        f'a1,"{BODY_A}",007,"1,234",12,harbour',
        f'a2,"{BODY_B}",010,1.234,n/a,library',
    ], capsys)
    assert [r["code"] for r in rows] == ["007", "010"]  # (leading zeros: never 7)
    assert [r["amount"] for r in rows] == ["1,234", "1.234"]
    assert [r["count"] for r in rows] == ["12", "n/a"]
    assert said.count("'amount' kept as text") == 1 and said.count("'count' kept as text") == 1
    assert "'code'" not in said and "'label'" not in said


def test_too_many_digits_for_excel_stay_text_beside_a_column_written_as_numbers(tmp_path, capsys):
    rows, _said = _score_csv(tmp_path, [
        "text,post,likes",
        f'"{BODY_A}",1234567890123456789,3',
        f'"{BODY_B}",22,40',
    ], capsys)
    assert [r["post"] for r in rows] == ["1234567890123456789", "22"]  # (Excel keeps 15 digits)
    assert [r["likes"] for r in rows] == [3, 40]


# 3. No-break spaces read as spaces in text preparation, offsets into the user's own text.

NEWS = ("By Ann Lee\n\nThe Prime Minister said on Tuesday that the budget would rise, according to a statement "
        "from the finance ministry. Critics called it a witch hunt against working families. "
        "Experts say prices will collapse next year.")


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007"])
def test_no_break_spaces_between_words_read_as_spaces(space):
    import re

    import xlplugin

    joined = re.sub(r"(?<=\w) (?=\w)", space, NEWS)
    plain, got = xlplugin.score_text(NEWS), xlplugin.score_text(joined)
    assert got.reliability == plain.reliability and got.kind == plain.kind
    assert {k: s.value for k, s in got.signals.items()} == {k: s.value for k, s in plain.signals.items()}
    loaded = [e for e in got.signals["loaded_language"].evidence if "witch" in e.text]
    assert loaded, "the loaded phrase with a no-break space inside is found"
    start = joined.index("witch")
    assert (loaded[0].start, loaded[0].end) == (start, start + len("witch hunt"))
    assert joined[loaded[0].start:loaded[0].end] == f"witch{space}hunt"  # (the user's own text)


def test_normalise_reads_no_break_spaces_one_for_one():
    from xlplugin.text import normalise

    assert normalise("Prime\u00a0Minister\u202fsaid\u2007so") == ("Prime Minister said so", None)


# 4. A text cell holding a saved page's HTML: its fields fill their own columns, as an .html file's.

PAGE_HTML = """<!DOCTYPE html><html><head><title>Ferry timetable adds two crossings | Harbour Gazette</title>
<meta name="author" content="Mara Lind"><meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2026-03-04T09:00:00Z">
<link rel="canonical" href="https://harbourgazette.example/news/ferry-timetable"></head>
<body><article><h1>Ferry timetable adds two crossings</h1>
<p>The harbour board said on Tuesday that the new ferry timetable would add two crossings a day, according to
a statement from its chair, Ines Kowalczyk.</p>
<p>Residents said the change was overdue. The board's spokesperson, Tom Reed, said the extra sailings would
begin in May and cost about forty thousand a year.</p>
<p>Figures published by the board show that the busiest crossing carried more than nine hundred passengers a
day last summer.</p></article></body></html>"""


def _html_csv(tmp_path, capsys):
    import csv

    source = tmp_path / "pages.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "text"], ["1", PAGE_HTML]])
    import openpyxl

    from xlplugin.cli import main

    out = tmp_path / "pages.xlsx"
    main(["score", str(source), "-o", str(out)])
    capsys.readouterr()
    ws = openpyxl.load_workbook(out)["Documents"]
    header = [c.value for c in ws[1]]
    return out, dict(zip(header, next(ws.iter_rows(min_row=2, values_only=True))))


def test_a_csv_cell_of_html_fills_its_own_columns_as_an_html_file_does(tmp_path, capsys):
    import xlplugin
    from xlplugin.inputs import read_paths

    _out, row = _html_csv(tmp_path, capsys)
    assert row["title"] == "Ferry timetable adds two crossings" and row["author"] == "Mara Lind"
    assert row["outlet"] == "Harbour Gazette" and row["date"] == "2026-03-04"
    assert row["url"] == "https://harbourgazette.example/news/ferry-timetable"
    page = tmp_path / "page.html"
    page.write_text(PAGE_HTML, encoding="utf-8")
    [record] = list(read_paths([str(page)]))
    [as_file] = list(xlplugin.score_many([record.as_input()], workers=1))
    index = row["Reliability index 0-100 (higher = more reliable)"]
    assert index == as_file.reliability == f.reliability(PAGE_HTML)  # (the Excel function reads the page's fields too)
    assert row["Provenance 0-100 (higher = better sourced)"] == as_file.signals["provenance"].value


def test_a_refresh_of_that_workbook_keeps_the_pages_fields(tmp_path, capsys):
    import openpyxl

    from xlplugin.cli import main

    out, row = _html_csv(tmp_path, capsys)
    main(["refresh", str(out), "--force"])
    capsys.readouterr()
    ws = openpyxl.load_workbook(out)["Documents"]
    header = [c.value for c in ws[1]]
    again = dict(zip(header, next(ws.iter_rows(min_row=2, values_only=True))))
    key = "Reliability index 0-100 (higher = more reliable)"
    assert again[key] == row[key] and again["author"] == "Mara Lind"


def test_html_pasted_into_a_sheet_with_no_such_columns_says_what_a_refresh_left_out(tmp_path, capsys):
    import openpyxl

    from xlplugin.cli import main

    source = tmp_path / "plain.csv"
    source.write_text(f'id,text\n1,"{BODY_A}"\n', encoding="utf-8")
    out = tmp_path / "plain.xlsx"
    main(["score", str(source), "-o", str(out)])
    wb = openpyxl.load_workbook(out)
    wb["Documents"]["B2"] = PAGE_HTML
    wb.save(out)
    main(["refresh", str(out)])
    capsys.readouterr()
    ws = openpyxl.load_workbook(out)["Documents"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, next(ws.iter_rows(min_row=2, values_only=True))))
    assert "the page's own title, url, outlet, date, author not counted" in row["Why"]  # (book45: the note in the Why)


def test_a_row_not_scored_keeps_its_numbers_beside_the_scored_ones(tmp_path, capsys):
    rows, said = _score_csv(tmp_path, [
        "id,text,views",
        f'1,"{BODY_A}",10',
        "2,12345,abc",
        f'3,"{BODY_B}",7',
    ], capsys)
    assert [r["views"] for r in rows] == ["10", "abc", "7"]  # (a word among them: the column as typed, said)
    assert "'views' kept as text" in said
    (tmp_path / "second").mkdir()
    rows, said = _score_csv(tmp_path / "second", [
        "id,text,views",
        f'1,"{BODY_A}",10',
        "2,12345,3",
    ], capsys)
    assert [r["views"] for r in rows] == [10, 3] and rows[1]["Status"].startswith("not scored")
