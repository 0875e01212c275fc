"""(book52) A page saved as text by a page-to-Markdown converter keeps its layout table's rows: the
footer's and side boxes' one-cell rows, each closed by a lone bar ("Related stories: |", "Contact
the newsroom |", and "|" alone where the cell held an image the converter dropped). Seed 004's text
ended in seven such lines, and the bars stayed in the scored text, the Read sheet and the evidence.
A bar there separates no cells: where a .txt or .md file holds two such rows or more and no table
rule line, the bars are left out (markdown_marks.without_layout_bars). A table with cells keeps
its bars (table_leads reads them), and so does a single line ending in a bar. Texts written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xlplugin.inputs import read_file
from xlplugin.markdown_marks import without_layout_bars
from test_book51_markdown_images import _read  # (a .txt or .md file written and read as `score` reads it)

_SAVED = """Harbour board approves new ferry timetable

The harbour board approved the new timetable on Tuesday, its chair said. Sailings start at 6am from April.

Related stories: |
![]() |
Contact the newsroom |
About · Advertise · Jobs |
"""


@pytest.mark.parametrize("name", ["saved.txt", "saved.md"])
def test_a_layout_tables_closing_bars_are_no_text(tmp_path, name):
    doc = _read(tmp_path, name, _SAVED)
    assert "|" not in doc.text
    assert "\nRelated stories:\n" in doc.text and "\nContact the newsroom\n" in doc.text
    assert "\nAbout · Advertise · Jobs" in doc.text
    assert "its chair said." in doc.text


def test_the_bars_reach_no_evidence(tmp_path):
    from xlplugin.engine import score_text

    doc = _read(tmp_path, "saved.txt", _SAVED)
    result = score_text(doc.text, title=doc.title)
    assert "|" not in result.text
    shown = [item.text for signal in result.signals.values() for item in signal.evidence]
    assert shown and not any("|" in text for text in shown)


@pytest.mark.parametrize("text", [
    # a table with cells keeps its bars: table_leads reads its rows
    "Figures from the OBR show:\n| Health | £12.4bn |\n| Schools | £8.1bn |\n",
    "Figures from the OBR show:\nHealth | £12.4bn\nSchools | £8.1bn\n",
    # a one-column Markdown table: its rule line says it is one
    "Region |\n--- |\nNorth |\nSouth |\n",
    # one line ending in a bar is no layout table
    "The vote was close |\nThe board met again in May.\n",
    # inside code
    "```\nrow one |\nrow two |\n```\n",
])
def test_tables_and_single_bars_stay_as_written(text):
    assert without_layout_bars(text) == text


def test_a_bar_alone_on_its_line_goes_with_the_others():
    assert without_layout_bars("Story.\nSee also: |\n|\nContact |\n") == "Story.\nSee also:\n\nContact\n"


_SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds" / "004_7aca21f3a10a7e07.txt"


@pytest.mark.skipif(not _SEED.exists(), reason="the shared seeds (../shared/corpus/seeds) are not here")
def test_seed_004_reads_without_its_bars():
    doc = read_file(_SEED)
    assert not any(line.rstrip().endswith("|") for line in doc.text.splitlines())
