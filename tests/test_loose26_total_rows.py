"""(loose26) A "Total", "Sum" or "Average" row that a user put under the documents of a table (a
sheet summed with =SUM, then saved as CSV, or the sheet itself) is no document: it was scored as
one whose text is "Total" (too short: counted as a document without an index) or as an empty one
(counted as not scored, and by --by-outlet as a row of no outlet). It is left out, and the
summary names it. A document whose text is short, a "Total" row in the middle of the table and a
text that starts with "Total" are documents as before."""

from __future__ import annotations

import json

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.inputs import TOTAL_ROW_REASON, bottom_totals, totals_row
from xlplugin.workbook import refresh_workbook

# Written for these tests.
FERRY = ("The ferry operator said on Monday that the winter timetable would keep two crossings a day, "
         "according to a notice posted at the harbour office. Its manager, Ruth Olsen, said fuel costs "
         "had risen but the service would not be cut before March.")
ORCHARD = ("Volunteers planted forty apple trees in the old orchard behind the school, the parish council "
           "said in its newsletter. The trees were donated by a nursery in the next valley, which said it "
           "would send a gardener to prune them in the autumn.")
DEPOT = ("The bus depot on Mill Lane will close for repairs in May, the transport authority said. Drivers "
         "will start their shifts at the station car park instead, a spokesman told the union, and no "
         "routes will change while the roof is replaced.")
HEADERS = ["id", "outlet", "text", "words"]


@pytest.mark.parametrize("row", [
    ["Total", "", "", "112"],
    ["", "", "Total", "112"],
    ["", "", "Sum:", "112"],
    ["Grand Total", "", "", "1,204"],
    ["Average", "", "", "37.3"],
    ["", "", "Total words", "112"],
    ["", "", "Mean", "37.3%"],
    ["Total", "", "", ""],  # (an =SUM with no saved value: empty)
])
def test_a_label_and_numbers_are_a_total_row(row):
    assert totals_row(row, HEADERS)


@pytest.mark.parametrize("row", [
    ["4", "Harwick Courier", "Total", "2"],  # (an outlet: a document, however short)
    ["", "", "Total war returns to the valley", "6"],  # (words after the label that name no column)
    ["", "", "Total", ""],  # (a text "Total" and nothing else)
    ["", "", "Total", "n/a"],
    ["5", "", "A short note.", "3"],
    ["", "", "The sum of it all", "5"],
])
def test_a_row_with_other_words_is_a_document(row):
    assert not totals_row(row, HEADERS)


def test_only_the_rows_at_the_bottom_are_totals():
    rows = [["1", "", "x", "3"], ["Total", "", "", "3"], ["2", "", "y", "4"], ["Total", "", "", "7"],
            ["Average", "", "", "3.5"]]
    assert bottom_totals(rows, HEADERS) == 2
    assert bottom_totals([["Total", "", "", "3"]], HEADERS) == 0  # (a table of one row: left as it is)


def _csv(tmp_path, last_rows, name="summed.csv"):
    lines = ["id,outlet,text,words", f'1,Harwick Courier,"{FERRY}",40', f'2,Harwick Courier,"{ORCHARD}",41',
             f'3,Vale Post,"{DEPOT}",40', *last_rows]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("last_rows", [
    ["Total,,,121"],
    [",,Total,121"],
    ["Total,,,121", "Average,,,40.3"],
    [",,Sum:,121"],
])
def test_a_csv_files_total_rows_are_left_out_and_named(tmp_path, capsys, last_rows):
    path = _csv(tmp_path, last_rows)
    capsys.readouterr()
    main(["score", str(path), "--json"])
    out, err = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["1", "2", "3"]
    assert f"{len(last_rows)} row{'s' if len(last_rows) > 1 else ''} not read, {TOTAL_ROW_REASON}" in err
    assert f"line {4 + len(last_rows)}" in err
    assert "3 documents read, 3 scored, 0 not scored" in err


def test_by_outlet_does_not_count_a_total_row(tmp_path, capsys):
    path = _csv(tmp_path, ["Total,,,121"])
    capsys.readouterr()
    main(["score", str(path), "--by-outlet", "--json"])
    groups = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sum(g["documents"] for g in groups) == 3
    assert not any(g.get("not_scored") for g in groups)


def test_a_short_document_and_a_total_row_in_the_middle_are_kept(tmp_path, capsys):
    path = tmp_path / "kept.csv"
    path.write_text("id,outlet,text,words\n"
                    f'1,Harwick Courier,"{FERRY}",40\n'
                    "Total,,,40\n"
                    f'2,Vale Post,"{ORCHARD}",41\n'
                    "9,Vale Post,Total,1\n", encoding="utf-8")
    capsys.readouterr()
    main(["score", str(path), "--json"])
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["1", "Total", "2", "9"]
    assert TOTAL_ROW_REASON not in err


def _book(tmp_path, formulas=True):
    book = tmp_path / "summed.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Articles"
    ws.append(HEADERS)
    for i, (outlet, text) in enumerate([("Harwick Courier", FERRY), ("Vale Post", ORCHARD), ("Vale Post", DEPOT)], 1):
        ws.append([i, outlet, text, len(text.split())])
    ws.append(["Total", None, None, "=SUM(D2:D4)" if formulas else 121])
    ws.append(["Average", None, None, "=AVERAGE(D2:D4)" if formulas else 40.3])
    wb.save(book)
    return book


@pytest.mark.parametrize("formulas", [True, False])
def test_a_summed_sheets_total_rows_are_left_out_and_named(tmp_path, capsys, formulas):
    book = _book(tmp_path, formulas)
    capsys.readouterr()
    main(["score", str(book), "--json"])
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["1", "2", "3"]
    assert f"2 rows not read, {TOTAL_ROW_REASON}" in err and "sheet Articles row 5" in err and "row 6" in err


def test_a_refresh_leaves_out_a_total_row_added_under_the_documents(tmp_path, capsys):
    scored = tmp_path / "scored.xlsx"
    assert main(["score", str(_csv(tmp_path, [])), "-o", str(scored), "-q"]) == 0
    wb = openpyxl.load_workbook(scored)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(5, header.index("id") + 1).value = "Total"
    ws.cell(5, header.index("words") + 1).value = "=SUM(D2:D4)"
    wb.save(scored)
    summary = refresh_workbook(scored)
    assert summary.appended == 0 and summary.failed == 0
    assert [s.path.rsplit(" ", 1)[-1] for s in summary.not_documents] == ["5"]
    assert summary.not_documents[0].reason == TOTAL_ROW_REASON
    ws = openpyxl.load_workbook(scored)["Documents"]
    assert ws.cell(5, header.index("Status") + 1).value is None  # (not written: no Status, no scores)
