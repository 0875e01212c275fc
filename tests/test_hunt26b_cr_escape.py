"""(hunt26b) "_x000D_" is how an .xlsx file stores a carriage return. Excel and xlplugin's
workbook reader decode it; openpyxl does not, so a column read with pandas.read_excel and saved
as CSV or Parquet holds "_x000D_" before every line end. Each was scored as a word: another word
count, reading grade and sentiment than the same text in the workbook or typed in a cell. It is
read as the line end it stands for on every path; its own escape ("_x005F_x000D_") is left."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from xlplugin.cli import main
from xlplugin.excel import functions as f
from xlplugin.frame import score_pandas
from xlplugin.inputs import shown_text

# Fresh texts written for these tests, in paragraphs.
TEXTS = (
    ["The ferry company cut its winter timetable on Friday, a spokesperson said.",
     "Crossings will run every two hours instead of every hour, according to the company's notice.",
     "Passengers said the change would make it hard to reach the mainland for work."],
    ["Rainfall in the valley was the lowest for thirty years, the weather service said on Tuesday.",
     "Farmers have been told to expect limits on water from the reservoir in April.",
     "The water board will meet next week to decide how much each farm may draw."],
    ["A former mill on the river is to become forty flats, the planning committee decided.",
     "The developer agreed to keep the mill's brick chimney, committee chair Ruth Adeyemi said.",
     "Work is due to start in the summer and to take two years."],
)


def _with(paragraphs: list[str], line_end: str) -> str:
    return line_end.join(paragraphs)


@pytest.mark.parametrize("paragraphs", TEXTS)
@pytest.mark.parametrize("escape", ["_x000D_\n", "_x000D_\n_x000D_\n", "_x000d_\n", "_x000D_"])
def test_an_excel_function_scores_the_escaped_text_as_the_text(paragraphs, escape):
    plain = _with(paragraphs, escape.replace("_x000D_", "\r").replace("_x000d_", "\r"))
    escaped = _with(paragraphs, escape)
    assert f.scores(escaped) == f.scores(plain)
    assert shown_text(escaped) == shown_text(plain) and "_x000" not in shown_text(escaped)


def test_csv_and_frame_rows_read_the_escape_as_a_line_end(tmp_path, capsys):
    plain = [_with(p, "\r\n") for p in TEXTS]
    escaped = [_with(p, "_x000D_\n") for p in TEXTS]
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([f"p{n}", text] for n, text in enumerate(plain))
        writer.writerows([f"e{n}", text] for n, text in enumerate(escaped))
    assert main(["score", "--json", str(path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for n in range(len(TEXTS)):
        a, b = records[n], records[n + len(TEXTS)]
        assert b["text"] == a["text"] and "_x000D_" not in b["text"]
        assert (b["word_count"], b["reliability"], b["signals"]) == (a["word_count"], a["reliability"], a["signals"])
    frame = score_pandas(pd.DataFrame({"text": plain + escaped}), "text")
    for column in ("word_count", "reliability", "sentiment", "readability", "text"):
        values = frame[column].tolist()
        assert values[:3] == values[3:], column


def test_a_literal_escape_and_other_underscored_words_stay():
    # "_x005F_x000D_" is the escape of the literal text "_x000D_"; other words with underscores are text
    for text in ("Set the flag _x005F_x000D_ in the export.", "Set the flag _x005f_x000D_ in the export.",
                 "snake_case and _x0041_ stay as written", "the column x000D_ and _x000D are not escapes"):
        assert shown_text(text) == text
