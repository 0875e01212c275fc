"""(hunt52) A .json array (or a JSON Lines file) saved in Windows-1252: on main every record carried
"read as Windows-1252 (the file is not UTF-8)", also those of ASCII alone, which read the same in
every encoding; a user could not tell which records the guess touched. The note is now on the
records that hold a character beyond ASCII only. Texts written for these tests."""

from __future__ import annotations

import json

import pytest

from xlplugin.inputs import Record, read_paths

PLAIN = "The council said on Monday that the new bridge would cost 4 million pounds, the mayor told reporters."
ACCENTED = "Caf\u00e9 owners said the new road would bring more visitors, according to a survey by the chamber."
NOTE = "read as Windows-1252 (the file is not UTF-8)"


def _records(path):
    return [item for item in read_paths([str(path)]) if isinstance(item, Record)]


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_only_the_records_beyond_ascii_carry_the_encoding_note(tmp_path, suffix):
    items = [{"id": "n1", "text": PLAIN}, {"id": "n2", "text": ACCENTED}, {"id": "n3", "text": PLAIN + " Again."}]
    body = (json.dumps(items, ensure_ascii=False, indent=1) if suffix == ".json"
            else "\n".join(json.dumps(item, ensure_ascii=False) for item in items))
    path = tmp_path / f"latin{suffix}"
    path.write_bytes(body.encode("cp1252"))
    n1, n2, n3 = _records(path)
    assert n2.text == ACCENTED and NOTE in n2.note
    assert NOTE not in n1.note and NOTE not in n3.note  # (main: on every record)


def test_a_title_beyond_ascii_carries_it_too(tmp_path):
    items = [{"id": "n1", "title": "R\u00e9sum\u00e9 of the week", "text": PLAIN}, {"id": "n2", "text": PLAIN}]
    path = tmp_path / "titles.json"
    path.write_bytes(json.dumps(items, ensure_ascii=False).encode("cp1252"))
    n1, n2 = _records(path)
    assert NOTE in n1.note and NOTE not in n2.note


def test_a_utf8_file_has_no_note(tmp_path):
    path = tmp_path / "utf8.json"
    path.write_text(json.dumps([{"id": "n1", "text": ACCENTED}], ensure_ascii=False), encoding="utf-8")
    (n1,) = _records(path)
    assert "Windows-1252" not in n1.note
