"""(hunt52) A JSON or JSON Lines record whose "text" is not a string. On main, an object
({"text": {"body": ..., "lang": ...}}) among records whose text is a string was read as columns
"text.body" and "text.lang" and the record said "not scored: empty (no text)", its text unsaid; a
list of paragraphs (["First paragraph.", "Second ..."]) was joined with "; " as a list of tags is,
its paragraphs run into one. The object is refused with what the field holds; the list is read as
paragraphs. Texts written for these tests."""

from __future__ import annotations


import pytest

from json_records_helpers import records_file as _file
from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, read_paths

ONE = "The council said on Monday that the new bridge would cost 4 million pounds."
TWO = "The mayor, Jane Hill, told reporters that work would start in the spring."
THREE = "Residents asked whether the old road would close during the work, and the council said it would stay open."


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_text_object_is_refused_with_what_it_holds(tmp_path, suffix):
    path = _file(tmp_path, [{"id": "a", "text": THREE}, {"id": "b", "text": {"body": ONE, "lang": "en"}}], suffix)
    a, b = read_paths([str(path)])
    assert isinstance(a, Record) and a.text == THREE
    assert isinstance(b, Problem)  # (main: a Record with an empty text, "not scored: empty (no text)")
    assert b.message.startswith('the "text" field holds an object ({"body": ..., "lang": ...}), not a text')


def test_a_text_object_with_one_string_names_the_field_to_read(tmp_path):
    path = _file(tmp_path, [{"id": "a", "text": THREE}, {"id": "b", "text": {"body": ONE, "words": 14}}])
    _, b = read_paths([str(path)])
    assert b.message.endswith('or read its "body" in every record with --text-column text.body')


def test_the_cli_says_it_and_keeps_the_row(tmp_path, capsys):
    path = _file(tmp_path, [{"id": "a", "text": THREE}, {"id": "b", "text": {"body": ONE, "lang": "en"}}])
    main(["score", str(path)])
    captured = capsys.readouterr()
    line = next(line for line in captured.out.splitlines() if line.startswith("b "))
    assert 'the "text" field holds an object' in line and "empty (no text)" not in line


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_text_given_as_a_list_of_paragraphs_is_read_as_paragraphs(tmp_path, suffix):
    path = _file(tmp_path, [{"id": "a", "text": [ONE, TWO, " "]}, {"id": "b", "text": THREE}], suffix)
    a, b = read_paths([str(path)])
    assert a.text == f"{ONE}\n\n{TWO}"  # (main: "...pounds.; The mayor ...")
    assert b.text == THREE


# --- guards -----------------------------------------------------------------------------------------

def test_a_list_of_authors_is_still_joined_as_names(tmp_path):
    path = _file(tmp_path, [{"id": "a", "text": THREE, "author": ["Ana Ruiz", "Tom Reed"]}])
    (a,) = read_paths([str(path)])
    assert a.author == "Ana Ruiz; Tom Reed"


def test_every_record_with_its_text_in_an_object_reads_the_nested_field(tmp_path):
    # (fresh39's nested fields: where no record has a top-level text, text.body is the text column)
    path = _file(tmp_path, [{"id": "a", "content": {"body": THREE}}, {"id": "b", "content": {"body": ONE}}])
    a, b = read_paths([str(path)])
    assert isinstance(a, Record) and a.text == THREE and b.text == ONE
