"""(sheets30) A Windows path in a table ("docs\\story2.txt") read from the table's own folder.

The file is beside the table: no note that it was "read from the folder you ran in". The note
stays where the file really is found only from the current folder.
"""

from __future__ import annotations

import csv
import os

import pytest

from xlplugin.inputs import OUTSIDE_TABLE_NOTE, Record, beside_table, read_paths

STORY = ("The lifeboat crew were called out twice on Sunday, the station manager said. Both calls were to "
         "walkers cut off by the tide near the old quarry, and nobody was hurt.")


def _table(folder, cells):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "stories.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "file"])
        writer.writerows([(f"s{n}", cell) for n, cell in enumerate(cells, 1)])
    return path


def _write(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(STORY, encoding="utf-8")


def _notes(table_arg):
    items = list(read_paths([str(table_arg)]))
    assert all(isinstance(item, Record) for item in items), items
    return [item.note for item in items]


pytestmark = pytest.mark.skipif(os.sep != "/", reason="a backslash is a separator on Windows")


@pytest.mark.parametrize("cell", ["docs\\story2.txt", "docs\\week 6\\story2.txt", ".\\docs\\story2.txt", "docs/story2.txt"])
def test_a_file_beside_the_table_read_from_its_folder_gets_no_note(tmp_path, monkeypatch, cell):
    _write(tmp_path / cell.replace("\\", "/"))
    table = _table(tmp_path, [cell])
    monkeypatch.chdir(tmp_path)
    assert not any(OUTSIDE_TABLE_NOTE in note for note in _notes(table.name))
    monkeypatch.chdir(tmp_path.parent)  # run from elsewhere: beside the table still
    assert not any(OUTSIDE_TABLE_NOTE in note for note in _notes(table))


def test_near_miss_a_file_found_only_from_the_current_folder_is_still_said(tmp_path, monkeypatch):
    table = _table(tmp_path / "tables", ["docs\\story2.txt"])
    _write(tmp_path / "docs" / "story2.txt")  # beside the folder run in, not beside the table
    monkeypatch.chdir(tmp_path)
    notes = _notes(table.relative_to(tmp_path))
    assert OUTSIDE_TABLE_NOTE in notes[0]


def test_beside_table_places():
    from pathlib import Path

    assert beside_table("docs\\a.txt", Path("t")) == [Path("t/docs\\a.txt"), Path("t/docs/a.txt")]
    assert beside_table("docs/a.txt", Path("t")) == [Path("t/docs/a.txt")]
    assert beside_table("/abs/a.txt", Path("t")) == []
