"""(guard21) `score` sets a hyperlink on each URL cell. A user who edits the address in the cell and
refreshes gets the row scored for the new address: the cell's link follows it, so that a click opens
the page the row's scores are for, not the old one. Rows not edited keep their links as they were."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.cli import main

# Written for these tests.
TEXTS = [
    "The town council voted on Tuesday to keep the old market hall open, its leader said, after a survey of traders.",
    "Floods closed the riverside path for a week in March, the parks office said, and repairs will start in May.",
    "The school will add two classrooms next year, the head teacher said, paid for by a county grant of 1 million.",
]
OLD = ["https://news.example.org/a/1", "https://news.example.org/b/2", "https://news.example.org/c/3"]


def _scored(tmp_path: Path) -> Path:
    path = tmp_path / "in.csv"
    path.write_text("id,text,url\n" + "".join(f'r{i},"{t}",{u}\n' for i, (t, u) in enumerate(zip(TEXTS, OLD))),
                    encoding="utf-8")
    book = tmp_path / "b.xlsx"
    assert main(["score", str(path), "-o", str(book), "-q"]) == 0
    return book


def _links(book: Path) -> list[tuple[str, str | None]]:
    ws = openpyxl.load_workbook(book)["Documents"]
    col = [c.value for c in ws[1]].index("url") + 1
    return [(ws.cell(r, col).value, ws.cell(r, col).hyperlink.target if ws.cell(r, col).hyperlink else None)
            for r in range(2, 2 + len(TEXTS))]


@pytest.mark.parametrize("edits", [
    {0: "https://news.example.org/a/99"},
    {0: "https://other.example.net/x", 2: "http://third.example.com/y"},
    {1: "https://news.example.org/search?q=market&page=2&t=\u00e9t\u00e9"},
])
def test_a_url_cell_edited_has_its_link_follow_the_new_address(tmp_path, edits, capsys):
    book = _scored(tmp_path)
    assert all(shown == link for shown, link in _links(book))  # (as score writes them)
    wb = openpyxl.load_workbook(book)
    ws = wb["Documents"]
    col = [c.value for c in ws[1]].index("url") + 1
    for index, url in edits.items():
        ws.cell(2 + index, col).value = url  # (openpyxl keeps the cell's old hyperlink)
    wb.save(book)
    assert main(["refresh", str(book)]) == 0
    links = _links(book)
    for index, (shown, link) in enumerate(links):
        assert shown == edits.get(index, OLD[index]) and link == shown, (index, shown, link)
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    assert "unchanged" in capsys.readouterr().err and _links(book) == links
