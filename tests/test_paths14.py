"""Every way in gives the same answer (helper paths14): a refresh with no edit reads back the very
text scored (XML numeric references are `chr(n)`, never Windows-1252), offsets point into the text
each path shows, zero-width characters are shown as scored, a lone web address or number is refused
the same way everywhere, and JSON Lines never holds a raw line separator."""

from __future__ import annotations

import csv

import openpyxl

from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook
from xlplugin.xml_text import xml_unescape

BODY = ("The water board said on Tuesday that the pumping station would shut in April for a refit lasting "
        "five weeks. Farmers were told to draw from the canal instead, according to a letter from the "
        "board's engineer. \u201cWe have no spare pumps this year,\u201d the engineer said.")


def test_xml_unescape_is_xml_not_html():
    assert xml_unescape("a&#133;b&#x93;c&#147;") == "a\x85b\x93c\x93"
    assert xml_unescape("&amp;&lt;&gt;&quot;&apos;") == "&<>\"'"
    # names HTML knows and XML does not stay as written
    assert xml_unescape("&hellip; &nbsp;") == "&hellip; &nbsp;"


def _rows(book):
    ws = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row)) for row in values[1:] if any(v is not None for v in row)]


def test_refresh_with_no_edit_keeps_c1_and_line_separator_texts_unchanged(tmp_path):
    odd = [chr(n) for n in range(0x80, 0xA0)] + ["\u2028"]
    table = tmp_path / "docs.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        for n, ch in enumerate(odd):
            # the character inside a word, as a quote mark and as a line end
            writer.writerow([f"d{n}", BODY.replace("board's", f"board{ch}s").replace("\u201c", ch) + ch + "End."])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book), "-q"]) == 0
    before = _rows(book)
    summary = refresh_workbook(book)
    assert (summary.rescored, summary.unchanged, summary.failed) == (0, len(odd), 0)
    assert _rows(book) == before
