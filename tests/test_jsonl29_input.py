"""(jsonl29) JSON Lines files (.jsonl, .ndjson) and .json arrays of objects read as tables of
documents: each record a row through the path a CSV row takes. Every text here is written for
these tests."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, read_paths
from xlplugin.inputs_jsonl import OWN_OUTPUT_NOTE

HARBOUR = ("The harbour authority said on Friday that the north pier will close for repairs from the first of May. "
           "Ferries will use the south pier instead, and the timetable will not change, a spokesperson said.")
LIBRARY = ("The county library will open on Sundays from next month after the council approved extra funding in its "
           "spring budget. The head librarian said two more staff would be hired to cover the new hours.")
ORCHARD = ("Growers in the valley expect a smaller apple harvest this year after a late frost in April, the regional "
           "farmers' union said in its monthly report, published on Wednesday.")


def _write(path, lines, bom=False):
    data = "\n".join(lines) + "\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    return path


def _items(path, text_column=None):
    return list(read_paths([str(path)], text_column))


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson", ".JSONL"])
def test_each_record_is_a_row_with_its_id_text_and_fields(tmp_path, suffix):
    path = _write(tmp_path / f"export{suffix}", [
        json.dumps({"id": "h-1", "headline": "Pier closes", "body": HARBOUR, "publication": "Coast Herald"}),
        "",
        json.dumps({"id": "h-2", "body": LIBRARY, "link": "https://example.org/news/library", "authors": ["A. Reed", "B. Holt"]}),
        "   ",
        json.dumps({"id": "h-3", "body": ORCHARD, "date": "2026-04-30"}),
    ], bom=True)
    items = _items(path)
    assert [type(i) for i in items] == [Record] * 3  # (the byte order mark and blank lines are no documents)
    assert [i.id for i in items] == ["h-1", "h-2", "h-3"]
    assert [i.text for i in items] == [HARBOUR, LIBRARY, ORCHARD]
    assert items[0].title == "Pier closes" and items[0].outlet == "Coast Herald"
    assert items[1].url == "https://example.org/news/library" and items[1].author == "A. Reed; B. Holt"
    assert items[2].date == "2026-04-30"
    assert [i.source for i in items] == [f"{path} line 1", f"{path} line 3", f"{path} line 5"]  # (the file's own lines)


@pytest.mark.parametrize("name", ["text", "content", "article", "Body"])
def test_the_text_field_is_found_by_the_usual_names(tmp_path, name):
    path = _write(tmp_path / "a.jsonl", [json.dumps({"ref": 1, name: HARBOUR}), json.dumps({"ref": 2, name: ORCHARD})])
    assert [i.text for i in _items(path)] == [HARBOUR, ORCHARD]


def test_nested_fields_are_flattened_and_the_usual_names_found_inside(tmp_path):
    path = _write(tmp_path / "nested.jsonl", [
        json.dumps({"id": "n1", "content": {"body": LIBRARY}, "meta": {"url": "https://example.net/a", "site": "Valley Post",
                                                                        "stats": {"views": 12}}}),
        json.dumps({"id": "n2", "content": {"body": ORCHARD}, "meta": {"url": "https://example.net/b", "site": "Valley Post"}}),
    ])
    items = _items(path)
    assert [i.text for i in items] == [LIBRARY, ORCHARD]
    assert [i.url for i in items] == ["https://example.net/a", "https://example.net/b"]
    assert items[0].outlet == "Valley Post"
    assert items[0].columns["meta.stats.views"] == 12 and items[1].columns["meta.stats.views"] is None


def test_a_named_text_field_is_read_also_when_nested(tmp_path):
    path = _write(tmp_path / "named.jsonl", [json.dumps({"summary": "Short.", "extra": {"full": HARBOUR}}),
                                             json.dumps({"summary": "Brief.", "extra": {"full": LIBRARY}})])
    assert [i.text for i in _items(path, "extra.full")] == [HARBOUR, LIBRARY]


def test_no_text_field_is_refused_naming_the_fields(tmp_path):
    path = _write(tmp_path / "notext.jsonl", [json.dumps({"score": 3, "label": "x"})])
    (item,) = _items(path)
    assert isinstance(item, Problem) and "no text column found" in item.message and "score, label" in item.message


def test_bad_lines_are_rows_naming_their_line_never_dropped(tmp_path):
    path = _write(tmp_path / "mixed.jsonl", [
        json.dumps({"id": "g1", "text": HARBOUR}),
        '{"id": "g2", "text": "an unclosed quote}',
        "[1, 2, 3]",
        '"just a string"',
        "42",
        "{'id': 'g6', 'text': 'single quotes are no JSON'}",
        json.dumps({"id": "g7", "text": LIBRARY}),
    ])
    items = _items(path)
    assert len(items) == 7
    assert [type(i) for i in items] == [Record, Problem, Problem, Problem, Problem, Problem, Record]
    assert items[1].message.startswith("line 2 is not JSON")
    assert "line 3 holds a list, not a JSON object" in items[2].message
    assert "line 4 holds a text in quotes, not a JSON object" in items[3].message
    assert "line 5 holds a number, not a JSON object" in items[4].message
    assert items[5].message.startswith("line 6 is not JSON")
    assert [i.source for i in items[1:6]] == [f"{path} line {n}" for n in range(2, 7)]
    # the refused line is kept whole in the text cell, and each row keeps an id of its own
    assert items[2].columns["text"] == "[1, 2, 3]"
    assert len({i.id for i in items}) == 7
    assert [items[0].id, items[6].id] == ["g1", "g7"]


def test_a_text_field_holding_no_text_is_refused_as_a_csv_cell_is(tmp_path):
    path = _write(tmp_path / "cells.jsonl", [json.dumps({"id": "c1", "text": 12345}), json.dumps({"id": "c2", "text": True}),
                                             json.dumps({"id": "c3", "text": ORCHARD})])
    items = _items(path)
    assert [type(i) for i in items] == [Problem, Problem, Record]
    assert all(i.kind == "cell" and "not text" in i.message for i in items[:2])


def test_blank_ids_are_numbered_as_a_csv_rows_are(tmp_path):
    path = _write(tmp_path / "ids.jsonl", [json.dumps({"id": "k1", "text": HARBOUR}), json.dumps({"id": None, "text": LIBRARY}),
                                           json.dumps({"text": ORCHARD})])
    items = _items(path)
    assert [i.id for i in items] == ["k1", "2 (no id)", "3 (no id)"]
    assert "the id cell is blank" in items[1].note


def test_an_empty_file_is_said_empty(tmp_path):
    path = _write(tmp_path / "empty.jsonl", ["", "  "])
    (item,) = _items(path)
    assert isinstance(item, Problem) and "the JSON Lines file is empty" in item.message


def test_a_json_array_of_objects_is_read_item_by_item(tmp_path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"id": "j1", "text": HARBOUR}, "stray", {"id": "j3", "text": ORCHARD}], indent=2), encoding="utf-8")
    items = _items(path)
    assert [type(i) for i in items] == [Record, Problem, Record]
    assert [items[0].id, items[2].id] == ["j1", "j3"]
    assert items[2].source == f"{path} item 3" and "item 2 of the array is a text in quotes" in items[1].message


def test_a_json_object_wrapping_the_list_is_refused_naming_it(tmp_path):
    path = tmp_path / "wrapped.json"
    path.write_text(json.dumps({"count": 2, "articles": [{"text": HARBOUR}, {"text": LIBRARY}]}), encoding="utf-8")
    (item,) = _items(path)
    assert isinstance(item, Problem) and "'articles' holds a list" in item.message


def test_json_lines_under_a_json_name_are_read_as_json_lines(tmp_path):
    path = _write(tmp_path / "lines.json", [json.dumps({"text": HARBOUR}), json.dumps({"text": LIBRARY})])
    assert [i.text for i in _items(path)] == [HARBOUR, LIBRARY]


def test_an_unsupported_type_message_names_json_lines(tmp_path):
    path = tmp_path / "notes.yaml"
    path.write_text("text: hello\n", encoding="utf-8")
    (item,) = _items(path)
    assert ".jsonl" in item.message


def test_our_own_json_output_read_back_scores_the_texts_again_not_our_fields(tmp_path, capsys):
    source = _write(tmp_path / "first.jsonl", [json.dumps({"id": "r1", "title": "Library hours", "text": LIBRARY,
                                                           "outlet": "County Times"}),
                                               "not json at all",
                                               json.dumps({"id": "r3", "text": HARBOUR})])
    main(["score", str(source), "--json", "-q", "--workers", "1"])
    first = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    again = _write(tmp_path / "again.jsonl", [json.dumps(record) for record in first])
    items = _items(again)
    assert [type(i) for i in items] == [Record, Problem, Record]
    assert [items[0].id, items[2].id] == ["r1", "r3"]
    assert items[0].text == LIBRARY and items[0].title == "Library hours" and items[0].outlet == "County Times"
    for record in (items[0], items[2]):
        assert OWN_OUTPUT_NOTE in record.note
        assert not any(k.startswith(("signals", "stamp", "weights")) or k in ("reliability", "kind", "why", "note")
                       for k in record.columns)
    assert "not read then" in items[1].message and "is not JSON" in items[1].message
    main(["score", str(again), "--json", "-q", "--workers", "1"])
    second = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["reliability"] for r in second] == [r["reliability"] for r in first]
    assert [r["signals"] for r in second if r["error"] is None] == [r["signals"] for r in first if r["error"] is None]


def test_a_record_with_a_field_named_like_ours_is_no_output_of_ours(tmp_path):
    path = _write(tmp_path / "theirs.jsonl", [json.dumps({"text": ORCHARD, "reliability": "high", "signals": "none"})])
    (item,) = _items(path)
    assert OWN_OUTPUT_NOTE not in item.note and item.columns["reliability"] == "high"


def test_the_workbook_is_written_from_json_lines(tmp_path):
    from openpyxl import load_workbook

    path = _write(tmp_path / "book.jsonl", [json.dumps({"id": "w1", "text": HARBOUR, "meta": {"site": "Coast Herald"}}),
                                            "{broken",
                                            json.dumps({"id": "w3", "text": ORCHARD})])
    out = tmp_path / "scored.xlsx"
    assert main(["score", str(path), "-o", str(out), "-q", "--workers", "1"]) == 2  # (a line not read: as for a CSV row)
    sheet = load_workbook(out, read_only=True)["Documents"]
    rows = list(sheet.iter_rows(values_only=True))
    ids = [row[0] for row in rows[1:]]
    assert ids[0] == "w1" and ids[2] == "w3" and len(ids) == 3
