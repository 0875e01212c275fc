"""(daskparity41) A NewsAPI file's `publishedAt` ("2024-03-05T14:20:00Z") is the document's date with
its time, as a CSV file's date cell holding the same text is, on `xlplugin score` and on `--engine
dask`. Guards: checked on main, both paths already agreed (nothing changed). Every text here is
written for these tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")
pytest.importorskip("dask.dataframe")
pytest.importorskip("xlplugin.dask")

sys.path.insert(0, str(Path(__file__).parent))
from test_dask39_parity import REPORT, _dask, _local  # noqa: E402

PUBLISHED = "2024-03-05T14:20:00Z"


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    news = tmp_path / "news.json"
    news.write_text(json.dumps({"status": "ok", "totalResults": 1, "articles": [
        {"source": {"id": None, "name": "Harbour Post"}, "author": "Ines Duarte", "title": "Quay",
         "url": "https://example.org/quay", "publishedAt": PUBLISHED, "content": REPORT}]}), encoding="utf-8")
    table = tmp_path / "table.csv"
    table.write_text(f'title,text,date\nQuay,"{REPORT}",{PUBLISHED}\n', encoding="utf-8")
    return news, table


def test_newsapi_keeps_the_time_as_a_csv_date_cell_does(tmp_path, capsys):
    news, table = _inputs(tmp_path)
    from_news, _ = _local([str(news)], capsys)
    from_table, _ = _local([str(table)], capsys)
    assert [row["date"] for row in from_news.values()] == [row["date"] for row in from_table.values()] == [PUBLISHED]


def test_newsapi_on_engine_dask_gives_the_date_score_gives(tmp_path, capsys):
    news, _ = _inputs(tmp_path)
    rows = _dask([str(news)], tmp_path / "out")[0]
    local, _ = _local([str(news)], capsys)
    assert [row["date"] for row in rows] == [row["date"] for row in local.values()] == [PUBLISHED]
