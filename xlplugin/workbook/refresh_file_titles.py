"""(loose24) A row read from a file whose file cell now names another file: its title follows the file.

`score` fills a file row's title cell with the title the file gave (a .txt or .md file's
headline line, `file_titles.headline_line`). A refresh reads the row's cells first and the
file only for what they leave empty, so after the file cell was pointed at another file the old
file's title stayed in its cell and was scored with the new text (a title feeds provenance's
headline cues: "clickbait headline" from a headline the text no longer has).

A title cell is the file's, not the user's, where it is one of the opening lines of the text the
row was last scored with (read back from the Read sheet, by the row's id and text hash) and none
of the opening lines of the text it has now. Such a cell takes the title the file gives now (none,
where the file opens with no headline) and the row's Status says so. A title typed by the user
(one its earlier text did not open with) is kept, whatever the file. Known limit: a title read
from a .md file's front matter or a web page's metadata is in neither text, so it is kept as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..errors import InputError
from ..inputs import Record, read_file
from .read_refresh import OldReadSheet
from .refresh_read_edits import cell_plain_text

__all__ = ["FollowedTitle", "FOLLOWED_NOTE", "followed_titles"]

# How many of a text's first non-empty lines may hold its title (a label line, a date or a
# reason written before it in the Read sheet: "[no index: ...]")
OPENING_LINES = 4

FOLLOWED_NOTE = "title taken from the file the row names now (the one in its title cell was the former file's)"


@dataclass(frozen=True)
class FollowedTitle:
    """A row's title cell as the file it names now gives it (`title`, "" for none)."""

    row: int  # its index among the rows read
    title: str


# How much of a text its opening lines are looked for in (a title is at most
# file_titles.HEADLINE_MAX_CHARS; a reason before it in the Read sheet is a line)
OPENING_CHARS = 2000


def _opening_lines(text: str) -> list[str]:
    lines = [line.strip().lstrip("\u25b2").strip() for line in text[:OPENING_CHARS].splitlines()]
    return [line for line in lines if line][:OPENING_LINES]


def followed_titles(items: Sequence[Any], titles: Sequence[Any], stamps: Sequence[Any],
                    old_read: OldReadSheet | None, shared: Sequence[str]) -> list[FollowedTitle]:
    """For each row read from a file (`items`) whose title cell (`titles`) opened the text it was
    last scored with (its Read row, found by id and text hash `stamps`) but does not open its
    text now: the title its file gives now. The items are given that title."""
    if old_read is None:
        return []
    found = []
    for number, (item, cell, stamp) in enumerate(zip(items, titles, stamps)):
        if not isinstance(item, Record) or not item.text_file or not isinstance(cell, str) or not cell.strip():
            continue
        title = cell.strip()
        if title in _opening_lines(item.text) or stamp in (None, ""):
            continue
        old = old_read.rows.get((str(item.id), str(stamp)))
        if old is None or old.text_cell is None:
            continue
        shown = cell_plain_text(old.text_cell, shared)
        if not shown or title not in _opening_lines(shown):
            continue  # (typed by the user: its former text did not open with it)
        try:
            now = read_file(item.text_file).title or ""
        except InputError:
            continue
        item.title = now
        found.append(FollowedTitle(number, now))
    return found
