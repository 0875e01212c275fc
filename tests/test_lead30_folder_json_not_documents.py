"""(session 25, lead) A folder's JSON file that holds no documents (a tool's settings, a test's
expected strings keyed by web address, an object wrapping a list) is listed as not read, with its
reason, as a file of another type is: the run goes on with the folder's documents and ends well.
Given by name, such a file still stops the run with its reason. (Found scoring a folder of saved
web pages with an expected.json beside them: hunt30's folder JSON reading made that run exit 2.)"""

import json
from pathlib import Path

import pytest

from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, read_paths

STORY = ("The harbour board approved a new ferry timetable on Wednesday, its chair, Lena Moss, said. "
         "Crossings will run every 40 minutes from March, up from every hour, according to the board's notice.")

NOT_DOCUMENTS = {
    "settings.json": {"theme": "dark", "columns": 3, "show_evidence": True},
    "expected.json": {"https://example.org/a": {"with": ["ferry"], "without": ["cookie"]},
                      "https://example.org/b": {"with": ["oak"], "without": ["menu"]}},
    "wrapped.json": {"items": [{"text": STORY}], "count": 1},
    "numbers.json": [1, 2, 3],
    "labels.json": [{"name": "a", "kind": "news"}, {"name": "b", "kind": "opinion"}],
}


@pytest.mark.parametrize("name", sorted(NOT_DOCUMENTS))
def test_a_json_file_of_no_documents_in_a_folder_is_listed_not_read(tmp_path, name):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / name).write_text(json.dumps(NOT_DOCUMENTS[name]), encoding="utf-8")
    skipped: list = []
    items = list(read_paths([str(tmp_path)], None, skipped))
    assert [i.id for i in items if isinstance(i, Record)] == ["story.txt"]
    assert not [i for i in items if isinstance(i, Problem)]
    assert [Path(s.path).name for s in skipped] == [name]
    assert "not a table of documents" in skipped[0].reason


@pytest.mark.parametrize("records", [
    [{"body": STORY}],
    [{"content": STORY, "url": "https://example.org/a"}],
    [{"meta": {"title": "Ferry"}, "article": {"text": STORY}}],
    {"text": STORY, "title": "Ferry timetable"},
])
def test_a_json_table_of_documents_in_a_folder_is_still_read(tmp_path, records):
    (tmp_path / "docs.json").write_text(json.dumps(records), encoding="utf-8")
    skipped: list = []
    items = list(read_paths([str(tmp_path)], None, skipped))
    assert not skipped
    assert [i.text for i in items if isinstance(i, Record)] == [STORY]


def test_the_folder_run_ends_well_and_names_the_file(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "expected.json").write_text(json.dumps(NOT_DOCUMENTS["expected.json"]), encoding="utf-8")
    assert main(["score", str(folder), "--json"]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records if not r.get("error")] == ["story.txt"]
    # (pasted30: a file not read is a record of its own, saying why)
    [error] = [r["error"] for r in records if r.get("error")]
    assert error.startswith("not read: ") and "no text field" in error
    assert "expected.json" in err and "no text field" in err
    assert "example.org" not in err  # (its keys are no columns to list)


def test_given_by_name_it_still_stops_with_its_reason(tmp_path, capsys):
    path = tmp_path / "expected.json"
    path.write_text(json.dumps(NOT_DOCUMENTS["expected.json"]), encoding="utf-8")
    assert main(["score", str(path), "--json"]) != 0
    assert "expected.json" in capsys.readouterr().err
