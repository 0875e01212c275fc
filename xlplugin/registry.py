"""The explicit list of scorers. Adding one: a module in `xlplugin/scorers/` (its `score` function
and its `INFO` declaration, a `xlplugin.types.SignalInfo`), a line here, a test file
`tests/test_scorer_<name>.py`, and a row in the README's signal table (`tests/test_meta.py`
checks all four, and that every adapter shows a new signal with no other edit).

Adapters ask this module at call time (`names()`, `text_signals()`, `info(name)`, `infos()`)
rather than keeping their own copy of the list, so the list lives here only.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from .types import SignalInfo

__all__ = ["SCORER_NAMES", "TEXT_SIGNALS", "scorers", "get", "names", "text_signals", "info", "infos"]

# Text scorers, in the order columns appear; source_rating joins a user's ratings table instead
# of reading the text, but it has the same shape and runs through the same path.
TEXT_SIGNALS = ("sentiment", "loaded_language", "unsourced_claims", "provenance", "readability")
SCORER_NAMES = TEXT_SIGNALS + ("source_rating",)

_loaded: dict[str, ModuleType] = {}


def names() -> tuple[str, ...]:
    """Every signal, in column order."""
    return SCORER_NAMES


def text_signals() -> tuple[str, ...]:
    """The signals that read the text (not scored for an empty, too short or non-English one)."""
    return TEXT_SIGNALS


def get(name: str) -> ModuleType:
    if name not in SCORER_NAMES:
        raise KeyError(f"unknown signal {name!r}; signals are: {', '.join(SCORER_NAMES)}")
    if name not in _loaded:
        _loaded[name] = import_module(f"xlplugin.scorers.{name}")
    return _loaded[name]


def scorers() -> list[ModuleType]:
    return [get(name) for name in SCORER_NAMES]


def info(name: str) -> SignalInfo:
    """What the adapters need to show signal `name` (its module's `INFO`)."""
    return get(name).INFO


def infos() -> tuple[SignalInfo, ...]:
    """Every signal's declaration, in column order."""
    return tuple(get(name).INFO for name in SCORER_NAMES)
