"""The Outlets chart (book16): each bar is named with how many of its outlet's documents have an
index, so that a mean over 1 of 22 documents does not read like one over 3 of 3; a refresh
names the bars again from the rows as they now stand."""

from __future__ import annotations

import re
import zipfile

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook.outlets import CHART_LABEL, FIRST_ROW, HEADER_ROW, OUTLETS

ARTICLE = ("The harbour board said on Monday that the north pier will be rebuilt this winter, according to its "
           "published plan. \"The old timbers are worn through,\" said engineer Lia Brandt, who leads the works. "
           "The board said the work would cost about four million crowns and take five months.")


def _book(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(["outlet", "text"])
    ws.append(["Harbour Crier", ARTICLE.replace("north", "east")])
    for i in range(21):  # too short for an index
        ws.append(["Harbour Crier", f"Brief note {i}: pier shut."])
    for day in ("Tuesday", "Friday", "Sunday"):
        ws.append(["Coast Weekly", ARTICLE.replace("Monday", day)])
    src, out = tmp_path / "in.xlsx", tmp_path / "book.xlsx"
    wb.save(src)
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    return out


def _labels(out):
    ws = openpyxl.load_workbook(out)[OUTLETS]
    header = [c.value for c in ws[HEADER_ROW]]
    col = header.index(CHART_LABEL) + 1
    return col, {ws.cell(r, 1).value: ws.cell(r, col).value for r in range(FIRST_ROW, ws.max_row + 1) if ws.cell(r, 1).value}


def _chart_categories(out) -> list[str]:
    with zipfile.ZipFile(out) as z:
        xml = next(z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")
                   and "Outlets" in z.read(n).decode() and "per outlet" in z.read(n).decode())
    return re.findall(r"<(?:c:)?cat>.*?<(?:c:)?f>(.*?)</(?:c:)?f>", xml, re.S)


def test_each_bar_names_how_many_documents_its_mean_is_over(tmp_path):
    out = _book(tmp_path)
    col, labels = _labels(tmp_path / "book.xlsx")
    assert labels == {"Harbour Crier": "Harbour Crier (1 of 22 with an index)",
                      "Coast Weekly": "Coast Weekly (3 of 3 with an index)"}
    letter = openpyxl.utils.get_column_letter(col)
    assert _chart_categories(out) == [f"'Outlets'!${letter}${FIRST_ROW}:${letter}${FIRST_ROW + 1}"]


def test_a_refresh_names_the_bars_again(tmp_path):
    out = _book(tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    row = ws.max_row + 1
    ws.cell(row, header.index("outlet") + 1).value = "Coast Weekly"
    ws.cell(row, header.index("text") + 1).value = ARTICLE.replace("Monday", "Thursday")
    wb.save(out)
    assert main(["refresh", str(out), "-q"]) == 0
    _, labels = _labels(out)
    assert labels["Coast Weekly"] == "Coast Weekly (4 of 4 with an index)"
    assert labels["Harbour Crier"] == "Harbour Crier (1 of 22 with an index)"
