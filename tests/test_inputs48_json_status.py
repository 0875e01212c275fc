"""(inputs48) `xlplugin score --json`'s "status" says what the workbook's Status says of a row where it is
true of the record too: an id other rows use ("id 1 also used by list.csv line 3", as the workbook says
"id 1 also used by row 3"). A text cut to fit its cell is the workbook's alone (--json gives the whole
text and every other value whole), so --json does not say it. Every text here is written for this project.
"""

from __future__ import annotations

import json

import openpyxl
from workbook_helpers import table_file

from xlplugin.cli import main
from xlplugin.workbook import layout

FIRST = ("The harbour trust said on Monday that the slipway at the north quay will close for repairs in June. "
         "Its engineers found cracks in the concrete after the spring tides, the trust's manager told the board.")
SECOND = ("Parents at the village school asked the county on Friday to paint a crossing outside the gates. "
          "A survey by the parish council counted forty cars an hour passing the school at the start of the day.")
THIRD = ("The allotment society will hold its autumn show in the church hall on the last Saturday of September, "
         "its secretary said, with prizes for the longest runner beans and the heaviest marrow.")
ROWS = [["id", "text", "memo"], ["1", FIRST, ""], ["1", SECOND, "x" * 33000], ["2", THIRD, ""]]


def _json(tmp_path, capsys) -> list[dict]:
    capsys.readouterr()
    main(["score", str(table_file(tmp_path, "csv", ROWS)), "--json", "-q", "--workers", "1"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_json_says_a_shared_id_as_the_workbook_does(tmp_path, capsys):
    records = _json(tmp_path, capsys)
    assert [r["id"] for r in records] == ["1", "1", "2"]
    # (each record named by its "source": the file as given, and its line)
    assert records[0]["status"].endswith(f"; id 1 also used by {records[1]['source']}")
    assert records[1]["status"].endswith(f"; id 1 also used by {records[0]['source']}")
    assert records[1]["source"].endswith("list.csv line 3")
    # guard: an id of its own says nothing of it
    assert "also used by" not in records[2]["status"]
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table_file(tmp_path, "csv", ROWS)), "-o", str(book), "-q", "--workers", "1"]) in (0, 2)
    rows = list(openpyxl.load_workbook(book)[layout.DOCUMENTS].iter_rows(values_only=True))
    at = rows[0].index(layout.SCORE_HEADERS[-1])
    assert "id 1 also used by row 3" in rows[1][at] and "id 1 also used by row 2" in rows[2][at]


def test_json_does_not_say_a_cut_only_the_workbook_makes(tmp_path, capsys):
    # guard: the memo of 33,000 characters is cut to fit the workbook's cell, never in --json
    records = _json(tmp_path, capsys)
    assert "cut to fit" not in records[1]["status"] and not records[1]["input_note"]


def test_a_csv_files_part_says_it_as_json_does(tmp_path, capsys):
    # a CSV file is one part of a Dask run (`dask._score_found`: read, then `frame.score_items`)
    import pytest

    pytest.importorskip("pyarrow")
    from xlplugin.frame import score_items
    from xlplugin.inputs import read_paths

    records = _json(tmp_path, capsys)
    part = score_items(list(read_paths([str(tmp_path / "list.csv")])))
    assert part.column("status").to_pylist() == [r["status"] for r in records]
