"""(hunt51) A UTF-8 file with whole lines in another encoding (a CSV file put together from
exports, one row saved by an old tool as Windows-1252): each line is read in its own encoding,
the UTF-8 rows as written, and only the rows on the other lines carry the note that says so (and
the summary names them). All texts here are written for these tests."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.inputs import Record, read_paths

CURLY = "The minister\u2019s plan \u2014 called \u201cbold\u201d by critics \u2014 was announced in Z\u00fcrich."
CJK = "A trade fair opened in \u6771\u4eac and \u5927\u962a this week, the organisers said."
OLD = ("Caf\u00e9 cr\u00e8me, br\u00fbl\u00e9e and cr\u00eape: the na\u00efve r\u00e9sum\u00e9 of \u00e9t\u00e9 menus, "
       "\u00e0 bient\u00f4t, \u00e7a va, gar\u00e7on, d\u00e9j\u00e0 vu.")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _mixed_csv(tmp_path, old: str = OLD):
    """Two UTF-8 rows, then a row in Windows-1252 holding more accented letters than the UTF-8 rows
    hold characters beyond ASCII (read whole, the file was Windows-1252)."""
    path = tmp_path / "mixed.csv"
    path.write_bytes(f"id,text\na,{_quoted(CURLY)}\nb,{_quoted(CJK)}\n".encode("utf-8")
                     + f"c,{_quoted(old)}\n".encode("cp1252"))
    return path


def test_utf8_rows_beside_a_windows_1252_row_are_read_as_written(tmp_path):
    a, b, c = read_paths([str(_mixed_csv(tmp_path))])
    assert a.text == CURLY  # (main: "â€™" read back by the mojibake repair, but said to be guessed)
    assert b.text == CJK  # (main: the CJK letters lost, bytes Windows-1252 has no character for)
    assert c.text == OLD


def test_only_the_odd_row_says_its_encoding_was_guessed(tmp_path):
    a, b, c = read_paths([str(_mixed_csv(tmp_path))])
    assert "Windows-1252" in c.note and "line 4" in c.note
    assert "1252" not in a.note and "UTF-8" not in a.note
    assert "1252" not in b.note and "UTF-8" not in b.note


def test_one_stray_byte_row_notes_only_its_own_row(tmp_path):
    """(rows17's case: fewer stray bytes than UTF-8 letters) the note was on every row."""
    path = tmp_path / "one.csv"
    path.write_bytes(f"id,text\na,{_quoted(CURLY)}\n".encode("utf-8") + b"b,\"An old caf\xe9 row.\"\n"
                     + f"c,{_quoted(CJK)}\n".encode("utf-8"))
    a, b, c = read_paths([str(path)])
    assert (a.text, b.text, c.text) == (CURLY, "An old caf\u00e9 row.", CJK)
    assert "line 3" in b.note and "Windows-1252" in b.note
    assert "1252" not in a.note + c.note


def test_a_multi_line_row_on_an_odd_line_carries_the_note(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_bytes(f"id,text\na,{_quoted(CURLY)}\n".encode("utf-8")
                     + f"b,\"First line of it.\nSecond line, {OLD}\"\nc,{_quoted(OLD)}\n".encode("cp1252"))
    a, b, c = read_paths([str(path)])
    assert a.text == CURLY and b.text.endswith(OLD) and c.text == OLD
    assert "lines 4, 5" in b.note and "lines 4, 5" in c.note and "1252" not in a.note


def test_the_summary_names_the_rows_guessed(tmp_path, capsys):
    main(["score", str(_mixed_csv(tmp_path)), "--json", "--workers", "1"])
    captured = capsys.readouterr()
    assert "line 4 of the file is not UTF-8" in captured.err and "(row c)" in captured.err
    rows = {row["id"]: row for row in map(json.loads, captured.out.splitlines())}
    assert "Windows-1252" in rows["c"]["input_note"] and not rows["a"]["input_note"]


def test_a_text_file_with_an_odd_line_reads_its_utf8_lines_as_written(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(f"{CJK}\n\n{CURLY}\n\n".encode("utf-8") + f"{OLD}\n".encode("cp1252"))
    [doc] = read_paths([str(path)])
    assert CJK in doc.text and CURLY in doc.text and OLD in doc.text
    assert "line 5" in doc.note and "Windows-1252" in doc.note


def test_a_json_lines_file_notes_only_the_odd_record(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes((json.dumps({"id": "a", "text": CJK}, ensure_ascii=False) + "\n").encode("utf-8")
                     + (json.dumps({"id": "b", "text": OLD}, ensure_ascii=False) + "\n").encode("cp1252")
                     + (json.dumps({"id": "c", "text": CURLY}, ensure_ascii=False) + "\n").encode("utf-8"))
    a, b, c = read_paths([str(path)])
    assert (a.text, b.text, c.text) == (CJK, OLD, CURLY)
    assert "line 2" in b.note and "1252" not in a.note + c.note


# --- guards: what must not change -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "CAF\u00c9\u2019S MENU is long.",  # (bytes C9 92: UTF-8 "\u0252" by chance)
    "Gro\u00df\u00bb und so.",  # (bytes DF BB: UTF-8 "\u07fb", an unassigned character)
])
def test_a_windows_1252_file_with_a_line_that_is_utf8_by_chance_is_read_as_one(tmp_path, line):
    path = tmp_path / "old.csv"
    path.write_bytes(f"id,text\na,{_quoted(line)}\nb,{_quoted(OLD)}\n".encode("cp1252"))
    a, b = read_paths([str(path)])
    assert (a.text, b.text) == (line, OLD)
    assert all("read as Windows-1252 (the file is not UTF-8)" in item.note for item in (a, b))


def test_a_utf8_file_is_read_with_no_note(tmp_path):
    path = tmp_path / "good.csv"
    path.write_text(f"id,text\na,{_quoted(CURLY)}\nb,{_quoted(CJK)}\n", encoding="utf-8")
    items = list(read_paths([str(path)]))
    assert [item.text for item in items] == [CURLY, CJK]
    assert all(isinstance(item, Record) and "UTF-8" not in item.note for item in items)
