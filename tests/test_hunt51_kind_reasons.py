"""(hunt51) A row with no kind (not scored for its language, empty, refused, too short for any cue)
had a blank Kind cell, XLP_KIND and XLP_SCORES kind, read as "kind unknown". Every output now says
why, in the Status's words: "not scored", or "not decided (<Status>)" for a row read whose kind no
cue decided; --json keeps "kind" as the value to filter on and says why in "kind_cues". A refresh
reads the words back as no kind, and finds nothing typed over. All texts here are written for
these tests."""

from __future__ import annotations

import json

import openpyxl
import pytest

from xlplugin import cells
from xlplugin.cli import main
from xlplugin.excel import functions
from xlplugin.kind_shown import kind_label, kind_of_label
from xlplugin.workbook import refresh_workbook

REPORT = ("The council said on Tuesday that the river path between the two bridges will close for three weeks in "
          "March while workers replace the old railings, and walkers are asked to use the road on the north bank "
          "instead, a spokesman for the council said.")
SHORT = "Ferry fares rise again."
FRENCH = ("Le conseil a dit mardi que le chemin entre les deux ponts sera ferm\u00e9 pendant trois semaines en mars "
          "pendant que les ouvriers remplacent les vieilles rampes.")
NO_LANGUAGE = "xqz blorp fnord zzzt qwv plonk " * 6

SAID = {"short": "not decided (too short)", "french": "not scored", "nolang": "not scored",
        "empty": "not scored", "number": "not scored", "refused": "not scored"}


def _csv(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text(f'id,text\nreport,"{REPORT}"\nshort,"{SHORT}"\nfrench,"{FRENCH}"\nnolang,"{NO_LANGUAGE}"\n'
                    'empty,\nnumber,12345\nrefused,"x",extra\n', encoding="utf-8")
    return path


def _kind_cells(book) -> dict[str, object]:
    ws = openpyxl.load_workbook(book)["Documents"]
    head = [c.value for c in ws[1]]
    return {row[0]: row[head.index(cells.KIND_HEADER)] for row in ws.iter_rows(min_row=2, values_only=True) if row[0]}


def test_the_workbook_kind_cell_says_why_a_row_has_no_kind(tmp_path):
    book = tmp_path / "book.xlsx"
    main(["score", str(_csv(tmp_path)), "-o", str(book), "-q", "--workers", "1"])
    shown = _kind_cells(book)
    assert shown["report"] == "news report (no cue)"
    assert {key: shown[key] for key in SAID} == SAID


def test_json_kind_cues_and_the_table_say_the_same(tmp_path, capsys):
    main(["score", str(_csv(tmp_path)), "--json", "--workers", "1"])
    records = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert records["report"]["kind"] == "news report"
    for key, words in SAID.items():
        assert not records[key]["kind"]  # (the value to filter on: no kind)
        assert records[key]["kind_cues"] == [words]
    main(["score", str(_csv(tmp_path)), "--workers", "1"])
    table = capsys.readouterr().out
    for key, words in SAID.items():
        line = next(line for line in table.splitlines() if line.startswith(key + " "))
        assert words in line


@pytest.mark.parametrize("text, words", [(SHORT, SAID["short"]), (FRENCH, "not scored"), (NO_LANGUAGE, "not scored")])
def test_xlp_kind_and_xlp_scores_say_why(text, words):
    assert functions.kind(text) == words
    [row] = functions.scores(text)
    assert row[cells.score_columns().index(cells.KIND_HEADER)] == words


def test_xlp_scores_of_a_cell_not_read_says_not_scored():
    [row] = functions.scores(12345)
    assert row[cells.score_columns().index(cells.KIND_HEADER)] == "not scored"
    assert str(row[-1]).startswith("not text")


# --- guards -------------------------------------------------------------------------------------

def test_a_report_keeps_its_kind_everywhere():
    assert functions.kind(REPORT) == "news report (no cue)"
    assert functions.kind("") == ""  # (an empty cell: an empty row, as every XLP function gives)


@pytest.mark.parametrize("label, kind", [("not scored", None), ("not decided (too short)", None),
                                         ("not decided (see Status)", None),
                                         ("news report (no cue)", "news report"), ("opinion or analysis", "opinion or analysis"),
                                         ("", None), (None, None)])
def test_kind_words_read_back(label, kind):
    assert kind_of_label(label) == kind


def test_kind_label_of_no_result_is_not_scored():
    assert kind_label(None) == "not scored"


def test_every_kind_label_fits_the_kind_column():
    from xlplugin.kinds import KINDS

    from xlplugin.kind_shown import NOT_DECIDED_KIND

    widest = max(map(len, KINDS)) + 2  # (the Kind column's width: workbook.writer._width)
    labels = {functions.kind(SHORT), functions.kind(FRENCH), kind_label(None), NOT_DECIDED_KIND.format(why="see Status")}
    assert all(len(label) <= widest for label in labels)


def test_a_refresh_finds_no_kind_cell_typed_over(tmp_path):
    book = tmp_path / "book.xlsx"
    main(["score", str(_csv(tmp_path)), "-o", str(book), "-q", "--workers", "1"])
    before = _kind_cells(book)
    summary = refresh_workbook(book)
    assert summary.typed == []
    assert _kind_cells(book) == before
