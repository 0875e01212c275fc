"""(hunt31) The files of a folder that are not read: the workbook's Overview names each from the
folder given ("clippings/scan.pdf"), not by its whole path ("/home/NAME/.../clippings/scan.pdf",
which a shared workbook showed to everyone); and `--engine dask` says them as the default engine
does: its summary counts them ("3 other files not read") and its run file lists each with its
reason, as the workbook's Overview and --json do. Near misses: a folder with nothing left out has
none of this; --json keeps each file's path as found (it names the file for a program)."""

from __future__ import annotations

import json

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.workbook.rows import NOT_READ_TITLE

STORY = ("The ferry to Carrow Island will run an extra evening crossing from June, the operator said on Tuesday. "
         "\"Islanders asked for it at two meetings,\" said Hana Lund, the operator's manager.\n")


def _folder(tmp_path, extra):
    folder = tmp_path / "home" / "dana" / "clippings"
    (folder / "old").mkdir(parents=True)
    (folder / "ferry.txt").write_text(STORY, encoding="utf-8")
    for name, text in extra.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _not_read_lines(book):
    rows = [row[0] for row in openpyxl.load_workbook(book)["Overview"].iter_rows(values_only=True)]
    at = next(i for i, value in enumerate(rows) if value == NOT_READ_TITLE)
    end = next(i for i, value in enumerate(rows) if str(value).startswith("Weight of each column"))
    return [value for value in rows[at + 1:end] if value]


def test_the_overview_names_each_file_from_the_folder_given(tmp_path, monkeypatch):
    folder = _folder(tmp_path, {"scan.pdf": "%PDF-1.4 not really", "old/minutes.docx": "not a Word file"})
    book = tmp_path / "out.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q", "--workers", "1"]) == 0
    lines = _not_read_lines(book)
    assert [line.split(": ", 1)[0] for line in lines] == ["clippings/old/minutes.docx", "clippings/scan.pdf"]
    assert not any(str(tmp_path) in line or "/home/dana" in line for line in lines)
    # given as a relative path, from the folder above it: the same names
    monkeypatch.chdir(folder.parent)
    relative = tmp_path / "relative.xlsx"
    assert main(["score", "clippings", "-o", str(relative), "-q", "--workers", "1"]) == 0
    assert _not_read_lines(relative) == lines


def test_near_miss_json_keeps_the_path_as_found(tmp_path, capsys):
    folder = _folder(tmp_path, {"scan.pdf": "%PDF-1.4 not really"})
    assert main(["score", str(folder), "--json", "-q", "--workers", "1"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[-1]["id"] == str(folder / "scan.pdf") and records[-1]["error"].startswith("not read: ")


def test_dask_plan_lists_the_files_not_read_in_its_run_file(tmp_path):
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    import xlplugin.dask as engine

    folder = _folder(tmp_path, {"scan.pdf": "%PDF-1.4 not really", "photo.png": "not an image"})
    out = tmp_path / "out"
    plan = engine.plan_files([str(folder)], out)
    assert [name for name, _ in plan.files_not_read] == ["clippings/photo.png", "clippings/scan.pdf"]
    manifest = json.loads((out / engine.MANIFEST).read_text(encoding="utf-8"))
    assert [entry[0] for entry in manifest["not_read"]] == ["clippings/photo.png", "clippings/scan.pdf"]
    assert all(entry[1].startswith("not a supported type") for entry in manifest["not_read"])
    # a folder with every file read lists none
    (folder / "scan.pdf").unlink()
    (folder / "photo.png").unlink()
    assert engine.plan_files([str(folder)], tmp_path / "out2").files_not_read == []


@pytest.mark.slow  # (a local Dask cluster: some 20 s)
def test_dask_summary_counts_the_files_not_read_as_the_default_engine(tmp_path, capsys):
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    folder = _folder(tmp_path, {"scan.pdf": "%PDF-1.4 not really", "feed.rss": "<rss><channel></channel></rss>"})
    assert main(["score", str(folder), "-o", str(tmp_path / "plain.xlsx"), "--workers", "1"]) == 0
    plain = [line for line in capsys.readouterr().err.splitlines() if "unreadable" in line][-1]
    assert main(["score", str(folder), "--engine", "dask", "--workers", "1", "-o", str(tmp_path / "parts")]) == 0
    dask = [line for line in capsys.readouterr().err.splitlines() if "unreadable" in line][-1]
    assert ", 2 other files not read, in " in plain
    assert ", 2 other files not read, in " in dask
