"""Files that hold nothing to score are said so (session 17, refresh18): a CSV with a header and
no rows, in a folder, is named as a file not read (alone it is an error); a web page with no
words says it holds no text, not that its whole text was read."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.pages import extract_page

TEXT = "The harbour office said on Friday that the ferry timetable would change in June after a review."


@pytest.mark.parametrize("header", ["id,text\n", "text\n", "\ufeffid;text\r\n", "id,text,outlet\n\n\n"])
def test_a_header_only_csv_in_a_folder_is_named_as_not_read(tmp_path, capsys, header):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.csv").write_text(f"id,text\nn1,{TEXT}\n", encoding="utf-8")
    (folder / "empty.csv").write_text(header, encoding="utf-8")
    assert main(["score", str(folder), "--json"]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records if not r.get("error")] == ["notes.csv:n1"]
    # (pasted30) a file not read is a --json record of its own, saying why
    assert [r["error"] for r in records if r.get("error")] == ["not read: a header and no rows: nothing to score"]
    assert f"a header and no rows: nothing to score: {folder / 'empty.csv'}" in err
    assert "1 other file not read" in err


@pytest.mark.parametrize("markup", ["", "   \n\n ", "<html></html>", "<html><body>\n</body></html>",
                                    "<html><head><title>T</title><style>p {}</style></head><body><script>x=1</script></body></html>"])
def test_a_page_with_no_words_says_so(markup):
    page = extract_page(markup)
    assert page.text.strip() == ""
    assert page.note == "this page holds no text: the file is empty, or its markup shows no words"


def test_a_page_with_words_but_no_article_is_still_read_whole():
    page = extract_page(f"<html><body><nav>Home</nav><div>{TEXT}</div></body></html>")
    assert "ferry timetable" in page.text
    assert "holds no text" not in page.note


# An Excel date serial is read as the day it counts, and shown as that day ("45352" is no date a
# reader or the copies step knows), only where the cell is a date: the Excel functions are given a
# date cell as its serial. (loose21) A number in a CSV's date column is no date serial: it is said
# to be no date, never read as a day it may not mean.

@pytest.mark.parametrize("serial, day", [(45352, "2024-03-01"), ("45352", "2024-03-01"), (45352.0, "2024-03-01"),
                                         ("44927.0", "2023-01-01"), (25569, "1970-01-01")])
def test_a_date_serial_is_shown_as_its_day(tmp_path, capsys, serial, day):
    from xlplugin.cells import given_date

    assert given_date(serial, serials=True) == (day, None)
    path = tmp_path / "in.csv"
    path.write_text(f'id,date,text\nd1,{serial},"{TEXT}"\n', encoding="utf-8")
    main(["score", str(path), "--json", "-q"])
    row = json.loads(capsys.readouterr().out)
    assert row["date"] == "" and "is not a date" in json.dumps(row)


@pytest.mark.parametrize("year", [1999, 2024, "2031"])
def test_a_year_alone_stays_a_year(year):
    from xlplugin.cells import given_date

    assert given_date(year) == (str(year), None)
