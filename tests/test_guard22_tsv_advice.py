"""(guard22) A .tsv file was refused as an unsupported type without saying that the same file named
.txt is read as a tab-separated table: the message said to rename it. (sheets30) A .tsv file is
now read as the tab-separated table it is (Google Sheets' "Tab-separated values" download), and
its .txt copy as before."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main

# Written for this test: a calm report, long enough for an index.
REPORT = ("The ferry to the island will run twice a day from May, the operator said on Friday. The first boat "
          "will leave at eight and tickets can be bought on board or at the harbour office, a spokesman said.")


@pytest.mark.parametrize("name", ["table.tsv", "TABLE.TSV"])
def test_a_tsv_file_is_read_as_a_table_and_so_is_its_txt_copy(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_text(f"id\ttext\toutlet\nf1\t{REPORT}\tHarbour Weekly\n", encoding="utf-8")
    for renamed in (False, True):
        given = path.rename(tmp_path / "table.txt") if renamed else path
        capsys.readouterr()
        assert main(["score", str(given), "--json", "-q"]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [row["id"] for row in rows] == ["f1"] and rows[0]["reliability"] is not None
