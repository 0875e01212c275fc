"""(loose21) A CSV row refused for its number of fields (a comma not in double quotes, a field
missing) is no document: its fields were never read, so its outlet is not known. `--by-outlet`
(its table and its JSON) and the Outlets sheet (after `score` and after a refresh) leave it out of
every group, "(no outlet or web site known)" included, and the table says how many were left out."""

from __future__ import annotations

import json

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.outlets import NO_OUTLET
from xlplugin.workbook import refresh_workbook
from xlplugin.workbook.outlets import FIRST_ROW, OUTLETS

CALM = ("The river trust planted four hundred willows along the north bank on Saturday, its warden said, "
        "and volunteers will count the saplings again in the spring.")
OTHER = ("The town library opened a second reading room on Tuesday after a year of building work, "
         "the head librarian told the council, and it will stay open until eight in the evening.")
# lines the CSV reader refuses: too many fields (a comma not in quotes), too few (the outlet's field missing)
REFUSED = {
    "comma": "r9,The plan is bold, the cost is not,Willow Gazette",
    "commas": "r9,First part, second part, third part,",
    "short": "r9,A text with its outlet field missing",
}


def _csv(tmp_path, refused: str):
    path = tmp_path / "in.csv"
    path.write_text("id,text,outlet\n"
                    f'a1,"{CALM}",Willow Gazette\n'
                    f"{refused}\n"
                    f'b2,"{OTHER}",\n', encoding="utf-8")
    return path


def _sheet_counts(book) -> dict[str, tuple[int, list[str]]]:
    ws = openpyxl.load_workbook(book)[OUTLETS]
    header = [c.value for c in ws[FIRST_ROW - 1]]
    ids_at = header.index("Document ids")
    return {r[0]: (r[2], r[ids_at].split(", ")) for r in ws.iter_rows(min_row=FIRST_ROW, values_only=True) if r[0]}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_by_outlet_leaves_a_refused_row_out_and_says_so(tmp_path, capsys, case):
    path = _csv(tmp_path, REFUSED[case])
    main(["score", str(path), "--by-outlet", "--json", "--quiet"])
    rows = {d["outlet"]: d for d in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["Willow Gazette"]["documents"] == 1
    assert rows[NO_OUTLET]["documents"] == 1  # b2 alone: the refused row is not a document with no outlet
    main(["score", str(path), "--by-outlet", "--quiet"])
    out = capsys.readouterr().out
    assert "not counted above: 1 row refused as a CSV line (id r9)" in out


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_the_outlets_sheet_leaves_a_refused_row_out(tmp_path, case):
    path = _csv(tmp_path, REFUSED[case])
    book = tmp_path / "book.xlsx"
    main(["score", str(path), "-o", str(book), "--quiet"])
    expected = {"Willow Gazette": (1, ["a1"]), NO_OUTLET: (1, ["b2"])}
    assert _sheet_counts(book) == expected
    refresh_workbook(book)
    assert _sheet_counts(book) == expected
