"""(hunt53) The same text twice is said by every summary in the same words, built by one function
(`inputs_summary.same_text_line`): on main only `score` said it; `score --engine dask` and
`refresh` said nothing. Texts written for these tests."""
from __future__ import annotations

import shutil

import pyarrow as pa

from xlplugin.cli import main
from xlplugin.copies import text_key
from xlplugin.dask import RunSummary, _counts
from xlplugin.inputs_summary import same_text_line

FERRY = ("The harbour board said on Friday that the morning ferry to the island would stop running in "
         "October. Its chair, Ruth Amos, told the meeting that the boat needed repairs and that a smaller "
         "vessel would take the route until spring, according to the board's minutes.")
MARKET = ("Traders at the covered market asked the council on Wednesday to delay the rent rise by a year. "
          "A council spokesman said the request would be considered at the next meeting in two weeks.")
LINE = ("1 document has the same text as another, word for word (r3: same text as r1): each is scored and "
        "kept, so the text counts twice in any total")


def test_one_function_builds_the_line_from_keys_and_names():
    keys = [text_key(t) for t in (FERRY, MARKET, FERRY.upper())]
    assert same_text_line(keys, ["r1", "r2", "r3"]) == LINE
    assert same_text_line(keys[:2], ["r1", "r2"]) == ""
    assert text_key("N/A") is None and text_key("") is None  # (no document's text: never paired)


def test_the_dask_summary_says_the_same_line():
    table = pa.table({"id": ["r1", "r2", "r3"], "text": [FERRY, MARKET, FERRY], "note": ["", "", ""],
                      "reliability": [70.0, 60.0, 70.0]})
    counts = _counts(table, part="part.00000.parquet")
    summary = RunSummary(1, 1, 0, 3, 3, 3, {}, 1.0, text_keys=counts["text_keys"])
    assert summary.same_text_line() == LINE
    no_copy = RunSummary(1, 1, 0, 2, 2, 2, {}, 1.0, text_keys=counts["text_keys"][:2])
    assert no_copy.same_text_line() == ""


def test_the_refresh_summary_says_the_same_line(tmp_path, capsys):
    path = tmp_path / "twice.csv"
    path.write_text(f'id,text\nr1,"{FERRY}"\nr2,"{MARKET}"\nr3,"{FERRY}"\n', encoding="utf-8")
    book = tmp_path / "twice.xlsx"
    main(["score", str(path), "-o", str(book)])
    assert LINE in capsys.readouterr().err
    copy = tmp_path / "copy.xlsx"
    shutil.copy(book, copy)
    main(["refresh", str(copy)])
    assert LINE in capsys.readouterr().err  # (main: not said)


def test_refresh_of_different_texts_says_nothing(tmp_path, capsys):
    path = tmp_path / "apart.csv"
    path.write_text(f'id,text\nr1,"{FERRY}"\nr2,"{MARKET}"\n', encoding="utf-8")
    book = tmp_path / "apart.xlsx"
    main(["score", str(path), "-o", str(book)])
    main(["refresh", str(book)])
    assert "same text as" not in capsys.readouterr().err
