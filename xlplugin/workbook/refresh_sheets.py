"""The sheets a refresh finds by name (Documents, Read, Outlets, Overview, Evidence) when one of
them is not under its name: renamed or deleted.

A refresh writes its sheets by name. A derived sheet the user renamed ("Outlets" to "Out") would
be left as it is, with the numbers of the rows as they were: a refresh that changed a row would
leave it stale without a word. So a sheet of ours found under another name, where its own name is
gone, stops the refresh before anything is written, naming both names (renaming it back is the
way on; nothing the user wrote is lost, nothing is left stale). A derived sheet that is simply
not there (deleted, or a workbook scored before the sheet existed) is made again by the refresh,
as `score` writes it, every row scored again (refresh_rebuild); where it cannot be added to the
workbook, the summary says so, and `score` into a new file writes it.

A sheet is taken for one of ours by its header cells, read only when a name is missing (a
workbook with every sheet under its name costs nothing here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ..errors import WorkbookError
from . import layout, outlets, read_sheet
from .package import Package
from .sheet_scan import scan_sheet

__all__ = ["DERIVED", "copied_documents_notes", "renamed_documents_message", "check_derived_sheets", "missing_derived_sheets", "not_made_note", "OWN_WORKBOOK"]

# The sheets made from the Documents sheet's rows, in the order the summary names them.
DERIVED = (read_sheet.READ, layout.OVERVIEW, outlets.OUTLETS, layout.EVIDENCE)


def _row_starts(row: int, headers: tuple[str, ...]) -> Callable[[dict[int, dict[int, Any]]], bool]:
    """A test: does sheet row `row` begin with `headers` (columns A, B, ...)?"""
    def test(rows: dict[int, dict[int, Any]]) -> bool:
        values = rows.get(row, {})
        return all(str(values.get(col, "") or "").strip() == header for col, header in enumerate(headers, start=1))
    return test


def _documents_header(rows: dict[int, dict[int, Any]]) -> bool:
    """Row 1 holds the stamp columns every scored Documents sheet ends with."""
    shown = {str(value).strip() for value in rows.get(1, {}).values() if value not in (None, "")}
    return set(layout.STAMP_HEADERS) <= shown


# How each of our sheets is known by its header cells (row, and the first cells of that row).
_SIGNATURES: dict[str, tuple[int, Callable[[dict[int, dict[int, Any]]], bool]]] = {
    layout.DOCUMENTS: (1, _documents_header),
    read_sheet.READ: (read_sheet.HEADER_ROW, _row_starts(read_sheet.HEADER_ROW, read_sheet.READ_HEADERS[:4])),
    layout.OVERVIEW: (1, _row_starts(1, layout.OVERVIEW_HEADERS)),
    outlets.OUTLETS: (outlets.HEADER_ROW, _row_starts(outlets.HEADER_ROW, tuple(outlets.HEADERS[:3]))),
    layout.EVIDENCE: (1, lambda rows: any(_row_starts(1, headers[:4])(rows)
                                          for headers in (layout.EVIDENCE_HEADERS, *layout.FORMER_EVIDENCE_HEADERS))),
    # (hunt49) the sheets a refresh reads the user's settings and ratings from
    layout.SETTINGS_SHEET: (1, _row_starts(1, layout.SETTINGS_HEADERS[:2])),
    layout.SOURCES: (1, _row_starts(1, layout.SOURCES_HEADERS[:1])),
}
# (hunt49) What a refresh reads from the Settings and Sources sheets only, by their names: renamed
# ("Ratings", "My settings"), the user's ratings were not used and nothing said so (a rating typed
# there, the row scored as unrated), and the weights were the defaults, the sheet said "missing".
INPUT_SHEETS = {layout.SETTINGS_SHEET: "your weights and settings", layout.SOURCES: "your source ratings"}


def _looks_like(package: Package, part: str, name: str) -> bool:
    """Do the header cells of the sheet in `part` show it is our sheet `name`?"""
    last_row, test = _SIGNATURES[name]
    package.shared_strings  # noqa: B018 - (read first: shared strings that cannot be read say so, not "not ours")
    try:
        scan = scan_sheet(package, part, value_rows=last_row, first_only=True)
    except WorkbookError:
        return False  # (not a worksheet: a chart sheet)
    return test({span.number: span.values for span in scan.rows})


def _renamed(package: Package, name: str) -> str | None:
    """The name of a sheet that looks like our sheet `name`, where no sheet has that name."""
    if package.sheet_part(name) is not None:
        return None
    ours = set(DERIVED) | {layout.DOCUMENTS, layout.HOW_TO_READ, layout.SETTINGS_SHEET, layout.SOURCES}
    for other, part in package.sheets.items():
        if other not in ours and package.has(part) and _looks_like(package, part, name):
            return other
    return None


def copied_documents_notes(package: Package) -> list[str]:
    """The summary's lines for sheets that hold a Documents sheet's score columns under another
    name beside the Documents sheet (Excel's Move or Copy makes "Documents (2)", kept as a backup
    or to try an edit): a refresh updates the Documents sheet only, so their scores stay as they
    were, even beside a text edited since. Each sheet not ours has its header row read."""
    ours = set(DERIVED) | {layout.DOCUMENTS, layout.HOW_TO_READ, layout.SETTINGS_SHEET, layout.SOURCES}
    return [f"sheet {other!r} looks like a copy of the {layout.DOCUMENTS} sheet: its scores were not updated "
            f"(a refresh updates the {layout.DOCUMENTS} sheet only; score the copy into a new workbook to score its texts)"
            for other, part in package.sheets.items()
            if other not in ours and package.has(part) and _looks_like(package, part, layout.DOCUMENTS)]


def renamed_documents_message(package: Package) -> str | None:
    """Where the workbook has no Documents sheet but a sheet with its score columns: the reason
    a refresh refuses, naming it. (Every part is checked first: a damaged one says so.)"""
    package.verify(sheets=list(package.sheets.values()))
    other = _renamed(package, layout.DOCUMENTS)
    if other is None:
        return None
    return (f"the {layout.DOCUMENTS} sheet was renamed to {other!r} (it holds the score columns): "
            f"rename it back to {layout.DOCUMENTS} and refresh again")


# Why a workbook with none of the sheets `score` writes beside its Documents sheet (a workbook of
# the user's own, with the score columns added) gets none added by a refresh: its sheets are the user's.
OWN_WORKBOOK = ("it has none of the sheets `score` writes beside Documents: the sheets of a workbook of your own "
                "stay as they are")


def _there(package: Package, name: str) -> bool:
    part = package.sheet_part(name)
    return part is not None and package.has(part)


def missing_derived_sheets(path: Path, package: Package, refuse: Callable[[Path, str], WorkbookError]) -> list[str]:
    """The derived sheets that are not there (deleted), to be made again, in a workbook `score`
    wrote (it has one of them, or its How to read sheet); raises `refuse(...)` where one is
    under another name. A workbook with every sheet under its name costs nothing
    here; otherwise its sheets are checked first (Package.verify), as a refresh checks them."""
    if all(_there(package, name) for name in DERIVED):
        return []
    if not any(_there(package, name) for name in (*DERIVED, layout.HOW_TO_READ)):
        return []  # (a workbook of the user's own, never written by `score`: its sheets stay as they are, OWN_WORKBOOK)
    package.verify(sheets=list(package.sheets.values()))
    return check_derived_sheets(path, package, refuse)


def check_derived_sheets(path: Path, package: Package, refuse: Callable[[Path, str], WorkbookError]) -> list[str]:
    """Raise `refuse(...)` where a derived sheet, or a sheet the refresh reads (Settings, Sources:
    `INPUT_SHEETS`), is under another name; else the derived sheets that are not there. Called once the package's sheets were checked (Package.verify)."""
    missing = [name for name in DERIVED if package.sheet_part(name) is None
               or not package.has(package.sheet_part(name) or "")]
    for name in missing:
        other = _renamed(package, name)
        if other is not None:
            raise refuse(path, f"the sheet {other!r} looks like the {name} sheet xlplugin wrote, renamed (no sheet is "
                               f"named {name!r}): a refresh would leave it showing the rows as they were; rename it "
                               f"back to {name} and refresh again (to keep it as it is, copy it first; the copy is "
                               "left alone)")
    for name, what in INPUT_SHEETS.items():
        other = _renamed(package, name) if not _there(package, name) else None
        if other is not None:
            raise refuse(path, f"the sheet {other!r} looks like the {name} sheet xlplugin wrote, renamed (no sheet is "
                               f"named {name!r}): a refresh reads {what} from the {name} sheet only, so they would "
                               f"not be used; rename it back to {name} and refresh again")
    return missing


def not_made_note(missing: list[str], why: str) -> str:
    """The summary's line on derived sheets that are not there and could not be made again."""
    names = " and ".join(", ".join(missing).rsplit(", ", 1))
    return (f"this workbook has no {names} sheet{'s' if len(missing) > 1 else ''} (deleted, or scored by an earlier "
            f"version), and a refresh could not make {'them' if len(missing) > 1 else 'it'} again ({why}); "
            "`xlplugin score BOOK.xlsx -o NEW.xlsx` writes a workbook with every sheet")
