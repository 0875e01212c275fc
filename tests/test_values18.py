"""Nothing silently left out (values18): a document's own note (how it was read) reaches its
result on every path, `score_many` included; `xlplugin.dask.score_frame` finds the text column
as `score_pandas` and the command line do."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from xlplugin import score_many
from xlplugin.engine import DocumentInput
from xlplugin.inputs import Record, read_file, read_paths

# Fresh texts written for these tests.
REPORT = ("The harbour board approved a new ferry timetable on Wednesday, its chair said. "
          "Boats will leave every forty minutes from May, according to the board's published plan. "
          "Commuters at the pier said the change would shorten their mornings.")
ESSAY = ("The county library will open on Sundays from next month, the council said on Friday. "
         "Staff will work the extra hours in turns, the head librarian told reporters. "
         "Readers had asked for weekend hours for years, a petition of 900 names showed.")


def _non_utf8_file(tmp_path: Path) -> DocumentInput:
    path = tmp_path / "caf\u00e9.txt"
    path.write_bytes(REPORT.replace("ferry", "caf\u00e9 ferry").encode("cp1252"))
    return read_file(path)


def _html_in_txt_file(tmp_path: Path) -> DocumentInput:
    path = tmp_path / "saved.txt"
    path.write_text(f"<!DOCTYPE html><html><head><title>Timetable</title></head><body><article><p>{REPORT}</p>"
                    f"<p>{ESSAY}</p></article></body></html>", encoding="utf-8")
    return read_file(path)


def _csv_placeholder_row(tmp_path: Path) -> DocumentInput:
    path = tmp_path / "rows.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text", "outlet"], ["r1", REPORT, "unknown"]])
    [record] = read_paths([str(path)])
    assert isinstance(record, Record)
    return record.as_input()


def _own_note(tmp_path: Path) -> DocumentInput:
    return DocumentInput(REPORT, "mine", note="typed in by hand from a printed copy")


READERS = [_non_utf8_file, _html_in_txt_file, _csv_placeholder_row, _own_note]


@pytest.mark.parametrize("reader", READERS, ids=lambda f: f.__name__.strip("_"))
def test_score_many_keeps_the_inputs_own_note(tmp_path, reader):
    doc = reader(tmp_path)
    assert doc.note  # (each reader here says something of how it read the text)
    [alone] = score_many([doc], workers=1)
    assert alone.note.endswith(doc.note)
    # among other documents, in any position, a generator too: each keeps its own note only
    mixed = [ESSAY, {"text": ESSAY, "id": "m", "outlet": "n/a"}, doc, DocumentInput(ESSAY, "plain")]
    results = list(score_many(iter(mixed), workers=1))
    assert results[2].note.endswith(doc.note)
    assert results[2].reliability == alone.reliability
    assert all(doc.note not in r.note for i, r in enumerate(results) if i != 2)
    assert "(not counted)" in results[1].note


def test_score_many_keeps_notes_with_worker_processes(tmp_path):
    from xlplugin.engine import PARALLEL_MIN_DOCUMENTS

    docs = [DocumentInput(REPORT if i % 2 else ESSAY, f"d{i}", note=f"note of d{i}" if i % 3 else "")
            for i in range(PARALLEL_MIN_DOCUMENTS + 2)]
    results = list(score_many(docs, workers=2))
    assert [r.id for r in results] == [d.id for d in docs]
    for doc, result in zip(docs, results):
        assert (doc.note in result.note) if doc.note else "note of" not in result.note


def test_paths_that_say_the_note_themselves_say_it_once(tmp_path, capsys):
    """The command line's --json (input_note) and the table paths say a read note once, not also
    again in the result's note."""
    pd = pytest.importorskip("pandas")
    from xlplugin.cli import main
    from xlplugin.frame import score_pandas

    path = tmp_path / "old.txt"
    path.write_bytes(REPORT.replace("ferry", "caf\u00e9 ferry").encode("cp1252"))
    assert main(["score", str(path), "--json", "-q"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert row["input_note"] and row["input_note"] not in (row.get("note") or "")
    html = f"<div><p>{REPORT}</p><p>{ESSAY}</p></div>"
    [scored] = score_pandas(pd.DataFrame({"text": [html]})).to_dict("records")
    # ((hunt40b) in its input_note, as a CSV file's row's on --engine dask, not also in its note)
    assert scored["input_note"].count("read as a web page") == 1 and "read as a web page" not in (scored["note"] or "")


# --- score_frame finds its text column as score_pandas does -------------------------------------

@pytest.mark.parametrize("name", ["text", "Text ", "BODY", "content", "article"])
def test_score_frame_finds_the_text_column_by_name_as_score_pandas_does(name):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from xlplugin.dask import score_frame
    from xlplugin.frame import score_pandas

    frame = pd.DataFrame({"id": ["a", "b", "c"], name: [REPORT, ESSAY, None], "outlet": ["Harbour News"] * 3})
    scored = score_frame(dd.from_pandas(frame, npartitions=2)).compute(scheduler="sync")
    expected = score_pandas(frame)
    assert list(scored["reliability"]) == list(expected["reliability"])
    assert list(scored["note"]) == list(expected["note"])


@pytest.mark.parametrize("names, message", [
    (["Text", "text "], "2 columns could be the text column"),
    (["summary", "headline"], "no text column found"),
])
def test_score_frame_refuses_as_score_pandas_does(names, message):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from xlplugin.dask import score_frame
    from xlplugin.errors import InputError
    from xlplugin.frame import score_pandas

    frame = pd.DataFrame({names[0]: [REPORT], names[1]: [ESSAY]})
    with pytest.raises(InputError, match=message) as plain:
        score_pandas(frame)
    with pytest.raises(InputError, match=message) as on_dask:
        score_frame(dd.from_pandas(frame, npartitions=1))
    assert str(on_dask.value) == str(plain.value)


@pytest.mark.parametrize("given", [None, "body"])
def test_a_parquet_run_says_which_text_column_it_read_as_a_csv_run_does(tmp_path, given):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("dask.dataframe")
    from xlplugin.dask import plan_files
    from xlplugin.inputs_summary import text_column_lines

    frame = pd.DataFrame({"id": ["a"], "text": [REPORT], "body": [ESSAY]})
    frame.to_parquet(tmp_path / "a.parquet")
    frame.to_csv(tmp_path / "a.csv", index=False)
    plan = plan_files([str(tmp_path / "a.parquet")], tmp_path / "out", text=given)
    csv_lines = text_column_lines(list(read_paths([str(tmp_path / "a.csv")], given)), given)
    said = [line for line in plan.notes if "the texts were read from" in line]
    assert [line.replace("a.parquet", "a.csv") for line in said] == csv_lines
    assert len(said) == (0 if given else 1)


# --- an outlet's name is read one way: case and white space folded -------------------------------

AGENCY_STORY = ("LONDON (AP) \u2014 The city council voted on Monday to close two libraries in the north of the "
                "borough, officials said. The branches will shut in April, according to a council statement. "
                "Residents at the meeting said they would ask the courts to look again at the decision, "
                "and a petition against the plan had gathered 3,000 names by the evening.")
DEPARTMENT_NEWS = ("The department today announced 3 million pounds for new bus shelters in eight towns. "
                   "Councils can apply from June, and the money will be paid over two years. "
                   "The minister said the shelters would help older passengers and parents with children. "
                   "Each council must say how many people use its stops before the work begins.")
SPELLINGS = [lambda o: o.replace(" ", "\u00a0"), lambda o: o.replace(" ", "  "), lambda o: o.replace(" ", "\t"),
             lambda o: f"  {o} ", lambda o: o.upper().replace(" ", " \u00a0")]


@pytest.mark.parametrize("text, outlet, author", [
    (AGENCY_STORY, "The Associated Press", "Associated Press"),  # the agency's own story, on its own name
    (DEPARTMENT_NEWS, "Department of Transport", ""),  # an organisation's name, as kinds.txt's outlet cues read it
    (AGENCY_STORY, "Harbour Evening Post", "Associated Press"),  # another outlet: agency copy, in any spelling
])
@pytest.mark.parametrize("spelling", range(len(SPELLINGS)))
def test_the_kind_reads_an_outlet_in_any_spacing_as_its_plain_name(text, outlet, author, spelling):
    from xlplugin import score_text

    plain = score_text(text, outlet=outlet, author=author)
    other = score_text(text, outlet=SPELLINGS[spelling](outlet), author=author)
    assert other.kind == plain.kind
    assert other.kind_cues == plain.kind_cues


@pytest.mark.parametrize("spelling", range(len(SPELLINGS)))
def test_a_copy_naming_the_original_outlet_in_any_spacing_credits_it(spelling):
    from xlplugin.copies import CopyDoc, find_copies

    story = " ".join([DEPARTMENT_NEWS, ESSAY, REPORT])
    original = CopyDoc(story, outlet=SPELLINGS[spelling]("Valley Gazette"), date="2026-03-01")
    credited = CopyDoc(story + " The Valley\u00a0Gazette first reported the plans.", outlet="Town Digest",
                       date="2026-03-02")
    silent = CopyDoc(story + " More news on the plans will follow.", outlet="Town Digest", date="2026-03-02")
    reports = find_copies([original, credited, silent])
    assert reports[1].matches and not reports[1].uncredited
    assert [other for other, _ in reports[2].uncredited] == [0]


# --- a short CSV row: which columns it has no field for, and how to mend it ----------------------

LONG = " ".join([REPORT, ESSAY])


@pytest.mark.parametrize("separator, name", [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
@pytest.mark.parametrize("header, fields", [
    (["id", "title", "text", "outlet"], ["r1", "Ferries", LONG]),  # the last column left off
    (["id", "title", "text", "outlet", "url"], ["r1", "Ferries", LONG]),  # the last two
    (["id", "text", "Outlet", "Outlet"], ["r1", LONG, "Harbour News"]),  # a repeated header: named as numbered
])
def test_a_short_row_names_the_columns_it_lacks_and_the_mend_works(tmp_path, separator, name, header, fields):
    from xlplugin.inputs import Problem, unique_headers

    def table(row: list[str]) -> Path:
        path = tmp_path / "rows.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter=separator).writerows([header, ["r0", *([LONG] * (len(header) - 1))], row])
        return path

    missing = unique_headers(header)[len(fields):]
    [_, problem] = read_paths([str(table(fields))])
    assert isinstance(problem, Problem) and problem.source.endswith("line 3")
    listed = " and ".join(repr(m) for m in missing) if len(missing) <= 2 else ""
    assert f"it has {len(fields)} fields but the header has {len(header)}: read by place, it has no field for {listed}" \
        in problem.message
    more = f"{len(missing)} more {name}" + ("s" if len(missing) > 1 else "")
    assert f"end the line with {more};" in problem.message
    # the mend it names: that many more separators at the end of the line, and the row is read, in place
    [_, mended] = read_paths([str(table(fields + [""] * len(missing)))])
    assert isinstance(mended, Record) and mended.text == LONG and mended.id == "r1"
    assert all(mended.columns[column] in ("", None) for column in missing)


@pytest.mark.parametrize("fields, under", [(["r1", LONG], "title"), ([LONG], "id")])
def test_a_short_row_whose_text_would_sit_under_another_column_says_so(tmp_path, fields, under):
    from xlplugin.inputs import Problem

    path = tmp_path / "rows.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "title", "text", "outlet"], fields])
    [problem] = read_paths([str(path)])
    assert isinstance(problem, Problem) and "'text'" in problem.message
    assert f"(its longest field, {len(LONG):,} characters, would be read as {under!r})" in problem.message
