"""The --by-outlet table says what its columns mean and counts the documents with an index as
the Outlets sheet does (cli17): its headers "sent.", "unsrc.", "prov." were not explained, and
"3 docs" stood beside a mean over 2 (one had no index)."""

from __future__ import annotations

import pytest

from xlplugin import registry
from xlplugin.cli import main

# Fresh texts written for these tests: long ones get an index, a short one does not.
LONG = ("The county opened a new cycle path along the canal on Saturday, its transport officer said. The path runs "
        "for six miles between the two market towns, according to the county's own map of the route, number {n}.")
SHORT = "Fair on Sunday, number {n}."


@pytest.mark.parametrize("long, short", [(2, 1), (1, 2), (3, 0)])
def test_by_outlet_counts_documents_with_an_index_and_explains_its_columns(tmp_path, capsys, long, short):
    texts = [LONG.format(n=n) for n in range(long)] + [SHORT.format(n=n) for n in range(short)]
    table = tmp_path / "in.csv"
    table.write_text("outlet,text\n" + "".join(f'Valley Gazette,"{t}"\n' for t in texts), encoding="utf-8")
    assert main(["score", str(table), "--by-outlet", "-q"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("Valley Gazette"))
    total = long + short
    if short:
        assert f" {long} of {total} " in row
        assert "2 of them with an index" in out
    else:
        assert row.split()[2] == str(total) and " of " not in row
    header = out.splitlines()[0].split()
    legend = out[out.index("columns:"):]
    for info in registry.infos():
        shown = info.abbreviation or info.name[:7]
        assert shown in header
        assert any(line.split()[-len(info.header.split()):] == info.header.split() and shown in line.split()
                   for line in legend.splitlines()), shown
    assert "index" in legend.splitlines()[0]
