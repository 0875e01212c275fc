"""Counting work instead of timing it: unit tests that check how cost grows use this, since a
count of function calls is the same on every run and every machine (a timing is not: two
wall-clock checks failed under load). Timings are figures printed by scripts/bench.py."""

from __future__ import annotations

import cProfile
from typing import Any, Callable


def calls(fn: Callable[[], Any]) -> int:
    """How many Python and built-in function calls `fn()` makes (counted by cProfile, whose hook
    is written in C: a few times cheaper than a Python sys.setprofile hook).

    Sees work done in Python loops; work inside one C call (a regular expression, str.find) counts
    once however long it runs, so a check on this catches Python-level superlinear cost only.
    """
    profile = cProfile.Profile()
    profile.enable()
    try:
        fn()
    finally:
        profile.disable()
    return sum(entry.callcount for entry in profile.getstats())
