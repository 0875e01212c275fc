"""Inputs at their edges, each read so that nothing is silently lost or silently read wrong:
two columns of one name, files of one name in different folders, files a folder holds that are
not read, web pages in a declared character set, a .txt file that is an HTML page, a workbook's
header below its first row, and the scales a source rating is given in."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from xlplugin.inputs import Problem, Record, read_paths

ARTICLE = ("The harbour board approved the new ferry timetable on Monday, its chair said. The plan adds "
           "two morning crossings, according to the board's own figures.")
OTHER = "Second column words about the pier lights, which stay on later this winter."


def _read(path: Path, text_column: str | None = None) -> list[Record | Problem]:
    return list(read_paths([str(path)], text_column))


def _csv(tmp_path: Path, header: str, *rows: str) -> Path:
    path = tmp_path / "table.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _book(tmp_path: Path, rows: list[list[object]], name: str = "table.xlsx") -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


# 1. two columns of one name

@pytest.mark.parametrize("header", ["id,text,text", "id,text,Text", "id,Text , text"])
def test_two_text_columns_are_refused_naming_both_and_the_option(tmp_path, header):
    path = _csv(tmp_path, header, f'1,"{ARTICLE}","{OTHER}"')
    [item] = _read(path)
    assert isinstance(item, Problem)
    assert "2 columns could be the text column" in item.message and "--text-column" in item.message


def test_two_text_columns_keep_both_and_the_one_named_is_read(tmp_path):
    path = _csv(tmp_path, "id,text,text", f'1,"{ARTICLE}","{OTHER}"')
    [first] = _read(path, "text")
    [second] = _read(path, "text (2)")
    assert first.text == ARTICLE and second.text == OTHER
    assert list(first.columns) == ["id", "text", "text (2)"]
    assert first.columns["text (2)"] == OTHER and second.columns["text"] == ARTICLE


def test_a_workbook_with_two_text_columns_is_refused_and_keeps_both_when_named(tmp_path):
    path = _book(tmp_path, [["id", "text", "text"], [1, ARTICLE, OTHER]])
    [item] = _read(path)
    assert isinstance(item, Problem) and "'text', 'text (2)'" in item.message
    [second] = _read(path, "text (2)")
    assert second.text == OTHER and second.columns["text"] == ARTICLE


@pytest.mark.parametrize("name", ["id", "title", "url"])
def test_other_repeated_columns_are_kept_and_the_first_is_read(tmp_path, name):
    first, again = {"id": ("a1", "a2"), "title": ("Ferries", "Piers"), "url": ("https://a.example/1", "https://b.example/2")}[name]
    for path in (_csv(tmp_path, f"{name},text,{name}", f'{first},"{ARTICLE}",{again}'),
                 _book(tmp_path, [[name, "text", name], [first, ARTICLE, again]])):
        [item] = _read(path)
        assert isinstance(item, Record), item
        assert item.columns[name] == first and item.columns[f"{name} (2)"] == again
        assert {"id": item.id, "title": item.title, "url": item.url}[name] == first
