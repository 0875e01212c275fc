"""Refresh (book19): a Read sheet written before a mark existed (the purple argued voice) gets
this version's legend when a refresh rewrites its rows, so that every mark the rows carry is
explained; the legend's style stays, and a current legend is left as written."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook.read_sheet import LEGEND

_TEXTS = [
    "The rail operator said on Monday that two extra trains will run on Saturdays from May, according to its "
    "timetable notice. \"Weekend demand has doubled,\" said planner Iris Holm, who drew up the schedule.",
    "The school board said on Tuesday that the new gym will open in September, according to its minutes. "
    "\"The pupils have waited long enough,\" said board chair Tom Beck, who signed the contract.",
]
_VOICE = ("I think we have been lied to. Why do we keep paying for a gym we never asked for? I say we stop it now, "
          "and we tell the board what we think of its plans before it spends another penny of our money.")


def _legend_text(book) -> str:
    cell = openpyxl.load_workbook(book, rich_text=True)["Read"]["F2"].value
    return "".join(getattr(block, "text", block) for block in cell) if not isinstance(cell, str) else cell


def _old_legend(book, drop: str) -> None:
    """The Read sheet's legend as a version before `drop`'s entry wrote it."""
    tmp = book.with_suffix(".tmp")
    with zipfile.ZipFile(book) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if b"Legend" in data and drop.encode() in data:
                data = re.sub(rb"<r><rPr>(?:(?!</r>).)*?<t[^>]*>" + re.escape(drop.encode()) + rb"</t></r>", b"", data,
                              count=1, flags=re.S)
            zout.writestr(info, data)
    tmp.replace(book)


@pytest.mark.parametrize("drop", [LEGEND[3].text, LEGEND[-2].text])
def test_an_old_legend_is_brought_up_to_date(tmp_path, capsys, drop):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(["id", "text"])
    for i, text in enumerate(_TEXTS):
        ws.append([f"r{i}", text])
    src, out = tmp_path / "in.xlsx", tmp_path / "book.xlsx"
    wb.save(src)
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    _old_legend(out, drop)
    assert drop not in _legend_text(out)
    wb = openpyxl.load_workbook(out)
    wb["Documents"]["B3"] = _VOICE
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    assert _legend_text(out) == "".join(run.text for run in LEGEND)
    # the legend's cell keeps its style and a second refresh leaves the part as it is
    assert openpyxl.load_workbook(out)["Read"]["F2"].alignment.wrap_text
    with zipfile.ZipFile(out) as z:
        before = {n: z.read(n) for n in z.namelist() if "worksheets" in n}
    assert main(["refresh", str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        assert before == {n: z.read(n) for n in z.namelist() if "worksheets" in n}
