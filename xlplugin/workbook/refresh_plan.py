"""The refresh plan: which rows of the Documents sheet a refresh re-scores (text, settings or scorer
version changed, or a row the user added), which it leaves as they were, and which keep their
earlier scores with a new Status (a cut text, a file that is gone, a cell that cannot be read)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .. import prose
from ..cells import CUT_MARKER, CUT_TEXT, KIND_HEADER, cell_display, cell_to_text, safe_text
from ..engine import text_digest
from ..errors import WorkbookError
from ..inputs import (FILE_GONE, never_read_message, ID_COLUMN_NAMES, NO_SAVED_VALUE_MESSAGE, UNSAVED_META_END, PATH_COLUMN_NAMES, REFUSED_LINE, Problem, Record, find_column, given_fields, refused_line_hash,
                      shown_text, with_id_note)
from . import layout
from .package import Package, custom_property
from .rows import TEXT_HASH_AT, kind_of_cell, owned_values
from .cut_cells import edited_cut_cell, full_cut_cell
from .merged import merged_notes_follow
from .sheet_scan import RowSpan, SheetScan

__all__ = ["CUT_RE", "UNCHANGED", "EARLIER_RUN", "EARLIER_SAID", "with_earlier_reason", "RowPlan", "PlanCounts", "refuse", "header_columns", "reading_columns", "repeated_marks",
           "plan_rows", "row_scores", "row_cells", "edited_cell", "edited_message", "same_as_sheet", "showed_page_text",
           "problem_statuses", "apply_id_notes", "same_text"]

CUT_RE = re.compile(re.escape(CUT_MARKER).replace(r"\{n\}", r"\d+") + r"$")
# How the Status of a row that kept its earlier scores begins: once the row can be read as it was
# scored (its file is back, its text cell emptied), it is scored again to say so.
NOT_REFRESHED = "not refreshed"
# Why a row whose text was cut to fit its cell keeps its earlier scores.
CUT_STATUS = "the text in this row was cut to fit a cell; put the full text in a file and give its path"
# Why a row whose cut text was edited keeps its earlier scores (see cut_cells): the cell is not the document.
CUT_EDITED_STATUS = ("the text in this row was cut to fit a cell and edited since, so the cell is not the whole text "
                     "(its cut note is still in it); put the full edited text in a file and give its path")
# The same, where the edit pushed the cut note out of the full cell (see cut_cells.full_cut_cell).
CUT_FULL_STATUS = ("the text in this row was cut to fit a cell and edited since: the cell is full (32,767 characters, the "
                   "most it holds), so its end and the cut note were lost, and it is not the whole text; put the full "
                   "edited text in a file and give its path")
# How the Status of a row that kept its earlier scores goes on, and, where those scores hold no
# index (a page that is not an article, a text too short for one), what its earlier Status said
# of that after EARLIER_SAID: the row's Why is empty, and nothing else in it says why.
EARLIER_RUN = "; the scores shown are from an earlier run"
EARLIER_SAID = ", which said: "
# In a row's new values: leave this cell as it is in the sheet.
UNCHANGED = object()


@dataclass
class RowPlan:
    """One row of the Documents sheet and what the refresh does with it."""

    span: RowSpan
    item: Record | Problem
    new: bool  # no stamp and no Status yet: a row the user added
    evidence: bytes | None = None  # its new Evidence rows' values, packed (see evidence_refresh.pack)
    evidence_count: int = 0
    values: list[Any] | None = None  # new owned values, when the row is rewritten
    keep_evidence: bool = True  # its old Evidence rows stay (its scores are the old ones)
    rescore: bool = False  # to be scored now
    user_cells: dict[int, Any] | None = None  # the user's cells it rewrites (column -> value)
    evidence_only: bool = False  # scored now only to write its missing Evidence rows again
    # (evid25) of those, a row with some of its Evidence rows left: only the rows deleted are written
    # again, after its last one (evidence_refresh.restore_missing)
    restore: bool = False
    # (sheets30) of those, a row whose Evidence rows are in the sheet under another id, no row's
    # now (its id renamed, or a blank id's place changed): that id; its rows are filed under the new one
    refiled_from: str = ""
    furniture: frozenset[str] = frozenset()  # its paragraphs repeated across its outlet's rows
    normalised_cell: tuple[int, str] | None = None  # its text cell as scored (see refresh.normalised_cells)
    id_note: str = ""  # what its new Status says of other rows with its id (inputs.distinct_ids)
    status_only: bool = False  # its scores stay and only its Status changes (the note on its id)
    # a CSV row `score` refused (edited since or not): its Text hash is its line's, not a scored text's
    refused_before: bool = False
    # (hunt31) words typed over its Why, Status or Kind, kept in its new Status (typed_cells.find_typed)
    typed_note: str = ""
    typed_status: bool = False  # (its Status was typed over: its earlier kept notes are inside the words kept)
    # (hunt39a) scored now only to write those cells again: counted unchanged where its numbers are
    typed_only: bool = False
    # (hunt47) scored now only to write its notes again as its cells are now (a merged cell undone or
    # made: `merged.merged_notes_follow`): counted unchanged where its numbers are
    notes_only: bool = False


@dataclass
class PlanCounts:
    """Rows the plan leaves as they were, and rows that cannot be refreshed (see RefreshSummary)."""

    unchanged: int = 0
    failed: int = 0
    missing: int = 0
    unreadable: int = 0
    text_edited: int = 0
    cut_texts: int = 0  # of the failed: texts cut to fit their cell (read, but not refreshed)
    newer: int = 0  # rows scored again whose stamp is from a newer xlplugin (see `newer_parts`)
    newer_parts: str = ""  # what was newer, in words, for the first of them
    # (sheets30) rows scored again whose stamp is from earlier rules: each rule set's earliest
    # version among them, and this one's (name -> (theirs, ours)); see `older_rules`
    older: int = 0
    older_rules: dict[str, tuple[str, str]] = field(default_factory=dict)
    unscored_files: int = 0  # of the missing and unreadable: rows with no earlier scores to keep
    gone: int = 0  # (resume33) of the missing: rows whose file is gone from its folder, their scores cleared
    refused: int = 0  # CSV rows `score` refused (their whole line in the text cell), not edited since: still refused
    failed_before: int = 0  # of the failed: text cells with no text whose Status already said so (an earlier run)
    # of the failed, but the cut texts: (sheet row number, why), for the summary to name them
    no_text_rows: list[tuple[int, str]] = field(default_factory=list)
    said_before_rows: list[int] = field(default_factory=list)  # of those, the rows counted in failed_before
    # (hunt38a) of the missing and unreadable: (sheet row number, the file cell as typed, "missing",
    # "gone" or "unreadable", whether its Status already said so after an earlier run)
    file_rows: list[tuple[int, str, str, bool]] = field(default_factory=list)


def refuse(path: Path, reason: str) -> WorkbookError:
    return WorkbookError(f"{path}: refresh refused, nothing was changed: {reason}. "
                         "To keep your workbook as it is, score into a new file instead (xlplugin score ... -o NEW.xlsx)")


# (sheets30) How far down a header row is looked for when row 1 is not it, as `score` looks for one.
HEADER_ROWS_LOOKED_AT = 10


def _owned_in(span: Any) -> set[str]:
    names = {str(value).strip() for value in span.values.values() if value not in (None, "")}
    return {layout.FORMER_HEADERS.get(name, name) for name in names} & set(layout.OWNED_HEADERS)


def _header_below(path: Path, scan: SheetScan) -> None:
    """(sheets30) Refuse, saying where, a Documents sheet whose header row is lower than row 1
    (rows inserted above it for a title): `score` reads a header in any of the first 10 rows,
    but a refresh writes every score, link and Read sheet row back by its row number, so it
    reads the header it wrote, in row 1, and asks for the rows above it to go."""
    for span in scan.rows:
        if span.number > HEADER_ROWS_LOOKED_AT:
            break
        if span.number > 1 and len(_owned_in(span)) * 2 > len(layout.OWNED_HEADERS):
            above = {2: "row 1", 3: "rows 1 and 2"}.get(span.number, f"rows 1 to {span.number - 1}")
            raise refuse(path, f"the Documents sheet's header is in row {span.number}, not row 1 (rows inserted above "
                               f"it?): delete {above} (copy what you typed there to another sheet first), then "
                               "refresh again; the scores, links and Read sheet rows are written back by row number")


def _names(headers: list[str]) -> str:
    quoted = [repr(h) for h in headers]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def header_columns(path: Path, scan: SheetScan) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """The owned columns (header -> column) and the user's (column, header), from row 1. `scan`
    holds the sheet's first rows with their values (a header found lower is said: `_header_below`)."""
    if not scan.rows or scan.rows[0].number != 1:
        _header_below(path, scan)
        raise refuse(path, "the Documents sheet has no header row in row 1")
    header = {col: str(value).strip() for col, value in scan.rows[0].values.items() if value not in (None, "")}
    header = {col: layout.FORMER_HEADERS.get(name, name) for col, name in header.items()}  # renamed since
    owned = {name: col for col, name in header.items() if name in layout.OWNED_HEADERS}
    # Workbooks scored before documents had a kind have no Kind column: refreshed without one.
    # (evid25) Nor before the number of each document's Evidence rows was kept.
    missing = [name for name in layout.OWNED_HEADERS if name not in owned and name not in (KIND_HEADER, layout.EVIDENCE_COUNT_HEADER)]
    if missing:
        _header_below(path, scan)
        if set(missing) <= set(layout.STAMP_HEADERS):
            # (sheets30) the folded columns that say what each row was scored from: a deleted column's
            # cells are gone with it (a header typed back would not bring them), and every one is named
            gone = missing + [layout.EVIDENCE_COUNT_HEADER] * (layout.EVIDENCE_COUNT_HEADER not in owned)
            raise refuse(path, "the Documents sheet lacks the folded column(s) that record what each row was scored "
                         "from, " + _names(gone) + " (deleted?): their cells went with them, so a refresh cannot tell "
                         "which rows changed; undo the deletion (or take an earlier copy of the file) to refresh in place")
        raise refuse(path, "the Documents sheet lacks the score column(s) " + _names(missing)
                     + " (renamed? type the header back in row 1; deleted? its cells went with it: undo the deletion "
                     "to refresh in place)")
    user = sorted((col, name) for col, name in header.items() if name not in layout.OWNED_HEADERS)
    return owned, user


def reading_columns(package: Package, user_names: list[str]) -> tuple[str | None, str | None]:
    """The columns a row's text was read from when it was scored: the text column (it may have
    no usual name, from --text-column) and the column naming each text's file, if still there.
    Workbooks written before the path column was recorded name the file column as the text
    column; a text column with a file column's name is read as one (its cells are paths: scoring
    a path as if it were the document is the one thing a refresh must never do)."""
    text_column = custom_property(package, layout.TEXT_COLUMN_PROPERTY)
    path_column = custom_property(package, layout.PATH_COLUMN_PROPERTY)
    if path_column is None and text_column is not None and find_column([text_column], PATH_COLUMN_NAMES):
        text_column, path_column = None, text_column
    return (text_column if text_column in user_names else None,
            path_column if path_column in user_names else None)


def repeated_marks(items: list[Any]) -> list[frozenset[str]]:
    """`xlplugin.prose.repeated_paragraphs` over every row whose text could be read (a row that
    could not gets no marks)."""
    texts = []
    for item in items:
        text = item.text if isinstance(item, Record) and isinstance(item.text, str) else ""
        texts.append((text, item.outlet if isinstance(item, Record) else "",
                      item.url if isinstance(item, Record) else ""))
    if len(texts) < prose.REPEAT_MIN_DOCUMENTS:
        return [frozenset()] * len(texts)
    return prose.repeated_paragraphs(texts)


def kept_values(span: RowSpan, owned: dict[str, int], status: str) -> list[Any]:
    """A row that keeps its earlier scores with a new Status: only the Status cell is rewritten
    (the other score cells were not read: they stay as they are); the index and the stamps,
    which were read, are passed on for the Overview."""
    read = {layout.SCORE_HEADERS[0], *layout.STAMP_HEADERS}
    values = [span.values.get(owned[h]) if h in read else UNCHANGED for h in layout.OWNED_HEADERS]
    values[layout.OWNED_HEADERS.index(layout.SCORE_HEADERS[-1])] = status
    return values


def plan_rows(data_rows: Sequence[RowSpan], items: Sequence[Record | Problem], marks: Sequence[frozenset[str]],
              owned: dict[str, int], version: str, digest: str, counts: PlanCounts,
              shown_column: str | None = None,
              normalised: Sequence[tuple[int, str] | None] | None = None,
              table_text_column: str | None = None) -> list[RowPlan]:
    """Each row's plan. A row is re-scored when its stamp (scorer version, settings digest, text
    digest, which includes the paragraphs repeated across its outlet's rows) differs from what
    scoring it now would write; `counts` is updated for the rows that are not.

    `shown_column`: where rows are read from their files, the column that shows each file's text
    (a web page's article). A row whose cell there was edited keeps its earlier scores with a
    Status saying so (see `edited_cell`): its file, not the cell, is what it is scored from.
    `table_text_column`: where the workbook also holds a table's rows (the pages' text is then in
    a column of its own), the table's text column, which the Status names as the place for the
    user's text.

    `normalised`: per row, its text cell as scored where the cell holds other line ends or
    decomposed accents (column, text): such a row is scored again, and its cell rewritten, even
    when its stamp is unchanged (the stamp hashes the text as scored, not the cell)."""
    stamp_cols = [owned[h] for h in layout.STAMP_HEADERS]
    status_col = owned[layout.SCORE_HEADERS[-1]]
    why_col = owned.get(layout.SCORE_HEADERS[-2])  # (book45: the cut note is there)
    rows: list[RowPlan] = []
    for span, item, furniture, cell in zip(data_rows, items, marks, normalised or [None] * len(items)):
        old = tuple(span.values.get(c) for c in stamp_cols)
        # (a row with a Status but no stamp was there before: one that could not be scored)
        new = all(v in (None, "") for v in old) and span.values.get(status_col) in (None, "")
        row = RowPlan(span, item, new=new, furniture=furniture, normalised_cell=cell)
        row.refused_before = old[0] in (None, "") and old[2] not in (None, "") \
            and str(span.values.get(status_col) or "").startswith(REFUSED_PREFIX)
        rows.append(row)
        if isinstance(item, Record):
            text, problem = (item.text, None) if isinstance(item.text, str) else cell_to_text(item.text)
            if problem or text is None:
                row.item = Problem(item.source, problem or "empty text", item.id, item.columns, **given_fields(item))
            elif CUT_RE.search(text) or edited_cut_cell(text) or (
                    # (book45) a text read from its file is the whole file, never a cut cell: its
                    # page's text cell was cut, and the file read again (it was kept as "edited")
                    not item.text_file and full_cut_cell(text, span.values.get(status_col), span.values.get(why_col))):
                if old[:2] == (version, digest) and CUT_RE.search(text):
                    counts.unchanged += 1
                else:
                    status = CUT_STATUS if CUT_RE.search(text) else CUT_EDITED_STATUS if edited_cut_cell(text) \
                        else CUT_FULL_STATUS
                    row.values = kept_values(span, owned, with_earlier_reason(f"{NOT_REFRESHED}: {status}", span, owned))
                    counts.failed += 1
                    counts.cut_texts += 1
                continue
            elif shown_column is not None and item.text_file and edited_cell(item, shown_column, old[2], furniture):
                message = edited_message(item, shown_column, table_text_column)
                counts.text_edited += 1
                if row.new or not had_scores(span, owned):
                    row.values = owned_values(None, problem=message)
                    row.keep_evidence = False
                else:
                    row.values = kept_values(span, owned, with_earlier_reason(f"{NOT_REFRESHED}: {message}{EARLIER_RUN}",
                                                                              span, owned))
                continue
            elif unsaved_meta_kept(old, span.values.get(status_col), item):
                # (session 21) a row `score` did not score for a metadata formula with no saved
                # value, its cell written back empty: still not scored while that cell is empty
                row.item = Problem(item.source, unsaved_meta_status(span.values.get(status_col)), item.id, item.columns,
                                   kind="cell", text_column=item.text_column)
                _plan_unreadable(row, row.item, owned, counts)
                continue
            elif refused_line(old, span.values.get(status_col), text):
                # (rows20) a CSV row `score` refused, its whole line in the text cell, as it was
                # written: still refused (its Status stays), until the user edits the row
                _plan_refused(row, item, old, span.values.get(status_col), counts)
                continue
            elif line_in_text(item, was_refused=old[0] in (None, "") and old[2] not in (None, ""),
                              scored_from_cell=scored_from(item, old, furniture)):
                # (guard21) a refused line mended inside its cell (a comma removed, quotes added):
                # still a whole CSV line, never scored as one text
                _plan_line_in_text(row, item, text, counts)
                continue
            elif old == (version, digest, text_digest(text, item.title, item.url, item.outlet, item.author, item.date,
                                                      item.page_type, furniture)) \
                    and not str(span.values.get(status_col) or "").startswith(NOT_REFRESHED) and cell is None:
                if merged_notes_follow(item.note, span.values.get(why_col), span.values.get(status_col)):
                    counts.unchanged += 1
                else:  # (hunt47) a merge undone or made since: its note written as the cells are now
                    row.rescore = row.notes_only = True
                continue
            else:
                row.rescore = True
                newer = newer_parts(old[0], version)
                if newer:  # (rows20) scored by a newer xlplugin: said, as its rules are replaced by older ones
                    counts.newer += 1
                    counts.newer_parts = counts.newer_parts or newer
                elif older := older_rules(old[0], version):  # (sheets30) by earlier rules: said which
                    counts.older += 1
                    for name, pair in older.items():
                        seen = counts.older_rules.get(name)
                        counts.older_rules[name] = pair if seen is None or _version_key(pair[0]) < _version_key(seen[0]) else seen
                continue
        if isinstance(item, Problem) and item.kind == "cell" and item.text_column \
                and refused_line(old, span.values.get(status_col), str(item.columns.get(item.text_column) or "")):
            # (inputs21) a refused line read back as no text: a line longer than a cell holds,
            # cut to fit it (its Status says so), is still the refused line, not a cut article
            _plan_refused(row, item, old, span.values.get(status_col), counts)
            continue
        if isinstance(item, Problem) and item.kind == "cell" and item.message.endswith(CUT_TEXT) and not new:
            # (a cut cell as `score` wrote it, read as no document since inputs refuses cut texts:
            # the row keeps its scores, those of the whole text, as above)
            if old[:2] == (version, digest):
                counts.unchanged += 1
            else:
                row.values = kept_values(span, owned, with_earlier_reason(f"{NOT_REFRESHED}: {CUT_STATUS}", span, owned))
                counts.failed += 1
                counts.cut_texts += 1
            continue
        _plan_unreadable(row, item, owned, counts)
    return rows


REFUSED_PREFIX = "not scored: "


# (session 21) The Status of a row `score` did not score because a title, url, outlet, date or
# author cell held a formula with no saved value (inputs._unsaved_meta): "not scored: column
# outlet: a formula ...; the row is not scored without it". The cells are written back empty.
_UNSAVED_META_RE = re.compile(r"not scored: columns? (.+?): " + re.escape(NO_SAVED_VALUE_MESSAGE))
# What such a Status gains at a refresh: in the written workbook the cell is empty, so opening and
# saving it gives the formula's value back to nothing.
UNSAVED_META_WAY_OUT = ("; in this workbook the cell is empty: type its value there, or empty this Status to score the "
                        "row without it, then refresh")


def unsaved_meta_kept(stamps: tuple[Any, ...], status: Any, item: Record) -> bool:
    """Is a row one that `score` did not score for a metadata formula with no saved value (no
    scorer stamp, its Status saying so), a cell its Status names still empty? Such a row is not
    scored at a refresh either: scored now it would be rated without its outlet, or read without
    its date or author, and its Status would say "scored". It stays so while any of those cells is
    empty; typing the values in them, or emptying the Status, lets it be scored."""
    if stamps[0] not in (None, "") or not isinstance(status, str) or UNSAVED_META_END not in status:
        return False
    found = _UNSAVED_META_RE.match(status)
    if not found:
        return False
    names = [name.strip() for name in found.group(1).split(",")]
    return any(item.columns.get(name) in (None, "") for name in names)


def unsaved_meta_status(status: str) -> str:
    """The reason a row `unsaved_meta_kept` finds keeps in its Status, with the way out that works
    in the written workbook (said once)."""
    reason = status.removeprefix(REFUSED_PREFIX)
    return reason if reason.endswith(UNSAVED_META_WAY_OUT) else reason + UNSAVED_META_WAY_OUT


# The Status `score` writes for a CSV row with more or fewer fields than its header (inputs.read_csv).
REFUSED_FIELDS_RE = re.compile(r"not scored: it has \d+ fields? but the header has \d+")


# (refused22) The Status of a refused line whose Status cell was emptied (or overwritten) while its
# text cell still holds the line: the refusal's own words are gone, so it says what to mend.
REFUSED_AGAIN = ("this row still holds the whole CSV line that was refused (its number of fields is not the "
                 "header's): put each field in its own cell (the text alone in the text cell), then refresh")


def refused_rows(data_rows: Sequence[RowSpan], items: Sequence[Record | Problem], owned: dict[str, int]) -> list[bool]:
    """(refused22) Per row, whether it is a CSV line `score` refused (`refused_line`), read as a
    text: such a row is no document, so it shares no id with another row (as `score` read it)."""
    stamp_cols = [owned[h] for h in layout.STAMP_HEADERS]
    status_col = owned[layout.SCORE_HEADERS[-1]]
    refused = []
    for span, item in zip(data_rows, items):
        stamps = tuple(span.values.get(c) for c in stamp_cols)
        refused.append(isinstance(item, Record) and isinstance(item.text, str)
                       and (refused_line(stamps, span.values.get(status_col), item.text)
                            or bool(line_in_text(item, was_refused=stamps[0] in (None, "") and stamps[2] not in (None, ""),
                                                 scored_from_cell=scored_from(item, stamps)))))
    return refused


# (guard21) The Status of a row whose text cell reads as a whole CSV line of the sheet's columns
# (`line_in_text`): a refused line mended inside its cell, or a line pasted there. (guard22) With a
# way out for a text that only starts with the row's id.
LINE_IN_TEXT = ("the text cell holds a whole CSV line ({fields} fields, the first this row's id {id!r}), not a text alone: "
                "put each field in its own cell (the text alone in the text cell), then refresh; if the cell holds the "
                "text alone (it starts with the row's id by chance), fill in the row's other cells or give the row "
                "another id, then refresh")
# The separators a CSV file's line may have (inputs.read_csv finds the file's own).
_LINE_SEPARATORS = ",;\t|"
# (guard22) A field that could be a short cell's value (an outlet, a title, a date), not part of a
# sentence: one line, short, no full stop and more words after it, no closing full stop.
_CELL_VALUE_MAX = 80
_SENTENCE_INSIDE_RE = re.compile(r"[.!?][\"')\]]*\s+\S")


def line_in_text(item: Record, was_refused: bool = False, scored_from_cell: bool = False) -> str:
    """(guard21) `LINE_IN_TEXT` where a row's text cell reads as one whole CSV line of the sheet's
    columns rather than a text: its first field is the row's id (the sheet has an id column) and,
    in a row that held a refused line (`was_refused`), it has two or more fields. Such a cell is
    what `score` writes for a refused CSV row; a user who mends the stray comma or quotes the text
    inside the cell leaves the id and the outlet in it, and scoring that as one text would give a
    confident score to the wrong thing. "" otherwise.
    (guard22) In any other row the line must also have as many fields as the sheet has columns and
    its fields must repeat the row's other cells (`_repeats_cells`): a real text that starts with
    the row's id and a separator ("5,000 people marched ...") is a text. A row scored from this very
    cell (`scored_from_cell`: its stamps say so) is never a line: what `score` scored stays scored."""
    text = item.text.strip() if isinstance(item.text, str) else ""
    doc_id = str(item.id or "").strip()
    if scored_from_cell or not doc_id or not text.startswith(doc_id) \
            or text[len(doc_id):][:1] not in tuple(_LINE_SEPARATORS) \
            or find_column(list(item.columns), ID_COLUMN_NAMES) is None:
        return ""
    lines = list(csv.reader(io.StringIO(text), delimiter=text[len(doc_id)]))
    if len(lines) != 1 or lines[0][0].strip() != doc_id:
        return ""
    fields = len(lines[0])
    if (was_refused and fields >= 2) or (fields == len(item.columns) and _repeats_cells(item, lines[0])):
        return LINE_IN_TEXT.format(fields=fields, id=doc_id)
    return ""


def _repeats_cells(item: Record, fields: list[str]) -> bool:
    """(guard22) Whether a line's fields, one per column of the sheet in order, repeat the row's
    other cells (neither its id's nor its text's): each such cell that holds a value holds the
    field at its place, each empty one has a field that could be a cell's value there (a line
    pasted into a new row's text cell, its other cells not filled yet) or none, and at least one
    field is such a value. "5,000 people marched ..., police said. Organisers ..." in a row whose
    outlet cell says "Example News" (or is empty) repeats nothing: a text."""
    id_column = find_column(list(item.columns), ID_COLUMN_NAMES)
    repeated = False
    for (column, value), part in zip(item.columns.items(), fields):
        if column in (id_column, item.text_column):
            continue
        cell, part = cell_display(value).strip(), part.strip()
        if cell:
            if part != cell:
                return False
        elif part and (len(part) > _CELL_VALUE_MAX or "\n" in part or part.endswith(".")
                       or _SENTENCE_INSIDE_RE.search(part)):
            return False
        repeated = repeated or bool(part)
    return repeated


def scored_from(item: Record | Problem, stamps: tuple[Any, ...], furniture: frozenset[str] = frozenset()) -> bool:
    """(guard22) Whether a row's stamps say it was scored from the text and cells it holds now:
    a scorer version, and the Text hash of its text and metadata as read now."""
    if not isinstance(item, Record) or not isinstance(item.text, str) or stamps[0] in (None, ""):
        return False
    return stamps[2] == text_digest(item.text, item.title, item.url, item.outlet, item.author, item.date,
                                    item.page_type, furniture)


def _plan_line_in_text(row: RowPlan, item: Record, text: str, counts: PlanCounts) -> None:
    """(guard21) A row `line_in_text` finds: refused as a CSV line, its Status saying what to
    mend, its Text hash the line's (so a later refresh leaves it so until the cell is edited)."""
    row.item = line_refused(item, line_in_text(item, was_refused=True))
    row.refused_before = True
    counts.refused += 1
    row.values = owned_values(None, problem=row.item.message)
    row.values[TEXT_HASH_AT] = refused_line_hash(text)
    row.keep_evidence = False


def line_refused(item: Record | Problem, message: str) -> Problem:
    """A row read as a refused CSV line, with `message` as its Status's reason."""
    return Problem(item.source, message, item.id, item.columns, kind=REFUSED_LINE, text_column=item.text_column,
                   path_column=getattr(item, "path_column", ""))


def _plan_refused(row: RowPlan, item: Record | Problem, old: tuple[Any, ...], status: Any, counts: PlanCounts) -> None:
    """(refused22) A row `refused_line` finds: still refused, its Status kept; where the Status
    cell no longer holds the refusal (emptied or typed over) it is written again, saying what to
    mend (`REFUSED_AGAIN`), the line's Text hash kept. Its Text hash is never a Read sheet's row."""
    row.item = still_refused(item, status)
    row.refused_before = True
    counts.refused += 1
    if not (isinstance(status, str) and status.startswith(REFUSED_PREFIX)):
        row.values = owned_values(None, problem=row.item.message)
        row.values[TEXT_HASH_AT] = old[2]
        row.keep_evidence = False


def still_refused(item: Record | Problem, status: Any) -> Problem:
    """A row that `refused_line` finds, read as the refused row it was: its Status's message, or
    `REFUSED_AGAIN` where the Status no longer holds the refusal."""
    said = isinstance(status, str) and status.startswith(REFUSED_PREFIX)
    return line_refused(item, str(status).removeprefix(REFUSED_PREFIX) if said else REFUSED_AGAIN)


def refused_line(stamps: tuple[Any, ...], status: Any, text: str) -> bool:
    """Is a row the CSV row `score` refused for its number of fields, as it was written (no scorer
    stamp, its Text hash that of the line it holds, its Status the refusal)? See inputs.refused_line_hash.
    A workbook written before the line was kept whole has the row's fields spread across its
    cells and no stamps at all: such a row is refused too (which piece is the text is not known)
    until its Status cell is emptied, as the summary says.
    (refused22) A row whose Text hash is its line's stays refused whatever its Status cell says
    (emptied, or typed over): the text cell is still the refused line, never an article to score;
    editing the text cell (each field in its own cell) is what lets it be scored."""
    if stamps[0] not in (None, ""):
        return False
    if stamps[2] not in (None, ""):
        return stamps[2] == refused_line_hash(text)
    if not isinstance(status, str) or not status.startswith(REFUSED_PREFIX):
        return False
    return stamps[1] in (None, "") and bool(REFUSED_FIELDS_RE.match(status))


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text))


def older_rules(stamp: Any, version: str) -> dict[str, tuple[str, str]]:
    """(sheets30) What of a row's "Scored with" `stamp` is older than this xlplugin's `version`
    (both as `engine.engine_version` writes them), by name ("xlplugin", "loaded_language",
    "text" ...) -> (its version, this one's); {} for a blank or unknown stamp, this one, or a
    stamp with any part newer (`newer_parts` says that)."""
    if not isinstance(stamp, str) or "+" not in stamp or stamp == version or newer_parts(stamp, version):
        return {}

    def parts(text: str) -> tuple[str, dict[str, int]]:
        package, _, rules = text.partition("+")
        named = dict((m.group(1), int(m.group(2))) for m in map(re.compile(r"([a-z_]+?)(\d+)$").match, rules.split("."))
                     if m)
        return package.strip(), named

    (their_package, theirs), (our_package, ours) = parts(stamp), parts(version)
    older = {"xlplugin": (their_package, our_package)} if their_package != our_package and re.match(r"\d", their_package) else {}
    older.update((name, (str(number), str(ours[name]))) for name, number in theirs.items() if name in ours and number < ours[name])
    return older


def older_rules_words(rules: dict[str, tuple[str, str]]) -> str:
    """(sheets30) "loaded_language 85 → 86, provenance 87 → 88": `older_rules` in words, in the
    order the stamp names them (the text preparation is "text", the kinds "kinds")."""
    return ", ".join(f"{name} {theirs} → {ours}" for name, (theirs, ours) in rules.items())


def newer_parts(stamp: Any, version: str) -> str:
    """What of a row's "Scored with" `stamp` is newer than this xlplugin's `version` (both as
    `engine.engine_version` writes them, "0.1.0+text17.sentiment5..."), in words ("xlplugin 0.2.0;
    this one is 0.1.0", "sentiment rules version 6; this one has 5"), or "" when nothing is: a blank or
    unknown stamp, an older one, or this one."""
    if not isinstance(stamp, str) or "+" not in stamp or stamp == version:
        return ""

    def parts(text: str) -> tuple[tuple[int, ...] | None, dict[str, int]]:
        package, _, rules = text.partition("+")
        numbers = re.match(r"(\d+(?:\.\d+)*)", package.strip())
        named = dict((m.group(1), int(m.group(2))) for m in map(re.compile(r"([a-z_]+?)(\d+)$").match, rules.split("."))
                     if m)
        return (tuple(int(n) for n in numbers.group(1).split(".")) if numbers else None), named

    (theirs, their_rules), (ours, our_rules) = parts(stamp), parts(version)
    if theirs is not None and ours is not None and theirs > ours:
        return f"xlplugin {stamp.partition('+')[0]}; this one is {version.partition('+')[0]}"
    newer = [f"{name.replace('_', ' ')} rules version {number}; this one has {our_rules[name]}"
             for name, number in their_rules.items() if name in our_rules and number > our_rules[name]]
    return ", ".join(newer)


def with_earlier_reason(status: str, span: RowSpan, owned: dict[str, int]) -> str:
    """The Status of a row that keeps its earlier scores, with what its earlier Status said of
    them where they hold no index ("no index: not an article (...)"); `status` as it is
    otherwise. A Status written so by an earlier refresh passes its reason on unchanged (a second
    refresh writes the same Status, and so leaves the row as it is)."""
    if span.values.get(owned[layout.SCORE_HEADERS[0]]) not in (None, ""):
        return status  # (an index: the row's Why says what moved it)
    old = span.values.get(owned[layout.SCORE_HEADERS[-1]])
    if not isinstance(old, str) or not old.strip():
        return status
    reason = old.partition(EARLIER_SAID)[2] if old.startswith(NOT_REFRESHED) else old
    reason = with_id_note(reason, "")  # (the note on a shared id is written after, as it is now)
    if not reason:
        return status
    return (status if status.endswith(EARLIER_RUN) else status + EARLIER_RUN) + EARLIER_SAID + reason


def had_scores(span: RowSpan, owned: dict[str, int]) -> bool:
    """Does a row show scores from an earlier run: an index, or (a page that is not an article,
    a text too short for the index: no index, and signals all the same) a signal or a kind? (A Kind
    cell that says why a row has none, hunt51's "not scored", is no score: lead, session 40.)"""
    shown = (layout.SCORE_HEADERS[0], *layout.SIGNAL_HEADER.values())
    if any(span.values.get(owned[h]) not in (None, "") for h in shown if h in owned):
        return True
    return KIND_HEADER in owned and kind_of_cell(span.values.get(owned[KIND_HEADER])) is not None


def edited_message(item: Record, shown_column: str, table_text_column: str | None) -> str:
    """The Status of a row read from its file whose text cell was edited: why its scores stay, and
    both ways out. In a folder of files, emptying the file cell makes the row read its text cell;
    where the pages' text has a column of its own (a folder that also holds a table), the row
    reads the table's text column instead, so the user's text goes there."""
    start = (f"the text cell (column {shown_column!r}) was edited, but this row reads its text from the file "
             f"{cell_display(item.columns.get(item.path_column or '')) or item.text_file}: to score your text, ")
    if table_text_column is None:
        return start + f"empty the row's {item.path_column!r} cell; to go back to the file's scores, empty the text cell"
    return start + (f"put it in the row's {table_text_column!r} cell (the row is then scored from that cell); "
                    f"to go back to the file's scores, empty the {shown_column!r} cell")


def showed_page_text(status: Any) -> bool:
    """Did a row's Status say its page's text cell was edited (see `edited_message`)? Where only
    some rows show their page's text (a folder that also holds a table), such a row, once its
    cell is emptied and it is scored again, gets its page's text in the cell again."""
    return isinstance(status, str) and status.startswith(NOT_REFRESHED) and ") was edited, but this row reads" in status


def same_as_sheet(row: RowPlan, owned: dict[str, int]) -> bool:
    """Are a row's new owned values those its cells hold already? Then it is not rewritten (the
    Status of a row that still cannot be read, or still keeps its earlier scores for the same
    reason). Only cells the refresh read are compared; one it did not read (the Why) counts as
    the same only when the new value is empty and the row holds no scores or stamps at all (a row
    never scored: its Why was written empty)."""
    assert row.values is not None
    read = {layout.SCORE_HEADERS[0], layout.SCORE_HEADERS[-1], KIND_HEADER, *layout.SIGNAL_HEADER.values(),
            *layout.STAMP_HEADERS, layout.EVIDENCE_COUNT_HEADER}  # (the cells refresh._read_documents reads)
    unread = []
    for header, value in zip(layout.OWNED_HEADERS, row.values):
        column = owned.get(header)
        if value is UNCHANGED or column is None:
            continue
        if header not in read:
            unread.append(value)
        elif _cell_value(row.span.values.get(column)) != _cell_value(value):
            return False
    return all(v in (None, "") for v in unread)


def _cell_value(value: Any) -> Any:
    return None if value == "" else value


def same_text(a: str, b: str) -> bool:
    # (line ends as a workbook keeps them: XML reads a carriage return as a line feed; and
    # accents composed or not: a cell written before texts were normalised at the input)
    return a == b or shown_text(a) == shown_text(b)


def edited_cell(item: Record, column: str, old_hash: Any, furniture: frozenset[str]) -> bool:
    """Was the text cell of a row read from its file edited since the row was scored? The cell
    shows the file's text (as a cell keeps it); an empty cell is not an edit (the file is read,
    and the cell written again when the file changed). A cell that differs from the file is the
    user's edit when the file is as it was scored (its hash is the row's stamp), and also when the
    file changed and the cell is not the text that was scored either (both were edited: the
    refresh would otherwise overwrite the user's text with the file's)."""
    cell = item.columns.get(column)
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return False
    shown = cell if isinstance(cell, str) else cell_display(cell)
    if same_text(shown, safe_text(item.text)):
        return False

    def digest(text: str) -> str:
        return text_digest(text, item.title, item.url, item.outlet, item.author, item.date, item.page_type, furniture)

    if old_hash == digest(item.text):
        return True
    return not (CUT_RE.search(shown) or old_hash == digest(shown))


def _plan_unreadable(row: RowPlan, item: Record | Problem, owned: dict[str, int], counts: PlanCounts) -> None:
    """A row whose text cannot be read now. Where it names a file that is gone or cannot be read,
    its old scores are kept with a Status saying why (the text they score may come back). Where
    its text cell holds no text now (a web address, a number, a formula with no saved value), the
    text those scores were for is gone from the row: it gets what `score` writes for that cell,
    no scores and the reason in its Status, as an emptied cell gets no scores either."""
    problem = row.item
    assert isinstance(problem, Problem)
    message = problem.message.removeprefix(f"{problem.source}: ")
    file_problem = isinstance(item, Problem) and item.kind != "cell"
    if file_problem and (row.new or not (had_scores(row.span, owned) or last_index(row.span, owned) is not None)):
        message = never_read_message(message)  # (hunt39a) never scored: its file is not "gone since it was scored"
    if isinstance(item, Problem) and item.kind == "unreadable":
        counts.unreadable += 1  # the file it names is there, but could not be read (a binary, too large)
    elif file_problem:
        counts.missing += 1  # the file it names is not there
    else:
        counts.failed += 1
        counts.no_text_rows.append((row.span.number, message))
    if file_problem and item.kind != "unreadable" and message.startswith(FILE_GONE + ":") and not row.new \
            and (had_scores(row.span, owned) or last_index(row.span, owned) is not None):
        _plan_gone(row, message, owned, counts)
        _note_file_row(row, item, owned, counts, "gone")
        return
    if not file_problem or row.new or row.span.values.get(owned[layout.SCORE_HEADERS[0]]) in (None, ""):
        row.values = owned_values(None, problem=message)
        row.keep_evidence = False
        status = row.values[layout.OWNED_HEADERS.index(layout.SCORE_HEADERS[-1])]
        if file_problem:  # (no earlier scores to keep: a new row, or one never scored)
            counts.unscored_files += 1
        if not file_problem and not row.new and row.span.values.get(owned[layout.SCORE_HEADERS[-1]]) == status:
            counts.failed_before += 1  # (its Status said so after an earlier run: not a new problem)
            counts.said_before_rows.append(row.span.number)
    else:
        row.values = kept_values(row.span, owned, f"{NOT_REFRESHED} ({message}); the scores shown are from an earlier run")
    if file_problem:
        _note_file_row(row, item, owned, counts, "unreadable" if item.kind == "unreadable" else "missing")


def _note_file_row(row: RowPlan, item: Record | Problem, owned: dict[str, int], counts: PlanCounts, kind: str) -> None:
    """(hunt38a) A row whose file is not found or cannot be read, named in the summary by its row
    number and the file cell as typed; said before when its Status already said the same after an
    earlier run (nothing new: the exit status does not count it)."""
    status_col = owned[layout.SCORE_HEADERS[-1]]
    status = row.values[layout.OWNED_HEADERS.index(layout.SCORE_HEADERS[-1])] if row.values is not None else None
    cell = item.columns.get(item.path_column) if isinstance(item, Problem) and item.path_column else None
    shown = cell_display(cell).strip() if cell not in (None, "") else (item.source if isinstance(item, Problem) else "")
    said = not row.new and status not in (None, "", UNCHANGED) and row.span.values.get(status_col) == status
    counts.file_rows.append((row.span.number, shown, kind, said))


# (resume33) What the Status of a row whose file is gone says of the scores it no longer shows.
LAST_SCORES = "the last run that read it gave it index {index}"
CLEARED = "its scores are cleared, as they are not current: they come back when the file does"
_LAST_SCORES_RE = re.compile(r"the last run that read it gave it index ([0-9.]+)")


def gone_status(message: str, last_index: Any, same_text: str = "") -> str:
    """(resume33) The Status of a row whose file is gone from its folder: what happened, the index
    it had (in words only: never a number a user could take for today's), that its scores are
    cleared, and where a file not in the workbook holds the same text (`same_text`), how to follow it."""
    last = f"{LAST_SCORES.format(index=last_index)}; " if last_index not in (None, "") else ""
    follow = (f"; {same_text!r} holds the same text and no row names it: write that in this row's file cell "
              "to follow it") if same_text else ""
    return f"not scored: {message}{follow}; {last}{CLEARED}"


def last_index(span: RowSpan, owned: dict[str, int]) -> Any:
    """(resume33) The index a row showed, or that its Status says it had (a row cleared by an
    earlier refresh, its file still gone)."""
    index = span.values.get(owned[layout.SCORE_HEADERS[0]])
    if isinstance(index, (int, float)) and not isinstance(index, bool):
        return f"{index:g}"
    found = _LAST_SCORES_RE.search(str(span.values.get(owned[layout.SCORE_HEADERS[-1]]) or ""))
    return found.group(1) if found else None


def _plan_gone(row: RowPlan, message: str, owned: dict[str, int], counts: PlanCounts) -> None:
    """(resume33) A row whose file is gone from a folder that is still there (renamed, moved or
    deleted): its scores are cleared, not kept as if current (they were read as today's, and
    counted in the Overview), its Evidence rows and stamps go (the file put back is scored again),
    and its Status says what happened and the index it had. (Where the folder itself is
    not there, the workbook moved away from its files: every row keeps its scores, as before.)"""
    counts.gone += 1
    values = owned_values(None, problem="")
    values[layout.OWNED_HEADERS.index(layout.SCORE_HEADERS[-1])] = gone_status(message, last_index(row.span, owned))
    row.values = values
    row.keep_evidence = False


def apply_id_notes(rows: Sequence[RowPlan], notes: Sequence[str], owned: dict[str, int]) -> None:
    """Each readable row's Status says which other rows use its id (inputs.distinct_ids), as
    `score` writes it, and says so no more once the id is its own again: a row to score gets the
    note with its new Status (`RowPlan.id_note`); a row that keeps its scores gets only its Status
    rewritten, where the note changed."""
    status_col = owned[layout.SCORE_HEADERS[-1]]
    at = layout.OWNED_HEADERS.index(layout.SCORE_HEADERS[-1])
    for row, note in zip(rows, notes):
        if not isinstance(row.item, Record):
            continue
        if row.rescore:
            row.id_note = note
        elif row.values is not None:
            if isinstance(row.values[at], str):
                row.values[at] = with_id_note(row.values[at], note)
        else:
            status = row.span.values.get(status_col)
            if isinstance(status, str) and with_id_note(status, note) != status:
                row.values = kept_values(row.span, owned, with_id_note(status, note))
                row.status_only = True


def problem_statuses(rows: Sequence[RowPlan], owned: dict[str, int]) -> dict[int, str]:
    """The Status of each row that cannot be read now, by its row number, as the Documents sheet
    will hold it (for the Read sheet, which shows it in the text's place)."""
    status_col = owned[layout.SCORE_HEADERS[-1]]
    at = layout.OWNED_HEADERS.index(layout.SCORE_HEADERS[-1])
    statuses = {}
    for row in rows:
        if isinstance(row.item, Problem):
            new = row.values[at] if row.values is not None else UNCHANGED
            status = row.span.values.get(status_col) if new is UNCHANGED else new
            if isinstance(status, str) and status:
                statuses[row.span.number] = status
    return statuses


def row_cells(row: RowPlan, owned: dict[str, int]) -> tuple[Any, Any, Any]:
    """(hunt31) A row's Why, Status and Kind cells as the Documents sheet will hold them (None for
    a column the sheet does not have), for the Read sheet's mark of them (typed_cells)."""
    def value(header: str) -> Any:
        if header not in owned:
            return None
        if row.values is not None:
            new = row.values[layout.OWNED_HEADERS.index(header)]
            if new is not UNCHANGED:
                return new
        return row.span.values.get(owned[header])

    return value(layout.SCORE_HEADERS[-2]), value(layout.SCORE_HEADERS[-1]), value(KIND_HEADER)


def row_scores(row: RowPlan, owned: dict[str, int]) -> tuple[Any, dict[str, Any], str, str | None]:
    """A row's index, signal values, text hash and document kind as the Documents sheet will
    hold them (the kind None where the sheet has no Kind column)."""
    def value(header: str) -> Any:
        if row.values is not None:
            new = row.values[layout.OWNED_HEADERS.index(header)]
            if new is not UNCHANGED:
                return new
        return row.span.values.get(owned[header])

    signals = {name: value(header) for name, header in layout.SIGNAL_HEADER.items()}
    kind = kind_of_cell(value(KIND_HEADER)) if KIND_HEADER in owned else None  # (without the "(no cue)" mark)
    # (refused22) a refused CSV line's Text hash is its line's, not a scored text's: its Read row
    # gets none, as `score` writes it, so that no later refresh takes the row for one removed
    text_hash = "" if row.refused_before else value(layout.STAMP_HEADERS[2])
    return value(layout.SCORE_HEADERS[0]), signals, text_hash, kind
