"""The summary's lines on rows scored again for a reason the counts do not show: a text cell
emptied (its scores removed, not "rescored"), and a text cell that holds a formula (scored from
the value it shows, as `score` scores it, which the user may not expect of a formula)."""

from __future__ import annotations

from typing import Any, Sequence

from ..inputs import Record
from ..wording import counted

__all__ = ["emptied", "emptied_line", "formula_line"]

_SHOWN = 8  # rows named in a line, at most


def emptied(row: Any) -> bool:
    """Whether a row scored now was scored before and has no text now (its text cell emptied)."""
    item = row.item
    return (not row.new and isinstance(item, Record) and isinstance(item.text, str) and not item.text.strip()
            and not item.text_file)


def _rows(numbers: Sequence[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:_SHOWN])
    return f"{'row' if len(numbers) == 1 else 'rows'} {shown}" + (f" and {len(numbers) - _SHOWN} more"
                                                                  if len(numbers) > _SHOWN else "")


def emptied_line(numbers: Sequence[int]) -> list[str]:
    """The line for the rows whose text cell was emptied (`numbers`: their rows in the sheet)."""
    if not numbers:
        return []
    now = "now empty: its scores were removed" if len(numbers) == 1 else "now empty: their scores were removed"
    return [f"{counted(len(numbers), 'row')} {now} (not counted as rescored): {_rows(numbers)}"]


def formula_line(numbers: Sequence[int]) -> list[str]:
    """The line for the rows scored now whose text cell holds a formula."""
    if not numbers:
        return []
    return [f"{counted(len(numbers), 'row has', 'rows have')} a formula in the text cell: scored from the value it "
            f"shows when last saved, as score reads it ({_rows(numbers)}); type the text itself to score what you mean"]
