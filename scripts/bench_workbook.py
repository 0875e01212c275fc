"""Workbook benchmarks, called by scripts/bench.py (or run alone: prints `name: value` lines).

- write_10k_s: writing a scored workbook of 10,000 documents (scores computed beforehand)
- score_and_write_100k_s: scoring 100,000 documents and writing them as the results come
- score_10k_s: scoring those 10,000 documents (the reference for the refresh target)
- refresh_100_of_10k_s: refreshing that workbook after 100 rows' texts changed
  (target: under a fifth of score_10k_s)
- peak_rss_write_100k_mb / peak_rss_refresh_100k_mb: peak memory of writing and of refreshing a
  100,000-row workbook, each in a fresh process (target: under 2,048 MB): the process's own peak
  plus the largest peak of the processes it started (scoring workers, the refresh's helper), a
  bound from above on what they held at once

quick=True uses 1,000 and 10,000 rows instead, for a fast check.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

# Documents are varied by number so that they differ (and hash differently) but cost the same.
TEMPLATE = ("{n}: The city council approved the budget on Tuesday by seven votes to two, officials said. "
            "The plan sets aside {n} thousand dollars for road repairs, according to the finance office. "
            "Critics called it a disgraceful waste! Council member Ana Lima said the vote followed three public hearings. "
            "Experts say the repairs will be the biggest in the history of the city.")


def _items(count: int):
    from xlplugin.inputs import Record

    out = []
    for n in range(1, count + 1):
        text = TEMPLATE.format(n=n)
        out.append(Record(id=f"doc{n}", text=text, title=f"Budget story {n}", url=f"https://news{n % 50}.example.org/{n}",
                          source="bench", columns={"id": f"doc{n}", "title": f"Budget story {n}",
                                                   "url": f"https://news{n % 50}.example.org/{n}", "text": text},
                          text_column="text"))
    return out


def _score(items):
    from xlplugin import Settings, score_many
    from xlplugin.engine import DocumentInput

    return list(score_many([DocumentInput(r.text, r.id, r.title, r.url, r.outlet) for r in items], settings=Settings()))


def _edit_texts(path: Path, count: int) -> None:
    """Change `count` documents' texts inside the package, as a user editing cells would."""
    from xlplugin.workbook import layout
    from xlplugin.workbook.package import Package

    with Package.open(path) as package:
        docs = package.sheets[layout.DOCUMENTS]
        shared = package.shared_part
    tmp = path.with_suffix(".edit.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in (shared, docs):
                for n in range(1, count + 1):
                    data = data.replace(f">{n * 7}: The city".encode(), f">{n * 7}: The town".encode(), 1)
            dst.writestr(info, data)
    tmp.replace(path)


def _measure(kind: str, rows: int, folder: str) -> dict:
    """Run in a fresh process: write or refresh a `rows`-row workbook; report time and peak RSS."""
    import resource

    from xlplugin import Settings
    from xlplugin.workbook import refresh_workbook, write_scored_workbook

    path = Path(folder) / f"bench_{rows}.xlsx"
    figures = {}
    if kind == "stream":
        # Results go straight from the engine into the writer, as each is ready: the way to keep
        # memory flat (holding 100,000 results with their evidence costs more than the workbook).
        from xlplugin import score_many
        from xlplugin.engine import DocumentInput

        items = _items(rows)
        started = time.perf_counter()
        results = score_many([DocumentInput(r.text, r.id, r.title, r.url, r.outlet) for r in items], settings=Settings())
        write_scored_workbook(path, items, results, Settings())
        figures["score_and_write_s"] = time.perf_counter() - started
    elif kind == "write":
        items = _items(rows)
        started = time.perf_counter()
        results = _score(items)
        figures["score_s"] = time.perf_counter() - started
        started = time.perf_counter()
        write_scored_workbook(path, items, results, Settings())
        figures["write_s"] = time.perf_counter() - started
    else:
        _edit_texts(path, 100)
        started = time.perf_counter()
        summary = refresh_workbook(path)
        figures["refresh_s"] = time.perf_counter() - started
        figures["rescored"] = summary.rescored
    # ru_maxrss is in kB on Linux; children = the waited-for worker processes (their largest peak)
    figures["self_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["children_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    figures["peak_rss_mb"] = figures["self_rss_mb"] + figures["children_rss_mb"]
    figures["size_mb"] = path.stat().st_size / 1e6
    return figures


def _child(kind: str, rows: int, folder: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(rows), folder],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[tuple[str, float]]:
    small, large = (1_000, 10_000) if quick else (10_000, 100_000)
    tag = "1k" if quick else "10k"
    big = "10k" if quick else "100k"
    figures: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        written = _child("write", small, folder)
        refreshed = _child("refresh", small, folder)
        figures += [
            (f"score_{tag}_s", round(written["score_s"], 2)),
            (f"write_{tag}_s", round(written["write_s"], 2)),
            (f"workbook_{tag}_mb", round(written["size_mb"], 1)),
            (f"refresh_100_of_{tag}_s", round(refreshed["refresh_s"], 2)),
            (f"refresh_over_score_{tag}", round(refreshed["refresh_s"] / written["score_s"], 3)),
            (f"peak_rss_write_{tag}_mb", round(written["peak_rss_mb"])),
            (f"peak_rss_refresh_{tag}_mb", round(refreshed["peak_rss_mb"])),
        ]
        written = _child("stream", large, folder)
        refreshed = _child("refresh", large, folder)
        figures += [
            (f"score_and_write_{big}_s", round(written["score_and_write_s"], 1)),
            (f"peak_rss_write_{big}_mb", round(written["peak_rss_mb"])),
            (f"refresh_100_of_{big}_s", round(refreshed["refresh_s"], 1)),
            (f"peak_rss_refresh_{big}_mb", round(refreshed["peak_rss_mb"])),
            (f"workbook_{big}_mb", round(written["size_mb"], 1)),
        ]
    return figures


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(_measure(sys.argv[2], int(sys.argv[3]), sys.argv[4])))
    else:
        for name, value in run("--quick" in sys.argv):
            print(f"{name}: {value}")
