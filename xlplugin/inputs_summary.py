"""The summary line's counts of `xlplugin score`, in the words each row's Status uses.

A document whose signals were all scored but that got no index (too few words for it, not an
article, every index weight 0) is not "not scored": the summary counts it apart, with the reason
its Status gives, shortened ("40 without an index (too short: under 50 words)"), so that a user
does not look for a reading error among rows that only lack an index.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from .wording import counted

__all__ = ["cut_text_lines", "outside_table_lines", "run_counts", "text_column_lines"]

_ROW_PLACE_RE = re.compile(r" (?:row|line) \d+$")
_TOO_SHORT_RE = re.compile(r"no index: \d+ words?; the index needs at least (\d+)")
_NO_INDEX = "no index: "


def _no_index_reason(note: str) -> str:
    """The short reason of a scored document's missing index, from its note (engine.score_document)."""
    short = _TOO_SHORT_RE.match(note)
    if short:
        return f"too short: under {short.group(1)} words"
    if note.startswith(_NO_INDEX):  # "not an article (its cues)", "every index weight is 0 (...)"
        return note[len(_NO_INDEX):].split(" (")[0].split(";")[0].strip()
    return note.split(";")[0].strip() or "no index"


def _without_index(results: Sequence[Any]) -> tuple[int, str]:
    """How many results got no index though their text was scored, and why, in words."""
    reasons: dict[str, int] = {}
    for result in results:
        note = result.note or ""
        if result.reliability is None and not note.startswith("not scored"):
            reason = _no_index_reason(note)
            reasons[reason] = reasons.get(reason, 0) + 1
    if not reasons:
        return 0, ""
    if len(reasons) == 1:
        return sum(reasons.values()), next(iter(reasons))
    return sum(reasons.values()), "; ".join(f"{n} {reason}" for reason, n in reasons.items())


def run_counts(results: Sequence[Any], problems: Sequence[Any]) -> str:
    """The summary's counts: documents read, scored (with an index), without an index (and why),
    not scored (a table row whose text cell holds no text: its Status says "not scored: ..."),
    and unreadable (only the files, and rows' files, that could not be read)."""
    cells = sum(1 for p in problems if p.kind == "cell")
    scored = sum(1 for r in results if r.reliability is not None)
    no_index, why = _without_index(results)
    unscored = len(results) - scored - no_index + cells
    because = f" ({cells} with no text in the text cell)" if cells else ""
    without = f"{no_index} without an index ({why}), " if no_index else ""
    return (f"{counted(len(results) + cells, 'document read', 'documents read')}, {scored} scored, {without}{unscored} not scored{because}, "
            f"{len(problems) - cells} unreadable")


def cut_text_lines(records: Sequence[Any]) -> list[str]:
    """A line naming the rows whose text cell held a text cut to fit it, read whole from the file
    the row names (`inputs.CUT_READ_NOTE`; a row naming no file is refused, and said as skipped)."""
    from .inputs import CUT_READ_NOTE

    places = [record.source for record in records if CUT_READ_NOTE in record.note]
    if not places:
        return []
    shown = ", ".join(places[:5]) + (", ..." if len(places) > 5 else "")
    return [f"{counted(len(places), 'row holds', 'rows hold')} a text cut to fit its cell ({shown}): the whole text "
            "was read from the file the row names, and the Status says so"]


def text_column_lines(records: Sequence[Any], text_option: str | None) -> list[str]:
    """A line for each table that has more than one column with a text column's name ("text" and
    "body"): which one the texts were read from (the first name in `inputs.TEXT_COLUMN_NAMES`
    order), and how to read the other. None where the user named the column (`text_option`)."""
    from .inputs import TEXT_COLUMN_NAMES, find_column

    if text_option:
        return []
    lines: dict[str, str] = {}
    for record in records:
        table = _ROW_PLACE_RE.sub("", record.source)
        if not record.text_column or table in lines:
            continue
        others = [h for h in record.columns if h != record.text_column and find_column([h], TEXT_COLUMN_NAMES)]
        lines[table] = (f"{table}: the texts were read from the column {record.text_column!r}; "
                        + ", ".join(repr(h) for h in others) + (" has" if len(others) == 1 else " have")
                        + f" a text column's name too and {'was' if len(others) == 1 else 'were'} not read "
                        "(pass --text-column NAME to read another)") if others else ""
    return [line for line in lines.values() if line]


def outside_table_lines(records: Sequence[Any]) -> list[str]:
    """A line naming every row whose file was not beside its table and was read from the folder
    the command ran in (`inputs.found_outside_table`): another file of the same name, maybe by
    chance, so each is named, not only counted."""
    from .inputs import OUTSIDE_TABLE_NOTE

    places = [record.source for record in records if OUTSIDE_TABLE_NOTE in record.note]
    if not places:
        return []
    return [f"{counted(len(places), 'row')} read {'its file' if len(places) == 1 else 'their files'} from the folder "
            f"you ran in, not from beside the table ({', '.join(places)}): check that these are the files you meant; "
            "each row's Status names the file read"]
