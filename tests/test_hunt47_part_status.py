"""(hunt47) A Dask part gives each row's id and Status as the workbook and `xlplugin score --json` do.

- A Parquet table's id column was written into its part with the user's type (7, an int; 7.0 of a
  column with a gap, a blank id as null), where `--json` and a CSV file's part give the id as text
  ("7", "2 (no id)"): a join of the parts with `--json` or the workbook found no row. Now the part's
  `id` is the id each row was scored under, as text.
- No part and no `--json` record had the row's Status; a reader had to work it out from the scores,
  the notes and the error. Now a part has a `status` column and each `--json` record a "status",
  in the words of the workbook's Status column (`cells.status_cell`).
"""

from __future__ import annotations

import json

import openpyxl
import pytest
from workbook_helpers import table_file

from xlplugin.cli import main
from xlplugin.workbook import layout

pa = pytest.importorskip("pyarrow")
from xlplugin.frame import item_columns, score_items, score_table  # noqa: E402

# (our own short reports, written for these tests)
TEXT = ("The county library service said on Tuesday that its mobile library would visit six more villages "
        "from May, after a consultation in which most respondents asked for a fortnightly stop, the service's "
        "manager, Ruth Adeyemi, told the council's community committee.")
OTHER = ("Volunteers planted four hundred trees along the river path on Saturday, the parish council said, "
         "as part of a scheme paid for by a county grant, and a second day of planting is set for March.")
ROWS = [["id", "title", "outlet", "text"], ["7", "Library", "NA", TEXT], ["8", "Trees", "Valley Post", OTHER],
        ["9", "Empty", "", ""], ["10", "Figures", "", "12345"], ["11", "2024-01-01", "", TEXT]]


def _json(tmp_path, capsys) -> list[dict]:
    capsys.readouterr()
    main(["score", str(table_file(tmp_path, "csv", ROWS)), "--json", "-q"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _workbook_statuses(tmp_path) -> dict[str, str]:
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table_file(tmp_path, "csv", ROWS)), "-o", str(book), "-q"]) in (0, 2)
    rows = list(openpyxl.load_workbook(book)[layout.DOCUMENTS].iter_rows(values_only=True))
    at = rows[0].index(layout.SCORE_HEADERS[-1])
    return {str(row[0]): row[at] for row in rows[1:]}


def test_an_int_id_column_is_written_as_the_ids_json_gives(tmp_path, capsys):
    table = pa.table({"id": [7, 8], "text": [TEXT, OTHER]})
    part = score_table(table)
    assert part.schema.field("id").type == pa.string()
    assert part.column("id").to_pylist() == [row["id"] for row in _json(tmp_path, capsys)[:2]] == ["7", "8"]


def test_a_float_id_column_with_a_gap_is_written_as_a_workbook_reads_its_ids():
    part = score_table(pa.table({"id": [7.0, None, 9.0], "text": [TEXT, OTHER, TEXT]})).to_pylist()
    assert [row["id"] for row in part] == [row["input_id"] for row in part] == ["7", "2 (no id)", "9"]


def test_a_text_id_column_keeps_its_ids(tmp_path, capsys):
    """Guard: ids given as text are written as given."""
    part = score_table(pa.table({"id": ["a-1", " b2"], "text": [TEXT, OTHER]})).to_pylist()
    assert [row["id"] for row in part] == ["a-1", "b2"]


def test_a_doc_id_column_of_the_users_keeps_its_type():
    """Guard: a column named other than "id" is the user's own, kept with its type; the `id` field is text."""
    part = score_table(pa.table({"doc_id": [7, 8], "text": [TEXT, OTHER]}))
    assert part.schema.field("doc_id").type == pa.int64() and part.column("id").to_pylist() == ["7", "8"]


def test_json_and_parts_give_the_workbooks_status(tmp_path, capsys):
    local = _json(tmp_path, capsys)
    statuses = _workbook_statuses(tmp_path)
    assert [row["status"] for row in local] == [statuses[row["id"]] for row in local]
    assert statuses["7"] == "scored (see note in Why)" and statuses["8"] == "scored"
    assert statuses["10"].startswith("not scored: column text: not text: a number")
    from xlplugin.inputs import read_paths

    items = list(read_paths([str(table_file(tmp_path, "csv", ROWS))]))
    from_items = score_items(items).column("status").to_pylist()
    header, *rows = ROWS
    from_table = score_table(pa.table({name: [row[i] for row in rows] for i, name in enumerate(header)})).to_pylist()
    assert from_items == [row["status"] for row in local]
    assert [row["status"] for row in from_table] == [row["status"] for row in local]
    assert item_columns()[-1] == "status"


def test_a_users_status_column_is_kept_as_theirs():
    """Guard: a table's own Status column is kept, under "status (yours)", as a "why" column is."""
    part = score_table(pa.table({"Status": ["to check"], "text": [TEXT]}))
    assert part.column("Status (yours)").to_pylist() == ["to check"] and part.column("status").to_pylist() == ["scored"]
