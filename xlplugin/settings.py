"""Settings as a declared table: every key, its default, and what it does.

Layers, later wins: the defaults here, then a TOML file (`[weights]`, `[scoring]` and `[sources]`
tables, or flat keys), then the workbook's Settings sheet, then arguments. An unknown key or a value a
setting cannot take raises `SettingsError` naming the valid keys.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, Mapping

from . import registry
from .errors import SettingsError

__all__ = ["Setting", "setting_named", "SETTINGS", "WEIGHT_KEYS", "FORMER_DEFAULT_WEIGHTS", "Settings", "default_settings", "former_default_weights", "load_toml", "settings_table", "weight_keys"]  # noqa: F822 - SETTINGS, WEIGHT_KEYS: __getattr__


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    # What the Settings sheet calls it, in words (its key is the name a settings file and the
    # command line use; the sheet reads either: setting_named)
    label: str = ""

    @property
    def shown(self) -> str:
        return self.label or self.name


# The default weights say how much each normalised signal moves the index. They come from data:
# `python scripts/fit_index.py` fits them on the "tune" half of the SemEval-2019 by-article set
# (hyperpartisan or not, labelled per article), text only, with every weight held at 0 or above
# (see that script's docstring and the README's "Where each default weight comes from"). Signals
# whose score does not separate the classes there (tune ROC AUC below 0.55: sentiment 0.52,
# readability 0.46) get 0: they are still scored and shown, with their evidence, and a user can
# weight them in. Loaded language carries most of the text weight (5). Provenance (tune AUC 0.594)
# enters the fit at 0.69 of 6, printed as 0.5; it keeps 1 of 6 by judgement (the index's only
# measure of where a text comes from; tune AUC of the index 0.745 at 5/1). Unsourced claims has
# read tune AUC 0.557 since session 10, just over the entry bar, and the fit now prints 5 / 0.5 /
# 0.5 (loaded language / unsourced claims / provenance; tune index 0.748). It stays 0: its
# held-back AUC is 0.539, under the 0.55 every weighted signal must keep (tests/test_eval_gate.py),
# and with it the held-back index falls from 0.807 to 0.802-0.803 (README, "Where each default
# weight comes from"). SemEval's texts carry none of the page furniture provenance reads (bylines,
# dates, forum fields, redaction marks: under 3% of them), so the fit cannot see most of what it
# measures on real pages. For the source rating, a built-in rating is scored by normalisation
# points (1 at or above 0.692, 0 at or below 0.152: scorers/source_rating.py), and the two-input
# regression on the tune articles whose URL the built-in table rates (text index, rating score)
# prints 4 (text 2.277, rating 1.589): 4 is the default (6 before, `FORMER_DEFAULT_WEIGHTS`).
_TABLE: tuple[Setting, ...] = (
    Setting("weight.provenance", 1.0, "Weight of provenance cues in the reliability index.", "Provenance weight"),
    Setting("weight.unsourced_claims", 0.0, "Weight of the share of unsourced claims in the index.", "Unsourced claims weight"),
    Setting("weight.loaded_language", 5.0, "Weight of loaded language in the index.", "Loaded language weight"),
    Setting("weight.sentiment", 0.0, "Weight of sentiment intensity in the index.", "Sentiment weight"),
    Setting("weight.readability", 0.0, "Weight of readability in the index.", "Reading grade weight"),
    Setting("weight.source_rating", 4.0, "Weight of the source rating (your Sources sheet, else the built-in Lin et al. 2023 ratings), where a row matches.",
            "Source rating weight"),
    Setting("sources.builtin", 1, "1: rate a document's URL or outlet from the built-in Lin et al. 2023 "
            "ratings when your own table has no match; 0: only your own table.", "Built-in source ratings"),
    Setting("min_words", 1, "Documents with fewer words are not scored.", "Fewest words to score"),
    Setting("min_words_index", 25, "Documents with fewer words get signals but no index: the index weighs "
            "rates per 1,000 words, and on a sentence or two one word swings them.", "Fewest words for an index"),
    Setting("workers", 0, "Processes for scoring many documents (0 = one per CPU core).", "Processes"),
)
# The default weights of earlier releases, newest first (from this file's history): a workbook
# scored by one of them keeps them in its Settings sheet. A sheet that holds one of these sets,
# every weight as it was, was not edited there (an edit of any weight breaks the set), and a
# refresh scores it with today's defaults and says so (`former_default_weights`).
FORMER_DEFAULT_WEIGHTS: tuple[dict[str, float], ...] = (
    # sessions 12-15: the source rating at 6, as much as the text signals together
    {"provenance": 1.0, "unsourced_claims": 0.0, "loaded_language": 5.0, "sentiment": 0.0, "readability": 0.0,
     "source_rating": 6.0},
    # before session 12: weights set by hand, before they were fitted
    {"provenance": 3.0, "unsourced_claims": 3.0, "loaded_language": 2.0, "sentiment": 1.0, "readability": 0.5,
     "source_rating": 3.0},
)


def former_default_weights(settings: "Settings") -> dict[str, float] | None:
    """The earlier release's default weights (`FORMER_DEFAULT_WEIGHTS`) that `settings` holds,
    every one, where they are not today's; else None."""
    weights = {key: float(value) for key, value in settings.weights.items()}
    today = {key: float(value) for key, value in Settings().weights.items()}
    for former in FORMER_DEFAULT_WEIGHTS:
        if weights == {**today, **former} != today:
            return former
    return None


# A signal the table above does not list (a new one) gets a weight setting from its declaration
# (`SignalInfo.weight`, 0 unless data says how much it should count), after the others.
_cache: tuple[tuple[str, ...], tuple[Setting, ...], dict[str, Setting], tuple[str, ...]] | None = None


def _tables() -> tuple[tuple[Setting, ...], dict[str, Setting], tuple[str, ...]]:
    global _cache
    names = registry.names()
    if _cache is None or _cache[0] is not names:
        listed = {s.name for s in _TABLE}
        added = tuple(Setting(f"weight.{info.name}", float(info.weight), f"Weight of {info.name} in the reliability index.",
                              f"{info.name.replace('_', ' ').capitalize()} weight")
                      for info in registry.infos() if f"weight.{info.name}" not in listed)
        last_weight = max(i for i, s in enumerate(_TABLE) if s.name.startswith("weight.")) + 1
        table = _TABLE[:last_weight] + added + _TABLE[last_weight:]
        keys = tuple(s.name.split(".", 1)[1] for s in table if s.name.startswith("weight."))
        _cache = (names, table, {s.name: s for s in table}, keys)
    return _cache[1:]


def settings_table() -> tuple[Setting, ...]:
    """Every setting, in the order the Settings sheet and `xlplugin signals` list them."""
    return _tables()[0]


def setting_named(text: Any) -> str | None:
    """The setting's key for what a Settings sheet's row names it: its label ("Provenance weight",
    as the sheet is written since session 17) or its key ("weight.provenance", as earlier sheets
    and settings files name it), case and spacing aside; None for neither."""
    if not isinstance(text, str):
        return None
    wanted = " ".join(text.split()).casefold()
    for setting in settings_table():
        if wanted in (setting.name.casefold(), setting.label.casefold()):
            return setting.name
    return None


def weight_keys() -> tuple[str, ...]:
    """The signals that have an index weight (every registered one)."""
    return _tables()[2]


def __getattr__(name: str) -> Any:
    # SETTINGS and WEIGHT_KEYS follow the registry (a new signal's weight), so are worked out when read
    if name == "SETTINGS":
        return settings_table()
    if name == "WEIGHT_KEYS":
        return weight_keys()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Settings that are on/off switches: 1 or 0 in the Settings sheet (a number, like every other
# setting there), and also true/false in a TOML file.
_SWITCHES = frozenset({"sources.builtin"})
_SWITCH_WORDS = {"true": 1, "false": 0, "yes": 1, "no": 0, "on": 1, "off": 0, "1": 1, "0": 0}


def _check_switch(name: str, value: Any) -> int:
    if isinstance(value, str) and value.strip().lower() in _SWITCH_WORDS:
        return _SWITCH_WORDS[value.strip().lower()]
    if isinstance(value, (bool, int, float)) and value in (0, 1):
        return int(value)
    raise SettingsError(f"{_called(name)} is a switch: 1 (on) or 0 (off), or true/false, not {value!r}")


# The largest weight a setting takes. The index is a weighted mean of signals on 0..1: a weight
# far above the others (1e9) makes one signal the whole index, which a typo (an extra 0s) does
# more often than anyone means it; 100 is 20 times the largest default.
MAX_WEIGHT = 100.0


def _called(name: str) -> str:
    """(words19) A setting as a message names it: as the Settings sheet does ("Loaded language
    weight"), the words a person reads there; its key (weight.loaded_language) is what a
    settings file and the command line take, and their messages say what was typed."""
    setting = _tables()[1].get(name)
    return setting.shown if setting is not None else f"setting {name!r}"


def _check(name: str, value: Any) -> Any:
    by_name = _tables()[1]
    if name not in by_name:
        valid = ", ".join(by_name)
        raise SettingsError(f"unknown setting {name!r}; valid settings are: {valid}")
    if name in _SWITCHES:
        return _check_switch(name, value)
    default = by_name[name].default
    try:
        if isinstance(value, bool):
            raise TypeError
        number = float(value)  # (a whole-number setting too: 25.0 and "25" are 25)
    except (TypeError, ValueError, OverflowError):
        raise SettingsError(f"{_called(name)} must be a number, not {value!r}") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise SettingsError(f"{_called(name)} must be a finite number, not {value!r}")
    if isinstance(default, int) and number >= 0 and number != int(number):
        # (hunt23b) a count of words (or of processes): 24.9 was cut to 24, and "24.9" read as no
        # number at all; a fraction is refused, with the whole numbers around it
        raise SettingsError(f"{_called(name)} must be a whole number, not {number:g}: use {int(number // 1):d} "
                            f"or {int(number // 1) + 1:d}")
    if number < 0:
        use = f"use 0 (the signal does not count) to {MAX_WEIGHT:g}" if name.startswith("weight.") else "use 0 or more"
        raise SettingsError(f"{_called(name)} cannot be negative ({number:g}); {use}")
    value = int(number) if isinstance(default, int) else number
    if name.startswith("weight.") and value > MAX_WEIGHT:
        raise SettingsError(f"{_called(name)} is {value:g}, above the largest weight {MAX_WEIGHT:g}: a weight says how much "
                            f"a signal counts against the others (the defaults are 0 to 5), so beyond {MAX_WEIGHT:g} one "
                            "signal drowns all the others and every text reads alike; use 0 to 100")
    return value


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, Mapping):
            # [weights] in a file is the "weight." prefix, [sources] "sources."; [scoring] holds
            # plain keys.
            section = {"weights": "weight.", "weight": "weight.", "scoring": "", "sources": "sources."}.get(key)
            if section is None:
                raise SettingsError(f"unknown settings table [{key}]; use [weights], [scoring] or [sources]")
            flat.update(_flatten(value, section))
        else:
            flat[prefix + key] = value
    return flat


@dataclass(frozen=True)
class Settings:
    """An immutable set of settings values; build variations with `with_values`."""

    values: Mapping[str, Any] = field(default_factory=lambda: {s.name: s.default for s in settings_table()})
    # The user's own source ratings: {domain or outlet name (lower case): (rating 0-1, rater)},
    # from the workbook's Sources sheet or a CSV. They override the built-in table (the
    # "sources.builtin" switch) per domain.
    ratings: Mapping[str, tuple[float, str]] = field(default_factory=dict)
    # The weights and the digest, worked out the first time they are asked for: the engine asks
    # for both for every document it scores, and the values never change (every variation is a
    # new Settings). Not a setting: no part of equality or repr.
    _memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    # Each rated outlet as the user wrote it ({"the daily ledger": "The Daily Ledger"}), where that
    # differs from its key: shown back (source_rating's note and the Why column) while matching
    # stays case-insensitive. It changes no score: no part of the digest or of equality.
    rating_names: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __getitem__(self, name: str) -> Any:
        if name not in self.values:
            _check(name, 0)
        return self.values[name]

    @property
    def weights(self) -> dict[str, float]:
        weights = self._memo.get("weights")
        if weights is None:
            weights = self._memo["weights"] = {key: self.values["weight." + key] for key in weight_keys()}
        return dict(weights)  # the caller's own copy

    def with_values(self, overrides: Mapping[str, Any] | None) -> "Settings":
        """A copy with `overrides` applied. Keys may be "weight.loaded_language", or a bare signal
        name ("loaded_language") for its weight, or nested {"weights": {...}}."""
        if not overrides:
            return self
        values = dict(self.values)
        keys = weight_keys()
        for name, value in _flatten(overrides).items():
            if name in keys:
                name = "weight." + name
            values[name] = _check(name, value)
        return Settings(values, self.ratings, self.rating_names)

    def with_ratings(self, ratings: Mapping[str, tuple[float, str]], names: Mapping[str, str] | None = None) -> "Settings":
        """A copy that joins `ratings` ({domain or outlet: (rating in 0-1, rater)}), each key read as
        a ratings table reads its cell (`source_rating.rating_key`); `names`: each key as the user
        wrote it (`ratings_table.written_names`), else the key as given."""
        from .scorers.source_rating import rating_key  # (it imports this module)

        clean, shown = {}, {}
        for key, (rating, rater) in ratings.items():
            rating = float(rating)
            if not 0.0 <= rating <= 1.0:
                raise SettingsError(f"source rating for {key!r} must be between 0 and 1, not {rating}")
            # (outlets20) each key read as a ratings table's cell is ("The Daily Example" and "the daily
            # example." are one outlet's key, "https://www.Example.org/" the site's)
            lower, written = rating_key(str(key)), str((names or {}).get(key, key)).strip()
            if lower in clean and clean[lower][0] != rating:
                # (outlets21) two spellings of one outlet rated two ways: which one counts must not
                # hang on the order of the keys
                other = next(k for k in ratings if rating_key(str(k)) == lower)
                raise SettingsError(f"source ratings {other!r} ({clean[lower][0]:g}) and {key!r} ({rating:g}) rate one "
                                    f"outlet ({lower!r}) with different ratings; keep one of them")
            clean[lower] = (rating, str(rater or ""))
            if written != lower:
                shown[lower] = written
        return Settings(self.values, clean, shown)

    def digest(self) -> str:
        """A short hash of the values that change scores (what the refresh stamp records)."""
        digest = self._memo.get("digest")
        if digest is None:
            digest = self._memo["digest"] = self._digest()
        return digest

    def _digest(self) -> str:
        try:
            # every document's stamp asks for it: remembered per distinct content
            return _digest(tuple(sorted(self.values.items())), tuple(sorted(self.ratings.items())))
        except TypeError:  # an unhashable value: work it out afresh
            return _digest.__wrapped__(tuple(sorted(self.values.items())), tuple(sorted(self.ratings.items())))


def default_settings() -> Settings:
    """`Settings()`, made once per list of signals (a new signal brings its weight) and shared:
    the engine scores a document given no settings with it (a Settings never changes)."""
    names = registry.names()
    if _default[0] is not names:
        _default[:] = [names, Settings()]
    return _default[1]


_default: list[Any] = [None, None]


@lru_cache(maxsize=64)
def _digest(values: tuple[tuple[str, Any], ...], ratings: tuple[tuple[str, tuple[float, str]], ...]) -> str:
    relevant = {k: v for k, v in values if k != "workers"}
    relevant["ratings"] = sorted((k, list(v)) for k, v in ratings)
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:12]


def load_toml(path: str) -> dict[str, Any]:
    """Settings from a TOML file, checked."""
    import tomllib

    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise SettingsError(f"cannot read settings file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"settings file {path} is not valid TOML: {exc}") from None
    Settings().with_values(data)  # raises on unknown keys or bad values
    return data
