"""(outlets23) A long text goes on in the Read sheet in rows of "(continued)", each filled to at
most PART_LINES lines; the last row held what was left, often a single line under a full row. The
last two rows are now evened out where the last would hold less than half a row: both within a
row, the last at least half one, the text the same character for character. Where the last row
was at least half full, the split is as it was."""

from __future__ import annotations

import random

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import read_sheet
from xlplugin.workbook.read_sheet import PART_LINES, is_continued, TEXT_COLUMN, WIDTHS, Run, split_runs, text_lines

WIDTH = WIDTHS[TEXT_COLUMN - 1]
# Words for texts made up here (no one's text).
WORDS = ("the harbour board said on Monday that its plan for the east quay would cost more than it expected "
         "and take until the spring because the old stone wall needs new footings").split()


def _text(seed: int) -> str:
    rng = random.Random(seed)

    def paragraph() -> str:
        sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 22))).capitalize() + "."
                     for _ in range(rng.randint(1, 6))]
        return " ".join(sentences)

    return "\n\n".join(paragraph() for _ in range(rng.randint(3, 10)))


def _lines(pieces):
    return [text_lines("".join(run.text for run in piece), WIDTH) for piece in pieces]


def _greedy(monkeypatch, runs):
    with monkeypatch.context() as m:
        m.setattr(read_sheet, "_balanced", lambda text, ends, limit, lines_of: ends, raising=False)
        return split_runs(runs)


SEEDS = range(120)


def test_the_last_continued_row_holds_half_a_row_at_least(monkeypatch):
    short_before = 0
    for seed in SEEDS:
        text = _text(seed)
        pieces = split_runs([Run(text)])
        if len(pieces) < 2:
            continue
        lines = _lines(pieces)
        assert "".join(run.text for piece in pieces for run in piece) == text
        assert max(lines) <= PART_LINES and lines[-1] >= PART_LINES // 2, (seed, lines)
        short_before += _lines(_greedy(monkeypatch, [Run(text)]))[-1] < PART_LINES // 2
    assert short_before >= 10  # (the texts hold such splits: the old rule left a line or two)


def test_a_split_whose_last_row_was_half_full_is_unchanged(monkeypatch):
    unchanged = 0
    for seed in SEEDS:
        runs = [Run(_text(seed))]
        greedy = _greedy(monkeypatch, runs)
        if len(greedy) > 1 and _lines(greedy)[-1] >= PART_LINES // 2:
            assert split_runs(runs) == greedy
            unchanged += 1
    assert unchanged >= 10


@pytest.mark.parametrize("colours", [False, True])
def test_runs_in_colour_are_cut_as_the_text_is(colours):
    # a text in many runs (flags in colour) is cut at the same offsets as the plain text
    for seed in range(0, 60, 3):
        text = _text(seed)
        words = text.split(" ")
        runs = [Run(w + (" " if i < len(words) - 1 else ""), color="FFC00000" if colours and i % 7 == 0 else "")
                for i, w in enumerate(words)]
        plain = split_runs([Run(text)])
        pieces = split_runs(runs)
        assert ["".join(r.text for r in p) for p in pieces] == ["".join(r.text for r in p) for p in plain]


def test_the_read_sheet_shows_it(tmp_path, monkeypatch):
    # texts whose last row held less than half a row by the old rule
    texts = [t for t in (_text(seed) for seed in SEEDS)
             if len(split_runs([Run(t)])) >= 3 and _lines(_greedy(monkeypatch, [Run(t)]))[-1] < PART_LINES // 2][:3]
    src = tmp_path / "docs.csv"
    import csv

    with src.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([[f"t{n}", text] for n, text in enumerate(texts)])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(src), "-o", str(book), "-q"]) == 0
    ws = openpyxl.load_workbook(book)["Read"]
    last: dict[int, str] = {}
    owner = None
    for row in ws.iter_rows(min_row=2):
        if is_continued(row[1].value):
            last[owner] = row[TEXT_COLUMN - 1].value
        elif row[1].value:
            owner = row[1].value
    assert len(last) == len(texts)
    for cell in last.values():
        shown = cell if isinstance(cell, str) else str(cell)
        assert text_lines(shown, WIDTH) >= PART_LINES // 2
