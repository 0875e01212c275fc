"""(inputs48) A title, url, outlet or author cell of spaces alone (spaces, no-break spaces, a tab) names
nothing, as an empty cell does: --json, a CSV file's part and a Parquet part give "" where they gave the
spaces ("  " as the outlet of a row with no outlet, which a reader filtering on a non-empty outlet
counted as one). The scores did not change: the scorers read it as none already. Every text here is
written for this project.
"""

from __future__ import annotations

import json

import pytest
from workbook_helpers import table_file

from xlplugin import cells
from xlplugin.cli import main

TEXT = ("The lifeboat station at Pell Cove will get a new launch tractor next spring, its coxswain said on Sunday. "
        "The old one broke down twice last winter, and the crew had to launch by hand from the slipway.")
BLANKS = ["  ", "\u00a0", "\t", " \u00a0 "]


@pytest.mark.parametrize("field", ["title", "url", "outlet", "author"])
@pytest.mark.parametrize("value", BLANKS)
def test_spaces_alone_are_none(field, value):
    assert cells.given_meta(field, value) == ("", None)


@pytest.mark.parametrize("field", ["title", "outlet", "author"])
def test_a_value_is_still_a_value(field):
    # guard: a name, and a name with spaces around it, are read as before
    assert cells.given_meta(field, "Pell Cove Herald") == ("Pell Cove Herald", None)
    assert cells.given_meta(field, " Pell Cove Herald ")[0].strip() == "Pell Cove Herald"


def test_json_and_the_parts_give_no_outlet(tmp_path, capsys):
    rows = [["id", "text", "outlet", "author"], ["1", TEXT, "  ", "\u00a0"], ["2", TEXT, "Pell Cove Herald", "Ada Quill"]]
    capsys.readouterr()
    main(["score", str(table_file(tmp_path, "csv", rows)), "--json", "-q", "--workers", "1"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["outlet"], r["author"]) for r in records] == [("", ""), ("Pell Cove Herald", "Ada Quill")]
    pa = pytest.importorskip("pyarrow")
    from xlplugin.frame import score_table

    part = score_table(pa.table({"id": ["1", "2"], "text": [TEXT, TEXT], "outlet": ["  ", "Pell Cove Herald"]}))
    assert part.column("outlet").to_pylist() == ["", "Pell Cove Herald"]
    assert part.column("reliability").to_pylist()[0] == records[0]["reliability"]
