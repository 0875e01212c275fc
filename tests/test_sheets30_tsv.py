"""(sheets30) A .tsv file (Google Sheets' "Tab-separated values" download) is read as the table
it is, as a CSV file: its columns, its quoted cells, its title lines; in a folder too."""

from __future__ import annotations

import csv

import pytest

from xlplugin.inputs import Problem, Record, read_paths

TEXTS = ["The town's new library opens on Saturday with a reading for children, the council said.",
         "Road works on the high street will finish a week early, the contractor told traders on Monday.\nParking "
         "returns to normal on Friday.",
         "A \"quiet hour\" at the supermarket starts next month, its manager said, with the lights dimmed."]


def _tsv(path, header=("id", "title", "text"), title_line=""):
    with path.open("w", newline="", encoding="utf-8") as handle:
        if title_line:
            handle.write(title_line + "\n")
        writer = csv.writer(handle, dialect=csv.excel_tab)
        writer.writerow(header)
        for n, text in enumerate(TEXTS, 1):
            writer.writerow([f"t{n}", f"Story {n}", text][: len(header)])
    return path


@pytest.mark.parametrize("title_line", ["", "Week 6 stories\texported 2026-02-03"])
def test_a_tsv_file_is_read_row_by_row(tmp_path, title_line):
    items = list(read_paths([str(_tsv(tmp_path / "week6.tsv", title_line=title_line))]))
    assert all(isinstance(item, Record) for item in items)
    assert [item.id for item in items] == ["t1", "t2", "t3"]
    assert [item.text for item in items] == TEXTS  # a quoted cell's line break and quotes kept
    assert [item.title for item in items] == ["Story 1", "Story 2", "Story 3"]


def test_a_tsv_file_in_a_folder_is_read_beside_text_files(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    _tsv(folder / "links.tsv")
    (folder / "note.txt").write_text(TEXTS[0], encoding="utf-8")
    items = list(read_paths([str(folder)]))
    assert sum(isinstance(item, Record) for item in items) == 4


def test_near_miss_a_tsv_file_with_no_text_column_says_so(tmp_path):
    items = list(read_paths([str(_tsv(tmp_path / "ids.tsv", header=("id", "title")))]))
    assert items and all(isinstance(item, Problem) for item in items)
    assert "unsupported file type" not in items[0].message
