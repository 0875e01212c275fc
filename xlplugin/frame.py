"""Score a table of documents into a table of scores: the building block for Dask, Spark and Arrow.

    >>> import pyarrow.parquet as pq
    >>> from xlplugin.frame import score_table
    >>> scored = score_table(pq.read_table("articles.parquet"), text="body")

A table (a `pyarrow.Table`, a `RecordBatch` or a pandas `DataFrame`) with one document per row
comes back as a table with one row per document, in the same order: the input's own columns
except the text, then the document's fields of `DOCUMENT_SCHEMA` that no column of the input
stands for (its kind and why, a title found in a web page...), then the score columns of
`SCORE_SCHEMA`. The evidence is one column of Arrow
type `list<struct<signal, kind, text, start, end, detail>>`: it stays typed in Parquet (on 120
bench articles the column took a third of the space of the same evidence as JSON text, and the
whole file 1/2.6) and Dask's Parquet writer can write it, which it cannot do with a column of
Python objects.

The rows are scored in this process (`workers=1`): in Dask or Spark each partition is one task
and the cluster provides the parallelism; a process pool inside each task would compete with it.

This module needs pyarrow (the dask extra: `pip install ".[dask]"`, or the wheel with `[dask]`); `import xlplugin` does not import it.
"""

from __future__ import annotations

import datetime as _dt
import re
from itertools import islice
from typing import Any, Iterator, Mapping

import pyarrow as pa

from . import registry
from .engine import DocumentInput, score_many
from .kind_shown import as_shown, kind_label
from .errors import InputError
from .cell_html import read_html_cells
from .cells import TITLE_IS_TEXT_WHY, cell_to_text, epoch_date, epoch_scale, is_missing, outlet_address, same_as_text, status_cell
from .inputs import BLANK_ID_NOTE, FILE_NAME_IN_TEXT, TEXT_IN_OTHER_COLUMN, _refuse_ambiguous, _text_elsewhere, columns_listed, looks_like_file_name, shared_id_notes, shown_text, unique_headers
from .inputs import AUTHOR_COLUMN_NAMES, DATE_COLUMN_NAMES, ID_COLUMN_NAMES, OUTLET_COLUMN_NAMES, TEXT_COLUMN_NAMES, TITLE_COLUMN_NAMES, URL_COLUMN_NAMES, find_column, named_column, no_named_column
from .settings import Settings
from .types import DocumentResult, Score

__all__ = ["SCORE_SCHEMA", "DOCUMENT_SCHEMA", "EVIDENCE_TYPE", "DETAILS_TYPE", "READING_FIELDS", "score_table", "score_batches", "score_pandas", "score_items", "output_schema", "text_column", "item_columns"]  # noqa: F822 - SCORE_SCHEMA: __getattr__

EVIDENCE_TYPE = pa.list_(
    pa.struct([
        pa.field("signal", pa.string()),
        pa.field("kind", pa.string()),
        pa.field("text", pa.string()),  # exactly scored_text[start:end]
        pa.field("start", pa.int64()),
        pa.field("end", pa.int64()),
        pa.field("detail", pa.string()),
    ])
)
# Further native figures of each signal (the `details` of the JSON output): a number in `value`,
# or a text in `text` (the source rating's rater).
DETAILS_TYPE = pa.list_(
    pa.struct([
        pa.field("signal", pa.string()),
        pa.field("name", pa.string()),
        pa.field("value", pa.float64()),
        pa.field("text", pa.string()),
    ])
)


def _score_fields() -> list[pa.Field]:
    fields = [
        pa.field("language", pa.string()),
        pa.field("word_count", pa.int64()),
        pa.field("reliability", pa.float64()),  # 0-100; null when nothing could be scored (see note)
    ]
    for name in registry.names():
        fields += [
            pa.field(name, pa.float64()),  # the native value, in the signal's unit
            pa.field(f"{name}_score", pa.float64()),  # normalised to 0-1, 1 = more reliable
            pa.field(f"{name}_note", pa.string()),
        ]
    fields += [
        pa.field("note", pa.string()),
        pa.field("contributors", pa.list_(pa.string())),
        pa.field("stamp_version", pa.string()),
        pa.field("stamp_settings", pa.string()),
        pa.field("stamp_text", pa.string()),
        pa.field("details", DETAILS_TYPE),
        pa.field("evidence", EVIDENCE_TYPE),
    ]
    return fields


# The fields of a document that `xlplugin score --json` gives besides its scores: what the scorer
# read or found about it (a web page's title, author, date, canonical URL and site name come from
# the page itself), its kind and the cues that decided it (xlplugin.kinds), and the Why column's
# words (xlplugin.cells.why_text). Empty text where the JSON gives empty text.
GIVEN_FIELDS = ("id", "title", "url", "outlet", "author", "date")
# The fields a web page held in a text cell gives its row (`cell_html.read_html_cells`)
PAGE_FIELDS = GIVEN_FIELDS[1:]
DOCUMENT_SCHEMA = pa.schema(
    [pa.field(name, pa.string()) for name in GIVEN_FIELDS]
    + [pa.field("kind", pa.string()), pa.field("kind_cues", pa.list_(pa.string())), pa.field("why", pa.string())]
)
# Worked out from the text: a column of the user's of one of these names is kept as YOURS, as
# one named like a score column is.
_FOUND_FIELDS = ("kind", "kind_cues", "why")
# A user's column named as one of ours, case ignored (note, language, Kind), is kept under this
# name: nothing the user wrote is lost, and no two columns differ only in case (Spark and DuckDB
# fail on, or rename, such a pair).
YOURS = "{} (yours)"


def _names_a_given_field(name: str) -> bool:
    """Whether a user's column `name` is named like one of `GIVEN_FIELDS`, case ignored ("ID",
    "Title"): Spark and DuckDB match column names so, and fail on, or rename, a second column of
    the same name. Such a column is where the field was read from (`find_column` ignores case)."""
    return name.lower() in GIVEN_FIELDS
# The text that was scored, which its evidence offsets point into (`DocumentResult.text`): for a
# file, a web page's article, not its HTML; for a table's cell, the cell as scored (line ends as
# "\n", composed accents), which may differ in length from the cell (a CRLF cell), so it is given
# on every row and the user's text column is not needed to read the evidence. Null for a row not read.
SCORED_TEXT = pa.field("text", pa.string())
# (hunt40b) How a row was read (a cell read as a web page, a placeholder not counted, a blank id, a
# date read as Unix time), as a CSV file's row on `--engine dask` gives it (`READING_FIELDS`'
# "input_note"): it was in `note`, after the scorers' own note, so the same HTML cell's note stood
# in `note` of a Parquet table's row and in `input_note` of a CSV file's. Null where there is none.
INPUT_NOTE = pa.field("input_note", pa.string())
# (parity40) The reading columns a table's rows give, as a CSV file's rows on `--engine dask` give them
# (`READING_FIELDS`): `input_id` (the id the row was scored under: its id cell, "N (no id)" for a blank
# one, else its place in the table), `input_source` (null: a table's row was read from no file; a CSV
# file's names its file and line), `input_note` (how it was read), `input_error` (why it could not be
# read: a text cell that holds no text, in the words a CSV file's row gives it). A Parquet table's row
# gave the reason in `note` and had none of the other three.
INPUT_FIELDS = [pa.field(name, pa.string()) for name in ("input_id", "input_source", "input_note", "input_error")]
# (hunt47) The row's Status, in the words the workbook's Status column and `xlplugin score --json`'s
# "status" give it (`cells.status_cell`), last: a part had none, and a reader of parts had to work
# it out from the scores, the notes and the error, as no one but a test did.
STATUS = pa.field("status", pa.string())


def document_arrays(results: list[DocumentResult]) -> list[pa.Array]:
    """The `DOCUMENT_SCHEMA` columns of `results`, as `DocumentResult.as_dict` and `--json` say them."""
    from .cells import why_text

    columns = [pa.array([getattr(r, name) for r in results], type=pa.string()) for name in GIVEN_FIELDS]
    columns.append(pa.array([r.kind for r in results], type=pa.string()))
    columns.append(pa.array([list(r.kind_cues) for r in results], type=pa.list_(pa.string())))
    columns.append(pa.array([why_text(r) for r in results], type=pa.string()))
    return columns


# The score columns, declared once: every path (Arrow, pandas, Dask, Spark) writes exactly these.
_schema: tuple[tuple[str, ...], pa.Schema] | None = None


def _score_schema() -> pa.Schema:
    # SCORE_SCHEMA follows the registry's signals (a new one is a new column), so it is worked
    # out when read
    global _schema
    if _schema is None or _schema[0] is not registry.names():
        _schema = (registry.names(), pa.schema(_score_fields()))
    return _schema[1]


def __getattr__(name: str) -> Any:
    if name == "SCORE_SCHEMA":
        return _score_schema()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def text_column(names: list[str], text: str | None, option: str = "text=") -> str:
    """The text column: `text` if given (it must exist), else one found by name (text, body...),
    refused where two columns spell that name ("Text" and "text "), as a CSV file's are
    (`inputs._refuse_ambiguous`; `option`: how the caller names the column to read)."""
    if text is not None:
        named = named_column(names, text)  # ("Body" finds the one column "body")
        if named is None:
            raise InputError(no_named_column(names, text, option))
        return named
    found = find_column(names, TEXT_COLUMN_NAMES)
    if found is None:
        raise InputError(
            f"no text column found; name it 'text' (or body, content, article) or pass the column's name; "
            f"columns are: {columns_listed(names)}"
        )
    _refuse_ambiguous(names, names, found, "the table", "text", option)  # (rows17)
    return found


def output_schema(input_schema: pa.Schema, text: str) -> pa.Schema:
    """The schema of `score_table`'s result for an input with `input_schema`."""
    named = [f.with_name(name) for f, name in zip(input_schema, unique_headers(input_schema.names))]  # (inputs48, as score_table)
    own_fields = [f for f in named if f.name != text]
    blank = _blank_header_names([f.name for f in named])
    kept = [f.with_name(blank.get(f.name) or name) for f, name in zip(own_fields, _kept_names([f.name for f in own_fields]))]
    own, fields = _in_item_order([f.name for f in kept])
    by_name = {f.name: f for f in kept + _table_document_fields([f.name for f in kept])}
    id_column = find_column([f.name for f in own_fields], ID_COLUMN_NAMES)
    if by_name.get("id") is not None and id_column is not None and id_column.lower() == "id":
        by_name["id"] = by_name["id"].with_type(pa.string())  # (hunt47) as score_table writes it
    return pa.schema([by_name[name] for name in own] + INPUT_FIELDS + [by_name[name] for name in fields]
                     + list(_score_schema()) + [SCORED_TEXT, STATUS])


def _in_item_order(kept: list[str]) -> tuple[list[str], list[str]]:
    """(hunt44) The kept columns of a table (`kept`, as written) in the order a CSV file's parts have
    theirs (`item_columns`): the user's own first, then the document's fields in `DOCUMENT_SCHEMA`'s
    order, a kept column named as one of them (case ignored: "url", "ID") in that field's place.
    Returns (the user's own, the fields' names as written). A Parquet part had its id and url first,
    before the reading columns, where a CSV part of the same input has them after: a reader that
    takes columns by place (a union of parts, a sheet pasted beside another) mixed them up."""
    added = {f.name for f in _table_document_fields(kept)}
    standing = {name.lower(): name for name in kept if name.lower() in DOCUMENT_SCHEMA.names}
    fields = [standing.get(name, name) for name in DOCUMENT_SCHEMA.names if name in standing or name in added]
    return [name for name in kept if name not in fields], fields


def _kept_name(name: str) -> str:
    """The name `score_table` writes the input's column `name` under (every column but the
    text is kept): its own, or YOURS where it is named like a score column or a field worked
    out from the text (kind, kind_cues, why), case ignored."""
    ours = name.lower()
    taken = ours in _FOUND_FIELDS or ours in _score_schema().names or ours in (SCORED_TEXT.name, STATUS.name,
                                                                               *(f.name for f in INPUT_FIELDS))
    return YOURS.format(name) if taken else name


def _kept_names(names: list[str]) -> list[str]:
    """`_kept_name` of each of a table's kept columns `names`, and (dask45) a column named as a
    document field in other letters ("URL", "Title", "Date", "ID") under the field's own name
    ("url"), as `xlplugin score --json` and a CSV file's parts give it (`_user_columns`): a Parquet
    part kept "URL" where a CSV part of the same table has "url", so a reader of both kinds of part
    (a union, a query on `url`) found no address in one of them. Kept as spelled where the table also
    has a column of the field's own name (two columns of one name are none)."""
    exact = set(names)
    return [name.lower() if _names_a_given_field(name) and name.lower() not in exact else _kept_name(name)
            for name in names]


def _table_document_fields(kept: list[str]) -> list[pa.Field]:
    """The `DOCUMENT_SCHEMA` columns `score_table` adds after the input's own: all but those a kept
    column of the input has the name of, case ignored (yours stands for it, with its own type:
    `_names_a_given_field`). (dask45) `id` too where the table has no id column: the id each row
    was scored under (its place, `first_row` on, as `input_id` gives it), as `xlplugin score --json`
    and a CSV file's parts give every row one; a Parquet part had none (a row's place in a Dask
    partition started again at 1 before daskids40, so no id was written)."""
    named = {name.lower() for name in kept}
    return [f for f in DOCUMENT_SCHEMA if f.name not in named]


def _metadata_columns(names: list[str], given: Mapping[str, str | None]) -> dict[str, str | None]:
    found = {
        "id": find_column(names, ID_COLUMN_NAMES),
        "title": find_column(names, TITLE_COLUMN_NAMES),
        "url": find_column(names, URL_COLUMN_NAMES),
        "outlet": find_column(names, OUTLET_COLUMN_NAMES),
        # found by name only, as in a CSV file (they feed the provenance cues and the kind)
        "author": find_column(names, AUTHOR_COLUMN_NAMES),
        "date": find_column(names, DATE_COLUMN_NAMES),
    }
    for key, name in given.items():
        if name is not None:
            if name not in names:
                raise InputError(f"no column named {name!r} for the {key}; columns are: {columns_listed(names)}")
            found[key] = name
    return found


def resolve_columns(names: list[str], text: str | None, id: str | None = None, title: str | None = None,
                    url: str | None = None, outlet: str | None = None) -> tuple[str, dict[str, str | None]]:
    """The text column and the id, title, URL, outlet, author and date columns of a table with
    columns `names`: each as given (it must exist) or found by name (the author and date: by name). One place for `score_table` and
    `xlplugin.dask.score_frame`, which take the same keywords (kept spelled out in both
    signatures: they are what a user reads in help())."""
    return text_column(names, text), _metadata_columns(names, {"id": id, "title": title, "url": url, "outlet": outlet})


# (excel50) The fields whose cells a row's note speaks of, in the order a CSV file's row's note gives them.
NOTE_ORDER = ("title", "url", "outlet", "date", "author")


def _is_bytes(kind: pa.DataType) -> bool:
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    return pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or pa.types.is_fixed_size_binary(kind) \
        or getattr(pa.types, "is_binary_view", lambda t: False)(kind)


# (hunt30) A column of bytes (a Parquet file whose strings some tool wrote as BYTE_ARRAY with no
# UTF8 mark): each value is read as a .txt file's bytes are (`inputs._decode`: UTF-8, else what the
# bytes tell, the note saying so), not refused as "not text" (the Dask run ended in a worker's
# traceback) nor shown as Python's "b'...'".
def _decoded(value: bytes | None, where: str) -> tuple[str, str, str]:
    """(text, how it was read or "", why it is no text or "") of one value of a column of bytes."""
    from .inputs import _decode

    if value is None:
        return "", "", ""
    try:
        text, note = _decode(bytes(value), where)
    except InputError as exc:
        return "", "", str(exc).removeprefix(f"{where}: ")
    return text, note.replace("(the file is not UTF-8", "(the bytes are not UTF-8"), ""


def _byte_cells(table: pa.Table, name: str) -> list[tuple[str, str, str]]:
    """`_decoded` for each value of a column of bytes (`_is_bytes`)."""
    return [_decoded(value, f"column {name}") for value in table.column(name).to_pylist()]


def _strings(table: pa.Table, name: str, what: str) -> list[str]:
    column = table.column(name)
    kind = column.type
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    if pa.types.is_null(kind):  # no values at all (an empty partition of object dtype, all missing)
        return [""] * len(column)
    if _is_bytes(kind):
        return [text for text, _, _ in _byte_cells(table, name)]
    if what == "text" and pa.types.is_boolean(kind):
        # (inputs48) a column of TRUE/FALSE as the text: each such cell is no text, its row not scored
        # and said ("not text: TRUE, a TRUE/FALSE value"), as a pandas object column's True and a
        # workbook's TRUE cell are; a null cell an empty text. The whole table was refused, the rows
        # whose cell was blank or read as text by the other paths with it.
        from .cells import cell_display

        return ["" if v is None else cell_display(v) for v in column.to_pylist()]
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind) or getattr(pa.types, "is_string_view", lambda t: False)(kind)):
        if what == "text":
            raise InputError(f"column {name!r} holds {column.type}, not text; choose the column with the documents' text")
        if what == "id":  # (hunt47) an id as a workbook's id cell reads (7.0 of a column with a gap: "7", not "7.0")
            from .inputs import id_text

            return ["" if v is None else id_text(v) for v in column.to_pylist()]
        return ["" if v is None else str(v) for v in column.to_pylist()]
    # A missing text (null) is scored as an empty text: an explicit empty result with its reason.
    return ["" if v is None else v for v in column.to_pylist()]


# (daskparity41) `score_table`'s `date_scale` default: the date column judged Unix times or not
# (`cells.epoch_scale`) on the table's own rows
OWN_ROWS = "own rows"


def _given(table: pa.Table, name: str, field: str, scale: int | None | str = OWN_ROWS) -> list[tuple[str, str | None]]:
    """A title, URL, outlet, author or date column's values by the rule of a CSV file's or
    workbook's cells (`xlplugin.cells.given_meta`), each (value, None) or ("", why): a placeholder
    ("NA", "unknown", "n/a", a NaN) counts as none, a date column holds dates (a date or timestamp,
    a date written out, a year). `scale`: the date column's `cells.epoch_scale` (OWN_ROWS: read from `table`)."""
    from .cells import given_meta

    values = _given_values(table, name)
    if field == "date":  # (hunt40b) a column of Unix times: the moments they count (UTC), as a CSV file's (`_epoch_notes`)
        scale = epoch_scale(values) if scale == OWN_ROWS else scale
        values = [epoch_date(value, scale)[0] for value in values] if scale else values
    return [given_meta(field, value) for value in values]


def column_scale(parts: list[Any], name: str) -> int | None:
    """(daskparity41) `cells.epoch_scale` of the date column `name` over all `parts` (tables or
    pandas frames: a Dask frame's partitions), for `score_table(..., date_scale=)`: one partition's
    dates read as Unix times where the whole column's are not (a CSV file's are judged whole)."""
    tables = [part.select([name]) if isinstance(part, (pa.Table, pa.RecordBatch)) else _as_table(part[[name]]) for part in parts]
    return epoch_scale([value for table in tables for value in _given_values(table, name)])


def _given_values(table: pa.Table, name: str) -> list[Any]:
    """A column's values as `_given` reads them: (hunt30) a column of bytes as the text it holds."""
    kind = table.column(name).type
    if _is_bytes(kind):
        return [text or None for text, _, _ in _byte_cells(table, name)]
    if pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind):
        # (inputs48) a list of values (a Parquet column of authors, ["Ana Ruiz", "Bo Lind"]) as a JSON
        # file's list is read (`inputs_jsonl._cell`): "Ana Ruiz; Bo Lind", and the names of a list of
        # objects that have one. It was read as Python writes a list, "['Ana Ruiz', 'Bo Lind']", the
        # byline the evidence showed, where the same records as JSON Lines gave the names.
        from .inputs_jsonl import _cell

        return [None if value is None else _cell(value) for value in table.column(name).to_pylist()]
    return table.column(name).to_pylist()


def _epoch_notes(table: pa.Table, name: str, scale: int | None | str = OWN_ROWS) -> list[str]:
    """(hunt40b) For each row, how its date cell was read where the date column (`name`) is one of
    Unix times (`cells.EPOCH_NOTE`, as a CSV row's Status says it); "" for every other row."""
    values = _given_values(table, name)
    scale = epoch_scale(values) if scale == OWN_ROWS else scale
    return [f"column {name}: {note}" if (note := epoch_date(value, scale)[1]) else "" for value in values]


# A text cell that holds no text (#N/A, N/A, "12345", a date, a file name) is not scored, by the
# rule a CSV file's or workbook's text cell is read with (`xlplugin.inputs.records_from_rows`:
# `cells.cell_to_text`, then `looks_like_file_name`): the same cell gives the same answer, and
# the same count in a run's summary, whichever way the table came in. Its row says why in
# `input_error` (parity40; it was in `note`, after NOT_READ), in the words a CSV file's row has.
NOT_READ = "not scored: "


def not_text_note(column: str, value: str) -> str:
    """The note of a row whose text cell `value` (of the text column `column`) holds no text to
    score; "" for a text, or for a blank cell (scored as empty: its Status says so)."""
    text, problem = cell_to_text(value) if value else (None, None)
    if text and looks_like_file_name(text):
        problem = FILE_NAME_IN_TEXT
    return f"{NOT_READ}column {column}: {problem}" if problem else ""


def unread_result(doc: DocumentInput, note: str) -> DocumentResult:
    """The result of a row not scored because its text cell holds no text (`not_text_note`):
    every signal empty with `note`, no language, no index."""
    signals = {module.NAME: Score(module.NAME, None, None, module.UNIT, note=note) for module in registry.scorers()}
    return DocumentResult(id=doc.id, language=None, reliability=None, signals=signals, contributors=(), weights={},
                          stamp={}, note=note, title=doc.title, url=doc.url, outlet=doc.outlet, author=doc.author,
                          date=doc.date, text=doc.text)


# (hunt40b) A row of a table that is no document (a note between the documents, "Note: rows below are
# from the archive" alone in the first column; a repeat of the header row; a section label; a total
# row: `inputs.not_documents`, the rule a CSV file's and a JSON file's rows are read by) was scored
# as a document. It is not scored, and its note says why after NOT_DOCUMENT; it keeps its place,
# as `score_table` gives one row for each row of its input (`score_pandas` keeps the frame's
# index). `xlplugin score --engine dask` says it as a CSV file's row left out is said, "1 row not
# read, ...", and counts it as no document read (`dask._counts`).
NOT_DOCUMENT = "not read: "


def _not_documents(table: pa.Table, text: str) -> list[tuple[int, str]]:
    """(hunt40b) `inputs.not_documents` of `table`'s rows (a missing value, null or NaN, as a blank cell)."""
    from .cells import is_missing
    from .inputs import not_documents

    names = table.column_names
    columns = [[None if is_missing(v) else v for v in table.column(name).to_pylist()] for name in names]
    return not_documents([list(row) for row in zip(*columns)], names, text) if columns else []


def rows_not_documents(parts: list[Any], text: str) -> list[tuple[int, str]]:
    """(daskparity41) `_not_documents` of all `parts` (tables or pandas frames: a file's or a frame's
    Dask partitions) read as one table, each row by its place among all their rows: the rules read
    a table whole (a note under the table, a total row at its bottom), so a partition judged alone
    took a note between the documents for one under the table, and a "Total" row in the middle
    for a total row, where a CSV file's are read whole."""
    if parts and not isinstance(parts[0], (pa.Table, pa.RecordBatch)):
        import pandas as pd

        return _not_documents(_as_table(pd.concat(parts)), text)
    return _not_documents(pa.concat_tables([_as_table(part) for part in parts]), text) if parts else []


def compact_part(part: Any) -> Any:
    """(dasklight41) `part` (a pandas frame, a pyarrow Table or RecordBatch: one Dask partition) with
    `inputs.DOCUMENT_STAND_IN`, a line of 41 words, for each text cell that makes its row a document
    for every rule of `inputs.not_documents` (`inputs.document_cell`: more than 40 words, no number,
    no column's name): `rows_not_documents` of the compact parts is that of the parts, and the task
    that reads them all holds a few hundred bytes a row, not every text of the corpus."""
    from .inputs import DOCUMENT_STAND_IN, compact_cells

    if isinstance(part, (pa.Table, pa.RecordBatch)):
        table = _as_table(part)
        names = table.column_names
        for at, field in enumerate(table.schema):
            if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
                values = table.column(at).to_pylist()
                stand = compact_cells(values, names)
                if any(stand):
                    column = pa.array([DOCUMENT_STAND_IN if s else v for v, s in zip(values, stand)], type=field.type)
                    table = table.set_column(at, field, column)
        return table
    import pandas as pd

    names = [str(name) for name in part.columns]  # (as `_as_table` names its columns)
    part = part.copy(deep=False)  # (the partition itself is scored after: never written into)
    for at in range(part.shape[1]):
        column = part.iloc[:, at]
        if column.dtype == object or isinstance(column.dtype, pd.StringDtype) or \
                (isinstance(column.dtype, pd.ArrowDtype) and pa.types.is_string(column.dtype.pyarrow_dtype)):
            stand = compact_cells(list(column), names)
            if any(stand):
                part.isetitem(at, column.mask(pd.Series(stand, index=column.index), DOCUMENT_STAND_IN))
    return part


def rows_in_part(found: list[tuple[int, str]], first: int, count: int) -> list[tuple[int, str]]:
    """(daskparity41) The rows of `found` (`rows_not_documents`) in the part of `count` rows that starts
    at place `first` (from 0), each by its place in the part."""
    return [(i - first, reason) for i, reason in found if first <= i < first + count]


def _cells_as_text(frame: Any) -> Any:
    """`frame` with each column of Python objects as text (`cells.cell_display`; a missing value
    stays missing), as a CSV file holds it: 12345 in a text column is then refused by name ("not
    text: a number"), and a placeholder ("NA") in an outlet column counted as none, as there."""
    from .cells import cell_display, is_missing
    from .inputs_jsonl import _cell

    frame = frame.copy()
    for name in frame.columns:
        if frame[name].dtype == object:
            # (hunt56) a list ("Ana Ruiz", "Bo Lind") as a column of lists is read (`_given_values`):
            # "Ana Ruiz; Bo Lind", not Python's "['Ana Ruiz', 'Bo Lind']" as the author
            frame[name] = [_cell(list(v)) if isinstance(v, (list, tuple)) else None if is_missing(v) else cell_display(v)
                           for v in frame[name]]
    return frame


def _container_cells(data: Any, text: str) -> dict[int, str]:
    """(hunt56) For a pandas frame whose text column mixes texts with lists, tuples, mappings, sets
    or arrays (`cells.container_kind`), why each such cell is no text, by row. Arrow holds no such
    column, so `_cells_as_text` shows each as Python writes it ("['The harbour ...', '...']"), and
    that was scored as the text, brackets and quotes with it."""
    from .cells import container_kind

    if not type(data).__module__.startswith("pandas") or list(data.columns).count(text) != 1 or data[text].dtype != object:
        return {}
    found = {}
    for i, value in enumerate(data[text]):
        if kind := container_kind(value):
            shown = repr(value if not hasattr(value, "tolist") else value.tolist())
            found[i] = f"not text: {kind} ({shown[:40]}{'...' if len(shown) > 40 else ''}): give the document's text as one string"
    return found


def _as_table(data: Any) -> pa.Table:
    if isinstance(data, pa.Table):
        return data
    if isinstance(data, pa.RecordBatch):
        return pa.Table.from_batches([data])
    module = type(data).__module__
    if module.startswith("pandas"):
        try:
            return pa.Table.from_pandas(data, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            # a column that mixes kinds of value (text beside TRUE/FALSE or numbers), which no
            # Arrow column holds: each value read as a cell shows it, as a CSV's cells are
            return pa.Table.from_pandas(_cells_as_text(data), preserve_index=False)
    raise TypeError(f"expected a pyarrow Table or RecordBatch or a pandas DataFrame, not {type(data).__name__}")


def score_table(
    data: Any,
    text: str | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    settings: Settings | None = None,
    weights: Mapping[str, float] | None = None,
    workers: int = 1,
    first_row: int = 1,
    id_prefix: str = "",
    date_scale: int | None | str = OWN_ROWS,
    not_documents: list[tuple[int, str]] | str = OWN_ROWS,
) -> pa.Table:
    """Score every row of `data`; returns a `pyarrow.Table` of `output_schema(...)`, same row order:
    the input's columns (less the text and those named as a document field), the reading columns
    (`INPUT_FIELDS`: `input_id`, `input_source`, `input_note`, `input_error`, as a CSV file's rows on
    `--engine dask` give them), the document's fields (`DOCUMENT_SCHEMA`: `id` too where the input
    has no column of its name, dask45), a column of the input named as a field (yours, kept as given,
    under the field's name: `_kept_names`) in its place (hunt44: the order of a CSV file's parts, `_in_item_order`), then `SCORE_SCHEMA`. A row whose text cell holds no text says why in
    `input_error`, its scores null.

    `text`: the column with the documents (default: found by name: text, body, content...).
    `id`, `title`, `url`, `outlet`: columns for those (default: found by name, as the command line
    does; the title, URL and outlet feed the provenance and source-rating signals). An author
    and a date column are found by name (author, byline; date, published...), as in a CSV file.
    A row whose id is blank (null, NaN, spaces) is known as a CSV row with a blank id cell is,
    "N (no id)" (`inputs.BLANK_ID`, N its place among the rows: `first_row` is the first row's,
    which `xlplugin score --engine dask` gives each partition), written into a text id column
    and said in its note (jsonl29). Where the table has no id column, a row's id is its place,
    counted from `first_row`, after `id_prefix` (daskids40: `--engine dask` gives a partition the
    place of its first row in its file, and "NAME:" where a file's rows are named by file).
    `date_scale`: whether the date column holds Unix times (`cells.epoch_scale` of the whole
    column: `xlplugin.dask` reads it over every partition, daskparity41); by default, judged on
    this table's rows. `not_documents`: the rows that are no document, each (its place, why), as
    `rows_not_documents` finds them over a whole file or frame; by default, judged on this table.
    """
    table = _as_table(data)
    names = table.column_names
    text, meta = resolve_columns(names, text, id, title, url, outlet)
    if len(set(names)) < len(names):
        # (inputs48) two columns of one name ("title", "title"), which Arrow holds and a Parquet file may
        # too: numbered as a CSV file's headers are ("title (2)", `inputs.unique_headers`), the first one
        # read, the other kept as the user's own. It ended in a KeyError ('Field "title" exists 2 times').
        table = table.rename_columns(unique_headers(names))
        names = table.column_names
    n = table.num_rows
    texts = list(map(shown_text, _strings(table, text, "text")))  # (as every input reads a text)
    # (hunt30) a text column of bytes: how each value was read (a note) or why it is no text
    read_bytes = _byte_cells(table, text) if _is_bytes(table.column(text).type) else [("", "", "")] * n
    # (hunt47) an id without the spaces at its ends, as a CSV file's or a workbook's id cell is read (" b2": "b2")
    columns = {key: ([v.strip() for v in _strings(table, name, key)] if name else [""] * n) for key, name in meta.items() if key == "id"}
    # (excel50) in the order a CSV file's row's note says them (`inputs.records_from_rows`: the date before
    # the author), so that one row's note is the same words on every path: the author's came first here
    read_meta = {key: _given(table, meta[key], key, date_scale) for key in NOTE_ORDER if meta[key]}
    columns.update((key, [value for value, _ in read_meta[key]] if key in read_meta else [""] * n)
                   for key in meta if key != "id")
    # (a placeholder, "NA" or "unknown", counts as none; the row's note says so, as a CSV row's)
    not_given = [[f"column {meta[key]}: {read[i][1]} (not counted)" for key, read in read_meta.items() if read[i][1]]
                 for i in range(n)]
    for i, (_, how, _) in enumerate(read_bytes):
        if how:
            not_given[i].insert(0, f"column {text}: {how}")
    for i, note in enumerate(_epoch_notes(table, meta["date"], date_scale) if meta["date"] else []):
        if note:
            not_given[i].append(note)
    for i in range(n):  # (fresh39) an outlet cell that is a page's web address: its url, no outlet, as a CSV row's
        outlet, url, moved = outlet_address(columns["outlet"][i], columns["url"][i])
        if moved:
            columns["outlet"][i], columns["url"][i] = outlet, url
            not_given[i].append(f"column {meta['outlet']}: {moved}")
    if meta["id"] is None:
        # (daskids40) numbered from `first_row`: each partition's rows were numbered from 1, so a file of
        # several partitions, or several files, gave two rows one id (scores joined back on the wrong rows)
        columns["id"] = [f"{id_prefix}{i}" for i in range(first_row, first_row + n)]
    blank_ids = _blank_ids(table, meta["id"], first_row)
    for i, doc_id in blank_ids.items():
        columns["id"][i] = doc_id
        not_given[i].insert(0, BLANK_ID_NOTE.format(id=doc_id))
    # (a cell holding HTML: read as a web page is) (dask39) the page's title, URL, outlet, author
    # and date fill the row's blank fields whether or not the table has a column for them, as a
    # CSV row's do (`inputs._html_cell_read`): only those with a column were taken, and the page
    # was scored without its byline and date (provenance 57 where `xlplugin score` gave 88)
    before = {key: list(columns[key]) for key in PAGE_FIELDS}
    texts, notes = read_html_cells(texts, {key: columns[key] for key in PAGE_FIELDS})
    for i in range(n):  # (hunt46) a title cell that copies its row's text: no title, and said, as a CSV row's
        if columns["title"][i] and same_as_text(columns["title"][i], texts[i]):
            columns["title"][i] = ""
            not_given[i].append(f"column {meta['title'] or 'title'}: {TITLE_IS_TEXT_WHY} (not counted)")
    from_pages = {key: {i: value for i, (value, old) in enumerate(zip(columns[key], before[key])) if value != old}
                  for key in PAGE_FIELDS if meta[key]}
    notes = ["; ".join([note, *placeholders] if note else placeholders) for note, placeholders in zip(notes, not_given)]
    # (hunt40b) how each row was read goes in its `input_note`, as a CSV file's row's does, not in `note`
    inputs = list(map(DocumentInput, texts, columns["id"], columns["title"], columns["url"], columns["outlet"],
                      columns["author"], columns["date"], [""] * n, [""] * n))
    refused = [f"{NOT_READ}column {text}: {why}" if why else not_text_note(text, value)
               for value, (_, _, why) in zip(texts, read_bytes)]
    for i, other in _texts_elsewhere(table, text, refused).items():
        refused[i] = NOT_READ + TEXT_IN_OTHER_COLUMN.format(column=text, other=other)
    for i, why in _container_cells(data, text).items():
        refused[i] = f"{NOT_READ}column {text}: {why}"
    for i, reason in _not_documents(table, text) if not_documents == OWN_ROWS else not_documents:  # (hunt40b) kept in its place, one row out for each row in
        refused[i] = NOT_DOCUMENT + reason
    scored = iter(score_many([doc for doc, why in zip(inputs, refused) if not why], settings=settings,
                             weights=weights, workers=workers))
    # the kind as every output shows it (kind_shown: a row not scored for its language has none);
    # the note says how the row was read (a placeholder not counted, a cell read as a web page),
    # as a CSV row's Status does (`score_many` adds a scored input's note; this, an unread one's)
    results = [as_shown(unread_result(doc, why) if why else next(scored)) for doc, why in zip(inputs, refused)]
    # (parity40) a text cell that holds no text: its reason in `input_error`, its scores and fields null, as a CSV
    # file's row gives them (a Problem's row); a row that is no document keeps its `note` (a CSV file has no such row)
    errors = [why.removeprefix(NOT_READ) if why.startswith(NOT_READ) else None for why in refused]
    kept = [name for name in names if name != text]
    blank = _blank_header_names(names)  # (inputs48) a column with no name: "column C", as a CSV file's part names it
    written_names = [blank.get(name) or written for name, written in zip(kept, _kept_names(kept))]
    added = _table_document_fields(written_names)
    documents = dict(zip(DOCUMENT_SCHEMA.names, document_arrays(results)))
    scores = results_to_arrow(results)
    scored_texts = pa.array([r.text for r in results], type=pa.string())  # (what the offsets point into)
    if meta["id"] is not None and written_names[kept.index(meta["id"])] == "id":
        # (hunt47) the id column standing for the id field holds the id each row was scored under, as text, as
        # `--json` and a CSV file's part give it (the written id where the cell was blank): a Parquet part kept
        # the user's type (7, an int, where --json says "7"), so a join of parts with --json found no row
        table = table.set_column(names.index(meta["id"]), pa.field(meta["id"], pa.string()), pa.array(columns["id"], type=pa.string()))
    elif blank_ids and _is_text(table.column(meta["id"]).type):  # (the id written where the cell was blank, as a CSV row's)
        given_ids = table.column(meta["id"]).to_pylist()
        ids = pa.array([blank_ids.get(i, value) for i, value in enumerate(given_ids)], type=table.column(meta["id"]).type)
        table = table.set_column(names.index(meta["id"]), table.schema.field(meta["id"]), ids)
    for key in ("title", "url", "outlet", "author", "date"):
        table = _as_read(table, meta[key], key, columns[key], [bool(read[1]) for read in read_meta.get(key, [])])
    for key, filled in from_pages.items():  # (dask39) the page's field written into your blank cell of its column, as a CSV row's
        kind = table.column(meta[key]).type
        # (hunt40b) a date or timestamp column (pandas' datetime64, a Parquet timestamp) takes the page's
        # date as a value of its own type; it kept the cell blank, so the row showed no date where the
        # CSV file's row shows the page's, and the date scored was nowhere in the output
        values = _typed_values(filled, table.column(meta[key]).to_pylist(), kind) if filled else None
        if values is not None:
            table = table.set_column(names.index(meta[key]), table.schema.field(meta[key]), pa.array(values, type=kind))
    import pyarrow.compute as pc

    # (a row not read has its id too, as a CSV file's input_id; and its reading note, which a CSV file's row not read
    # does not keep: a placeholder outlet beside a number is still said)
    reading = [pa.array(columns["id"], type=pa.string()), pa.nulls(n, pa.string()),
               pa.array([note or None for note in notes], type=pa.string()), pa.array(errors, type=pa.string())]
    found = pa.Table.from_arrays([documents[f.name] for f in added] + scores.columns + [scored_texts],
                                 schema=pa.schema(added + list(_score_schema()) + [SCORED_TEXT]))
    if any(errors):
        found = found.take(pa.array([None if error else i for i, error in enumerate(errors)], type=pa.int64()))
        for f in added:  # (the title, URL, outlet, author and date the row gave, as a CSV file's row not read keeps them)
            if f.name in GIVEN_FIELDS:
                given = [getattr(doc, f.name) or None if error else None for doc, error in zip(inputs, errors)]
                at = found.schema.get_field_index(f.name)
                found = found.set_column(at, f, pc.coalesce(found.column(f.name), pa.array(given, type=pa.string())))
            elif f.name == "kind_cues":  # (hunt51) why the row has no kind, as --json's (`cli.problem_record`)
                cues = pa.array([[kind_label(None)] if error else None for error in errors], type=f.type)
                at = found.schema.get_field_index(f.name)
                found = found.set_column(at, f, pc.coalesce(found.column(f.name), cues))
    # (hunt44) in the order of a CSV file's parts: the user's own columns, the reading columns, the fields
    written = {new: (table.column(name), table.schema.field(name).with_name(new)) for name, new in zip(kept, written_names)}
    written.update((f.name, (found.column(f.name), f)) for f in added)
    own, fields = _in_item_order(written_names)
    rest = len(added)
    statuses = pa.array([status_cell(None, error) if error else status_cell(result, notes=[note])
                         for result, error, note in zip(results, errors, notes)], type=pa.string())
    return pa.Table.from_arrays(
        [written[name][0] for name in own] + reading + [written[name][0] for name in fields] + found.columns[rest:] + [statuses],
        schema=pa.schema([written[name][1] for name in own] + INPUT_FIELDS + [written[name][1] for name in fields]
                         + list(found.schema)[rest:] + [STATUS]),
    )


def _as_read(table: pa.Table, name: str | None, key: str, values: list[str], not_counted: list[bool]) -> pa.Table:
    """(inputs48) `table` with its column `name`, where it stands for the field `key` under the
    field's own name ("title", "Outlet"), holding each row's value as it was read, as a CSV file's
    part and `--json` give it: a placeholder or an error value counted as none ("#N/A", "NA", TRUE)
    is "" (null in a column that is not text), an outlet that is a web address is no outlet, a title
    that copies the text is none. A Parquet part kept "#N/A" as the title where a CSV part of the
    same rows, and --json, gave "" and the note: one row, two titles. A column of another name
    ("Headline") is the user's own, kept as given; the field's column beside it says what was read.
    A null cell read as none stays null."""
    if name is None or name.lower() != key:
        return table
    at = table.column_names.index(name)
    given = table.column(name).to_pylist()
    if _is_text(table.column(name).type):
        read = [value if value or given_value is not None else None for value, given_value in zip(values, given)]
        if read == given:
            return table
        return table.set_column(at, table.schema.field(name), pa.array(read, type=table.column(name).type))
    if not any(not_counted) and all(value or is_missing(old) for value, old in zip(values, given)):
        return table
    kept = [None if counted_none or not value else old for old, value, counted_none in zip(given, values, not_counted)]
    return table.set_column(at, table.schema.field(name), pa.array(kept, type=table.column(name).type))


def _typed_values(filled: dict[int, str], values: list[Any], kind: pa.DataType) -> list[Any] | None:
    """`values` of a column of type `kind` with the page's fields `filled` ({row: text}) written into
    their blank cells: as they are in a text column; (hunt40b) in a date or timestamp column, each
    as the day or moment it names (`_page_moment`), a timestamp with no time zone in UTC; None
    where the column can take none of them (a number column: left as it was)."""
    if _is_text(kind):
        return [filled.get(i, value) for i, value in enumerate(values)]
    if not (pa.types.is_timestamp(kind) or pa.types.is_date(kind)):
        return None
    moments = {i: moment for i, text in filled.items() if (moment := _page_moment(text)) is not None}
    if not moments:
        return None
    if pa.types.is_date(kind):
        return [moments[i].date() if i in moments else value for i, value in enumerate(values)]
    if kind.tz is None:  # (a moment with its zone, as UTC with none: a column of no zone holds UTC by Arrow's rule)
        moments = {i: m.astimezone(_dt.timezone.utc).replace(tzinfo=None) if m.tzinfo else m for i, m in moments.items()}
    else:
        moments = {i: m if m.tzinfo else m.replace(tzinfo=_dt.timezone.utc) for i, m in moments.items()}
    return [moments.get(i, value) for i, value in enumerate(values)]


def _page_moment(text: str) -> _dt.datetime | None:
    """(hunt40b) The moment a page's date names ("2026-03-14", "2026-03-14T09:00:00+00:00", as
    `cell_html` gives it); None for a date in another form."""
    try:
        return _dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace(" UTC", "+00:00"))
    except ValueError:
        return None


# (excel50) A row whose text cell is blank while another column with a text column's name holds its
# text ("text" empty, "body" filled: two exports put together) was "not scored: empty" in a Parquet
# file on --engine dask and from `score_table`/`score_pandas`, its text unsaid, where a CSV file's row
# says where its text is (hunt49: `inputs.TEXT_IN_OTHER_COLUMN`, by the same rule, `inputs._text_elsewhere`).
def _texts_elsewhere(table: pa.Table, text: str, refused: list[str]) -> dict[int, str]:
    """{row: the other column holding its text} for each row not yet refused whose text cell is
    blank (null, NaN, empty or spaces) while another text column with a text column's name holds
    words in that row."""
    others = [name for name in table.column_names
              if name != text and _is_text(_value_type(table.column(name).type)) and find_column([name], TEXT_COLUMN_NAMES)]
    if not others:
        return {}
    cells = table.column(text).to_pylist()
    values = {name: table.column(name).to_pylist() for name in others}
    found = {}
    for i, (cell, why) in enumerate(zip(cells, refused)):
        if why or (isinstance(cell, str) and cell.strip()) or not (cell is None or isinstance(cell, str)):
            continue
        other = _text_elsewhere({name: values[name][i] for name in others}, text, None)
        if other:
            found[i] = other
    return found


def _value_type(kind: pa.DataType) -> pa.DataType:
    """The type of a column's values: a dictionary column's (pandas' categorical) its values' type."""
    return kind.value_type if pa.types.is_dictionary(kind) else kind


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)


def _blank_ids(table: pa.Table, id_column: str | None, first_row: int) -> dict[int, str]:
    """(jsonl29) {row: its id} of the rows whose id is blank (null, NaN, empty or spaces), each
    "N (no id)" as `inputs._blank_id` names a CSV row's, N counted from `first_row`."""
    from .inputs import _blank_id, id_text

    if id_column is None:
        return {}
    values = table.column(id_column).to_pylist()

    def blank(value: Any) -> bool:
        return value is None or (isinstance(value, float) and value != value) or (isinstance(value, str) and not value.strip())

    typed = {id_text(v).strip() for v in values if not blank(v)}
    return {i: _blank_id(first_row + i, typed) for i, value in enumerate(values) if blank(value)}


def results_to_arrow(results: list[DocumentResult]) -> pa.Table:
    """Results as a table of `SCORE_SCHEMA`, one row per result."""
    cols: dict[str, list[Any]] = {name: [] for name in _score_schema().names if name not in ("details", "evidence")}
    ev = {"signal": [], "kind": [], "text": [], "start": [], "end": [], "detail": []}
    ev_offsets = [0]
    dt = {"signal": [], "name": [], "value": [], "text": []}
    dt_offsets = [0]
    for r in results:
        cols["language"].append(r.language)
        cols["word_count"].append(r.word_count)
        cols["reliability"].append(r.reliability)
        for name, score in r.signals.items():
            cols[name].append(score.value)
            cols[f"{name}_score"].append(score.score)
            cols[f"{name}_note"].append(score.note)
            for item in score.evidence:
                ev["signal"].append(name)
                ev["kind"].append(item.kind)
                ev["text"].append(item.text)
                ev["start"].append(item.start)
                ev["end"].append(item.end)
                ev["detail"].append(item.detail)
            for key, value in score.details.items():
                dt["signal"].append(name)
                dt["name"].append(key)
                number = isinstance(value, (int, float)) and not isinstance(value, bool)
                dt["value"].append(float(value) if number else None)
                dt["text"].append(None if number or value is None else str(value))
        cols["note"].append(r.note)
        cols["contributors"].append(list(r.contributors))
        cols["stamp_version"].append(r.stamp.get("version"))
        cols["stamp_settings"].append(r.stamp.get("settings"))
        cols["stamp_text"].append(r.stamp.get("text"))
        ev_offsets.append(len(ev["kind"]))
        dt_offsets.append(len(dt["name"]))
    schema = _score_schema()
    arrays = [pa.array(cols[f.name], type=f.type) for f in schema if f.name not in ("details", "evidence")]
    details = pa.ListArray.from_arrays(
        pa.array(dt_offsets, type=pa.int32()),
        pa.StructArray.from_arrays([pa.array(v, type=DETAILS_TYPE.value_type.field(k).type) for k, v in dt.items()], fields=list(DETAILS_TYPE.value_type)),
    )
    evidence = pa.ListArray.from_arrays(
        pa.array(ev_offsets, type=pa.int32()),
        pa.StructArray.from_arrays([pa.array(v, type=EVIDENCE_TYPE.value_type.field(k).type) for k, v in ev.items()], fields=list(EVIDENCE_TYPE.value_type)),
    )
    return pa.Table.from_arrays(arrays + [details, evidence], schema=schema)


def score_batches(batches: Iterator[pa.RecordBatch], text: str | None = None, **options: Any) -> Iterator[pa.RecordBatch]:
    """Score a stream of record batches: the shape of Spark's `mapInArrow` (see the README).

    Each batch is scored in this process and comes back as batches of `output_schema`.
    """
    for batch in batches:
        yield from score_table(batch, text, **options).to_batches()


def score_pandas(frame: Any, text: str | None = None, **options: Any) -> Any:
    """Score a pandas DataFrame; returns a DataFrame with the frame's index and Arrow-typed columns
    (`pandas.ArrowDtype`), so that the evidence keeps its Arrow type through Dask and Parquet."""
    import pandas as pd

    scored = score_table(frame, text, **options)
    result = scored.to_pandas(types_mapper=pd.ArrowDtype)
    result.index = frame.index
    return result


# --- Documents read by xlplugin.inputs ------------------------------------------------------
#
# `xlplugin score --engine dask` reads CSV files, workbooks, text files and folders through
# `xlplugin.inputs` (the default engine's reader), a few files per task, and writes each task's
# documents as a table of `score_items`: every input row, read by the same rules (separator and
# byte order mark, headers, encoding and its note, blank rows, cells that hold no text, ids).

# What each row says about how it was read: the keys `xlplugin score --json` gives them ("id",
# "source", "input_note", "error"), prefixed so that they cannot be taken for a user's own
# `id` or `source` (an outlet) column.
READING_FIELDS = (("input_id", "id"), ("input_source", "source"), ("input_note", "note"), ("input_error", "error"))


def _reading_values(item: Any) -> dict[str, str | None]:
    """The reading columns of one Record or Problem (`READING_FIELDS`), as `--json` says them."""
    from .inputs import Problem

    if isinstance(item, Problem):
        return {"id": item.id or item.source, "source": item.source, "note": None, "error": item.message}
    return {"id": item.id, "source": item.source, "note": item.note or None, "error": None}


def _user_columns(items: list[Any]) -> dict[str, str]:
    """The users' own columns of `items`, in the order first met, each with the name it is
    written under: its own, or YOURS where a reading, document or score column has its name,
    case ignored. Left out: the text column (as `score_table` leaves it out) and any named like
    a given field, case ignored ("ID": the `id` column holds what was read)."""
    texts = {getattr(item, "text_column", "") for item in items} - {""}
    owned = {name.lower() for name in item_columns()}
    names: dict[str, str] = {}
    for item in items:
        blank = _blank_header_names(list(item.columns))
        names.update((k, blank.get(k) or (YOURS.format(k) if str(k).lower() in owned else k)) for k in item.columns
                     if k not in texts and k not in names and not _names_a_given_field(k))
    return names


# (inputs48) The name a column with a blank header cell is written under in a part: "column C", its
# place as a spreadsheet shows it, as the summary names it (`inputs.unnamed_text_lines`). A CSV file's
# part had a column named "" (and "(2)" for a second blank one: `inputs.unique_headers`), which Spark
# and DuckDB cannot select and pandas shows as nothing. Its values are kept.
BLANK_HEADER = "column {letter}"


def _blank_header_names(names: list[str]) -> dict[str, str]:
    """{name: BLANK_HEADER of its place} for each of a table's column `names` (all of them, in order,
    the text column too) whose header cell was blank: "" or spaces, and the "(N)" `inputs.unique_headers`
    numbers a further blank one with; a name already taken is left as it was."""
    from .inputs import _column_letter

    if not any(not str(name).strip() for name in names):
        return {}
    taken = {str(name).lower() for name in names}
    found = {}
    for i, name in enumerate(names):
        if not str(name).strip() or re.fullmatch(r"\(\d+\)", str(name)):
            shown = BLANK_HEADER.format(letter=_column_letter(i))
            if shown.lower() not in taken:
                found[name] = shown
    return found


def item_columns() -> list[str]:
    """The columns of every `score_items` table, after the users' own: the reading columns
    (`READING_FIELDS`), `DOCUMENT_SCHEMA`, `SCORE_SCHEMA` and the scored text (`SCORED_TEXT`)."""
    return [name for name, _ in READING_FIELDS] + DOCUMENT_SCHEMA.names + _score_schema().names + [SCORED_TEXT.name, STATUS.name]


def score_items(items: list[Any], settings: Settings | None = None) -> pa.Table:
    """Score the Records of `items` (Records and Problems from `xlplugin.inputs`) in this process;
    one row per item, in order: the users' own columns (as text, as a person reads the cell;
    one named as a column below, case ignored, is kept as "name (yours)": `_user_columns`),
    the reading columns (`READING_FIELDS`), the document's fields (`DOCUMENT_SCHEMA`: each as
    `xlplugin score --json` gives it; a user's column of one of their names, which is what the
    field was read from, is left out), `SCORE_SCHEMA`, then the scored text of a document read
    from a file (`SCORED_TEXT`). A Problem's row has its id and null scores; its `input_error`
    says why it was not read."""
    import pyarrow.compute as pc

    from .cells import cell_display
    from .inputs import Record

    records = [item for item in items if isinstance(item, Record)]
    scored, statuses_read = _scored_in_batches(records, settings)
    numbers = iter(range(len(records)))
    # a Problem's row takes the score table's row "null": every score column null
    rows = pa.array([next(numbers) if isinstance(item, Record) else None for item in items], type=pa.int64())
    scored = scored.take(rows)
    user = _user_columns(items)
    columns = [pa.array([None if item.columns.get(name) is None else cell_display(item.columns[name]) for item in items],
                        type=pa.string()) for name in user]
    reading = [_reading_values(item) for item in items]
    columns += [pa.array([values[key] for values in reading], type=pa.string()) for _, key in READING_FIELDS]
    # a Problem's id too, as --json gives it (its input_id)
    ids = pc.coalesce(scored.column("id"), columns[len(user)])
    scored = scored.set_column(0, DOCUMENT_SCHEMA.field("id"), ids)
    # (book20) a Problem's title, URL, outlet, author and date as its row gave them: a row that
    # was not scored is still counted under its outlet, as the Outlets sheet counts it
    for name in GIVEN_FIELDS[1:]:
        given = pa.array([None if isinstance(item, Record) else getattr(item, name, "") or None for item in items],
                         type=pa.string())
        at = scored.schema.get_field_index(name)
        scored = scored.set_column(at, DOCUMENT_SCHEMA.field(name), pc.coalesce(scored.column(name), given))
    # (hunt51) a Problem's kind cues say why it has no kind, as --json's (`cli.problem_record`)
    at = scored.schema.get_field_index("kind_cues")
    cues = pa.array([None if isinstance(item, Record) else [kind_label(None)] for item in items], type=pa.list_(pa.string()))
    scored = scored.set_column(at, DOCUMENT_SCHEMA.field("kind_cues"), pc.coalesce(scored.column("kind_cues"), cues))
    texts = pa.array([item.text if isinstance(item, Record) else None for item in items], type=pa.string())
    found = iter(statuses_read)
    # (inputs48) an id other rows of the part use too, said as `--json` says it (`inputs.shared_id_notes`)
    statuses = pa.array(["; ".join(part for part in (next(found), id_note) if part)
                         if isinstance(item, Record) else status_cell(None, item.message)
                         for item, id_note in zip(items, shared_id_notes(items))], type=pa.string())
    fields = [pa.field(name, pa.string()) for name in user.values()] + [pa.field(name, pa.string()) for name, _ in READING_FIELDS]
    return pa.Table.from_arrays(columns + scored.columns + [texts, statuses],
                                schema=pa.schema(fields + list(scored.schema) + [SCORED_TEXT, STATUS]))


# (dask51) How many documents' results `score_items` holds as Python objects at once before they are
# made Arrow columns. All of a part's results (each with its evidence, many small dicts) were held
# until the end of the part: a CSV file is one part on Dask, so a worker's memory grew with the file.
# Measured on 800 generated documents of about 3.5 KB read from one CSV file: peak 229 MB -> 215 MB
# (108 MB before scoring), the same table; the rest of the growth is not this list (docs/dask.md).
RESULTS_PER_BATCH = 256


def _scored_in_batches(records: list[Any], settings: Settings | None) -> tuple[pa.Table, list[str]]:
    """The document fields and scores (`DOCUMENT_SCHEMA`, `SCORE_SCHEMA`) of `records`, scored in one
    `score_many` run (so that a paragraph repeated across one outlet's documents is judged on all
    of them), and each one's Status, `status_cell` with the note of its reading: the results are
    made Arrow tables RESULTS_PER_BATCH at a time as they come, never all held at once."""
    schema = pa.schema(list(DOCUMENT_SCHEMA) + list(_score_schema()))
    results = map(as_shown, score_many((r.as_input(note=False) for r in records), settings=settings, workers=1))
    tables, statuses = [], []
    while batch := list(islice(results, RESULTS_PER_BATCH)):
        tables.append(pa.Table.from_arrays(document_arrays(batch) + results_to_arrow(batch).columns, schema=schema))
        statuses += [status_cell(result, notes=[record.note]) for result, record in zip(batch, records[len(statuses):])]
    if not tables:
        tables.append(pa.Table.from_arrays(document_arrays([]) + results_to_arrow([]).columns, schema=schema))
    return pa.concat_tables(tables).combine_chunks(), statuses
