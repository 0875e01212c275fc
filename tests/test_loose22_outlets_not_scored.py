"""(loose22) `--by-outlet` and the Outlets sheet count an outlet's rows that were not scored (a
placeholder in the text cell, a file that is not there, an empty text, a text not in English)
apart from its documents: "2 +3 not scored", never "2 of 5", which reads as five documents of which
two have an index, as if the others were scored. The means are over the scored documents only;
the JSON gives "not_scored"; the sheet's Documents cell counts the scored documents, and its
Document kinds cell and the chart's bar name say the rows not scored. After a refresh too."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook.outlets import CHART_LABEL, HEADER_ROW, OUTLETS

# Written for these tests.
FIRST = ("The town council voted on Tuesday to keep the swimming pool open through the winter, its "
         "leader, Sam Reyes, told a public meeting, after a survey found most residents used it weekly.")
SECOND = ("The bus company said on Friday that the route to the hospital will run every ten minutes from June, "
          "according to a timetable it published, after complaints from patients about long waits.")
GERMAN = ("Der Stadtrat hat am Dienstag beschlossen, das Schwimmbad den ganzen Winter über offen zu halten, "
          "sagte die Bürgermeisterin nach einer Umfrage unter den Einwohnern der Stadt.")
NOT_SCORED = {"placeholder": "N/A", "number": "4711", "missing file": "gone.txt", "empty": "", "not English": GERMAN}
OUTLET = "Millbrook Herald"


def _csv(path, kinds: list[str]):
    rows = [["a", OUTLET, FIRST], ["b", OUTLET, SECOND], ["c", "Other Paper", FIRST]]
    rows += [[f"n{i}", OUTLET, NOT_SCORED[kind]] for i, kind in enumerate(kinds)]
    with open(path, "w", newline="") as handle:
        csv.writer(handle).writerows([["id", "outlet", "text"], *rows])
    return path


CASES = [["placeholder"], ["missing file", "empty"], list(NOT_SCORED)]


@pytest.mark.parametrize("kinds", CASES)
def test_by_outlet_counts_rows_not_scored_apart(tmp_path, capsys, kinds):
    path = _csv(tmp_path / "docs.csv", kinds)
    main(["score", str(path), "--by-outlet", "--json", "-q"])
    rows = {d["outlet"]: d for d in map(json.loads, capsys.readouterr().out.splitlines())}
    assert (rows[OUTLET]["documents"], rows[OUTLET]["not_scored"]) == (2, len(kinds))
    assert rows[OUTLET]["scored"] == 2  # (both scored documents have an index: "2", not "2 of 2+n")
    assert rows["Other Paper"]["not_scored"] == 0
    main(["score", str(path), "--by-outlet", "-q"])
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith(OUTLET))
    assert f"2 +{len(kinds)} not scored" in line and " of " not in line
    assert "not scored': a row of that outlet whose text was not scored" in out


@pytest.mark.parametrize("kinds", CASES)
def test_the_outlets_sheet_counts_rows_not_scored_apart(tmp_path, capsys, kinds):
    book = tmp_path / "out.xlsx"
    main(["score", str(_csv(tmp_path / "docs.csv", kinds)), "-o", str(book), "-q"])
    _check_sheet(book, len(kinds))


def _check_sheet(book, not_scored: int) -> None:
    ws = openpyxl.load_workbook(book)[OUTLETS]
    header = [c.value for c in ws[HEADER_ROW]]
    rows = {r[0]: dict(zip(header, r)) for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if r[0]}
    ours = rows[OUTLET]
    assert ours["Documents"] == 2
    assert f"{not_scored} row{'s' if not_scored > 1 else ''} not scored" in ours["Document kinds"]
    assert f"{not_scored} not scored" in ours[CHART_LABEL]
    assert "not scored" not in (rows["Other Paper"]["Document kinds"] or "")


@pytest.mark.parametrize("placeholder", ["N/A", "-", "n/a"])
def test_after_a_refresh_a_row_that_became_not_scored_is_counted_apart(tmp_path, capsys, placeholder):
    book = tmp_path / "out.xlsx"
    main(["score", str(_csv(tmp_path / "docs.csv", ["placeholder"])), "-o", str(book), "-q"])  # (kept as it was)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    text_col = [c.value for c in ws[1]].index("text") + 1
    ws.cell(3, text_col).value = placeholder  # (the second of the outlet's documents)
    wb.save(book)
    main(["refresh", str(book), "-q"])
    ws = openpyxl.load_workbook(book)[OUTLETS]
    header = [c.value for c in ws[HEADER_ROW]]
    ours = next(dict(zip(header, r)) for r in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if r[0] == OUTLET)
    assert ours["Documents"] == 1 and "2 rows not scored" in ours["Document kinds"]
