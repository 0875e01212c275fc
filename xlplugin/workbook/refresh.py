"""Refresh a scored workbook in place: re-score only rows whose text, settings or scorer version
changed, score rows the user appended, and keep everything else exactly as it was.

How: the workbook is handled as a zip package. A refresh owns (1) the score and stamp cells of
the Documents sheet, which it rewrites only in rows it re-scores, (2) the cell data of the sheets
it generated (Evidence, Overview) and the cached values of the Overview chart, and (3) the value
cells of the Settings sheet when settings are given on the command line. Every other part of
the package (other sheets, styles, shared strings, drawings, images, comments, pivot tables,
macros, defined names...) and every other row and cell of the Documents sheet is copied byte for
byte. New cells are written as inline strings and numbers that reuse the styles already in the
file, so the shared-strings part never changes; the styles part gains the formats `score` writes
only where no scored row has one to reuse (score_styles: the template's first refresh).

It refuses, before writing anything, what it cannot do that way: no Documents sheet, score
columns renamed or missing, a formula in a score cell it would overwrite, Strict Open XML, an
open (locked) or read-only file. The message suggests writing to a new file instead.

The work is split by mechanism: `refresh_plan` (which rows are re-scored), `refresh_helper` (the
helper process), `evidence_refresh` (the Evidence sheet), `read_refresh` and `people` (the Read
and Outlets sheets, the copies), `sheet_edit` (rows edited in place), `sheet_scan` and
`sheet_stream` (reading sheets), `refresh_rebuild` (a derived sheet deleted, made again first);
this module runs them in order.
"""

from __future__ import annotations

import math
import posixpath
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Sequence

from ..cells import CELL_LIMIT, KIND_HEADER, cell_units, safe_text
from ..copies import copy_rows_named, text_key
from ..inputs_summary import unscored_reason
from ..engine import engine_version
from ..settings import FORMER_DEFAULT_WEIGHTS, Settings, former_default_weights, setting_named, settings_table
from ..errors import InputError, WorkbookError
from ..types import DocumentResult
from ..cell_html import HTML_CELL_NOTE
from ..inputs_jsonl import still_text_elsewhere
from ..inputs import (locate_file, looks_like_file_name, OTHER_SPREADSHEETS, TEXT_EXTENSIONS, save_as_xlsx_advice, ID_COLUMN_NAMES, META_COLUMN_NAMES, GIVEN_FIELDS, NO_SAVED_VALUE, PATH_COLUMN_NAMES, TEXT_COLUMN_NAMES, TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, Problem, Record, Skipped, _noted, distinct_ids,
                      find_column, not_documents, records_from_rows, shown_text)
from . import layout, read_refresh, read_sheet
from .cell_links import emptied_and_unlinked, followed_links, use_link_targets
from .cell_xml import column_letter
from .evidence_order import ordered_evidence_part
from .evidence_refresh import OldEvidence, evidence_part, missing_evidence, more_rows_without_read, pack, restore_missing
from .extent import check_cell_references
from .files import atomic_write, check_writable, file_stamp
from .package import Package, custom_property, quote_prefix_style, write_package
from .people import PeopleSheets
from ..ratings_table import (describe_disagreeing, describe_keyless, describe_ones_on_hundred, describe_sections, describe_unused, describe_unrated_near, joined_outlets, near_misses, outranked,
                             unused_rows)
from .reader import missing_settings, missing_settings_rows, settings_from_package, sources_rows
from .refresh_url_links import displaced_note, lost_link_note, not_told_note, restore_displaced_urls
from .refresh_read_edits import read_repair_notes, refuse_typed_rows, rescore_edited_read_texts, rescore_read_repairs
from .refresh_scores_check import rescore_moved_scores
from .typed_cells import Typed, carried_notes, find_typed, find_typed_numbers
from .refresh_sheets import (OWN_WORKBOOK, check_derived_sheets, copied_documents_notes, missing_derived_sheets, not_made_note,
                             renamed_documents_message)
from .refresh_rebuild import rebuilt_copy, rebuilt_note
from .refresh_transplant import SheetNotAdded
from .refresh_colours import recoloured
from .refresh_settings import COLOURS_NOT_REDONE, missing_rows_added, missing_settings_note, settings_change, settings_sheet_parts
from .refresh_transplant import styles_part
from .refresh_helper import Helper
from .refresh_ids import WRITTEN_ID_HEADER, BlankIds, apply_new_ids, number_blank_ids
from .defined_ranges import grown_defined_names, printed_columns
from .refresh_row_notes import emptied, emptied_line, formula_line
from .refresh_fields import find_renamed_fields
from .refresh_file_titles import FOLLOWED_NOTE, followed_titles
from .refresh_columns import find_id_column, gone_message, text_column_notes
from .refresh_text_column import moved_message, moved_text_column, named_text_column
from .refresh_page_text import page_text_back, restore_kept_page_texts
from .rich_cells import keep_formatted_cells
from .refresh_plan import (HEADER_ROWS_LOOKED_AT, UNCHANGED, older_rules_words, PlanCounts, apply_id_notes, RowPlan, header_columns, plan_rows, reading_columns, refuse, repeated_marks,
                           refused_rows, still_refused, problem_statuses, row_scores, row_cells, same_as_sheet, showed_page_text, had_scores)
from .row_changes import RowChanges, read_edits_apart, row_changes
from .refresh_gone import folder_files, unlisted_lines
from .rows import STATUS_AT, WHY_AT, overview_rows, owned_values
from .sheet_edit import CHART_CACHE_RE, chart_parts, formula_columns, regenerate, rewrite_row, set_ref_rows, splice, styles_from
from .added_rows import fit_added_row, with_height
from .merged import fill_merged, merged_ranges
from .number_formats import styled_table
from .score_styles import USER_FORMATS, score_styles
from .sheet_scan import RowSpan, SheetScan, column_width, scan_sheet
from .refresh_names import rescore_renamed_sources
from .sources_used import custom_part_with, stored_names, stored_ratings
from .table_totals import TOTALS_ROW_REASON, totals_rows
from .writer import CUT_NOTE, WIDTHS, folders_of_property, row_height
from .xml_parse import named

__all__ = ["RefreshSummary", "refresh_workbook"]

# (book52) A workbook scored before documents had a kind has no Kind column, and a refresh adds no
# column (it keeps the sheet's columns as the user has them): each row's kind is read again but
# has nowhere to go. Said at every refresh of such a sheet, with the way to a workbook that shows it.
NO_KIND_COLUMN_NOTE = ("no Kind column: this workbook was scored before documents had a kind, so the rows' kinds "
                       "(news report, opinion, press release, not an article ...) are not shown; a row with no index "
                       "says why in its Status. To see the kinds, score the workbook again into a new file: "
                       "xlplugin score BOOK.xlsx -o NEW.xlsx")

# Deflate level of the parts a refresh rewrites. Measured on the Evidence sheet of 10,000
# documents: level 1 compresses ~3.5x faster than the default 6 for a part ~17% larger, and the
# compression was the largest single cost of a refresh that re-scores a few rows.
REFRESH_LEVEL = 1


@dataclass
class RefreshSummary:
    """What a refresh did: rows re-scored (text, settings or version changed), rows left as they
    were, rows the user appended and that were scored for the first time, rows that could not be
    scored (their Status says why), and the time taken."""

    rescored: int = 0
    unchanged: int = 0
    appended: int = 0
    # (newuser43) of the rows the user appended, those that could not be scored (no text, another
    # language ...): said apart, as "new (scored for the first time)" told a user a blank row was scored
    appended_unscored: int = 0
    failed: int = 0
    missing: int = 0  # rows whose file is gone: their old scores are kept
    unreadable: int = 0  # rows whose file is there but could not be read (a binary): old scores kept
    text_edited: int = 0  # rows read from a file whose text cell was edited: old scores kept, Status says why
    evidence_restored: int = 0  # unchanged rows whose Evidence rows were missing, written again
    # (hunt39a) unchanged rows whose Why, Status or Kind was typed over: scored again only to write
    # those cells again, their numbers as before (a typed cell is no change of the row's text)
    typed_again: int = 0
    # (evid25) of those, each document's id and how many Evidence rows were written again for it (the
    # rows deleted from the Evidence sheet: see evidence_refresh.restore_missing). Not a count of rows.
    evidence_rows_back: list[tuple[str, int]] = field(default_factory=list)
    # (sheets30) unchanged rows whose Evidence rows were in the sheet under an id no row has now
    # (renamed): filed under the new id; and of those, (new id, old id, Evidence rows written)
    evidence_refiled: int = 0
    evidence_rows_refiled: list[tuple[str, str, int]] = field(default_factory=list)
    # Of the failed, rows whose text was cut to fit its cell: read (as `score` reads them), so not
    # counted as unreadable by the exit code. Not a count of its own.
    cut_texts: int = 0
    # Of the failed, rows whose text cell held no text and whose Status already said so before
    # this run (found by an earlier run, nothing new): not counted by the exit code. Not a count of its own.
    failed_before: int = 0
    # CSV rows `score` refused for their number of fields (the whole line in the text cell), not
    # edited since: still not scored, their Status as it was (see refresh_plan.refused_line)
    refused: int = 0
    # Of the rescored, rows whose "Scored with" stamp is from a newer xlplugin, and what was newer
    # in words (refresh_plan.newer_parts): their newer scores are replaced, which the summary says.
    newer: int = 0
    newer_parts: str = ""
    # (sheets30) Of the rescored, rows whose stamp is from earlier rules (an upgrade), and which
    # rules changed, in words (refresh_plan.older_rules_words): the summary says why they were scored again.
    older: int = 0
    older_parts: str = ""
    # Of the missing and unreadable, rows that had no earlier scores to keep (new rows, rows never
    # scored): the summary does not say their earlier scores were kept. Not a count of its own.
    unscored_files: int = 0
    # Of the failed, but the cut texts: (sheet row number, why its text cell holds no text), for
    # the summary to name them. Not a count of its own.
    no_text_rows: list[tuple[int, str]] = field(default_factory=list)
    said_before_rows: list[int] = field(default_factory=list)  # (of those, the rows counted in failed_before)
    # Of the rows scored now (rescored or appended), those whose text cell held other line ends
    # ("\r\n") or decomposed accents and was rewritten as scored, so that evidence offsets slice
    # it (a workbook scored before texts were normalised at the input). Not a count of its own.
    text_normalised: int = 0
    seconds: float = 0.0
    # rows removed, duplicated, reordered or moved since the last refresh, in words ("" when
    # none): every sheet derived from the rows was then made again (see row_changes)
    row_changes: str = ""
    # rows whose id another row has too: kept apart (inputs.distinct_ids), their Status says so
    shared_ids: int = 0
    # (hunt53) (text key, name) of each document row (`copies.text_key`; its id), in order, for the line
    # on texts word for word the same (`inputs_summary.same_text_line`), in `score`'s words
    text_keys: list[tuple[str | None, str]] = field(default_factory=list)
    # what the refresh found of the Settings and Sources sheets, in words (refresh_settings):
    # a Settings sheet deleted, why rows were scored again for settings, Sources rows unused
    settings_notes: list[str] = field(default_factory=list)
    # rows of the Documents sheet that are not documents (an Excel table's totals row): left out,
    # their cells untouched, and said as `score` says them (inputs.describe_skipped)
    not_documents: list[Skipped] = field(default_factory=list)
    # the derived sheets (Read, Overview, Outlets, Evidence) that were not there, in words: made
    # again (refresh_rebuild), or why they could not be (refresh_sheets; one renamed stops the refresh instead)
    sheet_notes: list[str] = field(default_factory=list)
    # (resume33) of the missing, rows whose file is gone from a folder that is still there: their
    # scores cleared (refresh_plan._plan_gone); the files of a folder given that no row names, in words
    gone: int = 0
    folder_notes: list[str] = field(default_factory=list)
    # sheets beside Documents that hold its score columns (a copy, "Documents (2)"): not
    # refreshed, in words (refresh_sheets.copied_documents_notes)
    copy_notes: list[str] = field(default_factory=list)
    # (hunt25b) URL cells showing words found under another row's link and set back, in words
    # (refresh_url_links): lines of the summary
    link_notes: list[str] = field(default_factory=list)
    # (hunt25b) the file cells read from a path relative to the workbook's folder (for the line on
    # `--output` in another folder: `moved_files_note`)
    relative_files: list[str] = field(default_factory=list)
    # Of the rescored, rows whose score cells were not what xlplugin wrote for their text (sorted
    # apart from the rows, typed over: see refresh_scores_check). Not a count of its own.
    scores_moved: int = 0
    typed: list = field(default_factory=list)  # (hunt31) rows whose Why, Status or Kind was typed over (typed_cells.Typed)
    # Of the rescored, rows whose text had been edited in the Read sheet: the Read sheet shows the
    # row's text again (see refresh_read_edits). Not a count of its own.
    read_edited: int = 0
    # what the refresh put right in the Read sheet's layout (a long text's first row deleted,
    # merged cells, "(continued)" marks typed over), in words (refresh_read_edits): lines of the summary
    read_repairs: list[str] = field(default_factory=list)
    # ids written into blank id cells, or rows left without one in the user's own id column, in
    # words (refresh_ids): lines of the summary, not a count
    id_lines: list[str] = field(default_factory=list)
    # (hunt38a) of the missing and unreadable: (sheet row number, the file cell, "missing", "gone" or
    # "unreadable", whether its Status already said so after an earlier run): refresh_plan._note_file_row
    file_rows: list[tuple[int, str, str, bool]] = field(default_factory=list)
    # (hunt38a) whether the workbook was written: a refresh with nothing to change leaves it as it was
    written: bool = False


def refresh_workbook(path: Path, *, output: Path | None = None, settings_overrides: dict | None = None,
                     progress: Callable[[int, int], None] | None = None, text_column: str | None = None) -> RefreshSummary:
    """Re-score the rows of a scored workbook that changed, in place (or into `output`).

    Raises WorkbookError, before anything is written, for a workbook it cannot refresh without
    losing something; the message names the file, says why and what to do instead.
    `text_column` (--text-column): the column the texts are read from, instead of the one recorded
    when scored (hunt57: see refresh_text_column).
    """
    try:
        return _refresh_workbook(Path(path), output=output, settings_overrides=settings_overrides, progress=progress,
                                 text_column=text_column)
    except WorkbookError as exc:
        raise named(Path(path), exc) from None
    except UnicodeDecodeError:
        raise WorkbookError(f"{path}: a part of the workbook holds text that is not valid UTF-8 (damaged?); nothing was changed") from None


def _not_a_workbook_advice(path: Path) -> str:
    """What to do with a file refresh cannot read: save another program's spreadsheet as .xlsx
    (`score` cannot read it either: hunt23b), score a file `score` reads into a workbook."""
    suffix = path.suffix.lower()
    if suffix in OTHER_SPREADSHEETS:
        return save_as_xlsx_advice(suffix) + f", then refresh the .xlsx ({path.stem}.xlsx)"
    if suffix in (*TEXT_EXTENSIONS, ".csv", ".tsv"):
        return f"Score this file into a workbook first (xlplugin score {path.name} -o {path.stem}.xlsx), then refresh that workbook"
    return "Give the workbook that xlplugin score -o wrote"


def _refresh_workbook(path: Path, *, output: Path | None = None, settings_overrides: dict | None = None,
                      progress: Callable[[int, int], None] | None = None, text_column: str | None = None) -> RefreshSummary:
    started = time.monotonic()
    target = Path(output) if output is not None else path
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise WorkbookError(f"{path}: refresh works on .xlsx and .xlsm workbooks. " + _not_a_workbook_advice(path))
    if target.suffix.lower() != path.suffix.lower():
        raise WorkbookError(f"{target}: keep the extension {path.suffix} (the package type cannot change in a refresh)")
    if output is not None and target.exists() and target.resolve() == path.resolve():
        output = None
    check_writable(target)
    read_as = (path, file_stamp(path))  # (guard21) nothing written where another run wrote the file meanwhile
    with Helper() as helper, Package.open(path) as package:
        missing = missing_derived_sheets(path, package, refuse)  # (a derived sheet deleted: see refresh_rebuild)
        # (outlets23) Settings rows missing too: a workbook an earlier version wrote, its sheets never there
        earlier = bool(missing) and bool(missing_settings(package))
        summary = None if missing else _plain_refresh(path, target, output is not None, package, helper,
                                                        settings_overrides, progress, read_as=read_as, text_column=text_column)
    if summary is None:
        summary = _refresh_rebuilt(path, target, missing, settings_overrides, progress, read_as, earlier, text_column)
    if output is not None:
        summary.link_notes += moved_files_note(path, target, summary.relative_files)
    summary.seconds = time.monotonic() - started
    return summary


def moved_files_note(path: Path, target: Path, relative: list[str]) -> list[str]:
    """(hunt25b) The summary's line where `refresh --output` wrote the workbook into another
    folder than the one it was read from: the file cells hold paths relative to that folder (as
    `score -o` writes them), and from the new one they name no file: its next refresh would keep
    those rows' earlier scores for a file not found, and their links open nothing. The paths are
    not rewritten (they are the user's cells); the line says which and what to do. [] where none."""
    old, new = path.resolve().parent, target.resolve().parent
    if old == new:
        return []
    lost = [name for name in dict.fromkeys(relative) if (old / name).exists() and not (new / name).exists()]
    if not lost:
        return []
    many = len(lost) > 1
    return [f"{target.name} is in another folder than {path.name}, and {len(lost)} file cell{'s' if many else ''} "
            f"hold{'' if many else 's'} a path relative to {path.name}'s folder ({lost[0]!r}{', ...' if many else ''}): "
            f"from {target.name}'s folder {'they name' if many else 'it names'} no file, so its next refresh keeps "
            f"{'those rows' if many else 'that row'}' earlier scores (file not found) and the links open nothing. "
            f"Keep the new workbook beside {path.name}, or write it with `xlplugin score {path.name} -o {target.name}`, "
            f"which writes the paths from the new workbook's folder"]


def _plain_refresh(path: Path, target: Path, write_anyway: bool, package: Package, helper: Helper,
                   settings_overrides: dict | None, progress: Callable[[int, int], None] | None,
                   remake: bool = False, read_as: tuple[Path, Any] | None = None,
                   text_column: str | None = None) -> RefreshSummary:
    """`remake`: every derived sheet made again for the rows as they stand, as when rows moved
    (a Read sheet made again just now lists them so: the others may still list them as they were).
    `read_as`: the user's workbook and its `files.file_stamp` when this refresh began (see `atomic_write`)."""
    refresh = _Refresh(path, package, helper, settings_overrides, text_column)
    refresh.remake = remake
    replacements = refresh.run(progress)
    if replacements or write_anyway:  # (nothing to change: the file is not touched at all)
        atomic_write(target, lambda temporary: write_package(package.archive, temporary, replacements, REFRESH_LEVEL,
                                                                     refresh.checked), read_as=read_as)
        refresh.summary.written = True
    return refresh.summary


def _refresh_rebuilt(path: Path, target: Path, missing: list[str], settings_overrides: dict | None,
                     progress: Callable[[int, int], None] | None, read_as: tuple[Path, Any] | None = None,
                     earlier: bool = False, text_column: str | None = None) -> RefreshSummary:
    """The refresh of a workbook whose derived sheets `missing` were deleted (`earlier`: or, most
    likely, never written: see `rebuilt_note`): a copy with them made again (every row scored
    again, refresh_rebuild), refreshed into `target`."""
    def read_rows(package: Package) -> tuple[list[Any], Any]:
        refresh = _Refresh(path, package, None, settings_overrides, text_column)  # type: ignore[arg-type]  # (no scoring here)
        return refresh._read_documents().items, refresh.settings

    try:
        with rebuilt_copy(path, missing, read_rows, progress) as copy:
            try:  # (the copy refreshed as any workbook, into the file asked for)
                with Helper() as helper, Package.open(copy) as package:
                    summary = _plain_refresh(copy, target, True, package, helper, settings_overrides, progress,
                                             remake=read_sheet.READ in missing, read_as=read_as, text_column=text_column)
            except WorkbookError as exc:  # (named as the user's file, not its copy)
                raise WorkbookError(str(exc).replace(str(copy), str(path))) from None
    except SheetNotAdded as exc:
        with Helper() as helper, Package.open(path) as package:  # (refreshed as it is; the summary says why)
            summary = _plain_refresh(path, target, target != path, package, helper, settings_overrides, progress,
                                     read_as=read_as, text_column=text_column)
        summary.sheet_notes = [not_made_note(missing, str(exc))]
        return summary
    summary.sheet_notes.insert(0, rebuilt_note(missing, earlier))
    if read_sheet.READ in missing:  # (rows compared with the Read sheet just made, not the last refresh's: no news)
        summary.row_changes = ""
    return summary


def _joined_typed(numbers: list[Typed], words: list[Typed]) -> list[Typed]:
    """(hunt31) The rows whose score cells and whose Why, Status or Kind were typed over, one
    entry a row, in the sheet's order."""
    by_row: dict[int, Typed] = {}
    for typed in numbers + words:
        if typed.number in by_row:
            by_row[typed.number].cells.extend(typed.cells)
        else:
            by_row[typed.number] = Typed(typed.number, typed.doc_id, list(typed.cells), typed.new)
    return [by_row[n] for n in sorted(by_row)]


@dataclass
class _Documents:
    """The Documents sheet as the refresh read it: its scan (values of the user's columns, the
    index, the signals and the stamps only: the other score cells are never read, the Why
    column alone is as large as the texts), its columns, its data rows and their items."""

    part: str
    scan: SheetScan
    owned: dict[str, int]
    user: list[tuple[int, str]]
    data_rows: list[RowSpan]
    items: list[Record | Problem]
    page_text_col: int | None  # the column showing the text read from each web page
    shown_column: str | None  # the text column of rows read from their files (its edits are not scored)
    normalised: list[tuple[int, str] | None]  # per row, its text cell as scored, where the cell differs (normalised_cells)
    formatted: list[bool]  # per row, whether that cell is rich text, kept as it is (rich_cells)
    text_col: int | None = None  # the column the texts are read from, or shown in (a web page's text)
    # every row read from its file shows its text in page_text_col (else only the rows whose cell there
    # is filled: in a workbook that also holds a table's rows, only its web pages' rows do)
    every_page_text: bool = True
    table_text_column: str | None = None  # the column a table's rows are read from (--text-column, recorded)
    id_notes: list[str] = field(default_factory=list)  # per row, what its Status says of an id it shares
    path_column: str | None = None  # the column naming each row's file, where there is one
    blank_ids: BlankIds = field(default_factory=BlankIds)  # ids written into blank id cells (refresh_ids)
    # (loose24) by sheet row, the title cell a row read from another file than before takes (column, title)
    followed_titles: dict[int, tuple[int, str]] = field(default_factory=dict)
    # (hunt38a) the sheet column of each field a file gives (title, url, outlet, date, author), where the sheet has one
    meta_cols: dict[str, int] = field(default_factory=dict)
    # (hunt38a) by sheet row, a file path typed in the text cell, read as the file cell (column, path)
    typed_paths: dict[int, tuple[int, str]] = field(default_factory=dict)


# (hunt38a) The Status note of a row whose text cell held a file's path (see _Refresh._typed_paths)
TYPED_PATH_NOTE = "the text cell held a file's path: it is now in the file cell, and the row is scored from that file"


class _Refresh:
    """One refresh, step by step: read the Documents sheet, plan, score, and make the parts that
    change (`run`)."""

    def __init__(self, path: Path, package: Package, helper: Helper, settings_overrides: dict | None,
                 text_option: str | None = None) -> None:
        self.path, self.package, self.helper = path, package, helper
        self.text_option = text_option  # (hunt57) --text-column: the text column named by the user
        self.settings_overrides = settings_overrides
        self.summary = RefreshSummary()
        self.checked: set[str] = set()  # parts the package check read to their end
        self.read_checked = False  # the Read sheet was read, and so checked (read_refresh.old_rows)
        self._old_read_sheet: read_refresh.OldReadSheet | None = None  # (read once: _old_read)
        self.read_part = package.sheet_part(read_sheet.READ)  # (set again in run, read before it too: _old_read)
        self.relinked: dict[int, str] = {}  # words URL cells' links set back (refresh_url_links)
        self.not_told: dict[int, str] = {}  # (loose28) words URL cells moved and edited whose address cannot be told
        self.emptied_rows: list[int] = []  # rows whose text cell was emptied (refresh_row_notes)
        self.column_notes: list[str] = []  # the id or text column found renamed (refresh_columns), for the summary
        self.remake = False  # every derived sheet made again, whatever moved (_plain_refresh)
        # (hunt38a) links a row scored now gets on its file cell and new url cell: column -> row -> target
        self.added_links: dict[int, dict[int, str]] = {}
        docs_part = package.sheet_part(layout.DOCUMENTS)
        if docs_part is None or not package.has(docs_part):
            raise refuse(path, renamed_documents_message(package)
                         or f"it has no sheet named {layout.DOCUMENTS!r} (is it a workbook written by xlplugin score?)")
        self.docs_part = docs_part
        self.sheet_settings = settings_from_package(package)
        self.settings = self.sheet_settings.with_values(settings_overrides)
        evidence = package.sheet_part(layout.EVIDENCE)
        self.evidence_part = evidence if evidence and package.has(evidence) else None

    def run(self, progress: Callable[[int, int], None] | None) -> dict[str, Any]:
        """The parts to replace (empty when nothing changes)."""
        pending_evidence = self.helper.start(self.path, self.evidence_part)
        # Every part the refresh copies without reading it otherwise is checked first
        # (checksums, well-formed XML, sheet references): a damaged part is refused, not copied.
        # The Read sheet is checked where it is read (read_refresh.old_rows), else at the end.
        self.read_part = self.package.sheet_part(read_sheet.READ)
        read_anyway = {self.docs_part, self.evidence_part, self.package.shared_part, self.read_part}
        self.package.verify(skip={p for p in read_anyway if p},
                            sheets=[p for p in self.package.sheets.values() if p not in read_anyway])
        self.checked = {name for name in self.package.archive.namelist() if name not in read_anyway}  # (copied as they are)
        # (a derived sheet renamed stops the refresh here; one deleted was made again: refresh_rebuild,
        # except in a workbook of the user's own, which the summary says)
        missing = check_derived_sheets(self.path, self.package, refuse)
        self.summary.sheet_notes = [not_made_note(missing, OWN_WORKBOOK)] if missing else []
        self.summary.copy_notes = copied_documents_notes(self.package)
        docs = self._read_documents()
        if self.text_option is None and not docs.every_page_text and docs.table_text_column is not None:
            # (hunt57) the texts scored are in another column now (headers renamed): refused, nothing written
            moved = moved_text_column(docs.user, docs.data_rows, docs.items, docs.owned, docs.table_text_column,
                                      self._old_read())
            if moved:
                raise refuse(self.path, moved_message(docs.table_text_column, moved, self.path))
        former_note = self._todays_defaults(docs)
        counts = PlanCounts()
        rows = plan_rows(docs.data_rows, docs.items, repeated_marks(docs.items), docs.owned, engine_version(),
                         self.settings.digest(), counts, docs.shown_column, docs.normalised,
                         table_text_column=None if docs.every_page_text else docs.table_text_column)
        self.summary.unchanged, self.summary.failed, self.summary.missing = counts.unchanged, counts.failed, counts.missing
        self.summary.text_edited, self.summary.unreadable = counts.text_edited, counts.unreadable
        self.summary.cut_texts, self.summary.failed_before = counts.cut_texts, counts.failed_before
        self.summary.no_text_rows, self.summary.refused = counts.no_text_rows, counts.refused
        self.summary.said_before_rows = counts.said_before_rows
        self.summary.file_rows = counts.file_rows
        # (hunt25b) a words URL cell under another row's link (values sorted without their links):
        # read with the address it was scored with, its link set back (refresh_url_links)
        names = [name for _, name in docs.user]
        edited_links: set[int] = set()  # (loose28) of them, rows edited too, read with their own address
        self.relinked = restore_displaced_urls(
            rows, docs.items, self.package, self.docs_part, self._url_column(docs),
            [docs.owned[h] for h in layout.STAMP_HEADERS], (engine_version(), self.settings.digest()),
            docs.owned[layout.SCORE_HEADERS[-1]], self._old_read(), self.not_told, edited_links)
        self.summary.unchanged += sum(1 for row in rows if row.span.number in self.relinked and not row.rescore)
        self.summary.link_notes = displaced_note(self.relinked, edited_links) + not_told_note(self.not_told)
        if docs.path_column is not None and docs.path_column in names:  # (for --output in another folder)
            column = docs.user[names.index(docs.path_column)][0]
            # (resume33) files of a folder given that no row names; a gone row's file that holds its text
            self.summary.gone = counts.gone
            given = folders_of_property(custom_property(self.package, layout.FOLDERS_PROPERTY))  # (hunt39a)
            self.summary.folder_notes = unlisted_lines(folder_files(rows, column, self.path.parent, docs.owned, given))
            self.summary.relative_files = [value.strip() for row in rows if isinstance(row.item, Record)
                                           and isinstance(value := row.span.values.get(column), str) and value.strip()
                                           and not Path(value.strip()).is_absolute()]
        self.summary.newer, self.summary.newer_parts = counts.newer, counts.newer_parts
        self.summary.older, self.summary.older_parts = counts.older, older_rules_words(counts.older_rules)
        self.summary.unscored_files = counts.unscored_files
        # (the Read sheet's layout edited: words typed there refused; a long text's first row
        # deleted, or cells merged: scored again so its rows are written whole, see refresh_read_edits)
        refuse_typed_rows(self.path, self._old_read())
        repaired = rescore_read_repairs(rows, self._old_read(), docs.owned)
        self.summary.read_repairs = read_repair_notes(self._old_read(), *repaired)
        self.summary.unchanged -= sum(repaired)
        # (hunt31) numbers typed over score cells (not moved by a sort): kept in the row's new Status
        typed_numbers = find_typed_numbers(rows, self._old_read(), docs.owned)
        # (score cells sorted apart from their rows or typed over: scored again, see refresh_scores_check)
        self.summary.scores_moved = rescore_moved_scores(rows, self._old_read(), docs.owned)
        self.summary.unchanged -= self.summary.scores_moved
        # (hunt31) words typed over a Why, Status or Kind cell: the row scored again, the words kept in its Status
        before = sum(1 for row in rows if row.rescore)
        self.summary.typed = _joined_typed(typed_numbers, find_typed(rows, self._old_read(), docs.owned))
        self.summary.unchanged -= sum(1 for row in rows if row.rescore) - before
        # (a text edited in the Read sheet: scored again, so the Read sheet shows the row's text, see refresh_read_edits)
        self.summary.read_edited = rescore_edited_read_texts(rows, self._old_read(), docs.owned, self.package.shared_strings)
        self.summary.unchanged -= self.summary.read_edited
        # (a rated outlet's name that changed case in the Sources sheet: see refresh_names)
        recased, recased_note = rescore_renamed_sources(rows, self.settings, stored_names(self.package))
        self.summary.unchanged -= recased
        if docs.page_text_col is not None and not docs.every_page_text:  # (see refresh_page_text)
            restore_kept_page_texts(rows, docs.page_text_col, docs.path_column, docs.owned, self.path.parent)
        apply_id_notes(rows, docs.id_notes, docs.owned)
        given_ids = self._new_ids(docs, rows)  # (blank id cells given an unused id: see refresh_ids)
        self.summary.shared_ids = sum(1 for note in docs.id_notes if note)
        # (hunt53) each document's text key and name, for the line on texts word for word the same, as `score` says it
        self.summary.text_keys = [(text_key(row.item.text), str(row.item.id or f"row {row.span.number}"))
                                  for row in rows if isinstance(row.item, Record)]
        self.summary.settings_notes = [former_note] * bool(former_note) + self._settings_notes(docs, rows) \
            + ([recased_note] if recased_note else []) \
            + [NO_KIND_COLUMN_NOTE] * (KIND_HEADER not in docs.owned and bool(rows))  # (book52)
        to_score = [row for row in rows if row.rescore]
        self.summary.link_notes += lost_link_note(  # (hunt25b) a words URL cell that links nowhere now
            [row for row in rows if row.span.number not in self.not_told], self._url_column(docs),
            docs.owned[layout.STAMP_HEADERS[2]], self._old_read())
        # The old Evidence sheet (read by the helper process while this one read the Documents,
        # or read here now) plans the new one. Unchanged documents whose Evidence rows are not
        # there (a program that dropped them, an id renamed) are scored again for those rows.
        old_sheet = self.helper.old_evidence(self.package, self.evidence_part, pending_evidence) if self.evidence_part else None
        for row in missing_evidence(rows, old_sheet, docs.owned[layout.STAMP_HEADERS[2]], docs.owned[layout.SCORE_HEADERS[0]],
                                    docs.owned.get(layout.EVIDENCE_COUNT_HEADER), self._copies_named()):
            row.rescore = row.evidence_only = True
            to_score.append(row)
        # (a row whose new values are those its cells hold already, such as the Status of a row that
        # still cannot be read, is not rewritten: a refresh that changes nothing leaves the file as it was)
        rewritten = [r for r in rows if r.values is not None and (id(r) in given_ids or not same_as_sheet(r, docs.owned))] \
            + [r for r in to_score if not r.evidence_only]
        self._refuse_formula_clashes(docs, rewritten)
        replacements = self._score(docs, rows, to_score, rewritten, old_sheet, progress)
        if replacements:  # (guard21, hunt25b) a row's URL and file links follow what its cells show
            replacements.update(self._followed_links(docs, rows))
            self._relink_cells(docs, rows, replacements)  # (links26) and an emptied or unlinked URL cell
        self.summary.id_lines += self._row_lines(docs, to_score)  # (text cells emptied or holding a formula)
        if self.settings_overrides or former_note:
            replacements.update(_settings_cells(self.package, self.sheet_settings, self.settings))
        self.summary.settings_notes += self._missing_settings_rows(replacements)
        if replacements and (stored_ratings(self.package) != (dict(self.settings.ratings) or None)
                             or _names_changed(stored_names(self.package), self.settings)):
            replacements.update(custom_part_with(self.package, self.settings.ratings, self.settings.rating_names))  # (see sources_used)
        if not self.package.sheet_part(layout.SETTINGS_SHEET):  # (deleted: written back, the summary says so)
            restored = settings_sheet_parts(self.package, self.settings)
            replacements.update(restored)
            self.summary.settings_notes.insert(0, missing_settings_note(bool(restored)))
        self._grow_defined_ranges(replacements, docs)  # (rows appended: the print area follows them)
        if self.read_part and self.read_part not in replacements and self.package.has(self.read_part) and not self.read_checked:
            self.package.verify(skip=[n for n in self.package.archive.namelist() if n != self.read_part], sheets=[self.read_part])
        return replacements

    def _url_column(self, docs: _Documents) -> int | None:
        """The sheet column of the user's URL cells, or None."""
        names = [name for _, name in docs.user]
        url = find_column(names, URL_COLUMN_NAMES)
        return docs.user[names.index(url)][0] if url is not None else None

    def _followed_links(self, docs: _Documents, rows: list[RowPlan]) -> dict[str, bytes]:
        """The sheet's links part with the hyperlink of each row's URL cell set to the web address
        the cell shows, and of its file cell to the path it shows (`cell_links.followed_links`),
        where it differs; {} otherwise. Every row, not only those scored again (hunt25b): rows
        whose values a script sorted keep their links in place, each opening another row's file
        or page. A file cell's link follows it only where the file was read (a row whose file is
        not found keeps its link, as it keeps its scores)."""
        names = [name for _, name in docs.user]
        targets: dict[int, dict[int, str]] = {}
        url = find_column(names, URL_COLUMN_NAMES)
        if url is not None:
            column = docs.user[names.index(url)][0]
            targets[column] = {row.span.number: value for row in rows if not row.evidence_only
                               and isinstance(value := row.span.values.get(column), str)
                               and value.strip().lower().startswith(("http://", "https://"))}
            targets[column].update(self.relinked)  # (words cells' links set back: refresh_url_links)
        if docs.path_column is not None and docs.path_column in names:
            column = docs.user[names.index(docs.path_column)][0]
            targets[column] = {row.span.number: value for row in rows if isinstance(row.item, Record)
                               and isinstance(value := row.span.values.get(column), str) and value.strip()}
        return followed_links(self.package, self.docs_part, targets)

    def _relink_cells(self, docs: _Documents, rows: list[RowPlan], replacements: dict[str, Any]) -> None:
        """(links26) The link of a URL cell left empty removed, and one added to a URL cell that
        shows an address and has none (`cell_links.emptied_and_unlinked`: values sorted without
        their links), in the Documents part and its relationships as this refresh writes them."""
        column = self._url_column(docs)
        for other, targets in self.added_links.items():  # (hunt38a) a file cell, or a url cell written now
            if other != column:
                self._link_cells(docs, replacements, other, set(), targets)
        if column is None:
            return
        blank = {row.span.number for row in rows if str(row.span.values.get(column) or "").strip() == ""
                 and column not in row.span.formulas} | set(self.not_told)  # (loose28: another row's link, removed)
        blank -= set(self.added_links.get(column, {}))
        addresses = {row.span.number: value.strip() for row in rows
                     if isinstance(value := row.span.values.get(column), str) and value.strip().lower().startswith(("http://", "https://"))}
        addresses.update(self.relinked)  # (words cells whose link was set back, or had none)
        addresses.update(self.added_links.get(column, {}))
        self._link_cells(docs, replacements, column, blank, addresses)

    def _link_cells(self, docs: _Documents, replacements: dict[str, Any], column: int, blank: set[int],
                    addresses: dict[int, str]) -> None:
        """The links of `column`'s cells in the Documents part as this refresh writes it: removed
        from the `blank` rows, added where `addresses` gives a row's target and its cell has none."""
        folder, name = posixpath.split(docs.part)
        rels_part = posixpath.join(folder, "_rels", name + ".rels")
        if not self.package.has(rels_part):
            return
        current = replacements.get(docs.part)
        pieces = current() if callable(current) else None
        if pieces is not None:
            tail = bytes(pieces[-1])
        else:
            data = bytes(current) if current is not None else self.package.read(docs.part)
            cut = data.rfind(b"</sheetData>")
            if cut < 0:
                return
            tail = data[cut:]
        rels = replacements.get(rels_part) or self.package.read(rels_part)
        if len(addresses) > layout.MAX_HYPERLINKS:
            addresses = {}
        changed = emptied_and_unlinked(tail, bytes(rels), column, blank, addresses)
        if changed is None:
            return
        if pieces is not None:
            pieces[-1] = changed[0]
        else:
            replacements[docs.part] = data[:cut] + changed[0]
        replacements[rels_part] = changed[1]

    def _row_lines(self, docs: _Documents, to_score: list[RowPlan]) -> list[str]:
        """The summary's lines (with the ids') on rows whose text cell was emptied or holds a
        formula (refresh_row_notes)."""
        return emptied_line(self.emptied_rows) + formula_line(
            [r.span.number for r in to_score if not r.evidence_only and docs.text_col in r.span.formulas])

    def _grow_defined_ranges(self, replacements: dict[str, Any], docs: _Documents) -> None:
        """The Documents sheet's print area and filter range grown to its last data row, and its
        print area to a column the user added right of xlplugin's (defined_ranges), in the
        workbook part as this refresh writes it (the Settings sheet written back changes it too);
        nothing where the refresh changes nothing."""
        if not replacements:
            return
        last_row = max((span.number for span in docs.data_rows), default=1)
        part = self.package.workbook_part
        book = replacements.get(part)
        position = list(self.package.sheets).index(layout.DOCUMENTS)
        # (a column of the user's right of xlplugin's, "My note": printed beside the Status)
        right = max((col for col, _ in docs.user if col > max(docs.owned.values(), default=0)), default=0)
        grown = grown_defined_names(book if isinstance(book, bytes) else self.package.read(part), position, last_row, right)
        if grown is not None:
            replacements[part] = grown

    def _new_ids(self, docs: _Documents, rows: list[RowPlan]) -> set[int]:
        """The ids written into blank id cells, planned (refresh_ids), and the summary's lines on them."""
        given = apply_new_ids(rows, docs.blank_ids)
        self.summary.id_lines = self.column_notes + docs.blank_ids.lines([span.number for span in docs.data_rows],
                                                     [str(item.id) for item in docs.items], [row.rescore for row in rows])
        return given

    def _todays_defaults(self, docs: _Documents) -> str:
        """Score with today's default weights a workbook whose Settings sheet holds, unedited, the
        default weights of the earlier release that scored it (`settings.former_default_weights`:
        every weight as that release set it), and no row of which this release scored: a user who
        never changed a weight expects today's scoring, and the sheet is written with the weights
        used. The summary's line says so and how to keep the earlier ones ("" where nothing changed).
        Weights a user changed (any one of them) are kept as the sheet holds them."""
        former = former_default_weights(self.sheet_settings)
        version_col = docs.owned.get(layout.STAMP_HEADERS[0])
        versions = {str(span.values.get(version_col) or "") for span in docs.data_rows} if version_col else set()
        if engine_version() in versions or not versions - {""}:
            return ""
        if former is None:
            return self._kept_former_weights()
        today = {key: value for key, value in Settings().weights.items() if former.get(key, value) != value}
        self.settings = self.sheet_settings.with_values({**today, **(self.settings_overrides or {})})
        was = ", ".join(f"{key} {former[key]:g}" for key in today)
        now = ", ".join(f"{key} {self.settings.weights[key]:g}" for key in today)
        back = " ".join(f"--weight {key}={former[key]:g}" for key in today)
        return (f"the Settings sheet held the default weights of the earlier xlplugin that scored this workbook "
                f"({was}); the defaults have changed since, so this refresh used today's ({now}) and wrote them into "
                f"the sheet. To score with the earlier weights, refresh with {back}")

    def _kept_former_weights(self) -> str:
        """A workbook scored by an earlier release whose Settings sheet holds that release's default
        weights with one or two of them changed by the user keeps every weight as the sheet holds
        it (the user changed the sheet). The summary names the weights that are still the earlier
        release's defaults and not today's, by their Settings sheet names, and how to take today's
        (calls21: they were kept with only two settings hashes said). "" where there are none."""
        sheet = {key: float(value) for key, value in self.sheet_settings.weights.items()}
        today = {key: float(value) for key, value in Settings().weights.items()}
        given = {str(key).removeprefix("weight.") for key in (self.settings_overrides or {})}  # (--weight: taken)
        best: list[str] = []
        for former in FORMER_DEFAULT_WEIGHTS:
            edited = [key for key in former if sheet.get(key) != former[key]]
            kept = [key for key in former if sheet.get(key) == former[key] != today.get(key) and key not in given]
            if kept and len(edited) <= 2 and len(kept) > len(best):
                best = kept
        if not best:
            return ""
        labels = {setting.name: setting.shown for setting in settings_table()}
        shown = ", ".join(f"{labels[f'weight.{key}']} {sheet[key]:g} (today {today[key]:g})" for key in best)
        how = "; ".join(f"set {labels[f'weight.{key}']} to {today[key]:g}" for key in best)
        return (f"the Settings sheet keeps weights that were the defaults of the earlier xlplugin that scored this "
                f"workbook, not today's: {shown}; they were used, because other weights in the sheet were changed. "
                f"To take today's defaults: {how} in the Settings sheet, or delete those rows to take the default, "
                "and refresh again")

    def _missing_settings_rows(self, replacements: dict[str, Any]) -> list[str]:
        """The summary's lines on the Settings sheet's missing rows (reader.missing_settings_rows),
        each row written into the sheet with the value used (refresh_settings.missing_rows_added),
        so that the next refresh reads it and does not say it again."""
        part = self.package.sheet_part(layout.SETTINGS_SHEET)
        missing = missing_settings(self.package)
        if part is None or not missing:
            return []
        data = replacements.get(part)
        added = missing_rows_added(self.package, part, data if isinstance(data, bytes) else self.package.read(part),
                                   self.settings, missing)
        if added is not None:
            replacements[part] = added
        return missing_settings_rows(self.package, self.settings, written=added is not None)

    def _settings_notes(self, docs: _Documents, rows: list[RowPlan]) -> list[str]:
        """The summary's lines on the Settings and Sources sheets (see refresh_settings)."""
        notes: list[str] = []
        hash_col = docs.owned[layout.STAMP_HEADERS[1]]
        notes += settings_change((str(row.span.values.get(hash_col) or "") for row in rows if row.rescore and not row.new),
                                 self.settings, stored_ratings(self.package))
        keyless: list[str] = []
        rows_of_sources = sources_rows(self.package, keyless)
        documents = [(item.url, item.outlet) for item in docs.items if isinstance(item, Record)]
        unused = unused_rows(rows_of_sources, self.settings.ratings, documents)
        where = f"the {layout.SOURCES} sheet"
        lines = [describe_ones_on_hundred(rows_of_sources, where), describe_sections(rows_of_sources, where),
                 *describe_unused(unused, where, outranked(rows_of_sources, self.settings.ratings, documents) if unused else {},
                                  near_misses(unused, documents) if unused else {}),
                 describe_unrated_near(rows_of_sources, self.settings.ratings, documents, where),
                 *describe_disagreeing(rows_of_sources, self.settings.ratings, documents, where),
                 describe_keyless(keyless, where)]
        return notes + [line for line in lines if line]

    def _read_documents(self) -> _Documents:
        package, path = self.package, self.path
        data = package.read(self.docs_part)  # (read once: it is as large as all the texts)
        check_cell_references(package, self.docs_part, data)
        owned, user = header_columns(path, scan_sheet(package, self.docs_part, value_rows=HEADER_ROWS_LOOKED_AT, first_only=True,
                                                      data=data))
        user_cols = [col for col, _ in user]
        wanted = (set(user_cols) | {owned[h] for h in layout.STAMP_HEADERS} | {owned[layout.SCORE_HEADERS[0]]}
                  | {owned[layout.SCORE_HEADERS[-1]]}  # (the Status: a row that has one is not a new row)
                  | {owned[h] for h in layout.SIGNAL_HEADER.values()}  # (numbers, for the Outlets sheet)
                  | {owned[h] for h in (KIND_HEADER,) if h in owned}  # (the Outlets sheet's kinds)
                  | {owned[h] for h in (layout.EVIDENCE_COUNT_HEADER,) if h in owned})  # (evid25: Evidence rows deleted)
        wanted |= {owned[h] for h in (layout.SCORE_HEADERS[-2],) if h in owned}  # (hunt31: the Why, to see words typed over it)
        scan = scan_sheet(package, self.docs_part, wanted, data=data)
        merges = merged_ranges(data)
        del data
        data_rows = [span for span in scan.rows if span.number > 1 and any(span.values.get(c) not in (None, "") for c in user_cols)]
        data_rows = self._without_totals_rows(data_rows, user, [owned[layout.SCORE_HEADERS[-1]], *(owned[h] for h in layout.STAMP_HEADERS)])
        table = [[span.values.get(c) for c in user_cols] for span in data_rows]
        user_names = [name for _, name in user]
        text_column, path_column = self._reading_columns(user_names)
        table = styled_table(package, scan, data_rows, user, table, text_column)  # (dates, formatted ids: as score reads them)
        merged_notes = fill_merged(table, [span.number for span in data_rows], user_cols, user_names, merges,  # (as score reads them)
                    (text_column, path_column, find_column(user_names, TEXT_COLUMN_NAMES)))
        # (a URL cell that shows words and links to a web address: the address, as score reads it)
        use_link_targets(package, self.docs_part, table, [span.number for span in data_rows], user_cols, user_names)
        _mark_no_saved_values(scan, data_rows, table, user_cols, [text_column, find_column(user_names, ID_COLUMN_NAMES),
                                                                  *(find_column(user_names, names) for names in META_COLUMN_NAMES)],
                              user_names)
        blank_ids = number_blank_ids(user, table)  # (before the rows are read: they are read with their new ids)
        file_first = path_column is not None and text_column is None
        # (hunt38a) a file's path typed in a row's text cell, its file cell blank: read from the file
        typed_paths = self._typed_paths(user, table, data_rows, path_column) if file_first else {}
        # (an id column whose header was renamed: read as the id column, see refresh_columns)
        reading_names = self._id_column(user, table, data_rows, (text_column, path_column))
        self.column_notes += text_column_notes(user_names, text_column)
        try:
            # rows scored from their files are read from them again (a page's text cell shows
            # what was read from the page; the page itself is the document)
            items = list(records_from_rows(reading_names, table, f"{path} sheet {layout.DOCUMENTS}",
                                           text_column, path.parent, path_column,
                                           file_first=file_first, text_option="",  # (refresh has no --text-column)
                                           from_current_folder=False, page_columns=False))  # (paths are relative to the workbook)
            # (a title, URL, outlet... column whose header was renamed: read as that field, see
            # refresh_fields)
            renamed = find_renamed_fields(
                reading_names, items, [span.values.get(owned[layout.STAMP_HEADERS[2]]) for span in data_rows],
                (text_column, path_column),
                lambda names, rows: list(records_from_rows(names, [table[i] for i in rows], f"{path} sheet {layout.DOCUMENTS}",
                                                           text_column, path.parent, path_column, file_first=file_first,
                                                           text_option="", from_current_folder=False, page_columns=False)))
            if renamed.notes:
                self.column_notes += renamed.notes
                reading_names = renamed.names
                items = list(records_from_rows(reading_names, table, f"{path} sheet {layout.DOCUMENTS}",
                                               text_column, path.parent, path_column,
                                               file_first=file_first, text_option="", from_current_folder=False, page_columns=False))
        except InputError as exc:
            raise refuse(path, str(exc)) from None
        for item, span in zip(items, data_rows):  # (hunt46) a field taken from a merged cell above: said, as score says it
            _noted(item, "; ".join(merged_notes.get(span.number, [])))
        # (hunt49) a JSON Lines record refused for its text under another field's name: still refused, its Status kept
        status_col = owned[layout.SCORE_HEADERS[-1]]
        items = [still_text_elsewhere(item, span.values.get(status_col)) or item for item, span in zip(items, data_rows)]
        # rows that share an id are kept apart, as `score` keeps them (the id cells stay as typed)
        # (refused22) a refused CSV line is no document, as `score` read it: it shares no id
        refused = refused_rows(data_rows, items, owned)
        keyed, id_notes = distinct_ids([still_refused(item, None) if no else item for item, no in zip(items, refused)],
                                       [span.number for span in data_rows])
        items = [item if no else key for item, key, no in zip(items, keyed, refused)]
        followed = self._followed_titles(user, reading_names, table, data_rows, items, owned)
        # (only where the rows are read from their files: rewritten with the page's text when
        # the page changed)
        # (in a workbook that also holds a table's rows, the pages' article has a column of its own:
        # see layout.MIXED_FILE_TEXT_COLUMN)
        page_name = layout.FILE_TEXT_COLUMN if file_first else layout.MIXED_FILE_TEXT_COLUMN
        page_text_col = next((col for col, name in user if name == page_name), None)
        # The column that shows each file's text, whose edits are not scored: in a folder of
        # files, the one the rows would be read from if their file cells were emptied; in a
        # folder that also holds a table, the pages' own column (the table's rows have none).
        shown_column = (find_column(user_names, TEXT_COLUMN_NAMES) if file_first
                        else layout.MIXED_FILE_TEXT_COLUMN if page_text_col is not None else None)
        normalised = normalised_cells(user, table, items, shown_column if file_first else text_column)
        formatted = keep_formatted_cells(package, scan, data_rows, items, normalised, owned[layout.SCORE_HEADERS[-1]],
                                         owned.get(layout.SCORE_HEADERS[-2]))
        shown = text_column if text_column in user_names else shown_column
        text_col = page_text_col or next((col for col, name in user if name == shown), None)
        return _Documents(self.docs_part, scan, owned, user, data_rows, items, page_text_col, shown_column, normalised,
                          formatted, text_col, every_page_text=file_first, table_text_column=text_column, id_notes=id_notes,
                          path_column=path_column or find_column(user_names, PATH_COLUMN_NAMES), blank_ids=blank_ids,
                          followed_titles=followed, meta_cols=self._meta_columns(user, reading_names),
                          typed_paths=typed_paths)

    def _reading_columns(self, user_names: list[str]) -> tuple[str | None, str | None]:
        """`reading_columns`, the text column the one named with --text-column where one was (hunt57)."""
        text_column, path_column = reading_columns(self.package, user_names)
        if self.text_option is None:
            return text_column, path_column
        return named_text_column(self.path, self.text_option, user_names), path_column

    def _typed_paths(self, user: list[tuple[int, str]], table: list[list[Any]], data_rows: list[RowSpan],
                     path_column: str | None) -> dict[int, tuple[int, str]]:
        """(hunt38a) In a workbook of files (a file column, and a text column showing each file's
        text), the rows whose text cell holds only the path of a file that is there and whose file
        cell is blank: a user who typed the path in the wrong cell. Each is read from that file, as
        if the path were in its file cell (`table` changed so), and the path is written there
        (by sheet row: the file cell's column and the path). A path that names no file stays in
        the text cell, refused as `score` refuses it ("looks like a file name")."""
        names = [name for _, name in user]
        text_name = find_column(names, TEXT_COLUMN_NAMES)
        if path_column is None or path_column not in names or text_name is None:
            return {}
        at_path, at_text = names.index(path_column), names.index(text_name)
        found = {}
        for values, span in zip(table, data_rows):
            cell, typed = values[at_path], values[at_text]
            if (cell is not None and str(cell).strip()) or not isinstance(typed, str) or not looks_like_file_name(typed):
                continue
            if locate_file(typed.strip(), self.path.parent, from_current_folder=False)[0] is None:
                continue
            values[at_path], values[at_text] = typed.strip(), None
            span.values[user[at_path][0]] = typed.strip()  # (as the cell will be: the folder's files it names)
            found[span.number] = (user[at_path][0], typed.strip())
        return found

    @staticmethod
    def _meta_columns(user: list[tuple[int, str]], names: list[str]) -> dict[str, int]:
        """(hunt38a) The sheet column of the title, url, outlet, date and author cells, by field,
        as the rows are read (`names`: a renamed column read as its field)."""
        found = {}
        for name, column_names in zip(GIVEN_FIELDS, META_COLUMN_NAMES):
            column = find_column(names, column_names)
            if column is not None:
                found[name] = user[names.index(column)][0]
        return found

    def _followed_titles(self, user: list[tuple[int, str]], names: list[str], table: list[list[Any]],
                         data_rows: list[RowSpan], items: list[Record | Problem],
                         owned: dict[str, int]) -> dict[int, tuple[int, str]]:
        """(loose24) The title cells of rows whose file cell names another file than the one their
        title came from: the title the file gives now (refresh_file_titles)."""
        title_name = find_column(names, TITLE_COLUMN_NAMES)
        if title_name is None:
            return {}
        index = names.index(title_name)
        stamps = [span.values.get(owned[layout.STAMP_HEADERS[2]]) for span in data_rows]
        found = followed_titles(items, [values[index] for values in table], stamps, self._old_read(),
                                self.package.shared_strings)
        return {data_rows[f.row].number: (user[index][0], f.title) for f in found}

    def _id_column(self, user: list[tuple[int, str]], table: list[list[Any]], data_rows: list[RowSpan],
                   skip: tuple[str | None, ...]) -> list[str]:
        """The user's headers as the rows are read: an id column whose header was renamed read as
        the id column (its note kept for the summary), or the refresh refused where the ids the
        rows were filed under are in no column (see refresh_columns)."""
        names = [name for _, name in user]
        old = self._old_read()
        found = find_id_column(user, table, [span.number for span in data_rows], old.order if old else None, skip)
        if found.gone:
            raise refuse(self.path, gone_message(found.gone))
        if found.renamed is None:
            return names
        self.column_notes.append(found.note)
        return [WRITTEN_ID_HEADER if name == found.renamed else name for name in names]

    def _without_totals_rows(self, data_rows: list[RowSpan], user: list[tuple[int, str]],
                             owned_cols: Sequence[int] = ()) -> list[RowSpan]:
        """The data rows less an Excel table's totals row (Table Design > Total Row: `Total`,
        `=SUBTOTAL(...)`), which `score` does not read either (`reader._drop_totals_rows`), and
        (loose26) less the total, sum or average rows a user put under the documents
        (`inputs.bottom_totals`, as `score` leaves them out): they are not scored, their cells
        are not written (a SUBTOTAL in a score column is no clash), and each is added to the
        summary's `not_documents`."""
        totals = totals_rows(self.package, self.docs_part)
        where = f"{self.path} sheet {layout.DOCUMENTS}"
        self.summary.not_documents = [Skipped(f"{where} row {span.number}", TOTALS_ROW_REASON, what="row")
                                      for span in data_rows if span.number in totals]
        kept = [span for span in data_rows if span.number not in totals]
        # (hunt38a) a note typed under the documents (a source line), (hunt39a) one typed between them ("Note:
        # rows below are from the archive"), (hunt39c) a section label ("Week 2"), (loose26) a total row under
        # them, and (parity40) a repeat of the header row (a table pasted under the rows with its header row):
        # left out, as `score` leaves them out, by the same rules (`inputs.not_documents`); a row that a run
        # scored (its Status or stamps written) is a document whatever it holds, a total row aside
        text_column = self._reading_columns([name for _, name in user])[0]
        scored = [i for i, span in enumerate(kept) if any(span.values.get(c) not in (None, "") for c in owned_cols)]
        left_out = not_documents([[span.values.get(c) for c, _ in user] for span in kept], [name for _, name in user],
                                 text_column, documents=scored)
        self.summary.not_documents += [Skipped(f"{where} row {kept[i].number}", reason, what="row") for i, reason in left_out]
        out = {i for i, _ in left_out}
        kept = [span for i, span in enumerate(kept) if i not in out]
        return kept

    def _refuse_formula_clashes(self, docs: _Documents, rewritten: list[RowPlan]) -> None:
        owned_cols = set(docs.owned.values())
        clashes = sorted({f"{column_letter(c)}{r.span.number}" for r in rewritten
                          for c in formula_columns(docs.scan, r.span) & owned_cols})
        if clashes:
            raise refuse(self.path, "score cell(s) " + ", ".join(clashes[:5]) + (" ..." if len(clashes) > 5 else "")
                         + " hold a formula that the refresh would overwrite; move the formula to a column of your own")

    def _score(self, docs: _Documents, rows: list[RowPlan], to_score: list[RowPlan], rewritten: list[RowPlan],
               old_sheet: OldEvidence | None, progress: Callable[[int, int], None] | None) -> dict[str, Any]:
        """Score the rows to score (in the helper process when there is one) and make the parts
        that change."""
        inputs = [replace(r.item.as_input(note=False), furniture=r.furniture) for r in to_score]  # type: ignore[union-attr]
        pending = self.helper.submit(inputs, self.settings)
        # The Read and Outlets sheets and the copies across rows, found here while the helper
        # process scores.
        hash_col = docs.owned[layout.STAMP_HEADERS[2]]
        people, changes = self._people(rows, hash_col, bool(rewritten), old_sheet, any(r.evidence_only for r in to_score))
        positions = {id(r): i for i, r in enumerate(rows)}
        # (book47) a "(more)" Evidence row says the Read sheet marks its items only where there is one
        has_read = bool(self.read_part) and self.package.has(self.read_part or "")
        if not has_read and old_sheet is not None:  # (book48) and so do the kept documents' "(more)" rows
            old_sheet.renamed = more_rows_without_read(self.package.shared_strings, old_sheet.renamed)
        evidence = None
        if (rewritten or to_score or changes.changed) and self.evidence_part and old_sheet is not None:
            evidence = self._evidence(rows, hash_col, old_sheet, people, changes)
        for done, (row, result) in enumerate(zip(to_score, self.helper.results(pending, inputs, self.settings)), start=1):
            if not row.evidence_only:
                self._scored_values(docs, row, result, docs.formatted[positions[id(row)]])
            # Only what the sheets need is kept, packed (see evidence_refresh.pack).
            extra = people.copy_evidence(positions[id(row)], str(row.item.id), result.stamp.get("text", "")) if people else []
            row.evidence, row.evidence_count = pack(str(row.item.id), result, extra, has_read)
            if people is not None:
                people.scored(positions[id(row)], result)
            self._count(row, docs.owned, result)
            if progress is not None:
                progress(done, len(inputs))
        if old_sheet is not None:  # (evid25) of the rows deleted from the Evidence sheet, only those are written again
            restore_missing(to_score, old_sheet, hash_col, self.package.shared_strings)
        self.summary.evidence_rows_back = [(str(row.item.id), row.evidence_count) for row in to_score
                                           if row.evidence_only and row.evidence_count and not row.refiled_from]
        self.summary.evidence_rows_refiled = [(str(row.item.id), row.refiled_from, row.evidence_count) for row in to_score
                                              if row.evidence_only and row.evidence_count and row.refiled_from]
        # (a document whose rows were all there after all, its count cell typed over: nothing written for it)
        self.summary.evidence_restored -= sum(1 for row in to_score if row.evidence_only and not row.evidence_count
                                              and not row.refiled_from)
        self.summary.evidence_refiled -= sum(1 for row in to_score if row.evidence_only and not row.evidence_count
                                             and row.refiled_from)
        replacements: dict[str, Any] = {}
        if rewritten or changes.changed:
            user_cols = [col for col, _ in docs.user] if any(row.new for row in rewritten) else []
            styles = _row_styles(self.package, docs.scan, docs.owned, docs.data_rows, docs.text_col, replacements, user_cols)
            added_style = _added_row_style(styles, set(user_cols), docs.blank_ids.column)
            # (sheets30) a sort moves cells, not row heights: each row made as tall as its own cells need
            heights = self._row_heights(docs, rewritten) if changes.reordered else None
            # (book55) a row the user added as tall as all its printed cells need, its id and title too
            added = {row.span.number for row in rewritten if row.new}
            added_heights = self._row_heights(docs, rewritten, added) if added and heights is None else heights
            pieces = _documents_xml(docs.scan, rewritten, docs.owned, docs.data_rows, styles, added_style, heights,
                                    added_heights)
            self._recolour(docs, pieces, replacements)
            replacements[docs.part] = lambda: pieces
            replacements.update(_generated_parts(self.package, rows, docs.owned, self.settings.weights))
            if people is not None:
                if people.old is not None:  # (rows that cannot be read show why on the Read sheet)
                    people.old.reasons = problem_statuses(rows, docs.owned)
                replacements.update(people.parts([row_scores(r, docs.owned) for r in rows],
                                                 [row_cells(r, docs.owned) for r in rows]))
        if evidence is not None:
            replacements[self.evidence_part] = evidence
        return replacements

    def _row_heights(self, docs: _Documents, rewritten: list[RowPlan], numbers: set[int] | None = None) -> dict[int, float]:
        """(sheets30) Each Documents row's height as `score` sets it (writer.row_height): as
        many lines as its Why or Status needs, or its printed text cells (up to writer.MAX_LINES),
        at the widths the sheet gives those columns. For a refresh that found the rows sorted: a
        program's sort moves the cells and leaves the heights, so a long Why would be cut. The
        Why column is read here only then (it is not read otherwise: `_read_documents`).
        (book55) `numbers`: only the rows of these numbers (the rows the user added, whose Why
        is new: the Why column is not read), else every data row."""
        data, owned = docs.scan.data, docs.owned
        why_col, status_col = owned[layout.SCORE_HEADERS[-2]], owned[layout.SCORE_HEADERS[-1]]
        widths = {col: column_width(data, col, WIDTHS["why"] if col == why_col else WIDTHS["status"] if col == status_col
                                    else _PROGRAM_WIDTH) for col in (why_col, status_col, *(c for c, _ in docs.user))}
        whys = {} if numbers is not None else {
            span.number: span.values.get(why_col) for span in scan_sheet(self.package, docs.part, {why_col}, data=data).rows}
        position = list(self.package.sheets).index(layout.DOCUMENTS)
        printed = printed_columns(self.package.read(self.package.workbook_part), position, [col for col, _ in docs.user])
        new_values = {row.span.number: row.values for row in rewritten if row.values is not None}
        # (a cell the refresh writes into the user's columns, as an id given to a row with none)
        new_cells = {row.span.number: row.user_cells for row in rewritten if row.user_cells}
        heights = {}
        for span in docs.data_rows:
            if numbers is not None and span.number not in numbers:
                continue
            values = new_values.get(span.number)
            why = values[WHY_AT] if values is not None and values[WHY_AT] is not UNCHANGED else whys.get(span.number)
            status = values[STATUS_AT] if values is not None and values[STATUS_AT] is not UNCHANGED else span.values.get(status_col)
            cells = {**span.values, **new_cells.get(span.number, {})}
            texts = [(cells.get(col), widths[col]) for col in printed if col != docs.page_text_col]
            page = [(cells.get(col), widths[col]) for col in printed if col == docs.page_text_col]
            heights[span.number] = row_height(((why, widths[why_col]), (status, widths[status_col])), texts, page)
        return heights

    def _recolour(self, docs: _Documents, pieces: list[Any], replacements: dict[str, Any]) -> None:
        """The score columns' colours redone for the weights scored with (refresh_colours), in the
        sheet's last piece (its part after the rows) and the styles part; where the styles part
        cannot take them, the summary says the colours are as they were."""
        try:
            part = styles_part(self.package)
            done = recoloured(bytes(pieces[-1]), docs.scan.prefix, docs.owned, self.settings.weights,
                              replacements.get(part) or self.package.read(part))
        except SheetNotAdded:
            self.summary.settings_notes.append(COLOURS_NOT_REDONE)
            return
        if done is not None:
            pieces[-1], replacements[part] = done

    def _scored_values(self, docs: _Documents, row: RowPlan, result: DocumentResult, formatted: bool) -> None:
        """A scored row's new owned values, and the cells of its own that change with them: its text
        cell as scored (`normalised_cells`), its page's text (`page text`)."""
        # (how it was read: not UTF-8...; and an id other rows use too)
        notes = [row.id_note]
        read_notes = [getattr(row.item, "note", "")]  # (book45: in the Why, as `score` writes them)
        if row.span.number in docs.followed_titles:  # (loose24) its title follows its file
            column, title = docs.followed_titles[row.span.number]
            row.user_cells = {**(row.user_cells or {}), column: title or None}
            notes.append(FOLLOWED_NOTE)
        if row.span.number in docs.typed_paths:  # (hunt38a) the path moved to the file cell, the file read
            column, typed = docs.typed_paths[row.span.number]
            row.user_cells = {**(row.user_cells or {}), column: typed}
            notes.append(TYPED_PATH_NOTE)
        self._file_fields(docs, row)
        if row.normalised_cell is not None and not formatted:  # (rich text kept)
            row.user_cells = {**(row.user_cells or {}), **dict([row.normalised_cell])}
            self.summary.text_normalised += 1
        if docs.page_text_col is not None and isinstance(row.item, Record) and row.item.text_file \
                and (docs.every_page_text or row.span.values.get(docs.page_text_col) not in (None, "")
                     or showed_page_text(row.span.values.get(docs.owned[layout.SCORE_HEADERS[-1]]))):
            # what was read from the page now
            row.user_cells = {**(row.user_cells or {}), docs.page_text_col: safe_text(row.item.text)}
        elif docs.page_text_col is not None and isinstance(row.item, Record) and not docs.every_page_text:
            back = page_text_back(row.item, row.span.values.get(docs.page_text_col), docs.path_column, self.path.parent)
            if back is not None:  # (a page's text cell edited, then the row scored from its text cell)
                row.user_cells = {**(row.user_cells or {}), docs.page_text_col: back[0] or None}
                notes.append(back[1])
        long_cell = (row.user_cells or {}).get(docs.text_col, row.span.values.get(docs.text_col)) \
            if docs.text_col is not None else None
        if isinstance(long_cell, str) and cell_units(long_cell) > CELL_LIMIT and not formatted:
            # (a cell longer than a cell holds, put there by another program: cut with its marker,
            # as `score` writes it)
            row.user_cells = {**(row.user_cells or {}), docs.text_col: safe_text(long_cell)}
            read_notes.append(CUT_NOTE)
        # (hunt31) words typed over its Why, Status or Kind, now or at an earlier refresh: kept at the end
        if not row.typed_status:
            notes.append(carried_notes(row.span.values.get(docs.owned[layout.SCORE_HEADERS[-1]])))
        notes.append(row.typed_note)
        row.values = owned_values(result, extra_status="; ".join(n for n in notes if n), notes=read_notes)

    def _file_fields(self, docs: _Documents, row: RowPlan) -> None:
        """(hunt38a) A row read from its file and scored now (a path typed in the file cell of a new
        row, or a file changed) gets what `score` writes for a file: the title, url, outlet, date
        and author the file gives, each in its blank cell (a cell the user filled is kept, and was
        scored as typed), and a link on its file cell and on a web address so written. Without
        them the row was scored with the file's byline and outlet while its cells showed none."""
        item = row.item
        if not isinstance(item, Record) or not item.text_file:
            return
        for name, column in docs.meta_cols.items():
            value = getattr(item, name, "")
            if not value or column in (row.user_cells or {}) or column in row.span.formulas \
                    or str(row.span.values.get(column) or "").strip():
                continue
            row.user_cells = {**(row.user_cells or {}), column: value}
            if name == "url" and isinstance(value, str) and value.lower().startswith(("http://", "https://")):
                self.added_links.setdefault(column, {})[row.span.number] = value.strip()
        names = [name for _, name in docs.user]
        if docs.path_column is not None and docs.path_column in names:
            column = docs.user[names.index(docs.path_column)][0]
            path = docs.typed_paths[row.span.number][1] if row.span.number in docs.typed_paths else row.span.values.get(column)
            if isinstance(path, str) and path.strip() and len(path.strip()) < 250:  # (as writer._link)
                self.added_links.setdefault(column, {})[row.span.number] = path.strip()

    def _people(self, rows: list[RowPlan], hash_col: int, rewritten: bool,
                old_sheet: OldEvidence | None, restoring: bool = False) -> tuple[PeopleSheets | None, RowChanges]:
        """The Read and Outlets sheets and the copies across rows (xlplugin.workbook.people),
        made when rows are rewritten or when rows were removed, duplicated or moved since the
        last refresh (found from the old Read sheet, which PeopleSheets reads anyway), or
        (`restoring`, evid25) for the copy evidence of documents whose Evidence rows are written again."""
        changes = RowChanges()
        if not rewritten:
            changes = self._changes(rows, hash_col, self._old_read(), old_sheet)
        people = None
        if rewritten or changes.changed or restoring:
            people = PeopleSheets(self.package, [(r.span.number, r.item, None if r.rescore else r.span.values.get(hash_col))
                                                 for r in rows], self.path.parent, old=self._old_read(),
                                  joined=joined_outlets(sources_rows(self.package)))
        if rewritten and people is not None:
            changes = self._changes(rows, hash_col, people.old, old_sheet)
        self.summary.row_changes = changes.describe()
        return people, changes

    def _changes(self, rows: list[RowPlan], hash_col: int, old_read: read_refresh.OldReadSheet | None,
                 old_sheet: OldEvidence | None) -> RowChanges:
        """`_row_changes`, or, where every derived sheet is to be made again (`remake`), a change
        that makes them so (told by the summary's rebuilt line instead)."""
        if self.remake:
            return RowChanges(renumbered=True)
        changes = self._row_changes(rows, hash_col, old_read, old_sheet)
        if old_read is not None:  # (loose28) a long Copies cell an earlier version wrote, cut at its row's height
            cut = sum(1 for row in old_read.rows.values() if row.copies and not read_sheet.copies_fit(row.copies))
            changes = replace(changes, copies_cut=cut) if cut else changes
            # (hunt43) a long text's Read rows sorted apart, in rows whose first rows kept their order:
            # the Read sheet is written again in the Documents order, as when its rows were sorted
            if old_read.repairs.rejoined and not changes.reordered:
                changes = replace(changes, reordered=True, read_sorted=True)
        return changes

    def _evidence(self, rows: list[RowPlan], hash_col: int, old_sheet: OldEvidence, people: PeopleSheets | None,
                  changes: RowChanges) -> Callable[[], Any]:
        """The new Evidence sheet: the old one with the changed documents' runs replaced, or,
        when rows were removed, duplicated or moved, written again in the rows' order."""
        quote = quote_prefix_style(self.package)
        # (a row scored only for its deleted Evidence rows has the same text: its copies are as they were)
        changed = {position for position, row in enumerate(rows) if row.rescore and not row.evidence_only}
        if not changes.changed and not (people is not None and people.kept_copies_changed(changed)):
            return evidence_part(rows, hash_col, old_sheet, quote)
        extras = people.copy_evidence if people is not None and people.copies else None
        return ordered_evidence_part(rows, hash_col, old_sheet, quote, self.package.shared_strings, extras)

    def _copies_named(self) -> dict[tuple[str, str], int]:
        """(loose28) By document (id, text hash), how many copy evidence rows its Read row's
        Copies cell names at least (a deleted one is written again: missing_evidence)."""
        old = self._old_read()
        if old is None:
            return {}
        return {key: n for key, row in old.rows.items() if row.copies and (n := copy_rows_named(row.copies))}

    def _old_read(self) -> read_refresh.OldReadSheet | None:
        """The old Read sheet, read (and so checked) to see whether rows moved; None without one."""
        if not self.read_part or not self.package.has(self.read_part):
            return None
        if self.read_checked:
            return self._old_read_sheet
        old = self._old_read_sheet = read_refresh.old_rows(self.package)
        self.read_checked = old is not None
        return old

    @staticmethod
    def _row_changes(rows: list[RowPlan], hash_col: int, old_read: read_refresh.OldReadSheet | None,
                     old_sheet: OldEvidence | None) -> RowChanges:
        """Rows removed, duplicated, reordered or moved since the last refresh: compared with the
        Read sheet's rows, else (no Read sheet of ours) with the Evidence sheet's documents."""
        now = []
        # (hunt23b) a row whose Text hash cell was emptied is still the row the Read sheet lists at
        # its number under its id: not a row removed (the refresh scores it again)
        listed = {(doc_id, number): text_hash for doc_id, text_hash, number in old_read.order} if old_read else {}
        for row in rows:
            text_hash = row.span.values.get(hash_col)
            if text_hash in (None, "") and not row.new:
                text_hash = listed.get((str(row.item.id), row.span.number))
            # (a row whose Read row was deleted is not a row added: refresh_read_edits.rescore_read_repairs)
            # (a CSV row `score` refused: its Text hash is its line's, never a Read sheet's row)
            if text_hash not in (None, "") and not row.refused_before and (old_read is None or str(text_hash) not in old_read.repairs.restored):
                now.append((str(row.item.id), str(text_hash), row.span.number))
        if old_read is not None:
            evidence_keys = {key for key in old_sheet.keys if key is not None} if old_sheet is not None else None
            return read_edits_apart(row_changes(old_read.order, now), evidence_keys)
        if old_sheet is None:
            return RowChanges()
        before: list[tuple[str, str, int | None]] = []
        for key in old_sheet.keys:
            if key is not None and (not before or before[-1][:2] != key):
                before.append((*key, None))
        present = {key[:2] for key in before}
        return row_changes(before, [(i, h, None) for i, h, _n in now if (i, h) in present])

    def _count(self, row: RowPlan, owned: dict[str, int], result: DocumentResult) -> None:
        if row.evidence_only and row.refiled_from:
            self.summary.evidence_refiled += 1
        elif row.evidence_only:
            self.summary.evidence_restored += 1
        elif emptied(row) and not had_scores(row.span, owned):
            # (hunt38a) a row that never had text nor scores (scored again for new settings): nothing
            # was removed from it and it shows what it showed, so it is not said to be "now empty"
            self.summary.unchanged += 1
        elif emptied(row):  # (said on a line of its own: refresh_row_notes)
            self.emptied_rows.append(row.span.number)
        elif row.new and result.reliability is None and unscored_reason(result.note or ""):
            self.summary.appended_unscored += 1
        elif row.new:
            self.summary.appended += 1
        elif (row.typed_only or row.notes_only) and _same_numbers(row, owned):
            self.summary.unchanged += 1
            self.summary.typed_again += row.typed_only
        else:
            self.summary.rescored += 1


def _same_numbers(row: RowPlan, owned: dict[str, int]) -> bool:
    """(hunt39a) Are the row's new scores and stamps the ones its cells held (a row scored again
    only for a Why, Status or Kind typed over: its text, scorers and settings as before)? The Kind,
    Why and Status are not compared: those are the cells typed over."""
    assert row.values is not None
    typed = (KIND_HEADER, *layout.SCORE_HEADERS[-2:])
    for at, header in enumerate(layout.OWNED_HEADERS):
        if header in typed or header not in (*layout.SCORE_HEADERS, *layout.STAMP_HEADERS) or header not in owned:
            continue
        new, old = row.values[at], row.span.values.get(owned[header])
        if new in (None, "") and old in (None, ""):
            continue
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (new, old))
        if not (math.isclose(new, old, rel_tol=1e-9, abs_tol=1e-9) if numbers else new == old):
            return False
    return True


def normalised_cells(user: list[tuple[int, str]], table: list[list[Any]], items: list[Record | Problem],
                     column: str | None) -> list[tuple[int, str] | None]:
    """Per row, its text cell as scored (column, text: line ends "\\n", accents composed), where
    the cell holds the same text otherwise: a workbook scored before texts were normalised at the
    input (`inputs.shown_text`) kept a CRLF file's "\\r\\n" in its cells, and every evidence
    offset, which counts the text as scored, was off by one per "\\r" before it. A cell that
    shows a file's text is rewritten only when it shows that file's text (else it was edited,
    see `refresh_plan.edited_cell`, or the file changed and the cell is rewritten anyway). A cell
    that held HTML is rewritten with the article it was read as, as `score` writes it."""
    names = [name for _, name in user]
    if column not in names:
        return [None] * len(table)
    index = names.index(column)
    cells: list[tuple[int, str] | None] = []
    for values, item in zip(table, items):
        cell = values[index]
        fixed = shown_text(cell) if isinstance(cell, str) else cell
        if isinstance(item, Record) and HTML_CELL_NOTE in item.note:
            fixed = item.text  # a cell that held HTML shows the article it was scored as (inputs16)
        rewrite = isinstance(item, Record) and fixed != cell and (not item.text_file or fixed == safe_text(item.text))
        cells.append((user[index][0], fixed) if rewrite else None)
    return cells


def _row_styles(package: Package, scan: SheetScan, owned: dict[str, int], data_rows: list[RowSpan],
                text_col: int | None, replacements: dict[str, Any],
                user_cols: Sequence[int] = ()) -> dict[int | str, int | None]:
    """The format each column's rewritten cells take: that of the rows already scored, else, in
    xlplugin's columns (the template, a sheet of the user's: no row carries one), the one `score`
    writes, added to the workbook's styles part (score_styles), which then goes into
    `replacements`. `user_cols`: the user's columns, where rows were appended (added_rows); where
    one of them has no format in the rows above, `score`'s formats for the user's cells are added
    too, under their names in `USER_FORMATS`."""
    columns = [owned.get(h) for h in layout.OWNED_HEADERS]  # None: a column the workbook lacks (Kind)
    scored = [r for r in data_rows if any(r.values.get(c) not in (None, "") for c in columns)]
    styles: dict[int | str, int | None] = dict(styles_from(scan, scored, set(columns) | set(user_cols) | ({text_col} if text_col else set())))
    # (xlplugin's columns; the user's own cells in rows already scored are kept as they are)
    wanted: dict[int | str, str] = {col: header for header, col in owned.items() if header in layout.OWNED_HEADERS and col not in styles}
    if any(col not in styles for col in user_cols):
        wanted.update((name, name) for name in USER_FORMATS)
    added = score_styles(package, wanted) if wanted else None
    if added is not None:
        part, merged, mapping = added
        replacements[part] = merged
        styles.update(mapping)
    return styles


# (sheets30) A column's width where the sheet gives none: the spreadsheet programs' default.
_PROGRAM_WIDTH = 8.43


def _added_row_style(styles: dict[int | str, int | None], user_cols: set[int],
                     id_col: int | None) -> Callable[[int, bool], int | None]:
    """The format a cell of an appended row takes where it has none (added_rows): its column's in
    the rows above, else the one `score` gives such a cell; xlplugin's own cells have theirs."""
    def style_of(col: int, text: bool) -> int | None:
        if col not in user_cols:
            return None
        if styles.get(col) is not None:
            return styles[col]
        name = "(your id)" if col == id_col else "(your text)" if text else "(your number)"
        return styles.get(name)
    return style_of


def _documents_xml(scan: SheetScan, rewritten: list[RowPlan], owned: dict[str, int], data_rows: list[RowSpan],
                   styles: dict[int | str, int | None],
                   added_style: Callable[[int, bool], int | None] | None = None,
                   heights: dict[int, float] | None = None, added_heights: dict[int, float] | None = None) -> list[Any]:
    """The Documents sheet with the rewritten rows' cells replaced, as pieces (bytes, or views of
    the old part), in the formats `styles` gives by column (_row_styles). Rows the user appended
    are laid out as `score` lays out its rows (added_rows). (sheets30) `heights`, when given:
    each data row's height by its number, set on every such row. (book55) `added_heights`: the
    height of each row the user added that has none of its own, as `score` sets it (its id and
    title counted with its Why and Status: `RefreshJob._row_heights`)."""
    columns = [owned.get(h) for h in layout.OWNED_HEADERS]  # None: a column the workbook lacks (Kind)
    # (a row the user added is as tall as its Why and Status need at their columns' widths in this
    # sheet: a workbook written before sheets22 has a Why 50 wide, not 64)
    why_width = column_width(scan.data, owned.get(layout.SCORE_HEADERS[-2], 0), WIDTHS["why"])
    status_width = column_width(scan.data, owned.get(layout.SCORE_HEADERS[-1], 0), WIDTHS["status"])
    replaced = {}
    for row in rewritten:
        assert row.values is not None
        new_cells = {col: value for col, value in zip(columns, row.values) if value is not UNCHANGED and col is not None}
        new_cells.update(row.user_cells or {})
        xml = rewrite_row(scan, row.span, new_cells, styles)
        if row.new:
            height = (added_heights or {}).get(row.span.number) or \
                row_height(((row.values[WHY_AT], why_width), (row.values[STATUS_AT], status_width)))
            xml = fit_added_row(xml, height, scan.prefix, added_style or (lambda col, text: None))
        replaced[row.span.start] = xml
    for span in data_rows if heights else ():
        if span.number in heights:  # type: ignore[operator]
            xml = replaced.get(span.start) or bytes(scan.data[span.start:span.end])
            replaced[span.start] = with_height(xml, heights[span.number])  # type: ignore[index]
    pieces = splice(scan, replaced)
    last = max((r.number for r in data_rows), default=1)
    # The filter follows the rows. (It comes after sheetData: the rest of the sheet after the
    # last rewritten row is passed on as a view of the old part, not copied.)
    tail, end = pieces[-1], scan.sheet_data[1]
    start = len(scan.data) - len(tail)
    if start <= end and scan.data.find(b"<" + scan.prefix.encode() + b"autoFilter", start, end) == -1:
        pieces[-1:] = [memoryview(scan.data)[start:end], set_ref_rows(scan.data[end:], "autoFilter", last, scan.prefix)]
    else:
        pieces[-1] = set_ref_rows(bytes(tail), "autoFilter", last, scan.prefix)
    return pieces


def _generated_parts(package: Package, rows: list[RowPlan], owned: dict[str, int],
                     weights: dict[str, float] | None = None) -> dict[str, bytes]:
    """The Overview sheet made again from every row's index, and its chart's stale cached values
    taken out (programs re-read the cells)."""
    parts: dict[str, bytes] = {}
    index_col = owned[layout.SCORE_HEADERS[0]]
    overview = package.sheet_part(layout.OVERVIEW)
    if overview and package.has(overview):
        indexes = []
        for row in rows:
            value = row.values[0] if row.values is not None else row.span.values.get(index_col)
            indexes.append(value if isinstance(value, (int, float)) and not isinstance(value, bool) else None)
        from .package import custom_property
        from .writer import not_read_of_property

        not_read = not_read_of_property(custom_property(package, layout.NOT_READ_PROPERTY))  # (pasted30)
        data = regenerate(package, overview, layout.OVERVIEW_HEADERS, overview_rows(indexes, weights, not_read))
        if data is not None:
            parts[overview] = data
            for chart in chart_parts(package, overview):
                original = package.read(chart)
                stripped = CHART_CACHE_RE.sub(b"", original)
                if stripped != original:
                    parts[chart] = stripped
    return parts


def _names_changed(stored: dict[str, str] | None, settings: Any) -> bool:
    """Are the ratings' names as written other than those the workbook keeps (or not kept)?"""
    return bool(settings.ratings) and stored != {key: settings.rating_names.get(key, key) for key in settings.ratings}


def _settings_cells(package: Package, before, after) -> dict[str, bytes]:
    """Write settings given on the command line into the Settings sheet, so that the sheet says
    what the scores were computed with (and the next refresh agrees)."""
    part = package.sheet_part(layout.SETTINGS_SHEET)
    if part is None or not package.has(part):
        return {}
    scan = scan_sheet(package, part, lambda col: col <= 2)
    replaced = {}
    for span in scan.rows[1:]:
        key = setting_named(span.values.get(1))  # (its label, or its key in a sheet written before)
        if key in after.values and after.values[key] != before.values.get(key):
            if 2 in span.formulas:
                continue
            replaced[span.start] = rewrite_row(scan, span, {2: after.values[key]}, {})
    return {part: b"".join(splice(scan, replaced))} if replaced else {}


def _mark_no_saved_values(scan: SheetScan, data_rows: list[RowSpan], table: list[list[Any]], user_cols: list[int],
                          columns: list[str | None], user_names: list[str]) -> None:
    """A text, id or metadata cell holding a formula with no saved value says so, as `score` reads it
    (`reader._mark_formulas_without_value`): the text's Status gives the reason, the id is the
    one a blank id cell gives and the row's Status says why."""
    indexes = [user_names.index(name) for name in columns if name is not None and name in user_names]
    for values, span in zip(table, data_rows):
        for index in indexes:
            if values[index] in (None, "") and user_cols[index] in formula_columns(scan, span):
                values[index] = NO_SAVED_VALUE
