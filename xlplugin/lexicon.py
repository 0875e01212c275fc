"""Reading the package's word lists and cue lists (the files in `xlplugin/data/`).

Each file starts with a header of `#` lines that says what it holds, where its categories come
from and how it was built. The body is sections: a `[category]` line, then one entry a line.
Entries are lower-cased; `#` after an entry starts a comment. Files are read through
`importlib.resources`, so they work from a wheel, a zip or Pyodide's in-memory file system.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["load_sections", "data_text"]


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
