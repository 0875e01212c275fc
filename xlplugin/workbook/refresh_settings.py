"""Why a refresh scored rows again because of settings, in words for its summary ("settings
changed: weight.provenance 1 → 0"), and what it found of the Settings and Sources sheets
(a Settings sheet deleted, Sources rows that rated no document).

A workbook keeps no copy of the settings it was scored with, only each row's Settings hash
(`Settings.digest`). The change is told only where a hash proves it: the settings a row was
scored with are looked for among a few likely earlier ones (the defaults; the settings now with
one value back at its default; either without the Sources ratings), and the first whose digest
is the row's hash is compared with the settings now. Otherwise the summary says only that the
settings or the Sources sheet changed since, never a guess.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from ..settings import Settings, settings_table

__all__ = ["settings_change", "MISSING_SETTINGS_NOTE"]

MISSING_SETTINGS_NOTE = ("the Settings sheet is missing: the default settings were used (a deleted sheet does not "
                         "keep your weights); pass --weight SIGNAL=W to refresh with others")
# changes named per earlier settings; the rest are counted
_SHOWN_CHANGES = 6
# distinct earlier settings explained; rows scored at more times than this are counted
_SHOWN_EARLIER = 3


def settings_change(old_digests: Iterable[str], now: Settings) -> list[str]:
    """One line per distinct earlier settings digest of rows scored again for it: what changed
    from those settings to `now`, where a likely earlier settings has that digest."""
    digests = sorted(set(old_digests) - {now.digest(), "", None})
    if not digests:
        return []
    found = {candidate.digest(): candidate for candidate in reversed(list(_earlier(now)))}
    lines = []
    for digest in digests[:_SHOWN_EARLIER]:
        earlier = found.get(digest)
        if earlier is None:
            lines.append(f"settings or Sources changed since some rows were scored (Settings hash {digest}, now "
                         f"{now.digest()}): those rows were scored again")
        else:
            lines.append("settings changed: " + "; ".join(_changes(earlier, now)))
    if len(digests) > _SHOWN_EARLIER:
        lines.append(f"and rows scored with {len(digests) - _SHOWN_EARLIER} other settings")
    return lines


def _earlier(now: Settings) -> Iterator[Settings]:
    """Likely settings of an earlier scoring, most likely first."""
    defaults = Settings()
    for ratings in (now.ratings, {}):
        yield Settings(now.values, ratings)
        yield Settings(defaults.values, ratings)
        for setting in settings_table():
            if setting.name in now.values and now.values[setting.name] != setting.default:
                yield Settings(now.values, ratings).with_values({setting.name: setting.default})


def _changes(earlier: Settings, now: Settings) -> list[str]:
    changes = [f"{key} {_shown(earlier.values.get(key))} → {_shown(value)}" for key, value in now.values.items()
               if key != "workers" and earlier.values.get(key) != value]
    changes += _rating_changes(earlier.ratings, now.ratings)
    if len(changes) > _SHOWN_CHANGES:
        changes[_SHOWN_CHANGES:] = [f"and {len(changes) - _SHOWN_CHANGES} more"]
    return changes


def _rating_changes(earlier: Mapping[str, tuple[float, str]], now: Mapping[str, tuple[float, str]]) -> list[str]:
    changes = [f"Sources {key} added ({now[key][0]:g})" for key in now if key not in earlier]
    changes += [f"Sources {key} removed" for key in earlier if key not in now]
    changes += [f"Sources {key} {earlier[key][0]:g} → {now[key][0]:g}" for key in now
                if key in earlier and earlier[key][0] != now[key][0]]
    changes += [f"Sources {key} rater {earlier[key][1]!r} → {now[key][1]!r}" for key in now
                if key in earlier and earlier[key][0] == now[key][0] and earlier[key][1] != now[key][1]]
    return changes


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "(none)" if value is None else str(value)
