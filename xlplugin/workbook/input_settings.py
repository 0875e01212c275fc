"""A scored workbook given to `xlplugin score` as its input: the weights and ratings its Settings
and Sources sheets hold, which `score` does not use.

`score` reads a workbook's documents and nothing else; it scores with the settings it is given
(defaults, --settings, --weight, --ratings). A scored workbook whose Settings sheet you edited
(Loaded language weight 5 → 1) or whose Sources sheet rates your outlets gave a new workbook with
the default weights and without your ratings, and said nothing: its indexes were not the ones
the input's own sheets describe, and the refresh's refusals advise exactly this command ("score
into a new file instead"). `unused_sheet_settings` names what was left out and how to keep it
(hunt23b).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..errors import WorkbookError
from ..settings import Settings, settings_table
from . import layout
from .package import Package
from .reader import settings_from_package

__all__ = ["workbooks_among", "unused_sheet_settings"]

# differences named; the rest are counted
_SHOWN = 6
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def workbooks_among(paths: Iterable[str | Path]) -> list[Path]:
    """The workbooks `score` reads among its paths: each named one and each inside a named folder."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in _WORKBOOK_SUFFIXES
                      and not p.name.startswith(("~$", ".~lock"))]
        elif path.is_file() and path.suffix.lower() in _WORKBOOK_SUFFIXES:
            found.append(path)
    return found


def _shown(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _differences(sheets: Settings, used: Settings) -> list[str]:
    """What the workbook's sheets set that the run did not use, as the Settings and Sources
    sheets name it: "Loaded language weight 1 (this run: 5)", "Sources Harwick Courier 0.1 (this run: none)"."""
    words = {s.name: s.shown for s in settings_table()}
    found = [f"{words.get(key, key)} {_shown(value)} (this run: {_shown(used.values.get(key))})"
             for key, value in sheets.values.items() if key != "workers" and used.values.get(key) != value]
    names = sheets.rating_names or {}
    for key, (rating, _rater) in sheets.ratings.items():
        if key not in used.ratings:
            found.append(f"Sources {names.get(key, key)} {_shown(rating)} (this run: none of yours)")
        elif used.ratings[key][0] != rating:
            found.append(f"Sources {names.get(key, key)} {_shown(rating)} (this run: {_shown(used.ratings[key][0])})")
    if len(found) > _SHOWN:
        found[_SHOWN:] = [f"and {len(found) - _SHOWN} more"]
    return found


def unused_sheet_settings(path: Path, used: Settings) -> str:
    """The line for a workbook `score` read whose Settings or Sources sheet holds settings other
    than `used`, those the run scored with; "" where they agree, where the workbook has no
    Settings or Sources sheet, or where its Settings sheet is not xlplugin's (a key no setting
    has) or cannot be read (a refresh would say why)."""
    try:
        with Package.open(path) as package:
            if package.sheet_part(layout.SETTINGS_SHEET) is None and package.sheet_part(layout.SOURCES) is None:
                return ""
            sheets = settings_from_package(package, Settings())
    except (WorkbookError, OSError):
        return ""
    differences = _differences(sheets, used)
    if not differences:
        return ""
    return (f"{path.name}: its {layout.SETTINGS_SHEET} and {layout.SOURCES} sheets were not used: score reads a "
            f"workbook's documents only, and scored them with the settings given here. The sheets hold "
            f"{'; '.join(differences)}. To score with them, refresh the workbook instead (xlplugin refresh "
            f"{path.name} --output NEW.xlsx keeps it as it is), or give them here (--weight SIGNAL=W, --ratings FILE)")
