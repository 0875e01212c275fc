"""(hunt26b) A text garbled by a wrong encoding ("councilâ€™s": UTF-8 once opened as
Windows-1252) is read as meant on every path, and a CSV or workbook row's Status says so; the
Excel functions read it the same way but XLP_SCORES' Status said only "scored"."""

from __future__ import annotations

import csv
import json

import pytest

from xlplugin.cli import main
from xlplugin.excel import functions as f

# Fresh texts written for these tests, garbled as Excel garbles a UTF-8 CSV file.
TEXTS = [
    "The harbour boardâ€™s plan was approved on Thursday, its chair said. â€œWe can start dredging in May,â€ "
    "said Mina Okafor, adding that the work would cost 2.1 million pounds and take six weeks.",
    "The caf\u00c3\u00a9 on Station Road will close for a month while its kitchen is rebuilt, the owner said on "
    "Monday. Staff will be paid during the closure, according to a notice in the window.",
    "The libraryâ€™s Sunday hours begin next month, the council said. Opening will run from ten until "
    "four, and the extra shifts will be paid from the arts budget, the manager told the board.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scores_status_says_the_text_was_read_as_meant(tmp_path, capsys, text):
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "text"], ["1", text]])
    main(["score", "--json", "-q", str(path)])
    record = json.loads(capsys.readouterr().out)
    assert "read as meant" in record["input_note"]
    row = f.scores(text)[0]
    assert row[-1].startswith("scored") and row[-1].endswith("; " + record["input_note"])
    assert row[0] == record["reliability"]


def test_a_clean_text_has_no_such_note():
    clean = TEXTS[0].replace("â€™", "\u2019").replace("â€œ", "\u201c").replace("â€", "\u201d")
    assert f.scores(clean)[0][-1] == "scored"


def test_python_in_excels_error_value_is_an_error_value():
    # (was "no index: 1 word; the index needs at least 25": an error cell read as a one-word text)
    assert f.reliability("#PYTHON!") == ("error value #PYTHON! in the cell (a formula that failed: fix it, or type the "
                                         "text in its place)")
    assert f.scores([["#PYTHON!"], [" #PYTHON! "]])[1][-1].startswith("error value #PYTHON!")
