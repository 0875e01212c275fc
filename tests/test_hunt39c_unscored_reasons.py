"""(hunt39c) The run summary's "N with no text in the text cell" also counted the rows refused for
a text cut short ("... [+1834 chars]", a news service's mark) or for a number or a date in the text
cell: "1 not scored (1 with no text in the text cell)" of a cell full of words sent the user to look
for a blank cell. Each is now counted in its own words. The exit status is kept: 2 where any row is
refused for its text cell, whichever of these reasons (`inputs_summary.CELL_REASONS`)."""

from __future__ import annotations

import json

import pytest

from xlplugin.cli import main
from xlplugin.inputs_summary import NO_TEXT_CELL, cell_reason

# (the summary's words, written out: `inputs_summary.CUT_CELL`, `VALUE_CELL`)
CUT_CELL = "with a text cut short in the text cell"
VALUE_CELL = "with a number or a date in the text cell instead of a text"

ARTICLE = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a "
           "meeting at which residents asked about the cost of the works, the noise of the piling and the "
           "months the road to the ferry would be closed. The board said the work would start in May.")
CUT = ("The harbour board voted on Tuesday to extend the quay by forty metres, the clerk said, after a "
       "meeting at which \u2026 [+1834 chars]")


def test_a_service_cut_text_is_counted_as_cut_not_as_no_text(tmp_path, capsys):
    path = tmp_path / "news.json"
    path.write_text(json.dumps([{"title": "Quay", "content": CUT}, {"title": "Board", "content": ARTICLE}]), encoding="utf-8")
    assert main(["score", str(path), "-o", str(tmp_path / "out.xlsx")]) == 2  # (exit status as before)
    said = capsys.readouterr().err
    assert f"1 not scored (1 {CUT_CELL})" in said and NO_TEXT_CELL not in said


def test_numbers_dates_cuts_and_placeholders_each_in_their_words(tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text(f'id,text\n1,"{ARTICLE}"\n2,12345\n3,2026-03-01\n4,N/A\n5,"{CUT}"\n', encoding="utf-8")
    assert main(["score", str(path), "-o", str(tmp_path / "out.xlsx")]) == 2
    said = capsys.readouterr().err
    assert f"4 not scored (1 {NO_TEXT_CELL}, 2 {VALUE_CELL}, 1 {CUT_CELL})" in said, said
    assert main(["score", str(path), "-o", str(tmp_path / "out2.xlsx"), "-q"]) == 2
    said = capsys.readouterr().err
    assert f"4 rows were not scored (1 {NO_TEXT_CELL}, 2 {VALUE_CELL}, 1 {CUT_CELL})" in said, said


@pytest.mark.parametrize("cell", ["12345", CUT])
def test_dask_engine_says_the_same_and_keeps_its_exit_status(tmp_path, capsys, cell):
    pytest.importorskip("xlplugin.dask")
    path = tmp_path / "list.csv"
    path.write_text(f'id,text\n1,"{ARTICLE}"\n2,"{cell}"\n', encoding="utf-8")
    assert main(["score", str(path), "--engine", "dask", "-o", str(tmp_path / "parts")]) == 2
    said = capsys.readouterr().err
    assert f"1 not scored (1 {VALUE_CELL if cell == '12345' else CUT_CELL})" in said, said


def test_cell_reason_words():
    assert cell_reason("column text: not text: a number") == VALUE_CELL
    assert cell_reason("column Body: not text: a date") == VALUE_CELL
    assert cell_reason("column text: not text: N/A, a placeholder for no value") == NO_TEXT_CELL
    # ((hunt40b) a TRUE/FALSE value is counted in its own words too: tests/test_hunt40b_text_cell_reasons.py)
    assert cell_reason("column text: not text: a TRUE/FALSE value") != NO_TEXT_CELL
    assert cell_reason("column text: a text cut to fit its cell (it ends \"[... cut: N more characters not shown ...]\"), "
                       "not the whole document; put the full text in a file") == CUT_CELL
    assert cell_reason("column text: not the whole text: it ends '[+1834 chars]', a news service's mark") == CUT_CELL
