"""Refresh (book19): a title, outlet, URL, author or date column renamed to another word is found
by what its cells hold (the rows' text hashes as scored), read as that field, and the summary
says so, rather than every row scored again without it and no line saying why."""

from __future__ import annotations

import openpyxl
import pytest

from xlplugin.cli import main
from workbook_helpers import refresh_counts

_TEXTS = [
    "The bridge authority said on Monday that the east span will close at night for two weeks, according to "
    "its works notice. \"The joints need replacing before winter,\" said engineer Paul Varga, who leads the crew.",
    "The county archive will put its parish registers online next year, its director said on Friday. \"Families "
    "ask for them every week,\" said archivist Lena Moss, who has catalogued them since 2015.",
    "The water company said on Thursday that it will replace lead pipes in three streets this summer, according "
    "to its published plan. \"Work starts in June,\" said project manager Omar Haddad.",
]
_HEADER = ["id", "title", "outlet", "url", "author", "date", "text"]


def _book(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(_HEADER)
    for i, text in enumerate(_TEXTS):
        ws.append([f"d{i}", f"You won't believe what happened at site {i}!", f"Valley Courier {i % 2}",
                   f"https://courier.example.org/story-{i}", f"Sam Writer {i}", f"2026-03-0{i + 1}", text])
    src, out = tmp_path / "in.xlsx", tmp_path / "book.xlsx"
    wb.save(src)
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    return out


def _rename(out, header, new):
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    ws.cell(1, _HEADER.index(header) + 1).value = new
    wb.save(out)


@pytest.mark.parametrize("header,new", [("title", "Heading"), ("outlet", "Paper"), ("url", "Web address"),
                                        ("author", "Writer"), ("date", "Day")])
def test_a_renamed_field_column_is_read_as_that_field(tmp_path, capsys, header, new):
    out = _book(tmp_path)
    _rename(out, header, new)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    assert refresh_counts(err)["rescored"] == 0 and refresh_counts(err)["unchanged"] == 3
    assert f"the {header} column is now headed {new!r}" in err


def test_a_renamed_and_edited_column_is_not_claimed(tmp_path, capsys):
    out = _book(tmp_path)
    wb = openpyxl.load_workbook(out)
    ws = wb["Documents"]
    ws.cell(1, 2).value = "Heading"
    for row in range(2, 5):
        ws.cell(row, 2).value = f"A plain new heading {row}"
    wb.save(out)
    capsys.readouterr()
    assert main(["refresh", str(out)]) == 0
    err = capsys.readouterr().err
    assert refresh_counts(err)["rescored"] == 3 and "now headed" not in err
