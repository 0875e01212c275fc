"""Session 19 (sheets21): the Evidence sheet's Signal column names each signal as the Documents
sheet's headers do (their first words: "Loaded terms", "Kind", "Copies"), not by its code name
("loaded_language"); every reader of that column still reads a sheet written with the code names."""

from __future__ import annotations

import openpyxl
import pytest

from workbook_helpers import scored_by_cli

from xlplugin import registry
from xlplugin.copies import REPRINT_KIND, SHARED_PASSAGE_KIND
from xlplugin.excel.functions import signal_aliases, _signal_key
from xlplugin.workbook import layout
from xlplugin.workbook.evidence_order import _OrderedWriter
from xlplugin.workbook.rows import evidence_row_xml

RANT = ("The so-called experts at the council have utterly destroyed our town! Every single "
        "week they waste more money on their ridiculous schemes, and nobody is ever held to "
        "account. Experts say the new road cost twice what it should. Wake up, people!")
REPORT = ("BRIGHTWATER, March 3 - The county council voted 7 to 2 on Tuesday to close the old "
          "library on Elm Street, said Mara Quill, the council's clerk. \"We will move the books to "
          "the school hall,\" Quill said. Repairs would cost 40,000 dollars, a council report found.")


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("names")
    rows = [("a1", RANT), ("a2", REPORT), ("a3", RANT + " Share this now.")]
    return openpyxl.load_workbook(scored_by_cli(tmp, ("id", "text"), rows))


def test_signal_column_holds_the_documents_headers_words_never_a_code_name(book):
    evidence = book[layout.EVIDENCE]
    assert [c.value for c in evidence[1]][:2] == ["Document id", "Signal"]
    shown = {row[1] for row in evidence.iter_rows(min_row=2, values_only=True) if row[1]}
    headers = {c.value for c in book["Documents"][1] if c.value}
    codes = set(registry.names()) | {"kind", "copies"}
    assert shown and not shown & codes
    for name in shown:
        # each is the start of a Documents column header (or the Read sheet's Copies header)
        assert name == layout.COPIES_SIGNAL or any(header.startswith(name) for header in headers), name
    # the signals with evidence here are all there, by their shown names
    for name in ("loaded_language", "unsourced_claims", "provenance", "kind", "copies"):
        assert layout.EVIDENCE_SIGNAL[name] in shown, name


def test_guide_names_the_signal_cells_as_the_sheet_writes_them(book):
    text = " ".join(str(c.value) for row in book[layout.HOW_TO_READ].iter_rows() for c in row if c.value)
    for name, shown in layout.EVIDENCE_SIGNAL.items():
        assert f"Signal = {shown}" in text, name
        assert f"Signal = {name}" not in text, name  # (the code names are all lower case)


@pytest.mark.parametrize("signal, kind", [("copies", SHARED_PASSAGE_KIND), ("provenance", REPRINT_KIND)])
def test_refresh_finds_copy_rows_written_with_old_or_new_names(signal, kind):
    writer = object.__new__(_OrderedWriter)
    writer.shared = []
    for cell in (signal, layout.EVIDENCE_SIGNAL[signal]):
        row = evidence_row_xml(7, ["d1", cell, kind, "some words", 0, 10, "also in row 3 (d2)", "h"], None)
        assert writer._is_copy_row(row), cell
        other = evidence_row_xml(7, ["d1", cell, "byline", "some words", 0, 10, "", "h"], None)
        assert not writer._is_copy_row(other), cell


def test_excel_evidence_takes_the_sheets_signal_name():
    aliases = signal_aliases()
    for name, shown in layout.EVIDENCE_SIGNAL.items():
        if name != "copies":
            assert aliases[_signal_key(shown)] == name


def test_each_name_fits_the_signal_column_in_print():
    # ("Loaded terms per 1,000 words" printed as "Loaded terms per 1")
    width = layout.EVIDENCE_WIDTHS[0]
    for name, shown in layout.EVIDENCE_SIGNAL.items():
        assert 0 < len(shown) < width, (name, shown)
