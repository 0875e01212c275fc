"""(rows20) Nothing silently wrong at a refresh: a CSV row that `score` refused stays refused (its
line whole in the text cell, never spread into other columns), a row with both a text and a file
says which was read, a workbook scored by a newer xlplugin says its scores were replaced, and rows
that never had scores are not said to keep them."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.inputs import REFUSED_LINE, Problem, Record, read_paths
from xlplugin.workbook import layout
from xlplugin.workbook.refresh_plan import newer_parts

# Written for these tests: a calm report, and a loaded rant (commas in both).
CALM = ("The harbour board met on Monday, and members agreed to repaint the lighthouse in May. The work "
        "will cost about nine thousand pounds, according to the board's own budget paper, and the path "
        "to the pier stays open while painters are on the tower, the harbour master said.")
RANT = ("These greedy, spineless cowards are ruining our lovely town again! Everyone knows they lie, "
        "and every single one of them should be thrown out at once, before they wreck everything we love.")
STATUS = layout.SCORE_HEADERS[-1]


def _documents(book: Path) -> list[dict]:
    ws = openpyxl.load_workbook(book)["Documents"]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True) if any(row)]


def _table(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "in.csv"
    path.write_text("id,text,outlet\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# Rows `score` refuses for their number of fields: a comma not in quotes in the text (the piece
# after it would sit under "outlet"), several of them, and a row short of a field.
REFUSED = [
    f"r2,{CALM},Harbour Gazette",
    f"r2,{CALM} Later, {RANT},Harbour Gazette",
    f"r2,{_quoted(CALM)}",
]


@pytest.mark.parametrize("line", REFUSED)
def test_a_refused_row_keeps_its_line_whole_in_the_text_cell(tmp_path, line):
    path = _table(tmp_path, [f"r1,{_quoted(CALM)},Harbour Gazette", line])
    first, refused = read_paths([str(path)])
    assert isinstance(first, Record) and isinstance(refused, Problem) and refused.kind == REFUSED_LINE
    # nothing of the line under another column: the text cell holds all of it, the id is kept
    assert refused.columns["id"] == "r2" and refused.columns["outlet"] in (None, "")
    [back] = csv.reader([refused.columns["text"]])
    assert back == next(csv.reader([line]))


@pytest.mark.parametrize("line", REFUSED)
def test_a_refused_row_stays_refused_at_a_refresh_until_it_is_edited(tmp_path, line, capsys):
    path = _table(tmp_path, [f"r1,{_quoted(CALM)},Harbour Gazette", line])
    book = tmp_path / "b.xlsx"
    assert main(["score", str(path), "-o", str(book), "-q"]) == 2  # (a row it could not read)
    refused = _documents(book)[1]
    assert refused[STATUS].startswith("not scored: it has") and refused[layout.SCORE_HEADERS[0]] is None
    capsys.readouterr()
    written = book.read_bytes()
    assert main(["refresh", str(book)]) == 0  # nothing new: said by `score` already
    out = capsys.readouterr()
    assert "scored again" not in out.err + out.out and "still refused" in out.err + out.out
    assert book.read_bytes() == written  # (nothing to change: the file is left as it was)
    after = _documents(book)[1]
    assert after[STATUS] == refused[STATUS] and after[layout.SCORE_HEADERS[0]] is None
    assert after["text"] == refused["text"] and after["outlet"] in (None, "")
    # the user mends the row: the text alone in the text cell, the outlet in its own; it is scored
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("text") + 1).value = CALM
    ws.cell(3, header.index("outlet") + 1).value = "Harbour Gazette"
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    out = capsys.readouterr().err
    assert "1 row scored again" in out and "duplicated" not in out and "removed" not in out
    mended = _documents(book)[1]
    assert mended[layout.SCORE_HEADERS[0]] == _documents(book)[0][layout.SCORE_HEADERS[0]] is not None


def test_a_refused_row_of_an_older_workbook_stays_refused_until_its_status_is_emptied(tmp_path, capsys):
    # (written before the line was kept whole: its fields spread across the cells, no stamps)
    path = _table(tmp_path, [f"r1,{_quoted(CALM)},Harbour Gazette", REFUSED[1]])
    book = tmp_path / "b.xlsx"
    main(["score", str(path), "-o", str(book), "-q"])
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    pieces = next(csv.reader([REFUSED[1]]))
    ws.cell(3, header.index("text") + 1).value = pieces[1]  # (a calm piece, long enough to score)
    ws.cell(3, header.index("outlet") + 1).value = pieces[2]
    ws.cell(3, header.index(layout.STAMP_HEADERS[2]) + 1).value = None
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    assert "scored again" not in capsys.readouterr().err
    assert _documents(book)[1][layout.SCORE_HEADERS[0]] is None
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    ws.cell(3, header.index("text") + 1).value = CALM
    ws.cell(3, header.index("outlet") + 1).value = "Harbour Gazette"
    ws.cell(3, header.index(STATUS) + 1).value = None  # (what the summary says to do once it is mended)
    wb.save(book)
    capsys.readouterr()
    main(["refresh", str(book)])
    assert _documents(book)[1][layout.SCORE_HEADERS[0]] == _documents(book)[0][layout.SCORE_HEADERS[0]] is not None


def test_a_row_with_no_text_keeps_its_refusal_at_a_refresh(tmp_path, capsys):
    path = _table(tmp_path, [f"r1,{_quoted(CALM)},Harbour Gazette", "r2,,Harbour Gazette"])
    book = tmp_path / "b.xlsx"
    main(["score", str(path), "-o", str(book), "-q"])
    before = _documents(book)[1][STATUS]
    assert main(["refresh", str(book)]) == 0
    assert "scored again" not in capsys.readouterr().err and _documents(book)[1][STATUS] == before


@pytest.mark.parametrize("named", ["other.txt", "missing.txt"])
def test_a_row_with_a_text_and_a_file_says_which_was_read(tmp_path, named):
    (tmp_path / "other.txt").write_text(RANT, encoding="utf-8")
    path = tmp_path / "both.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text", "file"], ["a", CALM, named], ["b", CALM, ""]])
    both, alone = read_paths([str(path)])
    assert isinstance(both, Record) and both.text == alone.text == CALM and not both.text_file
    assert "'text' was read" in both.note and named in both.note and "was not" in both.note
    assert named not in alone.note
    book = tmp_path / "b.xlsx"
    main(["score", str(path), "-o", str(book), "-q"])
    # (book45) which of the two was read is a note in the Why; the Status points to it
    assert named in _documents(book)[0]["Why"] and _documents(book)[0][STATUS] == "scored (see note in Why)"
    assert _documents(book)[1][STATUS] == "scored"


VERSION = "0.1.0+text17.sentiment5.loaded_language52.kinds24"


@pytest.mark.parametrize("stamp, said", [
    ("0.2.0+text17.sentiment5.loaded_language52.kinds24", "xlplugin 0.2.0; this one is 0.1.0"),
    ("0.1.0+text17.sentiment6.loaded_language52.kinds24", "sentiment rules version 6; this one has 5"),
    ("0.1.0+text17.sentiment5.loaded_language52.kinds25", "kinds rules version 25; this one has 24"),
    ("0.1.0+text17.sentiment4.loaded_language52.kinds24", ""),  # older
    ("0.0.9+text17.sentiment5.loaded_language52.kinds24", ""),
    ("hello", ""), (None, ""), ("", ""), (VERSION, ""),
])
def test_a_newer_stamp_is_told_apart(stamp, said):
    assert newer_parts(stamp, VERSION) == said


@pytest.mark.parametrize("edit", [lambda s: s.replace("0.1.0+", "0.2.0+", 1),
                                  lambda s: s.replace("sentiment", "sentiment9", 1)])
def test_a_refresh_of_rows_scored_by_a_newer_xlplugin_says_so(tmp_path, edit, capsys):
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text"], ["a", CALM], ["b", RANT]])
    book = tmp_path / "b.xlsx"
    main(["score", str(path), "-o", str(book), "-q"])
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    column = [c.value for c in ws[1]].index(layout.STAMP_HEADERS[0]) + 1
    ws.cell(2, column).value = edit(ws.cell(2, column).value)
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0  # (not refused: said)
    err = capsys.readouterr().err
    assert "1 row scored again" in err and "1 row was scored by a newer xlplugin" in err
    assert "refresh this workbook with the newer xlplugin" in err
    main(["refresh", str(book)])
    assert "newer" not in capsys.readouterr().err  # (scored by this one now)


def test_new_rows_whose_file_is_missing_are_not_said_to_keep_scores(tmp_path, capsys):
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text", "file"], ["a", CALM, ""]])
    book = tmp_path / "b.xlsx"
    main(["score", str(path), "-o", str(book), "-q"])
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("id") + 1).value = "n1"
    ws.cell(3, header.index("file") + 1).value = "gone.txt"
    wb.save(book)
    capsys.readouterr()
    main(["refresh", str(book)])
    err = capsys.readouterr().err
    assert "a file that could not be found" in err and "earlier scores kept" not in err
    assert "keep their earlier scores" not in err
