"""What a new user's table brings is kept and can be matched: a column named as one of
xlplugin's (Kind, Status, Why, Text hash; note, language in a Dask table) is kept beside ours as
"Kind (yours)" and the summary says so; a table with no id column gets one, showing the ids the
Evidence and Read sheets use; the summary counts a text cell holding no text as not scored, as
its Status says."""

from __future__ import annotations

import openpyxl
import pyarrow as pa

from xlplugin.cli import main
from xlplugin.frame import score_items, score_table
from xlplugin.inputs import read_paths
from xlplugin.workbook import layout, refresh_workbook

STORY = ("The canal board met on Monday, according to notes kept by its secretary, Ines Varga, who said "
         "the locks would reopen in May after repairs to the gates.")
OTHER = ("Police said on Friday that the old bridge would close for repairs next month, according to a "
         "statement the mayor, Ana Ruiz, gave to reporters at the town hall.")


def _sheet(book, name=layout.DOCUMENTS):
    ws = openpyxl.load_workbook(book)[name]
    return [[cell.value for cell in row] for row in ws.iter_rows()]


def test_the_users_columns_named_as_ours_are_kept_beside_ours_and_said(tmp_path, capsys):
    source = tmp_path / "list.csv"
    source.write_text(f'id,text,Kind,Status,Why,Text hash\nc1,"{STORY}",feature,to check,desk tip,h-1\n',
                      encoding="utf-8")
    book = tmp_path / "list.xlsx"
    assert main(["score", str(source), "-o", str(book), "--workers", "1"]) == 0
    said = capsys.readouterr().err
    header, row = _sheet(book)
    mine = {h: v for h, v in zip(header, row) if h and h.endswith(" (yours)")}
    assert mine == {"Kind (yours)": "feature", "Status (yours)": "to check", "Why (yours)": "desk tip",
                    "Text hash (yours)": "h-1"}
    assert all(h in header for h in layout.OWNED_HEADERS)
    assert "Kind as 'Kind (yours)'" in said and "Text hash as 'Text hash (yours)'" in said
    assert (refresh_workbook(book).rescored, _sheet(book)[1][:6]) == (0, row[:6])


def test_a_workbook_of_the_users_with_a_kind_column_keeps_it(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["text", "Kind", "Status"])
    wb.active.append([STORY, "feature", "to check"])
    wb.save(tmp_path / "mine.xlsx")
    [record] = read_paths([str(tmp_path / "mine.xlsx")])
    assert record.columns["Kind"] == "feature" and record.columns["Status"] == "to check"


def test_dask_tables_keep_the_users_columns_named_as_the_scorers(tmp_path):
    source = tmp_path / "list.csv"
    source.write_text(f'id,text,Kind,note,language\nc1,"{STORY}",feature,keep me,fr\n', encoding="utf-8")
    row = score_items(list(read_paths([str(source)]))).to_pylist()[0]
    assert (row["Kind (yours)"], row["note (yours)"], row["language (yours)"]) == ("feature", "keep me", "fr")
    assert "Kind" not in row and row["kind"] and row["language"] == "en"
    table = score_table(pa.table({"text": [STORY], "Why": ["desk tip"], "note": ["keep me"]}))
    got = table.to_pylist()[0]
    assert (got["Why (yours)"], got["note (yours)"]) == ("desk tip", "keep me") and got["why"]


def test_a_table_without_ids_shows_the_ids_its_evidence_uses_and_they_stay_with_their_rows(tmp_path):
    source = tmp_path / "list.csv"
    source.write_text(f'text\n"{STORY}"\n"{OTHER}"\n', encoding="utf-8")
    book = tmp_path / "list.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q", "--workers", "1"]) == 0
    rows = _sheet(book)
    # ids xlplugin gives are written as numbers (values17), and the evidence is filed under the same
    assert [row[0] for row in rows] == ["id", 1, 2]
    assert {str(row[0]) for row in _sheet(book, layout.EVIDENCE)[1:]} <= {"1", "2"}
    wb = openpyxl.load_workbook(book)
    wb[layout.DOCUMENTS].delete_rows(2)  # the first document's row
    wb.save(book)
    refresh_workbook(book)
    assert [row[0] for row in _sheet(book)] == ["id", 2]
    assert {str(row[0]) for row in _sheet(book, layout.EVIDENCE)[1:]} == {"2"}


def test_the_summary_counts_a_text_cell_with_no_text_as_not_scored_as_its_status_says(tmp_path, capsys):
    source = tmp_path / "list.csv"
    source.write_text(f'id,text\nn1,N/A\nn2,"{STORY}"\n', encoding="utf-8")  # ((hunt39c) a number: counted apart)
    main(["score", str(source), "-o", str(tmp_path / "list.xlsx"), "--workers", "1"])
    said = capsys.readouterr().err
    assert "2 documents read, 1 scored, 1 not scored (1 with no text in the text cell), 0 unreadable" in said
    header, first = _sheet(tmp_path / "list.xlsx")[:2]
    assert first[header.index(layout.SCORE_HEADERS[-1])].startswith("not scored: ")
