"""(hunt54) A Dask part read back from its file (a part kept by --resume, or one counted from its
file after its worker died) had no text keys: its texts were not read back, and a text word for
word another's in such a part went unsaid, where `xlplugin score` over the same inputs says it.
Checked by hand on the command line: score two CSV files with --engine dask, delete either part,
run again with --resume: main said no "same text" line, this branch says `score`'s. Texts written
for these tests."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from xlplugin.copies import text_key
from xlplugin.dask import RunSummary, _kept_part, _part_counts

FERRY = ("The harbour board said on Friday that the morning ferry to the island would stop running in "
         "October. Its chair told the meeting that the boat needed repairs, according to the minutes.")
MARKET = ("Traders at the covered market asked the council on Wednesday to delay the rent rise by a year. "
          "A council spokesman said the request would be considered at the next meeting.")
LINE = ("1 document has the same text as another, word for word (r3: same text as r1): each is scored and "
        "kept, so the text counts twice in any total")


def _part(tmp_path, ids, texts, errors=None):
    rows = len(ids)
    table = pa.table({"id": ids, "text": texts, "note": [""] * rows, "reliability": [70.0] * rows,
                      "input_error": errors or [None] * rows, "input_source": [f"in.csv row {i}" for i in range(rows)],
                      "input_id": ids})
    path = tmp_path / "part.00000.parquet"
    pq.write_table(table, path)
    return path


def test_a_part_read_back_gives_its_text_keys(tmp_path):
    path = _part(tmp_path, ["r1", "r2"], [FERRY, MARKET])
    assert _part_counts(path)["text_keys"] == [(text_key(FERRY), "r1"), (text_key(MARKET), "r2")]  # (main: [])


def test_a_kept_part_gives_its_text_keys_to_the_same_text_line(tmp_path):
    documents, _, keys = _kept_part(_part(tmp_path, ["r1", "r2"], [FERRY, MARKET]))  # (main: two values, no keys)
    assert documents == 2
    summary = RunSummary(2, 1, 1, 1, 1, 1, {}, 1.0, text_keys=keys + [(text_key(FERRY), "r3")])
    assert summary.same_text_line() == LINE


# Guards: no line where no text is another's, and a row not read gives no key.
def test_different_texts_in_a_kept_part_say_nothing(tmp_path):
    keys = _kept_part(_part(tmp_path, ["r1", "r2"], [FERRY, MARKET]))[-1]
    assert RunSummary(2, 1, 1, 1, 1, 1, {}, 1.0, text_keys=keys).same_text_line() == ""


def test_a_row_not_read_gives_no_key(tmp_path):
    path = _part(tmp_path, ["r1", "r2"], [FERRY, FERRY], errors=[None, "could not read in.csv"])
    assert "r2" not in [name for _, name in _part_counts(path)["text_keys"]]
