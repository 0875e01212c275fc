"""(dasklight41) The Dask engine judges which rows are no document (`inputs.not_documents`) on a
whole frame or file, but not on every text of it in one task: each partition is first made compact
(`frame.compact_part`: `inputs.DOCUMENT_STAND_IN` for each cell that makes its row a document,
`inputs.document_cell`), and the judgement of the compact parts is the judgement of the parts. Every
text here is written for these tests."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")
dd = pytest.importorskip("dask.dataframe")
pytest.importorskip("xlplugin.dask")

sys.path.insert(0, str(Path(__file__).parent))
from test_dask39_parity import _dask  # noqa: E402

from xlplugin import dask as dask_engine  # noqa: E402
from xlplugin import inputs  # noqa: E402
from xlplugin.dask import score_frame  # noqa: E402
from xlplugin.frame import compact_part, rows_not_documents  # noqa: E402

_WORDS = ("the ferry ran late again because the harbour crane broke and the port office said repairs would "
          "take a week while traders on the quay counted their losses and asked the council for help").split()


def _words(n: int, first: str = "") -> str:
    words = ([first] if first else []) + [_WORDS[i % len(_WORDS)] for i in range(n - (1 if first else 0))]
    return " ".join(words)


LONG = _words(300)
AT_40, AT_41 = _words(40), _words(41)
NOTE_40, NOTE_41 = _words(40, "Note:"), _words(41, "Note:")  # a note has at most 40 words
NUMBER_41 = " ".join(["1"] + ["000"] * 40)  # a number of 41 "words" ("1 000 000 ..."): a total's number
LABEL = "Week 3: the harbour"
SHORT = "Crane broke at the quay."

# (rows, columns): each a table as a user may give it; the first of each list is the header
TABLES = {
    "note under, text last": (["title", "text"], [["Quay", LONG], ["Crane", AT_41], ["Source: port office log", None]]),
    "note between, text last": (["title", "text"], [["Quay", LONG], ["Note: rows below are older", None], ["Crane", AT_41],
                                                    ["Ferry", SHORT]]),
    "40-word note, text first": (["text", "views"], [[LONG, 3], [NOTE_40, None], [AT_41, 5], [SHORT, 2]]),
    "41-word note, text first": (["text", "views"], [[LONG, 3], [NOTE_41, None], [AT_41, 5], [NOTE_41, None]]),
    "40-word note at the bottom, id first": (["id", "text"], [["a1", LONG], ["a2", AT_40], [AT_40, None]]),
    "41-word line at the bottom, id first": (["id", "text"], [["a1", LONG], ["a2", AT_41], [AT_41, None]]),
    "section labels": (["title", "text"], [[LABEL, None], ["Quay", LONG], ["Part B", None], ["Crane", AT_41]]),
    "section labels, text first": (["text", "outlet"], [[LABEL, None], [LONG, "Harbour News"], ["Part B", None],
                                                         [AT_41, "Quay Post"]]),
    "repeated header": (["title", "text", "outlet"], [["Quay", LONG, "Harbour News"], ["Title", "TEXT", " outlet"],
                                                      ["Crane", AT_41, "Quay Post"]]),
    "totals": (["title", "text", "views"], [["Quay", LONG, 3], ["Crane", AT_41, 4], ["Total", None, 7],
                                            ["Average views:", None, 3.5]]),
    "total of a 41-group number": (["text", "words"], [[LONG, "1 000"], [AT_41, "2 000"], ["Total words", NUMBER_41]]),
    "total in the text column": (["text", "views"], [[LONG, 3], [AT_41, 4], ["Total", 7]]),
    "a 41-word column name repeated": (["title", AT_41], [["Quay", LONG], ["title", AT_41], ["Crane", AT_40]]),
    "the stand-in is a column name": (["title", inputs.DOCUMENT_STAND_IN], [["Quay", LONG], ["Source: port log", None]]),
    "a table of texts alone": (["text"], [[LONG], [NOTE_40], [AT_41], ["Part B"], [SHORT]]),
    "mixed kinds of cell": (["title", "text", "flag"], [["Quay", LONG, True], ["Crane", 12345, "yes"],
                                                        ["Ferry", AT_41, None], ["Total", None, 2]]),
    "blank and missing cells": (["title", "text"], [["Quay", LONG], ["  ", "   "], [None, None], ["Note: ends here", ""]]),
}


def _frame(columns: list[str], rows: list[list]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)


def _parts(frame: pd.DataFrame, sizes: list[int]) -> list[pd.DataFrame]:
    parts, at = [], 0
    for size in sizes:
        parts.append(frame.iloc[at:at + size])
        at += size
    return parts


@pytest.mark.parametrize("name", list(TABLES))
@pytest.mark.parametrize("strings", ["object", "string[pyarrow]", "arrow"])
def test_compact_parts_are_judged_as_the_parts_are(name, strings):
    columns, rows = TABLES[name]
    frame = _frame(columns, rows)
    if strings != "object":
        kind = "string[pyarrow]" if strings == "string[pyarrow]" else pd.ArrowDtype(pa.string())
        frame = frame.astype({c: kind for c in frame.columns if all(isinstance(v, str) or v is None for v in frame[c])})
    text = inputs.find_column(columns, inputs.TEXT_COLUMN_NAMES) or columns[-1]
    for sizes in ([len(rows)], [1, len(rows) - 1], [len(rows) - 1, 1], [1] * len(rows)):
        parts = _parts(frame, sizes)
        compact = [compact_part(part) for part in parts]
        assert rows_not_documents(compact, text) == rows_not_documents(parts, text), (name, sizes)
        assert [str(d) for d in pd.concat(compact).dtypes] == [str(d) for d in frame.dtypes]
    kept = [v for row in pd.concat(compact).to_numpy().tolist() for v in row]
    if name == "the stand-in is a column name":
        assert LONG in kept  # (no stand-in where it would read as a column's name)
    elif any(LONG in row for row in rows):
        assert LONG not in kept and inputs.DOCUMENT_STAND_IN in kept


def test_each_table_finds_what_it_was_written_for():
    """(guard) The tables above hold what they are named for, so the equality is not of empty lists."""
    found = {name: rows_not_documents([_frame(*TABLES[name])], "text") for name in TABLES}
    assert found["note between, text last"] and found["totals"] and found["repeated header"]
    assert found["section labels"] and found["total of a 41-group number"] and found["40-word note, text first"]
    assert not found["41-word note, text first"]


def test_arrow_tables_too():
    for name, (columns, rows) in TABLES.items():
        if name == "mixed kinds of cell":
            continue
        table = pa.Table.from_pandas(_frame(columns, rows), preserve_index=False)
        parts = [table.slice(0, 1), table.slice(1)]
        compact = [compact_part(part) for part in parts]
        assert rows_not_documents(compact, columns[-1]) == rows_not_documents(parts, columns[-1]), name
        assert [c.schema for c in compact] == [p.schema for p in parts]


def test_random_tables_are_judged_alike():
    """Tables of cells drawn at random from those the rules read otherwise (notes of 40 and 41
    words, labels, totals' labels and numbers, column names, blanks, long texts)."""
    rnd = random.Random(41)
    cells = [None, "", " ", LONG, AT_40, AT_41, NOTE_40, NOTE_41, NUMBER_41, LABEL, "Part B", SHORT, "Total",
             "Total words:", "Source: port office", "text", "title", 7, 2.5, "1,204", _words(41, "Total")]
    for _ in range(400):
        columns = rnd.choice([["title", "text"], ["text", "words"], ["id", "text", "outlet"], ["text"]])
        rows = [[rnd.choice(cells) for _ in columns] for _ in range(rnd.randint(1, 7))]
        frame = pd.DataFrame(rows, columns=columns, dtype=object)
        cut = rnd.randint(0, len(rows))
        parts = [part for part in (frame.iloc[:cut], frame.iloc[cut:]) if len(part)]
        assert rows_not_documents([compact_part(p) for p in parts], "text") == rows_not_documents(parts, "text"), rows


@pytest.fixture
def received(monkeypatch):
    """The cells the task that judges a whole frame's (a whole file's) rows is given."""
    seen: list = []

    def recording(parts, text):
        seen.extend(v for part in parts for column in part.columns for v in part[column])
        return rows_not_documents(parts, text)
    monkeypatch.setattr(dask_engine, "rows_not_documents", recording)
    return seen


FRAME = _frame(["title", "text", "views"], [["Quay", LONG, 3], ["Note: rows below are older", None, None],
                                            ["Crane", _words(120), 4], ["Total", None, 7]])


def test_score_frame_judges_stand_ins_not_the_texts(received):
    scored = score_frame(dd.from_pandas(FRAME, npartitions=2)).compute(scheduler="sync")
    assert inputs.MIDDLE_NOTE_REASON in scored["note"].iloc[1]
    assert inputs.TOTAL_ROW_REASON in str(scored["input_error"].iloc[3]) + str(scored["note"].iloc[3])
    assert received and max(len(v) for v in received if isinstance(v, str)) <= len(inputs.DOCUMENT_STAND_IN)


def test_engine_dask_judges_stand_ins_not_the_texts(tmp_path, received, monkeypatch):
    def read(paths, skipped=None):
        return dd.read_parquet([str(p) for p in dask_engine._parquet_files(paths, skipped)], split_row_groups=True)
    monkeypatch.setattr(dask_engine, "read_corpus", read)
    pq.write_table(pa.Table.from_pandas(FRAME, preserve_index=False), tmp_path / "t.parquet", row_group_size=2)
    rows = _dask([str(tmp_path / "t.parquet")], tmp_path / "out")[0]
    assert inputs.MIDDLE_NOTE_REASON in rows[1]["note"]
    assert received and max(len(v) for v in received if isinstance(v, str)) <= len(inputs.DOCUMENT_STAND_IN)
