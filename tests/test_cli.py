"""The command line as a user meets it: tables, JSON Lines, exit codes and messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from xlplugin import SCORER_NAMES
from xlplugin.cli import main

from conftest import EXAMPLES
from samples import CALM_REPORT, FRENCH


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlplugin.cli", *args], capture_output=True, text=True, timeout=300)


def test_examples_table():
    done = run("score", str(EXAMPLES))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:4] == ["id", "lang", "kind", "reliab."]
    ids = {line.split()[0] for line in lines[2:]}
    # each example's kind, as labelled by hand in tests/kinds_labels.csv
    assert {line.split()[0]: line.split()[2] for line in lines[2:]}["press_release.txt"] == "press"
    assert {"wire_report.txt", "propaganda_blog.txt", "forum_post.txt", "opinion_column.txt", "press_release.txt"} <= ids
    files = len(list(EXAMPLES.glob("*.txt")))
    assert f"{files} documents read, {files} scored" in done.stderr


def test_examples_json_lines_shape_and_order_of_reliability():
    done = run("score", "--json", str(EXAMPLES))
    assert done.returncode == 0, done.stderr
    rows = {r["id"]: r for r in map(json.loads, done.stdout.splitlines())}
    for row in rows.values():
        assert row["language"] == "en"
        assert isinstance(row["reliability"], float)
        assert set(row["signals"]) == set(SCORER_NAMES)
        for signal in row["signals"].values():
            assert {"value", "score", "unit", "note", "evidence"} <= set(signal)
            for item in signal["evidence"]:
                assert {"text", "kind", "start", "end"} <= set(item)
        kinds = {e["kind"] for e in row["signals"]["unsourced_claims"]["evidence"]}
        assert kinds <= {"sourced", "unsourced"}
        assert all(e["detail"].startswith(("found", "not found")) for e in row["signals"]["provenance"]["evidence"])
    # What a careful reader expects of the project's own examples: the wire report with byline,
    # dateline, named sources and a correction is the most reliable; the propaganda blog and the
    # forum repost are the least.
    rel = {k: v["reliability"] for k, v in rows.items()}
    assert rel["wire_report.txt"] == max(rel.values())
    assert max(rel["propaganda_blog.txt"], rel["forum_post.txt"]) < min(
        rel["wire_report.txt"], rel["opinion_column.txt"], rel["press_release.txt"])


def test_evidence_offsets_point_into_the_file():
    done = run("score", "--json", str(EXAMPLES / "propaganda_blog.txt"))
    row = json.loads(done.stdout)
    text = (EXAMPLES / "propaganda_blog.txt").read_text(encoding="utf-8")
    for signal in row["signals"].values():
        for item in signal["evidence"]:
            assert text[item["start"]:item["end"]] == item["text"]


def test_csv_with_id_and_text_columns(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text(f'id,headline,body\nA1,Budget,"{CALM_REPORT}"\nB2,Retraites,"{FRENCH}"\nC3,Empty,\n', encoding="utf-8")
    done = run("score", "--json", str(path))
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["A1", "B2", "C3"]
    assert rows[0]["reliability"] is not None and rows[0]["title"] == "Budget"
    assert rows[1]["reliability"] is None and rows[1]["language"] == "fr"
    assert rows[2]["reliability"] is None and rows[2]["note"]


def test_csv_without_id_uses_row_numbers_and_text_column_flag(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text(f'story\n"{CALM_REPORT}"\n"{CALM_REPORT} Again."\n', encoding="utf-8")
    done = run("score", "--json", "--text-column", "story", str(path))
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["1", "2"]
    done = run("score", "--text-column", "nope", str(path))
    assert done.returncode == 2 and "no column named 'nope'" in done.stderr


def test_one_bad_file_is_reported_and_the_rest_scored(tmp_path):
    (tmp_path / "good.txt").write_text(CALM_REPORT, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "latin1.txt").write_bytes(("The caf\xe9 on the corner opened on Monday after a year of repairs, the owner said. "
                                          "She said the menu would change every single week.").encode("latin-1"))
    done = run("score", "--json", str(tmp_path), str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    rows = {r["id"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert rows["good.txt"]["reliability"] is not None
    assert rows["latin1.txt"]["reliability"] is not None  # read as Windows-1252, not lost
    assert rows["latin1.txt"]["input_note"] == "read as Windows-1252 (the file is not UTF-8)"
    assert "binary" in rows["binary.txt"]["error"]
    assert "missing.txt: no such file or folder" in done.stderr


def test_html_is_reduced_to_text(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Council vote</title><style>p{}</style><script>var x=1;</script></head>"
        f"<body><nav>Home | News</nav><p>{CALM_REPORT}</p></body></html>", encoding="utf-8")
    row = json.loads(run("score", "--json", str(tmp_path / "page.html")).stdout)
    assert row["title"] == "Council vote"
    assert row["word_count"] == len(CALM_REPORT.split())


@pytest.mark.parametrize(
    "args, message",
    [
        (["score"], "the following arguments are required"),
        (["score", "x.txt", "--weight", "provenance"], "expected NAME=VALUE"),
        (["score", "{examples}", "--weight", "nonsense=1"], "unknown signal 'nonsense'; --weight takes one of: provenance,"),
        (["score", "{examples}", "--weight", "min_words=5"], "min_words is a setting, not a signal; set it in a --settings file"),
        (["refresh", "book.xlsx", "--weight", "min_words=5"], "min_words is a setting, not a signal"),
        (["refresh", "book.xlsx", "--weight", "nosuch=1"], "--weight takes one of: provenance, unsourced_claims, loaded_language"),
        (["score", "{examples}", "--weight", "provenance=-2"], "cannot be negative"),
        (["score", "{examples}", "-o", "out.csv"], "-o must name an .xlsx file"),
        (["score", "{examples}", "--workers", "0"], "--workers must be 1 or more"),
        (["score", "{examples}", "-o", "/nonexistent-folder/out.xlsx"], "does not exist; create it"),
    ],
)
def test_bad_usage_exits_2_with_a_message(args, message):
    done = run(*[a.format(examples=EXAMPLES) for a in args])
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_weight_names_offered_are_the_ones_weight_takes():
    # Every name the message offers works after --weight (and no setting key such as
    # "weight.provenance" or "min_words" is offered).
    done = run("score", str(EXAMPLES / "wire_report.txt"), "--weight", "nosuch=1")
    offered, short = done.stderr.rsplit("--weight takes one of: ", 1)[1].strip().split("; or a short name: ")
    offered = offered.split(", ")
    assert sorted(offered) == sorted(SCORER_NAMES)
    offered += short.split(", ")
    for name in offered:
        assert main(["score", str(EXAMPLES / "wire_report.txt"), "--weight", f"{name}=2", "--quiet", "--workers", "1"]) == 0


def test_an_empty_file_is_reported_as_empty(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n\t\n", encoding="utf-8")
    done = run("score", "--json", str(tmp_path))
    assert done.returncode == 0, done.stderr
    for row in map(json.loads, done.stdout.splitlines()):
        assert row["reliability"] is None
        assert row["note"] == "not scored: empty (no text)"
        assert all(row["signals"][name]["note"] == "not scored: empty (no text)" for name in SCORER_NAMES if name != "source_rating")
    assert "empty (no text)" in run("score", str(tmp_path / "empty.txt")).stdout


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "score" in capsys.readouterr().out


def test_signals_lists_every_signal():
    done = run("signals")
    assert done.returncode == 0
    for name in SCORER_NAMES:
        assert name in done.stdout


def test_nothing_written_when_no_document_can_be_read(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"this is not a zip file at all")
    out = tmp_path / "out.xlsx"
    done = run("score", str(bad), "-o", str(out))
    assert done.returncode == 2
    assert "nothing was written" in done.stderr
    assert not out.exists()


def test_json_lines_keep_input_order_with_an_unreadable_file(tmp_path, capsys):
    # a.txt is scored, b.txt is binary (unreadable), c.txt is scored: three lines, in that order
    (tmp_path / "a.txt").write_text(CALM_REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "c.txt").write_text(CALM_REPORT, encoding="utf-8")
    main(["score", str(tmp_path), "--json", "-q"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["source"].rsplit("/", 1)[-1] for line in lines] == ["a.txt", "b.txt", "c.txt"]
    # (calls21: every record has every key, "error" null on the rows read)
    assert lines[1]["error"] and lines[0]["error"] is None and lines[2]["error"] is None


@pytest.mark.parametrize("value, digits, shown", [
    (92.5, 0, "93"),      # a spreadsheet shows 93 for 92.5 with no decimals; Python's format gives 92
    (0.125, 2, "0.13"),   # rounded as written, not as the nearest binary float (0.125 is exact: 0.12 by format)
    (-2.5, 0, "-3"),      # half away from zero
    (41.0, 1, "41.0"),
    (0.1 + 0.2, 2, "0.30"),
])
def test_table_numbers_round_as_a_spreadsheet_shows_them(value, digits, shown):
    from xlplugin.cli import _fmt

    assert _fmt(value, digits) == shown


# A short report whose evidence spans several lines: a byline, a dateline, loaded words and
# claims, so that every signal has offsets to check. Written with "\n"; the tests below save it
# with other line ends or with decomposed accents.
_MULTILINE_REPORT = (
    "By Ana Ferreira\n"
    "PORTO, May 12 - The café owners obviously lost again, the so-called experts said.\n"
    "Rents rose by 45 percent in two years, the worst rise ever recorded.\n\n"
    "The mayor's office admitted it was a disaster! Critics say the plan will fail.\n"
)


def _evidence_pairs(row: dict) -> list[tuple[str, str]]:
    """(evidence text, what its start/end slice out of the row's text) for every evidence item."""
    return [(item["text"], row["text"][item["start"]:item["end"]])
            for signal in row["signals"].values() for item in signal["evidence"]]


@pytest.mark.parametrize("encode", [
    pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
    pytest.param(lambda text: text.replace("\n", "\r").encode("utf-8"), id="cr-only"),
    # "e" followed by U+0301, as some Mac and PDF exports save accents
    pytest.param(lambda text: text.replace("\u00e9", "e\u0301").encode("utf-8"), id="nfd"),
])
def test_json_evidence_offsets_slice_the_text_shown_whatever_the_line_ends_and_accents(tmp_path, capsys, encode):
    path = tmp_path / "report.txt"
    path.write_bytes(encode(_MULTILINE_REPORT))
    assert main(["score", str(path), "--json", "-q", "--workers", "1"]) == 0
    row = json.loads(capsys.readouterr().out)
    # the text shown is the text as scored: "\n" line ends, accents composed
    assert row["text"] == _MULTILINE_REPORT
    pairs = _evidence_pairs(row)
    assert len(pairs) >= 5  # (the report has a byline, a dateline, loaded words, claims)
    assert [shown for _, shown in pairs] == [text for text, _ in pairs]


def _crlf_csv(tmp_path) -> tuple:
    """A semicolon CSV saved on Windows: CRLF line ends, also inside the quoted text field."""
    body = _MULTILINE_REPORT.replace("\n", "\r\n").replace('"', '""')
    path = tmp_path / "reports.csv"
    path.write_bytes(f'id;text\r\nr1;"{body}"\r\n'.encode("utf-8"))
    return path


def _workbook_evidence_slices(book) -> tuple[str, list[tuple[str, str]]]:
    """The first row's text as the workbook shows it (its text cell, else the Read sheet's text),
    and (evidence text, its Start/End slice of that text) for each Evidence row."""
    import openpyxl

    wb = openpyxl.load_workbook(book, read_only=True)
    rows = list(wb["Documents"].iter_rows(values_only=True))
    header = list(rows[0])
    text = rows[1][header.index("text")] if "text" in header else None
    evidence = list(wb["Evidence"].iter_rows(values_only=True))
    names = list(evidence[0])
    start, end, shown = names.index("Start"), names.index("End"), names.index("Evidence text")
    pairs = [(row[shown], text[row[start]:row[end]]) for row in evidence[1:] if isinstance(row[start], int)]
    wb.close()
    return text, pairs


def test_workbook_evidence_slices_the_text_cell_of_a_crlf_csv_and_a_refresh_finds_it_unchanged(tmp_path):
    from xlplugin.workbook import refresh_workbook

    book = tmp_path / "scored.xlsx"
    assert main(["score", str(_crlf_csv(tmp_path)), "-o", str(book), "-q", "--workers", "1"]) == 0
    text, pairs = _workbook_evidence_slices(book)
    assert text == _MULTILINE_REPORT
    assert len(pairs) >= 5
    assert [shown for _, shown in pairs] == [evidence for evidence, _ in pairs]
    summary = refresh_workbook(book)
    assert (summary.unchanged, summary.rescored) == (1, 0)


def test_a_refresh_of_a_crlf_text_file_named_in_a_path_column_is_unchanged(tmp_path):
    from xlplugin.workbook import refresh_workbook

    (tmp_path / "report.txt").write_bytes(_MULTILINE_REPORT.replace("\n", "\r\n").encode("utf-8"))
    listing = tmp_path / "list.csv"
    listing.write_text("id,path\nr1,report.txt\n", encoding="utf-8")
    book = tmp_path / "scored.xlsx"
    assert main(["score", str(listing), "-o", str(book), "-q", "--workers", "1"]) == 0
    summary = refresh_workbook(book)
    assert (summary.unchanged, summary.rescored) == (1, 0)


def test_a_file_read_as_windows_1252_says_so_in_the_table_and_the_status(tmp_path, capsys):
    import openpyxl

    # "é" and "í" as Windows-1252 bytes (0xE9, 0xED): not UTF-8, so read as Windows-1252
    report = ("By José Martínez\nLISBON, May 2 - The café owners said rents rose by 40 percent in two years, "
              "according to the city housing office report published on Friday morning.\n")
    (tmp_path / "latin.txt").write_bytes(report.encode("cp1252"))
    (tmp_path / "latin.csv").write_bytes(f'id,text\r\nc1,"{report}"\r\n'.encode("cp1252"))
    book = tmp_path / "scored.xlsx"
    assert main(["score", str(tmp_path / "latin.txt"), str(tmp_path / "latin.csv"), "-o", str(book), "-q",
                 "--workers", "1"]) == 0
    note = "read as Windows-1252 (the file is not UTF-8)"
    table = capsys.readouterr().out.splitlines()[2:]
    assert len(table) == 2 and all(note in line for line in table)
    rows = list(openpyxl.load_workbook(book, read_only=True)["Documents"].iter_rows(values_only=True))
    status, why = list(rows[0]).index("Status"), list(rows[0]).index("Why")
    # (book45) the Status says a note is there; the note itself is in the Why
    assert [row[status].startswith(("scored", "no index")) and note in row[why] for row in rows[1:]] == [True, True]
    assert "José" in rows[2][list(rows[0]).index("text")]  # (the letters read right)


def test_a_missing_file_named_next_to_the_table_in_the_current_folder_is_named_once(tmp_path, monkeypatch, capsys):
    # the path as written (from the current folder) and next to the CSV are the same place here
    (tmp_path / "list.csv").write_text("id,path\nm1,missing.txt\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["score", str(tmp_path / "list.csv"), "-q"]) == 2
    expected = f"file not found: 'missing.txt' (looked for {tmp_path / 'missing.txt'})"
    assert expected in capsys.readouterr().err


@pytest.mark.parametrize("content, reason", [
    ("https://example.org/a-story-about-the-harbour\n", "a web address"),
    ("12.5\n", "a number"),
])
def test_a_file_holding_only_an_address_or_a_number_is_refused_in_the_table_and_workbook(tmp_path, content, reason):
    # Such a result has no language; the terminal table once crashed on it (TypeError), and with
    # it the whole run, -o included, so one such file in a folder lost every other row.
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "only.txt").write_text(content, encoding="utf-8")
    (folder / "report.txt").write_text(CALM_REPORT, encoding="utf-8")
    table = run("score", str(folder))
    assert table.returncode == 0, table.stderr
    refused = next(line for line in table.stdout.splitlines() if line.startswith("only.txt"))
    assert "not scored: not text" in refused and reason in refused
    assert any(line.startswith("report.txt") for line in table.stdout.splitlines())
    book = tmp_path / "out.xlsx"
    written = run("score", str(folder), "-o", str(book))
    assert written.returncode == 0, written.stderr
    import openpyxl

    rows = list(openpyxl.load_workbook(book, read_only=True)["Documents"].iter_rows(values_only=True))
    status, index = rows[0].index("Status"), rows[0].index("Reliability index 0-100 (higher = more reliable)")
    assert [r[0] for r in rows[1:]] == ["only.txt", "report.txt"]
    assert reason in rows[1][status] and rows[1][index] is None and rows[2][index] is not None
