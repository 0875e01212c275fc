"""(hunt48) A JSON Lines file whose records hold their text under different usual names: a record
without the file's text field, its text under another usual name ("body"), is refused saying where
its text is, never "empty (no text)"."""

import json

from xlplugin.inputs import Problem, Record
from xlplugin.inputs_jsonl import read_jsonl

TEXT = ("Officials at the port authority said on Tuesday that cargo volumes rose by six percent in the "
        "third quarter, helped by strong demand for grain shipments abroad.")


def _read(tmp_path, records, text_column=None):
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return list(read_jsonl(path, text_column))


def test_record_with_text_under_another_name_is_refused_saying_where(tmp_path):
    items = _read(tmp_path, [{"id": "a", "text": TEXT}, {"id": "b", "body": TEXT}])
    assert isinstance(items[0], Record)
    assert isinstance(items[1], Problem)
    assert 'its text is in "body"' in items[1].message and "--text-column" in items[1].message


def test_record_with_empty_text_field_is_still_empty(tmp_path):
    # (hunt49) its text field is there but empty: not the missing field's refusal; since hunt49 its
    # Status says where its text is as a table's row does (an empty text cell, another text column
    # filled: inputs.TEXT_IN_OTHER_COLUMN), never "empty (no text)" alone
    items = _read(tmp_path, [{"id": "a", "text": TEXT}, {"id": "b", "text": "", "body": TEXT}])
    message = str(getattr(items[1], "message", ""))
    assert 'its text is in "body"' not in message and 'in the column "body"' in message


def test_one_name_throughout_is_read_as_before(tmp_path):
    items = _read(tmp_path, [{"id": "a", "body": TEXT}, {"id": "b", "body": TEXT}])
    assert all(isinstance(i, Record) for i in items)


def test_text_column_named_leaves_the_choice_to_the_user(tmp_path):
    items = _read(tmp_path, [{"id": "a", "text": TEXT}, {"id": "b", "body": TEXT}], text_column="text")
    assert 'its text is in "body"' not in str(getattr(items[1], "message", ""))
