"""A user's source-ratings table (a workbook's Sources sheet, a `--ratings` CSV) read as one
table, so that nothing in it is silently misread or silently unused:

- one scale for the whole table (`inputs.rating_scale`: 0-1, or 0-100 when its largest rating is
  over 10; a 1-5 or 1-10 table is refused), never decided per value;
- each "domain or outlet" cell read the way a document's host or outlet is
  (`source_rating.rating_key`: "https://www.BBC.co.uk/" is "bbc.co.uk");
- two rows that read as the same key with different ratings are refused, naming both rows;
- after scoring, `unused_rows` names the rows that rated no document, for the summary.

The readers (`cli.read_ratings`, `workbook.reader`) turn each row into a `RatingRow` and the
`RatingsTableError` raised here into their own error, naming the file or sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from .inputs import RATING_SCALES, rating_scale, unit_rating
from .scorers.source_rating import rating_key, rating_used

__all__ = ["RatingRow", "RatingsTableError", "ratings_table", "unused_rows", "describe_unused"]


@dataclass(frozen=True)
class RatingRow:
    """One row of a ratings table as the user wrote it."""

    place: str  # where it is, for messages ("row 3", "line 3")
    written: str  # the domain or outlet cell as written
    rating: float  # the rating as written (on the table's scale)
    rater: str = ""

    @property
    def key(self) -> str:
        return rating_key(self.written)


class RatingsTableError(ValueError):
    """A ratings table that cannot be read as the user meant it; the message says why."""


def ratings_table(rows: list[RatingRow]) -> dict[str, tuple[float, str]]:
    """{key: (rating 0-1, rater)} for the rows of one table; RatingsTableError for a rating on
    neither scale, a table on neither scale, or one key rated twice with different ratings."""
    for row in rows:
        try:
            unit_rating(row.rating, 100.0)
        except ValueError:
            raise RatingsTableError(f"{row.place}: the rating of {row.written} must be {RATING_SCALES}, "
                                    f"not {row.rating:g}") from None
    try:
        scale = rating_scale([row.rating for row in rows])
    except ValueError as exc:
        raise RatingsTableError(str(exc)) from None
    table: dict[str, tuple[float, str]] = {}
    first: dict[str, RatingRow] = {}
    for row in rows:
        key, rating = row.key, unit_rating(row.rating, scale)
        if key in first:
            if table[key][0] != rating:
                raise RatingsTableError(_duplicate(first[key], row, key))
            continue  # (the same rating twice: read once, the first row's rater)
        first[key], table[key] = row, (rating, row.rater)
    return table


def _duplicate(one: RatingRow, other: RatingRow, key: str) -> str:
    return (f"{one.place} ({one.written}, {one.rating:g}) and {other.place} ({other.written}, {other.rating:g}) "
            f"both rate {key} with different ratings; keep one of them")


def unused_rows(rows: list[RatingRow], ratings: Mapping[str, tuple[float, str]],
                documents: Iterable[tuple[str, str]]) -> list[RatingRow]:
    """The rows of a table whose rating no document (url, outlet) got: a site none of them is
    on, an outlet name none of them has, or a key a more specific row always wins over."""
    used = {rating_used(url, outlet, ratings) for url, outlet in documents}
    seen: set[str] = set()
    unused = []
    for row in rows:
        if row.key not in used and row.key not in seen:
            unused.append(row)
        seen.add(row.key)
    return unused


# rows named in the summary; the rest are counted
_SHOWN_UNUSED = 10


def describe_unused(unused: list[RatingRow], where: str) -> str:
    """One line for the summary: which rows of `where` rated no document ("" when none)."""
    if not unused:
        return ""
    named = ", ".join(f"{row.place} ({row.written})" for row in unused[:_SHOWN_UNUSED])
    more = f" and {len(unused) - _SHOWN_UNUSED} more" if len(unused) > _SHOWN_UNUSED else ""
    return (f"{where}: {len(unused)} rating(s) rated no document: {named}{more} "
            "(write the site as a domain such as example.com, or the outlet exactly as the documents name it)")
