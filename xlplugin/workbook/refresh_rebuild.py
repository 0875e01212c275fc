"""A Read, Overview, Outlets or Evidence sheet the user deleted, made again by a refresh.

A user who deletes a derived sheet and refreshes expects it back, filled for every row, as
`score` would have written it. Its rows need every row's evidence (the Read sheet's flags, the
Evidence rows), which a refresh keeps for no row: so every row of the Documents sheet is read as
the refresh reads it and scored again, the workbook `score` writes for those rows is made in a
temporary file, and the missing sheets are taken from it into a copy of the user's workbook
(refresh_transplant: their charts, formats, place and defined names), beside it (rows read from
files are found relative to the workbook's folder). That copy is then refreshed as any workbook
is, into the file asked for: rows edited since the last refresh are scored and every sheet is
brought up to date, the new ones too; the copy is removed. The user's own sheets, their cells of
the Documents sheet and every other part are copied byte for byte, as by any refresh.

The other derived sheets, still there, are what the last refresh wrote, and the refresh keeps
them current: it compares the rows with those the Read sheet lists. A Read sheet made again lists
the rows as they stand, so then the refresh makes every derived sheet again (`remake`), as after
rows moved: none is left showing rows removed since. A workbook with none of the sheets `score`
writes beside Documents (a workbook of the user's own with the score columns added) gets none
added (refresh_sheets.OWN_WORKBOOK).
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterator

from ..engine import score_many
from ..inputs import Record
from ..kind_shown import as_shown
from ..ratings_table import joined_outlets
from . import layout
from .package import Package, write_package
from .reader import sources_rows
from .refresh_plan import repeated_marks
from .refresh_styles import SheetNotAdded
from .refresh_transplant import transplanted_parts
from .writer import write_scored_workbook

__all__ = ["rebuilt_note", "rebuilt_copy"]


def rebuilt_note(missing: list[str], earlier: bool = False) -> str:
    """The summary's line on the sheets made again. `earlier`: the workbook's Settings sheet lacks
    rows this version writes too (`reader.missing_settings`), as a workbook an earlier version
    wrote does: the sheets were most likely never there, not deleted (outlets23: the line said
    "the sheets deleted" on such a workbook's first refresh, though nothing was deleted)."""
    names = " and ".join(", ".join(missing).rsplit(", ", 1))
    plural = len(missing) > 1
    if earlier:
        return (f"added: {names} (not in this workbook, whose {layout.SETTINGS_SHEET} sheet lacked rows this version "
                f"writes too: most likely written by an earlier version, which had no such sheet{'s' if plural else ''}, "
                f"not deleted; made as `score` writes {'them' if plural else 'it'}, every row scored again)")
    return (f"rebuilt: {names} (the sheet{'s' if plural else ''} deleted: made again as `score` writes "
            f"{'them' if plural else 'it'}, every row scored again)")


def _scored(items: list[Any], settings: Any, progress: Callable[[int, int], None] | None) -> Iterator[Any]:
    """Every row's result in order (None for a row that could not be read), as `score` scores
    the rows (paragraphs repeated across an outlet's rows marked as furniture first): a stream,
    read once as the workbook is written, so that no row's evidence is held after its rows are out."""
    marks = repeated_marks(items)
    inputs = [replace(item.as_input(note=False), furniture=mark) for item, mark in zip(items, marks) if isinstance(item, Record)]
    results = score_many(inputs, settings=settings, repeated=False)
    done = 0
    for item in items:
        if not isinstance(item, Record):
            yield None
            continue
        done += 1
        yield as_shown(next(results))
        if progress is not None:
            progress(done, len(inputs))


def _beside(path: Path, what: str, suffix: str, made: list[Path]) -> Path:
    """A temporary file beside the workbook (rows read from files are found from its folder)."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".~{path.stem}.{what}.", suffix=suffix, dir=path.parent)
    except OSError as exc:  # (a folder that cannot be written: the refresh goes on without the sheets)
        raise SheetNotAdded(f"no temporary copy can be written beside the workbook: {exc.strerror or exc}") from None
    os.close(handle)
    made.append(Path(name))
    return Path(name)


@contextmanager
def rebuilt_copy(path: Path, missing: list[str], read_rows: Callable[[Package], tuple[list[Any], Any]],
                 progress: Callable[[int, int], None] | None = None) -> Iterator[Path]:
    """A copy of the workbook, beside it, with the `missing` sheets as `score` writes them for its
    rows; removed on leaving. `read_rows(package)`: the rows as the refresh reads them (items)
    and the settings it scores with."""
    temporary: list[Path] = []
    try:
        fresh = _beside(path, "scored", ".xlsx", temporary)
        copy = _beside(path, "rebuilt", path.suffix, temporary)
        with Package.open(path) as package:
            items, settings = read_rows(package)
            # (outlets23) the outlets its Sources sheet says are one, one row, as `score -o` joined them
            joined = joined_outlets(sources_rows(package))
            write_scored_workbook(fresh, items, _scored(items, settings, progress), settings, joined_outlets=joined)
            with Package.open(fresh) as scored:  # (the sheets are read from it as they are written)
                write_package(package.archive, copy, transplanted_parts(package, scored, missing))
        fresh.unlink(missing_ok=True)
        yield copy
    finally:
        for made in temporary:
            made.unlink(missing_ok=True)
