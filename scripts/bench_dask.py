"""Dask against the built-in parallel path, on the same documents (`scripts/bench.py --only dask`).

Each round, in turn:
  dask:     start a LocalCluster of 2 worker processes (one thread each) and a client, with the
            word lists loaded on the workers (`dask_startup_s`); then read the corpus from Parquet
            (40 files of 500 documents), score it and write one Parquet part per file, as
            `xlplugin score --engine dask` does (`dask_docs_per_s`); then close the cluster.
  built-in: read the same Parquet files and score the documents with `score_many(workers=2)`
            (`builtin_docs_per_s`).
Figures are medians of the rounds; `dask_over_builtin` is the ratio of the two medians.
Targets: dask_over_builtin at least 0.9, dask_startup_s under 3.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _write_corpus(folder: Path, n: int, files: int) -> list[str]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from bench import corpus

    docs = corpus(n, seed=13)
    size = n // files
    paths = []
    for k in range(files):
        path = folder / f"articles-{k:03d}.parquet"
        chunk = docs[k * size:(k + 1) * size]
        pq.write_table(pa.table({"id": [f"a{k * size + i}" for i in range(len(chunk))], "body": chunk}), path)
        paths.append(str(path))
    return paths


def _builtin(paths: list[str]) -> int:
    import pyarrow.parquet as pq

    import xlplugin

    def documents():
        for path in paths:
            table = pq.read_table(path, columns=["id", "body"])
            for doc_id, body in zip(table.column("id").to_pylist(), table.column("body").to_pylist()):
                yield {"id": doc_id, "text": body}

    return sum(1 for _ in xlplugin.score_many(documents(), workers=2))


def run(quick: bool) -> list[tuple[str, float]]:
    from xlplugin import dask as xdask

    n, files, rounds = (2_000, 8, 1) if quick else (20_000, 40, 3)
    startups, dask_times, builtin_times = [], [], []
    with tempfile.TemporaryDirectory(prefix="xlplugin-bench-dask-") as tmp:
        folder = Path(tmp)
        paths = _write_corpus(folder, n, files)
        for round_number in range(rounds):
            out = folder / f"scored-{round_number}"
            start = time.perf_counter()
            client = xdask.start_client(workers=2)
            xdask.register_warm_up(client)
            startups.append(time.perf_counter() - start)
            try:
                start = time.perf_counter()
                summary = xdask.run_plan(xdask.plan_files(paths, out, text="body"), client)
                dask_times.append(time.perf_counter() - start)
                assert summary.documents == n and summary.written == files
            finally:
                cluster = client.cluster
                client.close()
                cluster.close()
            start = time.perf_counter()
            assert _builtin(paths) == n
            builtin_times.append(time.perf_counter() - start)
        size_mb = sum(p.stat().st_size for p in out.glob("part.*.parquet")) / 1e6
    t_dask, t_builtin = statistics.median(dask_times), statistics.median(builtin_times)
    return [
        ("dask_documents", n),
        ("dask_startup_s", statistics.median(startups)),
        ("dask_docs_per_s", n / t_dask),
        ("builtin_docs_per_s", n / t_builtin),
        ("dask_over_builtin", t_builtin / t_dask),
        ("dask_rounds_s", " ".join(f"{d:.1f}/{b:.1f}" for d, b in zip(dask_times, builtin_times))),  # type: ignore[list-item]
        ("dask_output_mb", size_mb),
    ]


if __name__ == "__main__":
    for name, value in run("--quick" in sys.argv):
        print(f"{name}: {value:.4g}" if isinstance(value, float) else f"{name}: {value}", flush=True)
