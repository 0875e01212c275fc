"""Agreement of each signal with human labels, on the held-back half of each data set.

    python scripts/evaluate.py              # every figure, both halves, as text
    python scripts/evaluate.py --markdown   # the README's Validation table (held-back half)

Reads the human-labelled sets in ../shared/eval at run time (never copied into the project):
PTC and BABE (loaded language), ClaimBuster (check-worthy claims), PolNeAR (attribution), the
VADER NYT snippets (sentence sentiment); and per article (scripts/evaluation/articles.py): the
SemEval-2019 hyperpartisan by-article set (ROC AUC of the index and of each signal, with a
bootstrap 95% interval), PolNeAR's outlets against the Lin et al. 2023 domain ratings, and PTC's
articles against the share of their text outside any propaganda-technique span. Each item is assigned to "tune" or "report" by a hash of
its key with a fixed seed (scripts/evaluation/common.py); rules were tuned on "tune" only, and
the figures that count are on "report". Each figure is printed beside a naive baseline measured
on the same items and, where one exists, the published reference figure.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import xlplugin  # noqa: E402
from scripts.evaluation import articles, claims, loaded, sentiment  # noqa: E402
from scripts.evaluation.common import Row, eval_dir  # noqa: E402

MODULES = (loaded, claims, sentiment, articles)


def collect() -> list[Row]:
    rows: list[Row] = []
    for module in MODULES:
        rows += module.evaluate()
    return rows


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _with_interval(row: Row | None) -> str:
    if row is None:
        return ""
    return _fmt(row.value) + (f" [{row.interval[0]:.2f}, {row.interval[1]:.2f}]" if row.interval else "")


def markdown(rows: list[Row]) -> str:
    tune = {(r.dataset, r.signal, r.metric): r for r in rows if r.split == "tune"}
    lines = [
        f"Measured {datetime.date.today().isoformat()} with xlplugin {xlplugin.__version__} "
        f"(engine {xlplugin.engine.engine_version()}); `python scripts/evaluate.py --markdown`.",
        "",
        "| data set | signal | metric | held-back | tune | naive baseline (held-back) | n | published reference |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if r.split not in ("report", "all") or r.metric in ("articles",) or r.metric.startswith("kind precision"):
            continue
        t = tune.get((r.dataset, r.signal, r.metric))
        metric = r.metric + (" (all items; nothing tuned)" if r.split == "all" else "")
        lines.append(
            f"| {r.dataset} | {r.signal} | {metric} | **{_with_interval(r)}** | {_with_interval(t)} | "
            f"{_fmt(r.baseline)} | {r.n} | {r.reference} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print the held-back figures as a Markdown table")
    args = parser.parse_args()
    if eval_dir() is None:
        print("evaluate: ../shared/eval not found (set XLPLUGIN_EVAL_DIR to its path)", file=sys.stderr)
        return 2
    rows = collect()
    if args.markdown:
        print(markdown(rows))
        return 0
    for r in rows:
        ref = f"  ref: {r.reference}" if r.reference else ""
        ci = f" [{r.interval[0]:.3f}, {r.interval[1]:.3f}]" if r.interval else ""
        print(f"{r.split:7} {r.dataset:28} {r.signal:17} {r.metric:34} {r.value:7.3f}{ci}  base {_fmt(r.baseline):6} n={r.n}{ref}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
