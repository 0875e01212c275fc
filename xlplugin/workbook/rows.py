"""The values of the rows xlplugin owns, built the same way by the writer and by the refresh: the
score block of a Documents row, the Evidence rows of one document, the Overview table.
"""

from __future__ import annotations

import math
import re
from typing import Any, Iterable

from ..cells import KIND_HEADER, NOTE_LEAD, SCORED_WITH_NOTES, safe_text, score_row, status_cell, status_notes, why_with_notes
from ..kind_shown import DEFAULT_KIND_CUES, NO_CUE_MARK, kind_label, kind_of_label
from .. import registry
from ..types import MORE_RELIABLE, DocumentResult
from . import layout
from .layout import BANDS, EVIDENCE_PER_SIGNAL, NOT_FOUND_KIND
from .cell_xml import column_letter, encode_xstring, xml_text
from .read_sheet import text_lines
from .text_styles import TextStyles, row_height_attributes, style_attribute, wrapped_lines

__all__ = ["owned_values", "NOTE_LEAD", "SCORED_WITH_NOTES", "evidence_rows", "evidence_count", "WHY_AT", "STATUS_AT", "TEXT_HASH_AT", "evidence_row_xml", "overview_rows", "weight_rows", "WEIGHTS_TITLE", "IN_INDEX", "NOT_IN_INDEX", "INDEXED", "NOT_INDEXED", "band_label", "kind_cell", "kind_of_cell",
           "DEFAULT_KIND_CUES", "NO_CUE_MARK"]

# The Kind cell: the kind as a person reads it, "news report (no cue)" where no cue decided it, as
# the terminal table shows it (one function: xlplugin/kind_shown.py), read back by a refresh.
kind_cell, kind_of_cell = kind_label, kind_of_label


# (book45) A row's notes (how its text was read, what its page left out, a source not rated, the
# text cut to fit its cell) are written in its Why, each on a line of its own under what moved the
# index, beginning so; its Status stays short. Before, the Status (26 wide) held them all and a
# scored row was as tall as a page. A refresh reads a note from the Why or the Status (a workbook
# written before: see cut_cells, rich_cells).


def owned_values(result: DocumentResult | None, problem: str = "", extra_status: str = "",
                 notes: Iterable[str] = ()) -> list[Any]:
    """Index, each signal's native value, why, status, then the three stamps and the number of
    the document's own Evidence rows (`evidence_count`), for one row. `notes`: how the row's text
    was read (not UTF-8, a page of several articles, cut to fit its cell), written in the Why of a
    row the engine read (`NOTE_LEAD`), else in the Status; `extra_status`: what the Status says
    besides (an id other rows use too, what a refresh did, words typed over a cell)."""
    notes = [n for n in notes if n]
    if result is None:
        values: list[Any] = [None] * len(layout.SCORE_HEADERS)
        values[-1] = status_cell(None, problem)
        values[layout.SCORE_HEADERS.index(KIND_HEADER)] = kind_cell(None)  # (hunt51: "not scored", not a blank)
        return values + [None, None, None, None]
    values = score_row(result)
    values[layout.SCORE_HEADERS.index(KIND_HEADER)] = kind_cell(result)
    # (the Status as --json and a Dask part give it: cells.status_cell)
    values[-1] = status_cell(result, notes=notes)
    if result.stamp:  # (read by the engine: its Why holds the notes; a row not read keeps its whole reason in the Status)
        values[-2] = why_with_notes(values[-2] or "", (status_notes(result) if result.reliability is not None else []) + notes)
    if extra_status:
        values[-1] = f"{values[-1]}; {extra_status}"
    values[-2] = safe_text(values[-2])
    values[-1] = safe_text(values[-1])
    stamp = result.stamp
    values += [stamp.get("version"), stamp.get("settings"), stamp.get("text"), evidence_count(result)]
    assert len(values) == len(layout.OWNED_HEADERS)
    return values


# Where the Why, the Status and the Text hash are in a row's owned values (a refused CSV line's
# Text hash is its line's).
WHY_AT, STATUS_AT = len(layout.SCORE_HEADERS) - 2, len(layout.SCORE_HEADERS) - 1
TEXT_HASH_AT = len(layout.SCORE_HEADERS) + 2


def evidence_count(result: DocumentResult, limit: int = EVIDENCE_PER_SIGNAL) -> int:
    """(evid25) How many rows `evidence_rows` gives this result, counted without making them: the
    Documents row's "Evidence rows" cell, which a refresh compares with the rows it finds."""
    count = len(result.kind_cues)
    for name in registry.names():
        signal = result.signals.get(name)
        if signal is None:
            continue
        found = sum(1 for item in signal.evidence if not _absent(item))
        count += min(found, limit) + (found > limit) + (found < len(signal.evidence))
    return count


def _absent(item: Any) -> bool:
    # Provenance states every cue it checked; one that was not found is not `present`.
    return not item.present


# What a loaded-language item means, for its Detail cell where the signal gives none (the words
# themselves are the evidence; the cell said nothing, and a reader could not tell why "you" was
# listed or whether it counted).
LOADED_DETAILS = {  # (each fits one line of the Detail column)
    "emotive": "emotive word: a loaded term",
    "derogatory": "derogatory label: a loaded term",
    "doubt": "casts doubt (so-called, alleged): a loaded term",
    "editorial": "the author's comment (obviously): a loaded term",
    "exaggeration": "exaggeration or absolute: a loaded term",
    "exclamation": "exclamation: a loaded term",
    "attribution": "loaded verb of saying (admitted): a loaded term",
    "scare quote": "quotation marks casting doubt: a loaded term",
    "first person": "the author's own voice (I, we): in the index",
    "rhetorical question": "the author's own question: in the index",
    "reader address": "the author speaks to the reader: not in the index",
}
QUOTED_DETAIL = "inside a quotation: not counted against the author"


def shown_detail(signal: str, kind: str, detail: str) -> str:
    """The Detail cell of an Evidence row: the signal's own detail, else what its kind means."""
    if detail or signal != "loaded_language":
        return detail
    if kind.startswith("quoted"):
        return QUOTED_DETAIL
    return LOADED_DETAILS.get(kind, "")


def evidence_rows(doc_id: str, result: DocumentResult, limit: int = EVIDENCE_PER_SIGNAL,
                  read_sheet: bool = True) -> Iterable[list[Any]]:
    """One row per evidence item: document id, signal, kind, text, start, end, detail, text hash.
    At most `limit` items per signal; a further row says how many more there were (`more_text`:
    `read_sheet`, whether the workbook has a Read sheet that marks them). Cues checked
    and not found (provenance lists each) share one row per document and signal: listing each
    on its own row doubled the sheet and said less at a glance."""
    text_hash = result.stamp.get("text", "")
    # cut as the Documents sheet cuts it, so the two still match (a refresh joins them on it)
    doc_id = safe_text(str(doc_id))
    shown = layout.EVIDENCE_SIGNAL  # (the Signal cell: the Documents header's words, not the code name)
    for name in registry.names():
        signal = result.signals.get(name)
        if signal is None:
            continue
        found = [item for item in signal.evidence if not _absent(item)]
        missing = [item for item in signal.evidence if _absent(item)]
        for item in found[:limit]:
            # A cue shown by metadata has no place in the text: no start or end then. The text is
            # as it is in the document (line breaks and runs of spaces kept): the text cell's
            # [Start:End] is exactly this cell.
            where = (item.start, item.end) if item.text else (None, None)
            yield [doc_id, shown[name], item.kind, safe_text(item.text), *where,
                   safe_text(shown_detail(name, item.kind, item.detail)), text_hash]
        if len(found) > limit:
            yield [doc_id, shown[name], "(more)", more_text(registry.info(name), found[limit:], read_sheet), None, None,
                   f"only the first {limit} items per signal are listed", text_hash]
        if missing:
            yield [doc_id, shown[name], NOT_FOUND_KIND, None, None, None, safe_text(_missing_text(missing)), text_hash]
    # The cues that decided the document's kind (they are about the whole document: no offsets).
    for cue in result.kind_cues:
        yield [doc_id, shown["kind"], result.kind, None, None, None, safe_text(cue), text_hash]


# (book47) A "(more)" row's end in a workbook with no Read sheet: where the items can be seen instead.
NO_READ_SHEET = ("; this workbook has no Read sheet to mark them in the document's text: "
                 "`xlplugin score BOOK.xlsx -o NEW.xlsx` writes one")


def more_text(info: Any, left: list[Any], read_sheet: bool = True) -> str:
    """The text of a "(more)" row: how many evidence items of a signal are `left` out of the list,
    and where they are marked (print46: it said "... and 1 more evidence items not listed", and
    not that the Read sheet marks each one in its document's text). An item is marked there when
    its signal marks its kind (SignalInfo.mark) and it has words in the text. (book47) In a
    workbook with no Read sheet (`read_sheet` False: deleted, and a refresh could not make it
    again) the row says so and what writes one, not that a sheet that is not there marks them."""
    count = len(left)
    said = _more_said(count)
    if not read_sheet:
        return said + NO_READ_SHEET
    marked = sum(1 for item in left if info.mark is not None and item.text and info.mark(item))
    if marked == count:
        return said + ("; it is" if count == 1 else "; each is") + " marked in the document's text on the Read sheet"
    if marked:
        return said + f"; {marked} of them {'is' if marked == 1 else 'are'} marked in the document's text on the Read sheet"
    return said + (" (the Read sheet does not mark it)" if count == 1 else " (the Read sheet does not mark them)")


def _more_said(count: int) -> str:
    return f"... and {count} more evidence item{'s' if count != 1 else ''} not listed here"


# (book48) A "(more)" row's text as this and earlier versions wrote it ("... and 1 more evidence
# items not listed" before print46): its count is read again to write it with no Read sheet.
MORE_TEXT_RE = re.compile(r"\.\.\. and (\d+) more evidence items? not listed\b")


def more_text_without_read(text: str) -> str | None:
    """(book48) A kept "(more)" row's text in a workbook that has no Read sheet (any more): the
    same count, and no word of a sheet that is not there; None where `text` is no "(more)" text
    (a cell the user wrote) or already says so."""
    found = MORE_TEXT_RE.match(text)
    if found is None or text.endswith(NO_READ_SHEET):
        return None
    return _more_said(int(found[1])) + NO_READ_SHEET


def _missing_text(missing: list[Any]) -> str:
    """The cues checked and not found, in words: good signs missing, then warning signs absent."""
    good = [item.kind for item in missing if item.polarity == MORE_RELIABLE]
    warning = [item.kind for item in missing if item.polarity != MORE_RELIABLE]
    parts = []
    if good:
        parts.append("good signs not found: " + ", ".join(good))
    if warning:
        parts.append("warning signs not found (good): " + ", ".join(warning))
    return "; ".join(parts)


# Column references of the Evidence sheet's cells, as bytes ("A" .. "H").
_LETTERS = [column_letter(col) for col in range(1, 27)]
# The Evidence columns' widths (the id's as the narrowest it gets), for a wrapped cell's lines.
DETAIL_COLUMN = layout.EVIDENCE_HEADERS.index("Detail")  # (from 0)
# Columns whose long text wraps (its row as tall as its lines): the evidence text and the Detail.
WRAPPED_COLUMNS = (layout.EVIDENCE_HEADERS.index("Evidence text"), DETAIL_COLUMN)
# The lines an Evidence row shows at most: all a row can (409 points). At 8, a longer text (a
# passage shared with another row) was drawn by LibreOffice up over the rows above it.
EVIDENCE_MAX_LINES = 27
_WIDTHS = (16, *layout.EVIDENCE_WIDTHS) + (16,) * (26 - 1 - len(layout.EVIDENCE_WIDTHS))


def evidence_row_xml(number: int, values: list[Any], styles: TextStyles | None) -> bytes:
    """One Evidence row as worksheet XML, written directly (openpyxl costs ~20 times more per
    cell, and the sheet has ~10 rows per document). Every cell carries its reference (r="B7"):
    ECMA-376 makes it optional, but Gnumeric reads no cell without one. A refresh that moves a
    row rewrites the row's number in the row and in its cells' references.
    Text is an inline string, so it is never a formula and the shared strings are not touched;
    text a spreadsheet would read as a formula when edited gets the quote prefix, and text of more
    than one line wrapped text (`styles`, the workbook's formats for them: text_styles), and its
    row the height of its lines (LibreOffice does not grow a row to fit); a literal "_xHHHH_" is
    escaped (encode_xstring)."""
    while values and values[-1] in (None, ""):
        values = values[:-1]
    cells = []
    row = str(number)
    lines = 1  # of the tallest wrapped cell (a text of several lines)
    plain = []  # cells with no format, and whether each holds text (a tall row puts them at its top)
    for col, value in enumerate(values):
        ref = _LETTERS[col] + row
        if value is None or value == "":
            cells.append(f'<c r="{ref}"/>')
        elif isinstance(value, bool):
            cells.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
            plain.append((len(cells), False))
            cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
        else:
            text = str(value)
            style = style_attribute(text, styles)
            if styles is not None and styles.wrap is not None:
                if "\n" in text:
                    lines = max(lines, wrapped_lines(text, _WIDTHS[col]))
                elif col in WRAPPED_COLUMNS and len(text) > _WIDTHS[col] and (long_lines := text_lines(text, _WIDTHS[col])) > 1:
                    # (a long Detail or evidence text wraps: the Detail is the last printed column,
                    # and ran off the page; the evidence text was cut at the Detail's edge)
                    style = f' s="{styles.wrap}"'
                    lines = max(lines, long_lines)
            if not style:
                plain.append((len(cells), True))
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            cells.append(f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{xml_text(encode_xstring(text))}</t></is></c>')
    if lines > 1 and styles is not None and styles.top is not None:
        # (a tall row: its id, signal and type at the top, level with the first line of its Detail)
        for at, text in plain:
            cells[at] = cells[at].replace(">", f' s="{styles.quote if text else styles.top}">', 1)
    height = row_height_attributes(lines, EVIDENCE_MAX_LINES) if lines > 1 else ""
    return f'<row r="{row}"{height}>{"".join(cells)}</row>'.encode()


# The Overview's counts under the bands (`overview_rows`).
INDEXED = "Documents with an index (the bands above)"
NOT_INDEXED = "Documents with no index (not scored, or scored without an index: see Status)"
# (book49) the mean says its scale and which way is better, as the index's own header does: a bare
# "87.0" leaves a reader to guess whether it is out of 10 or 100 and whether high is good
AVERAGE_INDEX = "Average reliability index (0-100, higher = more reliable)"


def band_label(low: int, high: int) -> str:
    return f"{low}-{high}" if high < 100 else f"{low}-{high} (incl. 100)"


# (pasted30) The Overview's lines on the files of the folders given that `score` did not read (a
# type it does not read, a news feed, a workbook): a count, then each file with its reason, so that
# a reader of the workbook learns that documents were left out, not only the terminal's stderr.
NOT_READ_TITLE = "Files not read (not in this workbook; the reason after each name)"
NOT_READ_SHOWN = 30  # files named one a line; more are counted in one line


def not_read_rows(not_read: Iterable[tuple[str, str]]) -> list[list[Any]]:
    """The Overview's rows naming the files not read, each "name: reason" (none when every file
    was read): a blank row, the count beside NOT_READ_TITLE, then a line a file."""
    files = list(not_read)
    if not files:
        return []
    rows: list[list[Any]] = [[None, None], [NOT_READ_TITLE, len(files)]]
    rows += [[f"{name}: {reason}", None] for name, reason in files[:NOT_READ_SHOWN]]
    if len(files) > NOT_READ_SHOWN:
        rows.append([f"and {len(files) - NOT_READ_SHOWN} more", None])
    return rows


def overview_rows(indexes: Iterable[float | None], weights: dict[str, float] | None = None,
                  not_read: Iterable[tuple[str, str]] = ()) -> list[list[Any]]:
    """The Overview table: documents per reliability band, then totals; the files not read
    (`not_read_rows`, pasted30); with `weights` (the settings the rows were scored with), then
    each signal's weight in the index (`weight_rows`)."""
    counts = [0] * len(BANDS)
    scored: list[float] = []
    unscored = 0
    for value in indexes:
        if value is None or not isinstance(value, (int, float)):
            unscored += 1
            continue
        scored.append(float(value))
        band = min(int(value // 10), len(BANDS) - 1)
        counts[max(band, 0)] += 1
    rows: list[list[Any]] = [[band_label(low, high), count] for (low, high), count in zip(BANDS, counts)]
    rows.append([None, None])
    # "With an index", the words of the Outlets sheet's count: the bands above add up to it. A row
    # scored without an index (too few words, not an article) is counted with those not scored.
    rows.append([INDEXED, len(scored)])
    rows.append([NOT_INDEXED, unscored])
    rows.append([AVERAGE_INDEX, round(sum(scored) / len(scored), 1) if scored else None])
    return rows + not_read_rows(not_read) + (weight_rows(weights) if weights is not None else [])


# Said on the Overview of a column whose weight is 0: shown like the others (with no colour), but the
# index leaves it out (a user who gives it a weight in the Settings sheet sees this change on refresh).
# (book51) Each weight says what it is out of ("weight 5 of 10"): a reader new to the book read
# "weight 5" with no whole to read it against; a row where a column could not be scored has the
# others' weights only (index.py renormalises), which the title says.
WEIGHTS_TITLE = ("Weight of each column in the index, out of {total:g} (a column not scored is left out; Settings sheet; "
                 "refresh after a change)")
IN_INDEX = "{header}: weight {weight:g} of {total:g}"
NOT_IN_INDEX = "{header}: weight 0, shown but not in the index"


def weight_rows(weights: dict[str, float]) -> list[list[Any]]:
    """The Overview's rows naming each signal column and its weight in the index, from the
    settings used: a column with weight 0 says that it is shown but not in the index. Each a line
    of text, in the first column (the second is the Documents count's: its number format is
    not a weight's)."""
    total = sum(weight for info in registry.infos() if (weight := weights.get(info.name, 0.0)) > 0)
    rows: list[list[Any]] = [[None, None], [WEIGHTS_TITLE.format(total=total), None]]
    for info in registry.infos():
        weight = weights.get(info.name, 0.0)
        line = (IN_INDEX if weight > 0 else NOT_IN_INDEX).format(header=info.header, weight=weight, total=total)
        # a weight that covers more than the column shows says so (loaded language: the voice too)
        line += f" ({info.weight_note})" if weight > 0 and info.weight_note else ""
        # (book51) a column whose header names no better end says which is (neither, for these)
        rows.append([line + (f"; {info.better_way}" if info.better_way else ""), None])
    return rows
