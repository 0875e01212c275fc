"""The scored workbook as people print and read it (book18): the Documents sheet of a folder of
files (id, path, scores, Why, Status) prints one landscape page across, its rows show their whole
Why, and a sheet refresh made again is listed in the workbook's document properties."""

from __future__ import annotations

import openpyxl
from openpyxl.utils import get_column_letter
from workbook_helpers import records, score

from samples import CALM_REPORT, CHARGED_RANT

from xlplugin import Settings
from xlplugin.inputs import Record, read_paths
from xlplugin.workbook import fit, layout, write_scored_workbook
from xlplugin.workbook.text_styles import wrapped_lines
from xlplugin.workbook.writer import LINE_HEIGHT, MAX_LINES, row_height


def _folder_book(tmp_path):
    # a folder of files some way from the workbook, as `xlplugin score FOLDER -o /tmp/s.xlsx`
    # writes it: the file column holds paths of some 55 characters
    folder = tmp_path / "shared" / "corpus" / "seed_texts"
    folder.mkdir(parents=True)
    for number, text in enumerate([CALM_REPORT, CHARGED_RANT] * 3):
        (folder / f"{number:03d}_{'0123456789abcdef'[number:] + 'f' * number}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out" / "books"
    out.mkdir(parents=True)
    items = list(read_paths([str(folder)]))
    path = out / "s.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    return openpyxl.load_workbook(path)[layout.DOCUMENTS]


def _widths(ws, last: int) -> list[float]:
    return [ws.column_dimensions[get_column_letter(i)].width for i in range(1, last + 1)]


def test_a_folder_of_files_prints_its_documents_sheet_one_page_across(tmp_path):
    ws = _folder_book(tmp_path)
    header = [cell.value for cell in ws[1]]
    status_col = header.index(layout.SCORE_HEADERS[-1]) + 1
    paths = [row[1] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert min(map(len, paths)) > 50  # (the case this is about)
    # every path whole on one line (LibreOffice does not wrap a path: it has no spaces)
    assert ws.column_dimensions["B"].width >= max(map(len, paths)) + 2
    # one page across at a readable scale, landscape, the header row on every page, panes frozen:
    # the id and the scores (print18: with the path too, the page printed at about half size; the
    # path is in the workbook, fit.FULL_SCALE)
    assert fit.page_scale(_widths(ws, status_col)) < fit.FULL_SCALE
    index_col = header.index(layout.SCORE_HEADERS[0]) + 1
    assert ws.print_title_cols.replace("$", "") == "A:A"
    assert ws.print_area.split("!")[1].startswith(f"${get_column_letter(index_col)}$1")
    assert fit.page_scale(_widths(ws, 1)[:1] + _widths(ws, status_col)[index_col - 1:]) >= fit.FULL_SCALE
    assert ws.sheet_properties.pageSetUpPr.fitToPage and (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert not ws.col_breaks.brk
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows.replace("$", "") == "1:1"
    assert ws.freeze_panes == "A2"
    assert ws.page_margins.left == ws.page_margins.right == fit.SIDE_MARGIN


def test_a_long_why_shows_whole():
    # a Why of thirteen lines at its column's width (the longest seen on real web pages): not cut
    # at the eight lines a user's long text is given
    why = "loaded language -18 points: 19 loaded terms in 1449 words (13 per 1,000); " * 8
    lines = wrapped_lines(why, 50)
    assert lines > MAX_LINES
    assert row_height(((why, 50), ("scored", 20))) == fit.text_lines_height(lines, LINE_HEIGHT) > LINE_HEIGHT * MAX_LINES + 2
    # ... and a user's long text beside a short Why still shows its first eight lines only
    assert row_height((("scored", 50),), (("x " * 2000, 50),)) == LINE_HEIGHT * MAX_LINES + 2


def test_every_documents_row_is_as_tall_as_its_why_and_status(tmp_path):
    items = records()
    items.append(Record(id="short", text="Too short to score.", source="short", columns={"id": "short", "text": "Too short to score."},
                        text_column="text", note="read as Windows-1252 (the file is not UTF-8)"))
    path = tmp_path / "rows.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    header = [cell.value for cell in ws[1]]
    why, status = header.index(layout.SCORE_HEADERS[-2]) + 1, header.index(layout.SCORE_HEADERS[-1]) + 1
    for number in range(2, ws.max_row + 1):
        for col in (why, status):
            width = ws.column_dimensions[get_column_letter(col)].width
            lines = wrapped_lines(ws.cell(number, col).value, width)
            assert fit.text_lines_height(lines, LINE_HEIGHT) <= ws.row_dimensions[number].height


def test_the_notes_of_the_settings_and_sources_sheets_wrap_in_their_columns(tmp_path):
    # a note running on to the right of its column made the printed page as wide as the longest
    # (the Sources sheet printed at about a third of its size)
    items = records()
    path = tmp_path / "notes.xlsx"
    write_scored_workbook(path, items, score(items), Settings())
    wb = openpyxl.load_workbook(path)
    for sheet, columns in ((layout.SETTINGS_SHEET, "CE"), (layout.SOURCES, "E")):
        ws = wb[sheet]
        for letter in columns:
            width = ws.column_dimensions[letter].width
            for number in range(2, ws.max_row + 1):
                cell = ws[f"{letter}{number}"]
                if isinstance(cell.value, str) and len(cell.value) > width:
                    assert cell.alignment.wrap_text, (sheet, cell.coordinate)
                    lines = wrapped_lines(cell.value, width)
                    assert fit.text_lines_height(lines, LINE_HEIGHT) <= ws.row_dimensions[number].height
