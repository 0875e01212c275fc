"""(hunt23a) A table's file column, filled as people copy paths:

- a path in double quotes, as Windows' "Copy as path" gives it, was looked for with its quotes
  in its name, and not found;
- a file address ("file:///home/ann/news/a.txt", as a browser or a file manager copies it) was
  looked for as a folder named "file:";
- a relative path typed on Windows ("notes\\a.txt") was not found where "\\" is no separator;
- a cell naming a folder was "file not found" though it is there, and a web address was looked
  for as a file: each is now said as what it is, with what to do.
"""

from __future__ import annotations

import csv
import json
import os

import pytest

from xlplugin.cli import main

# Written for these tests.
FERRY = ("The ferry to the island will run twice a day from May, the operator said on Friday. The first boat "
         "will leave at eight and tickets can be bought on board or at the harbour office, a spokesman said.")
LIBRARY = ("The county library will open on Sundays from next month, its director said in a statement. Staff "
           "numbers will rise by four, paid from the arts budget, and the children's room will stay open later.")


def _files(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "library report.md").write_text(LIBRARY, encoding="utf-8")


def _score(capsys, tmp_path, cells: list[str]) -> tuple[list[dict], str]:
    table = tmp_path / "list.csv"
    with open(table, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "file"])
        writer.writerows([[f"d{i}", cell] for i, cell in enumerate(cells, start=1)])
    capsys.readouterr()
    main(["score", str(table), "--json", "-q"])
    said = capsys.readouterr()
    return [json.loads(line) for line in said.out.splitlines()], said.err


@pytest.mark.parametrize("cell", ['"{dir}/notes/ferry.txt"', ' "{dir}/notes/ferry.txt" ', "'{dir}/notes/ferry.txt'",
                                  '"notes/ferry.txt"'])
def test_a_path_in_quotes(tmp_path, capsys, cell):
    _files(tmp_path)
    rows, _err = _score(capsys, tmp_path, [cell.format(dir=tmp_path)])
    assert rows[0]["text"] == FERRY and rows[0]["error"] is None and rows[0]["reliability"] is not None


def test_file_addresses(tmp_path, capsys):
    _files(tmp_path)
    spaced = (tmp_path / "library report.md").as_posix().replace(" ", "%20")
    rows, _err = _score(capsys, tmp_path, [(tmp_path / "notes" / "ferry.txt").as_uri(), f"file://{spaced}",
                                           f"FILE://localhost{(tmp_path / 'notes' / 'ferry.txt').as_posix()}"])
    assert [row["text"] for row in rows] == [FERRY, LIBRARY, FERRY]


@pytest.mark.skipif(os.sep != "/", reason="a backslash is a separator on Windows already")
def test_a_relative_path_typed_on_windows(tmp_path, capsys):
    _files(tmp_path)
    (tmp_path / "notes" / "deeper").mkdir()
    (tmp_path / "notes" / "deeper" / "library.txt").write_text(LIBRARY, encoding="utf-8")
    rows, _err = _score(capsys, tmp_path, ["notes\\ferry.txt", ".\\notes\\deeper\\library.txt"])
    assert [row["text"] for row in rows] == [FERRY, LIBRARY]


def test_a_path_as_typed_still_found_first(tmp_path, capsys):
    """Near-miss: a file whose own name holds a backslash is read as named, not another file."""
    if os.sep != "/":
        pytest.skip("no backslash in a file name on Windows")
    _files(tmp_path)
    (tmp_path / "notes\\ferry.txt").write_text(LIBRARY, encoding="utf-8")
    rows, _err = _score(capsys, tmp_path, ["notes\\ferry.txt", "notes/ferry.txt"])
    assert [row["text"] for row in rows] == [LIBRARY, FERRY]


def test_a_folder_and_a_web_address_are_said_as_such(tmp_path, capsys):
    _files(tmp_path)
    rows, err = _score(capsys, tmp_path, ["notes", "https://news.example.org/ferry.html", "www.example.org/a",
                                          "notes/missing.txt", "notes/ferry.txt"])
    assert [row["text"] for row in rows][-1] == FERRY
    errors = [row["error"] or "" for row in rows[:4]]
    assert "is a folder" in errors[0] and "not a file" in errors[0]
    assert "file not found" not in errors[0]
    assert all("is a web address" in e and "does not fetch pages" in e for e in errors[1:3])
    assert "file not found: 'notes/missing.txt'" in errors[3]
    assert all(row["reliability"] is None for row in rows[:4])


def test_a_name_in_other_capitals_is_said(tmp_path, capsys):
    """A table made on Windows or macOS names "Notes/Ferry.TXT" for notes/ferry.txt: where names
    are case-sensitive the row is not scored, and its message names the file that is there."""
    _files(tmp_path)
    probe = tmp_path / "CaseProbe"
    probe.write_text("x", encoding="utf-8")
    if (tmp_path / "caseprobe").exists():
        pytest.skip("file names are not case-sensitive here")
    rows, _err = _score(capsys, tmp_path, ["notes/FERRY.txt", "notes/nothing.txt"])
    assert rows[0]["reliability"] is None and "'ferry.txt' is there" in rows[0]["error"]
    assert "case-sensitive" in rows[0]["error"]
    assert "is there" not in rows[1]["error"]
