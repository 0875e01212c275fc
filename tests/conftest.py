"""Shared fixtures: where ../shared is, and the project's own example documents."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from hypothesis import settings as _hypothesis_settings

# Property tests draw the same examples at every run (a seed per test), so that CI on a clean
# clone passes or fails the same way each time. XLP_HYPOTHESIS=explore draws new ones: run it
# when changing a reader or a scorer, to look for cases the fixed draw does not reach.
_hypothesis_settings.register_profile("repeatable", derandomize=True)
_hypothesis_settings.register_profile("explore", derandomize=False)
_hypothesis_settings.load_profile(os.environ.get("XLP_HYPOTHESIS", "repeatable"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EVAL = SHARED / "eval"
EXAMPLES = ROOT / "workbooks" / "examples"


def seed_path(prefix: str) -> Path:
    """The seed article whose file name starts with `prefix`, or skip when ../shared is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles absent: {SEEDS} not found (they are read from ../shared, never copied)")
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed article {prefix}_*.txt absent from {SEEDS}")
    return found[0]


def eval_path(*parts: str) -> Path:
    path = EVAL.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data absent: {path} not found (read from ../shared, never copied)")
    return path


def made_from_pieces(pieces: list[str], n: int, seed: int) -> list[str]:
    """`n` texts of 1 to 40 `pieces` each, drawn at random with a fixed `seed`."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def texts_with_pieces(pieces: list[str], n: int = 300, seed: int = 20) -> list[str]:
    """The seed articles and the shipped examples (those present), then `made_from_pieces`: for
    tests that check a fast path gives the plain one's answer."""
    files = [p.read_text(encoding="utf-8") for folder in (SEEDS, EXAMPLES) if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    return files + made_from_pieces(pieces, n, seed)
