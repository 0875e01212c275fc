"""(loose21) A workbook written before session 19 names each Evidence row's signal by its code
name ("loaded_language"); a refresh copies the rows of documents that keep their scores as they
were, so the sheet mixed "loaded_language" with "Loaded terms" until every row was scored again.
A refresh now writes a kept row's code name as the sheet's name, whether the cell holds a shared
string (as a spreadsheet saves it) or an inline one, and whichever rows were edited."""

from __future__ import annotations

import re
import shutil
import zipfile

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout, refresh_workbook

TEXTS = {
    "a1": "The harbour board met on Monday and agreed to dredge the east channel before the autumn storms, its chair "
          "told reporters. These shameful, crooked officials obviously never cared about the boats!",
    "b2": "The library will open a second reading room on Tuesday, the head librarian said, after a year of work "
          "that cost about 2 million dollars according to the council's budget papers.",
    "c3": "Everybody knows the so-called experts are lying again. Open your eyes before it is too late, friends!",
}
CODES = {shown: code for code, shown in layout.EVIDENCE_SIGNAL.items() if code != shown}  # sheet's name: code name


def _book(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,text\n" + "".join(f'{k},"{v}"\n' for k, v in TEXTS.items()), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    main(["score", str(path), "-o", str(book), "--quiet"])
    return book


def _as_older_shared(book):
    """The Signal cells written back as code names by a spreadsheet (shared strings)."""
    wb = openpyxl.load_workbook(book)
    for row in wb[layout.EVIDENCE].iter_rows(min_row=2, min_col=2, max_col=2):
        if row[0].value in CODES:
            row[0].value = CODES[row[0].value]
    wb.save(book)


def _as_older_inline(book):
    """The Signal cells as an older xlplugin wrote them: inline strings holding the code name."""
    names = openpyxl.load_workbook(book, read_only=True).sheetnames
    part = f"xl/worksheets/sheet{names.index(layout.EVIDENCE) + 1}.xml"
    copy = book.with_name("copy.xlsx")
    with zipfile.ZipFile(book) as old, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == part:
                for shown, code in CODES.items():
                    data = re.sub(rb'(<c r="B\d+"[^>]*><is><t>)' + re.escape(shown.encode()) + rb"(</t>)",
                                  rb"\g<1>" + code.encode() + rb"\g<2>", data)
            new.writestr(info, data)
    shutil.move(copy, book)


def _signals(book) -> set[str]:
    ws = openpyxl.load_workbook(book)[layout.EVIDENCE]
    return {row[0] for row in ws.iter_rows(min_row=2, min_col=2, max_col=2, values_only=True) if row[0]}


@pytest.mark.parametrize("older", [_as_older_shared, _as_older_inline])
@pytest.mark.parametrize("edited", [None, "a1", "c3"])
def test_kept_evidence_rows_take_the_sheets_names(tmp_path, older, edited):
    book = _book(tmp_path)
    older(book)
    assert _signals(book) <= set(CODES.values())  # (the older workbook: code names only)
    if edited:
        wb = openpyxl.load_workbook(book)
        docs = wb["Documents"]
        header = [c.value for c in docs[1]]
        for row in docs.iter_rows(min_row=2):
            if row[header.index("id")].value == edited:
                row[header.index("text")].value = TEXTS[edited] + " The vote was close."
        wb.save(book)
    refresh_workbook(book)
    signals = _signals(book)
    if edited:  # rows scored again, and rows kept: all named as the sheet names them now
        assert signals <= set(CODES) and "Loaded terms" in signals, signals
    else:  # (nothing edited: the sheet is not written again, and stays as it was)
        assert signals <= set(CODES.values()), signals
