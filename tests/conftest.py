"""Shared fixtures: where ../shared is, and the project's own example documents."""

from __future__ import annotations

from pathlib import Path

import pytest

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
