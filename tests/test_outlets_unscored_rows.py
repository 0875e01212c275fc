"""A row that is not scored (its text cell holds a placeholder, a number, an error value; its file
is not there) is still counted under its outlet: the Outlets sheet, `--by-outlet` (and its JSON) and a Dask
run's table count it under the outlet its row gives, never under "(no outlet or web site known)";
and (loose22) apart from the documents that were scored ("1 +1 not scored", not "1 of 2"). And the Outlets sheet's colour scale colours only the ranked
outlets' means: a group that is not an outlet is not coloured, after a refresh too."""

from __future__ import annotations

import json
import re
import zipfile

import openpyxl
import pytest

from xlplugin import Settings, score_many
from xlplugin.inputs import Problem, Record, records_from_rows
from xlplugin.outlets import NO_OUTLET
from xlplugin.workbook import write_scored_workbook
from xlplugin.workbook.outlets import FIRST_ROW, OUTLETS

PROSE = ("The harbour board met on Monday and agreed to dredge the east channel before the autumn storms, "
         "its chair told reporters, after two fishing boats ran aground there in the spring.")
# text cells that are not a text to score: each makes its row a Problem
NOT_TEXT = ["N/A", "#N/A", "12345", "n/a", "-", "missing.txt"]
HEADERS = ["id", "title", "outlet", "url", "body"]


def _rows(not_text: str) -> list[list[str]]:
    return [["1", "Dredging", "Quayside Courier", "https://quayside.example/news/1", PROSE],
            ["2", "A second", "Quayside Courier", "https://quayside.example/news/2", not_text],
            ["3", "Elsewhere", "", "", PROSE]]


def _items(tmp_path, not_text: str):
    return list(records_from_rows(HEADERS, _rows(not_text), "t.csv", None, tmp_path))


@pytest.mark.parametrize("not_text", NOT_TEXT)
def test_a_row_not_scored_keeps_what_its_cells_give(tmp_path, not_text):
    items = _items(tmp_path, not_text)
    problem = items[1]
    assert isinstance(problem, Problem), not_text
    assert (problem.outlet, problem.url, problem.title) == ("Quayside Courier", "https://quayside.example/news/2", "A second")


def _results(items):
    records = [item for item in items if isinstance(item, Record)]
    results = iter(score_many([r.as_input() for r in records], settings=Settings(), workers=1))
    return [next(results) if isinstance(item, Record) else None for item in items]


@pytest.mark.parametrize("not_text", ["N/A", "12345", "missing.txt"])
def test_the_outlets_sheet_counts_it_under_its_outlet(tmp_path, not_text):
    items = _items(tmp_path, not_text)
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, _results(items), Settings())
    table = [r for r in openpyxl.load_workbook(path)[OUTLETS].iter_rows(min_row=FIRST_ROW, values_only=True) if r[0]]
    counts = {r[0]: (r[2], r[3]) for r in table}
    # (loose22) counted under its outlet, apart from its documents: "Document kinds" says it
    assert counts == {"Quayside Courier": (1, 1), NO_OUTLET: (1, 1)}
    kinds = {r[0]: r[-3] for r in table}
    assert "1 row not scored" in kinds["Quayside Courier"] and "not scored" not in kinds[NO_OUTLET]


def test_by_outlet_counts_it_under_its_outlet(tmp_path, capsys):
    from xlplugin.cli import main

    for not_text in ("N/A", "#N/A", "77"):
        csv = tmp_path / "a.csv"
        csv.write_text("\n".join(",".join(f'"{v}"' for v in row) for row in [HEADERS, *_rows(not_text)]) + "\n")
        main(["score", str(csv), "--by-outlet", "--json", "--quiet"])
        rows = {d["outlet"]: d for d in map(json.loads, capsys.readouterr().out.splitlines())}
        assert (rows["Quayside Courier"]["documents"], rows["Quayside Courier"]["not_scored"]) == (1, 1), not_text
        assert (rows[NO_OUTLET]["documents"], rows[NO_OUTLET]["not_scored"]) == (1, 0)
        main(["score", str(csv), "--by-outlet", "--quiet"])
        line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Quayside Courier"))
        assert "1 +1 not scored" in line and "1 of 2" not in line  # (loose22: not "1 of 2", a document with no index)


def test_a_dask_table_gives_its_outlet(tmp_path):
    pytest.importorskip("pyarrow")
    from xlplugin.frame import score_items

    for not_text in ("N/A", "12345", "missing.txt"):
        table = score_items(_items(tmp_path, not_text)).to_pylist()
        assert [row["outlet"] for row in table][:2] == ["Quayside Courier", "Quayside Courier"], not_text
        assert not table[2]["outlet"]
        assert table[1]["url"] == "https://quayside.example/news/2" and table[1]["reliability"] is None


def _coloured_rows(path) -> set[int]:
    """The rows of the Outlets sheet's mean index (column E) that its colour rules cover."""
    with zipfile.ZipFile(path) as archive:
        names = openpyxl.load_workbook(path).sheetnames
        data = archive.read(f"xl/worksheets/sheet{names.index(OUTLETS) + 1}.xml")
    rows: set[int] = set()
    for ref in re.findall(rb'conditionalFormatting[^>]*sqref="([^"]+)"', data):
        for first, last in re.findall(rb"E(\d+):E(\d+)", ref):
            rows |= set(range(int(first), int(last) + 1))
    return rows


def test_the_no_outlet_group_has_no_colour_after_a_score_and_a_refresh(tmp_path):
    from xlplugin.workbook import refresh_workbook

    items = _items(tmp_path, "N/A")
    items += list(records_from_rows(HEADERS, [["4", "Farther", "", "", PROSE + " More boats came."],
                                              ["5", "Other", "Ledger Weekly", "", PROSE]], "t.csv", None, tmp_path))
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, _results(items), Settings())

    def check():
        ws = openpyxl.load_workbook(path)[OUTLETS]
        table = [(n, r[0]) for n, r in enumerate(ws.iter_rows(min_row=FIRST_ROW, values_only=True), start=FIRST_ROW) if r[0]]
        coloured = _coloured_rows(path)
        ranked = {n for n, name in table if name != NO_OUTLET}
        assert ranked and ranked <= coloured
        assert not coloured & {n for n, name in table if name == NO_OUTLET}
        return table

    assert len(check()) == 3
    wb = openpyxl.load_workbook(path)  # (one more outlet: the coloured rows follow the ranking)
    docs = wb["Documents"]
    outlet_col = [c.value for c in docs[1]].index("outlet") + 1
    docs.cell(row=4, column=outlet_col, value="Third Herald")
    wb.save(path)
    refresh_workbook(path)
    assert len(check()) == 4
