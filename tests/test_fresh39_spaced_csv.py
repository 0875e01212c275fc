"""(fresh39) A CSV file with a space after each separator, as people and small scripts write it
('1, Harbour, "The council voted, on Tuesday, ..."'). Read as RFC 4180 reads it, the quotes after
the space were characters of an unquoted field: a text holding a comma was split into more fields
than the header has and its row refused with a message asking whether a comma was "not in double
quotes" (it was in them); a text without a comma was scored with its quote marks, its title read
as " Harbour". Such a file is read with the spaces after its separators left out, where that reads
every quoted field whole, and as before where it does not.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from xlplugin.inputs import Problem, Record, read_paths

WITH_COMMAS = ("The harbour board voted on Tuesday, after a long debate, to extend the quay, "
               "according to minutes published by the clerk.")
WITHOUT = "Residents gathered outside the town hall on Friday evening and the protest ended peacefully."
QUOTED = 'The mayor said "we are ready" and left, without questions.'


def read(path: Path) -> list[Record | Problem]:
    return list(read_paths([str(path)], None))


def test_quoted_fields_after_a_space_are_read_whole(tmp_path):
    path = tmp_path / "spaced.csv"
    path.write_text(
        "id, title, outlet, text\n"
        f'1, Harbour, Coast Daily, "{WITH_COMMAS}"\n'
        f'2, Protest, "Town Post, evening edition", "{WITHOUT}"\n'
        f'3, Mayor, Coast Daily, "{QUOTED.replace(chr(34), chr(34) * 2)}"\n',
        encoding="utf-8")
    items = read(path)
    assert all(isinstance(item, Record) for item in items), [getattr(i, "message", "") for i in items]
    assert [(item.id, item.title, item.outlet, item.text) for item in items] == [
        ("1", "Harbour", "Coast Daily", WITH_COMMAS),
        ("2", "Protest", "Town Post, evening edition", WITHOUT),
        ("3", "Mayor", "Coast Daily", QUOTED),
    ]


def test_semicolons_with_spaces_and_a_field_over_two_lines(tmp_path):
    path = tmp_path / "spaced_semicolons.csv"
    path.write_text(
        "id; titel; text\n"
        f'1; Hafen; "{WITH_COMMAS}\n\nA second paragraph; with a semicolon."\n'
        f'2; Demo; "{WITHOUT}"\n',
        encoding="utf-8")
    items = read(path)
    assert [type(item).__name__ for item in items] == ["Record", "Record"]
    assert items[0].text == f"{WITH_COMMAS}\n\nA second paragraph; with a semicolon."
    assert items[1].title == "Demo" and items[1].text == WITHOUT
    assert items[1].source.endswith("line 5")  # (the lines of the file, the two-line field counted)


def test_the_command_scores_every_row_of_such_a_file(tmp_path):
    path = tmp_path / "spaced.csv"
    path.write_text(f'id, title, text\n1, Harbour, "{WITH_COMMAS}"\n2, Protest, "{WITHOUT}"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "xlplugin.cli", "score", "--json", "--workers", "1", str(path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(row["id"], row["title"], row["text"]) for row in rows] == [("1", "Harbour", WITH_COMMAS),
                                                                        ("2", "Protest", WITHOUT)]
    assert "skipped" not in done.stderr and "2 documents read" in done.stderr and "0 unreadable" in done.stderr


def test_files_without_the_spaces_read_as_before(tmp_path):
    # a quote after ", " inside a quoted field is the text's own; an unquoted field may begin with
    # spaces that are kept as before
    path = tmp_path / "plain.csv"
    path.write_text(
        'id,text\n'
        '1,"He said, ""no"", and left, ""for good""."\n'
        '2,   A text with spaces before it.\n',
        encoding="utf-8")
    items = read(path)
    assert [item.text for item in items] == ['He said, "no", and left, "for good".', "   A text with spaces before it."]
    # a spaced file that breaks the quoting rules read without its spaces is read as before
    broken = tmp_path / "broken.csv"
    broken.write_text('id, text\n1, "closed" and then more\n2, "fine"\n', encoding="utf-8")
    assert [item.text for item in read(broken)] == [' "closed" and then more', ' "fine"']


def test_a_row_that_is_ragged_either_way_is_still_refused(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text(f'id, title, text\n1, Harbour, "{WITH_COMMAS}", extra\n2, Protest, "{WITHOUT}"\n', encoding="utf-8")
    items = read(path)
    assert isinstance(items[0], Problem) and "it has 4 fields but the header has 3" in items[0].message
    assert isinstance(items[1], Record) and items[1].text == WITHOUT
