"""(hunt54) A JSON or JSON Lines record whose text field holds a list of objects ({"text": [{"type":
"p", "value": "First paragraph."}, ...]}, a block editor's body). On main it was refused as "column
text: not text: JSON data, field names and values", naming neither the field, nor what its objects
hold, nor where the text is, and counted "with no text in the text cell". It is refused as an
object in the text field is (hunt52), naming the field, its objects' fields and, where one field
alone holds words in every object, that one. Texts written for these tests."""

from __future__ import annotations

import pytest

from json_records_helpers import dask_counts_of_refused, records_file as _file
from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, read_paths
from xlplugin.inputs_summary import OBJECT_CELL, cell_reason

ONE = "The council said on Monday that the new bridge would cost 4 million pounds."
TWO = "The mayor, Jane Hill, told reporters that work would start in the spring."
THREE = "Residents asked whether the old road would close during the work, and the council said it would stay open."
BLOCKS = [{"type": "p", "value": ONE}, {"type": "p", "value": TWO}]


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_list_of_objects_is_refused_naming_the_field_and_where_the_text_is(tmp_path, suffix):
    path = _file(tmp_path, [{"id": "a", "text": BLOCKS}, {"id": "b", "text": THREE}], suffix)
    a, b = read_paths([str(path)])
    assert isinstance(a, Problem) and isinstance(b, Record) and b.text == THREE
    assert a.message == ('the "text" field holds a list of objects ([{"type": ..., "value": ...}, ...]), not a text: '
                         "give the text itself as the field's value, or its paragraphs as a list of strings "
                         '(the text is in each object\'s "value": give those as the list)')
    assert cell_reason(a.message) == OBJECT_CELL  # (main: "with no text in the text cell")


def test_a_field_named_by_another_name_is_named_as_the_file_spells_it(tmp_path):
    path = _file(tmp_path, [{"id": "a", "Body": [{"kind": "p", "words": ONE, "n": 1}]}])
    (a,) = read_paths([str(path)])
    assert a.message.startswith('the "Body" field holds a list of objects ([{"kind": ..., "words": ..., "n": ...}, ...])')
    assert a.message.endswith('(the text is in each object\'s "words": give those as the list)')


def test_no_field_is_named_where_none_alone_holds_the_text(tmp_path):
    records = [{"id": "a", "text": [{"head": ONE, "body": TWO}]}, {"id": "b", "text": [{"value": ONE}, "loose words"]}]
    a, b = read_paths([str(_file(tmp_path, records))])
    assert a.message.endswith("or its paragraphs as a list of strings")  # (two fields hold words)
    assert b.message.endswith("or its paragraphs as a list of strings")  # (a string beside the objects)
    assert b.message.startswith('the "text" field holds a list of objects ([{"value": ...}, ...])')


def test_the_cli_says_it_counts_it_and_keeps_the_row(tmp_path, capsys):
    path = _file(tmp_path, [{"id": "a", "text": BLOCKS}, {"id": "b", "text": THREE}])
    main(["score", str(path)])
    captured = capsys.readouterr()
    line = next(line for line in captured.out.splitlines() if line.startswith("a "))
    assert 'the "text" field holds a list of objects' in line and "JSON data" not in line
    assert f"1 not scored (1 {OBJECT_CELL})" in captured.err


# Guards: the near cases read as before.
def test_a_list_of_strings_is_still_read_as_paragraphs(tmp_path):
    (a,) = read_paths([str(_file(tmp_path, [{"id": "a", "text": [ONE, TWO]}]))])
    assert isinstance(a, Record) and a.text == f"{ONE}\n\n{TWO}"


def test_a_list_of_objects_in_another_field_is_still_a_cell(tmp_path):
    path = _file(tmp_path, [{"id": "a", "text": THREE, "authors": [{"name": "Ana Ruiz"}, {"name": "Tom Lee"}]}])
    (a,) = read_paths([str(path)])
    assert isinstance(a, Record) and a.text == THREE and a.author == "Ana Ruiz; Tom Lee"


def test_a_text_object_is_still_refused_as_one(tmp_path):
    path = _file(tmp_path, [{"id": "a", "text": THREE}, {"id": "b", "text": {"body": ONE, "lang": "en"}}])
    _, b = read_paths([str(path)])
    assert b.message.startswith('the "text" field holds an object ({"body": ..., "lang": ...}), not a text')
    assert cell_reason(b.message) == OBJECT_CELL


def test_dask_counts_and_says_it_as_score_does():
    error = 'the "text" field holds a list of objects ([{"type": ..., "value": ...}, ...]), not a text'
    counts = dask_counts_of_refused(THREE, error)
    assert counts["problems"] == [f"not scored: id j2 (r.jsonl line 2): {error}; the row is kept with no scores "
                                  "and its Status says why"]  # (main: "skipped r.jsonl line 2: ...", a file not read)
    assert counts["unscored"] == {OBJECT_CELL: 1}
