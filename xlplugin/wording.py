"""Counts in words for the terminal's summary lines: "1 document read", "2 documents read",
"1 row has", "3 rows have" (never "1 documents" or "row(s)")."""

from __future__ import annotations

__all__ = ["counted"]


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """`count` and the words that agree with it: `singular` for 1, else `plural` (by default
    `singular` and an "s": "other file" -> "other files")."""
    if count == 1:
        return f"{count} {singular}"
    return f"{count} {plural if plural is not None else singular + 's'}"
