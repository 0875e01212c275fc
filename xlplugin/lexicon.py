"""Reading the package's word lists and cue lists (the files in `xlplugin/data/`).

Each file starts with a header of `#` lines that says what it holds, where its categories come
from and how it was built. The body is sections: a `[category]` line, then one entry a line.
Entries are lower-cased; `#` after an entry starts a comment. Files are read through
`importlib.resources`, so they work from a wheel, a zip or Pyodide's in-memory file system.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable
from importlib import resources

__all__ = ["load_sections", "data_text", "memo_map"]

# A word table holds at most this many words (then starts again): a few MB.
MEMO_LIMIT = 1 << 17


def data_text(name: str) -> str:
    """The text of one data file of the package."""
    return resources.files("xlplugin").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_sections(name: str) -> dict[str, tuple[str, ...]]:
    """Sections of a data file: {category: (entry, ...)}, in file order."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, line in enumerate(data_text(name).splitlines(), start=1):
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), [])
            continue
        if current is None:
            raise ValueError(f"{name}:{number}: entry before any [section]")
        current.append(line.lower())
    return {key: tuple(values) for key, values in sections.items()}


def memo_map(fn: Callable[[str], Any], table: dict[str, Any], words: list[str]) -> list[Any]:
    """[fn(w) for w in words], each distinct word worked out once and kept in `table`.

    The usual case (every word seen before) is one C-level map of dict look-ups, about a third
    of the time of calling an lru_cache-wrapped function per word.
    """
    try:
        return list(map(table.__getitem__, words))
    except KeyError:
        if len(table) > MEMO_LIMIT:
            table.clear()
        for word in set(words).difference(table):
            table[word] = fn(word)
        return list(map(table.__getitem__, words))
