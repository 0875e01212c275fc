"""A table's text cell holding an HTML page or fragment is read as a web page is (`cell_html`):
its tags, menu and footer are not scored, and its Why says how it was read. The rule never
fires on prose that mentions a tag or holds a "<3"."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import openpyxl
import pytest

from xlplugin.cell_html import HTML_CELL_NOTE, holds_html
from xlplugin.inputs import Record, read_paths
from workbook_helpers import refresh_counts

PARAS = ["Nobody in this village trusts the shameless crooks who run the water board any more!",
         "They raised our bills again and they laugh at every letter we send them.",
         "I say it is time we threw the whole rotten lot of them out at the next election."]
FRAGMENT = "".join(f"<p>{p}</p>" for p in PARAS)
PLAIN = "\n\n".join(PARAS)
PAGE = ("<!DOCTYPE html><html><head><title>Bridge repairs</title></head><body>"
        "<nav>Start | Local | Weather | Contact</nav><article><p>The county engineers said on Monday that the old "
        "stone bridge over the canal will close for repairs in March, according to a notice posted by the roads "
        "office. The work is expected to take about six weeks and to cost 2.3 million euros, the office said."
        "</p></article><footer>All rights reserved by the Canal Gazette.</footer></body></html>")


@pytest.mark.parametrize("text", [
    PAGE, "  <html lang='en'><body><p>Hello there.</p></body></html>", FRAGMENT,
    '<div class="story"><h2>Rain</h2><p>It rained all day.</p></div>\n',
])
def test_html_cells_are_recognised(text):
    assert holds_html(text)


@pytest.mark.parametrize("text", [
    "Use the <p> tag to start a paragraph and </p> to end it.",
    "I <3 this little town and its market.",
    "<3 to everyone who came to the fair on Sunday",
    "<p> is the tag that starts a paragraph, says the style guide.",
    "<b>Update:</b> the meeting moved to Thursday at six.",
    "<maria@example.org> wrote: the minutes are attached.",
    "If a < b and c > d then the reading holds.",
    "",
])
def test_prose_that_mentions_tags_is_not_html(text):
    assert not holds_html(text)


def _csv(tmp_path, rows):
    path = tmp_path / "cells.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "text"], *rows])
    return path


def test_a_csv_cell_holding_html_is_read_as_a_web_page(tmp_path):
    items = list(read_paths([str(_csv(tmp_path, [["f", FRAGMENT], ["p", PAGE], ["t", PLAIN]]))]))
    assert all(isinstance(item, Record) for item in items)
    fragment, page, plain = items
    assert fragment.text == plain.text == PLAIN  # the same words as the plain cell: scored alike
    assert HTML_CELL_NOTE in fragment.note and HTML_CELL_NOTE not in plain.note
    assert "<" not in page.text and "Weather" not in page.text and "rights reserved" not in page.text
    assert page.text.startswith("The county engineers") and HTML_CELL_NOTE in page.note
    assert fragment.columns["text"] == fragment.text  # the cell written out shows the text scored
    # (hunt38b) no title column: the page's title is taken into a column of its own, which the
    # workbook adds and a refresh reads back; not its type
    assert page.title == "Bridge repairs" == page.columns["title"] and page.page_type == ""
    assert "title" not in plain.columns


def test_the_pages_title_fills_the_rows_empty_title_cell(tmp_path):
    path = tmp_path / "titled.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "title", "text"], ["p", "", PAGE], ["q", "Mine", PAGE]])
    page, mine = read_paths([str(path)])
    assert page.title == page.columns["title"] == "Bridge repairs"  # written in the cell: a refresh reads it back
    assert mine.title == "Mine"


def test_a_workbook_cell_holding_html_is_read_as_a_web_page(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["id", "text"])
    wb.active.append(["f", FRAGMENT])
    wb.save(tmp_path / "cells.xlsx")
    (item,) = list(read_paths([str(tmp_path / "cells.xlsx")]))
    assert item.text == PLAIN and HTML_CELL_NOTE in item.note


def test_scores_and_evidence_point_into_the_text_shown(tmp_path):
    out = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(_csv(tmp_path, [["f", FRAGMENT], ["t", PLAIN]])),
                          "--json"], capture_output=True, text=True, check=True).stdout
    fragment, plain = (json.loads(line) for line in out.splitlines() if line.startswith("{"))
    assert fragment["reliability"] == plain["reliability"] and fragment["text"] == PLAIN
    spans = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("start"), int) and isinstance(node.get("text"), str):
                spans.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(fragment["signals"])
    assert spans and all(fragment["text"][s["start"]:s["end"]] == s["text"] for s in spans)


def test_frames_and_excel_functions_read_it_as_a_web_page():
    pa = pytest.importorskip("pyarrow")
    from xlplugin.excel import functions
    from xlplugin.frame import score_table

    rows = score_table(pa.table({"text": [FRAGMENT, PLAIN]})).to_pylist()
    assert rows[0]["text"] == PLAIN  # (a frame's table has no column for how a cell was read)
    assert rows[0]["reliability"] == rows[1]["reliability"]
    assert functions.reliability(FRAGMENT) == functions.reliability(PLAIN)


def test_a_refresh_reads_the_scored_row_back_unchanged(tmp_path):
    book = tmp_path / "book.xlsx"
    subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(_csv(tmp_path, [["p", PAGE], ["f", FRAGMENT]])),
                    "-o", str(book)], capture_output=True, text=True, check=True)
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "refresh", str(book)], capture_output=True, text=True)
    counts = refresh_counts(done.stderr)
    assert (counts["rescored"], counts["unchanged"]) == (0, 2)


def test_html_pasted_into_a_scored_workbook_is_shown_as_the_article_it_was_scored_as(tmp_path):
    """A refresh of a cell the user filled with HTML scores the article (inputs16) and writes that
    article into the cell, so the Read sheet's marks and the Evidence offsets fit what it shows."""
    book = tmp_path / "book.xlsx"
    subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", str(_csv(tmp_path, [["a", PLAIN]])),
                    "-o", str(book)], capture_output=True, text=True, check=True)
    wb = openpyxl.load_workbook(book)
    sheet = wb["Documents"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("text") + 1, value=FRAGMENT)
    wb.save(book)
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "refresh", str(book)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(book)
    rows = list(wb["Documents"].iter_rows(values_only=True))
    cell = rows[1][rows[0].index("text")]
    assert cell == PLAIN
    assert HTML_CELL_NOTE in rows[1][rows[0].index("Why")]  # (book45) the reading note is in the Why
    assert rows[1][rows[0].index("Status")] == "scored (see note in Why)"
    evidence = list(wb["Evidence"].iter_rows(values_only=True))
    head = evidence[0]
    spans = [(r[head.index("Start")], r[head.index("End")], r[head.index("Evidence text")]) for r in evidence[1:]
             if r[head.index("Start")] is not None]
    assert spans and all(cell[start:end] == text for start, end, text in spans)
