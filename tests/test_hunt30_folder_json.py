"""(hunt30) A folder's JSON Lines and .json files are read as tables, as they are when given by
name: the same rows, each id naming its file ("notes.json:k7"), so that none can be a .txt file's
of the same stem; the message about the files a folder holds that are not read names the types
that are read, .json among them; the record a Dask run writes beside its parts is no table."""

import json
from pathlib import Path

import pytest

from xlplugin.cli import main
from xlplugin.inputs import Problem, Record, input_files, read_paths

# Fresh texts, written for these tests.
STORIES = [
    "The harbour board approved a new ferry timetable on Wednesday, its chair, Lena Moss, said. "
    "Crossings will run every 40 minutes from March, up from every hour, according to the board's notice.",
    "A volunteer group planted 300 oak saplings along the river path on Saturday, the group's "
    "coordinator, Sam Okafor, said. The council paid for the trees from its parks budget.",
    "Bus fares in the county will rise by 10 cents in April, the transport authority said in a "
    "statement on Monday. Monthly passes keep their price, a spokeswoman, Ines Vidal, said.",
    "The museum's new wing opened to visitors on Sunday after two years of work, its director, "
    "Ruth Abara, said. About 1,200 people came on the first day, the museum's count showed.",
]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "notes.json").write_text(json.dumps([{"id": "k7", "title": "Ferry timetable", "text": STORIES[0]},
                                                   {"text": STORIES[1]}]), encoding="utf-8")
    (folder / "sub" / "feed.jsonl").write_text("\n".join(json.dumps({"body": s}) for s in STORIES[2:]) + "\n",
                                               encoding="utf-8")
    (folder / "notes.txt").write_text(STORIES[3], encoding="utf-8")  # (the same stem as notes.json)
    return folder


def _texts(items) -> dict[str, str]:
    return {i.id: i.text for i in items if isinstance(i, Record)}


def test_a_folders_json_files_are_read_with_ids_naming_the_file(tmp_path):
    folder = _folder(tmp_path)
    skipped: list = []
    items = list(read_paths([str(folder)], None, skipped))
    assert not skipped and not [i for i in items if isinstance(i, Problem)]
    assert _texts(items) == {"notes.json:k7": STORIES[0], "notes.json:2 (no id)": STORIES[1],
                             "sub/feed.jsonl:1": STORIES[2], "sub/feed.jsonl:2": STORIES[3],
                             "notes.txt": STORIES[3]}
    ids = [i.id for i in items]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", ["notes.json", "sub/feed.jsonl"])
def test_the_same_rows_as_the_file_given_by_name(tmp_path, name):
    folder = _folder(tmp_path)
    alone = [i.text for i in read_paths([str(folder / name)]) if isinstance(i, Record)]
    inside = [text for doc_id, text in _texts(read_paths([str(folder)])).items() if doc_id.startswith(name + ":")]
    assert alone and alone == inside


def test_an_ndjson_file_and_a_capitalised_name_are_read_too(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "EXPORT.JSON").write_text(json.dumps([{"content": STORIES[0]}]), encoding="utf-8")
    (folder / "more.ndjson").write_text(json.dumps({"article": STORIES[1]}) + "\n", encoding="utf-8")
    assert set(_texts(read_paths([str(folder)]))) == {"EXPORT.JSON:1", "more.ndjson:1"}


def test_a_json_file_that_is_no_table_is_said_not_dropped(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "story.txt").write_text(STORIES[0], encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    items = list(read_paths([str(folder)], None, []))
    problems = [i for i in items if isinstance(i, Problem)]
    assert len(problems) == 1 and "broken.json" in problems[0].message and "not a JSON file" in problems[0].message
    assert "story.txt" in _texts(items)


def test_the_not_read_message_names_the_types_read(tmp_path, capsys):
    folder = _folder(tmp_path)
    (folder / "report.docx").write_bytes(b"PK")
    (folder / ".hidden.json").write_text("[]", encoding="utf-8")  # (hidden: neither read nor listed)
    assert main(["score", str(folder)]) == 0
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "not a supported type" in x)
    assert "report.docx" in line and "notes.json" not in line and "feed.jsonl" not in line
    assert all(t in line for t in (".txt", ".md", ".html", ".csv", ".jsonl", ".ndjson", ".json"))
    assert "5 documents read" in err and ".hidden.json" not in err


def test_an_empty_folder_names_every_type_read(tmp_path, capsys):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "report.docx").write_bytes(b"PK")
    main(["score", str(folder)])
    out = capsys.readouterr().out
    assert "nothing to read in this folder (files of these types are read:" in out and ".jsonl" in out and ".json" in out


def test_a_dask_runs_record_is_no_table(tmp_path):
    from xlplugin.dask import MANIFEST

    folder = tmp_path / "out"
    folder.mkdir()
    (folder / MANIFEST).write_text(json.dumps({"parts": [], "inputs": ["a"]}), encoding="utf-8")
    (folder / "story.txt").write_text(STORIES[0], encoding="utf-8")
    skipped: list = []
    items = list(read_paths([str(folder)], None, skipped))
    assert [i.id for i in items] == ["story.txt"]
    assert len(skipped) == 1 and "dask run" in skipped[0].reason


def test_dasks_folder_path_reads_the_same_rows(tmp_path):
    pytest.importorskip("dask")
    from xlplugin.dask import _file_parts, _score_found
    from xlplugin.settings import Settings

    folder = _folder(tmp_path)
    tables = [_score_found(part, None, Settings()) for part in _file_parts(input_files([str(folder)]))]
    ids = [doc_id for table in tables for doc_id in table.column("id").to_pylist()]
    assert sorted(ids) == sorted(_texts(read_paths([str(folder)])))


def test_a_json_object_of_many_keys_gets_a_message_of_some_lines(tmp_path):
    """A JSON file that is no table of documents (an object keyed by web addresses, as a test's
    expected values are kept), given by name, is said in a message that names a few of its columns
    (in a folder it is listed as not read: tests/test_lead30_folder_json_not_documents.py)."""
    keyed = {f"https://news.example/{n}/a-long-address-of-a-story-about-the-harbour-{n}": {"file": f"{n}.html"}
             for n in range(400)}
    (tmp_path / "expected.json").write_text(json.dumps(keyed), encoding="utf-8")
    problems = [i for i in read_paths([str(tmp_path / "expected.json")]) if isinstance(i, Problem)]
    assert len(problems) == 1 and "no text column found" in problems[0].message
    assert len(problems[0].message) < 2000 and problems[0].message.endswith("and 380 more")


def test_a_short_list_of_columns_is_named_whole(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"headline": "Bridge", "summary": "A bridge", "link": "https://x.example/1"}) + "\n",
                    encoding="utf-8")
    problems = [i for i in read_paths([str(path)]) if isinstance(i, Problem)]
    assert problems and problems[0].message.endswith("columns are: headline, summary, link")


def test_a_folders_own_json_output_and_an_empty_json_file_are_said_not_read(tmp_path, capsys):
    """`xlplugin score FOLDER --json > FOLDER/scores.jsonl`: the file is empty while that run reads
    the folder, and holds the run's records after it; neither is a table of documents (the next
    run scored every file twice), and neither is an error."""
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "story.txt").write_text(STORIES[0], encoding="utf-8")
    (folder / "scores.jsonl").write_text("", encoding="utf-8")
    assert main(["score", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "1 document read" in err and "an empty file" in err and "unreadable" not in err.split("read,")[-1][:3]
    assert main(["score", str(folder), "--json"]) == 0
    (folder / "scores.jsonl").write_text(capsys.readouterr().out, encoding="utf-8")
    (folder / "scores.json").write_text(json.dumps([json.loads(line) for line in
                                                    (folder / "scores.jsonl").read_text().splitlines()]), encoding="utf-8")
    skipped: list = []
    items = list(read_paths([str(folder)], None, skipped))
    assert [i.id for i in items] == ["story.txt"]
    assert sorted(Path(s.path).name for s in skipped) == ["scores.json", "scores.jsonl"]
    assert all("xlplugin score --json output" in s.reason for s in skipped)
    alone = [i for i in read_paths([str(folder / "scores.jsonl")]) if isinstance(i, Record)]
    assert [i.text for i in alone] == [STORIES[0]]  # (given by name: its texts are read again, as before)


def test_a_table_holding_one_record_of_ours_among_others_is_read(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    ours = {"id": "old", "text": STORIES[1], "signals": {}, "stamp": {}, "reliability": 80, "contributors": [],
            "weights": {}}
    (folder / "mixed.jsonl").write_text(json.dumps({"text": STORIES[0]}) + "\n" + json.dumps(ours) + "\n",
                                        encoding="utf-8")
    assert set(_texts(read_paths([str(folder)]))) == {"mixed.jsonl:1 (no id)", "mixed.jsonl:old"}
