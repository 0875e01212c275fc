"""(hunt40b) A text cell holding a TRUE/FALSE value (a logical cell of a workbook, the word in a CSV
file), a time (a time cell, "14:30") or only a web address was counted in the run's summary as one
"with no text in the text cell", as a blank cell is, which sent the user to look for a blank cell.
Each is counted in its own words, as hunt39c counts a number or a date. A web address alone is most
likely the user's link to the article: its Status says so in words (a link, not the article's text)
and how to have the page scored (save it as .html, or put the text in); never an index. The exit
status is kept: 2 where any row is refused for its text cell."""

from __future__ import annotations

import datetime
import json

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.inputs_summary import cell_reason

# (the summary's words, written out: `inputs_summary.LOGICAL_CELL`, `TIME_CELL`, `LINK_CELL`)
NO_TEXT = "with no text in the text cell"
LOGICAL = "with a TRUE/FALSE value in the text cell instead of a text"
TIME = "with a time in the text cell instead of a text"
LINK = "with only a web address in the text cell (a link to the article, not its text)"

ARTICLE = ("The ferry company said on Monday that the morning crossing would be cut from four sailings to "
           "three from June, after a review of passenger numbers, and the harbour master said the berth "
           "would be repaired over the summer while the quieter timetable ran.")


def _csv(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(f'id,text\n1,"{ARTICLE}"\n2,TRUE\n3,14:30\n4,https://example.org/story\n5,N/A\n'
                    '6,WAHR\n7,false\n', encoding="utf-8")
    return path


def test_csv_rows_are_counted_in_their_own_words(tmp_path, capsys):
    path = _csv(tmp_path)
    assert main(["score", str(path), "-o", str(tmp_path / "out.xlsx")]) == 2  # (exit status as before)
    said = capsys.readouterr().err
    assert f"6 not scored (1 {NO_TEXT}, 3 {LOGICAL}, 1 {TIME}, 1 {LINK})" in said, said
    assert main(["score", str(path), "-o", str(tmp_path / "out2.xlsx"), "-q"]) == 2
    said = capsys.readouterr().err
    assert f"6 rows were not scored (1 {NO_TEXT}, 3 {LOGICAL}, 1 {TIME}, 1 {LINK})" in said, said


def test_workbook_cells_of_those_types_are_counted_so(tmp_path, capsys):
    book = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text"])
    ws.append(["a1", ARTICLE])
    ws.append(["a2", True])
    ws.append(["a3", datetime.time(14, 30)])
    ws.append(["a4", "https://example.org/story"])
    wb.save(book)
    assert main(["score", str(book), "-o", str(tmp_path / "out.xlsx")]) == 2
    said = capsys.readouterr().err
    assert f"3 not scored (1 {LOGICAL}, 1 {TIME}, 1 {LINK})" in said, said
    assert NO_TEXT not in said


def test_a_link_alone_says_it_is_a_link_and_how_to_score_the_page(tmp_path, capsys):
    path = _csv(tmp_path)
    assert main(["score", str(path), "--json", "-o", str(tmp_path / "out.xlsx")]) == 2
    capsys.readouterr()
    rows = openpyxl.load_workbook(tmp_path / "out.xlsx", read_only=True)["Documents"].iter_rows(values_only=True)
    header = next(rows)
    link = next(row for row in rows if row[0] in (4, "4"))
    status = " ".join(str(v) for v in link if isinstance(v, str) and v.startswith("not scored"))
    assert "a link to the page" in status and "not the article's text" in status, status
    assert ".html" in status and "the article's text in place of the link" in status, status
    index = header.index(next(h for h in header if isinstance(h, str) and h.lower().startswith("reliab")))
    assert link[index] in (None, "")  # never an index


@pytest.mark.parametrize("cell, words", [("TRUE", LOGICAL), ("14:30", TIME), ("https://example.org/story", LINK)])
def test_dask_engine_says_the_same_and_keeps_its_exit_status(tmp_path, capsys, cell, words):
    pytest.importorskip("xlplugin.dask")
    path = tmp_path / "list.csv"
    path.write_text(f'id,text\n1,"{ARTICLE}"\n2,"{cell}"\n', encoding="utf-8")
    assert main(["score", str(path), "--engine", "dask", "-o", str(tmp_path / "parts")]) == 2
    said = capsys.readouterr().err
    assert f"1 not scored (1 {words})" in said, said


def test_parquet_rows_are_counted_so():
    pa = pytest.importorskip("pyarrow")
    dask = pytest.importorskip("xlplugin.dask")
    from xlplugin.frame import score_table

    counts = dask._counts(score_table(pa.table({"text": ["TRUE", "9:05 pm", "www.example.net/a/b", "N/A", ARTICLE]})))
    assert counts["unscored"] == {NO_TEXT: 1, LOGICAL: 1, TIME: 1, LINK: 1}, counts


def test_json_rows_are_counted_so(tmp_path, capsys):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"text": ARTICLE}, {"text": True}, {"text": "https://example.org/x"}]), encoding="utf-8")
    assert main(["score", str(path), "-o", str(tmp_path / "out.xlsx")]) == 2
    said = capsys.readouterr().err
    assert f"2 not scored (1 {LOGICAL}, 1 {LINK})" in said, said


def test_cell_reason_words():
    assert cell_reason("column text: not text: a TRUE/FALSE value") == LOGICAL
    assert cell_reason("column Text: not text: VRAI, a TRUE/FALSE value") == LOGICAL
    assert cell_reason("column text: not text: a time") == TIME
    assert cell_reason("column text: not text: N/A, a placeholder for no value") == NO_TEXT
    assert cell_reason("column text: not text: a number") == "with a number or a date in the text cell instead of a text"


def test_refresh_names_them_in_the_same_words(tmp_path, capsys):
    source, book = tmp_path / "list.csv", tmp_path / "book.xlsx"
    source.write_text(f'id,text\n1,"{ARTICLE}"\n2,"{ARTICLE} Again."\n3,"{ARTICLE} Once more."\n', encoding="utf-8")
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    column = [c.value for c in ws[1]].index("text") + 1
    ws.cell(2, column).value, ws.cell(3, column).value, ws.cell(4, column).value = True, datetime.time(9, 5), "https://example.org/x"
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 2
    err = capsys.readouterr().err
    for words in ("1 row has a TRUE/FALSE value in the text cell", "1 row has a time in the text cell",
                  "1 row has only a web address in the text cell, a link to the article and not its text"):
        assert words in err, err
    assert "holds no text" not in err, err
