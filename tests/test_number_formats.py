"""Numbers in the columns that name a document (id, title, URL, outlet, date, author) read as the
cell shows them, by `score` (openpyxl) and by `refresh` (the sheet's own XML) alike: a date typed
in a date column is a date, not its serial number (in a title column, hunt46: a date, which is no
title, said in the row's note); an id 12 formatted "0000" is 0012.
A number or a date in the text column is still a row that is not scored (its Status says why).
A CSV has no formats: what is written is what is read."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from xlplugin import Settings
from xlplugin.engine import score_many
from xlplugin.inputs import Problem, Record, read_csv
from xlplugin.workbook import layout, read_documents, refresh_workbook, write_scored_workbook
from xlplugin.workbook.read_sheet import READ
from xlplugin.workbook.number_formats import is_date_code, shown

TEXT_A = ("The minister said the plan would work. Critics disagree strongly about the cost of it, and the "
          "opposition wants the figures published before the vote next month.")
TEXT_B = ("Another report about the economy and the budget, which grew by two percent this year. The "
          "treasury expects slower growth next year, its spokesman said on Friday.")
# 2023-11-04 is serial 45234 in the 1900 calendar (and 43772 in the 1904 one); 14:30 is 0.6041666
NOV4, NOV4_1904 = 45234, 43772


def _openpyxl_book(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Stories"
    ws.append(["id", "title", "date", "outlet", "text"])
    ws.append([12, dt.datetime(2023, 11, 4), dt.datetime(2023, 11, 4), "BBC", TEXT_A])
    ws.append([0.125, "Budget", dt.datetime(2023, 11, 5, 14, 30), 3, TEXT_B])
    ws["A2"].number_format = "0000"
    ws["A3"].number_format = "0.0%"
    ws["B2"].number_format = "dd/mm/yyyy"
    ws["C3"].number_format = "d mmm yyyy h:mm"
    wb.save(path)
    return path


def _records(path):
    items = list(read_documents(path))
    assert all(isinstance(i, Record) for i in items), items
    return items


def _fields(items):
    return [(r.id, r.title, r.date, r.outlet) for r in items]


# (loose24: the second row's outlet cell holds a bare number, 3, which names no outlet: read as none;
# hunt46: the first row's title cell holds a date, 2023-11-04, which is no title: read as none, said)
EXPECTED = [("0012", "", "2023-11-04", "BBC"), ("12.5%", "Budget", "2023-11-05 14:30", "")]


def test_score_reads_label_columns_as_their_cells_show_them(tmp_path):
    items = _records(_openpyxl_book(tmp_path / "book.xlsx"))
    assert _fields(items) == EXPECTED
    assert "2023-11-04 is a date, not a title" in items[0].note


def test_xlsxwriter_workbook_reads_the_same(tmp_path):
    xlsxwriter = pytest.importorskip("xlsxwriter")
    path = tmp_path / "book.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Documents")
    date, stamp = wb.add_format({"num_format": "dd/mm/yyyy"}), wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    ws.write_row(0, 0, ["id", "title", "date", "outlet", "text"])
    # numbers written as numbers with a format, as a user types them into Excel
    ws.write_number(1, 0, 12, wb.add_format({"num_format": "0000"}))
    ws.write_number(1, 1, NOV4, date)
    ws.write_number(1, 2, NOV4, date)
    ws.write_row(1, 3, ["BBC", TEXT_A])
    ws.write_number(2, 0, 0.125, wb.add_format({"num_format": "0.0%"}))
    ws.write_string(2, 1, "Budget")
    ws.write_number(2, 2, NOV4 + 1 + 14.5 / 24, stamp)
    ws.write_number(2, 3, 3)
    ws.write_string(2, 4, TEXT_B)
    wb.close()
    assert _fields(_records(path)) == EXPECTED


def _scored_copy(source, tmp_path):
    items = _records(source)
    out = tmp_path / "scored.xlsx"
    write_scored_workbook(out, items, list(score_many([r.as_input() for r in items], settings=Settings(), workers=1)), Settings())
    return out


def _read_sheet_ids(path):
    ws = openpyxl.load_workbook(path)[READ]
    rows = list(ws.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "Row in Documents")
    return [r[1] for r in rows[header + 1:] if r and isinstance(r[0], int)]


def test_refresh_of_an_untouched_workbook_with_dates_rescores_nothing(tmp_path):
    """The text stamp covers the title and date: read as serial numbers they looked changed, and
    every row with a date was scored again (with "45234" as its title)."""
    scored = _scored_copy(_openpyxl_book(tmp_path / "book.xlsx"), tmp_path)
    summary = refresh_workbook(scored)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, 2, 0)


def test_refresh_reads_a_date_typed_into_the_id_and_title_columns(tmp_path):
    """A user types a date into a scored workbook's id and title cells (a date format, as Excel
    gives a typed date) and edits the text: the refresh names the row by the date, not 45234."""
    scored = _scored_copy(_openpyxl_book(tmp_path / "book.xlsx"), tmp_path)
    wb = openpyxl.load_workbook(scored)
    ws = wb[layout.DOCUMENTS]
    ws["A3"], ws["B3"] = NOV4, NOV4
    ws["A3"].number_format = ws["B3"].number_format = "d/m/yy"
    ws["E3"] = TEXT_B + " Officials claimed, without evidence, that it was a disaster."
    wb.save(scored)
    summary = refresh_workbook(scored)
    assert (summary.rescored, summary.unchanged, summary.failed) == (1, 1, 0)
    assert _read_sheet_ids(scored) == ["0012", "2023-11-04"]
    evidence_ids = {r[0] for r in openpyxl.load_workbook(scored)[layout.EVIDENCE].iter_rows(min_row=2, values_only=True)}
    assert "2023-11-04" in evidence_ids and "45234" not in evidence_ids


def test_a_date_or_number_in_the_text_column_is_still_not_scored(tmp_path):
    path = _openpyxl_book(tmp_path / "book.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["E2"], ws["E3"] = dt.datetime(2023, 11, 4), 0.5
    ws["E3"].number_format = "0%"
    wb.save(path)
    items = list(read_documents(path))
    assert [type(i) for i in items] == [Problem, Problem] and all(i.kind == "cell" for i in items)
    assert "date" in items[0].message and "number" in items[1].message
    assert [i.id for i in items] == ["0012", "12.5%"]


def test_csv_cells_are_read_as_written(tmp_path):
    path = tmp_path / "stories.csv"
    path.write_text(f'id,title,date,text\n0012,45234,04/11/2023,"{TEXT_A}"\n12%,2023-11-04,45234,"{TEXT_B}"\n', encoding="utf-8")
    items = list(read_csv(path, None))
    # (loose21: a number in a CSV's date column is no date serial, refresh18 read it as one: no date)
    # (hunt47: a title that is only a date, here written as text, is no title, as a date cell in a workbook is; said)
    assert [(r.id, r.title, r.date) for r in items] == [("0012", "45234", "04/11/2023"), ("12%", "", "")]
    assert "column title: 2023-11-04 is a date, not a title (not counted)" in items[1].note


@pytest.mark.parametrize("code, value, expected", [
    ("mm-dd-yy", NOV4, dt.datetime(2023, 11, 4)),
    ('[$-409]d "de" mmmm yyyy;@', NOV4, dt.datetime(2023, 11, 4)),
    ("h:mm", 14.5 / 24, dt.time(14, 30)),
    ("yyyy-mm-dd", 61, dt.datetime(1900, 3, 1)),  # (Excel's 1900-02-29, serial 60, does not exist)
    ("yyyy-mm-dd", -1, -1),  # no date: shown as Excel shows it (####), kept as the number
    ('0 "days"', 3, 3),  # d and y inside quotes: not a date
    ("0000", 12, "0012"),
    ("0000", 12.5, 12.5),
    ("0%", 0.125, "13%"),
    ("#,##0.00", 1234.5, "1,234.50"),
    ("General", 12, 12),
    ("@", 12, 12),
])
def test_shown(code, value, expected):
    assert shown(value, code) == expected


def test_1904_calendar():
    assert shown(NOV4_1904, "dd/mm/yyyy", epoch_1904=True) == dt.datetime(2023, 11, 4)


def test_date_codes():
    assert is_date_code("dd/mm/yyyy") and is_date_code("[h]:mm:ss") and not is_date_code('0.0 "h"')
    assert not is_date_code("[Red]0.00") and not is_date_code("General")


@pytest.mark.slow
def test_libreoffice_workbook_reads_the_same(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc")
    source = _openpyxl_book(tmp_path / "book.xlsx")
    out = tmp_path / "lo"
    out.mkdir()
    # through ODS and back, so that every part (styles included) is LibreOffice's own
    for src, fmt in ((source, "ods"), (out / "book.ods", "xlsx")):
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", fmt,
                        "--outdir", str(out), str(src)], check=True, capture_output=True, timeout=240)
    path = out / "book.xlsx"
    assert _fields(_records(path)) == EXPECTED
    scored = _scored_copy(path, tmp_path)
    shutil.copy(scored, out / "scored.xlsx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(tmp_path / "lo2"), str(out / "scored.xlsx")], check=True, capture_output=True, timeout=240)
    summary = refresh_workbook(tmp_path / "lo2" / "scored.xlsx")
    assert (summary.rescored, summary.failed) == (0, 0)


def test_refresh_of_a_date_typed_into_the_text_column_says_so(tmp_path):
    scored = _scored_copy(_openpyxl_book(tmp_path / "book.xlsx"), tmp_path)
    wb = openpyxl.load_workbook(scored)
    ws = wb[layout.DOCUMENTS]
    ws["E3"] = NOV4
    ws["E3"].number_format = "yyyy-mm-dd"
    wb.save(scored)
    summary = refresh_workbook(scored)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, 1, 1)
    ws = openpyxl.load_workbook(scored)[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    status = ws.cell(3, headers.index("Status") + 1).value
    # (the text its old scores were for is gone: it has none now, as `score` gives it, and says why)
    assert status.startswith("not scored: ") and "not text: a date" in status and "earlier run" not in status, status
    assert ws.cell(3, headers.index(layout.SCORE_HEADERS[0]) + 1).value is None


def test_refresh_reads_dates_of_cells_without_references(tmp_path):
    """Cells may leave out their reference (r="C2"): their style is found by their position."""
    import re

    from hostile import rewrite, sheet_part_of

    scored = _scored_copy(_openpyxl_book(tmp_path / "book.xlsx"), tmp_path)
    part = sheet_part_of(scored, layout.DOCUMENTS)
    bare = tmp_path / "bare.xlsx"
    rewrite(scored, bare, lambda name, data: re.sub(rb'<c r="[A-Z]+\d+"', b"<c", data) if name == part else data)
    assert b'<c r="' not in zipfile.ZipFile(bare).read(part)
    summary = refresh_workbook(bare)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, 2, 0)


def test_a_formatted_number_in_a_text_column_named_like_a_label_is_not_text(tmp_path):
    """--text-column title: the title column holds the text, so 0.5 formatted "0%" there is a
    number (the row is not scored), not the text "50%" scored as a document."""
    path = _openpyxl_book(tmp_path / "book.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["B2"], ws["B3"] = 0.5, TEXT_B
    ws["B2"].number_format = "0%"
    wb.save(path)
    items = list(read_documents(path, "title"))
    assert isinstance(items[0], Problem) and "a number" in items[0].message, items[0]
    assert isinstance(items[1], Record) and items[1].text == TEXT_B
    scored = tmp_path / "scored.xlsx"
    write_scored_workbook(scored, items, [None] + list(score_many([items[1].as_input()], settings=Settings(), workers=1)),
                          Settings())
    summary = refresh_workbook(scored)  # (the workbook names its text column: title)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, 1, 1)
