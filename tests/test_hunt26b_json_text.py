"""(hunt26b) JSON data given as a document's text (a record another tool exported, an array,
JSON Lines) was scored as prose on every path: its field names in quotation marks counted as
scare quotes, its records as one run-on text, and a calm report's record got a confident index
far below its text's. It is refused now, in one message, as a number or a web address is; prose
that merely opens with a bracket is scored as before."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from xlplugin import engine
from xlplugin.cells import cell_to_text, json_data_reason
from xlplugin.cli import main
from xlplugin.excel import functions as f
from xlplugin.frame import score_pandas

# Fresh texts written for these tests.
HARBOUR = ("The harbour board voted on Thursday to dredge the north channel, its chair Mina Okafor said. "
           "The work will cost 2.1 million pounds and take six weeks, according to the board's budget papers. "
           "Fishing crews will use the south channel while the dredgers are working.")
LIBRARY = ("The county library will open on Sundays from next month, the council said in a statement. "
           "Opening hours will run from ten until four, and the extra shifts will be paid from the arts budget, "
           "library manager Tom Reyes told the board on Monday evening.")
CLINIC = ("A new walk-in clinic opened on Station Road on Monday, the health trust said. It will see up to 80 "
          "patients a day and is staffed by four nurses and a doctor, according to the trust's chief executive.")
TEXTS = (HARBOUR, LIBRARY, CLINIC)


def _json_shapes(text: str, other: str) -> list[str]:
    """One document's text as the JSON another tool exports it, in the shapes people meet."""
    return [
        json.dumps({"id": 41, "content": text}),
        json.dumps({"id": 41, "body": text, "meta": {"source": "Harbour Post", "tags": ["port", "budget"]}}, indent=2),
        json.dumps({"rendered": f"<p>{text}</p>", "protected": False}),
        json.dumps([text, other]),
        json.dumps({"text": text}) + "\n" + json.dumps({"text": other}) + "\n",
        # JSON Lines with one broken line in the middle and a blank line at the end
        json.dumps({"text": text}) + "\n" + '{"id": 9, "text": "cut off' + "\n" + json.dumps({"text": other}) + "\n"
        + json.dumps({"content": text + " " + other}) + "\n\n",
    ]


SHAPES = [(i, j) for i in range(len(TEXTS)) for j in range(6)]


@pytest.mark.parametrize("i,shape", SHAPES)
def test_a_json_cell_gives_a_message_not_a_score(i, shape):
    data = _json_shapes(TEXTS[i], TEXTS[(i + 1) % 3])[shape]
    got = f.reliability(data)
    assert isinstance(got, str) and got.startswith("not text: JSON data"), got
    row = f.scores(data)[0]
    # (hunt51) the kind says why there is none; every score is blank
    assert row[-1].startswith("not text: JSON data") and row.count("not scored") == 1
    assert all(value == "" for value in row[:-1] if value != "not scored")
    assert cell_to_text(data)[0] is None


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_score_text_and_score_many_refuse_json(i):
    for data in _json_shapes(TEXTS[i], TEXTS[(i + 1) % 3]):
        result = engine.score_text(data)
        assert result.reliability is None and result.note.startswith("not scored: not text: JSON data")
        assert all(score.value is None for score in result.signals.values())
    many = engine.score_many([engine.DocumentInput(d, str(n)) for n, d in enumerate(_json_shapes(TEXTS[i], HARBOUR))],
                             workers=1)
    assert all(r.reliability is None for r in many)


def test_json_lines_message_counts_the_records_and_lines():
    data = _json_shapes(HARBOUR, LIBRARY)[5]
    assert json_data_reason(data.strip()) == (
        "not text: JSON data (JSON Lines: 3 records in 4 lines), field names and values (give each document's "
        "text alone: its field as the text column of a CSV file or sheet, or as a .txt file; a file of such "
        "records is read as a table, one row a record, when its name ends in .jsonl or .json)")


def test_a_txt_file_of_json_lines_is_refused_and_counted(tmp_path, capsys):
    (tmp_path / "export.txt").write_text("\ufeff" + _json_shapes(HARBOUR, LIBRARY)[5], encoding="utf-8")
    (tmp_path / "story.txt").write_text(CLINIC, encoding="utf-8")
    assert main(["score", "--json", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    records = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert records["export.txt"]["reliability"] is None
    assert records["export.txt"]["note"].startswith("not scored: not text: JSON data (JSON Lines")
    assert isinstance(records["story.txt"]["reliability"], float)
    assert "1 not scored (1 not text)" in err  # (was "(1 other)")


def test_a_csv_cell_of_json_is_refused_and_the_row_kept(tmp_path, capsys):
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerow(["a", json.dumps({"content": HARBOUR})])
        writer.writerow(["b", LIBRARY])
    assert main(["score", "--json", str(path)]) == 2  # (a text cell with no text: exit 2, as for N/A)
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    assert records[0]["reliability"] is None and "JSON data" in records[0]["error"]
    assert isinstance(records[1]["reliability"], float)


def test_a_frame_row_of_json_is_refused():
    frame = pd.DataFrame({"id": ["a", "b", "c"],
                          "text": [json.dumps({"body": LIBRARY}), CLINIC, _json_shapes(CLINIC, HARBOUR)[4]]})
    scored = score_pandas(frame, "text")
    assert pd.isna(scored["reliability"].iloc[0]) and pd.isna(scored["reliability"].iloc[2])
    # ((parity40) in input_error, as a CSV file's row says it)
    assert "JSON data" in scored["input_error"].iloc[0] and "JSON data" in scored["input_error"].iloc[2]
    assert float(scored["reliability"].iloc[1]) == engine.score_text(CLINIC).reliability


# Prose that opens with a bracket or brace, or quotes a little JSON: no JSON data, scored as before.
NEAR_MISSES = [
    "[Updated 4 March] " + HARBOUR,
    "{Correction} " + LIBRARY + " [Photo: the reading room]",
    "[Read the budget papers](https://example.org/papers) " + HARBOUR,
    "[1] " + CLINIC + "\n[2] " + LIBRARY,
    "[Harbour]\n" + HARBOUR + "\n[Library]\n" + LIBRARY,
    "The council's open data page returns records such as {\"id\": 4, \"hours\": 6}. " + LIBRARY,
    "{\n" + HARBOUR + "\n}",
    "[" + CLINIC + "]",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_prose_opening_with_a_bracket_is_still_scored(text):
    assert json_data_reason(text.strip()) is None
    assert isinstance(f.reliability(text), float)
    assert engine.score_text(text).reliability is not None
