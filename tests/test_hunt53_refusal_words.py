"""(hunt53) A JSON record whose text field holds an object is counted under its own reason, not as
"with no text in the text cell" (on main); the guide sheet explains the "same text as" Copies cell
and the "not prose" and "too long" statuses; and the Excel functions and --json give a too-long and
an encoded-data text the same reason as the workbook's Status (a guard: they agreed on main).
Texts written for these tests."""
from __future__ import annotations

import base64
import json

import pytest

from xlplugin.cli import main
from xlplugin.excel import functions
from xlplugin.inputs_summary import NO_TEXT_CELL, OBJECT_CELL, cell_reason
from xlplugin.refused_texts import MAX_WORDS, refusal
from xlplugin.workbook.guide_sheets import sheet_guide_rows

STORY = ("The parish council agreed on Monday to repair the footbridge by the mill, its clerk, Owen Pryce, "
         "said. The work will cost 12,000 pounds and start in May, according to the council's minutes.")


def test_a_text_object_is_counted_under_its_own_reason(tmp_path, capsys):
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"id": "j1", "text": STORY}) + "\n"
                    + json.dumps({"id": "j2", "text": {"body": STORY, "lang": "en"}}) + "\n", encoding="utf-8")
    code = main(["score", str(path)])
    err = capsys.readouterr().err
    assert f"1 not scored (1 {OBJECT_CELL})" in err
    assert NO_TEXT_CELL not in err
    assert code == 2  # (as a text cell with no text: the row is not scored)


def test_cell_reasons_near_it_keep_their_words():
    assert cell_reason('records.jsonl line 2: the "text" field holds an object ({"body": ...}), not a text') == OBJECT_CELL
    assert cell_reason("column text: not text: a number") != OBJECT_CELL
    assert cell_reason("column text: empty") == NO_TEXT_CELL


def _guide() -> str:
    return " ".join(text for _, text in sheet_guide_rows())


@pytest.mark.parametrize("words", ["same text as row 9, word for word", "not prose: looks like encoded data",
                                   '"too long": more than 50,000 words'])
def test_the_guide_explains_it(words):
    assert words in _guide()


DATA = base64.b64encode(bytes(range(256)) * 8).decode()
LONG = ("The council met again today and talked about the budget. " * (MAX_WORDS // 10 + 200)).strip()


@pytest.mark.parametrize("text, start", [(DATA, "not prose: looks like encoded data"), (LONG, "too long: ")])
def test_the_functions_and_json_say_the_workbooks_reason(text, start, tmp_path, capsys):
    reason = refusal(text)
    assert reason.startswith(start)
    status = functions.scores([[text]], False)[0][-1]
    assert status == "not scored: " + reason
    assert functions.kind([[text]]) == "not scored"
    path = tmp_path / "one.csv"
    path.write_text(f'id,text\nd1,"{text}"\n', encoding="utf-8")
    main(["score", str(path), "--json"])
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["status"] == status


def test_dask_says_a_text_object_as_score_does_and_counts_it_as_a_document():
    import pyarrow as pa

    from xlplugin.dask import _counts

    error = 'the "text" field holds an object ({"body": ..., "lang": ...}), not a text'
    table = pa.table({"id": ["j1", "j2"], "text": [STORY, ""], "note": ["", "not scored: " + error],
                      "reliability": [70.0, None], "input_error": [None, error],
                      "input_source": ["r.jsonl line 1", "r.jsonl line 2"], "input_id": ["j1", "j2"]})
    counts = _counts(table, cells=1, part="part.00000.parquet")
    assert counts["problems"] == [f"not scored: id j2 (r.jsonl line 2): {error}; the row is kept with no scores "
                                  "and its Status says why"]  # (main: "skipped r.jsonl line 2: ...", as a file not read)
    assert counts["unscored"] == {OBJECT_CELL: 1}
