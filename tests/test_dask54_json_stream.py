"""(dask54) `xlplugin score FILE --json` prints each document's line as its result comes, and keeps of
a result only what the summary counts (`cli.Tally`): every result was kept to the end (about 22 KB
a document), so the run's memory grew with the file. The lines are those of the unstreamed printer
(`cli._print_json` of every result), rows that could not be read in their places. Every text here is
written for these tests."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dask51_failures import good_text  # noqa: E402

from xlplugin import cli  # noqa: E402
from xlplugin.engine import score_many  # noqa: E402
from xlplugin.inputs import Record, read_paths  # noqa: E402
from xlplugin.kind_shown import as_shown  # noqa: E402


def _write(path: Path) -> Path:
    """Six rows: a short row (refused: a Problem) between documents and one at the end, a row twice."""
    rows = [["a1", good_text(1)], ["a2", good_text(2)], ["short"], ["a4", good_text(4)], ["a5", good_text(1)], ["tail"]]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "body"])
        writer.writerows(rows)
    return path


def _unstreamed(path: Path, capsys) -> list[str]:
    items = list(read_paths([str(path)], None, []))
    results = [as_shown(r) for r in score_many([i.as_input(note=False) for i in items if isinstance(i, Record)])]
    capsys.readouterr()
    cli._print_json(items, results)
    return capsys.readouterr().out.splitlines()


def _without_time(line: str) -> dict:
    data = json.loads(line)
    data.pop("stamp", None)  # (the moment it was scored)
    return data


def test_the_streamed_lines_are_the_unstreamed_ones(tmp_path, capsys):
    path = _write(tmp_path / "desk.csv")
    capsys.readouterr()
    assert cli.main(["score", str(path), "--json"]) == cli.EXIT_USAGE  # (the short rows set the exit status)
    out = capsys.readouterr()
    streamed = out.out.splitlines()
    assert [_without_time(line) for line in streamed] == [_without_time(line) for line in _unstreamed(path, capsys)]
    assert [json.loads(line)["error"] is not None for line in streamed] == [False, False, True, False, False, True]
    assert "a5: same text as a1" in out.err and "4 documents read" in out.err  # (the summary, from the tallies)


def test_each_line_is_printed_before_the_next_document_is_scored(tmp_path, capsys, monkeypatch):
    path = _write(tmp_path / "desk.csv")
    printed: list[int] = []

    def watched(inputs, **options):
        for result in score_many(inputs, **options):
            printed.append(capsys.readouterr().out.count("\n"))  # (lines out before this result is handed on)
            yield result

    monkeypatch.setattr(cli, "score_many", watched)
    capsys.readouterr()
    cli.main(["score", str(path), "--json"])
    assert printed[1:] == [1, 1, 2]  # (a1's line before a2 is handed on; a2's and the short row's before a4 ...)


def test_the_run_keeps_tallies_not_results(tmp_path, capsys, monkeypatch):
    kept = []
    tally = cli.Tally.of
    monkeypatch.setattr(cli.Tally, "of", staticmethod(lambda result: kept.append(result.id) or tally(result)))
    cli.main(["score", str(_write(tmp_path / "desk.csv")), "--json"])
    assert kept == ["a1", "a2", "a4", "a5"]


def test_a_workbook_asked_for_beside_the_lines_still_has_every_row(tmp_path, capsys):
    """(guard) -o with --json: the workbook needs every result, and gets it."""
    import openpyxl

    path, book = _write(tmp_path / "desk.csv"), tmp_path / "scored.xlsx"
    cli.main(["score", str(path), "--json", "-o", str(book)])
    assert len(capsys.readouterr().out.splitlines()) == 6
    sheet = openpyxl.load_workbook(book).worksheets[0]
    ids = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert {"a1", "a2", "a4", "a5"} <= set(ids)
