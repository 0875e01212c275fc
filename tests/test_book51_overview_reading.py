"""(book51) The Overview read by someone new to the workbook: each weight says what it is out of
("weight 5 of 10", where "weight 5" gave no whole to read it against), the title says that a
column not scored for a document is left out of its index, and each column's line says which way is more
reliable where its header does not (sentiment and the reading grade: neither end; loaded terms:
"higher = more loaded" named no better end). Columns whose header says it get nothing more.
"""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin import Settings, registry
from xlplugin.workbook import layout, write_scored_workbook
from xlplugin.workbook.rows import weight_rows
from workbook_helpers import score
from test_workbook_refresh_rows import _items

WEIGHTS = {"loaded_language": 5.0, "provenance": 1.0, "source_rating": 4.0}


def _lines(weights: dict[str, float]) -> dict[str, str]:
    """{signal name: its Overview line}, and the title under "title"."""
    rows = [row[0] for row in weight_rows(weights) if row[0]]
    lines = {"title": rows[0]}
    for info in registry.infos():
        lines[info.name] = next(line for line in rows[1:] if line.startswith(info.header + ":"))
    return lines


def test_each_weight_says_what_it_is_out_of():
    lines = _lines(WEIGHTS)
    assert lines["provenance"] == f"{registry.info('provenance').header}: weight 1 of 10"
    assert lines["source_rating"] == f"{registry.info('source_rating').header}: weight 4 of 10"
    assert lines["loaded_language"].startswith(f"{registry.info('loaded_language').header}: weight 5 of 10 (half")


def test_the_whole_is_the_sum_of_the_weights_used():
    # guard: the settings' weights, not the defaults
    lines = _lines({"provenance": 2.0, "unsourced_claims": 2.0})
    assert lines["provenance"].endswith("weight 2 of 4")
    assert "out of 4 (" in lines["title"]
    assert lines["source_rating"].endswith("weight 0, shown but not in the index")


def test_the_title_says_how_a_document_with_a_column_not_scored_is_indexed():
    title = _lines(WEIGHTS)["title"]
    assert title.startswith("Weight of each column in the index, out of 10 (a column not scored is left out;")


@pytest.mark.parametrize(("name", "words"), [
    ("sentiment", "neither end is better"),
    ("readability", "higher = harder to read, neither is better"),
    ("loaded_language", "lower = more reliable"),
])
def test_a_column_whose_header_names_no_better_end_says_which_is(name, words):
    assert _lines(WEIGHTS)[name].endswith(words) or f"; {words}" in _lines(WEIGHTS)[name]


@pytest.mark.parametrize("name", ["provenance", "unsourced_claims", "source_rating"])
def test_a_column_whose_header_says_which_way_is_better_gets_nothing_more(name):
    # guard: "higher = better sourced", "higher = worse", "higher = rated more reliable"
    assert "higher = " in registry.info(name).header
    assert ";" not in _lines(WEIGHTS)[name]


def test_the_written_overview_carries_the_lines(tmp_path):
    path = tmp_path / "book.xlsx"
    items = _items([("a", "Harbour Weekly", "The harbour committee met on Thursday to discuss the sea wall.")])
    write_scored_workbook(path, items, score(items), Settings())
    cells = [str(c.value) for c in openpyxl.load_workbook(path)[layout.OVERVIEW]["A"] if c.value]
    assert any(" of " in cell and ": weight " in cell and registry.info("provenance").header in cell for cell in cells)
    assert any("neither end is better" in cell for cell in cells)


def test_the_overview_prints_on_one_page(tmp_path):
    path = tmp_path / "book.xlsx"
    items = _items([("a", "Harbour Weekly", "The harbour committee met on Thursday to discuss the sea wall.")])
    write_scored_workbook(path, items, score(items), Settings())
    ws = openpyxl.load_workbook(path)[layout.OVERVIEW]
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 1)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
