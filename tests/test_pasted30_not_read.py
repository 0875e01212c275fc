"""(pasted30) Files of a folder that `score` does not read are said in the workbook, not on stderr
only: the Overview counts them and names each with its reason (kept by a refresh), and --json gives
a record for each. A news feed (RSS, Atom) is refused saying what it is. Every text here is
written for these tests."""

from __future__ import annotations

import json

import openpyxl
import pytest

from xlplugin.cli import main
from xlplugin.settings import Settings
from xlplugin.inputs import FEED_REASON, Problem, Record, Skipped, read_paths
from xlplugin.workbook.rows import NOT_READ_TITLE, overview_rows

STORY = ("Harbour Lane will close for four weeks from 3 May while a sewer is relined, the water company said on "
         "Thursday. Buses will run along Quay Street instead. \"We have timed the work for the quietest month,\" said "
         "Ruth Amis, the company's project lead.\n")

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Fenby Courier</title><link>https://fenby.example/</link>
<item><title>Library reopens after roof repair</title><link>https://fenby.example/a</link>
<description><![CDATA[<p>The town library reopened on Monday.</p>]]></description></item>
<item><title>New crossing for Mill Road</title><link>https://fenby.example/b</link>
<description>A zebra crossing will be painted in June.</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Orla's allotment notes</title>
<entry><title>Broad beans in</title><link href="https://orla.example/beans"/><summary>Sowed two rows.</summary></entry>
</feed>
"""
# an .xml file that is no feed: still "not a supported type", as before
PLAIN_XML = """<?xml version="1.0"?>\n<config><colour>blue</colour></config>\n"""


def _folder(tmp_path, extra: dict[str, str]):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    for name, text in extra.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _overview(book) -> list[tuple]:
    return [tuple(row[:2]) for row in openpyxl.load_workbook(book)["Overview"].iter_rows(values_only=True)]


@pytest.mark.parametrize("name,text", [("feed.xml", RSS), ("notes.atom", ATOM), ("latest.rss", RSS)])
def test_a_news_feed_is_refused_saying_what_it_is(tmp_path, name, text):
    folder = _folder(tmp_path, {name: text})
    skipped: list[Skipped] = []
    items = list(read_paths([str(folder)], skipped=skipped))
    assert [item.id for item in items if isinstance(item, Record)] == ["story.txt"]
    assert [(s.path.endswith(name), s.reason) for s in skipped] == [(True, FEED_REASON)]
    # given by name: a Problem saying the same
    problems = [item for item in read_paths([str(folder / name)]) if isinstance(item, Problem)]
    assert len(problems) == 1 and "news feed (RSS or Atom)" in problems[0].message


def test_an_xml_file_that_is_no_feed_is_still_an_unsupported_type(tmp_path):
    folder = _folder(tmp_path, {"settings.xml": PLAIN_XML})
    skipped: list[Skipped] = []
    list(read_paths([str(folder)], skipped=skipped))
    assert len(skipped) == 1 and skipped[0].reason.startswith("not a supported type")


def test_the_overview_counts_and_names_the_files_not_read(tmp_path):
    folder = _folder(tmp_path, {"feed.xml": RSS, "minutes.docx": "not really a Word file", "data.parquet": "x"})
    book = tmp_path / "out.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q", "--workers", "1"]) == 0
    rows = _overview(book)
    at = rows.index((NOT_READ_TITLE, 3))
    named = [row[0] for row in rows[at + 1:at + 4]]
    assert [line.split(": ", 1)[0].rsplit("/", 1)[-1] for line in named] == ["data.parquet", "feed.xml", "minutes.docx"]
    assert "news feed" in named[1] and "not a supported type" in named[0]
    # the documents read are counted as before, and the weights still follow
    assert ("Documents with an index (the bands above)", 1) in rows
    assert any(str(row[0]).startswith("Weight of each column") for row in rows[at + 4:])


def test_a_refresh_keeps_the_files_not_read_on_the_overview(tmp_path):
    folder = _folder(tmp_path, {"feed.xml": RSS})
    book, again = tmp_path / "out.xlsx", tmp_path / "again.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q", "--workers", "1"]) == 0
    assert main(["refresh", str(book), "--weight", "sentiment=1", "--output", str(again), "-q"]) == 0
    rows = _overview(again)
    assert (NOT_READ_TITLE, 1) in rows
    assert any(str(row[0]).endswith(FEED_REASON) for row in rows)


def test_no_lines_when_every_file_was_read(tmp_path):
    """The near miss: a folder of readable files gives the Overview it always had."""
    folder = _folder(tmp_path, {"second.md": STORY.replace("Harbour Lane", "Pier Road")})
    book = tmp_path / "out.xlsx"
    assert main(["score", str(folder), "-o", str(book), "-q", "--workers", "1"]) == 0
    rows = _overview(book)
    assert not any(NOT_READ_TITLE == row[0] for row in rows)
    # the header, then the bands, totals and weights as ever (the same number of rows)
    assert len(rows) == 1 + len(overview_rows([90.0, 90.0], Settings().weights))


def test_json_gives_a_record_for_each_file_not_read(tmp_path, capsys):
    folder = _folder(tmp_path, {"feed.xml": RSS, "scan.pdf": "%PDF-1.4 not really"})
    assert main(["score", str(folder), "--json", "-q", "--workers", "1"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert [r["id"].rsplit("/", 1)[-1] for r in records] == ["story.txt", "feed.xml", "scan.pdf"]
    assert records[0]["error"] is None and records[0]["reliability"] is not None
    assert records[1]["error"] == "not read: " + FEED_REASON
    assert records[2]["error"].startswith("not read: not a supported type")
    assert set(records[1]) == set(records[0]) and records[1]["reliability"] is None


def test_the_summary_counts_the_files_not_read(tmp_path, capsys):
    folder = _folder(tmp_path, {"feed.xml": RSS})
    assert main(["score", str(folder), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "1 other file not read" in err and "news feed (RSS or Atom)" in err
