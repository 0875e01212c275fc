"""(hunt49) A table's row whose text cell is empty while another column with a text column's name
holds its text ("text" empty, "body" filled: two exports put together) was "not scored: empty (no
text)", its text unsaid but for one line about the whole table on the terminal. Its Status now says
where its text is, in a CSV file, a sheet and a refresh of the scored workbook alike (the same
Status each time, so a refresh finds nothing new)."""

from __future__ import annotations

import csv

from workbook_helpers import documents_rows, merged_book, refreshed, set_document_cell

from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, read_paths
from xlplugin.workbook import layout

STATUS = layout.SCORE_HEADERS[-1]
# (our own short reports, written for these tests)
PORT = ("Officials at the port authority said on Tuesday that cargo volumes rose by six percent in the third "
        "quarter, helped by strong demand for grain shipments abroad, according to a statement from the authority.")
FERRY = ("The island's ferry will carry bicycles free of charge from May, the operator said on Thursday, after "
         "cycling groups asked for the fee to be dropped to cut the number of cars on the narrow coast road.")
SAID = 'the row\'s text is in the column "body"'


def _csv(tmp_path, header, rows):
    path = tmp_path / "list.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header, *rows])
    return path


def _items(path, text_column=None):
    return {item.id: item for item in read_paths([str(path)], text_column)}


def test_a_csv_row_with_its_text_in_another_text_column_says_where(tmp_path):
    items = _items(_csv(tmp_path, ["id", "text", "body"], [["1", PORT, ""], ["2", "", FERRY]]))
    assert isinstance(items["1"], Record)
    assert isinstance(items["2"], Problem) and SAID in items["2"].message, items["2"]


def test_a_sheet_row_says_where_too(tmp_path):
    book = merged_book(tmp_path / "in.xlsx", ["id", "text", "body"], [["1", PORT, None], ["2", None, FERRY]])
    item = _items(book)["2"]
    assert isinstance(item, Problem) and SAID in item.message, item


def test_a_text_column_named_by_the_user_says_where_too(tmp_path):
    item = _items(_csv(tmp_path, ["id", "text", "body"], [["1", PORT, ""], ["2", "", FERRY]]), "text")["2"]
    assert isinstance(item, Problem) and SAID in item.message


def test_the_status_survives_a_refresh_and_a_mended_row_is_scored(tmp_path, capsys):
    book = tmp_path / "book.xlsx"
    main(["score", str(_csv(tmp_path, ["id", "text", "body"], [["1", PORT, ""], ["2", "", FERRY]])), "-o", str(book), "-q"])
    before = documents_rows(book)["2"][STATUS]
    assert SAID in before
    code, err = refreshed(book, capsys)
    assert documents_rows(book)["2"][STATUS] == before and code == 0, err
    set_document_cell(book, "2", "text", FERRY)
    refreshed(book, capsys)
    assert documents_rows(book)["2"][STATUS].startswith("scored")


def test_near_cases_stay_as_they_were(tmp_path):
    """Both cells empty: an empty text. Another column filled that has no text column's name (a
    note), or the other text column holding a placeholder or a link, no words: an empty text. A text cell filled: read from it, whatever the other holds."""
    items = _items(_csv(tmp_path, ["id", "text", "body", "note"],
                        [["1", "", "", ""], ["2", "", "", FERRY], ["3", PORT, FERRY, ""], ["4", "", "n/a", ""],
                         ["5", "", "https://example.org/a", ""]]))
    for row in ("1", "2", "4", "5"):
        assert isinstance(items[row], Record) and items[row].text == "", items[row]  # (scored as empty, as before)
    assert isinstance(items["3"], Record) and items["3"].text == PORT
