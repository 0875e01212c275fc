"""The summary line's counts of `xlplugin score`, in the words each row's Status uses.

A document whose signals were all scored but that got no index (too few words for it, not an
article, every index weight 0) is not "not scored": the summary counts it apart, with the reason
its Status gives, shortened ("40 without an index (too short: under 50 words)"), so that a user
does not look for a reading error among rows that only lack an index.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from .wording import counted

__all__ = ["CELL_LINE_START", "CELL_REASONS", "CUT_CELL", "FILE_CELL", "FORMULA_CELL", "ITEM_CELL", "MERGED_CELL", "OBJECT_CELL", "VALUE_CELL", "cell_reason", "counts_line", "cut_text_lines", "no_index_reason", "outside_table_lines", "problem_line", "quiet_counts_line", "run_counts", "same_text_line",
           "text_column_lines", "unscored_reason", "repeated_column_lines"]

_ROW_PLACE_RE = re.compile(r" (?:row|line) \d+$")
_TOO_SHORT_RE = re.compile(r"no index: \d+ words?; the index needs at least (\d+)")
_NO_INDEX = "no index: "


def _no_index_reason(note: str) -> str:
    """The short reason of a scored document's missing index, from its note (engine.score_document)."""
    short = _TOO_SHORT_RE.match(note)
    if short:
        return f"too short: under {short.group(1)} words"
    if note.startswith(_NO_INDEX):  # "not an article (its cues)", "every index weight is 0 (...)"
        return note[len(_NO_INDEX):].split(" (")[0].split(";")[0].strip()
    return note.split(";")[0].strip() or "no index"


def _without_index(results: Sequence[Any]) -> dict[str, int]:
    """How many results got no index though their text was scored, by reason, in words."""
    reasons: dict[str, int] = {}
    for result in results:
        reason = no_index_reason(result.note or "", result.reliability is not None)
        if reason:
            reasons[reason] = reasons.get(reason, 0) + 1
    return reasons


def no_index_reason(note: str, indexed: bool) -> str:
    """The short reason a scored row has no index, from its note; "" for a row with an index or
    one not scored."""
    if indexed or note.startswith("not scored"):
        return ""
    return _no_index_reason(note)


# Why a row was not scored, from its note (engine.score_document), in the summary's words; a
# table row whose text cell holds no text is NO_TEXT_CELL; a file that could not be read is
# UNREADABLE (not a document read). Both engines count with these (`counts_line`).
UNREADABLE, NO_TEXT_CELL = "unreadable", "with no text in the text cell"
# (loose22) A table row not scored because its title, url, outlet, date or author cell holds a
# formula with no saved value (`inputs.UNSAVED_META_END`) has its text: the summary says so, not
# "no text in the text cell", which would send the user to the wrong cell.
UNSAVED_META = "with a formula with no saved value in a title, url, outlet, date or author cell"
# (loose26) A table row whose text cell is covered by a merged cell that starts in a row above
# (`inputs.MergedCell`) is no text cell with no text: the merged text is one document, read once.
MERGED_CELL = "in a merged text cell read in its first row"
# (hunt39c) A text cell refused for what it holds rather than for holding no text: a text cut short
# (a workbook's cell cut to fit, a news service's "[+1834 chars]": `cells.CUT_TEXT`,
# `cells.SERVICE_CUT`) or a number or a date (a placeholder such as "N/A" stays "no text"; hunt40b: TRUE/FALSE, a time, a link below). Counted as "with no text in the
# text cell", the summary sent the user to look for a blank cell. Each of these, as NO_TEXT_CELL,
# sets `xlplugin score`'s exit status to 2 (CELL_REASONS); only the words are another's.
CUT_CELL = "with a text cut short in the text cell"
VALUE_CELL = "with a number or a date in the text cell instead of a text"
# (hunt40b) A TRUE/FALSE value (a logical cell, or the word written out in any language read), a
# time (a time cell, "14:30") and a web address alone were still counted "with no text in the text
# cell", as a blank cell is. A link alone is most likely the user's link to the article: said as one.
LOGICAL_CELL = "with a TRUE/FALSE value in the text cell instead of a text"
TIME_CELL = "with a time in the text cell instead of a text"
LINK_CELL = "with only a web address in the text cell (a link to the article, not its text)"
# (hunt53) A JSON record whose text field holds an object ({"text": {"body": ..., "lang": ...}}:
# inputs_jsonl.TEXT_OBJECT) has a text field, not an empty one: counted "with no text in the text
# cell", the summary sent the user to look for a blank field. Its exit status stays 2, as NO_TEXT_CELL's.
OBJECT_CELL = "with an object in the text field instead of a text"
# (hunt54) A text cell holding a file's name or path (inputs.FILE_NAME_IN_TEXT) was counted "with no
# text in the text cell", as a blank one: the summary sent the user to look for an empty cell.
FILE_CELL = "with a file name in the text cell (the file's name, not its text)"
# (hunt55) A JSON record whose text field holds a list with a value that is no text in it (["The
# council ...", 3]: inputs_jsonl.TEXT_ITEMS), counted apart as OBJECT_CELL is, not as a blank field.
ITEM_CELL = "with a list holding a value that is not a text in the text field"
# (hunt55) A text cell holding a formula with no saved value (a workbook written by a program and
# never opened in Excel: inputs.NO_SAVED_VALUE_MESSAGE) was counted "with no text in the text cell",
# as a blank one: the summary sent the user looking for an empty cell. Said as UNSAVED_META says it
# of the metadata cells, with what to do; its exit status stays 2, as NO_TEXT_CELL's.
FORMULA_CELL = ("with a formula Excel has not calculated yet in the text cell (no saved value: open and save the "
                "workbook in Excel or LibreOffice)")
CELL_REASONS = (NO_TEXT_CELL, VALUE_CELL, LOGICAL_CELL, TIME_CELL, LINK_CELL, FILE_CELL, OBJECT_CELL, ITEM_CELL, FORMULA_CELL,
                CUT_CELL)
# (hunt54) and a list of objects (inputs_jsonl.TEXT_OBJECTS), counted the same
_OBJECT_CELL_RE = re.compile(r'(?:^|: )the "[^"\n]*" field holds (?:an object \(\{|a list of objects \(\[\{)')
# (hunt56) a pandas frame's text cell holding a list, a mapping, a set or an array (`frame._container_cells`)
_CONTAINER_CELL_RE = re.compile(r"^columns? .*?: not text: (?:a list|a mapping|a set|an array) \(", re.DOTALL)
_ITEM_CELL_RE = re.compile(r'(?:^|: )the "[^"\n]*" field holds a list with .{1,30} in it \(item \d+: ')
_CUT_CELL_RE = re.compile(r"^columns? .*?: (?:not the whole text: it ends |a text cut to fit its cell )", re.DOTALL)
# (hunt56) and a duration (a time span Excel keeps as a number: "[h]:mm" cells; numpy's timedelta64)
_VALUE_CELL_RE = re.compile(r"^columns? .*?: not text: (?:a number|a date|a duration)$", re.DOTALL)
_LOGICAL_CELL_RE = re.compile(r"^columns? .*?: not text: (?:\S+, )?a TRUE/FALSE value$", re.DOTALL)
_TIME_CELL_RE = re.compile(r"^columns? .*?: not text: a time$", re.DOTALL)
# (hunt26b) A file or a Dask row refused whole as no text (only a web address, a number, JSON data:
# `refused_texts`) was counted as "other".
UNSCORED_REASONS = ((re.compile(r"not scored: column "), NO_TEXT_CELL), (re.compile(r"not scored: empty"), "empty"),
                    (re.compile(r"not scored: not text"), "not text"),
                    # (hunt54) a whole text that is a file's name (refused_texts.FILE_NAME): no text either
                    (re.compile(r"not scored: looks like a file name"), "not text"),
                    # (hunt52) data, not prose, and a text over refused_texts.MAX_WORDS words
                    (re.compile(r"not scored: not prose"), "not prose"),
                    (re.compile(r"not scored: too long"), "too long"),
                    (re.compile(r"not scored: language mixed"), "mixed language"),
                    (re.compile(r"not scored: language"), "not English"),
                    (re.compile(r"not scored: \d+ words?,"), "too short"), (re.compile(r"not scored"), "other"))
_REASON_ORDER = [NO_TEXT_CELL, VALUE_CELL, LOGICAL_CELL, TIME_CELL, LINK_CELL, FILE_CELL, OBJECT_CELL, ITEM_CELL, FORMULA_CELL, CUT_CELL, UNSAVED_META, MERGED_CELL] + [label for _, label in UNSCORED_REASONS[1:]]


def cell_reason(message: str) -> str:
    """The reason, in the summary's words, that a table row read as a Problem of kind "cell" was
    not scored: its text cell holds no text (NO_TEXT_CELL), or one of its metadata cells holds a
    formula with no saved value (UNSAVED_META), or (loose26) its text cell is covered by a merged
    cell read in a row above (MERGED_CELL), or (hunt39c) its text cell holds a cut text (CUT_CELL)
    or a number or a date (VALUE_CELL), or (hunt40b) a TRUE/FALSE value (LOGICAL_CELL), a time
    (TIME_CELL) or only a web address (LINK_CELL), or (hunt54) a file's name (FILE_CELL), or (hunt53) a JSON record's text field holds an
    object (OBJECT_CELL), or (hunt55) a list with a value that is no text (ITEM_CELL), or (hunt55) a formula
    with no saved value in its text cell (FORMULA_CELL)."""
    from .cells import WEB_ADDRESS
    from .inputs import FILE_NAME_IN_TEXT, MERGED_CELL_MARK, NO_SAVED_VALUE_MESSAGE, UNSAVED_META_END

    if UNSAVED_META_END in message:
        return UNSAVED_META
    if MERGED_CELL_MARK in message:
        return MERGED_CELL
    if message.endswith(": " + NO_SAVED_VALUE_MESSAGE) and message.startswith("column"):
        return FORMULA_CELL
    if _CUT_CELL_RE.match(message):
        return CUT_CELL
    if message.endswith(": " + WEB_ADDRESS) and message.startswith("column"):
        return LINK_CELL
    if message.endswith(": " + FILE_NAME_IN_TEXT) and message.startswith("column"):
        return FILE_CELL
    if _LOGICAL_CELL_RE.match(message):
        return LOGICAL_CELL
    if _TIME_CELL_RE.match(message):
        return TIME_CELL
    if _OBJECT_CELL_RE.search(message) or _CONTAINER_CELL_RE.match(message):
        return OBJECT_CELL
    if _ITEM_CELL_RE.search(message):
        return ITEM_CELL
    return VALUE_CELL if _VALUE_CELL_RE.match(message) else NO_TEXT_CELL


def unscored_reason(note: str) -> str | None:
    """The reason, in the summary's words, that a row with this note was not scored; None if it was.
    (hunt39c) A text cell's reason as `cell_reason` gives it (a Parquet row's note: a number, a cut text)."""
    label = next((label for pattern, label in UNSCORED_REASONS if pattern.match(note or "")), None)
    return cell_reason(note.removeprefix("not scored: ")) if label == NO_TEXT_CELL else label


def counts_line(documents: int, indexed: int, no_index: dict[str, int], unscored: dict[str, int], unreadable: int) -> str:
    """The summary's counts, the same words for both engines: "9 documents read, 3 scored, 1
    without an index (too short: under 25 words), 5 not scored (4 with no text in the text cell,
    1 not English), 0 unreadable". `documents`: the documents read (a file that could not be read
    is not one); `unscored`: the documents read and not scored, by reason."""
    without = ""
    if no_index:
        why = (next(iter(no_index)) if len(no_index) == 1
               else "; ".join(f"{n} {reason}" for reason, n in no_index.items()))
        without = f"{sum(no_index.values())} without an index ({why}), "
    shown = sorted(((why, n) for why, n in unscored.items() if n),
                   key=lambda pair: _REASON_ORDER.index(pair[0]) if pair[0] in _REASON_ORDER else len(_REASON_ORDER))
    because = " (" + ", ".join(f"{n} {why}" for why, n in shown) + ")" if shown else ""
    return (f"{counted(documents, 'document read', 'documents read')}, {indexed} scored, {without}"
            f"{sum(unscored.values())} not scored{because}, {unreadable} unreadable")


def unscored_counts(results: Sequence[Any], problems: Sequence[Any]) -> dict[str, int]:
    """The rows read and not scored, by reason: a table row whose text cell holds no text, or
    whose metadata cell holds a formula with no saved value (a reading problem of kind "cell",
    `cell_reason`), then each result not scored, by its note."""
    unscored: dict[str, int] = {}
    for problem in problems:
        if problem.kind == "cell":
            why = cell_reason(problem.message)
            unscored[why] = unscored.get(why, 0) + 1
    for result in results:
        why = unscored_reason(result.note or "") if result.reliability is None else None
        if why:
            unscored[why] = unscored.get(why, 0) + 1
    return unscored


def quiet_unscored_line(results: Sequence[Any], problems: Sequence[Any]) -> str:
    """--quiet's one line on the rows not scored, every one counted (calls21: it counted only the
    text cells with no text), by reason: "3 rows were not scored (1 with no text in the text
    cell, 1 empty, 1 not English): each says why in the output (its Status)"."""
    return quiet_counts_line(unscored_counts(results, problems))


def quiet_counts_line(unscored: dict[str, int]) -> str:
    """`quiet_unscored_line` of the rows not scored counted by reason (hunt56: a Dask run's
    `RunSummary.unscored`, less the files that could not be read, which are named)."""
    unscored = {why: n for why, n in unscored.items() if why != UNREADABLE}
    shown = sorted(((why, n) for why, n in unscored.items() if n),
                   key=lambda pair: _REASON_ORDER.index(pair[0]) if pair[0] in _REASON_ORDER else len(_REASON_ORDER))
    because = ", ".join(f"{n} {why}" for why, n in shown)
    return (f"{counted(sum(unscored.values()), 'row was', 'rows were')} not scored ({because}): "
            "each says why in the output (its Status)")


def run_counts(results: Sequence[Any], problems: Sequence[Any]) -> str:
    """The summary's counts of the default engine: documents read, scored (with an index), without
    an index (and why), not scored (by reason: a table row whose text cell holds no text, a text
    not in English ...), and unreadable (only the files, and rows' files, that could not be read)."""
    cells = sum(1 for p in problems if p.kind == "cell")
    unscored = unscored_counts(results, problems)
    indexed = sum(1 for r in results if r.reliability is not None)
    return counts_line(len(results) + cells, indexed, _without_index(results), unscored, len(problems) - cells)


def same_text_line(keys: Sequence[str | None], names: Sequence[str]) -> str:
    """(hunt53) The summary's line on the documents whose text is word for word another's (the same
    file under two names, a row twice in a CSV), each named with the first that holds it, in the
    same words for `score`, `score --engine dask` and `refresh`; "" where none is. `keys`: each
    document's `copies.text_key` (None for no text), `names`: how the run names each (its id)."""
    from .copies import same_keys

    pairs = same_keys(keys)
    if not pairs:
        return ""
    shown = [f"{names[this]}: same text as {names[first]}" for this, first in pairs[:5]]
    more = f" and {len(pairs) - 5} more" if len(pairs) > 5 else ""
    return (f"{counted(len(pairs), 'document has', 'documents have')} the same text as another, word for word "
            f"({'; '.join(shown)}{more}): each is scored and kept, so the text counts twice in any total")


# (hunt56) How `problem_line` starts the line of a table row not scored (not a file skipped).
CELL_LINE_START = "not scored: "


def problem_line(source: str, message: str, row_id: str, kind: str, kept: bool = True) -> str:
    """The stderr line for an input not scored. A table row whose text cell holds no text is kept
    (a row with no scores, its Status says why), so it is said as not scored, by the id the table
    shows and where it is; a file that could not be read is said as skipped. (sheets30) `kept`:
    False where no output is written (no row could be read), and the row is not said to be kept."""
    if kind == "cell":
        where = f"id {row_id} ({source})" if row_id else source
        line = f"{CELL_LINE_START}{where}: {message.removeprefix(f'{source}: ')}"
        return line + "; the row is kept with no scores and its Status says why" if kept else line
    return f"skipped {message}" if message.startswith(source) else f"skipped {source}: {message}"


def cut_text_lines(records: Sequence[Any]) -> list[str]:
    """A line naming the rows whose text cell held a text cut to fit it, read whole from the file
    the row names (`inputs.CUT_READ_NOTE`; a row naming no file is refused, and said as skipped)."""
    from .inputs import CUT_READ_NOTE

    places = [record.source for record in records if CUT_READ_NOTE in record.note]
    if not places:
        return []
    shown = ", ".join(places[:5]) + (", ..." if len(places) > 5 else "")
    return [f"{counted(len(places), 'row holds', 'rows hold')} a text cut to fit its cell ({shown}): the whole text "
            "was read from the file the row names, and the Status says so"]


def text_column_lines(records: Sequence[Any], text_option: str | None) -> list[str]:
    """A line for each table that has more than one column with a text column's name ("text" and
    "body"): which one the texts were read from (the first name in `inputs.TEXT_COLUMN_NAMES`
    order), and how to read the other. None where the user named the column (`text_option`)."""
    if text_option:
        return []
    lines: dict[str, str] = {}
    for record in records:
        table = _ROW_PLACE_RE.sub("", record.source)
        if not record.text_column or table in lines:
            continue
        lines[table] = other_text_columns_line(table, list(record.columns), record.text_column)
    return [line for line in lines.values() if line]


def other_text_columns_line(table: str, columns: Sequence[Any], read: str, option: str = "--text-column") -> str:
    """The line of `text_column_lines` for one table with `columns`, whose texts were read from
    the column `read` found by name; "" when no other column has a text column's name."""
    from .inputs import TEXT_COLUMN_NAMES, find_column

    others = [h for h in columns if h != read and isinstance(h, str) and find_column([h], TEXT_COLUMN_NAMES)]
    if not others:
        return ""
    return (f"{table}: the texts were read from the column {read!r}; "
            + ", ".join(repr(h) for h in others) + (" has" if len(others) == 1 else " have")
            + f" a text column's name too and {'was' if len(others) == 1 else 'were'} not read "
            f"(pass {option} NAME to read another)")


_NUMBERED_RE = re.compile(r" \(\d+\)$")  # (a repeated header, as `inputs.unique_headers` numbers it)


def repeated_column_lines(records: Sequence[Any]) -> list[str]:
    """(rows17) A line for each table with two or more columns of one name that a field is read
    from (id, title, URL, outlet, date, author: "url" and "url (2)", or "URL" and "url "): the
    first is read, the others are kept as they are and not read, which a user may not expect
    (an export that repeats its columns)."""
    from .inputs import (AUTHOR_COLUMN_NAMES, DATE_COLUMN_NAMES, ID_COLUMN_NAMES, OUTLET_COLUMN_NAMES,
                         TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, find_column)

    lines: dict[str, list[str]] = {}
    for record in records:
        table = _ROW_PLACE_RE.sub("", record.source)
        if table in lines or not record.columns:
            continue
        lines[table] = []
        groups: dict[str, list[str]] = {}
        for name in record.columns:
            if isinstance(name, str):
                groups.setdefault(" ".join(_NUMBERED_RE.sub("", name).lower().split()), []).append(name)
        for names in (ID_COLUMN_NAMES, TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, OUTLET_COLUMN_NAMES, DATE_COLUMN_NAMES,
                      AUTHOR_COLUMN_NAMES):
            read = find_column(list(record.columns), names)
            same = groups.get(" ".join(_NUMBERED_RE.sub("", read).lower().split()), []) if read else []
            if len(same) > 1:
                lines[table].append(f"{table}: {len(same)} columns could be the {names[0]} column "
                                    f"({', '.join(map(repr, same))}): {read!r} was read and the others were not; "
                                    "rename or remove the others if they hold what you meant")
    return [line for found in lines.values() for line in found]


def outside_table_lines(records: Sequence[Any]) -> list[str]:
    """A line naming every row whose file was not beside its table and was read from the folder
    the command ran in (`inputs.found_outside_table`): another file of the same name, maybe by
    chance, so each is named, not only counted."""
    from .inputs import OUTSIDE_TABLE_NOTE

    places = [record.source for record in records if OUTSIDE_TABLE_NOTE in record.note]
    if not places:
        return []
    return [f"{counted(len(places), 'row')} read {'its file' if len(places) == 1 else 'their files'} from the folder "
            f"you ran in, not from beside the table ({', '.join(places)}): check that these are the files you meant; "
            "each row's Status names the file read"]
