"""A URL cell that shows words and links to a web address (a hyperlink on the cell, or a
=HYPERLINK formula) is read as that address, by `score` and by `refresh` alike."""

from __future__ import annotations

import openpyxl

from xlplugin.cli import main
from xlplugin.inputs import read_paths
from xlplugin.workbook import refresh_workbook

TEXT = ("The water board said on Wednesday that the reservoir was nine tenths full after the spring rain, "
        "according to its weekly figures. Farmers told the board they would need less irrigation this year.")
TARGET = "https://www.bbc.co.uk/news/some-story"


def _book(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "url", "text"])
    ws.append(["linked", "BBC story", TEXT])
    ws["B2"].hyperlink = TARGET
    ws.append(["formula", None, TEXT])
    ws["B3"] = f'=HYPERLINK("{TARGET}","BBC story")'
    ws.append(["plain", TARGET, TEXT])
    ws.append(["words", "see below", TEXT])
    wb.save(path)


def test_a_linked_url_cell_is_read_as_its_target(tmp_path):
    _book(tmp_path / "in.xlsx")
    got = {item.id: item.url for item in read_paths([str(tmp_path / "in.xlsx")])}
    assert got == {"linked": TARGET, "formula": TARGET, "plain": TARGET, "words": "see below"}


def test_a_linked_url_cell_earns_the_rating_of_its_target_and_refreshes_unchanged(tmp_path, capsys):
    _book(tmp_path / "in.xlsx")
    out = tmp_path / "out.xlsx"
    assert main(["score", str(tmp_path / "in.xlsx"), "--json", "-o", str(out), "-q"]) == 0
    import json

    rows = {row["id"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["linked"]["signals"]["source_rating"] == rows["plain"]["signals"]["source_rating"]
    assert rows["linked"]["reliability"] == rows["plain"]["reliability"] != rows["words"]["reliability"]
    summary = refresh_workbook(out)
    assert (summary.rescored, summary.unchanged) == (0, 4)


def _cleared_link_book(path):
    """A URL cell emptied the way Excel's Clear Contents empties it: its value gone, its link kept
    (openpyxl keeps it too). Row 3 shows no URL and has no link."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "url", "text"])
    ws.append(["cleared", None, TEXT])
    ws["B2"].hyperlink = TARGET
    ws["B2"].value = None
    ws.append(["none", None, TEXT])
    ws.append(["spaces", "  ", TEXT])
    ws["B4"].hyperlink = TARGET
    wb.save(path)


def test_a_blank_url_cell_that_keeps_a_link_gives_no_url(tmp_path):
    _cleared_link_book(tmp_path / "in.xlsx")
    got = {item.id: item.url for item in read_paths([str(tmp_path / "in.xlsx")])}
    assert not got["cleared"] and not got["none"] and not (got["spaces"] or "").strip()


def test_refresh_reads_no_url_from_a_cleared_url_cell(tmp_path):
    """A scored row whose URL the user clears (the link stays on the cell) is scored again
    without a URL, as `score` scores a row with no URL."""
    src = tmp_path / "in.xlsx"
    _book(src)
    out = tmp_path / "out.xlsx"
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    url_col, index_col = header.index("url") + 1, header.index(next(h for h in header if h.startswith("Reliability"))) + 1
    ws.cell(4, url_col).value = None  # the row "plain": its link (written by score) stays on the cell
    wb.save(out)
    summary = refresh_workbook(out)
    assert summary.rescored == 1
    ws = openpyxl.load_workbook(out)["Documents"]
    assert ws.cell(4, index_col).value == ws.cell(5, index_col).value  # as the row "words", which has no web address
