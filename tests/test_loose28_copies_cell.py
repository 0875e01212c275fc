"""(loose28) A Read row's Copies cell never ends out of sight with nothing said.

lead25 capped the height a Copies cell gives its Read row at COPIES_MAX_LINES (9) lines so that rows
share a printed page; a longer report (three rows named with long ids, "and 3 more", "no credit to
...") was cut at the row's bottom, its last lines hidden with no mark. The cell now names as many
rows as fit in those lines and counts the others ("and 4 more"; "no credit to row 2 (id a) and 2
more"; with ids too long for even one, "7 other rows share words with this one: each is named on
the Evidence sheet"), so every copy row of the Evidence sheet is named or counted in a cell that
shows whole. Reports that fitted read as before.
"""

from __future__ import annotations

from collections import Counter

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.copies import CopyReport, Match, copies_text
from xlplugin.workbook import read_sheet
from xlplugin.workbook.evidence_order import COPY_ROWS


def _report(matches, uncredited, same_story=True):
    share = 0.9 if same_story else 0.3
    found = tuple(Match(other=i, share=share, other_share=share, words=40 + i, start=0, end=10) for i in range(matches))
    return CopyReport(found, tuple((i, "published after it") for i in range(min(uncredited, matches))))


def _namer(id_length):
    return lambda other: f"row {other + 2} (id {('doc%d_' % other + 'x' * id_length)[:id_length]})"


@pytest.mark.parametrize("id_length", [3, 12, 26, 40, 90, 200])
@pytest.mark.parametrize("matches, uncredited", [(1, 0), (1, 1), (2, 2), (3, 1), (4, 0), (5, 3), (8, 5), (12, 12)])
@pytest.mark.parametrize("same_story", [True, False])
def test_every_cell_fits_its_row_and_names_or_counts_every_copy(id_length, matches, uncredited, same_story):
    from xlplugin.copies import copy_rows_named

    report = _report(matches, uncredited, same_story)
    cell = copies_text(report, _namer(id_length), read_sheet.copies_fit)
    assert read_sheet.text_lines(cell, read_sheet.WIDTHS[read_sheet.COPIES_COLUMN - 1]) <= read_sheet.COPIES_MAX_LINES
    assert copy_rows_named(cell) == len(report.matches) + len(report.uncredited)


@pytest.mark.parametrize("matches, uncredited", [(1, 0), (1, 1), (2, 0), (2, 1), (3, 0)])
def test_short_reports_read_as_before(matches, uncredited):
    """Near-misses: reports with short ids fit already and are written word for word as before."""
    name = _namer(6)
    report = _report(matches, uncredited)
    before = "; ".join([f"same story as {name(i)}: 90% of this text is in it" for i in range(matches)]
                       + (["no credit to " + ", ".join(name(i) for i in range(uncredited))] if uncredited else []))
    assert copies_text(report, name, read_sheet.copies_fit) == before == copies_text(report, name)


def test_more_than_three_uncredited_rows_are_counted():
    """Without a line budget too: "no credit to" named three rows and dropped the rest silently."""
    cell = copies_text(_report(5, 5), _namer(3))
    assert cell.endswith(" and 2 more")


# Written for these tests: one story told by seven rows with long ids (a row of later copies names
# six others and the first, with no credit to it), and rows with no copies around them.
STORY = ("The regional water board agreed on Thursday to spend 48 million pounds replacing lead pipes in the northern "
         "districts over four years, starting with streets near primary schools, after tests found levels above the "
         "legal limit in nineteen homes last winter. The board's chair, Priya Mendes, said the first crews would begin "
         "work in April and that households would get letters two weeks before their street is dug up. Engineers "
         "expect about 6,000 connections to be replaced in all.")
ENDS = ["Opposition councillors welcomed the plan.", "More local news is on our home page.", "Comments are closed.",
        "Share this story with friends.", "Sign up for our newsletter.", "Follow us for updates.", "Photos: staff."]
ROWS = [(f"valley_gazette_water_story_{i}.txt", f"{i + 1} February 2026. {STORY} {end}") for i, end in enumerate(ENDS)]
ROWS += [("ferry.txt", "The harbour ferry will run a later service on Fridays from May, the operator said on Monday, after "
                       "a survey of passengers found that two in three wanted a boat after ten in the evening."),
         ("rant.txt", "This disgraceful scheme is an outrageous insult to every hard-working family in the county. "
                      "Everyone knows the officials lied, and the shameful cover-up will obviously get worse.")]


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("loose28_cells")
    csv = folder / "rows.csv"
    csv.write_text("id,text\n" + "".join(f'{key},"{text}"\n' for key, text in ROWS), encoding="utf-8")
    out = folder / "book.xlsx"
    assert main(["score", str(csv), "-o", str(out), "-q", "--workers", "1"]) == 0
    return out


def _cells(path):
    ws = openpyxl.load_workbook(path)["Read"]
    return {ws.cell(r, 2).value: (ws.cell(r, 5).value, ws.row_dimensions[r].height) for r in range(4, ws.max_row + 1)
            if ws.cell(r, 2).value}


def test_a_scored_workbooks_copies_cells_show_whole_and_count_every_copy_row(book):
    from xlplugin.copies import copy_rows_named

    wb = openpyxl.load_workbook(book)
    copy_rows = Counter(row[0] for row in wb["Evidence"].iter_rows(min_row=2, values_only=True) if (row[1], row[2]) in COPY_ROWS)
    cells = _cells(book)
    assert len([doc for doc in cells if doc.startswith("valley")]) == 7
    for doc, (cell, height) in cells.items():
        if not doc.startswith("valley"):
            assert not cell and not copy_rows[doc]
            continue
        assert read_sheet.copies_fit(cell), cell
        assert height is not None and height >= read_sheet.first_row_height(None, cell)
        assert copy_rows_named(cell) == copy_rows[doc] >= 6
        assert "more" in cell  # six other rows: not all named


def test_a_refresh_of_the_workbook_keeps_its_copies_cells(book, tmp_path, capsys):
    again = tmp_path / "again.xlsx"
    again.write_bytes(book.read_bytes())
    assert main(["refresh", str(again)]) == 0
    assert "written again" not in "".join(capsys.readouterr())
    assert _cells(again) == _cells(book)


def test_a_workbook_written_before_has_its_long_copies_cells_written_again(tmp_path, capsys, monkeypatch, book):
    """A workbook whose long Copies cells an earlier version wrote whole (cut at the row's height):
    a refresh writes them again as this version does, its copy rows unchanged in number."""
    from xlplugin.copies import copy_rows_named

    csv = tmp_path / "rows.csv"
    csv.write_text("id,text\n" + "".join(f'{key},"{text}"\n' for key, text in ROWS), encoding="utf-8")
    old = tmp_path / "old.xlsx"
    with monkeypatch.context() as patched:
        patched.setattr(read_sheet, "copies_fit", lambda cell: True)  # (no line budget, as before)
        assert main(["score", str(csv), "-o", str(old), "-q", "--workers", "1"]) == 0
    assert any(not read_sheet.copies_fit(cell) for cell, _height in _cells(old).values() if cell)
    capsys.readouterr()
    assert main(["refresh", str(old)]) == 0
    assert "Copies cells of the Read sheet longer than their rows showed" in capsys.readouterr().err
    fresh = _cells(book)
    for doc, (cell, height) in _cells(old).items():  # (a row may stay as tall as it was: its cell shows whole)
        assert cell == fresh[doc][0] and (not cell or height >= read_sheet.first_row_height(None, cell))
    wb = openpyxl.load_workbook(old)
    copy_rows = Counter(row[0] for row in wb["Evidence"].iter_rows(min_row=2, values_only=True) if (row[1], row[2]) in COPY_ROWS)
    assert all(copy_rows_named(cell) == copy_rows[doc] for doc, (cell, _height) in _cells(old).items() if cell)
    assert main(["refresh", str(old)]) == 0
    assert "unchanged" in capsys.readouterr().err and {doc: cell for doc, (cell, _h) in _cells(old).items()} == \
        {doc: cell for doc, (cell, _h) in fresh.items()}
