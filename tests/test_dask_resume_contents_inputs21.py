"""`xlplugin score --engine dask --resume` (inputs21): an input edited since the parts were
written is refused also when its size and modification time are the same (an edit of equal
length, its time put back by a copy, a restore or a sync tool): the run file holds a hash of each
input's contents. Nothing changed, the run is still finished."""

from __future__ import annotations

import json
import os

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import xlplugin.dask as engine  # noqa: E402
from xlplugin.cli import main  # noqa: E402
from xlplugin.errors import InputError  # noqa: E402

FIRST = ("The harbour council voted on Monday to repair the north pier before winter, its chair Mara Voss said. "
         "Work is due to start in October.")
SECOND = ("The town library will open on Sundays from March, a spokesman for the council said. "
          "Staff numbers stay the same.")


def _csv_input(folder):
    path = folder / "stories.csv"
    path.write_text(f'id,text\nr1,"{FIRST}"\nr2,"{SECOND}"\n', encoding="utf-8")
    return [str(path)], path


def _text_folder(folder):
    texts = folder / "texts"
    texts.mkdir()
    (texts / "pier.txt").write_text(FIRST + "\n", encoding="utf-8")
    (texts / "library.md").write_text(SECOND + "\n", encoding="utf-8")
    return [str(texts)], texts / "library.md"


def _two_csvs(folder):
    first, second = folder / "a.csv", folder / "b.csv"
    first.write_text(f'id,text\na1,"{FIRST}"\n', encoding="utf-8")
    second.write_text(f'id,text\nb1,"{SECOND}"\n', encoding="utf-8")
    return [str(first), str(second)], first


INPUTS = [_csv_input, _text_folder, _two_csvs]
# Same-length edits a user might make: a word changed, a letter's case, a digit.
EDITS = [("repair", "demand"), ("library", "LIBRARY"), ("Monday", "Friday"), ("March", "April")]


def _written_run(tmp_path, make):
    """A run's output folder as a stopped run leaves it: its run file and its first part."""
    paths, edited = make(tmp_path)
    out = tmp_path / "out"
    plan = engine.plan_files(paths, out)
    # (resume33: a real part, as the run writes it; an empty file is a damaged part, written again)
    engine._write_part(plan.parts[plan.todo[0]].compute(), str(out / engine.PART_PATTERN.format(plan.todo[0])))
    return paths, edited, out


def _edit_keeping_size_and_time(path):
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    old, new = next((old, new) for old, new in EDITS if old in text)
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)


@pytest.mark.parametrize("make", INPUTS)
def test_resume_refuses_an_input_edited_with_its_size_and_time_kept(tmp_path, make):
    paths, edited, out = _written_run(tmp_path, make)
    manifest = (out / engine.MANIFEST).read_text(encoding="utf-8")
    _edit_keeping_size_and_time(edited)
    with pytest.raises(InputError) as refused:
        engine.plan_files(paths, out, resume=True)
    message = str(refused.value)
    assert "different run (inputs changed" in message and f"{edited.name} was edited" in message
    assert "choose an empty folder" in message
    assert (out / engine.MANIFEST).read_text(encoding="utf-8") == manifest  # nothing touched


@pytest.mark.parametrize("make", INPUTS)
def test_resume_with_nothing_changed_finishes_the_run(tmp_path, make):
    paths, _edited, out = _written_run(tmp_path, make)
    plan = engine.plan_files(paths, out, resume=True)
    assert plan.todo == list(range(1, len(plan.parts)))


def test_the_command_says_which_file_was_edited(tmp_path, capsys):
    paths, edited, out = _written_run(tmp_path, _csv_input)
    _edit_keeping_size_and_time(edited)
    assert main(["score", *paths, "--engine", "dask", "-o", str(out), "--resume"]) == 2
    said = capsys.readouterr().err
    assert "stories.csv was edited since those parts were written" in said


def test_resume_refuses_a_run_file_that_holds_no_hashes(tmp_path):
    """A folder written by an xlplugin from before the hashes: what its inputs held cannot be
    checked, so it is refused (as a folder from before the document's columns is)."""
    paths, _edited, out = _written_run(tmp_path, _csv_input)
    marker = out / engine.MANIFEST
    before = json.loads(marker.read_text(encoding="utf-8"))
    del before["contents"]
    marker.write_text(json.dumps(before), encoding="utf-8")
    with pytest.raises(InputError, match="earlier xlplugin, which did not note what its inputs held"):
        engine.plan_files(paths, out, resume=True)
