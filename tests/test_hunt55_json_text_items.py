"""(hunt55) A JSON or JSON Lines record whose text field holds a list mixing strings and another
value (["The council ...", 3], a paragraph's number or a count left in the list). On main its items
were joined with "; " and scored as one text ("The council ...; 3"), the number read as the text's
last words, unsaid. It is refused naming the field and the first item that is no string, counted
apart ("with a list holding a value that is not a text in the text field"), as hunt54 refuses a
list of objects. Texts written for these tests."""

from __future__ import annotations

import pytest

from json_records_helpers import dask_counts_of_refused, records_file as _file
from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, read_paths
from xlplugin.inputs_summary import ITEM_CELL, NO_TEXT_CELL, OBJECT_CELL, cell_reason

ONE = "The council said on Monday that the new bridge over the river would cost 4 million pounds."
TWO = "The mayor, Jane Hill, told reporters that work on the bridge would start in the spring."
THREE = "Residents asked whether the old road would close during the work, and the council said it would stay open."


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_number_among_the_strings_is_refused_naming_the_field_and_the_item(tmp_path, suffix):
    path = _file(tmp_path, [{"id": "a", "text": [ONE, 3]}, {"id": "b", "text": THREE}], suffix)
    a, b = read_paths([str(path)])
    assert isinstance(a, Problem) and isinstance(b, Record) and b.text == THREE  # (main: a Record "ONE; 3")
    assert a.message == ('the "text" field holds a list with a number in it (item 2: 3), not a text: give the text '
                         "itself as the field's value, or its paragraphs as a list of strings only")
    assert cell_reason(a.message) == ITEM_CELL


@pytest.mark.parametrize(("item", "what", "shown"), [(True, "a TRUE/FALSE value", "true"), (2.5, "a number", "2.5"),
                                                     (None, "null", "null"), (["x"], "a list", '["x"]')])
def test_each_kind_of_value_is_named(tmp_path, item, what, shown):
    (a,) = read_paths([str(_file(tmp_path, [{"id": "a", "Body": [item, ONE, TWO]}]))])
    assert isinstance(a, Problem)
    assert a.message.startswith(f'the "Body" field holds a list with {what} in it (item 1: {shown}), not a text')
    assert cell_reason(a.message) == ITEM_CELL


def test_the_cli_says_it_counts_it_apart_and_keeps_the_row(tmp_path, capsys):
    path = _file(tmp_path, [{"id": "a", "text": [ONE, TWO, 7]}, {"id": "b", "text": THREE}])
    main(["score", str(path)])
    captured = capsys.readouterr()
    line = next(line for line in captured.out.splitlines() if line.startswith("a "))
    assert "holds a list with a number in it (item 3: 7)" in line
    assert f"1 not scored (1 {ITEM_CELL})" in captured.err and NO_TEXT_CELL not in captured.err


def test_dask_counts_and_says_it_as_score_does():
    error = 'the "text" field holds a list with a number in it (item 2: 3), not a text'
    counts = dask_counts_of_refused(THREE, error)
    assert counts["problems"] == [f"not scored: id j2 (r.jsonl line 2): {error}; the row is kept with no scores "
                                  "and its Status says why"]
    assert counts["unscored"] == {ITEM_CELL: 1}


# Guards: the near cases read as before.
def test_a_list_of_strings_is_still_read_as_paragraphs(tmp_path):
    (a,) = read_paths([str(_file(tmp_path, [{"id": "a", "text": [ONE, TWO]}]))])
    assert isinstance(a, Record) and a.text == f"{ONE}\n\n{TWO}"


def test_a_list_with_a_number_in_another_field_is_still_a_cell(tmp_path):
    (a,) = read_paths([str(_file(tmp_path, [{"id": "a", "text": THREE, "tags": ["roads", 2026]}]))])
    assert isinstance(a, Record) and a.text == THREE


def test_a_list_of_objects_is_still_refused_as_objects(tmp_path):
    (a,) = read_paths([str(_file(tmp_path, [{"id": "a", "text": [{"value": ONE}, 3]}]))])
    assert a.message.startswith('the "text" field holds a list of objects') and cell_reason(a.message) == OBJECT_CELL
