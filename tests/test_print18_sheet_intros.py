"""Every sheet says what it shows (print18): the sheets whose first row is the header a refresh
reads them by (Documents, Overview, Evidence, Settings, Sources) print one line on what they show
above every page (their page header), as the others open with a title; a refresh keeps it."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

# Fresh text written for this test (25 words or more: it gets an index).
STORY = ("The county opened a new cycle path along the canal on Saturday, its transport officer Rhea Moss said. "
         "The path runs for six miles between the two market towns, according to the county's own map.")


@pytest.mark.parametrize("refreshed", [False, True])
def test_each_sheet_headed_by_its_table_prints_a_line_on_what_it_shows(tmp_path, refreshed):
    table = tmp_path / "in.csv"
    table.write_text(f'id,text\n1,"{STORY}"\n2,"{STORY} Again."\n', encoding="utf-8")
    book = tmp_path / "out.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    if refreshed:
        wb = openpyxl.load_workbook(book)
        wb[layout.DOCUMENTS].cell(2, 2).value = STORY + " It opens in May."
        wb.save(book)
        assert main(["refresh", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    headed = 0
    for ws in wb.worksheets:
        first = ws.cell(1, 1)
        if first.fill.fgColor.rgb in (None, "00000000") or first.font.sz and first.font.sz > 11:
            continue  # (a title of its own: How to read this, Read, Outlets)
        headed += 1
        intro = ws.oddHeader.left.text or ""
        assert intro.startswith(f"{ws.title}: ") and len(intro.split()) >= 8, ws.title
    assert headed >= 5
