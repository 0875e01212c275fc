"""(hunt26b) Unicode's line separator (U+2028), paragraph separator (U+2029) and NEXT LINE
(U+0085), as JSON exports, web editors and text decoded as Latin-1 hold them, were read as
letters of no kind, not as line ends: a headline, a byline or a paragraph was glued to the
sentence before it (a byline on its own line was no byline, provenance 49 against 65), so the
same article scored otherwise than with "\\n" line ends. They end a line on every path now."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from xlplugin import engine
from xlplugin.cli import main
from xlplugin.excel import functions as f
from xlplugin.frame import score_pandas
from xlplugin.inputs import shown_text

# Fresh articles written for these tests, as lines: headline, paragraphs, byline.
ARTICLES = [
    ["Ferry timetable cut for winter",
     "The ferry company cut its winter timetable on Friday, a spokesperson said.",
     "Crossings will run every two hours instead of every hour, according to the company's notice.",
     "Critics say the change is a disgrace. Everyone knows the company only cares about profit.",
     "By Maya Lund"],
    ["Valley faces water limits",
     "Rainfall in the valley was the lowest for thirty years, the weather service said on Tuesday.",
     "Farmers have been told to expect limits on water from the reservoir in April.",
     "By Omar Haddad, Valley Times"],
    ["Mill to become flats",
     "A former mill on the river is to become forty flats, the planning committee decided.",
     "\u201cWe kept the chimney,\u201d said committee chair Ruth Adeyemi. Work is due to start in summer.",
     "Reporting by Tom Reyes"],
]
SEPARATORS = ["\u2028", "\u2029", "\x85", "\u2028\u2028"]


def _joined(lines, separator):
    return separator.join(lines)


@pytest.mark.parametrize("lines", ARTICLES)
@pytest.mark.parametrize("separator", SEPARATORS)
def test_each_separator_scores_as_a_line_end(lines, separator):
    plain = _joined(lines, "\n" * len(separator))
    text = _joined(lines, separator)
    assert f.scores(text) == f.scores(plain)
    got, want = engine.score_text(text), engine.score_text(plain)
    assert (got.reliability, got.signals, got.kind) == (want.reliability, want.signals, want.kind)
    assert shown_text(text) == plain


def test_csv_rows_and_frame_rows_read_them_as_line_ends(tmp_path, capsys):
    plain = [_joined(lines, "\n") for lines in ARTICLES]
    separated = [_joined(lines, separator) for lines, separator in zip(ARTICLES, SEPARATORS)]
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([f"p{n}", text] for n, text in enumerate(plain))
        writer.writerows([f"s{n}", text] for n, text in enumerate(separated))
    assert main(["score", "--json", str(path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    n = len(ARTICLES)
    for a, b in zip(records[:n], records[n:]):
        assert (b["text"], b["reliability"], b["signals"]) == (a["text"], a["reliability"], a["signals"])
    frame = score_pandas(pd.DataFrame({"text": plain + separated}), "text")
    for column in ("reliability", "provenance", "readability", "text"):
        values = frame[column].tolist()
        assert values[:n] == values[n:], column


def test_the_byline_after_a_line_separator_counts():
    lines = ARTICLES[0]
    glued = engine.score_text(_joined(lines, "\u2028"))
    assert glued.signals["provenance"].value == engine.score_text(_joined(lines, "\n")).signals["provenance"].value
    assert glued.signals["provenance"].value > engine.score_text(" ".join(lines[:-1])).signals["provenance"].value
