"""A rated outlet's name whose letters alone changed case in the Sources sheet ("The Daily Post"
typed again as "THE DAILY POST"), or that was written another way that is read as the same
outlet ("Daily Post.", `source_rating.outlet_key`). Case changes no score (an outlet is matched case aside, and the
name as written is not part of the settings hash), so the plan finds nothing to score; but the
rows it rates name it, as written, in their Why cell (and their source rating's note), and those
would keep the old letters. (The Outlets sheet names each outlet as the row's outlet cell writes
it, not as the Sources sheet does: a refresh already follows an edit of that cell.)

The workbook keeps each rating with its name as written when scored (sources_used.stored_names).
A row left unchanged by the plan whose rating comes from a key now written otherwise is scored
again: its numbers come out the same, its Why names the outlet as the sheet now writes it. (Scoring the row again is the one way that writes every place that names it as a
fresh score would; such rows are few: those of the outlets renamed.) A workbook that kept no
names (scored before they were kept) is left as it was: the names shown follow the sheet at the
next change that scores the rows."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..inputs import Record
from ..scorers.source_rating import rating_used
from ..settings import Settings
from .refresh_plan import RowPlan

__all__ = ["rescore_renamed_sources"]


def rescore_renamed_sources(rows: Sequence[RowPlan], settings: Settings,
                            before: Mapping[str, str] | None) -> tuple[int, str]:
    """Mark for scoring each row left unchanged whose rating's key is written otherwise now than
    in `before` (the names as scored); the number of such rows, and the summary's line ("" for
    none)."""
    if before is None:
        return 0, ""
    now = settings.rating_names
    renamed = {key: (before[key], now.get(key, key)) for key in settings.ratings
               if key in before and before[key] != now.get(key, key)}
    if not renamed:
        return 0, ""
    count, used = 0, set()
    for row in rows:
        if row.rescore or row.values is not None or not isinstance(row.item, Record):
            continue
        key = rating_used(row.item.url or "", row.item.outlet or "", settings.ratings)
        if key in renamed:
            row.rescore = True
            count += 1
            used.add(key)
    if not count:
        return 0, ""
    names = ", ".join(f"{renamed[key][0]} \u2192 {renamed[key][1]}" for key in sorted(used))
    # (outlets20: a name is one key for more spellings than its case: "The Daily Post." is "Daily Post")
    changed = "changed case" if all(renamed[key][0].lower() == renamed[key][1].lower() for key in used) \
        else "was written another way"
    return count, (f"rescored {count}: the {'names' if len(used) > 1 else 'name'} of a rated source {changed} in "
                   f"the Sources sheet ({names}): the same numbers, and the Why column names "
                   f"{'them' if len(used) > 1 else 'it'} as the sheet now writes {'them' if len(used) > 1 else 'it'}")
