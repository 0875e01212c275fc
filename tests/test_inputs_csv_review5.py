"""CSV files as a new user gives them: a semicolon file whose text column has a name of its own
is refused for that (naming --text-column), not for its quoting; two CSV files without ids,
given by name, keep their rows apart (ids that name the file)."""

from __future__ import annotations

import pytest

from xlplugin.errors import InputError
from xlplugin.inputs import Record, read_csv, read_paths

STORY = "The canal board met on Monday, according to notes kept by its secretary, Ines Varga."


def test_a_semicolon_file_with_an_unlisted_text_column_says_no_text_column_was_found(tmp_path):
    source = tmp_path / "list.csv"
    source.write_text(f'Nr;Story Body;Rank\n1;"{STORY}\n\n""Boats, barges and yachts wait,"" she said.";3,5\n', encoding="utf-8")
    with pytest.raises(InputError) as raised:
        list(read_csv(source, None))
    message = str(raised.value)
    assert "no text column found" in message and "--text-column" in message and "quoting" not in message
    assert "columns are: Nr, Story Body, Rank" in message
    [record] = read_csv(source, "Story Body")
    assert isinstance(record, Record) and record.text.startswith(STORY)


def test_a_quoting_error_in_a_file_with_a_text_column_is_still_a_quoting_error(tmp_path):
    source = tmp_path / "list.csv"
    source.write_text(f'id,text\n1,"{STORY}" and more\n', encoding="utf-8")
    with pytest.raises(InputError, match="breaks the quoting rules"):
        list(read_csv(source, None))


def test_two_csv_files_without_ids_given_by_name_get_ids_naming_their_file(tmp_path):
    (tmp_path / "a.csv").write_text(f'text\n"{STORY}"\n"{STORY} Anglers cheered."\n', encoding="utf-8")
    (tmp_path / "b.csv").write_text(f'text\n"{STORY} Cyclists too."\n', encoding="utf-8")
    items = list(read_paths([str(tmp_path / "a.csv"), str(tmp_path / "b.csv")]))
    assert [item.id for item in items] == ["a.csv:1", "a.csv:2", "b.csv:1"]
    assert [item.columns["id"] for item in items] == ["a.csv:1", "a.csv:2", "b.csv:1"]
    # one file given alone, or files with ids of their own, keep their ids as they are
    assert [item.id for item in read_paths([str(tmp_path / "a.csv")])] == ["1", "2"]
    (tmp_path / "c.csv").write_text(f'id,text\nx1,"{STORY}"\n', encoding="utf-8")
    assert [item.id for item in read_paths([str(tmp_path / "b.csv"), str(tmp_path / "c.csv")])] == ["b.csv:1", "x1"]
