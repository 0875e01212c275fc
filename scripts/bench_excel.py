"""Benchmark of the Excel functions: one call over a column vs one call per cell, in-process.

    python scripts/bench_excel.py          # 5,000 rows
    python scripts/bench_excel.py --quick  # 1,000 rows

Prints `name: value` lines. The figures that matter:
  excel_column_seconds      XLP_RELIABILITY over the whole column in one call (what Excel does
                            with =XLP_RELIABILITY(B2:B5001));
  engine_batch_seconds      engine.score_many on the same texts, the floor the column call
                            should sit on;
  excel_column_vs_engine    their ratio; the target is at most 1.1;
  excel_single_calls_seconds the same texts as one call per cell (5,000 formulas =XLP_RELIABILITY(B2)),
                            in-process, so without Excel's own per-call cost, which comes on top.
Every text is distinct (a number in each), so the column call gets no help from its
scoring identical texts once.
"""

from __future__ import annotations

import sys
from statistics import median
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from xlplugin import engine  # noqa: E402
from xlplugin.excel import functions  # noqa: E402

__all__ = ["run", "texts"]

FULL_ROWS = 5000
QUICK_ROWS = 1000
# Written for this benchmark: a short news report, an opinion rant, a forum repost, a notice.
TEMPLATES = (
    "The harbour authority said on Monday that cargo volumes rose {n} percent last year, citing "
    "its annual report. Director Lena Brandt said new cranes had shortened waiting times. "
    "The figures were published on the authority's website.",
    "This is an outrageous disgrace! The so-called planners wasted {n} million on a useless "
    "bridge nobody wanted. Everyone knows they are corrupt and they will never admit it.",
    "Joined: March 2019 | Posts: {n}\nSomeone told me the factory will close next month. "
    "Experts say thousands of jobs are at risk. Share this before it gets deleted!!!",
    "Notice {n}: the library will be closed on public holidays. Opening hours on other days are "
    "unchanged, from 9 am to 6 pm. Books can be returned at the front desk.",
)


def texts(rows: int) -> list[str]:
    return [TEMPLATES[i % len(TEMPLATES)].format(n=i + 1) for i in range(rows)]


def _timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def run(quick: bool = False) -> list[tuple[str, float]]:
    rows = QUICK_ROWS if quick else FULL_ROWS
    docs = texts(rows)
    column = [[t] for t in docs]
    engine.warm_up()
    functions.reliability(docs[0])  # first-call imports out of the timings
    # Alternate the two batch timings and take the median of each, so that a busy moment on the
    # machine does not land on one side only.
    batch, col = [], []
    for _ in range(1 if quick else 3):
        batch.append(_timed(lambda: list(engine.score_many(docs))))
        col.append(_timed(lambda: functions.reliability(column)))
    single = _timed(lambda: [functions.reliability(t) for t in docs])
    return [
        ("excel_rows", float(rows)),
        ("engine_batch_seconds", round(median(batch), 3)),
        ("excel_column_seconds", round(median(col), 3)),
        ("excel_column_vs_engine", round(median(col) / median(batch), 3)),
        ("excel_single_calls_seconds", round(single, 3)),
        ("excel_single_vs_column", round(single / median(col), 2)),
    ]


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv[1:]):
        print(f"{name}: {value:g}")
