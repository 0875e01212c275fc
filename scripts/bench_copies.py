"""Copies across rows (xlplugin.copies): time to find the copies among 10,000 documents of about
550 words, and among 5,000 (the ratio shows whether the time grows linearly), with copies planted
so that the figures also say how many were found.

Documents are made of words drawn from the examples' vocabulary (so no two share a passage by
chance); 5% are near-copies of another (a new headline, one word in twenty changed) and 5% carry
a passage of 60 words from another. Run through scripts/bench.py (--only copies).
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from xlplugin.copies import CopyDoc, find_copies  # noqa: E402

WORDS_PER_DOCUMENT = 550


def corpus(n: int, seed: int = 11) -> tuple[list[str], set[tuple[int, int]], set[tuple[int, int]]]:
    rng = random.Random(seed)
    vocabulary = sorted({w.lower() for p in (ROOT / "workbooks" / "examples").glob("*.txt")
                         for w in re.findall(r"[A-Za-z]+", p.read_text(encoding="utf-8"))})
    docs = [" ".join(rng.choices(vocabulary, k=WORDS_PER_DOCUMENT)) for _ in range(n)]
    same, passage = set(), set()

    def untouched() -> int:  # a document that is neither a copy nor given a passage
        while True:
            source = rng.randrange(n)
            if source % 10:
                return source

    for i in range(0, n, 20):  # 5% near-copies
        source = untouched()
        words = docs[source].split()
        words = [rng.choice(vocabulary) if rng.random() < 0.05 else w for w in words]
        docs[i] = "A new headline for an old story\n\n" + " ".join(words)
        same.add((i, source))
    for i in range(10, n, 20):  # 5% share one passage of 60 words
        source = untouched()
        words = docs[i].split()
        start = rng.randrange(0, WORDS_PER_DOCUMENT - 60)
        docs[i] = " ".join(words[:200] + docs[source].split()[start:start + 60] + words[200:])
        passage.add((i, source))
    return docs, same, passage


def timed(docs: list[str]) -> tuple[float, float, list]:
    """Wall-clock and CPU seconds (the CPU figure is the one to compare on a shared machine)."""
    items = [CopyDoc(text) for text in docs]
    start, cpu = time.perf_counter(), time.process_time()
    reports = find_copies(items)
    return time.perf_counter() - start, time.process_time() - cpu, reports


def run(quick: bool) -> list[tuple[str, float]]:
    big = 2000 if quick else 10_000
    repeats = 1 if quick else 3
    docs, same, passage = corpus(big)
    half = corpus(big // 2)[0]
    times_big, times_half, cpu_big, cpu_half = [], [], [], []
    for _ in range(repeats):  # in turn, so that a slow spell falls on both
        seconds, cpu, reports = timed(docs)
        times_big.append(seconds)
        cpu_big.append(cpu)
        seconds, cpu, _ = timed(half)
        times_half.append(seconds)
        cpu_half.append(cpu)
    found_same = sum(1 for i, source in same if any(m.other == source and m.same_story for m in reports[i].matches))
    found_passage = sum(1 for i, source in passage if any(m.other == source and m.words >= 60 for m in reports[i].matches))
    flagged = sum(1 for r in reports if r.matches)
    t_big, t_half = statistics.median(times_big), statistics.median(times_half)
    c_big, c_half = statistics.median(cpu_big), statistics.median(cpu_half)
    return [
        (f"copies_{big}_documents_s", t_big),
        (f"copies_{big}_documents_cpu_s", c_big),
        (f"copies_{big // 2}_documents_s", t_half),
        (f"copies_{big // 2}_documents_cpu_s", c_half),
        ("copies_time_ratio_double_documents", t_big / t_half),
        ("copies_cpu_ratio_double_documents", c_big / c_half),
        ("copies_planted_same_story", float(len(same))),
        ("copies_found_same_story", float(found_same)),
        ("copies_planted_passages", float(len(passage))),
        ("copies_found_passages_whole", float(found_passage)),
        ("copies_rows_with_a_copies_cell", float(flagged)),
    ]
