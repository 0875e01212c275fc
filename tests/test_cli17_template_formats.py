"""Rows a refresh fills in a workbook whose rows carry no formats (the template: its first
refresh) get the formats `score` gives its rows: number formats (sentiment +0.00, unsourced as a
percentage), Why and Status wrapping in their columns (cli17). The user's own cells are kept. Before, the template's
rows came out as General: -0.4455, 0 and 1, Why running into Status."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

ROOT = Path(__file__).resolve().parents[1]
# Fresh texts written for these tests: two long enough for an index, one too short for one.
TEXTS = [
    "The river authority closed the east bridge on Monday after engineers found cracks in two of its "
    "supports, a spokesperson said. Repairs will take about six weeks, according to the authority's notice.",
    "This disgraceful scheme is a shameful waste, and everyone knows the council is hiding something from "
    "the families who will pay for it. Ask yourself who gains from this outrageous plan, and why now.",
    "Short note on the fair.",
]


def _formats(book: Path, rows: int) -> list[dict[str, tuple[str, bool]]]:
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    wanted = layout.OWNED_HEADERS
    return [{h: (ws.cell(r, header.index(h) + 1).number_format, bool(ws.cell(r, header.index(h) + 1).alignment.wrap_text))
             for h in wanted if h in header} for r in range(2, rows + 2)]


@pytest.mark.parametrize("count", [1, 3])
def test_rows_filled_in_the_template_look_as_score_writes_them(tmp_path, count):
    texts = TEXTS[:count] if count > 1 else TEXTS[1:2]
    table = tmp_path / "in.csv"
    table.write_text("text\n" + "".join(f'"{t}"\n' for t in texts), encoding="utf-8")
    scored = tmp_path / "scored.xlsx"
    assert main(["score", str(table), "-o", str(scored), "-q"]) == 0

    book = tmp_path / "mine.xlsx"
    shutil.copy(ROOT / "workbooks" / "template.xlsx", book)
    wb = openpyxl.load_workbook(book)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    header_styles = [(c.font.b, c.fill.fgColor.rgb, c.alignment.wrap_text) for c in ws[1]]
    for row, text in enumerate(texts, start=2):
        ws.cell(row, header.index("text") + 1).value = text
    wb.save(book)
    assert main(["refresh", str(book), "-q"]) == 0

    got, expected = _formats(book, count), _formats(scored, count)
    assert got == expected
    assert all(row[layout.SCORE_HEADERS[-1]][1] and row[layout.SCORE_HEADERS[-2]][1] for row in got)
    assert {row[layout.SIGNAL_HEADER["sentiment"]][0] for row in got} != {"General"}
    # (the formats already in the workbook keep their place: the header row looks as it did)
    after = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    assert [(c.font.b, c.fill.fgColor.rgb, c.alignment.wrap_text) for c in after[1]] == header_styles
    # a second refresh changes nothing and keeps the formats
    assert main(["refresh", str(book), "-q"]) == 0
    assert _formats(book, count) == expected
