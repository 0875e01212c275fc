"""(loose26) A row whose id cell is blank, in a table with an id column, was known by its place
among the rows ("3"), which is often another row's real id: the run said "2 documents share the
id '3'" when the user typed 3 once, and the blank row's Status said "id 3 also used by row 5". It
is now known as "3 (no id)", which no typed id is, and its Status says so: in a CSV file, a
sheet and a refresh alike. A table with no id column still numbers its rows 1, 2, 3."""

from __future__ import annotations

import json

import openpyxl

from xlplugin.cli import main
from xlplugin.inputs import BLANK_ID_NOTE
from xlplugin.workbook import refresh_workbook

# Written for these tests.
TEXTS = [
    "The library will open on Sundays from next month, the council said, after a survey of readers found "
    "that most of them worked on weekdays. Its head librarian said two new staff would be hired.",
    "A bakery on the high street has won a regional prize for its rye bread, the judges announced on "
    "Friday. Its owner said the recipe came from her grandmother and had not changed in forty years.",
    "Road works on the northern bypass will end a week early, the highways agency said in a statement, "
    "because the dry weather let crews lay the new surface faster than planned.",
    "The swimming pool's new roof is finished, the leisure centre said, and the pool will reopen on "
    "Saturday morning with free sessions for children during the first week.",
]


def _ids(capsys, *args):
    capsys.readouterr()
    main(["score", *map(str, args), "--json"])
    out, err = capsys.readouterr()
    return [json.loads(line) for line in out.splitlines()], err


def test_a_blank_id_in_a_csv_file_does_not_take_a_typed_id(tmp_path, capsys):
    path = tmp_path / "ids.csv"
    path.write_text("id,text\n" + "".join(f'{i},"{t}"\n' for i, t in zip(["2", "", "1", ""], TEXTS)), encoding="utf-8")
    lines, err = _ids(capsys, path)
    assert [line["id"] for line in lines] == ["2", "2 (no id)", "1", "4 (no id)"]
    assert "share the id" not in err
    assert lines[1]["input_note"] == BLANK_ID_NOTE.format(id="2 (no id)")
    assert lines[0]["input_note"] is None and lines[2]["input_note"] is None


def test_a_blank_id_never_takes_an_id_spelt_like_it(tmp_path, capsys):
    path = tmp_path / "ids.csv"
    path.write_text("id,text\n" + "".join(f'{i},"{t}"\n' for i, t in zip(["1 (no id)", "", "2"], TEXTS)), encoding="utf-8")
    lines, err = _ids(capsys, path)
    assert len({line["id"] for line in lines}) == 3 and "share the id" not in err


def test_a_table_with_no_id_column_still_numbers_its_rows(tmp_path, capsys):
    path = tmp_path / "plain.csv"
    path.write_text("text\n" + "".join(f'"{t}"\n' for t in TEXTS[:3]), encoding="utf-8")
    lines, _ = _ids(capsys, path)
    assert [line["id"] for line in lines] == ["1", "2", "3"]
    assert all(line["input_note"] is None for line in lines)


def _sheet(tmp_path, ids):
    book = tmp_path / "ids.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["doc_id", "text"])
    for doc_id, text in zip(ids, TEXTS):
        ws.append([doc_id, text])
    wb.save(book)
    return book


def test_a_blank_id_in_a_sheet_does_not_take_a_typed_id(tmp_path, capsys):
    lines, err = _ids(capsys, _sheet(tmp_path, [3, 1, None, 2]))
    assert [line["id"] for line in lines] == ["3", "1", "3 (no id)", "2"]
    assert "share the id" not in err and "also used by" not in json.dumps(lines)


def test_a_scored_sheet_with_a_blank_id_refreshes_unchanged_and_keeps_its_name(tmp_path, capsys):
    scored = tmp_path / "scored.xlsx"
    assert main(["score", str(_sheet(tmp_path, ["a3", "b7", None])), "-o", str(scored), "-q"]) == 0
    ws = openpyxl.load_workbook(scored)["Documents"]
    header = [c.value for c in ws[1]]
    assert BLANK_ID_NOTE.format(id="3 (no id)") in ws.cell(4, header.index("Why") + 1).value  # (book45) a note, in the Why
    summary = refresh_workbook(scored)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, 3, 0)


def test_a_refresh_gives_an_added_row_with_no_id_a_name_no_typed_id_has(tmp_path, capsys):
    scored = tmp_path / "scored.xlsx"
    assert main(["score", str(_sheet(tmp_path, ["4", "x1"])), "-o", str(scored), "-q"]) == 0
    wb = openpyxl.load_workbook(scored)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(4, header.index("text") + 1).value = TEXTS[2]
    ws.cell(5, header.index("text") + 1).value = TEXTS[3]
    wb.save(scored)
    capsys.readouterr()
    assert main(["refresh", str(scored)]) == 0
    err = capsys.readouterr().err
    assert "share their id" not in err
    assert "(row 4 as '3 (no id)', row 5 as '4 (no id)')" in err
    ws = openpyxl.load_workbook(scored)["Documents"]
    status = header.index("Status") + 1
    assert "also used by" not in (ws.cell(5, status).value or "")
    assert BLANK_ID_NOTE.format(id="4 (no id)") in ws.cell(5, header.index("Why") + 1).value  # (book45) a note, in the Why
