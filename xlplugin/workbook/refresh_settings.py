"""Why a refresh scored rows again because of settings, in words for its summary ("settings
changed: weight.provenance 1 → 0"), and what it found of the Settings and Sources sheets
(a Settings sheet deleted, Sources rows that rated no document).

A workbook keeps no copy of the settings it was scored with, only each row's Settings hash
(`Settings.digest`). The change is told only where a hash proves it: the settings a row was
scored with are looked for among a few likely earlier ones (the defaults; the settings now with
one value back at its default, or one weight at 0; either without the Sources ratings), and the first whose digest
is the row's hash is compared with the settings now. Otherwise the summary says only that the
settings or the Sources sheet changed since, never a guess.

A Settings sheet the user deleted is written back (`settings_sheet_parts`), holding the settings
the refresh used, so that the weights can be seen and edited again. A row missing from it (deleted,
or a setting newer than the release that wrote the sheet) is written in below the others
(`missing_rows_added`), holding the value used, so the next refresh does not say it again.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any, Iterable, Iterator, Mapping

from ..errors import WorkbookError
from ..settings import FORMER_DEFAULT_WEIGHTS, Setting, Settings, settings_table
from . import layout
from .cell_xml import cell_xml, column_letter
from .package import Package
from .sheet_edit import set_ref_rows, styles_from
from .sheet_scan import scan_sheet
from .writer import row_height
from .xml_parse import parse_xml

__all__ = ["settings_change", "settings_sheet_parts", "missing_settings_note", "missing_rows_added"]

def missing_settings_note(written_back: bool) -> str:
    """The summary's line for a workbook whose Settings sheet was deleted."""
    note = "the Settings sheet was missing: the default settings were used (a deleted sheet does not keep your weights)"
    if written_back:
        return note + "; it was written back, as the last sheet, to see and edit them"
    return note + "; it could not be written back into this workbook: pass --weight SIGNAL=W to refresh with others"


# changes named per earlier settings; the rest are counted
_SHOWN_CHANGES = 6
# distinct earlier settings explained; rows scored at more times than this are counted
_SHOWN_EARLIER = 3


def settings_change(old_digests: Iterable[str], now: Settings,
                    earlier_ratings: Mapping[str, tuple[float, str]] | None = None) -> list[str]:
    """One line per distinct earlier settings digest of rows scored again for it: what changed
    from those settings to `now`, where a likely earlier settings has that digest.
    `earlier_ratings`: the Sources ratings the workbook was last scored with, where it keeps
    them (`sources_used`): an edit of a rating is then told too."""
    digests = sorted(set(old_digests) - {now.digest(), "", None})
    if not digests:
        return []
    found = {candidate.digest(): candidate for candidate in reversed(list(_earlier(now, earlier_ratings)))}
    lines = []
    for digest in digests[:_SHOWN_EARLIER]:
        earlier = found.get(digest)
        if earlier is None:
            lines.append(f"settings or Sources changed since some rows were scored (Settings hash {digest}, now "
                         f"{now.digest()}): those rows were scored again")
        else:
            lines.append("settings changed: " + "; ".join(_changes(earlier, now)))
            lines += _colours_redone(earlier, now)
    if len(digests) > _SHOWN_EARLIER:
        lines.append(f"and rows scored with {len(digests) - _SHOWN_EARLIER} other settings")
    return lines


# Said where the styles part cannot take the colours' formats (none there): the colours stay
COLOURS_NOT_REDONE = ("the colours of the Documents sheet are as they were: this workbook has no place for their "
                      "formats, so a column whose weight changed to or from 0 may be coloured wrongly")


def _colours_redone(earlier: Settings, now: Settings) -> list[str]:
    """The line for weights turned to 0 or from 0: a column weighed 0 has no colours (the
    Documents sheet's "How to read this" says so), and the refresh colours the columns again
    for the new weights (refresh_colours), which the user should know."""
    crossed = [key for key, value in now.values.items()
               if key.startswith("weight.") and (not earlier.values.get(key)) != (not value)]
    if not crossed:
        return []
    words = {s.name: s.shown for s in settings_table()}  # (as the Settings sheet names them)
    crossed = [words.get(key, key) for key in crossed]
    return [f"the colours of the Documents sheet follow the new weights ({', '.join(crossed)} changed to or "
            "from 0; a column weighed 0 has no colour)"]


def _earlier(now: Settings, earlier_ratings: Mapping[str, tuple[float, str]] | None = None) -> Iterator[Settings]:
    """Likely settings of an earlier scoring, most likely first."""
    defaults = Settings()
    known = [] if earlier_ratings is None or dict(earlier_ratings) == dict(now.ratings) else [earlier_ratings]
    for ratings in (now.ratings, *known, {}):
        yield Settings(now.values, ratings)
        yield Settings(defaults.values, ratings)
        for former in FORMER_DEFAULT_WEIGHTS:  # (an earlier release's defaults: refresh._todays_defaults)
            yield Settings(now.values, ratings).with_values(former)
        for setting in settings_table():
            if setting.name in now.values and now.values[setting.name] != setting.default:
                yield Settings(now.values, ratings).with_values({setting.name: setting.default})
        # (meta20) one weight at 0 (a signal turned off, now turned on again): named as the other way
        for key, value in now.values.items():
            if key.startswith("weight.") and value:
                yield Settings(now.values, ratings).with_values({key: 0})


def _changes(earlier: Settings, now: Settings) -> list[str]:
    words = {s.name: s.shown for s in settings_table()}  # (as the Settings sheet names it: "Provenance weight")
    changes = [f"{words.get(key, key)} {_shown(earlier.values.get(key))} → {_shown(value)}" for key, value in now.values.items()
               if key != "workers" and earlier.values.get(key) != value]
    changes += _rating_changes(earlier.ratings, now.ratings, now.rating_names)
    if len(changes) > _SHOWN_CHANGES:
        changes[_SHOWN_CHANGES:] = [f"and {len(changes) - _SHOWN_CHANGES} more"]
    return changes


def _rating_changes(earlier: Mapping[str, tuple[float, str]], now: Mapping[str, tuple[float, str]],
                    names: Mapping[str, str] | None = None) -> list[str]:
    """The Sources rows added, removed or changed, each named as the sheet writes it now (`names`,
    Settings.rating_names: "The Daily Ledger"), else by its key (a row removed: only its key was kept)."""
    names = names or {}
    changes = [f"Sources {names.get(key, key)} added ({now[key][0]:g})" for key in now if key not in earlier]
    changes += [f"Sources {key} removed" for key in earlier if key not in now]
    changes += [f"Sources {names.get(key, key)} {earlier[key][0]:g} → {now[key][0]:g}" for key in now
                if key in earlier and earlier[key][0] != now[key][0]]
    changes += [f"Sources {names.get(key, key)} rater {earlier[key][1]!r} → {now[key][1]!r}" for key in now
                if key in earlier and earlier[key][0] == now[key][0] and earlier[key][1] != now[key][1]]
    return changes


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "(none)" if value is None else str(value)


# --- writing a deleted Settings sheet back (refresh) ---------------------------------------

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WORKSHEET_TYPE = _REL_NS + "/worksheet"
_WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_SHEETS_END_RE = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?sheets\s*>")
_SHEET_ID_RE = re.compile(rb"\bsheetId\s*=\s*[\"'](\d+)[\"']")


def settings_sheet_parts(package: Package, settings: Settings) -> dict[str, bytes]:
    """The parts that add a Settings sheet, at the end, to a workbook that has none: the sheet
    (each setting, its value in `settings`, what it does), and the workbook, its relationships
    and the content types, each with one entry more. Every other part, and every existing sheet's
    position (defined names count sheets by position), stays as it was. {} where a part is not
    where a workbook keeps it (then the summary says only that the sheet is missing)."""
    workbook = package.workbook_part
    folder, name = posixpath.split(workbook)
    rels_part = posixpath.join(folder, "_rels", name + ".rels")
    if not all(package.has(p) for p in (workbook, rels_part, "[Content_Types].xml")):
        return {}
    taken = set(package.archive.namelist())
    number = next(n for n in range(1, len(taken) + 2) if posixpath.join(folder, f"worksheets/sheet{n}.xml") not in taken)
    part = posixpath.join(folder, f"worksheets/sheet{number}.xml")
    ids = set(package.rels(workbook))
    rid = next(f"rIdXlp{n}" for n in range(1, len(ids) + 2) if f"rIdXlp{n}" not in ids)
    book = package.read(workbook)
    end = _SHEETS_END_RE.search(book)
    if end is None:
        return {}
    sheet_id = max((int(n) for n in _SHEET_ID_RE.findall(book)), default=0) + 1
    tag = end.group(0)[2:].split(b"sheets")[0].decode()  # ("x:" where the workbook uses a prefix)
    # (the relationships prefix declared on the element itself: workbooks declare it on the root,
    # or, as openpyxl writes them, on each sheet element)
    entry = f'<{tag}sheet xmlns:r="{_REL_NS}" name="{layout.SETTINGS_SHEET}" sheetId="{sheet_id}" r:id="{rid}"/>'
    relationship = f'<Relationship Id="{rid}" Type="{_WORKSHEET_TYPE}" Target="worksheets/sheet{number}.xml"/>'
    override = f'<Override PartName="/{part}" ContentType="{_WORKSHEET_CONTENT}"/>'
    parts = {
        part: _settings_sheet_xml(settings),
        workbook: book[:end.start()] + entry.encode() + book[end.start():],
        rels_part: _before_last(package.read(rels_part), b"</Relationships>", relationship.encode()),
        "[Content_Types].xml": _before_last(package.read("[Content_Types].xml"), b"</Types>", override.encode()),
    }
    for name, data in parts.items():  # (never a damaged part: a part that would not parse adds nothing)
        try:
            parse_xml(data, name, lambda tag, attrs: None)
        except WorkbookError:
            return {}
    return parts


def _before_last(data: bytes, closing: bytes, insert: bytes) -> bytes:
    at = data.rindex(closing)
    return data[:at] + insert + data[at:]


def _settings_sheet_xml(settings: Settings) -> bytes:
    """The Settings sheet as `score` lays out its cells (setting, value, what it does), plain."""
    rows = [(1, layout.SETTINGS_HEADERS)]
    rows += [(number, (s.shown, settings[s.name], s.help)) for number, s in enumerate(layout.WORKBOOK_SETTINGS, start=2)]
    xml = "".join(f'<row r="{number}">' + "".join(cell_xml(f"{column_letter(col)}{number}", value, None)
                                                   for col, value in enumerate(values, start=1)) + "</row>"
                  for number, values in rows)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN_NS}">'
            '<cols><col min="1" max="1" width="26" customWidth="1"/><col min="2" max="2" width="10" customWidth="1"/>'
            f'<col min="3" max="3" width="70" customWidth="1"/></cols><sheetData>{xml}</sheetData>'
            f'{_validations_xml("", 2, len(layout.WORKBOOK_SETTINGS) + 1)}</worksheet>').encode()


def _validation_xml(prefix: str, first: int, last: int) -> str:
    """(loose22) The Settings sheet's check on its values (`guide_sheets.settings_sheet`'s), on
    column B from row `first` to `last`: a number of 0 or more, said as `score` says it."""
    return (f'<{prefix}dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="0" showErrorMessage="1" '
            f'errorTitle="{layout.SETTINGS_CHECK_TITLE}" error="{layout.SETTINGS_CHECK_ERROR}" sqref="B{first}:B{last}">'
            f'<{prefix}formula1>0</{prefix}formula1></{prefix}dataValidation>')


def _validations_xml(prefix: str, first: int, last: int) -> str:
    return f'<{prefix}dataValidations count="1">{_validation_xml(prefix, first, last)}</{prefix}dataValidations>'


# A check on the Settings sheet's values as `score` writes it ("B2:B10"), and a sheet's checks
_SETTINGS_CHECK_RE = re.compile(rb'(<(?:[\w.-]+:)?dataValidation\b[^>]*?\bsqref=")B2:B(\d+)"')
_CHECKS_RE = re.compile(rb'<((?:[\w.-]+:)?)dataValidations\b([^>]*?)(/?)>')
_COUNT_RE = re.compile(rb'\bcount="(\d+)"')
# What may follow a sheet's checks (the schema's order): a new list of checks goes before the first
_AFTER_CHECKS = (b"hyperlinks", b"printOptions", b"pageMargins", b"pageSetup", b"headerFooter", b"rowBreaks",
                 b"colBreaks", b"customProperties", b"cellWatches", b"ignoredErrors", b"smartTags", b"drawing",
                 b"legacyDrawing", b"legacyDrawingHF", b"picture", b"oleObjects", b"controls", b"webPublishItems",
                 b"tableParts", b"extLst")


def _checked(data: bytes, prefix: str, first: int, last: int) -> bytes:
    """(loose22) The sheet `data` with rows `first` to `last` (written back by this refresh) under
    the check `score` gives the Settings sheet's values: the check on B2:Bn that covers the rows
    above reaches down to `last`; a sheet with no such check gets one on the rows written (a value
    typed there, "five", is refused in Excel and LibreOffice as in the rows above)."""
    found = _SETTINGS_CHECK_RE.search(data)
    if found:
        if int(found.group(2)) < last:
            data = data[:found.start(2)] + str(last).encode() + data[found.end(2):]
        return data
    check = _validation_xml(prefix, first, last).encode()
    checks = _CHECKS_RE.search(data)
    if checks and not checks.group(3):  # (a list of checks: one more in it)
        end = data.index(b"</" + checks.group(1) + b"dataValidations>", checks.end())
        head = _COUNT_RE.sub(lambda m: b'count="%d"' % (int(m.group(1)) + 1), checks.group(0), count=1)
        return data[:checks.start()] + head + data[checks.end():end] + check + data[end:]
    if checks:  # (an empty list written as one tag)
        return data[:checks.start()] + _validations_xml(prefix, first, last).encode() + data[checks.end():]
    at = min((m.start() for name in _AFTER_CHECKS
              for m in [re.search(rb"<(?:[\w.-]+:)?" + name + rb"\b", data)] if m), default=data.rindex(b"</"))
    return data[:at] + _validations_xml(prefix, first, last).encode() + data[at:]


# The widths of the Settings sheet's "What it does" column, as `score` writes it (guide_sheets)
_HELP_WIDTH = 70


def missing_rows_added(package: Package, part: str, data: bytes, settings: Settings, missing: list[Setting]) -> bytes | None:
    """The Settings sheet (`data`, as this refresh writes it) with a row for each setting in
    `missing`, below its last row: the setting as the sheet names it, the value `settings` holds
    (the one this refresh used) and what it does, styled as the rows above. Every existing row's
    bytes stay as they were. None where the sheet cannot take them (no sheetData, or the result
    would not parse, or the sheet has no rows)."""
    scan = scan_sheet(package, part, lambda col: col <= 3, data=data)
    if not scan.rows or not missing:  # (an empty sheet: no header to write under)
        return None
    end = scan.sheet_data[1]
    styles = styles_from(scan, scan.rows[1:], {1, 2, 3})
    last = max((row.number for row in scan.rows), default=1)
    tag = f"{scan.prefix}row"
    rows = []
    for number, setting in enumerate(missing, start=last + 1):
        values = (setting.shown, settings[setting.name], setting.help)
        cells = "".join(cell_xml(f"{column_letter(col)}{number}", value, styles.get(col))
                        for col, value in enumerate(values, start=1))
        height = row_height(((setting.help, _HELP_WIDTH),))
        rows.append(f'<{tag} r="{number}" ht="{height:g}" customHeight="1">{cells}</{tag}>')
    added = data[:end] + "".join(rows).encode() + data[end:]
    added = set_ref_rows(added, "dimension", last + len(missing), scan.prefix)
    added = _checked(added, scan.prefix, last + 1, last + len(missing))
    try:
        parse_xml(added, part, lambda tag, attrs: None)
    except WorkbookError:
        return None
    return added
