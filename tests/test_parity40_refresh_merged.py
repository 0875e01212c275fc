"""(parity40) A row whose text cell is covered by a merged cell that starts in a row above is one
document read once, in the merged cell's first row (loose26): `score` counts it in its own words
(`in a merged text cell read in its first row`), but a refresh said it among the rows whose `text
cell holds no text (a placeholder such as N/A, an error value, ...)`, which sends the user to look
for a placeholder in a cell that shows the text."""

from __future__ import annotations

import openpyxl
from workbook_helpers import refreshed, table_file

from xlplugin.cli import main, quiet_refresh_line
from xlplugin.workbook import layout
from xlplugin.workbook.refresh import RefreshSummary

# (our own short articles, written for these tests)
QUAY = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a meeting "
        "at which residents asked about the cost of the works and the months the ferry road would be closed.")
POOL = ("The town's swimming pool will reopen in June after a year of repairs to its roof, the leisure trust "
        "said on Monday. Its manager, Ines Duarte, said the new roof cost 1.2 million pounds, paid by the council.")


def _book_with_a_merged_text_cell(tmp_path):
    """A scored workbook of two rows, and a row typed under them whose text cell the user merged with
    the row above's (C3:C4)."""
    source, book = table_file(tmp_path, "csv", [["id", "title", "text"], ["a1", "Quay", QUAY], ["a2", "Pool", POOL]]), \
        tmp_path / "book.xlsx"
    assert main(["score", str(source), "-o", str(book), "-q"]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    ws.cell(4, 1).value, ws.cell(4, 2).value = "a3", "Pool, the follow-up"
    ws.merge_cells("C3:C4")
    wb.save(book)
    return book


def test_a_refresh_says_a_merged_text_cell_in_its_own_words(tmp_path, capsys):
    code, err = refreshed(_book_with_a_merged_text_cell(tmp_path), capsys)
    assert "holds no text" not in err, err
    line = next(line for line in err.splitlines() if "merged cell" in line)
    assert line.startswith("xlplugin: 1 row has a text cell inside a merged cell that starts in a row above"), line
    assert "row 4, column text: merged with row 3's cell (C3:C4)" in line, line
    assert code == 2  # (as before: a row not scored for its text cell)


def test_score_says_it_so_too(tmp_path, capsys):
    """What the refresh's line is held to: `score` of such a sheet counts the row apart."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["id", "title", "text"], ["a1", "Quay", QUAY], ["a2", "Pool", POOL], ["a3", "Pool, the follow-up", None]):
        ws.append(row)
    ws.merge_cells("C3:C4")
    wb.save(tmp_path / "in.xlsx")
    capsys.readouterr()
    main(["score", str(tmp_path / "in.xlsx"), "-o", str(tmp_path / "out.xlsx")])
    assert "1 in a merged text cell read in its first row" in capsys.readouterr().err


def test_the_quiet_line_counts_it_apart():
    summary = RefreshSummary()
    summary.failed = 2
    summary.no_text_rows = [(4, "column text: merged with row 3's cell (C3:C4): one document, read once, in row 3"),
                            (7, "column text: error value #N/A in the cell")]
    line = quiet_refresh_line(summary)
    assert "1 text cell with no text" in line and "1 row in a merged text cell read in its first row" in line, line
