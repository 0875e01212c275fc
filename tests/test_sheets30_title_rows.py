"""(sheets30) A title typed above a scored workbook's header rows.

Users title a sheet by inserting rows at the top. `score` reads a header in the first 10 rows;
a refresh writes scores, links and Read sheet rows back by row number, so it refuses a Documents
header that moved, saying where it is and what to delete (nothing is changed). The Settings
sheet is only read: its header row, wherever it is, is no setting.
"""

from __future__ import annotations

import csv

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.errors import WorkbookError

TEXTS = [
    "The county library will open on Sundays from next month, its manager said on Friday. "
    "Opening hours on weekdays do not change. The trial runs for six months and costs 40,000 pounds.",
    "Bus route 12 is to be rerouted past the new health centre, the operator announced. "
    "Riders were asked for their views in a survey last autumn, and most backed the change.",
    "A second-hand book fair raised 2,300 pounds for the village hall roof, organisers said. "
    "Volunteers sorted donations for three weeks before the sale on Saturday.",
]


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("titles")
    source = folder / "news.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "outlet", "text"])
        for number, text in enumerate(TEXTS, 1):
            writer.writerow([f"n{number}", "Valley Post", text])
    book = folder / "news.xlsx"
    assert main(["score", str(source), "-o", str(book)]) == 0
    return book


def _copy_with(scored, tmp_path, name, change):
    wb = openpyxl.load_workbook(scored)
    change(wb)
    path = tmp_path / name
    wb.save(path)
    return path


def _refused(path, capsys) -> str:
    before = path.read_bytes()
    with pytest.raises((SystemExit, WorkbookError)) as raised:
        code = main(["refresh", str(path)])
        if code:
            raise SystemExit(code)
    assert path.read_bytes() == before  # nothing was changed
    return str(raised.value) + capsys.readouterr().err


@pytest.mark.parametrize("inserted, title_at, told", [(1, 1, "delete row 1 "), (2, 1, "delete rows 1 and 2 "),
                                                       (4, 2, "delete rows 1 to 4 ")])
def test_a_title_above_the_documents_header_is_said_with_the_rows_to_delete(scored, tmp_path, capsys, inserted, title_at, told):
    def titled(wb):
        ws = wb["Documents"]
        ws.insert_rows(1, inserted)
        ws.cell(title_at, 1).value = "Week 6 local news, scored for class"

    message = _refused(_copy_with(scored, tmp_path, f"titled{inserted}.xlsx", titled), capsys)
    assert f"header is in row {inserted + 1}, not row 1" in message and told in message
    assert "lacks the score column" not in message and "renamed or deleted" not in message


def test_blank_rows_above_the_header_are_said_the_same_way(scored, tmp_path, capsys):
    message = _refused(_copy_with(scored, tmp_path, "blank.xlsx", lambda wb: wb["Documents"].insert_rows(1, 2)), capsys)
    assert "header is in row 3, not row 1" in message and "no header row in row 1" not in message


def test_near_misses_a_deleted_score_column_and_a_header_too_far_down(scored, tmp_path, capsys):
    def renamed(wb):
        ws = wb["Documents"]
        for cell in ws[1]:
            if cell.value == "Why":
                cell.value = "Reasons"

    message = _refused(_copy_with(scored, tmp_path, "renamed.xlsx", renamed), capsys)
    assert "lacks the score column(s) 'Why'" in message and "not row 1" not in message
    message = _refused(_copy_with(scored, tmp_path, "far.xlsx", lambda wb: wb["Documents"].insert_rows(1, 12)), capsys)
    assert "not row 1" not in message  # beyond the rows a header is looked for in


def test_a_title_above_the_settings_header_is_no_setting(scored, tmp_path, capsys):
    def titled(wb):
        ws = wb["Settings"]
        ws.insert_rows(1, 2)
        ws.cell(1, 1).value = "Weights for the class project"
        for row in ws.iter_rows(min_row=3):
            if row[0].value == "Loaded language weight":
                row[1].value = 3

    path = _copy_with(scored, tmp_path, "settings_title.xlsx", titled)
    assert main(["refresh", str(path)]) == 0
    out = capsys.readouterr()
    assert "unknown setting" not in out.err and "Loaded language weight" in out.err + out.out
    wb = openpyxl.load_workbook(path)
    assert wb["Settings"].cell(1, 1).value == "Weights for the class project"  # the title stays


def test_a_setting_typed_above_the_settings_header_still_counts(scored, tmp_path, capsys):
    def above(wb):
        ws = wb["Settings"]
        ws.insert_rows(1, 1)
        ws.cell(1, 1).value = "Provenance weightt"  # a typing slip with a value: said, not skipped
        ws.cell(1, 2).value = 2

    path = _copy_with(scored, tmp_path, "settings_above.xlsx", above)
    message = _refused(path, capsys)
    assert "unknown setting 'Provenance weightt'" in message
