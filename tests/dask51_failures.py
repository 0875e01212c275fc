"""(dask51) Tasks for the Dask failure tests (`test_dask51_*.py`), in a module of their own so that
the workers of a test cluster import them by name. Every text here is written for these tests."""

from __future__ import annotations

import os
from pathlib import Path

GOOD = ("The harbour council approved a new budget for the ferry pier on Tuesday, its chair, Maria Olsen, said in a "
        "statement. The pier will cost 2.1 million euros, according to the council's papers, and work starts in May.")


def good_text(i: int) -> str:
    """A short news text of its own for row `i`."""
    return GOOD.replace("Tuesday", ["Monday", "Tuesday", "Wednesday", "Thursday"][i % 4]).replace("2.1", f"2.{i}")


def die(_part: object = None) -> None:
    """Ends the worker process that runs it, as the kernel's out-of-memory killer or `kill -9` would."""
    os._exit(1)


def die_once(marker: str, part: object) -> object:
    """Ends its worker the first time it runs (leaving `marker`), then gives `part` back: a worker
    lost once, mid-run, its task tried again on another."""
    if not Path(marker).exists():
        Path(marker).write_text("died once")
        os._exit(1)
    return part


def long_text(characters: int) -> str:
    """A text of about `characters` characters, numbered paragraphs, none repeated."""
    out, total, i = [], 0, 0
    while total < characters:
        line = f"Paragraph {i}: the committee met on day {i % 28 + 1} and discussed item {i * 7 % 1000} of the plan, the secretary said."
        out.append(line)
        total += len(line) + 2
        i += 1
    return "\n\n".join(out)


def write_then_die(path: str, part: object) -> None:
    """(lead, session 40) Writes `part` whole where the run would, then ends its worker before the
    scheduler hears: the race in which a part is in place but its task counts as failed."""
    from xlplugin.dask import _write_part

    _write_part(part, path)
    os._exit(1)
