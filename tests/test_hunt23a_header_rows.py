"""(hunt23a) A table's header row, found where people put it:

- a group or title row above the header whose one word is a text column's name ("Document"
  merged over the id and text columns, "Article" over them in a CSV, a title line "Content") was
  read as the header: the real header became a document, every text was read from the id
  column (scored as "not English") or each row refused for its number of fields. The row below
  is the header where it names a text column and more of the columns read by name;
- a repeat of the header row in the middle of a table (exports pasted one under another, files
  joined) was scored as a document with the text "text" and the outlet "outlet", counted among
  the outlets: it is left out, and the summary says where.
"""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import Workbook

from xlplugin.cli import main

# Written for these tests: plain reports and one loaded rant, each long enough for an index.
FERRY = ("The ferry to the island will run twice a day from May, the operator said on Friday. The first boat "
         "will leave at eight and tickets can be bought on board or at the harbour office, a spokesman said.")
LIBRARY = ("The county library will open on Sundays from next month, its director said in a statement. Staff "
           "numbers will rise by four, paid from the arts budget, and the children's room will stay open later.")
RANT = ("This pathetic, corrupt council is a total disgrace! Everyone knows these clowns are robbing you blind. "
        "Wake up, people, before they wreck everything we have left!!! Nobody dares to say it. Shameful and sick!")
TEXTS = {"f1": FERRY, "l2": LIBRARY, "r3": RANT}


def _score(capsys, *args: str) -> tuple[list[dict], str]:
    capsys.readouterr()
    main(["score", *args, "--json"])
    said = capsys.readouterr()
    return [json.loads(line) for line in said.out.splitlines() if line.startswith("{")], said.err


def _write_csv(path, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def _body():
    return [["f1", FERRY, "Harbour Weekly", "2026-03-02"], ["l2", LIBRARY, "County Post", "2026-03-03"],
            ["r3", RANT, "Angry Pages", "2026-03-04"]]


def _each_read_right(rows: list[dict]) -> None:
    assert [row["id"] for row in rows] == list(TEXTS)
    for row in rows:
        assert row["text"] == TEXTS[row["id"]]
        assert row["reliability"] is not None
    assert [row["outlet"] for row in rows] == ["Harbour Weekly", "County Post", "Angry Pages"]
    assert [row["date"] for row in rows] == ["2026-03-02", "2026-03-03", "2026-03-04"]


@pytest.mark.parametrize("above", [
    ["Article", "", "Source", ""],   # a group row: its two words are column names (text, outlet)
    ["Document", "", "", ""],        # one word over the id and text columns
    ["Content"],                     # a title line of one field
    ["Story", "", "Publication", "Published"],
])
def test_a_csv_group_or_title_line_over_the_header(tmp_path, capsys, above):
    path = _write_csv(tmp_path / "export.csv", [above, ["id", "text", "outlet", "date"], *_body()])
    rows, err = _score(capsys, str(path), "-q")
    _each_read_right(rows)
    assert "fields but the header has" not in err


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_group_line_over_a_semicolon_or_tab_header(tmp_path, capsys, delimiter):
    path = _write_csv(tmp_path / "export.csv", [["Article", "", "Source", ""], ["ID", "Body", "Outlet", "Date"], *_body()],
                      delimiter)
    rows, _err = _score(capsys, str(path), "-q")
    _each_read_right(rows)


@pytest.mark.parametrize("group", [("Document", "A1:B1"), ("Article", "A1:B1"), ("Content", "A1:D1")])
def test_a_workbook_group_row_merged_over_the_header(tmp_path, capsys, group):
    word, span = group
    wb = Workbook()
    ws = wb.active
    ws.append([word, None, "Meta" if span == "A1:B1" else None, None])
    ws.merge_cells(span)
    ws.append(["id", "text", "outlet", "date"])
    for row in _body():
        ws.append(row)
    path = tmp_path / "grouped.xlsx"
    wb.save(path)
    rows, _err = _score(capsys, str(path), "-q")
    _each_read_right(rows)


def test_a_workbook_title_rows_then_a_group_row(tmp_path, capsys):
    wb = Workbook()
    ws = wb.active
    ws.append(["Press cuttings, spring"])
    ws.append([])
    ws.append(["Article", None, "Source", None])
    ws.append(["id", "text", "outlet", "date"])
    for row in _body():
        ws.append(row)
    path = tmp_path / "cuttings.xlsx"
    wb.save(path)
    rows, _err = _score(capsys, str(path), "-q")
    _each_read_right(rows)


def test_a_first_row_naming_a_column_is_no_header_below_a_real_one(tmp_path, capsys):
    """Near-miss: the first document's row holds a cell that is a column's name ("Article" in a
    type column, "Source" as a title): the header stays the first line."""
    path = _write_csv(tmp_path / "typed.csv", [["id", "type", "title", "text"], ["f1", "Article", "Source", FERRY],
                                               ["l2", "Story", "Content", LIBRARY]])
    rows, _err = _score(capsys, str(path), "-q")
    assert [(row["id"], row["text"], row["title"]) for row in rows] == [("f1", FERRY, "Source"), ("l2", LIBRARY, "Content")]


def test_the_rule_itself():
    from xlplugin.inputs import header_below

    assert header_below(["Article", "", "Source", ""], ["id", "text", "outlet", "date"])
    assert header_below(["Content"], ["ID", "Article Text", "Headline"])
    assert header_below(["Document", ""], ["file", "outlet"])
    # not below: the lower row names no text column, names fewer columns, or only one
    assert not header_below(["id", "text", "outlet"], ["f1", "Article", "Source"])
    assert not header_below(["id", "text", "outlet", "date"], ["id", "text", "outlet"])
    assert not header_below(["Article"], ["Article", "Notes"])
    assert not header_below(["Content"], ["title", "Notes"])


# --- a repeat of the header row in the middle of a table -------------------------------------

def test_a_csv_with_its_header_repeated_mid_file(tmp_path, capsys):
    header = ["id", "text", "outlet", "date"]
    body = _body()
    path = _write_csv(tmp_path / "joined.csv", [header, body[0], header, body[1], ["ID", "Text", "OUTLET ", "Date"], body[2]])
    rows, err = _score(capsys, str(path))
    _each_read_right(rows)
    assert "2 rows not read, a repeat of the header row" in err
    assert "joined.csv line 3" in err and "joined.csv line 5" in err


def test_a_repeated_header_is_no_outlet(tmp_path, capsys):
    header = ["id", "text", "outlet", "date"]
    body = _body()
    path = _write_csv(tmp_path / "joined.csv", [header, body[0], body[1], header, body[2]])
    capsys.readouterr()
    main(["score", str(path), "--by-outlet", "--json"])
    outlets = [json.loads(line)["outlet"] for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert sorted(outlets) == ["Angry Pages", "County Post", "Harbour Weekly"]


def test_a_workbook_with_its_header_repeated(tmp_path, capsys):
    wb = Workbook()
    ws = wb.active
    ws.append(["ID", "Text", "Outlet", "Date"])
    body = _body()
    ws.append(body[0])
    ws.append(["id", "text", "outlet", None])  # (pasted with its date header left out)
    ws.append(body[1])
    ws.append(body[2])
    path = tmp_path / "pasted.xlsx"
    wb.save(path)
    rows, err = _score(capsys, str(path))
    _each_read_right(rows)
    assert "1 row not read, a repeat of the header row" in err and "row 3" in err


def test_rows_that_only_look_like_a_header_are_documents(tmp_path, capsys):
    """Near-misses: a row whose text or title happens to be a column's name, beside cells of its
    own, is a document, scored as written."""
    path = _write_csv(tmp_path / "odd.csv", [["id", "title", "text"], ["n1", "title", "text"], ["n2", "Text", FERRY],
                                             ["id", "Notes", LIBRARY]])
    rows, err = _score(capsys, str(path))
    assert [row["id"] for row in rows] == ["n1", "n2", "id"]
    assert [row["text"] for row in rows] == ["text", FERRY, LIBRARY]
    assert "repeat of the header row" not in err


def test_repeats_header_rule():
    from xlplugin.inputs import repeats_header

    headers = ["id", "text", "outlet"]
    assert repeats_header(["id", "text", "outlet"], headers)
    assert repeats_header([" ID", "Text ", None], headers)
    assert repeats_header(["text"], ["text"])
    assert not repeats_header(["id", "text", "Harbour Weekly"], headers)
    assert not repeats_header(["n1", "text", "outlet"], headers)
    assert not repeats_header(["id", None, None], headers)
    assert not repeats_header([3, "text", "outlet"], headers)
