"""(dask39) The Dask engine gives the rows, fields and scores `xlplugin score` gives for the same
input: a CSV file read in the workers (`plan_files`, each part written by `_write_part`, what a
worker runs) and the same table as Parquet (`score_frame`), against `xlplugin score --json`.
Parts are computed here with Dask's synchronous scheduler: no cluster is started.

Fixed here (each test named after what failed on main):
- a text cell holding a saved web page, in a Parquet table with no title/author/date columns,
  was scored without the page's byline, date, outlet and canonical URL (provenance 57, where
  `xlplugin score` of the same table as CSV gave 88), and those fields were not in its row;
- two Parquet files with an id column: only the first file's rows were scored and written;
- a Parquet file given twice was scored and written twice.
Every text here is written for these tests."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
pq = pytest.importorskip("pyarrow.parquet")
dask_engine = pytest.importorskip("xlplugin.dask")

from xlplugin.cli import main  # noqa: E402

PAGE = """<!doctype html>
<html><head><title>Harbour board extends ferry timetable | Coastline Courier</title>
<meta name="author" content="Maren Holt">
<meta property="article:published_time" content="2026-03-14T09:00:00Z">
<meta property="og:site_name" content="Coastline Courier">
<link rel="canonical" href="https://www.coastlinecourier.example/news/ferry-timetable">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Harbour board extends ferry timetable</h1>
<p class="byline">By Maren Holt, 14 March 2026</p>
<p>The harbour board voted on Tuesday evening to keep the winter ferry timetable running into October,
the board's chair, Ines Larsen, told reporters after the meeting.</p>
<p>Two of the seven members voted against the plan, citing the cost of extra crews, according to the
minutes published on Wednesday. The board said the extension would cost about 240,000 euros a year.</p>
<p>"We listened to the islanders who told us the late boat is the only way to reach the hospital,"
Larsen said. The operator, Nordlys Ferries, said it would hire four deckhands before the summer.</p>
<p>Residents of the outer islands had collected 1,200 signatures for the petition, which was handed
to the board in January, the petition's organiser said.</p>
</article>
<footer>Cookie settings | Privacy | Contact us | Follow us on social media</footer>
</body></html>"""

REPORT = ("The city council approved a new cycle lane on Harbour Street on Monday, the transport committee's "
          "chair, Tomas Berg, said in a statement. The lane will run for 1.4 kilometres and cost 310,000 euros, "
          "according to the council's budget papers. Shop owners on the street said they worried about deliveries "
          "during the works, which are due to start in May and last eight weeks.")
RANT = ("Everyone knows the so-called experts have obviously lied about the water supply again! Sources say the "
        "reservoir is almost empty and the shocking truth is being hidden from ordinary people. It is believed "
        "that prices will triple by next year, and the disgraceful officials will never admit it.")
NOTE_LINE = "Source: compiled by the newsroom desk, March 2026"
# The page's own fields, as `xlplugin score` reads them from the cell (checked against it below too)
PAGE_FIELDS = {"title": "Harbour board extends ferry timetable",
               "url": "https://www.coastlinecourier.example/news/ferry-timetable",
               "outlet": "Coastline Courier", "author": "Maren Holt", "date": "2026-03-14"}
FIELDS = ("title", "url", "outlet", "author", "date", "kind", "kind_cues", "why", "language", "word_count",
          "reliability", "contributors", "text")
SIGNALS = ("sentiment", "loaded_language", "unsourced_claims", "provenance", "readability", "source_rating")
# A CSV number column: plain numbers, a code with leading zeros, one too long for a spreadsheet's 15 digits
VIEWS = ["1.50", "0012", "12345678901234567890"]


def _rows() -> list[dict[str, str]]:
    return [{"id": "a1", "text": REPORT, "views": VIEWS[0]},
            {"id": "a2", "text": RANT, "views": VIEWS[1]},
            {"id": "p1", "text": PAGE, "views": VIEWS[2]}]


def _write_csv(path: Path, note: bool = True) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text", "views"])
        writer.writerows([[row["id"], row["text"], row["views"]] for row in _rows()])
        if note:
            writer.writerow([NOTE_LINE, "", ""])
    return path


def _local(paths: list[str], capsys) -> tuple[dict[str, dict], str]:
    """`xlplugin score PATHS --json`: each document by id, and what it said on stderr."""
    capsys.readouterr()
    assert main(["score", *paths, "--json"]) == 0
    out = capsys.readouterr()
    rows = [json.loads(line) for line in out.out.splitlines() if line.strip()]
    return {row["id"]: row for row in rows}, out.err


def _dask(paths: list[str], out: Path, **options) -> tuple[list[dict], list[str], list[list[str]]]:
    """`xlplugin score PATHS --engine dask -o OUT`, each part computed and written in this process:
    (the rows of the parts, in order; the lines said before the run; the rows not read)."""
    plan = dask_engine.plan_files(paths, out, **options)
    not_read: list[list[str]] = []
    for i in plan.todo:
        part = plan.parts[i]
        frame = part.compute(scheduler="sync") if hasattr(part, "compute") else part
        not_read += dask_engine._write_part(frame, str(out / dask_engine.PART_PATTERN.format(i))).get("not_read", [])
    rows = [row for i in range(len(plan.parts))
            for row in pq.read_table(out / dask_engine.PART_PATTERN.format(i)).to_pylist()]
    return rows, plan.skipped + plan.notes, not_read


def _signals_of_json(row: dict) -> dict[str, tuple]:
    return {name: (s["value"], s["score"], s["note"], {k: v for k, v in s["details"].items() if v is not None},
                   sorted((e["kind"], e["start"], e["end"], e["text"]) for e in s["evidence"]))
            for name, s in row["signals"].items()}


def _signals_of_part(row: dict) -> dict[str, tuple]:
    evidence: dict[str, list] = {name: [] for name in SIGNALS}
    details: dict[str, dict] = {name: {} for name in SIGNALS}
    for e in row["evidence"]:
        evidence[e["signal"]].append((e["kind"], e["start"], e["end"], e["text"]))
    for d in row["details"]:
        if d["value"] is not None or d["text"] is not None:
            details[d["signal"]][d["name"]] = d["value"] if d["value"] is not None else d["text"]
    return {name: (row[name], row[f"{name}_score"], row[f"{name}_note"], details[name], sorted(evidence[name]))
            for name in SIGNALS}


def _assert_same(local: dict, part: dict) -> None:
    assert {k: part[k] or "" if isinstance(local[k], str) else part[k] for k in FIELDS} == {k: local[k] for k in FIELDS}
    assert _signals_of_part(part) == _signals_of_json(local)


# --- the local path itself: what the Dask rows are held to --------------------------------------

def test_local_score_reads_the_page_cell_with_its_fields_and_leaves_the_note_out(tmp_path, capsys):
    local, said = _local([str(_write_csv(tmp_path / "t.csv"))], capsys)
    assert list(local) == ["a1", "a2", "p1"]
    assert {k: local["p1"][k] for k in PAGE_FIELDS} == PAGE_FIELDS
    assert "<nav>" not in local["p1"]["text"] and "Cookie settings" not in local["p1"]["text"]
    assert "a note under the table" in said


# --- a CSV file on the Dask engine ----------------------------------------------------------------

def test_csv_on_dask_gives_the_rows_fields_and_scores_of_local_score(tmp_path, capsys):
    path = str(_write_csv(tmp_path / "t.csv"))
    local, _ = _local([path], capsys)
    rows, _, not_read = _dask([path], tmp_path / "parts")
    assert [row["id"] for row in rows] == list(local)  # the note line is no row
    for row in rows:
        _assert_same(local[row["id"]], row)
    assert [reason for _, reason, _ in not_read] == [
        "a note under the table (one line of words in its first column, nothing else in the row), not a document"]
    assert rows[2]["input_note"] == local["p1"]["input_note"] == "read as a web page: the cell held HTML"


def test_csv_given_twice_on_dask_is_read_once_and_said(tmp_path, capsys):
    path = str(_write_csv(tmp_path / "t.csv"))
    local, said_local = _local([path, path], capsys)
    rows, said, _ = _dask([path, path], tmp_path / "parts")
    assert [row["id"] for row in rows] == list(local) == ["a1", "a2", "p1"]
    assert any("given more than once" in line and "read once" in line for line in said)
    assert "given more than once" in said_local


def test_csv_number_columns_keep_each_value_as_typed_on_dask(tmp_path):
    # (the workbook writes "1.50" as the number 1.5 and keeps "0012" and 20 digits as text:
    # number_columns; a Parquet part keeps the column as the text the file holds, never a
    # changed value, and one type per column whatever the part: see docs/dask.md)
    rows, _, _ = _dask([str(_write_csv(tmp_path / "t.csv"))], tmp_path / "parts")
    assert [row["views"] for row in rows] == VIEWS
    assert pq.read_schema(tmp_path / "parts" / dask_engine.PART_PATTERN.format(0)).field("views").type == pa.string()


# --- the same table as Parquet --------------------------------------------------------------------

def _parquet(path: Path, frame: pd.DataFrame) -> Path:
    frame.to_parquet(path, index=False)
    return path


@pytest.mark.parametrize("columns", [{}, {"title": ["", "", ""]}, {"headline": ["", "", "NA"], "byline": ["", None, None]}])
def test_a_page_cell_in_parquet_is_scored_with_its_fields_as_local_score(tmp_path, capsys, columns):
    local, _ = _local([str(_write_csv(tmp_path / "t.csv", note=False))], capsys)
    frame = pd.DataFrame(_rows()).assign(**columns)
    rows, _, _ = _dask([str(_parquet(tmp_path / "t.parquet", frame))], tmp_path / "parts")
    assert [row["id"] for row in rows] == list(local)
    for row in rows:
        _assert_same(local[row["id"]], row)
    page = rows[2]
    assert page["provenance"] == local["p1"]["signals"]["provenance"]["value"] >= 80  # (57 on main: no byline, no date)
    # your own blank cell of a field's column takes the page's value, as a CSV row's cell does
    for name, field in (("title", "title"), ("headline", "title"), ("byline", "author")):
        if name in columns:
            assert page[name] == PAGE_FIELDS[field]
    assert rows[0].get("title") in ("", None)  # (a plain text's row takes nothing)


def test_score_frame_gives_a_page_cell_its_fields(capsys, tmp_path):
    from xlplugin.dask import score_frame

    frame = pd.DataFrame(_rows())
    got = score_frame(dd.from_pandas(frame, npartitions=2), text="text", id="id").compute(scheduler="sync")
    page = got[got["id"] == "p1"].iloc[0]
    assert {k: page[k] for k in PAGE_FIELDS} == PAGE_FIELDS
    assert "read as a web page: the cell held HTML" in page["input_note"]  # ((hunt40b) as a CSV file's row: input_note)


def test_two_parquet_files_with_an_id_column_are_all_scored(tmp_path):
    frame = pd.DataFrame(_rows())
    one = _parquet(tmp_path / "one.parquet", frame.iloc[:2])
    two = _parquet(tmp_path / "two.parquet", frame.iloc[2:].assign(id="q9"))
    rows, _, _ = _dask([str(one), str(two)], tmp_path / "parts")
    assert [row["id"] for row in rows] == ["a1", "a2", "q9"]  # (main: a1 and a2 only, nothing said)
    assert rows[2]["reliability"] is not None


def test_a_folder_of_small_parquet_files_with_an_id_column_is_all_scored(tmp_path):
    # (main: reading the id column alone, one column of three, Dask joined two small files'
    # partitions into one: the lengths were 3, not 6, and only 3 parts were written)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        _parquet(folder / f"f{i}.parquet", pd.DataFrame({"id": [f"f{i}-a", f"f{i}-b"], "text": [REPORT, RANT],
                                                                "views": ["3", "4"]}))
    rows, _, _ = _dask([str(folder)], tmp_path / "parts")
    assert [row["id"] for row in rows] == [f"f{i}-{x}" for i in range(6) for x in "ab"]
    assert len(list((tmp_path / "parts").glob("part.*.parquet"))) == 6


@pytest.mark.parametrize("id_column", [True, False])
def test_a_parquet_file_given_twice_is_read_once_and_said(tmp_path, id_column):
    frame = pd.DataFrame(_rows())
    path = _parquet(tmp_path / "t.parquet", frame if id_column else frame.drop(columns=["id"]))
    (tmp_path / "folder").mkdir()
    inside = _parquet(tmp_path / "folder" / "t.parquet", frame if id_column else frame.drop(columns=["id"]))
    for paths in ([str(path), str(path)], [str(tmp_path / "folder"), str(inside)]):
        out = tmp_path / f"parts{len(list(tmp_path.iterdir()))}"
        rows, said, _ = _dask(paths, out)
        assert len(rows) == 3, paths
        assert any("given more than once" in line and "read once" in line for line in said), said

