"""The Kind cell tells a report no cue decided ("news report (no cue)") from one a dateline and
reported speech decided, while the engine's kind, the Evidence sheet and the Outlets sheet's
counts (after a refresh too) stay the engine's kind."""

from __future__ import annotations

import openpyxl
from workbook_helpers import score

from xlplugin import Settings
from xlplugin.cells import KIND_HEADER
from xlplugin.inputs import Record
from xlplugin.workbook import layout, refresh_workbook, write_scored_workbook
from xlplugin.workbook.rows import DEFAULT_KIND_CUES, kind_of_cell

# In the test's own words: a plain account (no cue of any kind), and a report with a dateline
# and reported speech (the cues of a news report).
PLAIN = ("The bridge on the river road will close for repairs in May. Engineers found cracks in two of its "
         "supports last winter, and the work will take most of the spring. Drivers will go through the "
         "village of Amberley for six weeks, and buses will stop at the church instead of the mill.")
DATELINED = ("HAMBURG (Harbour Post) - The port handled more containers in February than in any month before, "
             "the port authority said on Monday. Its director, Jens Koch, said that new cranes had cut waiting "
             "times by a third. Shipping firms said they would add two routes to the Baltic this summer.")


def _book(tmp_path):
    items = [Record(id=f"d{n}", text=text, outlet="Harbour Post", source=f"row {n}",
                    columns={"id": f"d{n}", "outlet": "Harbour Post", "text": text}, text_column="text")
             for n, text in enumerate((PLAIN, DATELINED), start=1)]
    results = score(items)
    path = tmp_path / "book.xlsx"
    write_scored_workbook(path, items, results, Settings())
    return path, results


def _kinds(path):
    ws = openpyxl.load_workbook(path)[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    return [r[header.index(KIND_HEADER)] for r in ws.iter_rows(min_row=2, values_only=True)]


def _outlet_kinds(path):
    ws = openpyxl.load_workbook(path)["Outlets"]
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r and "Document kinds" in r)
    col = rows[start].index("Document kinds")
    return [r[col] for r in rows[start + 1:] if r[col]]


def test_a_kind_no_cue_decided_says_so_in_the_kind_cell(tmp_path):
    path, results = _book(tmp_path)
    # the engine's kind is the same for both (JSON and the Excel functions show it as it is)
    assert [r.kind for r in results] == ["news report", "news report"]
    assert results[0].kind_cues == DEFAULT_KIND_CUES and results[1].kind_cues != DEFAULT_KIND_CUES
    assert _kinds(path) == ["news report (no cue)", "news report"]
    # the Evidence sheet names the engine's kind and the cue
    ws = openpyxl.load_workbook(path)[layout.EVIDENCE]
    kind_rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == layout.EVIDENCE_SIGNAL["kind"]]
    assert ("d1", layout.EVIDENCE_SIGNAL["kind"], "news report", DEFAULT_KIND_CUES[0]) in [(r[0], r[1], r[2], r[6]) for r in kind_rows]


def test_outlet_counts_read_the_marked_kind_as_the_kind(tmp_path):
    path, _ = _book(tmp_path)
    assert _outlet_kinds(path) == ["news report (2)"]
    wb = openpyxl.load_workbook(path)
    ws = wb[layout.DOCUMENTS]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index("text") + 1).value = DATELINED + " The harbour master said more berths would follow."
    wb.save(path)
    summary = refresh_workbook(path)
    assert summary.rescored == 1
    # the row not re-scored is counted from its Kind cell, mark taken off
    assert _kinds(path) == ["news report (no cue)", "news report"]
    assert _outlet_kinds(path) == ["news report (2)"]


def test_kind_of_cell():
    assert kind_of_cell("news report (no cue)") == "news report"
    assert kind_of_cell("opinion or analysis") == "opinion or analysis"
    assert kind_of_cell("") is None and kind_of_cell(None) is None
