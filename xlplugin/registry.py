"""The explicit list of scorers. Adding one: a module in `xlplugin/scorers/`, a line here, a test
file `tests/test_scorer_<name>.py`, and a row in the README's signal table (a meta-test checks all
four)."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

__all__ = ["SCORER_NAMES", "TEXT_SIGNALS", "scorers", "get"]

# Text scorers, in the order columns appear; source_rating joins a user's ratings table instead
# of reading the text, but it has the same shape and runs through the same path.
TEXT_SIGNALS = ("sentiment", "loaded_language", "unsourced_claims", "provenance", "readability")
SCORER_NAMES = TEXT_SIGNALS + ("source_rating",)

_loaded: dict[str, ModuleType] = {}


def get(name: str) -> ModuleType:
    if name not in SCORER_NAMES:
        raise KeyError(f"unknown signal {name!r}; signals are: {', '.join(SCORER_NAMES)}")
    if name not in _loaded:
        _loaded[name] = import_module(f"xlplugin.scorers.{name}")
    return _loaded[name]


def scorers() -> list[ModuleType]:
    return [get(name) for name in SCORER_NAMES]
