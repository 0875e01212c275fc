"""The totals rows of a sheet's Excel tables (Insert > Table, then Table Design > Total Row).

A table's totals row holds "Total" and formulas such as `=SUBTOTAL(109,[Words])`: it is not a
document. openpyxl's read-only sheets do not say which rows those are, so the sheet's table
parts are read for them: each table names its range (`ref="A1:D9"`) and how many totals rows
end it (`totalsRowCount`, 0 when it has none). A sheet without tables costs one look at its
relationships."""

from __future__ import annotations

from .package import Package
from .xml_parse import local_name, parse_xml

__all__ = ["TOTALS_ROW_REASON", "totals_rows"]

# How the summary names the rows skipped so (inputs.describe_skipped).
TOTALS_ROW_REASON = "a table's totals row (Table Design > Total Row), not a document"


def totals_rows(package: Package, sheet_part: str | None) -> set[int]:
    """The sheet row numbers of the totals rows of the tables on `sheet_part`."""
    if sheet_part is None:
        return set()
    found: set[int] = set()
    for kind, target in package.rels(sheet_part).values():
        if kind == "table" and package.has(target):
            found |= _table_totals(package, target)
    return found


def _table_totals(package: Package, part: str) -> set[int]:
    attrs_seen: dict[str, str] = {}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if not attrs_seen and local_name(tag)[1] == "table":
            attrs_seen.update(attrs)
            attrs_seen.setdefault("ref", "")

    parse_xml(package.read(part), part, start)
    try:
        count = int(attrs_seen.get("totalsRowCount") or 0)
    except ValueError:
        return set()
    last = _last_row(attrs_seen.get("ref", ""))
    if count <= 0 or last is None:
        return set()
    return set(range(last - count + 1, last + 1))


def _last_row(ref: str) -> int | None:
    """The last row of a range such as "A1:D9" (9)."""
    digits = "".join(ch for ch in ref.rpartition(":")[2] if ch.isdigit())
    return int(digits) if digits else None
