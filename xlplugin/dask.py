"""Score corpora on Dask: a laptop (`LocalCluster`), a cluster (`tcp://scheduler:8786`) or an HPC
queue (dask-jobqueue), with the same code.

    >>> import dask.dataframe as dd
    >>> from distributed import Client
    >>> from xlplugin.dask import score_frame, write_parquet
    >>> if __name__ == "__main__":          # worker processes are spawned: see the README
    ...     client = Client(n_workers=4, threads_per_worker=1)
    ...     articles = dd.read_parquet("articles/")
    ...     write_parquet(score_frame(articles, text="body"), "scored/")

Each partition is scored in one task, in the worker's own process (`xlplugin.frame.score_pandas`
with one process: no pool inside a worker; the cluster is the parallelism). Rows keep their
partition and their order. Use worker processes with one thread each: the scoring is pure Python,
so threads in one process (Dask's default scheduler without a cluster) do not run it in parallel.

`score_files` is what `xlplugin score ... --engine dask` runs: one Parquet part per input
partition, written under a temporary name and then renamed, so that a part either is complete or
is not there, and `--resume` can skip the parts that are. Parquet files are read with Dask; CSV
files, workbooks, text files and folders are read in the tasks by `xlplugin.inputs.read_found`,
the function the default engine reads them with, so that both engines read every input alike
(separator, byte order mark, headers, encoding and its note, blank rows, cells that hold no text,
ids), and each part has every input row, one that could not be read saying why (`input_error`),
with the fields `--json` gives each document (`xlplugin.frame.score_items`).

Needs the dask extra (`pip install ".[dask]"`, or the wheel with `[dask]`); `import xlplugin` imports none of this.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

import dask
import dask.dataframe as dd
from distributed import WorkerPlugin

from .copies import text_key
from .errors import InputError, XlpluginError
from .frame import NOT_DOCUMENT, OWN_ROWS, column_scale, compact_part, item_columns, rows_in_part, rows_not_documents, resolve_columns, score_pandas, text_column
from .inputs import describe_skipped, missing_path
from .inputs_summary import (CELL_REASONS, ITEM_CELL, MERGED_CELL, NO_TEXT_CELL, OBJECT_CELL, UNREADABLE, UNSAVED_META, cell_reason, counts_line, no_index_reason, other_text_columns_line, problem_line, same_text_line,
                             unscored_reason)
from .settings import Settings

__all__ = ["score_frame", "WarmUp", "register_warm_up", "read_corpus", "plan_files", "run_plan", "score_files", "write_parquet", "start_client", "mute_workers", "RunSummary", "PART_PATTERN", "PartsNotWritten"]

# Parts are named by their partition number, zero-padded so that a listing is in input order.
PART_PATTERN = "part.{:05d}.parquet"
MANIFEST = "_xlplugin.json"  # starts with "_": Parquet readers skip it when reading the folder

# How many times this process loaded the word lists through WarmUp (read by the tests).
_warm_ups = 0


class WarmUp(WorkerPlugin):
    """Loads the word lists (CMU dictionary, VADER's lexicon, every scorer's lists) once per worker,
    when the worker starts, instead of inside the first task each worker runs."""

    name = "xlplugin-warm-up"
    idempotent = True  # registered once per cluster, however many times a client asks

    def setup(self, worker: Any) -> None:
        global _warm_ups
        import dask.dataframe  # noqa: F401  (what the first task would import; imported now)

        from . import frame  # noqa: F401
        from .engine import warm_up

        warm_up()  # nothing to do in a worker forked from a server that already did (start_client)
        _warm_ups += 1


def register_warm_up(client: Any) -> None:
    """Register `WarmUp` with `client`'s cluster (workers that join later run it too)."""
    client.register_plugin(WarmUp(), name=WarmUp.name)


def score_frame(
    ddf: dd.DataFrame,
    text: str | None = None,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    settings: Settings | None = None,
    weights: Mapping[str, float] | None = None,
) -> dd.DataFrame:
    """Score every row of a Dask DataFrame; a Dask DataFrame of the same partitions and order.

    Columns: the input's own columns except the text, the document's fields that none of them
    stands for (`xlplugin.frame.DOCUMENT_SCHEMA`: kind, kind_cues, why...), then
    `xlplugin.frame.SCORE_SCHEMA` (flat scores, then `details` and `evidence` as Arrow lists of
    structs). `text`: the column with the documents (default: found by name, as `score_pandas`
    and the command line find it: text, body, content, article..., case and spaces ignored; two
    columns that could be it, "Text" and "text ", are refused). A missing column is an error now,
    before anything runs. With a distributed client active, the `WarmUp` plugin is registered with
    its cluster. A row's `input_id` (where there is no id column; a blank id's "N (no id)" where
    there is one) is its place among all the frame's rows, as `xlplugin score` numbers a CSV file's.
    """
    names = list(ddf.columns)
    text, found = resolve_columns(names, text, id, title, url, outlet)  # a missing column: an error now
    settings = (settings or Settings()).with_values(weights)
    options = {"id": id, "title": title, "url": url, "outlet": outlet, "settings": settings}
    meta = score_pandas(ddf._meta, text, **options)
    client = _current_client()
    if client is not None:
        register_warm_up(client)
    # (daskparity41) each partition's rows numbered from the place of its first row in the whole
    # frame, as `xlplugin score` numbers a table's rows: each partition numbered its rows from 1,
    # so a frame of several partitions and no id column gave rows one id (and blank ids one "N (no id)")
    lengths = dask.delayed(list)([dask.delayed(len)(part) for part in ddf.to_delayed()])
    not_documents = judged_rows(ddf.to_delayed(), text)  # (daskparity41: judged on the whole frame)
    return ddf.map_partitions(_score_partition, text, lengths, _date_scale(ddf, found["date"]), not_documents, meta=meta,
                              **options)


def judged_rows(parts: list[Any], text: str) -> Any:
    """`frame.rows_not_documents` of `parts` (a frame's or a file's partitions, delayed) read as one
    table, delayed. (dasklight41) Each part is first made compact in a task of its own
    (`frame.compact_part`: a short stand-in for each text that makes its row a document), so the
    one task that reads every row holds the stand-ins, not every text of the frame: the whole
    frame's texts in one task broke a corpus larger than one worker's memory."""
    return dask.delayed(rows_not_documents)([dask.delayed(compact_part)(part) for part in parts], text)


def _date_scale(ddf: dd.DataFrame, date: str | None) -> Any:
    """(daskparity41) Whether the date column `date` holds Unix times, judged on the whole column
    (`frame.column_scale`, delayed), as a CSV file's is: each partition judged its own rows, so a
    column of Unix times in one partition and dates in another was read as Unix times there, where
    `xlplugin score` reads none of it so. OWN_ROWS where there is no date column."""
    if date is None:
        return OWN_ROWS
    return dask.delayed(column_scale)(ddf[[date]].to_delayed(), date)


def _score_partition(part: Any, text: str, lengths: list[int], date_scale: int | None | str = OWN_ROWS,
                     not_documents: list[tuple[int, str]] | None = None, partition_info: dict[str, Any] | None = None,
                     **options: Any) -> Any:
    """`score_pandas` of one partition of `score_frame`'s frame, its rows numbered from the place of
    its first row among all the frame's rows (`lengths`: each partition's, in order), the date column
    and the rows that are no document judged on the whole frame (`date_scale`, `not_documents`). A partition
    whose length is not the one read first is an error, never a wrong id."""
    if partition_info is None:  # (Dask's meta: an empty frame, no partition)
        return score_pandas(part, text, **options)
    options["date_scale"] = date_scale
    number = partition_info["number"]
    if number >= len(lengths) or lengths[number] != len(part):
        raise InputError(f"partition {number} of the frame holds {len(part)} rows where {lengths[number] if number < len(lengths) else 'none'} "
                         "were counted first: its rows cannot be numbered in the frame")
    first = sum(lengths[:number])
    return score_pandas(part, text, first_row=1 + first, not_documents=rows_in_part(not_documents or [], first, len(part)),
                        **options)


def _current_client() -> Any:
    try:
        from distributed import get_client

        return get_client()
    except ValueError:  # no client: Dask's local scheduler
        return None


# --- The command line's engine -----------------------------------------------------------------


_PARQUET = (".parquet", ".pq")


def _parquet_files(paths: list[str], skipped: list[Any] | None = None) -> list[Path]:
    """The files of `paths` (Parquet files, folders of them), each once: (dask39) a file given
    twice, under two spellings of its path or by name beside its folder was read, scored and
    written twice, as `xlplugin score` no longer does (hunt38a); each repeat is left out, and
    said in `skipped` as `inputs._read_once` says it."""
    from .inputs import _read_once

    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # (CSV files too, so that a folder holding both is refused rather than half read)
            inside = sorted(p for p in path.iterdir() if p.suffix.lower() in _PARQUET + (".csv",) and not p.name.startswith((".", "_")))
            if not inside:
                raise InputError(f"{path}: no .parquet files in this folder")
            files += inside
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(missing_path(path))
    return [found[0] for found in _read_once([(file,) for file in files], skipped)]


def _is_parquet(path: Path) -> bool:
    """A Parquet file, or a folder that holds Parquet files (not in subfolders: a Dask or Spark
    output folder holds its parts so)."""
    if path.is_dir():
        return any(p.suffix.lower() in _PARQUET and not p.name.startswith((".", "_")) for p in path.iterdir())
    return path.suffix.lower() in _PARQUET


def read_corpus(paths: list[str], skipped: list[Any] | None = None) -> dd.DataFrame:
    """Parquet files, or folders of them (one partition per file, or per row-group block for large
    files), each file once (a repeat said in `skipped`, `inputs.Skipped`), in the order given
    (a folder's files by name), as `xlplugin score` reads CSV files: (daskparity41) Dask sorts the
    files of one `read_parquet` by their paths, so "b.parquet a.parquet" was written a's rows
    first where the same CSV files keep b's first; each file is read on its own and the files'
    partitions are joined in the order given.
    (CSV files, workbooks, text files: `plan_files` reads them as `xlplugin score` does, with
    `xlplugin.inputs`.)"""
    files = _parquet_files(paths, skipped)
    others = sorted({p.suffix or p.name for p in files if p.suffix.lower() not in _PARQUET})
    if others:
        raise InputError(f"these inputs mix Parquet with {', '.join(others)} files; score each kind in its own run")
    if len(files) == 1:
        return dd.read_parquet([str(files[0])])
    return dd.concat([dd.read_parquet([str(p)]) for p in files])


# Text files (and unreadable paths) scored in one task: a folder of 10,000 short articles is 157
# parts, not 10,000. A workbook is a part of its own, whatever its size; so is a CSV or JSON Lines
# file up to BLOCK_BYTES (dask52: a larger one is several parts, `Block`).
TEXT_FILES_PER_PART = 64
_TABLE_FILES = (".csv", ".tsv", ".xlsx", ".xlsm", ".jsonl", ".ndjson", ".json")
# (dask52) A CSV, TSV or JSON Lines file larger than this is cut into ceil(size / BLOCK_BYTES) parts,
# so that the workers score one large file together: one file was one part, scored by one worker
# while the others idled. About 2,400 articles of 3.5 KB, a few minutes of one worker; a part is
# also what --resume keeps or writes again. (Dask's `read_csv` cuts at 64 MB by default; a part here
# is scored, which costs far more per byte than parsing.)
BLOCK_BYTES = 8 * 2**20
_BLOCKED_FILES = (".csv", ".tsv", ".jsonl", ".ndjson")


@dataclass(frozen=True)
class Block:
    """(dask52) Part `number` of `blocks` of one large table file (`entry`, as `input_files` gives
    it): its rows from the place n * number // blocks to n * (number + 1) // blocks of the file's
    n rows. The file is cut by its rows as `read_found` reads them, not at a byte offset, so a
    quoted line break inside a cell is never a cut, and each row keeps the id, row number, date
    reading and not-a-document judgement that a reading of the whole file gives it.
    (dask54) `spill`: the folder where the file's first task (`spill_blocks`) writes each block's
    rows, read there by the block's part (`_read_block`); "" where there is none (the file read
    whole in each part, as dask52 read it)."""

    entry: Any
    number: int
    blocks: int
    spill: str = ""


def _blocks_of(entry: Any) -> int:
    """How many parts the table file of `entry` is cut into (1: not cut)."""
    path = entry[0]
    if path.suffix.lower() not in _BLOCKED_FILES:
        return 1
    try:
        size = path.stat().st_size
    except OSError:
        return 1  # (its part says why it cannot be read)
    return max(1, -(-size // BLOCK_BYTES))


def _file_parts(found: list[Any], spill: Path | None = None) -> list[list[Any]]:
    """`xlplugin.inputs.input_files`' list cut into the parts of a run, in order. (dask54) With
    `spill` (a folder), each large file's blocks are spilled under it, in a folder of their own."""
    from .inputs import Problem

    parts: list[list[Any]] = []
    run: list[Any] = []
    for place, entry in enumerate(found):
        if not isinstance(entry, Problem) and entry[0].suffix.lower() in _TABLE_FILES:
            blocks = _blocks_of(entry)
            folder = str(spill / f"file.{place:05d}") if spill is not None else ""
            whole = [[entry]] if blocks == 1 else [[Block(entry, number, blocks, folder)] for number in range(blocks)]
            parts += [run, *whole] if run else whole
            run = []
            continue
        run.append(entry)
        if len(run) == TEXT_FILES_PER_PART:
            parts.append(run)
            run = []
    return parts + [run] if run else parts


def _share(rows: list[Any], number: int, blocks: int) -> list[Any]:
    """Block `number`'s rows of a file's `rows` cut into `blocks` (`Block`)."""
    return rows[len(rows) * number // blocks:len(rows) * (number + 1) // blocks]


# (dask54) The name of a block's rows in its file's spill folder (`spill_blocks`), and of the spill
# folder of a run under its output folder: hidden (Parquet readers and `_prepare_output` pass over
# it), named anew for each run, and removed when the run ends (`run_plan`).
BLOCK_FILE = "block.{:05d}.pickle"
SPILL_FOLDER = ".xlplugin-blocks-"


def spill_blocks(block: Block, text: str | None) -> list[list[str]]:
    """(dask54) The first task of a large file's parts: the file read once, as `read_found` reads it
    (every judgement that reads the whole file, ids, row numbers, the date column, the rows that are
    not documents, made as a reading of the whole file makes them), and each block's rows written to
    `block.spill` (pickled, under a temporary name then renamed). Each part then reads its own
    rows only (`_read_block`): dask52 parsed the whole file in every part (about 8 times its bytes,
    held by each part that ran at once), to score an eighth of it. The rows of the file that are not
    documents ([path, reason, what] each), for its first block to say."""
    import pickle

    from .inputs import read_found

    skipped: list[Any] = []
    rows = list(read_found(*block.entry, text, skipped))
    folder = Path(block.spill)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(block.blocks):
        final = folder / BLOCK_FILE.format(number)
        temporary = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
        try:
            temporary.write_bytes(pickle.dumps(_share(rows, number, block.blocks), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, final)
        finally:
            temporary.unlink(missing_ok=True)
    return [[item.path, item.reason, item.what] for item in skipped]


def _read_block(block: Block, text: str | None, skipped: list[Any], spilled: list[list[str]] | None = None) -> list[Any]:
    """The rows of `block`, so that a worker scores and holds the results of one block. (dask54) Those
    its file's first task wrote (`spill_blocks`; `spilled`: the file's rows not documents, said by its
    first block), where it wrote them; else (no spill folder, or its file gone) the whole file read as
    `read_found` reads it and its other rows let go before scoring, as dask52 read every block."""
    import pickle

    from .inputs import Skipped, read_found

    if block.spill and spilled is not None:
        try:
            # (a file this run's own first task wrote, under a folder named for this run; read as it is
            # loaded, not held whole beside the rows)
            with (Path(block.spill) / BLOCK_FILE.format(block.number)).open("rb") as handle:
                rows = pickle.load(handle)  # noqa: S301
        except OSError:
            pass
        else:
            if block.number == 0:
                skipped.extend(Skipped(*said) for said in spilled)
            return rows
    return _share(list(read_found(*block.entry, text, skipped if block.number == 0 else None)), block.number, block.blocks)


def _score_found(part: list[Any], text: str | None, settings: Settings, spilled: list[list[str]] | None = None) -> Any:
    """One part's documents, read as `xlplugin score` reads them (`xlplugin.inputs.read_found`:
    the same separator, header, encoding, blank-row, cell and id rules) and scored in this
    worker: a table of `xlplugin.frame.score_items`, one row per input row or unreadable file
    (of a `Block`, its rows of the file; `spilled`: what its file's `spill_blocks` gave)."""
    from .frame import score_items
    from .inputs import Problem, Skipped, read_found

    items: list[Any] = []
    skipped: list[Skipped] = []
    for entry in part:
        if isinstance(entry, Block):
            items += _read_block(entry, text, skipped, spilled)
        else:
            items += [entry] if isinstance(entry, Problem) else read_found(*entry, text, skipped)
    cells = sum(1 for item in items if isinstance(item, Problem) and item.kind == "cell")
    return with_not_read(score_items(items, settings), skipped, cells)


# The schema metadata key under which a part's table carries the rows of its inputs that are not
# documents (an Excel table's totals row): `_write_part` takes it off before writing and returns
# them, and `run_plan` says them in `RunSummary.not_read` as `xlplugin score` says them.
_NOT_READ_KEY = b"xlplugin.not_read"
# (dask45) The key under which a written part keeps its input rows not read, [path, reason, what]
# each, so that a run that keeps the part (--resume) says them as the run that wrote it did
# (`_kept_part`); the key above is the worker's message to the client, taken off before writing.
_KEPT_NOT_READ_KEY = b"xlplugin.rows_not_read"
# Likewise the number of its rows whose text cell held no text (read as a Problem of kind "cell":
# a row with an `input_error`, counted apart from the files that could not be read).
_CELLS_KEY = b"xlplugin.no_text_cells"


def with_not_read(table: Any, skipped: list[Any], cells: int = 0) -> Any:
    """`table` carrying `skipped` (Skipped rows, see `_NOT_READ_KEY`) and the number of rows
    whose text cell held no text (`_CELLS_KEY`); itself when there are none."""
    if not skipped and not cells:
        return table
    added = {_CELLS_KEY: str(cells).encode()} if cells else {}
    if skipped:
        added[_NOT_READ_KEY] = json.dumps([[item.path, item.reason, item.what] for item in skipped]).encode()
    return table.replace_schema_metadata({**(table.schema.metadata or {}), **added})


def _take_not_read(table: Any) -> tuple[Any, list[list[str]], int]:
    """`table` without the rows not read and the count of text cells with no text it carried
    (`with_not_read`), and those."""
    metadata = dict(table.schema.metadata or {})
    said, cells = metadata.pop(_NOT_READ_KEY, None), metadata.pop(_CELLS_KEY, None)
    if said is None and cells is None:
        return table, [], 0
    return table.replace_schema_metadata(metadata or None), json.loads(said or b"[]"), int(cells or 0)


@dataclass
class RunSummary:
    parts: int  # parts in the output folder at the end
    written: int  # parts written by this run
    skipped: int  # parts already there (with --resume)
    documents: int  # documents read by this run
    scored: int  # of which scored (the others: see `unscored`)
    indexed: int  # of which with a reliability index
    unscored: dict[str, int]  # documents not scored, by reason ("empty", "not English", "mixed language", "too short", NO_TEXT_CELL, UNREADABLE)
    seconds: float
    # rows of the inputs that are not documents (an Excel table's totals row), in words, as
    # `xlplugin score` says them ("1 row not read, a table's totals row ...: BOOK sheet S row 9");
    # of every part of the run, in input order: (dask45) with --resume, those of the parts kept too
    # (each part keeps its own in its metadata, `_write_part`), where they were this run's parts' alone
    not_read: list[str] = field(default_factory=list)

    no_index: dict[str, int] = field(default_factory=dict)  # of the scored, those with no index, by reason
    problems: list[str] = field(default_factory=list)  # the rows not scored for their input, as `xlplugin score` says them
    # (rows17) (id, where) of each document read by `xlplugin.inputs`, in input order, for the
    # warning `xlplugin score` gives about ids that several documents share (none for Parquet inputs)
    read_ids: list[tuple[str, str]] = field(default_factory=list)
    # (hunt44) the documents held by the parts already there (with --resume), not read by this run:
    # the summary said "3 documents read" of a run that finished 9 documents, 6 of them kept
    kept: int = 0
    # (hunt53) (text key, name) of each document this run scored (`copies.text_key` of its text; its id,
    # or its part's row), in input order, for the line on texts word for word the same (`same_text_line`)
    text_keys: list[tuple[str | None, str]] = field(default_factory=list)

    def counts(self) -> str:
        """What happened to the documents, in `xlplugin score`'s words and counts
        (`inputs_summary.counts_line`): a text cell that holds no text was read and not scored
        ("with no text in the text cell"); a file that could not be read is not a document read,
        and is counted as unreadable."""
        unreadable = self.unscored.get(UNREADABLE, 0)
        unscored = {why: n for why, n in self.unscored.items() if why != UNREADABLE}
        return counts_line(self.documents - unreadable, self.indexed, self.no_index, unscored, unreadable)

    def same_text_line(self) -> str:
        """(hunt53) The line on documents whose text is word for word another's, in `xlplugin score`'s
        words (`inputs_summary.same_text_line`); "" where none is."""
        return same_text_line([key for key, _ in self.text_keys], [name for _, name in self.text_keys])


# A row's `note` says why it was not scored (xlplugin.engine.score_document): the reasons counted;
# a row with an `input_error` (a file or cell that could not be read) is "unreadable"; a text a
# third or more in another language (`mixed_language`) is "mixed language", not "not English".
# A row whose text cell holds no text (a Parquet row's note, `xlplugin.frame.not_text_note`, or a
# CSV file's or workbook's row read as a Problem of kind "cell", counted by `_score_found`) is
# NO_TEXT_CELL, in the words of `xlplugin score`'s summary; only a file that could not be read
# is UNREADABLE.
def _parquet_ids(table: Any, part: str) -> list[tuple[str, str]]:
    """(jsonl29) (id, where) of each row of a scored Parquet part whose input has an id column
    (found by name), for the warning about ids several rows share, as `xlplugin score` gives it:
    each row named by its place in the output part ("part.00002.parquet row 5")."""
    from .inputs import ID_COLUMN_NAMES, find_column, id_text

    column = find_column(list(table.column_names), ID_COLUMN_NAMES)
    if column is None or not part:
        return []
    return [(id_text(value).strip(), f"{part} row {row}") for row, value in enumerate(table.column(column).to_pylist(), start=1)
            if value is not None and value == value and id_text(value).strip()]


def _counts(table: Any, not_read: list[list[str]] | None = None, cells: int = 0, part: str = "") -> dict[str, Any]:
    """The rows of one scored part: how many, scored, with an index, and not scored by reason;
    and the input rows not read, that are not documents (`with_not_read`). `cells`: of the rows
    with an `input_error`, those whose text cell held no text (`_score_found`)."""
    no_index: dict[str, int] = {}
    problems: list[str] = []
    rows = table.num_rows
    errors = table.column("input_error").to_pylist() if "input_error" in table.column_names else [None] * rows
    sources = table.column("input_source").to_pylist() if "input_source" in table.column_names else [""] * rows
    # (parity40) a table's rows (`score_table`: a Parquet part) were read from no file: their `input_source` is null,
    # and a row with an `input_error` is one whose text cell held no text, counted as a CSV file's such row is
    from_table = "input_source" not in table.column_names or all(source is None for source in sources)
    if from_table and not cells:
        cells = sum(1 for error in errors if error)
    unscored: dict[str, int] = {NO_TEXT_CELL: cells} if cells else {}
    ids = table.column("id").to_pylist() if "id" in table.column_names else [""] * rows
    indexes = table.column("reliability").to_pylist()
    # (hunt53) the texts, where the part holds them (a part read back for its counts does not), keyed
    texts = table.column("text").to_pylist() if "text" in table.column_names else None
    text_keys: list[tuple[str | None, str]] = []
    not_read = list(not_read or [])
    for row, (note, error, source, row_id, index) in enumerate(zip(table.column("note").to_pylist(), errors, sources, ids, indexes), 1):
        if (note or "").startswith(NOT_DOCUMENT):  # (hunt40b) a Parquet row that is no document: said as a CSV file's
            not_read.append([f"{part or 'part'} row {row}", note.removeprefix(NOT_DOCUMENT).split("; ")[0], "row"])
            rows -= 1
            continue
        if texts is not None and not error:
            text_keys.append((text_key(texts[row - 1]), str(row_id or f"{part or 'part'} row {row}")))
        why = UNREADABLE if error else unscored_reason(note or "")
        if why:
            unscored[why] = unscored.get(why, 0) + 1
        if error:  # (a text cell with no text: "column C: not text: ..."; said as the default engine says it)
            problems.append(problem_line(source or f"{part or 'part'} row {row}", error, str(row_id or ""),
                                         "cell" if _cell_error(error) else ""))
        reason = "" if error else no_index_reason(note or "", index is not None)
        if reason:
            no_index[reason] = no_index.get(reason, 0) + 1
    if cells:
        unscored[UNREADABLE] -= cells
        # (loose22) of those, the rows whose metadata cell holds a formula with no saved value
        # (loose26) the rows of a merged text cell; (hunt39c) a cut text, a number or a date; (hunt40b) TRUE/FALSE, a time, a link
        for why in (UNSAVED_META, MERGED_CELL, *(why for why in CELL_REASONS if why != NO_TEXT_CELL)):
            found = sum(1 for error in errors if error and cell_reason(error) == why)
            unscored[NO_TEXT_CELL] -= found
            unscored[why] = found
        unscored = {why: n for why, n in unscored.items() if n}
    indexed = table.num_rows - table.column("reliability").null_count
    # (rows17) the documents read by `xlplugin.inputs` (which alone give an input_source), as
    # `xlplugin score` checks their ids: the rows read, not those that could not be
    read_ids = _parquet_ids(table, part) if from_table else [
        (str(row_id), source or "") for row_id, source, error
        in zip(table.column("input_id").to_pylist(), sources, errors) if not error]
    return {"rows": rows, "scored": rows - sum(unscored.values()), "indexed": indexed, "unscored": unscored,
            "not_read": not_read, "no_index": no_index, "problems": problems, "read_ids": read_ids,
            "text_keys": text_keys}


def _cell_error(error: str) -> bool:
    """Whether a row's `input_error` is its text cell's (a document read and not scored: "column text:
    ...", or (hunt53) a JSON record's text field holding an object, `inputs_summary.OBJECT_CELL`), not a
    file that could not be read: said and counted as `xlplugin score` says and counts it."""
    return error.startswith("column ") or cell_reason(error) in (OBJECT_CELL, ITEM_CELL)  # (hunt55: a list with a number)


def _readable_metadata(table: Any) -> Any:
    """`table` with pandas metadata that pandas and Dask can read back. pandas records each
    column's dtype as text and rebuilds it on reading; for Arrow list and struct columns
    (`contributors`, `details`, `evidence`) that text ('list<item: string>[pyarrow]') is one
    pandas cannot parse, so `pd.read_parquet` and `dd.read_parquet` failed (pandas issues 53011,
    57411). Such a column is recorded as object: read as Python values, or typed with
    `dtype_backend="pyarrow"`. The Arrow schema, and so the data, are unchanged."""
    import pandas as pd

    if b"pandas" not in (table.schema.metadata or {}):
        return table  # (an Arrow table of `score_items`: no pandas dtypes recorded to correct)
    metadata = json.loads(table.schema.metadata[b"pandas"])
    for column in metadata["columns"]:
        try:
            pd.api.types.pandas_dtype(column["numpy_type"])
        except (TypeError, NotImplementedError):
            column["numpy_type"] = "object"
    return table.replace_schema_metadata({**table.schema.metadata, b"pandas": json.dumps(metadata).encode()})


def _write_part(frame: Any, path: str) -> dict[str, Any]:
    """Write one scored partition: to a hidden temporary name, then renamed into place; its
    counts (`_counts`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    # The score columns are Arrow-typed already (SCORE_SCHEMA); the user's own columns keep the
    # types their values have.
    table = frame if isinstance(frame, pa.Table) else pa.Table.from_pandas(frame, preserve_index=False)
    table, not_read, cells = _take_not_read(table)
    table = _readable_metadata(table)
    if not_read:  # (dask45) kept in the part's metadata, for a run that keeps this part (--resume) to say them too
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), _KEPT_NOT_READ_KEY: json.dumps(not_read).encode()})
    final = Path(path)
    temporary = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)
    return _counts(table, not_read, cells, final.name)


def write_parquet(scored: dd.DataFrame, folder: str | Path) -> None:
    """Write a `score_frame` result into `folder` as part.NNNNN.parquet, one part per partition,
    as `score_files` does: files that `pd.read_parquet` and `dd.read_parquet` read back (Dask's
    own `to_parquet` writes the pandas metadata that `_readable_metadata` corrects)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    parts = scored.to_delayed()
    dask.compute(*[dask.delayed(_write_part)(part, str(folder / PART_PATTERN.format(i))) for i, part in enumerate(parts)])


def _manifest(files: list[Path], text: str | None, settings: Settings, partitions: int, columns: list[str]) -> dict[str, Any]:
    from .engine import engine_version

    # Each input file with its size and modification time, and a hash of its contents: a file
    # changed since the parts were written makes --resume refuse, rather than mix parts of the
    # old and the new file; also an edit that keeps the size, with its time put back (by a copy,
    # a restore or a sync tool). The columns each part has besides the user's own (for Parquet:
    # all of them): a version of xlplugin that writes other columns refuses to resume a folder of
    # parts written by another (one from before the document's fields were columns has no
    # "columns"), rather than mix parts of two layouts.
    return {
        "inputs": [[str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns] for p in files],
        "contents": [_contents_hash(p) for p in files],
        "text_column": text,
        "partitions": partitions,
        "engine": engine_version(),
        "settings": settings.digest(),
        "columns": columns,
        # (hunt43) how the inputs' rows were read (`reading_rules`)
        "reading": reading_rules(),
        # (resume33) the values behind the digest, to name a changed setting in the refusal
        # ("Loaded language weight 5 → 0"); not compared itself (the digest is)
        "setting_values": _setting_values(settings),
    }


def _setting_values(settings: Settings) -> dict[str, Any]:
    return {"values": {key: value for key, value in sorted(settings.values.items()) if key != "workers"},
            "ratings": {key: list(value) for key, value in sorted(settings.ratings.items())}}


# (resume33) The keys of the run file that are not compared by `_prepare_output`: the files not
# read are said, not part of what the parts hold; the settings' values are the digest's details.
_NOT_COMPARED = ("not_read", "setting_values", "parquet_reading")
# (daskparity41) How a Parquet run's parts read its files' rows: in the order the files are given
# (`read_corpus`), each file's date column and rows that are no document judged on the whole file.
# Before, in the order of their paths and on each partition's rows: --resume refuses a folder of
# such parts (one file's rows could be written twice and another's none, or two parts read otherwise).
PARQUET_READING = "daskparity41"


# (hunt43) Which rows are documents (a note, a total, a row describing the columns), each row's id,
# the text and fields of a cell: a CSV, JSON or text run read by other rules (an earlier xlplugin,
# whose scorers had the same versions) was resumed, one file's rows read one way and the next
# file's another, with no word said. (hunt44) hunt43 noted a digest of five modules (inputs,
# inputs_jsonl, inputs_sheets, cells, frame); a rule elsewhere that reads rows or texts (text_tables,
# subtitles, file_titles, pages for HTML inputs, mojibake ...) changed and the run was still
# resumed. The digest is of the whole package now: every file under it (modules and data files),
# so any change of the install refuses, and an unchanged install resumes.
_NOT_SOURCE = ("__pycache__",)


def reading_rules() -> str:
    """A digest of every file of the installed package (SHA-256 of each file's path in the package
    and bytes, its first 16 hex digits): another where any rule that reads an input's rows, or
    anything else, changed. The package version where the sources cannot be read."""
    from . import __version__

    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    try:
        files = sorted(p for p in root.rglob("*") if p.is_file() and not any(part in _NOT_SOURCE for part in p.parts)
                       and p.suffix not in (".pyc", ".pyo"))
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    except OSError:
        return __version__
    return digest.hexdigest()[:16]


def _contents_hash(path: Path) -> str:
    """A hash of a file's bytes (SHA-256, hex), or "" for a file that cannot be read (its part
    then says why). Reading a file once to hash it costs little next to scoring it."""
    try:
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return ""


def _edited_inputs(before: dict[str, Any], manifest: dict[str, Any]) -> str:
    """The inputs whose contents changed while their size and modification time did not (an
    edit of the same length, its time put back), named for the refusal; "" when any other
    part of the run changed too, or the inputs are not the same files."""
    if before.get("inputs") != manifest["inputs"] or len(before["contents"]) != len(manifest["contents"]):
        return ""
    names = [Path(entry[0]).name for entry, old, new in zip(manifest["inputs"], before["contents"], manifest["contents"])
             if old != new]
    return (f": {_listed_names(names)} {'was' if len(names) == 1 else 'were'} edited since those parts were written, "
            "though size and modification time are the same")


def _shown_value(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else repr(value) if isinstance(value, str) else str(value)


def _setting_changes(before: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """(resume33) Each setting whose value differs between two runs' `_setting_values`, in the
    Settings sheet's words ("Loaded language weight 5 → 0"); rated sources added, removed or
    rated otherwise."""
    from .settings import settings_table

    words = {s.name: s.shown for s in settings_table()}
    old, new = before.get("values", {}), now.get("values", {})
    changes = [f"{words.get(key, key)} {_shown_value(old.get(key))} → {_shown_value(new.get(key))}"
               for key in dict.fromkeys([*old, *new]) if old.get(key) != new.get(key)]
    old, new = before.get("ratings", {}), now.get("ratings", {})
    for key in dict.fromkeys([*old, *new]):
        if old.get(key) != new.get(key):
            was = f"{old[key][0]:g}" if key in old else "not rated"
            changes.append(f"source rating of {key} {was} → {f'{new[key][0]:g}' if key in new else 'not rated'}")
    return changes


def _what_changed(key: str, before: dict[str, Any], manifest: dict[str, Any]) -> str:
    """(resume33) One part of the run that changed since the parts were written, named with what
    it was and is: the settings (each value, where the run file keeps them: written since
    resume33), the text column, the inputs (added, gone or edited)."""
    if key == "settings":
        changes = _setting_changes(before["setting_values"], manifest["setting_values"]) \
            if "setting_values" in before else []
        return "settings changed" + (f": {'; '.join(changes)}" if changes else "")
    if key == "text_column":
        return (f"text column changed: {before.get('text_column') or 'found by name'} → "
                f"{manifest.get('text_column') or 'found by name'}")
    if key == "inputs" and isinstance(before.get("inputs"), list) and before["inputs"] != manifest["inputs"]:
        old = {entry[0]: entry[1:] for entry in before["inputs"]}
        new = {entry[0]: entry[1:] for entry in manifest["inputs"]}
        said = [f"{_listed_names(names)} {what}" for names, what in (
            ([Path(name).name for name in new if name not in old], "added"),
            ([Path(name).name for name in old if name not in new], "gone"),
            ([Path(name).name for name in new if name in old and old[name] != new[name]], "edited"),
        ) if names]
        return "inputs changed" + (f": {', '.join(said)}" if said else "")
    if key == "inputs":
        return "inputs changed"
    if key == "partitions":
        return f"number of parts changed: {before.get('partitions')} → {manifest.get('partitions')}"
    return f"{key} changed"


def _how_to_finish(named: list[str], before: dict[str, Any], manifest: dict[str, Any]) -> str:
    """(resume33) How to finish the earlier run, where only its settings or text column changed:
    run again with those; "" otherwise."""
    if not set(named) <= {"settings", "text_column"}:
        return ""
    options = []
    if "text_column" in named:
        options.append(f"--text-column {before['text_column']!r}" if before.get("text_column") else "no --text-column")
    if "settings" in named:
        if "setting_values" not in before:
            return "to finish it, run again with the settings it was started with, or "
        old, new = before["setting_values"], manifest["setting_values"]
        if old.get("ratings") != new.get("ratings"):
            return "to finish it, run again with the settings and source ratings (--ratings) it was started with, or "
        for key, value in old["values"].items():
            if new["values"].get(key) == value:
                continue
            if key.startswith("weight."):
                options.append(f"--weight {key.removeprefix('weight.')}={_shown_value(value)}")
            elif key == "sources.builtin" and not value:
                options.append("--no-builtin-ratings")
            else:
                return "to finish it, run again with the settings it was started with, or "
    return f"to finish it, run the same command with {' '.join(options)}; or "


def _listed_names(names: list[str]) -> str:
    shown = names[:3] + ([f"{len(names) - 3} more"] if len(names) > 3 else [])
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _prepare_output(output: Path, manifest: dict[str, Any], resume: bool) -> str:
    """Check `output` for this run and write its run file; returns a line for the user ("" when
    there is nothing to say). A folder holding a run file and no part (a run stopped before it
    wrote its first part) holds nothing to keep or mix: it is started afresh, resumed or not."""
    output.mkdir(parents=True, exist_ok=True)
    marker = output / MANIFEST
    parts = sorted(output.glob("part.*.parquet"))
    note = ""
    if marker.exists() and not parts:
        note = (f"{output} held no scored part, only the run file of a run stopped before its first part "
                f"({MANIFEST}): started afresh")
    elif marker.exists() or parts:
        if not resume:
            raise InputError(
                f"{output} already holds scored parts; add --resume to finish that run, or choose an empty folder"
            )
        try:
            before = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise InputError(f"{output}: parts without a readable {MANIFEST}; choose an empty folder") from None
        # (the files not read are said, not part of what the parts hold: a run file without them
        # is the same run)
        changed = [key for key in manifest if key not in _NOT_COMPARED and before.get(key) != manifest[key]]
        if "columns" not in before:
            raise InputError(
                f"{output} holds parts written by an earlier xlplugin, without the columns this one writes "
                "(id, kind, title...); --resume only finishes a run of this version: choose an empty folder"
            )
        if "contents" not in before:
            raise InputError(
                f"{output} holds parts written by an earlier xlplugin, which did not note what its inputs held, "
                "so --resume cannot check that they are unchanged: choose an empty folder"
            )
        if "parquet_reading" in manifest and before.get("parquet_reading") != manifest["parquet_reading"]:
            raise InputError(
                f"{output} holds parts written by an earlier xlplugin, which wrote several Parquet files' rows in "
                "the order of their paths, not the order given, and judged dates and notes on each part's rows, "
                "not each file's; --resume would mix the two: choose an empty folder"
            )
        if before.get("reading") != manifest["reading"]:
            raise InputError(
                f"{output} holds parts written by another xlplugin, which read the inputs' rows by other rules "
                "(which rows are documents, their ids, the text of a cell); --resume would mix parts read two ways: "
                "score again into an empty folder"
            )
        if changed:
            edited = _edited_inputs(before, manifest) if changed == ["contents"] else ""
            named = list(dict.fromkeys("inputs" if key == "contents" else key for key in changed))
            if "inputs" in named and "partitions" in named:  # (resume33: other inputs, other parts: said once)
                named.remove("partitions")
            said = [_what_changed(key, before, manifest) for key in named]
            finish = _how_to_finish(named, before, manifest)
            raise InputError(
                f"{output} holds parts of a different run ({'; '.join(said)}{edited}); "
                f"--resume only finishes the same run: {finish}choose an empty folder"
            )
    # A killed run can leave temporary files behind; they are never complete parts.
    for stale in output.glob(".part.*.tmp"):
        stale.unlink(missing_ok=True)
    temporary = marker.with_name(f".{MANIFEST}.tmp")
    temporary.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, marker)
    return note


NO_WORKERS_TIMEOUT = "120s"  # how long a local cluster's task may wait with no worker at all


def start_client(scheduler: str | None = None, workers: int | None = None) -> Any:
    """A client of the cluster at `scheduler`, or of a new local cluster of `workers` processes
    with one thread each (None: one per core), listening on 127.0.0.1 only."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    import logging
    import multiprocessing

    from distributed.utils import get_mp_context

    # Workers are forked from a fork server that has already imported what they need and loaded
    # the word lists (xlplugin._preload), rather than each started from scratch (spawn: a fresh
    # interpreter importing distributed, pandas, pyarrow and reading the word lists, once per
    # worker). The server itself is a fresh process, so the caller's threads and state never
    # reach a worker.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    # The workers' statistical profiler samples every thread's stack every 10 ms, taking the GIL
    # from the scoring thread each time: off for these workers (a cluster of your own keeps its
    # settings).
    # (lead, session 40) A task left with no worker for 2 minutes (every worker of this cluster
    # died and none could be started again) fails, and its part is named as not written
    # (`PartsNotWritten`), rather than the run waiting for a worker for ever.
    local = {"distributed.worker.multiprocessing-method": method, "distributed.worker.profile.enabled": False,
             "distributed.scheduler.no-workers-timeout": NO_WORKERS_TIMEOUT}
    with dask.config.set(local):
        if method == "forkserver":
            get_mp_context()  # distributed sets its own preload list first ...
            multiprocessing.get_context("forkserver").set_forkserver_preload(list(_PRELOAD))  # ... which this extends
            _start_forkserver_deaf_to_ctrl_c()
        with _quiet_if_interrupted():
            cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=":0",  # any free port: never a clash with another cluster on 8787
                silence_logs=logging.ERROR,
            )
    return Client(cluster)


# Ctrl-C in a terminal interrupts every process of the command's group: the workers (and the fork
# server they come from) each printed a traceback of wherever they were, some 40 lines before
# "xlplugin: interrupted". The fork server is started ignoring it (an ignored signal stays ignored
# in the programs a process starts, and the workers are forked from it), so only the command
# itself hears Ctrl-C, stops and closes its cluster. What the workers write to stderr comes
# through a pipe that this process passes on (`_WorkerOutput`) until it is interrupted: a worker
# still starting then fails on the closed cluster's resources, and that is not worth a traceback.
class _WorkerOutput:
    """A pipe for the workers' stderr, passed on to this process's stderr until `mute`."""

    def __init__(self) -> None:
        import threading

        self.read, self.write = os.pipe()
        self.passing = True
        threading.Thread(target=self._pass_on, name="xlplugin-worker-output", daemon=True).start()

    def _pass_on(self) -> None:
        with os.fdopen(self.read, "rb", buffering=0) as pipe:
            for chunk in iter(lambda: pipe.read(65536), b""):
                if self.passing:
                    with suppress(OSError):
                        os.write(2, chunk)


_worker_output: _WorkerOutput | None = None


def mute_workers() -> None:
    """Stop passing on what the local workers write to stderr (after Ctrl-C: see `_WorkerOutput`)."""
    if _worker_output is not None:
        _worker_output.passing = False


def _start_forkserver_deaf_to_ctrl_c() -> None:
    import signal
    import threading
    from multiprocessing import forkserver

    global _worker_output
    if threading.current_thread() is not threading.main_thread():  # (only the main thread sets handlers)
        forkserver.ensure_running()
        return
    _worker_output = _worker_output or _WorkerOutput()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    saved = os.dup(2)
    os.dup2(_worker_output.write, 2)  # the fork server's stderr (and so its workers')
    try:
        forkserver.ensure_running()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _quiet_if_interrupted() -> Iterator[None]:
    """Ctrl-C while a local cluster starts: the half-started cluster is closed here, its errors
    (workers that never started) not shown, and left out of distributed's own closing at exit,
    which printed them as a traceback after "xlplugin: interrupted". Its worker processes are
    daemons: they end with this process."""
    from distributed.deploy.spec import SpecCluster

    before = set(SpecCluster._instances)
    try:
        yield
    except KeyboardInterrupt:
        mute_workers()
        for cluster in set(SpecCluster._instances) - before:
            with suppress(Exception):
                cluster.close(timeout=5)
            cluster.shutdown_on_close = False
        raise


class _GatherErrors:
    """Leaves out the scheduler's "Couldn't gather keys" error (distributed.scheduler's logger),
    logged when Ctrl-C closes the cluster while a finished part's result was being fetched: the
    part was never written, the run stopped because it was asked to, and the line came before
    "xlplugin: interrupted" as if something had gone wrong. Added to that logger only once a run
    was interrupted, and taken off when the next run starts: other errors, and that one in a run
    that was not interrupted, are logged as distributed logs them."""

    def filter(self, record: Any) -> bool:
        return not str(record.msg).startswith("Couldn't gather keys")


_gather_errors = _GatherErrors()


@contextmanager
def _quiet_gather_errors_if_interrupted() -> Iterator[None]:
    import logging

    scheduler_log = logging.getLogger("distributed.scheduler")
    scheduler_log.removeFilter(_gather_errors)  # (a run before this one was interrupted)
    try:
        yield
    except KeyboardInterrupt:
        scheduler_log.addFilter(_gather_errors)  # (before the cluster closes: the caller closes it)
        raise


# What the fork server imports before forking local workers: distributed's own list, then what a
# task needs, then xlplugin._preload (the word lists, loaded once and shared by every worker).
_PRELOAD = ("distributed", "dask", "msgpack", "cloudpickle", "tornado", "toolz", "numpy", "pandas", "pyarrow",
            "dask.dataframe", "xlplugin.frame", "xlplugin._preload")


@dataclass
class Plan:
    """A run of `score_files`, checked and ready: which parts to write, from what."""

    parts: list[Any]  # each part's scored rows, to compute: a Dask partition, or a delayed table
    output: Path
    todo: list[int]
    skipped: list[str] = field(default_factory=list)  # the files of the folders given not read, by reason
    notes: list[str] = field(default_factory=list)  # the text column read, where another could be it; what was found in the output folder
    # (hunt31) each such file (named from the folder given, inputs.in_folder_given) and why, as the
    # default engine's workbook Overview and --json list them; the run file keeps them ("not_read")
    files_not_read: list[tuple[str, str]] = field(default_factory=list)


def plan_files(
    paths: list[str],
    output: Path,
    *,
    text: str | None = None,
    settings: Settings | None = None,
    resume: bool = False,
) -> Plan:
    """Read the inputs' metadata, check the text column and the output folder: everything that can
    be wrong is found here, before a cluster is started. Parquet files are read with Dask; every
    other input (CSV files, workbooks, text files, folders) as `xlplugin score` reads it
    (`_plan_read_files`)."""
    settings = settings or Settings()
    read_line = ""
    if any(_is_parquet(Path(p)) for p in paths):
        repeats: list[Any] = []
        ddf = read_corpus(paths, repeats)
        given, text = text, text_column(list(ddf.columns), text, "--text-column")
        # (which column was read, where another has a text column's name: as `score` says it of a CSV file)
        read_line = "" if given else other_text_columns_line(_inputs_named(paths), list(ddf.columns), text)
        scored = score_frame(ddf, text, settings=settings)
        files = _parquet_files(paths)
        parts, skipped, columns = _numbered_parts(ddf, text, settings, files, paths), describe_skipped(repeats), list(scored.columns)
    else:
        spill = output / f"{SPILL_FOLDER}{uuid.uuid4().hex}"  # (dask54: a large file's blocks, `spill_blocks`)
        parts, files, skipped, not_read = _plan_read_files(paths, text, settings, spill)
        columns = item_columns()
    if any(_is_parquet(Path(p)) for p in paths):
        not_read = []
    manifest = _manifest(files, text, settings, len(parts), columns)
    manifest["not_read"] = [list(entry) for entry in not_read]
    if any(_is_parquet(Path(p)) for p in paths):
        manifest["parquet_reading"] = PARQUET_READING
    note = _prepare_output(output, manifest, resume)
    damaged = _damaged_parts(output, len(parts))
    todo = [i for i in range(len(parts)) if i in damaged or not (output / PART_PATTERN.format(i)).exists()]
    return Plan(parts, output, todo, skipped, [line for line in (read_line, note, *damaged.values()) if line],
                files_not_read=not_read)


def _part_damage(path: Path) -> str:
    """(resume33) Why the part at `path` cannot be read back (cut short, not Parquet, no
    permission), "" where it can: its footer, schema and row groups' metadata are read, as every
    reader of the folder reads them first."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        metadata = pq.read_metadata(path)
        metadata.schema.to_arrow_schema()
        for group in range(metadata.num_row_groups):
            metadata.row_group(group)
    except (pa.ArrowException, OSError, ValueError) as exc:
        # (pyarrow's first sentence: "Parquet magic bytes not found in footer")
        return str(exc).split("\n")[0].split(". ")[0].rstrip(".") or type(exc).__name__
    return ""


def _damaged_parts(output: Path, count: int) -> dict[int, str]:
    """(resume33) The parts `--resume` would keep that cannot be read back (a part cut short by a
    full disk, a copy or a sync stopped midway), by number, each with the line that names it:
    such a part is written again, not kept (its rows would be lost, and every reader of the
    folder, `xlplugin` too, would stop on it)."""
    damaged = {}
    for i in range(count):
        path = output / PART_PATTERN.format(i)
        if path.exists() and (why := _part_damage(path)):
            damaged[i] = (f"{path} could not be read ({why}): it is damaged or cut short, "
                          "so it is scored and written again")
    return damaged


def _numbered_parts(ddf: dd.DataFrame, text: str, settings: Settings, files: list[Path], paths: list[str]) -> list[Any]:
    """(jsonl29) The parts of a Parquet run, as delayed frames, each scored knowing the place of
    its first row (each partition's length is read first). Where the input has an id column, a
    row with a blank id is "N (no id)", N its place in the whole input, as `xlplugin score`
    numbers a CSV row's: two partitions never give two rows one such id. (daskids40) Where it
    has none, a row's id is its place in its file, counted over the whole file, named by its
    file ("b.parquet:3") where `xlplugin score` names a CSV file's rows so: a file of a folder
    given, or one of several files given (`inputs.input_files`). Each partition was numbered
    from 1, so a file of several partitions or several files gave rows one id."""
    _, meta = resolve_columns(list(ddf.columns), text)
    # (dask39) each partition's length by its own task: `map_partitions(len)` on one column
    # alone let Dask join small files' partitions into one when it reads a single column, so the
    # lengths were fewer than the partitions and `zip` below dropped the rows of every file but
    # the first (two Parquet files with an id column: only the first was scored, nothing said)
    parts = ddf.to_delayed()
    counted = meta["id"] or next((name for name in ddf.columns if name != text), text)
    lengths = list(dask.compute(*[dask.delayed(len)(part) for part in ddf[[counted]].to_delayed()]))
    if len(lengths) != len(parts):  # (partitioned otherwise after all: each whole partition's length, read once more)
        lengths = list(dask.compute(*[dask.delayed(len)(part) for part in parts]))
    starts = [1 + sum(lengths[:i]) for i in range(len(lengths))]
    places = _places_in_files(lengths, files, paths)
    # (daskparity41) the date column judged Unix times or not on each file's rows, as `xlplugin score`
    # judges each CSV file's: each partition judged its own, so a file's rows read otherwise in two parts
    in_file = {at: [part for part, place in zip(parts, places) if place[2] == at] for at in {place[2] for place in places}}
    scales = {at: dask.delayed(column_scale)(ins, meta["date"]) if meta["date"] else OWN_ROWS for at, ins in in_file.items()}
    # and the rows that are no document (a note between the documents, a "Total" row) on each file's rows read whole
    found = {at: judged_rows(ins, text) for at, ins in in_file.items()}
    return [dask.delayed(score_pandas, pure=False)(
                part, text, settings=settings, first_row=start if meta["id"] is not None else first,
                id_prefix="" if meta["id"] is not None else prefix, date_scale=scales[at],
                not_documents=dask.delayed(rows_in_part)(found[at], first - 1, length))
            for part, start, length, (prefix, first, at) in zip(parts, starts, lengths, places, strict=True)]


def _places_in_files(lengths: list[int], files: list[Path], paths: list[str]) -> list[tuple[str, int, int]]:
    """(daskids40) For each partition of `lengths` rows, read from `files` as Dask reads them: its
    rows' id prefix ("NAME:" or ""), the place of its first row in its file and (daskparity41) the
    file's place in `files`. The files' row
    counts are read from their footers; a partition that is not wholly in one file (Dask has never
    been seen to read one so) is an error, not a wrong id."""
    import pyarrow.parquet as pq

    folders = [Path(raw).resolve() for raw in paths if Path(raw).is_dir()]
    named = len(files) > 1 or any(folder in files[0].resolve().parents for folder in folders)
    # (daskparity41) `read_corpus` reads the files in the order given, and their rows are written so
    ends, total = [], 0
    for file in files:
        total += pq.read_metadata(file).num_rows
        ends.append(total)
    places, at, file = [], 0, 0
    for length in lengths:
        while file < len(files) and at >= ends[file]:
            file += 1
        if length and (file == len(files) or at + length > ends[file]):
            raise InputError(f"a part of the input runs over the end of {files[min(file, len(files) - 1)]}: "
                             "its rows cannot be numbered in their file; score each file in its own run")
        first = at - (ends[file - 1] if file else 0) + 1 if file < len(files) else 1
        places.append((f"{files[file].name}:" if named and file < len(files) else "", first, file))
        at += length
    if at != total:
        raise InputError(f"the input's parts hold {at} rows where its files hold {total}; score each file in its own run")
    return places


def _inputs_named(paths: list[str]) -> str:
    """The inputs of a run, as a message names them: the one given, or the first and how many more."""
    return paths[0] if len(paths) == 1 else f"{paths[0]} and {len(paths) - 1} more"


def renamed_columns(output: Path) -> list[str]:
    """The user's columns that the parts in `output` keep under another name, being named as one
    of the scorer's ("Kind" as "Kind (yours)": `xlplugin.frame.YOURS`), for the run's summary."""
    import pyarrow.parquet as pq

    from .frame import YOURS

    suffix = YOURS.format("")
    names: dict[str, None] = {}
    for part in sorted(Path(output).glob("part.*.parquet")):
        if _part_damage(part):  # (resume33: a damaged part is named by the run, never a traceback here)
            continue
        names.update(dict.fromkeys(n.removesuffix(suffix) for n in pq.read_schema(part).names if n.endswith(suffix)))
    return list(names)


def _plan_read_files(paths: list[str], text: str | None, settings: Settings,
                     spill: Path | None = None) -> tuple[list[Any], list[Path], list[str], list[tuple[str, str]]]:
    """(the parts, as delayed tables; the files read; lines naming the files of a folder not read;
    each of those files, named from the folder given, and why)
    for inputs that `xlplugin.inputs` reads. Each file is read in the task that scores it, with
    `read_found`, the function `xlplugin score` reads it with; a file that cannot be read (a
    missing text column, a broken quote) is a row saying why, as it is there. Only when no input
    can be read at all (every path missing, or an empty folder) is the run refused now."""
    from .inputs import Problem, Skipped, describe_skipped, in_folder_given, input_files

    skipped: list[Skipped] = []
    found = input_files(paths, skipped)
    if all(isinstance(entry, Problem) for entry in found):
        raise InputError("; ".join(entry.message for entry in found))
    # (dask54) a large file's parts wait for its first task (`spill_blocks`, one per file), which writes each block's rows
    spilled: dict[Any, Any] = {}
    parts = []
    for part in _file_parts(found, spill):
        block = part[0] if len(part) == 1 and isinstance(part[0], Block) else None
        if block is not None and block.spill not in spilled:
            spilled[block.spill] = dask.delayed(spill_blocks, pure=False)(block, text)
        parts.append(dask.delayed(_score_found, pure=False)(part, text, settings, spilled.get(block.spill) if block else None))
    not_read = [(in_folder_given(item.path, paths), item.reason) for item in skipped if item.what == "file"]
    return parts, [entry[0] for entry in found if not isinstance(entry, Problem)], describe_skipped(skipped), not_read


def run_plan(plan: Plan, client: Any, progress: Callable[[int, int], None] | None = None) -> RunSummary:
    """Write the parts of `plan` on `client`'s cluster; the progress is reported as parts finish.
    A part that cannot be written (its worker died on every try, or its task failed) does not stop
    the others: the run then ends in `PartsNotWritten`, naming each (dask51). Ctrl-C stops it; the scheduler's error on the results it could then not fetch is not shown
    (`_GatherErrors`)."""
    try:
        with _quiet_gather_errors_if_interrupted():
            return _run_plan(plan, client, progress)
    finally:
        remove_spill(plan.output)


def remove_spill(output: Path) -> None:
    """(dask54) Remove the blocks spilled under `output` (`spill_blocks`): this run's, and those of a
    run stopped before it could (an interrupted run's; its blocks are spilled again when it is resumed)."""
    import shutil

    for folder in Path(output).glob(f"{SPILL_FOLDER}*"):
        shutil.rmtree(folder, ignore_errors=True)


def _run_plan(plan: Plan, client: Any, progress: Callable[[int, int], None] | None) -> RunSummary:
    from distributed import as_completed

    from .inputs import Skipped, describe_skipped

    started = time.monotonic()
    register_warm_up(client)
    tasks = [dask.delayed(_write_part)(plan.parts[i], str(plan.output / PART_PATTERN.format(i))) for i in plan.todo]
    documents = scored = indexed = 0
    unscored: dict[str, int] = {}
    no_index: dict[str, int] = {}
    problems: dict[int, list[str]] = {}  # per part, said in input order
    not_read: dict[int, list[list[str]]] = {}  # per part (its number), said in input order
    read_ids: dict[int, list[tuple[str, str]]] = {}  # per part, in input order
    text_keys: dict[int, list[tuple[str | None, str]]] = {}  # (hunt53) per part (hunt54: its number, kept parts too), in input order
    if progress:
        progress(0, len(tasks))
    futures = client.compute(tasks)
    places = {future.key: place for place, future in enumerate(futures)}
    failed: dict[int, str] = {}  # (dask51) the parts not written, by number: why
    for done, future in enumerate(as_completed(futures), start=1):
        try:
            counts = future.result()
        # (dask51) Any error of a part's task (its worker died: `KilledWorker`; or the task raised)
        # is that part's: the other parts are still written, and the run ends in `PartsNotWritten`
        # naming it. Before, the first such error ended the run in a traceback, the parts still
        # running were cancelled, and nothing said which parts were missing. Ctrl-C is no Exception.
        except Exception as exc:  # noqa: BLE001 (every task error is reported, by part, below)
            written = plan.output / PART_PATTERN.format(plan.todo[places[future.key]])
            # (lead, session 40) A worker can die after its part was renamed into place (whole:
            # `_write_part` renames a finished file) and before the scheduler heard of it. Such a
            # part is this run's (a folder holding parts is refused without --resume): it is
            # counted from the file, as --resume counts a kept part, never said to be missing.
            if not written.exists():
                failed[plan.todo[places[future.key]]] = _why_failed(exc)
                if progress:
                    progress(done, len(tasks))
                continue
            counts = _part_counts(written)
        not_read[plan.todo[places[future.key]]] = counts.get("not_read", [])
        documents += counts["rows"]
        scored += counts["scored"]
        indexed += counts["indexed"]
        for why, n in counts["unscored"].items():
            unscored[why] = unscored.get(why, 0) + n
        for why, n in counts.get("no_index", {}).items():
            no_index[why] = no_index.get(why, 0) + n
        problems[places[future.key]] = counts.get("problems", [])
        read_ids[places[future.key]] = counts.get("read_ids", [])
        text_keys[plan.todo[places[future.key]]] = counts.get("text_keys", [])
        if progress:
            progress(done, len(tasks))
    total = len(plan.parts)
    kept = 0
    for i in (i for i in range(total) if i not in plan.todo):  # (hunt44, dask45) the parts kept: their documents and rows not read
        documents_kept, not_read[i], text_keys[i] = _kept_part(plan.output / PART_PATTERN.format(i))
        kept += documents_kept
    if failed:
        raise PartsNotWritten(_not_written_message(plan, failed))
    rows_not_read = [Skipped(*row) for place in sorted(not_read) for row in not_read[place]]
    return RunSummary(total, len(plan.todo), total - len(plan.todo), documents, scored, indexed, unscored,
                      time.monotonic() - started, describe_skipped(rows_not_read), no_index,
                      [line for place in sorted(problems) for line in problems[place]],
                      [pair for place in sorted(read_ids) for pair in read_ids[place]], kept,
                      [pair for place in sorted(text_keys) for pair in text_keys[place]])


class PartsNotWritten(XlpluginError):
    """(dask51) Some parts of a Dask run could not be written (a worker died while scoring one, or
    its task failed); the others were. The message names each, says why, and how to finish."""


def _why_failed(exc: Exception) -> str:
    """Why a part's task failed, in a line: a worker that died (`KilledWorker`: out of memory,
    killed, or crashed, each time the scheduler tried) or the task's own error."""
    from distributed import KilledWorker

    if isinstance(exc, KilledWorker):
        return ("the worker scoring it died (killed, out of memory or crashed), on every worker the scheduler tried "
                "(see the workers' logs)")
    if type(exc).__name__ in ("NoWorkerError", "NoValidWorkerError"):  # (lead, session 40: `NO_WORKERS_TIMEOUT`)
        return "no worker was left to score it: every worker of the cluster had died and none came back (see the workers' logs)"
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def _not_written_message(plan: Plan, failed: dict[int, str]) -> str:
    """`PartsNotWritten`'s message: how many parts are in the folder, each missing one and why, and
    that the same command with --resume writes only those."""
    there = sum(1 for i in range(len(plan.parts)) if (plan.output / PART_PATTERN.format(i)).exists())
    missing = "; ".join(f"{PART_PATTERN.format(i)}: {why}" for i, why in sorted(failed.items()))
    return (f"the run is incomplete: {there} of {len(plan.parts)} parts are in {plan.output}, "
            f"{len(failed)} could not be written ({missing}); run the same command with --resume to write "
            "the missing parts")


# The columns of a part that `_counts` reads (the others, the evidence above all, are not read).
# (hunt54) The text too: without it a part read back from its file (kept by --resume, or counted
# from its file after its worker died) gave no text keys, and a text word for word another's in
# such a part went unsaid, where `xlplugin score` over the same inputs says it (`same_text_line`).
_COUNTED = ("note", "input_error", "input_source", "id", "input_id", "reliability", "text")


def _kept_part(path: Path) -> tuple[int, list[list[str]], list[tuple[str | None, str]]]:
    """(hunt44) The documents a part kept by --resume holds, counted as the run that wrote it counted
    them (`_counts`: a row that is no document, or a file that could not be read, is none); (dask45)
    and its input rows not read, as that run said them (those it kept in its metadata, `_write_part`,
    and a Parquet row that is no document): after --resume only the parts written now were said;
    (hunt54) and the text keys of its documents, for the line on texts word for word the same."""
    counts = _part_counts(path)
    return counts["rows"], counts["not_read"], counts["text_keys"]


def _part_counts(path: Path) -> dict[str, Any]:
    """The counts of a part read back from its file (`_counts`), its `rows` the documents it holds."""
    import pyarrow.parquet as pq

    schema = pq.read_schema(path)
    names = schema.names
    said = json.loads((schema.metadata or {}).get(_KEPT_NOT_READ_KEY, b"[]"))
    table = pq.read_table(path, columns=[name for name in _COUNTED if name in names])
    # (a row whose text cell holds no text, "column text: ...", is a document read and not scored; a
    # file that could not be read is none)
    files = sum(1 for error in (table.column("input_error").to_pylist() if "input_error" in names else [])
                if error and not _cell_error(error))
    counts = _counts(table, said, part=path.name)
    return {**counts, "rows": counts["rows"] - files}


def score_files(paths: list[str], output: Path, *, client: Any, progress: Callable[[int, int], None] | None = None,
                **options: Any) -> RunSummary:
    """Score Parquet files, or the inputs `xlplugin score` reads (CSV files, workbooks, text files,
    folders), on `client`'s cluster into `output`/part.NNNNN.parquet, one part per input partition
    (a workbook, a CSV or JSON Lines file or a BLOCK_BYTES block of its rows, or up to
    TEXT_FILES_PER_PART text files), in input order (`options`: text, settings, resume; see `plan_files`)."""
    return run_plan(plan_files(paths, output, **options), client, progress)
