"""(hunt52) A total said in words in one cell under a table ("Total: 2 articles", a merged footer row
of a sheet, or the first field of a CSV file's last line), the row's text cell empty: on main it was
a document "not scored: empty (no text)" whose id was "Total: 2 articles", counted among the
documents read. It is a total row, left out and named in the summary as the loose26 totals are. A row
with a text is a document however it opens, and such a row above the table's last document is kept.
Texts written for these tests."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.inputs import TOTAL_ROW_REASON, bottom_totals, totals_row

HEADERS = ["id", "title", "text", "outlet"]
BRIDGE = ("The council said on Monday that the new bridge over the river would cost 4 million pounds. The mayor, "
          "Jane Hill, told reporters that work would start in the spring.")


@pytest.mark.parametrize("row", [
    ["Total: 2 articles", "", "", ""],
    ["", "", "", "Total: 2 articles"],
    ["Total 2 articles", None, None, None],
    ["Grand total: 1,204 rows", "", "", ""],
    ["Count: 14 documents", "", "", ""],
    ["Total articles: 2", "", "", ""],
    ["Number of articles: 2", "", "", ""],
    ["2 articles in total", "", "", ""],
    ["12 rows", "", "", ""],
    ["Total: 2 articles.", "", "", "2"],
])
def test_a_total_said_with_its_count_is_a_total_row_where_the_text_cell_is_empty(row):
    assert totals_row(row, HEADERS)  # (main: False, a document with no text)


@pytest.mark.parametrize("row", [
    ["7", "", "Total: 2 killed in crash", ""],  # (a text: a document however it opens)
    ["Total: 2 articles", "", BRIDGE, ""],
    ["Total: 2 articles", "Harwick Courier", "", ""],  # (a word beside it: an outlet's row)
    ["Total war: 2 armies", "", "", ""],
    ["12 angry men", "", "", ""],
])
def test_a_row_with_a_text_or_other_words_is_not_a_counted_total(row):
    assert not totals_row(row, HEADERS)


def test_only_at_the_bottom():
    rows = [["1", "", BRIDGE, ""], ["Total: 1 article", "", "", ""], ["2", "", BRIDGE + " More.", ""]]
    assert bottom_totals(rows, HEADERS) == 0
    assert bottom_totals(rows + [["Total: 2 articles", "", "", ""]], HEADERS) == 1


def test_a_csv_files_counted_total_is_left_out_and_named(tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text(f'id,title,text,outlet\n1,Bridge,"{BRIDGE}",Example News\n2,Again,"{BRIDGE} More.",Example News\n'
                    "Total: 2 articles,,,\n", encoding="utf-8")
    main(["score", str(path)])
    captured = capsys.readouterr()
    assert f"1 row not read, {TOTAL_ROW_REASON}: {path} line 4" in captured.err
    assert "2 documents read, 2 scored, 0 not scored" in captured.err  # (main: 3 read, 1 not scored, empty)
    assert "Total: 2 articles" not in captured.out


def test_a_merged_footer_row_of_a_sheet_is_left_out(tmp_path, capsys):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(["a1", "Bridge", BRIDGE, "Example News"])
    sheet.append(["a2", "Again", BRIDGE + " More.", "Example News"])
    sheet.append(["Total: 2 articles"])
    sheet.merge_cells("A4:D4")
    path = tmp_path / "list.xlsx"
    book.save(path)
    main(["score", str(path)])
    captured = capsys.readouterr()
    assert f"1 row not read, {TOTAL_ROW_REASON}: {path} sheet Sheet row 4" in captured.err
    assert "2 documents read, 2 scored" in captured.err
