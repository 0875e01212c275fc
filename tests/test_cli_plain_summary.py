"""What the command line says, read by someone who never saw the code: the refresh summary in
plain words with only the counts that are not 0 (no "text_edited 0, evidence_restored 0"), and a
refusal names the option the way the README and the user write it: `score ... -o BOOK.xlsx`,
`refresh BOOK.xlsx --output NEW.xlsx`. (Texts written for these tests.)"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

from workbook_helpers import refresh_counts

TEXTS = {
    "a.txt": "The harbour board met on Monday and agreed to dredge the north channel this summer, its chair "
             "said. The work takes eight weeks and costs about two million pounds, the board's report says.",
    "b.txt": "The school opened a new library on Friday. Pupils chose most of the books, the head teacher said, "
             "and parents raised the money for the shelves at a summer fair last year.",
}
# A count said as a code name: a word with an underscore, or any name followed by a bare 0.
CODE_COUNT = re.compile(r"\b[a-z]+_[a-z_]+\b|\b[a-z]+ 0\b")


@pytest.fixture
def book(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(out), "-q", "--workers", "1"]) == 0
    return out


def _summary_line(err: str) -> str:
    return next(line for line in err.splitlines() if line.startswith(("xlplugin: refreshed ", "xlplugin: left ")))


def _said(line: str) -> str:
    """The counts of a summary line, without the book's path and the time taken."""
    return line.split(": ", 2)[2].rsplit(", in ", 1)[0]


def test_a_refresh_that_changed_nothing_says_so_in_words(book, capsys):
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    line = _summary_line(capsys.readouterr().err)
    assert not CODE_COUNT.search(_said(line)), line
    assert _said(line) == f"{len(TEXTS)} rows unchanged"


def test_a_refresh_says_each_count_that_is_not_0(book, capsys):
    """An edited row and an appended one: "1 row scored again, 1 new (...), 1 unchanged"."""
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    headers = [c.value for c in ws[1]]
    text_col = headers.index("file") + 1
    # (a row of one's own typed under the table: an id and a text in the file column's place)
    ws.cell(ws.max_row + 1, 1, "c.txt")
    ws.cell(ws.max_row, text_col, str(book.parent / "docs" / "a.txt"))
    (book.parent / "docs" / "b.txt").write_text(TEXTS["b.txt"] + " The library opens every weekday.", encoding="utf-8")
    wb.save(book)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    line = _summary_line(capsys.readouterr().err)
    assert not CODE_COUNT.search(_said(line)), line
    counts = refresh_counts(line)
    assert (counts["rescored"], counts["appended"], counts["unchanged"]) == (1, 1, 1)
    assert sum(counts.values()) == 3  # nothing else said


@pytest.mark.parametrize("case", ["not xlsx", "no folder", "exists", "open elsewhere", "a folder"])
def test_score_names_its_option_as_typed(tmp_path, capsys, case):
    source = tmp_path / "a.txt"
    source.write_text(TEXTS["a.txt"], encoding="utf-8")
    out = {"not xlsx": tmp_path / "out.csv", "no folder": tmp_path / "nowhere" / "out.xlsx"}.get(case, tmp_path / "out.xlsx")
    if case == "exists":
        out.write_bytes(b"")
    elif case == "open elsewhere":
        (tmp_path / ".~lock.out.xlsx#").write_text("", encoding="utf-8")
    elif case == "a folder":
        out.mkdir()
    capsys.readouterr()
    assert main(["score", str(source), "-o", str(out), "-q", "--workers", "1"]) != 0
    err = capsys.readouterr().err
    assert "-o" in err and "--output" not in err, err


def test_refresh_names_its_own_option(book, capsys):
    (book.parent / (".~lock." + book.name + "#")).write_text("", encoding="utf-8")
    capsys.readouterr()
    assert main(["refresh", str(book)]) != 0
    assert "--output NEW.xlsx" in capsys.readouterr().err
