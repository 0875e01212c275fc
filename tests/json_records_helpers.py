"""Helpers for the tests of JSON and JSON Lines records whose text field is not a text (hunt52,
hunt54): the file written from records, and a Dask part's counts of one such refused record."""

from __future__ import annotations

import json
from typing import Any


def records_file(tmp_path: Any, records: list[Any], suffix: str = ".jsonl") -> Any:
    """`records` written to tmp_path/records.jsonl (one a line) or records.json (one array)."""
    path = tmp_path / f"records{suffix}"
    if suffix == ".jsonl":
        path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    else:
        path.write_text(json.dumps(records), encoding="utf-8")
    return path


def dask_counts_of_refused(text: str, error: str) -> dict[str, Any]:
    """`dask._counts` of a part of two JSON Lines records: j1 scored (`text`), j2 refused with `error`."""
    import pyarrow as pa

    from xlplugin.dask import _counts

    table = pa.table({"id": ["j1", "j2"], "text": [text, ""], "note": ["", "not scored: " + error],
                      "reliability": [70.0, None], "input_error": [None, error],
                      "input_source": ["r.jsonl line 1", "r.jsonl line 2"], "input_id": ["j1", "j2"]})
    return _counts(table, cells=1, part="part.00000.parquet")
