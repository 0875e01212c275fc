"""What every evaluation module shares: where the data is, the fixed split, the result rows.

Split: every item (an article, a sentence) is assigned to "tune" or "report" by a hash of its key
and a fixed seed, so the split is the same on every machine and does not depend on file order.
Rules and normalisation points are tuned on "tune"; the README reports "report" (held back).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

SEED = "xlplugin-eval-2026"
TUNE_SHARE = 0.5


def eval_dir() -> Path | None:
    """../shared/eval next to the repository (or $XLPLUGIN_EVAL_DIR), or None when absent."""
    env = os.environ.get("XLPLUGIN_EVAL_DIR")
    path = Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared" / "eval"
    return path if path.is_dir() else None


def split_of(key: str) -> str:
    """"tune" or "report" for an item key, fixed by SEED."""
    digest = hashlib.sha256(f"{SEED}:{key}".encode()).digest()
    return "tune" if int.from_bytes(digest[:4], "big") / 2**32 < TUNE_SHARE else "report"


@dataclass(frozen=True)
class Row:
    """One figure: data set, signal, metric, our value, the naive baseline on the same items,
    the published reference figure (text, may be empty), the split, the number of items and,
    for a figure with one, its 95% bootstrap interval (low, high)."""

    dataset: str
    signal: str
    metric: str
    value: float
    baseline: float | None
    reference: str
    split: str
    n: int
    interval: tuple[float, float] | None = None


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
