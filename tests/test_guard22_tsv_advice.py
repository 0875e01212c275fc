"""(guard22) A .tsv file was refused as an unsupported type without saying that the same file named
.txt is read as a tab-separated table: the message now says to rename it, and doing so works."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main

# Written for this test: a calm report, long enough for an index.
REPORT = ("The ferry to the island will run twice a day from May, the operator said on Friday. The first boat "
          "will leave at eight and tickets can be bought on board or at the harbour office, a spokesman said.")


@pytest.mark.parametrize("name", ["table.tsv", "TABLE.TSV"])
def test_a_tsv_file_is_refused_with_the_way_to_have_it_read(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_text(f"id\ttext\toutlet\nf1\t{REPORT}\tHarbour Weekly\n", encoding="utf-8")
    capsys.readouterr()
    main(["score", str(path), "--json", "-q"])
    said = capsys.readouterr()
    assert "rename it .txt" in said.out + said.err
    renamed = path.rename(tmp_path / "table.txt")
    capsys.readouterr()
    assert main(["score", str(renamed), "--json", "-q"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["id"] for row in rows] == ["f1"] and rows[0]["reliability"] is not None
