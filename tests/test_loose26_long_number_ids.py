"""(loose26) An id of more than 15 digits in a number cell (an order number, a post's number typed
into a sheet, or a sheet saved by Excel, which writes it as "1.23456789012346E+18") was read as
a float prints: "1.234567890123457E+18", an id two rows near each other share and no one typed.
It is read as its digits, as the file wrote them, and the Status says that a spreadsheet keeps
only 15 digits of a number (so the cell may not hold the id typed). A CSV file's ids are read as
written; ids of 15 digits or fewer, and ids typed as text, are as before."""

from __future__ import annotations

import json
import re
import zipfile

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.inputs import LONG_NUMBER_ID_NOTE, id_text
from xlplugin.workbook import refresh_workbook

# Written for these tests.
TEXTS = [
    "The harbour master said the new pontoon would be ready before the regatta, according to the minutes "
    "of the port committee. Boat owners were asked to move their moorings by the end of the month.",
    "A retired teacher has written a history of the village mill, which the local society will publish "
    "in June. She said she spent three years reading the miller's account books in the county archive.",
    "The county's libraries will lend walking poles and binoculars from next week, the council said, "
    "after a pilot scheme in two branches was popular with families and older readers.",
]


@pytest.mark.parametrize("value, text", [
    (1.23456789012346e18, "1234567890123460000"),  # (as Excel saves a 19-digit number: 15 digits kept)
    (1.2345678901234568e18, "1234567890123456800"),
    (1234567890123456.0, "1234567890123456"),
    (-9876543210987654.0, "-9876543210987654"),
    (123456789012345.0, "123456789012345"),
    (1234567890123456789, "1234567890123456789"),  # (an integer in the file: exact)
    (3.0, "3"),
    (2.5, "2.5"),
    ("0042", "0042"),
])
def test_an_id_is_read_as_its_digits(value, text):
    assert id_text(value) == text and "E+" not in id_text(value)


def _raw_book(tmp_path, raw_ids):
    """A workbook whose id cells hold the numbers as written in `raw_ids` (as Excel writes them)."""
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "text"])
    for n, text in enumerate(TEXTS[:len(raw_ids)], start=1):
        ws.append([900000 + n, text])
    wb.save(plain)
    book = tmp_path / "ids.xlsx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(book, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                for n, raw in enumerate(raw_ids, start=1):
                    data = re.sub(rb"<v>%d</v>" % (900000 + n), b"<v>" + raw.encode() + b"</v>", data)
            zout.writestr(info, data)
    return book


def test_a_sheets_long_number_ids_are_digits_with_a_note(tmp_path, capsys):
    book = _raw_book(tmp_path, ["1.23456789012346E+18", "1.23456789012347E+18", "123456789012345"])
    capsys.readouterr()
    main(["score", str(book), "--json"])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ["1234567890123460000", "1234567890123470000", "123456789012345"]
    assert lines[0]["input_note"] == LONG_NUMBER_ID_NOTE.format(id="1234567890123460000")
    assert lines[2]["input_note"] is None
    assert "share the id" not in err


def test_a_scored_sheet_with_long_number_ids_refreshes_unchanged(tmp_path):
    scored = tmp_path / "scored.xlsx"
    assert main(["score", str(_raw_book(tmp_path, ["1.23456789012346E+18", "7.65432109876543E+17"])), "-o",
                 str(scored), "-q"]) == 0
    read = [row[0] for row in openpyxl.load_workbook(scored)["Evidence"].iter_rows(min_row=2, values_only=True)]
    assert "1234567890123460000" in read and not any("E+" in str(v) for v in read)
    summary = refresh_workbook(scored)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, 2, 0)


def test_a_csv_files_long_ids_are_read_as_written(tmp_path, capsys):
    path = tmp_path / "ids.csv"
    written = ["1234567890123456789", "1234567890123456", "000123"]
    path.write_text("id,text\n" + "".join(f'{i},"{t}"\n' for i, t in zip(written, TEXTS)), encoding="utf-8")
    capsys.readouterr()
    main(["score", str(path), "--json"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == written
    assert all(line["input_note"] is None for line in lines)
