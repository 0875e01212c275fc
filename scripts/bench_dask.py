"""Dask against the built-in parallel path, on the same documents (`scripts/bench.py --only dask`).

Each round, in turn:
  dask:     start a LocalCluster of 2 worker processes (one thread each) and a client, with the
            word lists loaded on the workers (`dask_startup_s`); then read the corpus from Parquet
            (40 files of 500 documents), score it and write one Parquet part per file, as
            `xlplugin score --engine dask` does (`dask_docs_per_s`); then close the cluster.
  built-in: read the same Parquet files and score the documents with `score_many(workers=2)`
            (`builtin_docs_per_s`).
Figures are medians of the rounds; `dask_over_builtin` is the ratio of the two medians. The
start-up is measured in a fresh process each round (as every command-line run pays it), and
the CPU time of every process taking part is counted too (`*_cpu_ms_per_doc`): on a machine
shared with other jobs, elapsed times swing from round to round, CPU time much less.
(dask54) First, `block_memory`: the peak memory (tracemalloc) of reading one part of a large CSV file
(about 30 MB, 8 MB blocks; 10 MB with --quick): dask52's part, which parsed the whole file
(`dask_block_part_whole_file_mb`), this one, which reads its block's rows from the file's first
task (`dask_block_part_mb`), and that first task, which reads the file once (`dask_block_spill_task_mb`).
Targets: dask_over_builtin at least 0.9, dask_startup_s under 3. XLPLUGIN_BENCH_DASK_ROUNDS
sets the number of rounds of a full run (3), XLPLUGIN_BENCH_DASK_WORKERS the worker count of both
sides (2; the targets are for 2).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


WORKERS = int(os.environ.get("XLPLUGIN_BENCH_DASK_WORKERS", 2))


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

    return sum(1 for _ in xlplugin.score_many(documents(), workers=WORKERS))


STARTUP = """
import sys
import time
start = time.perf_counter()
from xlplugin import dask as xdask
imported = time.perf_counter()
client = xdask.start_client(workers=int(sys.argv[1]))
xdask.register_warm_up(client)
ready = time.perf_counter()
print(imported - start, ready - imported)
cluster = client.cluster
client.close()
cluster.close()
"""


def _startup() -> tuple[float, float]:
    """Import time and cluster start-up (2 workers, word lists loaded), in a fresh process: what
    every run of `xlplugin score --engine dask` pays (the fork server is started anew)."""
    import subprocess

    out = subprocess.run([sys.executable, "-c", STARTUP, str(WORKERS)], capture_output=True, text=True, check=True, cwd=ROOT)
    imported, ready = map(float, out.stdout.split())
    return imported, ready


def _cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb(read) -> tuple[object, float]:
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        got = read()
        return got, tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def block_memory(size_mb: float) -> list[tuple[str, float]]:
    """(dask54) The peak memory of reading the first part of a CSV file of about `size_mb` MB of
    generated documents (`bench.corpus`, about 3.5 KB each), in this process: as dask52 read it (the
    whole file parsed, its share kept) and from its file's first task (`spill_blocks`), which is
    measured too. The two readings must give the same rows."""
    import csv

    from bench import corpus

    from xlplugin import dask as xdask

    n = int(size_mb * 2**20 / 3_600)
    with tempfile.TemporaryDirectory(prefix="xlplugin-bench-blocks-") as tmp:
        path = Path(tmp) / "large.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "title", "body"])
            writer.writerows((f"d{i}", f"Bench report {i}", doc) for i, doc in enumerate(corpus(n, seed=54)))
        blocks = -(-path.stat().st_size // xdask.BLOCK_BYTES)
        block = xdask.Block((path, path.name, ""), 0, blocks, str(Path(tmp) / "spill"))
        whole_rows, whole = _peak_mb(lambda: xdask._read_block(xdask.Block(block.entry, 0, blocks), "body", []))
        spilled, spill = _peak_mb(lambda: xdask.spill_blocks(block, "body"))
        rows, part = _peak_mb(lambda: xdask._read_block(block, "body", [], spilled))
        assert rows == whole_rows, "a part read from the spill differs from the whole file's reading"
        return [("dask_block_file_mb", path.stat().st_size / 2**20), ("dask_block_parts", blocks),
                ("dask_block_part_rows", len(rows)), ("dask_block_part_whole_file_mb", whole),
                ("dask_block_part_mb", part), ("dask_block_spill_task_mb", spill)]


def run(quick: bool) -> list[tuple[str, float]]:
    import resource

    from xlplugin import dask as xdask

    n, files, rounds = (2_000, 8, 1) if quick else (20_000, 40, int(os.environ.get("XLPLUGIN_BENCH_DASK_ROUNDS", 3)))
    startups, imports, dask_times, builtin_times, dask_cpu, builtin_cpu = [], [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="xlplugin-bench-dask-") as tmp:
        folder = Path(tmp)
        paths = _write_corpus(folder, n, files)
        for round_number in range(rounds):
            imported, ready = _startup()
            imports.append(imported)
            startups.append(ready)
            out = folder / f"scored-{round_number}"
            client = xdask.start_client(workers=WORKERS)
            xdask.register_warm_up(client)
            try:
                workers_before = sum(client.run(_cpu).values())
                own = _cpu()
                start = time.perf_counter()
                summary = xdask.run_plan(xdask.plan_files(paths, out, text="body"), client)
                dask_times.append(time.perf_counter() - start)
                # CPU of the client process (with the scheduler in it) and of the workers;
                # the nannies, which only watch the workers, are left out
                dask_cpu.append(_cpu() - own + sum(client.run(_cpu).values()) - workers_before)
                assert summary.documents == n and summary.written == files
            finally:
                cluster = client.cluster
                client.close()
                cluster.close()
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            children_before = children.ru_utime + children.ru_stime
            own = _cpu()
            start = time.perf_counter()
            assert _builtin(paths) == n
            builtin_times.append(time.perf_counter() - start)
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            builtin_cpu.append(_cpu() - own + children.ru_utime + children.ru_stime - children_before)
        size_mb = sum(p.stat().st_size for p in out.glob("part.*.parquet")) / 1e6
    t_dask, t_builtin = statistics.median(dask_times), statistics.median(builtin_times)
    return block_memory(10 if quick else 30) + [
        ("dask_workers", WORKERS),
        ("dask_documents", n),
        ("dask_import_s", statistics.median(imports)),
        ("dask_startup_s", statistics.median(startups)),
        ("dask_docs_per_s", n / t_dask),
        ("builtin_docs_per_s", n / t_builtin),
        ("dask_over_builtin", t_builtin / t_dask),
        ("dask_rounds_s", " ".join(f"{d:.1f}/{b:.1f}" for d, b in zip(dask_times, builtin_times))),  # type: ignore[list-item]
        # CPU seconds per document, all processes: a comparison that a busy machine disturbs less
        ("dask_cpu_ms_per_doc", statistics.median(dask_cpu) / n * 1000),
        ("builtin_cpu_ms_per_doc", statistics.median(builtin_cpu) / n * 1000),
        ("builtin_cpu_over_dask_cpu", statistics.median(builtin_cpu) / statistics.median(dask_cpu)),
        ("dask_output_mb", size_mb),
    ]


if __name__ == "__main__":
    for name, value in run("--quick" in sys.argv):
        print(f"{name}: {value:.4g}" if isinstance(value, float) else f"{name}: {value}", flush=True)
