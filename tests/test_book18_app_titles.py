"""A sheet a refresh makes again (refresh_rebuild) is listed among the sheet titles of the file's
properties (docProps/app.xml) where the workbook, last saved by Excel, lists them (app_titles)."""

from __future__ import annotations

import re
import zipfile

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook.app_titles import with_sheet_titles

NS = ('xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"')


def _app(worksheets: list[str], named: list[str] = ()) -> bytes:
    """An app.xml laid out as Excel writes one (worksheets, then named ranges where there are any)."""
    pairs = [("Worksheets", worksheets)] + ([("Named Ranges", named)] if named else [])
    heads = "".join(f"<vt:variant><vt:lpstr>{h}</vt:lpstr></vt:variant><vt:variant><vt:i4>{len(v)}</vt:i4></vt:variant>"
                    for h, v in pairs)
    titles = "".join(f"<vt:lpstr>{t}</vt:lpstr>" for _, v in pairs for t in v)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties {NS}><Application>Microsoft Excel</Application>'
            f'<HeadingPairs><vt:vector size="{2 * len(pairs)}" baseType="variant">{heads}</vt:vector></HeadingPairs>'
            f'<TitlesOfParts><vt:vector size="{sum(len(v) for _, v in pairs)}" baseType="lpstr">{titles}</vt:vector>'
            f'</TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>').encode()


def _titles(app: bytes) -> tuple[list[int], list[str], int]:
    text = app.decode()
    titles = re.search(r"<TitlesOfParts>(.*)</TitlesOfParts>", text).group(1)
    size = int(re.search(r'size="(\d+)"', titles).group(1))
    return [int(n) for n in re.findall(r"<vt:i4>(\d+)</vt:i4>", text)], re.findall(r"<vt:lpstr>([^<]*)</vt:lpstr>", titles), size


def test_an_added_sheet_is_listed_in_its_place_and_the_counts_follow():
    app = _app(["Documents", "Overview", "My sheet"], ["Documents!Print_Titles"])
    sheets = ["Documents", "Read", "Overview", "My sheet"]
    counts, titles, size = _titles(with_sheet_titles(app, sheets, ["Read"]))
    assert counts == [4, 1] and size == 5
    assert titles == ["Documents", "Read", "Overview", "My sheet", "Documents!Print_Titles"]


def test_a_part_without_titles_is_left_alone():
    plain = f"<Properties {NS}><Application>LibreOffice</Application></Properties>".encode()
    assert with_sheet_titles(plain, ["Documents", "Read"], ["Read"]) is None


def _with_app(path, app: bytes) -> None:
    with zipfile.ZipFile(path) as zin:
        parts = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in parts:
            zout.writestr(info, app if info.filename == "docProps/app.xml" else data)


def test_a_refresh_that_makes_the_read_sheet_again_lists_it(tmp_path):
    table, book = tmp_path / "in.xlsx", tmp_path / "book.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Documents"
    wb.active.append(["id", "text"])
    wb.active.append(["r1", "The ferry company said on Friday that the new timetable starts in June, after the harbour works end."])
    wb.save(table)
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    del wb["Read"]
    wb.save(book)
    # as Excel would have saved it: the sheets it had then
    _with_app(book, _app(openpyxl.load_workbook(book).sheetnames))
    assert main(["refresh", str(book), "-q"]) == 0
    with zipfile.ZipFile(book) as z:
        counts, titles, size = _titles(z.read("docProps/app.xml"))
    assert titles == openpyxl.load_workbook(book).sheetnames and "Read" in titles
    assert counts == [size] == [len(titles)]
