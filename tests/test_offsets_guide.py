"""Evidence offsets point at text the user has, and the How to read this sheet says which text
(fresh33: a tester checked Start and End against the Read sheet's cell, the only place a folder's
text shows in the workbook, and found them two characters off per ▲ mark before the words).

They count the text as scored: for a file, its text with each line end as one character; for a
table, the Documents sheet's text column. The texts are written for this test: made-up harbour,
bakery and ferry news, with Windows line ends, an emoji and unsourced claims."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook import layout

FILES = {
    "harbour.txt": ("Mooring fees to double, boat owners told\r\n\r\n"
                    "The harbour board said on Monday that mooring fees will double next spring. \U0001F6A4 Fees rose "
                    "40 percent last year. Experts say the shocking rise will ruin small boat owners! \r\n"
                    "Councillor Ana Reyes, who chairs the board, said the money would repair the north wall.\r\n"),
    "bakery.txt": ("Bakery closes after 60 years\n\nThe Mill Lane bakery will close on Friday. Sales fell by a third "
                   "since 2023. \u201cWe could not keep the ovens going,\u201d said owner Tom Price. Everyone knows the "
                   "rents are the real scandal. \U0001F35E\U0001F35E Customers queued for the last loaves.\n"),
}


def _evidence(book):
    ws = openpyxl.load_workbook(book)[layout.EVIDENCE]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
    return [r for r in rows if r["Start"] is not None and r["Evidence text"]]


def _guide(book) -> str:
    ws = openpyxl.load_workbook(book)["How to read this"]
    return "\n".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c)


@pytest.fixture
def folder_book(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    book = tmp_path / "book.xlsx"
    assert main(["score", str(folder), "-o", str(book)]) == 0
    return book


def test_a_files_offsets_count_its_text_with_each_line_end_as_one_character(folder_book):
    rows = _evidence(folder_book)
    assert {r["Document id"] for r in rows} == set(FILES)
    for row in rows:
        text = FILES[row["Document id"]].replace("\r\n", "\n")
        assert text[row["Start"]:row["End"]] == row["Evidence text"], row


def test_a_tables_offsets_count_the_documents_sheets_text_column(tmp_path):
    table = tmp_path / "news.csv"
    with table.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "text"])
        for name, text in FILES.items():
            writer.writerow([name, text.replace("\r\n", "\n")])
    book = tmp_path / "book.xlsx"
    assert main(["score", str(table), "-o", str(book)]) == 0
    documents = openpyxl.load_workbook(book)[layout.DOCUMENTS]
    header = [c.value for c in documents[1]]
    shown = {r[header.index("id")]: r[header.index("text")] for r in documents.iter_rows(min_row=2, values_only=True)}
    rows = _evidence(book)
    assert rows
    for row in rows:
        assert shown[row["Document id"]][row["Start"]:row["End"]] == row["Evidence text"], row


def test_the_guide_says_which_text_the_offsets_count_in(folder_book):
    guide = _guide(folder_book)
    assert "each line end counted as one character" in guide
    assert "not in the Read sheet's cells" in guide
    assert "=MID(text, Start+1, End-Start)" in guide
    assert "Excel counts an emoji" in guide
