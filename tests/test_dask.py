"""Corpora on Dask: xlplugin.frame (Arrow tables), xlplugin.dask (a real LocalCluster of two
worker processes on 127.0.0.1) and `xlplugin score --engine dask`.

The cluster is started once for the module (a few seconds); the command-line tests reach it with
--scheduler, except the killed-run test, which starts and kills a cluster of its own.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import xlplugin  # noqa: E402
from xlplugin.cells import why_text  # noqa: E402
from xlplugin.cli import main  # noqa: E402
from xlplugin.errors import InputError  # noqa: E402

from samples import CALM_REPORT, CHARGED_RANT, FRENCH, HAPPY_NOTE, SHORT_ENGLISH  # noqa: E402
from workbook_helpers import HAPPY_DAY  # noqa: E402

# The evidence column's type, written out here rather than taken from the module under test.
EVIDENCE = pa.list_(pa.struct([("signal", pa.string()), ("kind", pa.string()), ("text", pa.string()),
                               ("start", pa.int64()), ("end", pa.int64()), ("detail", pa.string())]))


def articles(n: int) -> pd.DataFrame:
    base = [CALM_REPORT, CHARGED_RANT, HAPPY_DAY, FRENCH, ""]
    return pd.DataFrame({
        "doc": [f"d{i}" for i in range(n)],
        "body": [f"{base[i % len(base)]} Item {i}." if base[i % len(base)] else "" for i in range(n)],
        "url": ["https://example.org/a" if i % 3 == 0 else "" for i in range(n)],
        "date": [f"2026-01-{1 + i % 28:02d}" for i in range(n)],
    })


def expected_rows(frame: pd.DataFrame) -> list[dict]:
    """What score_many gives for the same documents, as the frame's columns should hold it (the
    date column read as `xlplugin score` reads a CSV file's: every path finds it by name)."""
    docs = [{"text": t, "id": i, "url": u, "date": d} for t, i, u, d in zip(frame["body"], frame["doc"], frame["url"], frame["date"])]
    rows = []
    from xlplugin.kind_shown import as_shown

    # (hunt51) as --json shows them: a row with no kind says why in its kind cues ("not scored")
    for r in map(as_shown, xlplugin.score_many(docs, workers=1)):
        row = {"reliability": r.reliability, "language": r.language, "note": r.note, "stamp_text": r.stamp["text"],
               "kind": r.kind, "kind_cues": list(r.kind_cues), "why": why_text(r)}
        for name, score in r.signals.items():
            row[name] = score.value
            row[f"{name}_score"] = score.score
        row["evidence"] = [{"signal": name, "kind": e.kind, "text": e.text, "start": e.start, "end": e.end, "detail": e.detail}
                           for name, score in r.signals.items() for e in score.evidence]
        rows.append(row)
    return rows


def rows_of(table: pa.Table) -> list[dict]:
    keys = ["reliability", "language", "note", "stamp_text", "kind", "kind_cues", "why", "evidence"] + [
        c for name in xlplugin.SCORER_NAMES for c in (name, f"{name}_score")]
    return [{k: row[k] for k in keys} for row in table.to_pylist()]


def test_score_table_gives_score_many_rows_in_order():
    frame = articles(23)
    table = xlplugin_frame().score_table(pa.Table.from_pandas(frame, preserve_index=False), text="body", id="doc")
    assert table.column_names[:1] == ["doc"]  # the user's own columns first, the text left out
    # ((hunt40b) then how each row was read, as a CSV file's row on --engine dask gives it)
    # then the document's fields, the input's url and date columns standing for theirs in their places
    # ((parity40) all four reading columns, as a CSV file's parts have them; (hunt44) in a CSV file's parts' order)
    # ((dask45) the id each row was scored under, as a CSV file's parts give it, where no column is named id)
    assert table.column_names[1:14] == ["input_id", "input_source", "input_note", "input_error", "id", "title", "url", "outlet",
                                        "author", "date", "kind", "kind_cues", "why"]
    assert table.schema == xlplugin_frame().output_schema(pa.Schema.from_pandas(frame, preserve_index=False), "body")
    # a column named like a given field, case ignored, stands for it (one name for Spark and DuckDB),
    # (dask45) under the field's name, as a CSV file's parts and --json give it
    capitals = xlplugin_frame().score_table(pa.table({"body": [CALM_REPORT], "Title": ["Rates"], "URL": ["x"]}))
    assert capitals.column_names[:10] == ["input_id", "input_source", "input_note", "input_error", "id", "title", "url", "outlet",
                                          "author", "date"]
    assert capitals.column("title").to_pylist() == ["Rates"]
    assert table.schema.field("kind_cues").type == pa.list_(pa.string())
    assert rows_of(table) == expected_rows(frame)
    # "": French and empty texts, not scored; the charged rant argues at the reader with its own loaded words (kinds18)
    assert set(table.column("kind").to_pylist()) == {"news report", "opinion or analysis", ""}
    assert table.schema.field("evidence").type == EVIDENCE


def test_score_table_reads_author_and_date_columns_as_a_csv_file_is_read():
    """A byline and a typed date column of a Parquet table count as they do in a CSV file; a date
    cell that is no date ("n/a") counts as none."""
    import datetime

    body = [CALM_REPORT, CALM_REPORT, CALM_REPORT]
    table = pa.table({"body": body, "byline": ["Ines Ribeiro", "", "Ines Ribeiro"],
                      "published": pa.array([datetime.date(2026, 3, 4), None, None], type=pa.date32())})
    scored = xlplugin_frame().score_table(table).to_pylist()
    expected = list(xlplugin.score_many([{"text": body[0], "author": "Ines Ribeiro", "date": "2026-03-04"},
                                         {"text": body[1]}, {"text": body[2], "author": "Ines Ribeiro"}], workers=1))
    assert [row["provenance"] for row in scored] == [r.signals["provenance"].value for r in expected]
    assert [row["author"] for row in scored] == ["Ines Ribeiro", "", "Ines Ribeiro"]
    assert scored[0]["date"] == "2026-03-04" and scored[1]["date"] == ""
    assert scored[0]["provenance"] != scored[1]["provenance"]
    words = pa.table({"body": body[:1], "date": ["n/a"]})
    assert xlplugin_frame().score_table(words).column("provenance").to_pylist() == [expected[1].signals["provenance"].value]


def test_score_table_refuses_a_missing_or_non_text_column():
    frame = pa.table({"headline": ["a"], "words": [3]})
    with pytest.raises(InputError, match="no column named 'body'.*headline, words"):
        xlplugin_frame().score_table(frame, text="body")
    with pytest.raises(InputError, match="'words' holds int64, not text"):
        xlplugin_frame().score_table(frame, text="words")


def xlplugin_frame():
    from xlplugin import frame

    return frame


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0")
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_score_frame_on_a_cluster_keeps_rows_partitions_and_order(client):
    from xlplugin.dask import score_frame

    frame = articles(40)
    ddf = dd.from_pandas(frame, npartitions=4)
    scored = score_frame(ddf, text="body", id="doc")
    assert scored.npartitions == 4
    result = scored.compute()
    assert list(result["doc"]) == list(frame["doc"])
    table = pa.Table.from_pandas(result, preserve_index=False)
    assert rows_of(table) == expected_rows(frame)
    assert table.schema.field("evidence").type == EVIDENCE


def test_score_pandas_takes_object_columns_and_missing_texts():
    """Text in an object column (pandas before 3, or built by hand): the empty frame Dask plans
    with has no type to go by; a missing text is scored as an empty one, with its reason."""
    frame = xlplugin_frame()
    empty = pd.DataFrame({"doc": pd.Series([], dtype=object), "body": pd.Series([], dtype=object)})
    assert list(frame.score_pandas(empty, "body").columns) == [
        "doc", "input_id", "input_source", "input_note", "input_error", "id", "title", "url", "outlet", "author", "date", "kind", "kind_cues", "why"] + frame.SCORE_SCHEMA.names + ["text", "status"]
    texts = articles(3).astype(object)
    texts.loc[1, "body"] = None
    result = frame.score_pandas(texts, "body", id="doc")
    assert result["reliability"].isna().tolist() == [False, True, False]
    assert "empty" in result["note"].iloc[1]


def test_word_lists_are_loaded_once_per_worker(client):
    from xlplugin.dask import score_frame

    score_frame(dd.from_pandas(articles(40), npartitions=8), text="body").compute()
    state = client.run(lambda: (__import__("xlplugin.dask").dask._warm_ups, __import__("xlplugin.syllables").syllables.load.cache_info().misses))
    assert len(state) == 2
    # the plugin ran once in each worker; the CMU dictionary was read once, by it, whatever the
    # number of partitions the worker scored
    assert sorted(state.values()) == [(1, 1), (1, 1)]


def test_a_missing_text_column_is_a_clear_error_before_anything_runs():
    from xlplugin.dask import score_frame

    with pytest.raises(InputError, match="no column named 'text'; columns are: doc, body, url, date"):
        score_frame(dd.from_pandas(articles(4), npartitions=2), text="text")


def test_cli_missing_text_column(tmp_path, capsys):
    articles(4).to_parquet(tmp_path / "a.parquet")
    code = main(["score", str(tmp_path / "a.parquet"), "--engine", "dask", "--text-column", "content", "-o", str(tmp_path / "out")])
    assert code == 2
    assert "no column named 'content'; columns are: doc, body, url, date" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob("part.*"))


def write_corpus(folder: Path, frame: pd.DataFrame, files: int, kind: str = "parquet") -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    size = -(-len(frame) // files)
    paths = []
    for k in range(files):
        part = frame.iloc[k * size:(k + 1) * size]
        path = folder / f"articles-{k}.{kind}"
        part.to_parquet(path, index=False) if kind == "parquet" else part.to_csv(path, index=False)
        paths.append(str(path))
    return paths


def read_parts(out: Path) -> pa.Table:
    parts = sorted(out.glob("part.*.parquet"))
    return pa.concat_tables([pq.read_table(p) for p in parts])


@pytest.mark.parametrize("kind", ["parquet", "csv"])
def test_cli_writes_one_part_per_input_partition(client, tmp_path, kind, capsys):
    frame = articles(30)
    paths = write_corpus(tmp_path / "in", frame, 3, kind)
    out = tmp_path / "scored"
    address = client.scheduler.address
    assert main(["score", *paths, "--engine", "dask", "--scheduler", address, "--text-column", "body", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["_xlplugin.json", "part.00000.parquet", "part.00001.parquet", "part.00002.parquet"]
    table = read_parts(out)
    assert table.column("doc").to_pylist() == list(frame["doc"])
    assert rows_of(table) == expected_rows(frame)  # the date column read from Parquet as from CSV
    assert pq.read_schema(out / "part.00000.parquet").field("evidence").type == EVIDENCE
    said = capsys.readouterr().err
    assert "3 parts written" in said
    # the counts say what happened: the empty and French texts were read but not scored
    rows = expected_rows(frame)
    indexed = sum(r["reliability"] is not None for r in rows)
    assert f"30 documents read, {indexed} scored, " in said and "12 not scored (6 empty, 6 not English), 0 unreadable" in said
    assert_reads_back(out, frame)
    # the same folder again without --resume: refused, nothing touched
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    assert main(["score", *paths, "--engine", "dask", "--scheduler", address, "--text-column", "body", "-o", str(out)]) == 2
    assert "--resume" in capsys.readouterr().err
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before
    # --resume after an input changed: refused, nothing touched
    frame.iloc[:10].to_parquet(paths[0], index=False) if kind == "parquet" else frame.iloc[:10].to_csv(paths[0], index=False)
    assert main(["score", *paths, "--engine", "dask", "--scheduler", address, "--text-column", "body", "-o", str(out), "--resume"]) == 2
    assert "different run (inputs changed: " in capsys.readouterr().err  # (resume33: and which, "in.parquet edited")
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before


def assert_reads_back(out: Path, frame: pd.DataFrame) -> None:
    """The folder reads back with the plain pandas and Dask calls, whole or one part, list columns
    included (pandas could not rebuild their dtype from the metadata written before)."""
    whole = pd.read_parquet(out)
    assert list(whole["doc"]) == list(frame["doc"])
    assert [list(e) for e in whole["evidence"]] == [r["evidence"] for r in expected_rows(frame)]
    assert len(pd.read_parquet(sorted(out.glob("part.*.parquet"))[0])) == len(frame) // 3 or len(frame) < 3
    assert list(dd.read_parquet(str(out)).compute()["doc"]) == list(frame["doc"])
    typed = pd.read_parquet(out, dtype_backend="pyarrow", columns=["doc", "reliability"])
    assert len(typed) == len(frame)


def test_write_parquet_reads_back_with_pandas_and_dask(client, tmp_path):
    from xlplugin.dask import score_frame, write_parquet

    frame = articles(12)
    write_parquet(score_frame(dd.from_pandas(frame, npartitions=3), text="body", id="doc", url="url"), tmp_path / "scored")
    assert sorted(p.name for p in (tmp_path / "scored").iterdir()) == [f"part.0000{i}.parquet" for i in range(3)]
    assert_reads_back(tmp_path / "scored", frame)
    assert pq.read_schema(tmp_path / "scored" / "part.00000.parquet").field("evidence").type == EVIDENCE


@pytest.mark.slow
def test_resume_after_a_killed_run(client, tmp_path):
    """A run killed mid-way (client, scheduler and workers at once) leaves only complete parts;
    --resume writes the rest and keeps those, and the result is the whole corpus in order."""
    frame = pd.concat([articles(40)] * 6, ignore_index=True)
    frame["doc"] = [f"d{i}" for i in range(len(frame))]
    paths = write_corpus(tmp_path / "in", frame, 12)
    out = tmp_path / "scored"
    command = [sys.executable, "-m", "xlplugin.cli", "score", *paths, "--engine", "dask", "--workers", "2",
               "--text-column", "body", "-o", str(out), "-q"]
    run = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not list(out.glob("part.*.parquet")) and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.02)
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the run's own process group: its cluster goes with it
        run.wait()
    written = {p.name: p.stat().st_mtime_ns for p in out.glob("part.*.parquet")}
    assert 1 <= len(written) < 12, f"the run was not killed mid-way ({len(written)} parts)"
    for part in written:
        assert pq.read_table(out / part).num_rows == 20  # every part there is complete

    code = main(["score", *paths, "--engine", "dask", "--scheduler", client.scheduler.address, "--text-column", "body",
                 "-o", str(out), "--resume", "-q"])
    assert code == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part.*.parquet") if p.name in written} == written
    assert len(list(out.glob("part.*.parquet"))) == 12
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    table = read_parts(out)
    assert table.column("doc").to_pylist() == list(frame["doc"])
    assert rows_of(table) == expected_rows(frame)


def test_import_xlplugin_imports_no_dask_or_arrow():
    code = "import sys, xlplugin; xlplugin.score_text('A short text.'); print(sorted(m for m in ('dask', 'distributed', 'pyarrow', 'pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- Inputs read as `xlplugin score` reads them ------------------------------------------------

# Each text in one file only: the default engine marks paragraphs that recur across a run's
# documents as furniture, a Dask run across each part's, and these tests are about reading.
FERRY_TEXT = ("The ferry timetable changes next week, the operator said in a statement. Two early crossings are "
              "dropped and a late one is added, according to the published schedule.\n\nPassengers with "
              "season tickets will be refunded for the dropped crossings, a spokesperson confirmed.")
LIBRARY_TEXT = ("This is the most shameful library closure ever! The idiots running the county obviously hate "
                "books and everyone knows they lie about the budget.")
CAFE_TEXT = ("The new café on the harbour opened on Monday, the owner said. About forty people queued before nine, "
             "according to staff, and the council confirmed that the licence runs for two years.")


# A saved news page that says who wrote it, when, where and under which address: the default
# engine's --json gives these as the page's title, author, date, outlet and url.
PAGE = """<!DOCTYPE html><html><head><title>Tram line to reopen in spring | Lakeside Courier</title>
<meta property="og:title" content="Tram line to reopen in spring">
<meta property="og:site_name" content="Lakeside Courier">
<meta property="og:type" content="article">
<meta name="author" content="Marta Olsen">
<meta property="article:published_time" content="2026-03-04T08:00:00Z">
<link rel="canonical" href="https://courier.example.net/city/tram-line-reopens"></head><body>
<nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article><h1>Tram line to reopen in spring</h1>
<p>The eastern tram line will reopen in April after eight months of track repairs, the transport
authority said on Tuesday. Engineers replaced two kilometres of rail and three junctions,
according to the authority's report.</p>
<p>Shop owners along the route told the Courier that trade had fallen while the line was shut.
The council said a fund for affected businesses would stay open until June.</p></article>
<footer>Contact us</footer></body></html>"""


def awkward_inputs(folder: Path) -> list[str]:
    """CSV files a spreadsheet user really has, and a folder: each read by rules of its own."""
    folder.mkdir()
    # Excel in a decimal-comma locale: a byte order mark, semicolons, Windows line ends, a header
    # with spaces and capitals
    with open(folder / "semicolon.csv", "w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(
            [["ID ", "Heading ", " Text "], ["s1", "Calm", CALM_REPORT], ["s2", "Rant", CHARGED_RANT]])
    # not UTF-8: read as Windows-1252, and each row says so
    (folder / "windows.csv").write_bytes(f"id,title,text\r\nw1,Café,\"{CAFE_TEXT}\"\r\n".encode("cp1252"))
    # no id column; an empty record and a blank line between rows; a text over several lines
    (folder / "gaps.csv").write_text(f'title,text\nOne,"{HAPPY_NOTE}"\n"",""\n\nTwo,"{FERRY_TEXT}"\n',
                                     encoding="utf-8")
    # text cells that hold no text, and an empty one
    (folder / "cells.csv").write_text(f'id,text\nc1,#N/A\nc2,12345\nc3,"{CAFE_TEXT} The queue was long."\nc4,\n', encoding="utf-8")
    # a file without a text column: one row saying why, the other files scored all the same
    (folder / "no_text.csv").write_text("id,remarks\nn1,nothing here\n", encoding="utf-8")
    nested = folder / "tree"
    (nested / "sub").mkdir(parents=True)
    (nested / "story.txt").write_text(SHORT_ENGLISH, encoding="utf-8")
    (nested / "tram.html").write_text(PAGE, encoding="utf-8")
    (nested / "sub" / "list.csv").write_text(f'id,text\nr1,"{LIBRARY_TEXT}"\n', encoding="utf-8")
    names = ["semicolon.csv", "windows.csv", "gaps.csv", "cells.csv", "no_text.csv", "tree"]
    return [str(folder / name) for name in names]


# The fields of a document that --json gives and each part's row has under the same name.
DOCUMENT_FIELDS = ("id", "title", "url", "outlet", "author", "date", "kind", "kind_cues", "why", "language",
                   "word_count", "contributors")


def default_engine_rows(paths: list[str], capsys) -> list[dict]:
    """Each input row as `xlplugin score --json` gives it."""
    main(["score", *paths, "--json", "-q"])
    rows = []
    for line in capsys.readouterr().out.splitlines():
        data = json.loads(line)
        fields = {} if data["error"] else {name: data[name] for name in DOCUMENT_FIELDS}
        rows.append({"id": data["id"], "source": data["source"], "input_note": data.get("input_note"),
                     "error": data.get("error"), "reliability": data["reliability"], "note": data.get("note"),
                     "values": {name: s["value"] for name, s in data["signals"].items()},
                     "text": data.get("text"), "fields": fields})
    return rows


def dask_rows(out: Path) -> list[dict]:
    """Each row of the parts, in the shape of `default_engine_rows` (`text`: the scored text,
    which a part holds for a document read from a file, and --json for every one)."""
    rows = []
    for part in sorted(out.glob("part.*.parquet")):
        for row in pq.read_table(part).to_pylist():
            assert row["id"] == row["input_id"]
            error = row["input_error"]
            rows.append({"id": row["id"], "source": row["input_source"], "input_note": row["input_note"],
                         "error": error, "reliability": row["reliability"],
                         "note": None if error else row["note"],
                         "values": {} if error else {n: row[n] for n in xlplugin.SCORER_NAMES},
                         "text": row["text"], "fields": {} if error else {name: row[name] for name in DOCUMENT_FIELDS}})
    return rows


def test_cli_dask_reads_every_input_as_the_default_engine(client, tmp_path, capsys):
    paths = awkward_inputs(tmp_path / "in")
    expected = default_engine_rows(paths, capsys)
    out = tmp_path / "scored"
    assert main(["score", *paths, "--engine", "dask", "--scheduler", client.scheduler.address, "-o", str(out)]) == 2  # rows that could not be read: exit 2, as the default engine
    said = capsys.readouterr().err
    got = dask_rows(out)
    # the scored text, which the evidence offsets point into, on every row read (a page's article,
    # a .txt file's words, a table cell as scored), as --json gives it
    assert got == expected
    # what each awkward file came to, so that equal rows cannot both be wrong the same way
    # (the folder's files in path order: its CSV row's id is the default engine's, whatever that says;
    # a table with no id column, given by name beside others, has ids naming its file)
    ids = [row["id"] for row in got]
    assert ids[:11] + ids[12:] == ["s1", "s2", "w1", "gaps.csv:1", "gaps.csv:2", "c1", "c2", "c3", "c4", "no_text.csv", "story.txt",
                                   "tram.html"]
    assert got[11]["source"].endswith("list.csv line 2")
    page = got[12]["fields"]
    assert (page["title"], page["author"], page["outlet"]) == ("Tram line to reopen in spring", "Marta Olsen",
                                                               "Lakeside Courier")
    assert page["url"] == "https://courier.example.net/city/tram-line-reopens" and page["date"].startswith("2026-03-04")
    assert page["kind"] == "news report" and page["kind_cues"] and page["why"]
    assert "eight months of track repairs" in got[12]["text"] and "Contact us" not in got[12]["text"]
    assert got[2]["fields"]["title"] == "Café" and got[2]["fields"]["kind"]  # a CSV row's title, from its title column
    assert got[2]["input_note"] == "read as Windows-1252 (the file is not UTF-8)"
    assert "error value #N/A" in got[5]["error"] and "no text column" in got[9]["error"]
    # as `xlplugin score` says them: #N/A and 12345 (not text: a number) read and not scored, the
    # file with no text column unreadable (and not a document read)
    # ((hunt39c) the number counted apart, in its own words)
    assert "12 documents read" in said and "1 with no text in the text cell, 1 with a number or a date in the text cell " \
        "instead of a text" in said and ", 1 unreadable" in said
    assert "number" in got[6]["error"]
    # one part per CSV file; the folder's text file, its CSV file and its page a part each (in
    # path order, a CSV file between the two text files)
    assert len(list(out.glob("part.*.parquet"))) == 8
    first = pq.read_table(out / "part.00000.parquet")
    # headers as the default engine reads them; its "ID " column is the id (one column: Spark and
    # DuckDB take "ID" and "id" for the same name)
    assert first.column_names[:2] == ["Heading", "input_id"]
    assert first.column("id").to_pylist() == ["s1", "s2"] and "ID" not in first.column_names


def test_cli_dask_resume_with_an_awkward_csv(client, tmp_path, capsys):
    paths = awkward_inputs(tmp_path / "in")[:3]
    out = tmp_path / "scored"
    command = ["score", *paths, "--engine", "dask", "--scheduler", client.scheduler.address, "-o", str(out), "-q"]
    assert main(command) == 0
    whole = dask_rows(out)
    kept = {p.name: p.stat().st_mtime_ns for p in out.glob("part.*.parquet") if p.name != "part.00001.parquet"}
    (out / "part.00001.parquet").unlink()  # as a killed run leaves it: a part not written
    assert main(command + ["--resume"]) == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part.*.parquet") if p.name in kept} == kept
    assert dask_rows(out) == whole
    assert whole[2]["input_note"] == "read as Windows-1252 (the file is not UTF-8)"


def test_cli_dask_resume_refuses_a_folder_written_without_the_document_fields(client, tmp_path, capsys):
    """Parts written by a version before the document's fields (id, kind, title...) were columns:
    --resume refuses, rather than finish the run with parts of two layouts, and touches nothing."""
    paths = awkward_inputs(tmp_path / "in")[:3]
    out = tmp_path / "scored"
    command = ["score", *paths, "--engine", "dask", "--scheduler", client.scheduler.address, "-o", str(out), "-q"]
    assert main(command) == 0
    manifest = json.loads((out / "_xlplugin.json").read_text(encoding="utf-8"))
    assert manifest["columns"][:6] == ["input_id", "input_source", "input_note", "input_error", "id", "title"]
    del manifest["columns"]  # as the earlier version wrote it
    (out / "_xlplugin.json").write_text(json.dumps(manifest), encoding="utf-8")
    (out / "part.00001.parquet").unlink()
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    assert main(command + ["--resume"]) == 2
    assert "written by an earlier xlplugin" in capsys.readouterr().err
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before


def test_dask_refuses_inputs_that_are_all_missing_before_a_cluster(tmp_path):
    from xlplugin.dask import plan_files

    with pytest.raises(InputError, match="no such file or folder"):
        plan_files([str(tmp_path / "nothing.csv")], tmp_path / "out")
    with pytest.raises(InputError, match="mix Parquet with .csv"):
        articles(2).to_parquet(tmp_path / "a.parquet")
        (tmp_path / "b.csv").write_text("text\nA line.\n", encoding="utf-8")
        plan_files([str(tmp_path / "a.parquet"), str(tmp_path / "b.csv")], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cli_dask_says_which_files_of_a_folder_it_did_not_read(client, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(LIBRARY_TEXT, encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not read")
    out = tmp_path / "scored"
    assert main(["score", str(folder), "--engine", "dask", "--scheduler", client.scheduler.address, "-o", str(out)]) == 0
    said = capsys.readouterr().err
    assert "1 file not read" in said and "scan.pdf" in said
