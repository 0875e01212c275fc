"""The printed Documents sheet holds clearly more rows a page (sheets22). A row is as tall as its
Why or its Status needs; at a Why 50 and a Status 20 characters wide, a row of a scored article
took 6 to 8 lines and a page held about 8 rows. The Why and Status are wider now: every Why and
Status still shows whole, the sheet still prints at a readable scale with the row's names, and a
row a refresh adds is as tall as its Why needs at the width its own sheet gives the column."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter

from xlplugin.cli import main
from xlplugin.workbook import fit, layout
from xlplugin.workbook.text_styles import wrapped_lines

# Fresh texts written for this test, of the kinds a list of articles holds: a sourced report, a
# rant, a forum post, a press release, an opinion column, an unsourced claim sheet, a text in
# another language (not scored: its Status explains why).
TEXTS = [
    ("Harbour pier reopens", "The harbour board reopened the north pier on Monday after six weeks of repairs, its engineer "
     "Tomas Reyes said. The work cost 2.1 million, according to the board's published accounts. Fishing boats "
     "will use the pier from Thursday, the board said in a statement, and the ferry returns in May."),
    ("They are LYING to you", "Wake up! The so-called experts are lying to you again, and everyone knows it. This disgraceful, "
     "corrupt council has destroyed our town and they will never admit it! Obviously the numbers are fake. "
     "Crime has tripled, taxes have doubled, and the whole thing is a total disaster that nobody will fix."),
    ("Re: bin collections", "Posted by greenfinch_21 | Joined: Mar 2019 | 1,204 posts\nHonestly I think the new bin "
     "rota is the worst idea ever. We pay more and get less, and I heard the contractor is making millions. "
     "Does anyone else think this is a scam? Reply | Quote | Like (14)"),
    ("Northfield Library extends opening hours", "FOR IMMEDIATE RELEASE\nNorthfield Library today announced longer "
     "opening hours from 1 June. The library will open until 8 pm on weekdays. \"Our readers asked for evening "
     "hours and we listened,\" said director Paula Grant. Media contact: press@northfield-library.example"),
    ("Why the bypass is a mistake", "OPINION. I have lived beside the ring road for twenty years, and I believe the new "
     "bypass is a mistake. We were promised quieter streets; what we will get is more traffic. Why would anyone "
     "trust the same planners again? I think we deserve better, and I will say so at the meeting."),
    ("Miracle tea", "This tea cures every illness in three days. Thousands of people have already lost 20 kilos. "
     "Doctors hate it because it works better than any medicine. Sales rose by 400 percent last month and the "
     "biggest companies are afraid of it. Order now before it is banned."),
    ("Neue Radwege in der Stadt", "Die Stadt hat am Montag drei neue Radwege eröffnet. Nach Angaben der Verwaltung "
     "kosten die Arbeiten rund zwei Millionen Euro. Die Radwege verbinden den Bahnhof mit der Innenstadt und "
     "sollen im Sommer verlängert werden, sagte die Bürgermeisterin."),
]
PAGE_POINTS = (8.27 - 2 * fit.TOP_MARGIN) * 72  # an A4 landscape page's height, less its margins


def _score(tmp_path):
    table = tmp_path / "in.csv"
    with table.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "title", "outlet", "url", "text"])
        for n, (title, text) in enumerate(TEXTS * 2, start=1):
            writer.writerow([f"doc-{n}", title, f"Outlet {n % 4}", f"https://site{n}.example.org/story/{n}", text])
    book = tmp_path / "out.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    return book


def _printed_columns(ws) -> list[int]:
    """The columns the Documents sheet prints: its repeated names, then its print area."""
    columns = []
    if ws.print_title_cols:
        first, last = ws.print_title_cols.replace("$", "").split(":")
        columns += range(column_index_from_string(first), column_index_from_string(last) + 1)
    area = str(ws.print_area).split("!")[-1].replace("$", "")
    first, last = ("".join(ch for ch in ref if ch.isalpha()) for ref in area.split(":"))
    columns += range(column_index_from_string(first), column_index_from_string(last) + 1)
    return columns


def test_a_printed_page_of_documents_holds_clearly_more_rows(tmp_path):
    ws = openpyxl.load_workbook(_score(tmp_path))[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    widths = {col: ws.column_dimensions[get_column_letter(col)].width for col in range(1, len(headers) + 1)}
    printed = _printed_columns(ws)
    scale = fit.page_scale(widths[col] for col in printed)
    # readable: at the scale the writer allows, with the row's id and title beside its scores
    assert scale >= fit.MIN_SCALE
    assert headers.index("id") + 1 in printed and headers.index("title") + 1 in printed
    heights = [ws.row_dimensions[row].height for row in range(2, ws.max_row + 1)]
    rows_a_page = (PAGE_POINTS * 100 / scale - ws.row_dimensions[1].height) / (sum(heights) / len(heights))
    # (at a Why 50 and a Status 20 wide these rows printed about 8 a page; now about 11)
    assert rows_a_page >= 10, (rows_a_page, scale, heights)
    # every Why and Status shows whole at its column's width
    for row, height in zip(range(2, ws.max_row + 1), heights):
        for header in layout.SCORE_HEADERS[-2:]:
            col = headers.index(header) + 1
            lines = wrapped_lines(ws.cell(row, col).value, widths[col])
            assert height >= fit.text_lines_height(lines, layout.LINE_HEIGHT), (row, header)


@pytest.mark.parametrize("why_width", [30.0, 90.0])
def test_a_row_added_at_refresh_is_as_tall_as_its_why_at_the_sheets_own_width(tmp_path, why_width):
    """A workbook whose Why column is another width than `score` gives it now (one written
    before, or widened by its user): a row the user appends is fitted to the column it is in."""
    book = _score(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    why_col = headers.index(layout.SCORE_HEADERS[-2]) + 1
    ws.column_dimensions[get_column_letter(why_col)].width = why_width
    new = ws.max_row + 1
    ws.cell(new, headers.index("id") + 1).value = "doc-new"
    ws.cell(new, headers.index("text") + 1).value = TEXTS[1][1]
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    why = ws.cell(new, why_col).value
    assert why and "points" in why
    wanted = fit.text_lines_height(wrapped_lines(why, why_width), layout.LINE_HEIGHT)
    assert ws.row_dimensions[new].height == pytest.approx(wanted), (why_width, why)
