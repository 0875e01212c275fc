"""Refresh (book16): a row appended with a blank id cell is given an unused id in the id column
`score` numbers, so that it is never filed under an id another row shows; a user's own id
column is left as typed, and the summary names the rows it leaves without an id."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main
from workbook_helpers import refresh_counts, scored_by_cli as _book

TEXTS = [
    "The harbour board said on Monday that the north pier will be rebuilt this winter, according to its "
    "published plan. \"The old timbers are worn through,\" said engineer Lia Brandt, who leads the works.",
    "The district library will open on Sundays from March, its director said in a statement on Friday. "
    "\"Readers asked for it in our survey,\" said director Omar Quist, who runs the three branches.",
    "Two new bus routes will link the valley villages to the station from April, the transport office "
    "said on Wednesday. \"Each will run hourly,\" said planner Ines Vorm, who drew up the timetable.",
    "The county's food bank collected a record amount of tinned goods in December, its volunteers said. "
    "\"Schools gave more than ever,\" said coordinator Petra Lund, who counts the donations each week.",
]


def _ids(out, column="id"):
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    docs = [(ws.cell(r, header.index(column) + 1).value, ws.cell(r, header.index("text") + 1).value[:20])
            for r in range(2, ws.max_row + 1)]
    read = [(str(r[1]), str(r[5])[:20]) for r in wb["Read"].iter_rows(min_row=4, values_only=True) if r[1] is not None]
    evidence_ids = {str(r[0]) for r in wb["Evidence"].iter_rows(min_row=2, values_only=True) if r[0] is not None}
    return docs, read, evidence_ids


def test_a_row_appended_after_a_deletion_gets_the_next_unused_id(tmp_path, capsys):
    out = _book(tmp_path, ["text"], [[t] for t in TEXTS[:3]])  # score numbers them 1, 2, 3
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    text_col = [c.value for c in ws[1]].index("text") + 1
    ws.delete_rows(2)  # id 1 gone: the new row's place (3) is the id row 3 shows
    ws.cell(4, text_col).value = TEXTS[3]
    ws.cell(5, text_col).value = TEXTS[0]
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    assert "new ids: 4, 5" in err
    assert "share their id" not in err
    docs, read, evidence_ids = _ids(out)
    assert [d[0] for d in docs] == [2, 3, 4, 5]  # (numbers, as score writes the ids it gives: values17)
    assert [r[0] for r in read] == ["2", "3", "4", "5"]
    assert read[2][1] == TEXTS[3][:20] and read[3][1] == TEXTS[0][:20]
    assert {"4", "5"} <= evidence_ids and not any("(row" in i for i in evidence_ids)
    # (the next refresh finds nothing to do: the ids are the rows' own now)
    assert main(["refresh", str(out)]) == 0
    counts = refresh_counts(capsys.readouterr().err)
    assert (counts["unchanged"], counts["appended"]) == (4, 0)


def test_the_new_row_keeps_its_id_when_the_rows_are_sorted(tmp_path, capsys):
    out = _book(tmp_path, ["text"], [[t] for t in TEXTS[:2]])
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    text_col = [c.value for c in ws[1]].index("text") + 1
    ws.cell(4, text_col).value = TEXTS[2]
    wb.save(out)
    assert main(["refresh", str(out), "-q"]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    rows = [[c.value for c in ws[r]] for r in (2, 3, 4)]
    for r, values in zip((2, 3, 4), (rows[2], rows[0], rows[1])):  # the new row sorted to the top
        for c, value in enumerate(values, 1):
            ws.cell(r, c).value = value
    wb.save(out)
    assert main(["refresh", str(out)]) == 0
    assert "share their id" not in capsys.readouterr().err
    docs, read, _ = _ids(out)
    assert docs[0] == (3, TEXTS[2][:20]) and read[0] == ("3", TEXTS[2][:20])  # (the id cell a number: values17)


def test_a_users_own_id_column_is_left_as_typed_and_the_summary_says_so(tmp_path, capsys):
    out = _book(tmp_path, ["doc_id", "text"], [["harbour-a", TEXTS[0]], ["library-b", TEXTS[1]]])
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    ws.cell(4, 2).value = TEXTS[2]
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    assert "new ids" not in err
    assert "1 row has no id in your id column 'doc_id': it is known by its place among the rows (row 4 as '3 (no id)')" in err
    assert "type an id in its cell to keep its evidence with it" in err
    docs, read, _ = _ids(out, "doc_id")
    assert [d[0] for d in docs] == ["harbour-a", "library-b", None]
    assert read[2][0] == "3 (no id)"  # (loose26: no id a user types)
    assert main(["refresh", str(out)]) == 0  # (said when the row is scored, not at every refresh)
    assert "no id in your id column" not in capsys.readouterr().err


def test_a_numbered_id_column_with_other_ids_in_it_is_the_users(tmp_path, capsys):
    out = _book(tmp_path, ["id", "text"], [["7", TEXTS[0]], ["x9", TEXTS[1]]])
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    ws.cell(4, 2).value = TEXTS[2]
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    assert "new ids" not in err and "no id in your id column 'id'" in err
    assert openpyxl.load_workbook(out)["Documents"].cell(4, 1).value is None


@pytest.mark.parametrize("blank", [1, 2, 3])
def test_rows_left_with_no_id_are_told_in_words_for_their_number(tmp_path, capsys, blank):
    """(cli17) One row: 'it is known by its place'; more: 'they are known by their place'; no
    'filed under' (a word of the program's, not the reader's)."""
    out = _book(tmp_path, ["doc_id", "text"], [["harbour-a", TEXTS[0]]])
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    for row in range(3, 3 + blank):
        ws.cell(row, 2).value = TEXTS[(row - 2) % len(TEXTS)] + f" Item {row}."
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if "no id in your id column" in line)
    assert "filed" not in line
    one = ("it is known by its place", "type an id in its cell to keep its evidence with it")
    many = ("they are known by their place", "type an id in each to keep their evidence with them")
    assert all(words in line for words in (one if blank == 1 else many)), line
    assert line.startswith(f"xlplugin: {blank} row has" if blank == 1 else f"xlplugin: {blank} rows have") or \
        f"{blank} row{'s have' if blank > 1 else ' has'} no id" in line
