"""Sentence sentiment vs the VADER NYT editorial snippets (Hutto & Gilbert 2014 ground truth).

Each snippet is scored by the sentiment signal exactly as a document would be (xlplugin's
sentence split, VADER per sentence, the mean), and compared with the mean human rating (-4..4)
by Pearson r. Reference: VADER r = 0.492 in the paper; 0.503 for VADER 3.3.2 on the whole
snippet (re-run noted in ../shared/eval/README.md). Baseline: VADER's compound on the whole
snippet, which is what the signal must not lose against. Nothing is tuned on this set, so both
splits are reported; "all" is the figure the README quotes.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.evaluation.common import Row, eval_dir, split_of  # noqa: E402
from xlplugin import vader  # noqa: E402
from xlplugin.scorers import sentiment  # noqa: E402
from xlplugin.settings import Settings  # noqa: E402
from xlplugin.text import prepare  # noqa: E402

REFERENCE = "Hutto & Gilbert 2014: VADER r = 0.492 (humans 0.745)"


def load(limit: int | None = None) -> list[tuple[str, float, str]]:
    base = eval_dir()
    if base is None:
        return []
    path = base / "vader_nyt" / "nytEditorialSnippets_GroundTruth.txt"
    items = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                items.append((parts[0], float(parts[1]), parts[2]))
    return items[:limit] if limit else items


def evaluate(limit: int | None = None) -> list[Row]:
    items = load(limit)
    if not items:
        return []
    settings = Settings()
    by_split: dict[str, tuple[list[float], list[float], list[float]]] = {}
    for key, human, text in items:
        result = sentiment.score(prepare(text), settings)
        if result.value is None:
            continue
        for split in (split_of("nyt:" + key), "all"):
            ours, whole, gold = by_split.setdefault(split, ([], [], []))
            ours.append(result.value)
            whole.append(vader.compound(text))
            gold.append(human)
    rows = []
    for split, (ours, whole, gold) in sorted(by_split.items()):
        rows.append(Row("vader_nyt", "sentiment", "pearson_r", statistics.correlation(ours, gold),
                        statistics.correlation(whole, gold), REFERENCE, split, len(gold)))
    return rows


if __name__ == "__main__":
    for row in evaluate():
        print(row)
