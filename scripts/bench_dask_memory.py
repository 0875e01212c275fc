"""(dask51) Peak memory and speed of `--engine dask` against the single-process path, on the same file
(`python scripts/bench_dask_memory.py`, or `scripts/bench.py --only dask_memory`).

For each input kind (one CSV file, one Parquet file) and each size (N = 2,000 and 8,000 rows of the
bench's generated documents, `bench.corpus`, about 3.5 KB each), in turn, each run in a fresh process:
  dask:   a local cluster of 2 worker processes (one thread each; `xlplugin.dask.start_client`) scores
          the file into a folder of Parquet parts, as `xlplugin score FILE --engine dask -o OUT` does.
          Memory: the peak resident set (VmHWM of /proc/self/status, the kernel's high-water mark, so no
          peak between two samples is missed; `resource.getrusage(...).ru_maxrss` where there is no /proc,
          which on Linux also counts the parent's resident set at the fork) of the client process, which
          holds the local scheduler, and of each worker (read in the worker with `client.run`); and each
          one's resident set (psutil) once the cluster is ready and the word lists loaded, before the run
          (`ready`).
  single: one process, no pool: the CSV file with `xlplugin score FILE --json --workers 1` (its output to
          a file), the Parquet file with `xlplugin.frame.score_table` of `pandas.read_parquet` written
          with pyarrow (the command line's default engine does not read Parquet).
Figures: rows per second and peak MB, medians of the rounds (3; XLPLUGIN_BENCH_DASK_ROUNDS), and for each
kind and path the growth of the peak from N = 2,000 to 8,000 (`peak_ratio`), and of the peak over the
ready process (`growth_ratio`: what the rows themselves cost; the word lists are loaded either way). The
cluster's start is not in the rows per second (it is in `scripts/bench_dask.py`'s dask_startup_s).
`--quick`: N = 200 and 800, one round.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

WORKERS = 2
# XLPLUGIN_BENCH_JOBS: runs at once (1: the figures of one run alone on the machine); XLPLUGIN_BENCH_PATHS:
# "dask,single" or one of them; XLPLUGIN_BENCH_SIZES: the two sizes, "2000,8000"
JOBS = int(os.environ.get("XLPLUGIN_BENCH_JOBS", 1))
SIZES = tuple(int(n) for n in os.environ.get("XLPLUGIN_BENCH_SIZES", "2000,8000").split(","))  # (two: small, large)
PATHS = tuple(os.environ.get("XLPLUGIN_BENCH_PATHS", "dask,single").split(","))

PEAK = """
import resource

def peak_mb():
    # VmHWM: this process's own high-water mark; ru_maxrss also keeps the parent's at the fork (Linux
    # keeps it across exec), which here is the bench's process holding the corpus
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

DASK_RUN = PEAK + """
import json, sys, time
import psutil
from xlplugin import dask as xdask

def rss_mb():
    return psutil.Process().memory_info().rss / 2**20

if __name__ == "__main__":
    path, out = sys.argv[1], sys.argv[2]
    client = xdask.start_client(workers=int(sys.argv[3]))
    xdask.register_warm_up(client)
    try:
        client.run(lambda: None)  # (every worker up and warmed)
        ready = {"client": rss_mb(), "workers": sorted(client.run(rss_mb).values())}
        start = time.perf_counter()
        summary = xdask.run_plan(xdask.plan_files([path], __import__("pathlib").Path(out), text="body"), client)
        seconds = time.perf_counter() - start
        peak = {"client": peak_mb(), "workers": sorted(client.run(peak_mb).values())}
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
    print(json.dumps({"rows": summary.documents, "seconds": seconds, "ready": ready, "peak": peak}))
"""

SINGLE_RUN = PEAK + """
import json, os, sys, time
import psutil
import xlplugin
from xlplugin import engine

if __name__ == "__main__":
    path, out = sys.argv[1], sys.argv[2]
    engine.warm_up()
    if path.endswith(".parquet"):
        import pandas as pd
        import pyarrow.parquet as pq
        from xlplugin.frame import score_table
    else:
        from xlplugin.cli import main
    ready = psutil.Process().memory_info().rss / 2**20
    start = time.perf_counter()
    if path.endswith(".parquet"):
        table = score_table(pd.read_parquet(path), "body")
        pq.write_table(table, out)
        rows = table.num_rows
        del table
    else:
        saved = os.dup(1)
        with open(out, "wb") as sink:
            os.dup2(sink.fileno(), 1)
            code = main(["score", path, "--json", "--workers", "1", "-q"])
            sys.stdout.flush()
        os.dup2(saved, 1)
        if code:  # (a run stopped, SIGTERM included, returns its status: no figures from it)
            sys.exit(f"xlplugin score ended with status {code}")
        with open(out, "rb") as written:
            rows = sum(1 for _ in written)
    seconds = time.perf_counter() - start
    print(json.dumps({"rows": rows, "seconds": seconds, "ready": {"client": ready, "workers": []},
                      "peak": {"client": peak_mb(), "workers": []}}))
"""


def _write_inputs(folder: Path, n: int) -> dict[str, Path]:
    """One CSV file and one Parquet file of the same `n` generated documents (ids and titles too)."""
    import csv

    import pyarrow as pa
    import pyarrow.parquet as pq

    from bench import corpus

    docs = corpus(n, seed=51)
    ids = [f"d{i}" for i in range(n)]
    titles = [f"Bench report {i}" for i in range(n)]
    with (folder / f"rows-{n}.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "body"])
        writer.writerows(zip(ids, titles, docs))
    pq.write_table(pa.table({"id": ids, "title": titles, "body": docs}), folder / f"rows-{n}.parquet")
    return {"csv": folder / f"rows-{n}.csv", "parquet": folder / f"rows-{n}.parquet"}


def _measure(script: str, path: Path, out: Path) -> dict:
    command = [sys.executable, "-c", script, str(path), str(out), str(WORKERS)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"{' '.join(command[3:])} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[tuple[str, float | str]]:
    sizes, rounds = ((200, 800), 1) if quick else (SIZES, int(os.environ.get("XLPLUGIN_BENCH_DASK_ROUNDS", 3)))
    found: dict[tuple[str, str, int], list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="xlplugin-bench-dask-memory-") as tmp:
        folder = Path(tmp)
        inputs = {n: _write_inputs(folder, n) for n in sizes}

        def measure(run: tuple[int, str, int, str]) -> None:
            round_number, kind, n, path_name = run
            out = folder / f"{path_name}-{kind}-{n}-{round_number}{'' if path_name == 'dask' else '.out'}"
            result = _measure(DASK_RUN if path_name == "dask" else SINGLE_RUN, inputs[n][kind], out)
            assert result["rows"] == n, result
            found.setdefault((kind, path_name, n), []).append(result)
            print(f"# round {round_number + 1} {kind} {path_name} {n}: {json.dumps(result)}", file=sys.stderr, flush=True)

        runs = [(r, kind, n, path_name) for r in range(rounds) for path_name in PATHS for n in sizes for kind in ("csv", "parquet")]
        # JOBS runs at once (each scores on one core: a file is one partition, so one worker of the two scores it)
        with ThreadPoolExecutor(JOBS) as pool:
            list(pool.map(measure, runs))
    rows: list[tuple[str, float | str]] = [("dask_memory_workers", WORKERS), ("dask_memory_rounds", rounds)]
    small, large = sizes
    for kind in ("csv", "parquet"):
        for path_name in PATHS:
            peaks = {}
            for n in sizes:
                results = found[(kind, path_name, n)]
                name = f"{kind}_{path_name}_{n}"
                rows.append((f"{name}_rows_per_s", statistics.median(n / r["seconds"] for r in results)))
                peak = statistics.median(r["peak"]["client"] for r in results)
                ready = statistics.median(r["ready"]["client"] for r in results)
                rows.append((f"{name}_{'client_scheduler' if path_name == 'dask' else 'process'}_peak_mb", peak))
                rows.append((f"{name}_{'client_scheduler' if path_name == 'dask' else 'process'}_ready_mb", ready))
                worker_peak = ready_worker = 0.0
                if path_name == "dask":
                    for w in range(WORKERS):
                        rows.append((f"{name}_worker{w + 1}_peak_mb", statistics.median(r["peak"]["workers"][w] for r in results)))
                    worker_peak = statistics.median(max(r["peak"]["workers"]) for r in results)
                    ready_worker = statistics.median(max(r["ready"]["workers"]) for r in results)
                    rows.append((f"{name}_worker_ready_mb", ready_worker))
                # the process that does the scoring: the largest worker on Dask, the one process otherwise
                peaks[n] = (worker_peak, ready_worker) if path_name == "dask" else (peak, ready)
            (peak_small, ready_small), (peak_large, ready_large) = peaks[small], peaks[large]
            rows.append((f"{kind}_{path_name}_peak_ratio_{large}_over_{small}", peak_large / peak_small))
            rows.append((f"{kind}_{path_name}_growth_ratio_{large}_over_{small}",
                         (peak_large - ready_large) / max(peak_small - ready_small, 1.0)))
    return rows


if __name__ == "__main__":
    for name, value in run("--quick" in sys.argv):
        print(f"{name}: {value:.4g}" if isinstance(value, float) else f"{name}: {value}", flush=True)
