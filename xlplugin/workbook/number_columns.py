"""(hunt38b) The numbers of a CSV file's other columns written as numbers, never as text cells.

A CSV file holds text only: its "views" column of 1234 and its "share" column of 0.25 reached the
scored workbook as text cells ("1234"), which Excel sorts as text, leaves out of a SUM and marks
with a green triangle. A column of the user's that is not one xlplugin reads (text, file, id,
title, url, outlet, date, author) is written as numbers where every value in it is a plain number
whose meaning no one can doubt: digits, an optional minus sign, an optional decimal point
(1234, -56, 0.25). Anything else keeps the whole column as text, as typed:
- a value with a leading zero ("007", "02134"): a code, whose zeros a number would lose;
- a value with more than 15 digits: Excel keeps 15, so the rest would be changed;
- a value with a group separator ("1,234", "1.234,5"), read as 1234 in one country and 1.234 in
  another; a column holding such numbers, or numbers beside words ("12", "n/a"), is said once, by
  name, so the user knows why its cells are text (`text_kept_lines`);
- an id column ("id", "tweet_id"), which names rows and is never a quantity.
Only a delimited text file's rows (CSV, TSV) are read so: a workbook's cells and JSON values
keep the type they were given.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..inputs import Problem, Record, known_columns

__all__ = ["number_columns", "as_number", "text_kept_lines"]

# A plain number: no leading zero (0.5 and 0 are plain), no sign but minus, no group separator.
_PLAIN_RE = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?")
# Digits with separators, signs or spaces: what reads as a number to a person ("1,234", "1.234,5", "007").
_NUMBER_LIKE_RE = re.compile(r"[+-]?[\d.,\u00a0\u202f' ]*\d[\d.,\u00a0\u202f' ]*%?")
_MOST_DIGITS = 15
_TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".tab", ".txt", ".psv"})


def _from_text_table(item: Any) -> bool:
    """Whether `item` is a row of a delimited text file (its source "data.csv line 3")."""
    if not isinstance(item, (Record, Problem)) or " line " not in (item.source or ""):
        return False
    return Path(item.source.rsplit(" line ", 1)[0]).suffix.lower() in _TABLE_SUFFIXES


def _candidate(header: str, item: Record | Problem) -> bool:
    key = "_".join(header.split()).lower()
    if header in (item.text_column, item.path_column) or known_columns([header]):
        return False
    return not (key == "id" or key.endswith("_id") or key.endswith(" id"))


def _plain(value: str) -> bool:
    return bool(_PLAIN_RE.fullmatch(value)) and sum(c.isdigit() for c in value) <= _MOST_DIGITS


def as_number(value: Any) -> Any:
    """A plain number's value (`_PLAIN_RE`): an int where it has no decimal point; any other
    value as it is."""
    if not isinstance(value, str) or not _plain(value.strip()):
        return value
    value = value.strip()
    return float(value) if "." in value else int(value)


def _columns(items: Sequence[Any], headers: Iterable[str]) -> tuple[list[str], list[str]]:
    """(the columns written as numbers, the columns of numbers kept as text and said)."""
    rows = [item for item in items if _from_text_table(item)]
    numbers, said = [], []
    for header in headers:
        values = [item.columns.get(header) for item in rows if _candidate(header, item)]
        values = [v.strip() for v in values if isinstance(v, str) and v.strip()]
        if not values:
            continue
        if all(_plain(v) for v in values):
            numbers.append(header)
            continue
        like = [v for v in values if _NUMBER_LIKE_RE.fullmatch(v)]
        leading_zero = [v for v in like if re.fullmatch(r"-?0\d+", v)]
        if like and not leading_zero and len(like) * 2 >= len(values) and (len(like) < len(values) or any(not _plain(v) for v in like)):
            said.append(header)
    return numbers, said


def number_columns(items: Sequence[Any], headers: Iterable[str]) -> set[str]:
    """The user's columns of `items` (rows of a CSV file) whose values are all plain numbers."""
    return set(_columns(items, headers)[0])


def text_kept_lines(items: Sequence[Any], headers: Iterable[str]) -> list[str]:
    """One line per column that holds numbers written in a way that could mean two things, or
    numbers beside other values: kept as text, as typed."""
    _numbers, said = _columns(items, headers)
    return [f"column {header!r} kept as text, as typed: its values are not all plain numbers (such as \"1,234\" "
            f"beside \"1.234\", which mean 1234 in one country and 1.234 in another, or words beside numbers); "
            "give plain numbers (1234, 0.25) for it to be written as numbers" for header in said]
