"""The `xlplugin` command: score documents, write and refresh scored workbooks.

The only place that turns library exceptions into messages for a person at a terminal. Exit
codes: 0 when everything asked for was done; 2 on bad usage, or when an input could not be read
(the rest are still scored and written; the unreadable ones are listed on stderr).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
import time
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Sequence

from . import __version__, registry
from .engine import score_many
from .errors import SettingsError, XlpluginError
from .inputs_summary import (CELL_LINE_START, CELL_REASONS, CUT_CELL, FILE_CELL, FORMULA_CELL, LINK_CELL, LOGICAL_CELL, MERGED_CELL, NO_TEXT_CELL, TIME_CELL, UNSAVED_META, VALUE_CELL, cell_reason, cut_text_lines, outside_table_lines, problem_line, quiet_counts_line, quiet_unscored_line, repeated_column_lines, run_counts,
                             text_column_lines)
from .inputs_summary import same_text_line as same_text_line_of
from .cells import language_words, status_cell
from .json_lines import json_line
from .inputs import ID_FORMULA_NOTE, Problem, Record, Skipped, describe_skipped, given_fields, in_folder_given, read_paths, shared_id_notes
from .ratings_table import (RatingRow, RatingsTableError, alike_apart, joined_outlets, describe_keyless, describe_ones_on_hundred, describe_sections,
                            describe_disagreeing, describe_unused, describe_unrated_near, near_misses, outranked, rating_rows_from_csv, ratings_table, sites_named, unused_rows, written_names)
from .settings import Settings, load_toml, settings_table, weight_keys
from .kind_shown import as_shown, kind_label
from .types import DocumentResult
from .wording import counted

__all__ = ["main", "build_parser"]

EXIT_OK = 0
EXIT_USAGE = 2


class UsageError(XlpluginError):
    """The command was not used as it should be."""


def _weight_aliases() -> dict[str, str]:
    """The names `--weight` takes for a signal with an index weight: its registry name and the short
    names `XLP_EVIDENCE` takes ("loaded" for loaded_language), one set of names everywhere."""
    keys = set(weight_keys())
    aliases = {}
    for info in registry.infos():
        if info.name in keys:
            aliases[info.name] = info.name
            aliases.update((alias.lower(), info.name) for alias in info.aliases)
    # (sheets21) and the Evidence sheet's name for it ("loaded_terms", "Loaded terms"), as XLP_EVIDENCE takes
    from .cells import evidence_signal_names

    aliases.update((_name_key(shown), name) for name, shown in evidence_signal_names().items() if name in keys)
    return aliases


def _name_key(name: str) -> str:
    """ "Loaded terms", "loaded-terms" and "loaded_terms" are one name (as XLP_EVIDENCE reads them)."""
    return "_".join(name.replace("-", " ").split()).lower()


class _Weight(tuple):
    """One --weight, (signal, weight), that remembers what was typed ("loaded=1"), so that two
    values for one signal are refused naming both as typed (`_weights`)."""

    typed: str


def _weights(pairs: list[tuple[str, float]]) -> dict[str, float]:
    """The --weight options as one weight per signal. Two values for one signal (`--weight
    loaded=1 --weight "Loaded terms"=3`, two names of one signal) are refused, naming both: the
    last no longer wins unsaid (calls21). The same value twice is taken."""
    taken: dict[str, tuple[str, float]] = {}
    for pair in pairs:
        name, value = pair
        typed = getattr(pair, "typed", f"{name}={value:g}")
        if name in taken and taken[name][1] != value:
            raise UsageError(f"--weight {taken[name][0]} and --weight {typed} both set the {name} weight: "
                             "give one value for each signal")
        taken.setdefault(name, (typed, value))
    return {name: value for name, (_typed, value) in taken.items()}


def _weight_pair(text: str) -> tuple[str, float]:
    """SIGNAL=W: the index weight of one signal. Only signal names are taken (what `--weight`
    changes); other settings, such as min_words, go in a --settings file."""
    name, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, e.g. provenance=2 (got {text!r})")
    name = name.strip()
    signal = name[len("weight."):] if name.startswith("weight.") else name
    aliases = _weight_aliases()
    signal = aliases.get(_name_key(signal), signal)
    if signal not in weight_keys():
        signals = ", ".join(weight_keys()) + "; or a short name: " + ", ".join(
            sorted(alias for alias, full in aliases.items() if alias != full))
        if name in {s.name for s in settings_table()}:
            raise argparse.ArgumentTypeError(
                f"{name} is a setting, not a signal; set it in a --settings file ([scoring] {name} = ...); "
                f"--weight takes a signal: {signals}")
        raise argparse.ArgumentTypeError(f"unknown signal {name!r}; --weight takes one of: {signals}")
    try:
        weight = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text}: the weight must be a number, not {value.strip()!r}") from None
    try:  # (checked here, so that the message says what was typed: "--weight loaded=-1")
        Settings().with_values({signal: weight})
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(f"{text}: {exc}") from None
    pair = _Weight((signal, weight))
    pair.typed = text.strip()
    return pair


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xlplugin",
        description="Source-reliability and bias indicators, one row per document, with the evidence behind each score.",
    )
    parser.add_argument("--version", action="version", version=f"xlplugin {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    score = sub.add_parser(
        "score",
        help="score documents (files, folders, a CSV or a workbook)",
        description="Score .txt/.md/.html files, CSV, JSON Lines or .json files with a text column, folders of these, or a workbook.",
    )
    score.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to score")
    score.add_argument("--json", action="store_true", help="print one JSON object per document (JSON Lines)")
    score.add_argument("-o", "--output", type=Path, metavar="BOOK.xlsx", help="write a scored workbook (a new file; see --force)")
    score.add_argument("--force", action="store_true", help="replace the -o file if it exists (its sheets are lost)")
    score.add_argument("--text-column", metavar="NAME", help="the CSV/workbook column holding the text (case ignored; default: found by name)")
    score.add_argument("--sheet", metavar="NAME", help="the workbook sheet holding the documents (default: Documents, else found)")
    score.add_argument("--by-outlet", action="store_true",
                       help="print one row per outlet or web site (counts, mean and spread of the index and signals) "
                            "instead of one per document; with --json, one JSON object per outlet")
    _common_options(score)
    score.add_argument("--workers", type=int, metavar="N", help="processes to use (default: one per core)")
    _dask_options(score)

    refresh = sub.add_parser(
        "refresh",
        help="re-score a scored workbook in place (only rows that changed)",
        description="Re-score rows whose text, settings or scorer version changed; keep everything else as it was.",
    )
    refresh.add_argument("book", type=Path, metavar="BOOK.xlsx",
                         help="a workbook that xlplugin score -o wrote (edit its texts, settings or sources, then refresh it)")
    refresh.add_argument("--output", type=Path, metavar="NEW.xlsx",
                         help="write the refreshed workbook here instead of in place (a new file; see --force)")
    refresh.add_argument("--force", action="store_true", help="replace the --output file if it exists (its sheets are lost)")
    refresh.add_argument("--text-column", metavar="NAME",
                         help="read the texts from this column (headers renamed since scored; default: the column scored)")
    _common_options(refresh, ratings=False)

    sub.add_parser("signals", help="list the signals and settings")
    return parser


def _dask_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine", choices=["local", "dask"], default="local",
        help="dask: score Parquet or CSV files on Dask into -o FOLDER, one Parquet part per input partition",
    )
    parser.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: a running Dask scheduler (tcp://host:8786); default: a local cluster of --workers processes")
    parser.add_argument("--resume", action="store_true", help="with --engine dask: keep the parts already in -o FOLDER and write the rest")


def _common_options(parser: argparse.ArgumentParser, ratings: bool = True) -> None:
    """The options `score` and `refresh` share. `refresh` reads its ratings from the workbook's
    Sources sheet: it still takes --ratings, to refuse it with that message, but does not list it."""
    parser.add_argument("--settings", metavar="FILE.toml", help="settings file ([weights], [scoring] and [sources] tables)")
    parser.add_argument(
        "--weight", action="append", type=_weight_pair, default=[], metavar="SIGNAL=W",
        help=f"override one index weight; signals: {', '.join(weight_keys())}; or a short name: "
             + ", ".join(sorted(alias for alias, full in _weight_aliases().items() if alias != full)),
    )
    parser.add_argument("--ratings", metavar="SOURCES.csv",
                        help="your source ratings: CSV with domain (or outlet), rating 0-1 or 0-100, rater" if ratings
                        else argparse.SUPPRESS)
    parser.add_argument("--no-builtin-ratings", action="store_true",
                        help="do not use the built-in Lin et al. 2023 domain ratings (only your own table)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if args.settings:
        try:
            settings = settings.with_values(load_toml(args.settings))
        except SettingsError as exc:  # (what was wrong, and in which file: its keys are typed there)
            raise SettingsError(f"{args.settings}: {exc}") from None
    if args.weight:
        settings = settings.with_values(_weights(args.weight))
    if args.ratings:
        # (each outlet as the file wrote it, shown back in the Why: written_names)
        settings = settings.with_ratings(read_ratings(Path(args.ratings)), written_names(read_rating_rows(Path(args.ratings))))
    if args.no_builtin_ratings:
        settings = settings.with_values({"sources.builtin": 0})
    return settings


def read_ratings(path: Path) -> dict[str, tuple[float, str]]:
    """A ratings CSV: columns domain (or outlet/source), rating (0-1, or 0-100), optional rater;
    read as one table (`ratings_table`: one scale for the table, sites read as document hosts
    are, a site rated twice differently refused)."""
    try:
        return ratings_table(read_rating_rows(path))
    except RatingsTableError as exc:
        raise UsageError(f"ratings file {path}: {exc}") from None


def read_rating_rows(path: Path, keyless: list[str] | None = None) -> list[RatingRow]:
    """The rows of a ratings CSV as written (see `read_ratings`); `keyless` gets the lines that
    hold a rating but no domain or outlet."""
    try:
        return rating_rows_from_csv(path, keyless)
    except RatingsTableError as exc:
        raise UsageError(f"ratings file {path}: {exc}") from None


def _unused_ratings_line(args: argparse.Namespace, settings: Settings, items: list[Any]) -> str:
    """With --ratings: the summary line naming the rows of the file that rated no document."""
    if not args.ratings:
        return ""
    documents = [(item.url, item.outlet) for item in items if isinstance(item, Record)]
    keyless: list[str] = []
    rows, where = read_rating_rows(Path(args.ratings), keyless), f"--ratings {args.ratings}"
    unused = unused_rows(rows, settings.ratings, documents)
    lines = [describe_ones_on_hundred(rows, where), describe_sections(rows, where),
             *describe_unused(unused, where, outranked(rows, settings.ratings, documents) if unused else {},
                              near_misses(unused, documents) if unused else {}),
             describe_unrated_near(rows, settings.ratings, documents, where),
             *describe_disagreeing(rows, settings.ratings, documents, where),
             describe_keyless(keyless, where)]
    return "\nxlplugin: ".join(line for line in lines if line)


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal and not --quiet."""

    def __init__(self, quiet: bool, label: str) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.label = label
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        now = time.monotonic()
        if done < total and now - self.last < 0.2:
            return
        self.last = now
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        # rounded half away from zero, as a spreadsheet shows it (92.5 with no decimals reads 93
        # in the workbook, so it must not read 92 here); from the float's shortest repr, so that
        # 0.125 rounds as written
        step = Decimal(1).scaleb(-digits)
        return str(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))
    return str(value)


def _table(items: list[Record | Problem], results: list[DocumentResult]) -> str:
    """Every input as a row of a table, in input order: a document's results (`results` holds
    one per Record), or, for an input that could not be read or scored (a file that is not
    there, a text cell holding #N/A), its id and why. What decides the row comes first in its
    why / status (why it was not scored, or its Why), then the record's note (how it was read:
    not UTF-8, a placeholder not counted), so that a cut cell still says what matters. Nothing is
    cut but to fit a terminal (`_fitted`): in a pipe or a file every cell is whole."""
    from . import registry

    # the signals that declare a column of the terminal table (SignalInfo.table), and its decimals
    columns = [(info.name, *info.table) for info in registry.infos() if info.table[0]]
    headers = ["id", "lang", "kind", "reliab."] + [header for _, header, _ in columns] + ["why / status"]
    scored = iter(results)
    rows = [_result_row(next(scored), item.note, columns) if isinstance(item, Record) else _problem_row(item, len(headers))
            for item in items]
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(headers)]
    terminal = _terminal_width()
    below = False  # kind and why / status on a line of their own under each row
    if terminal and _line_width(widths) > terminal - 1:  # (a full line wraps in some terminals)
        widths, below = _fitted(widths, terminal - 1)
        if below:
            headers = _in_row(headers)
            rows = [[*_in_row(row), f"{row[2]}: {row[-1]}" if row[2] != "-" else row[-1]] for row in rows]
        rows = [[_cut(c, w) for c, w in zip(row, widths)] + row[len(widths):] for row in rows]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    if below:
        lines.append(f"{'':4}kind: why / status")
    # (the why / status column is last and as long as its longest cell: its rule as long as its header)
    rule = widths if below else [*widths[:-1], len(headers[-1])]
    lines.append("  ".join("-" * w for w in rule))
    notes = iter(_row_notes(items, results))
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        if below:
            lines.append(_cut(f"{'':4}{row[-1]}", terminal - 1))
        if note := next(notes):
            lines.append(_cut(note, terminal - 1) if terminal else note)
    return "\n".join(lines)


def _terminal_width() -> int:
    """The terminal's width in characters (COLUMNS where set), or 0 where the table is not
    shown in a terminal (a pipe, a file: nothing is cut; COLUMNS may be set there all the same)."""
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else 0


# The narrowest the id, kind and why / status columns become to fit a terminal.
_NARROWEST_ID, _NARROWEST_KIND, _NARROWEST_WHY = 10, 14, 40


def _line_width(widths: list[int]) -> int:
    return sum(widths) + 2 * (len(widths) - 1)


def _in_row(row: list[str]) -> list[str]:
    """A row's cells but its kind and why / status (they go on a line under it)."""
    return [row[0], row[1], *row[3:-1]]


def _narrower(widths: list[int], column: int, narrowest: int, room: int) -> None:
    excess = max(_line_width(widths) - room, 0)
    widths[column] = max(min(narrowest, widths[column]), widths[column] - excess)


def _fitted(widths: list[int], room: int) -> tuple[list[int], bool]:
    """Column widths whose line fits in `room` characters: the why / status column narrower
    first, then the id and kind columns. Where even then the line is too long, the kind and
    why / status go on a line of their own under each row (the second value True; the widths
    are then those of the other columns, the id narrower if need be)."""
    fitted = list(widths)
    _narrower(fitted, -1, _NARROWEST_WHY, room)
    _narrower(fitted, 0, _NARROWEST_ID, room)
    _narrower(fitted, 2, _NARROWEST_KIND, room)
    if _line_width(fitted) <= room:
        return fitted, False
    fitted = _in_row(widths)
    _narrower(fitted, 0, _NARROWEST_ID, room)
    return fitted, True


def _cut(text: str, width: int) -> str:
    """The text cut to `width` characters, "…" where it was cut."""
    return text if len(text) <= width else text[:max(width - 1, 0)] + "…"


def _row_notes(items: list[Record | Problem], results: list[DocumentResult]) -> list[str]:
    """Per row, a line under it with what its Status says besides the Why (a batch's note that
    paragraphs repeated across documents were not scored...), or "". A row with an index shows
    its Why in the table; its note would otherwise reach only the workbook's Status."""
    scored = iter(results)
    notes = []
    for item in items:
        result = next(scored) if isinstance(item, Record) else None
        shown = result is not None and result.reliability is not None and result.note
        notes.append(f"{'':4}note: {language_words(result.note)}" if shown else "")
    return notes


def _result_row(r: DocumentResult, note: str, columns: list[tuple[str, str, int]]) -> list[str]:
    reason = language_words(r.note) if r.reliability is None else _why(r)
    reason = "; ".join(part for part in (reason, note) if part)  # (what decides the row first)
    signals = [r.signals.get(name) for name, _, _ in columns]
    return [r.id, r.language or "-", kind_label(r), _fmt(r.reliability, 0),
            *(_fmt(sig.value if sig else None, digits) for sig, (_, _, digits) in zip(signals, columns)),
            reason]


def _problem_row(problem: Problem, width: int) -> list[str]:
    """An input that was not scored, as a table row: its id (or where it is) and why."""
    message = problem.message.removeprefix(f"{problem.source}: ")
    row = [problem.id or problem.source] + ["-"] * (width - 2) + [f"not scored: {message}"]
    row[2] = kind_label(None)  # (hunt51: the kind column says why it has none, as the workbook's Kind cell)
    return row


def _why(result: DocumentResult) -> str:
    from .cells import why_text

    return why_text(result)


def _score_command(args: argparse.Namespace) -> int:
    if args.engine == "dask" or args.scheduler or args.resume:
        return _score_on_dask(args)
    settings = _settings(args)
    _check_score_args(args)
    started = time.monotonic()
    items, records, problems, skipped = _read_inputs(args)
    progress = Progress(args.quiet, "scoring")
    inputs = [r.as_input(note=False) for r in records]  # (its note: the table's and --json's input_note)
    # (dask54) --json prints each document's line as its result comes (`JsonLines`), and keeps of it only
    # what the summary counts (`Tally`, a few hundred bytes): every result was kept to the end, about
    # 22 KB a document, so a large CSV file's run grew with the file. A workbook (-o), a table on the
    # terminal and --by-outlet still need every result, and keep them.
    streamed = JsonLines(items) if args.json and not args.by_outlet else None
    keep_all = streamed is None or args.output is not None
    results: list[Any] = []
    for result in score_many(inputs, settings=settings, workers=args.workers):
        result = as_shown(result)  # (a row not scored for its language: no kind the words gave)
        if streamed is not None:
            streamed.add(result)
        results.append(result if keep_all else Tally.of(result))
        progress(len(results), len(inputs))

    if args.quiet and any(problem.kind == "cell" for problem in problems):
        # (the rows that set the exit status are said, with every row not scored counted)
        print(f"xlplugin: {quiet_unscored_line(results, problems)}", file=sys.stderr)
    if streamed is not None:
        streamed.finish()
        for name, reason in files_not_read(skipped):  # (pasted30) as the workbook's Overview lists them
            print(json_line(not_read_record(name, reason)))
    elif items and not args.by_outlet:
        print(_table(items, results))
    joined = joined_outlets(read_rating_rows(Path(args.ratings))) if args.ratings else {}
    if args.by_outlet and results:
        _print_outlets(items, results, args.json, joined)

    if args.output is not None:
        from .workbook import write_scored_workbook  # openpyxl only when a workbook is asked for
        from .workbook.number_columns import text_kept_lines
        from .workbook.writer import renamed_columns

        by_record = dict(zip(map(id, records), results))
        aligned = [by_record.get(id(item)) for item in items]
        rating_rows = read_rating_rows(Path(args.ratings)) if args.ratings else []
        names = written_names(rating_rows) if args.ratings else None
        write_scored_workbook(args.output, items, aligned, settings, source_names=names, joined_outlets=joined,
                              sites_named=sites_named(rating_rows), not_read=files_not_read(skipped, args.paths),
                              folders=[path for path in args.paths if Path(path).is_dir()])
        if not args.quiet:
            print(f"wrote {args.output}", file=sys.stderr)
            _say_kept_columns(renamed_columns(items))
            for line in text_kept_lines(items, {k: None for item in items for k in item.columns}):
                print(f"xlplugin: {line}", file=sys.stderr)
            for line in outside_files_lines(Path(args.output), items):
                print(f"xlplugin: {line}", file=sys.stderr)

    if not args.quiet:
        files = [s for s in skipped if s.what == "file"]  # (rows not read are said by describe_skipped)
        print(f"xlplugin: {_run_counts(results, problems)}, "
              + (f"{counted(len(files), 'other file')} not read, " if files else "")
              + f"in {time.monotonic() - started:.1f} s", file=sys.stderr)
        unused = _unused_ratings_line(args, settings, records)
        if unused:
            print(f"xlplugin: {unused}", file=sys.stderr)
        same = same_text_line(results)
        if same:
            print(f"xlplugin: {same}", file=sys.stderr)
    for line in _unused_workbook_settings(args, settings):  # (also with -q: it is what the numbers were scored with)
        print(f"xlplugin: {line}", file=sys.stderr)
    return EXIT_USAGE if problems else EXIT_OK


def same_text_line(results: Sequence[DocumentResult | Tally]) -> str:
    """(hunt52) The documents of a run whose text is word for word another's (the same file under
    two names, a row twice in a CSV), each with the first that holds it: each is scored and kept,
    and a count or an average over the run counts that text twice, which the summary says.
    (hunt53) The line is built by `inputs_summary.same_text_line`, as Dask's and refresh's summaries build it."""
    from .copies import text_key

    return same_text_line_of([result.text_key if isinstance(result, Tally) else text_key(result.text) for result in results],
                             [str(result.id or index + 1) for index, result in enumerate(results)])


def _unused_workbook_settings(args: argparse.Namespace, settings: Settings) -> list[str]:
    """(hunt23b) For each workbook read whose Settings or Sources sheet holds other settings than
    the run used: what it holds and how to score with it (`workbook.input_settings`)."""
    if not any(Path(p).is_dir() or str(p).lower().endswith((".xlsx", ".xlsm")) for p in args.paths):
        return []
    from .workbook.input_settings import unused_sheet_settings, workbooks_among

    return [line for line in (unused_sheet_settings(path, settings) for path in workbooks_among(args.paths)) if line]


def outside_files_lines(output: Path, items: list[Record | Problem]) -> list[str]:
    """(hunt33) A line where file cells name files outside the workbook's folder: they are paths
    from the workbook (so a refresh finds the files from any folder it runs in), which name this
    machine's folders to anyone the workbook is sent to alone (`writer.files_outside`)."""
    from .workbook.writer import files_outside

    cells, common = files_outside(output, items)
    if not cells:
        return []
    many = len(cells) > 1
    where = f" (in {common} or a folder above it)" if common else ""
    return [f"{counted(len(cells), 'file cell')} of {output.name} name{'' if many else 's'} a file outside its folder "
            f"({cells[0]!r}{', ...' if many else ''}): each is written as the path from the workbook's folder to "
            f"the file, so a refresh on this computer finds it, whatever folder the refresh is run from. Sent to "
            f"someone on its own, the workbook shows these folder names and a refresh there finds no file. To share "
            f"the workbook with its files, write it beside them{where} and send the folder whole"]


def _say_kept_columns(renamed: list[str]) -> None:
    """Say which of the user's columns are named as one of xlplugin's and so are kept beside it
    under another name (Kind as "Kind (yours)"): none is dropped or overwritten."""
    if renamed:
        shown = ", ".join(f"{name} as '{name} (yours)'" for name in renamed)
        print(f"xlplugin: your column{'s' if len(renamed) > 1 else ''} named as xlplugin's own, kept beside them: {shown}",
              file=sys.stderr)


def _run_counts(results: list[DocumentResult], problems: list[Problem]) -> str:
    """The summary's counts, in the words each row's Status uses (`inputs_summary.run_counts`)."""
    return run_counts(results, problems)


def _check_score_args(args: argparse.Namespace) -> None:
    """`score`'s options, checked before anything is read or scored, so that a long run is not
    lost at the last step."""
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be 1 or more")
    if args.sheet is not None and not any(p.lower().endswith((".xlsx", ".xlsm")) for p in args.paths):
        raise UsageError(f"--sheet {args.sheet!r} names a workbook's sheet, and no workbook (.xlsx, .xlsm) is given by name")
    if args.output is None:
        return
    if args.output.suffix.lower() == ".xlsm":
        # (guard21) a plain workbook under an .xlsm name is a file Excel refuses to open
        raise UsageError(f"-o {args.output.name!r}: score writes a workbook without macros (.xlsx), and Excel will not "
                         f"open one named .xlsm; nothing was scored: give -o {args.output.with_suffix('.xlsx').name}, "
                         "then save it as .xlsm in Excel to add macros (refresh keeps them)")
    if args.output.suffix.lower() != ".xlsx":
        raise UsageError(f"-o must name an .xlsx file, not {args.output.name!r}")
    if not args.output.resolve().parent.is_dir():
        raise UsageError(f"the folder {args.output.resolve().parent} does not exist; create it or give -o another folder")
    _check_output(args.output, args.paths, args.force)
    from .workbook.files import SCORE_OPTION, check_writable  # (open in Excel, read-only: said before anything is scored)

    check_writable(args.output, SCORE_OPTION)


def _read_inputs(args: argparse.Namespace) -> tuple[list[Record | Problem], list[Record], list[Problem], list[Skipped]]:
    """Every input in order, the readable ones and the unreadable ones (each said on stderr), and
    the files of the folders given that are not read (said on stderr, by reason). With --quiet,
    only what the output cannot show, or should not hide, is said: a file that could not be read,
    files not read, which column or file a text was read from where it may not be the one meant;
    table rows not scored (a text cell with no text) are one count line, since they set the exit
    status, and each row's own line is left to its Status (workbook, --json, table)."""
    skipped: list[Skipped] = []
    items: list[Record | Problem] = list(read_paths(args.paths, args.text_column, skipped, args.sheet))
    problems = [item for item in items if isinstance(item, Problem)]
    # (sheets30) where no row can be read, nothing is written: no row is said to be kept
    kept = args.output is None or any(isinstance(item, Record) for item in items)
    for problem in problems:
        if not (args.quiet and problem.kind == "cell"):
            print(f"xlplugin: {problem_line(problem.source, problem.message, problem.id, problem.kind, kept)}", file=sys.stderr)
    for line in describe_skipped(skipped):
        print(f"xlplugin: {line}", file=sys.stderr)
    records = [item for item in items if isinstance(item, Record)]
    # (with --quiet, not the notes that each row's Status says too; still the warnings on what was
    # read as the text: another column than the user may have meant, a file from another folder)
    noted = [] if args.quiet else shared_id_lines(records) + id_formula_lines(records) + cut_text_lines(records)
    for line in (noted + text_column_lines(records, args.text_column) + repeated_column_lines(records)
                 + outside_table_lines(records) + url_link_lines(records)):
        print(f"xlplugin: {line}", file=sys.stderr)
    if not records and not problems and skipped:
        # (meta19) the lines above said which files were not read and why: not said again
        raise UsageError("no documents to score: " + ("the file above was" if len(skipped) == 1 else "the files above were")
                         + " the only input")
    if not records and not problems:
        raise UsageError("no documents found in " + ", ".join(args.paths))
    if not records and args.output is not None:
        said = " (the lines above say why for each)" if problems and not args.quiet else ""
        raise UsageError(f"no document could be read{said}, so nothing was written to {args.output}")
    return items, records, problems, skipped


def url_link_lines(records: list[Record]) -> list[str]:
    """(links26) The lines on a workbook's URL cells that show words and were read with another
    address than their link, or none (`workbook.read_url_links`): said even with --quiet, since
    the row's source rating and outlet hang on it."""
    if not any(record.note for record in records):
        return []
    from .workbook.read_url_links import link_lines

    return link_lines(records)


def shared_id_lines(records: list[Record]) -> list[str]:
    """A warning per id that more than one document has: they are scored as the documents they
    are, never merged; the workbook keeps them apart (inputs.distinct_ids) and their Status says so."""
    return shared_id_lines_of([(str(record.id), record.source) for record in records])


def shared_id_lines_of(read: list[tuple[str, str]]) -> list[str]:
    """`shared_id_lines` for (id, where) pairs: the Dask engine's run gives its documents so (rows17)."""
    where: dict[str, list[str]] = {}
    for doc_id, source in read:
        where.setdefault(doc_id, []).append(source or "?")
    return [f"{len(places)} documents share the id {doc_id!r} ({', '.join(places[:5])}{', ...' if len(places) > 5 else ''}): "
            "each is scored on its own; a workbook files the evidence of each after the first under "
            f"'{doc_id} (row N)', and their Status says so. Give each document its own id"
            for doc_id, places in where.items() if len(places) > 1]


def id_formula_lines(records: list[Record]) -> list[str]:
    """A line naming the rows whose id cell holds a formula with no saved value: each is known by
    its number, as a row with a blank id is, and its Status says so (`inputs.ID_FORMULA_NOTE`)."""
    start = ID_FORMULA_NOTE.partition("{")[0]
    places = [record.source for record in records if start in record.note]
    if not places:
        return []
    shown = ", ".join(places[:5]) + (", ..." if len(places) > 5 else "")
    return [f"{counted(len(places), 'row has', 'rows have')} an id formula with no saved value ({shown}): each is known by its place among "
            "the documents, as a row with a blank id is, and its Status says so; open and save the workbook in Excel or "
            "LibreOffice first"]


def _print_json(items: list[Record | Problem], results: list[DocumentResult]) -> None:
    """One JSON object per input (JSON Lines), in input order: a document's scores, or the reason
    an input could not be read. (dask54) The lines `JsonLines` prints as the results come."""
    lines = JsonLines(items)
    for result in results:
        lines.add(result)
    lines.finish()


class JsonLines:
    """(dask54) --json's lines, printed as the results of `items`' records come (in input order, as
    `score_many` gives them): each input that could not be read (a Problem) where it stands among
    the records, each record's line as soon as its result is added, and nothing of a result kept
    once printed. The ids other records use too are found first (`shared_id_notes`: from the
    items, which are read before any is scored)."""

    def __init__(self, items: list[Record | Problem]) -> None:
        self._items = items
        self._shared = shared_id_notes(items)  # (inputs48) an id other records use too, as the workbook's Status says it
        self._next = 0  # (the place in `items` of the next line to print)

    def _problems(self) -> None:
        while self._next < len(self._items) and isinstance(self._items[self._next], Problem):
            print(json_line(problem_record(self._items[self._next])))
            self._next += 1

    def add(self, result: DocumentResult) -> None:
        """Print the lines of the inputs not read before the next record, then that record's, scored as `result`."""
        self._problems()
        record, id_note = self._items[self._next], self._shared[self._next]
        self._next += 1
        data = result.as_dict()
        data["source"] = record.source
        data["why"] = _why(result)  # the Why column's words, signals outside the index included
        # (data["text"]: the text that was scored, for a web page its article, not the HTML, which
        # every evidence offset points into: DocumentResult.text)
        data["input_note"] = record.note or None
        data["error"] = None
        data["status"] = "; ".join(part for part in (status_cell(result, notes=[record.note]), id_note) if part)  # (hunt47) the workbook's Status
        print(json_line(data), flush=True)  # (flush: a reader of the pipe gets each line as it is scored)

    def finish(self) -> None:
        """Print the lines of the inputs not read after the last record."""
        self._problems()


@dataclass(frozen=True)
class Tally:
    """(dask54) What the summary counts of a result whose line --json has printed (`run_counts`,
    `quiet_unscored_line`, `same_text_line`): its id, note, index and text's key, not its text,
    signals and evidence."""

    id: str
    note: str
    reliability: float | None
    text_key: str | None

    @classmethod
    def of(cls, result: DocumentResult) -> Tally:
        from .copies import text_key

        return cls(result.id, result.note, result.reliability, text_key(result.text))


# Every --json record has these keys, in this order (calls21: an input refused at reading had
# only id, source, error, reliability and signals, so d["kind"] failed on some rows only).
JSON_KEYS = ("id", "title", "url", "outlet", "author", "date", "kind", "kind_cues", "language", "word_count",
             "reliability", "note", "contributors", "weights", "stamp", "signals", "text", "source", "why",
             "input_note", "error", "status")


def files_not_read(skipped: list[Skipped], given: list[str] | None = None) -> list[tuple[str, str]]:
    """(pasted30) The files of the folders given that were not read, each (path, reason): the
    workbook's Overview lists them and --json gives a record for each (`not_read_record`).
    (hunt31) With `given` (the paths the user gave), each is named from the folder given that
    holds it, "clippings/report.pdf", not by its whole path ("/home/dana/clippings/report.pdf"):
    a workbook is shared, and the Overview named the folders of the user's home."""
    return [(in_folder_given(item.path, given) if given else item.path, item.reason) for item in skipped if item.what == "file"]


def not_read_record(path: str, reason: str) -> dict[str, object]:
    """(pasted30) The --json record of a file in a folder given that was not read (a type `score`
    does not read, a news feed, a workbook): the keys of every record, null where it has none,
    its reason in "error" as "not read: ...", as stderr and the workbook's Overview say it."""
    return problem_record(Problem(path, f"not read: {reason}", path))


def problem_record(problem: Problem) -> dict[str, object]:
    """The --json record of an input refused at reading (a text cell holding N/A or a number, a
    file that could not be read): the keys of a scored record, null where it has none (empty lists
    and objects for the lists and objects), its reason in "error" (its "note" null, as the Dask
    engine's output has it)."""
    empty: dict[str, object] = {"kind_cues": [kind_label(None)], "contributors": [], "weights": {}, "stamp": {}, "signals": {}}
    data = {key: empty.get(key) for key in JSON_KEYS}
    # (hunt23a) the title, url, outlet, date and author its row gave, as the workbook keeps them
    # and --by-outlet counts the row under its outlet (null where the row gave none)
    data.update(given_fields(problem))
    data.update(id=problem.id or problem.source, source=problem.source, error=problem.message,
                status=status_cell(None, problem.message))
    return data


def _print_outlets(items: list[Record | Problem], results: list[DocumentResult], as_json: bool,
                   joined: dict[str, str] | None = None) -> None:
    """The Outlets sheet's roll-up on the terminal (xlplugin.outlets): every row, a row that was
    not scored ("N/A" in its text cell) counted under its outlet as the sheet counts it. `joined`:
    the outlets the ratings table says are one (`ratings_table.joined_outlets`), one row; a name and
    a web site that only look alike stay apart, and a line under the table says so."""
    from .inputs import is_refused_line
    from .outlets import entry_of, format_rollup, group_key, outlet_rows_as_dicts, rollup

    scored = iter(results)
    entries = [entry_of(next(scored) if isinstance(item, Record) else None, item.outlet, item.url, str(item.id))
               for item in items]
    refused = [str(item.id) for item in items if is_refused_line(item)]
    rows = rollup((entry for entry, item in zip(entries, items) if not is_refused_line(item)), joined)
    if as_json:
        for data in outlet_rows_as_dicts(rows):
            print(json_line(data))
    else:
        print(format_rollup(rows))
        if refused:
            print(refused_left_out(refused))
        for name, site in alike_apart((group_key(row.outlet), row.outlet) for row in rows):
            print(f"shown apart: {name!r} and {site!r} may be one outlet (the name is the web site's in letters); "
                  "to show them as one, give both in one row of your --ratings file (a domain and an outlet column)")


def refused_left_out(ids: list[str]) -> str:
    """(loose21) The line under `--by-outlet`'s table naming the refused CSV rows it leaves out."""
    named = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
    if len(ids) == 1:
        return (f"not counted above: 1 row refused as a CSV line (id {named}): its fields were not read, so its outlet "
                "is not known (mend the line in the CSV file and score the file again)")
    return (f"not counted above: {len(ids)} rows refused as CSV lines (ids {named}): their fields were not read, so "
            "their outlets are not known (mend each line in the CSV file and score the file again)")


def _is_scored_workbook(path: Path) -> bool:
    """Does `path` look like a workbook `xlplugin score` wrote (a Documents sheet)?"""
    from .workbook import layout
    from .workbook.package import Package

    try:
        with Package.open(path) as package:
            part = package.sheet_part(layout.DOCUMENTS)
            return part is not None and package.has(part)
    except Exception:  # not a workbook, damaged, encrypted: not one of ours to refresh
        return False


def _check_output(output: Path, inputs: list[str], force: bool) -> None:
    """`-o` writes a new file: an existing one is replaced only with --force, and never when it
    is one of the inputs (its own sheets and formatting would be lost). Checked before anything
    is read or scored; nothing is touched when it refuses."""
    if not output.exists() and not output.is_symlink():
        return
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name after -o")
    resolved = output.resolve()
    if any(Path(raw).resolve() == resolved for raw in inputs):
        raise UsageError(
            f"{output} is one of the inputs; writing over it would lose its own sheets and formatting: use "
            f"xlplugin refresh {output}  to re-score a scored workbook in place, or another name after -o")
    if force:  # (what is lost is named: workbook.replaced_book)
        from .workbook.replaced_book import replaced_note

        note = replaced_note(output)
        if note:
            print(f"xlplugin: {note}", file=sys.stderr)
        return
    if _is_scored_workbook(output):
        raise UsageError(
            f"{output} already exists and is a scored workbook; nothing was written: use  xlplugin refresh {output}  "
            "to re-score it (keeping your edits), another name after -o, or --force to replace it")
    raise UsageError(f"{output} already exists; nothing was written: use another name after -o, or --force to replace it")


def _check_refresh_output(output: Path, book: Path, force: bool) -> None:
    """`refresh --output` writes a new file, as `score -o` does: an existing file other than the
    workbook refreshed is replaced only with --force (a refresh written over its own workbook is
    a refresh in place). Checked before the workbook is read; nothing is touched when it refuses."""
    if not output.exists() and not output.is_symlink():
        return
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name after --output")
    if output.resolve() == book.resolve():
        return
    if force:  # (what is lost is named: workbook.replaced_book)
        from .workbook.replaced_book import replaced_note

        note = replaced_note(output)
        if note:
            print(f"xlplugin: {note}", file=sys.stderr)
        return
    raise UsageError(f"{output} already exists; nothing was written: use another name after --output, "
                     "or --force to replace it")


def _score_on_dask(args: argparse.Namespace) -> int:
    """`score --engine dask`: files in, a folder of Parquet parts out (see xlplugin.dask)."""
    if args.engine != "dask":
        raise UsageError("--scheduler and --resume go with --engine dask")
    if args.output is None:
        raise UsageError("--engine dask writes Parquet parts into a folder: add -o FOLDER")
    if args.output.suffix.lower() in (".xlsx", ".xlsm", ".csv", ".parquet"):
        raise UsageError(f"--engine dask writes a folder of Parquet parts; -o {args.output} looks like a file name")
    if args.json:
        raise UsageError("--engine dask writes Parquet parts, not JSON Lines")
    if args.scheduler and args.workers is not None:
        raise UsageError("--workers starts a local cluster; with --scheduler the cluster has its own workers")
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be 1 or more")
    if args.sheet is not None and not any(p.lower().endswith((".xlsx", ".xlsm")) for p in args.paths):
        raise UsageError(f"--sheet {args.sheet!r} names a workbook's sheet, and no workbook (.xlsx, .xlsm) is given by name")
    started = time.monotonic()  # the whole run is timed: reading the plan, the cluster's start and stop
    try:
        from . import dask as engine  # dask, distributed and pyarrow only when asked for
    except ImportError as exc:
        raise UsageError("--engine dask needs the dask extra: install the wheel again with it, e.g. "
                         f"pip install \"xlplugin-0.1.0-py3-none-any.whl[dask]\", or pip install \".[dask]\" in the source folder ({exc})") from None
    plan = engine.plan_files(args.paths, args.output, text=args.text_column, settings=_settings(args), resume=args.resume)
    for line in plan.skipped + plan.notes:  # the files of a folder not read, as the default engine says them
        print(f"xlplugin: {line}", file=sys.stderr)
    try:
        summary = _run_on_cluster(engine, plan, args)
    except KeyboardInterrupt:
        engine.mute_workers()  # (a worker still starting fails on the closed cluster: not worth a traceback)
        raise KeyboardInterrupt(_resume_hint(plan, args)) from None
    if not args.quiet:  # (the user's columns named as ours, kept beside them: as the default engine says it)
        _say_kept_columns(engine.renamed_columns(args.output))
    for line in summary.problems:  # (the rows not scored for their input: named as the default engine names them)
        if not (args.quiet and line.startswith(CELL_LINE_START)):  # (hunt56) -q: counted in one line, as it does
            print(f"xlplugin: {line}", file=sys.stderr)
    if args.quiet and any(line.startswith(CELL_LINE_START) for line in summary.problems):
        print(f"xlplugin: {quiet_counts_line(summary.unscored)}", file=sys.stderr)
    for line in shared_id_lines_of(summary.read_ids):  # (rows17: ids several documents share, as the default engine says them)
        print(f"xlplugin: {line}", file=sys.stderr)
    if not args.quiet:
        print(
            f"xlplugin: {counted(summary.written, 'part')} written to {args.output}"
            # (hunt44) what the parts kept hold, and what this run read: the counts were this run's alone
            + (f", {summary.skipped} already there ({counted(summary.kept, 'document')} kept from before)"
               if summary.skipped else "")
            + f"; {'scored now: ' if summary.skipped else ''}{summary.counts()}, "
            + (f"{counted(len(plan.files_not_read), 'other file')} not read, " if plan.files_not_read else "")  # (hunt31: as the default engine)
            + f"in {time.monotonic() - started:.1f} s",
            file=sys.stderr,
        )
    for line in summary.not_read:  # (rows that are not documents: a table's totals row, as the default engine says them)
        print(f"xlplugin: {line}", file=sys.stderr)
    same = summary.same_text_line() if not args.quiet else ""  # (hunt53: as the default engine says it)
    if same:
        print(f"xlplugin: {same}", file=sys.stderr)
    for line in _unused_workbook_settings(args, _settings(args)):  # (a scored workbook's own sheets: as the default engine)
        print(f"xlplugin: {line}", file=sys.stderr)
    # as the default engine: rows that could not be read are written (with their reason), and the
    # exit status says that some were ((hunt39c) a cut text, a number or a date in the text cell as one with no text)
    return EXIT_USAGE if any(summary.unscored.get(why) for why in (engine.UNREADABLE, *CELL_REASONS, engine.UNSAVED_META)) \
        else EXIT_OK


def _refresh_command(args: argparse.Namespace) -> int:
    from .workbook import refresh_workbook

    overrides: dict[str, Any] = {}
    if args.settings:
        overrides.update(load_toml(args.settings))
    overrides.update(_weights(args.weight))
    if args.no_builtin_ratings:
        overrides["sources.builtin"] = 0
    Settings().with_values(overrides)  # check before touching the workbook
    if args.ratings:
        raise UsageError("refresh reads source ratings from the workbook's Sources sheet; edit it there")
    if args.output is not None:
        _check_refresh_output(args.output, args.book, args.force)
    started = time.monotonic()
    summary = refresh_workbook(args.book, output=args.output, settings_overrides=overrides or None,
                               progress=Progress(args.quiet, "refreshing"), text_column=args.text_column)
    if not args.quiet:
        print(f"xlplugin: {refresh_head(summary, args.output or args.book)}: {refresh_counts(summary)}, "
              f"in {time.monotonic() - started:.1f} s", file=sys.stderr)
        for line in refresh_notes(summary):
            print(f"xlplugin: {line}", file=sys.stderr)
    code = refresh_exit_code(summary)
    if args.quiet and code != EXIT_OK:  # (quiet: only what went wrong, in one line)
        print(f"xlplugin: {quiet_refresh_line(summary)}", file=sys.stderr)
    return code


def refresh_head(summary: Any, book: Any) -> str:
    """(hunt38a) The summary line's start: "refreshed BOOK" where the workbook was written, and
    where nothing in it changed, that it was left as it was (it was not written: its date is as it was)."""
    if getattr(summary, "written", True):
        return f"refreshed {book}"
    return f"left {book} as it was (nothing to change, so it was not written)"


def file_rows_named(summary: Any, kind: str) -> str:
    """(hunt38a) ": row 4 (elsewhere/report.txt); row 9 (...)": the rows whose file was not found
    (`kind` "missing"), is gone from its folder ("gone") or could not be read ("unreadable"), by
    row number and file cell, for the summary's line."""
    rows = [(number, shown) for number, shown, which, _ in getattr(summary, "file_rows", []) if which == kind]
    if not rows:
        return ""
    named = [f"row {number} ({shown})" if shown else f"row {number}" for number, shown in rows[:_ROWS_NAMED]]
    more = len(rows) - _ROWS_NAMED
    return ": " + "; ".join(named) + (f"; and {more} more" if more > 0 else "")


def _files_said_before(summary: Any, kind: str) -> str:
    """(hunt38a) The words on rows whose file was not found or could not be read where an earlier
    refresh already said so in their Status: nothing new, so the exit status is 0 when nothing
    else went wrong."""
    said = [before for _, _, which, before in getattr(summary, "file_rows", []) if which == kind]
    if not any(said):
        return ""
    if all(said):
        return " (all already said by an earlier run; the exit status is 0 as nothing new was found)"
    return f" ({sum(said)} already said by an earlier run)"


def files_said_before(summary: Any) -> int:
    """(hunt38a) Of the rows whose file was not found or could not be read, those whose Status
    already said so after an earlier run."""
    return sum(1 for *_, before in getattr(summary, "file_rows", []) if before)


def quiet_refresh_line(summary: Any) -> str:
    """What `refresh --quiet` says when a row could not be read (and only then): how many, of
    which kind, and where to look."""
    cells = summary.failed - summary.cut_texts
    # (hunt56) each reason named as the summary without -q names it (a number, a link, a cut text ...:
    # they were counted "text cells with no text"); (parity40) a merged cell, (hunt55) a text cell's
    # formula with no saved value and (loose22) a metadata cell's, as before
    reasons = [cell_reason(why) for _, why in getattr(summary, "no_text_rows", [])]
    apart = {reason: reasons.count(reason) for reason in _QUIET_APART if reason in reasons}
    gone = getattr(summary, "gone", 0)
    blank = cells - sum(apart.values())
    parts = [counted(blank, "text cell", "text cells") + " with no text" if blank else "",
             *(counted(n, "row") + " " + reason for reason, n in apart.items()),
             # (resume33) a file gone from a folder still there: its row's scores cleared, said apart
             counted(gone, "file") + " gone from a folder still there: scores cleared" if gone else "",
             counted(summary.missing - gone, "file") + " not found" if summary.missing - gone else "",
             counted(summary.unreadable, "file") + " that could not be read" if summary.unreadable else ""]
    return f"{counted(cells + summary.missing + summary.unreadable, 'row')} not refreshed (" \
        + ", ".join(p for p in parts if p) + "): each row's Status says why; run without -q for the rows"


# (hunt56) The reasons `quiet_refresh_line` counts apart from a text cell with no text, in its order.
_QUIET_APART = (UNSAVED_META, FORMULA_CELL, MERGED_CELL) + tuple(reason for reason in CELL_REASONS
                                                                 if reason not in (NO_TEXT_CELL, FORMULA_CELL))


# The refresh summary's counts, in the order said, each in words a reader knows (a count of 0 is
# not said; no commas inside the words, so that the counts split apart at ", "). (text_normalised, cut_texts, scores_moved and read_edited are not counts of their
# own: those rows are among the ones counted here, and the lines after the summary say more.)
REFRESH_COUNTS = (
    ("rescored", "scored again"),
    ("appended", "new (scored for the first time)"),
    # (newuser43) a row the user appended that could not be scored: not said to be "scored"
    ("appended_unscored", "new and not scored (their Status says why)"),
    ("unchanged", "unchanged"),
    # (among the unchanged, said right after them: "5 rows unchanged, 1 of them with ...")
    ("evidence_restored", "of them with their missing Evidence rows written again"),
    # (hunt39a) a Why, Status or Kind typed over: the cell written again (the lines after say what was typed)
    ("typed_again", "of them with a cell of xlplugin's typed over written again"),
    # (sheets30) and those whose Evidence rows were under an id no row has now: renamed, not deleted
    ("evidence_refiled", "of them with their Evidence rows filed under a new id"),
    ("failed", "not scored (their Status says why)"),
    # (sheets30) rows whose text was cut to fit its cell: counted apart from the failed (they keep their scores)
    ("cut_texts", "with a text cut to fit its cell (earlier scores kept)"),
    ("refused", "still refused as a CSV line (their Status says why)"),
    # (resume33) a file gone from a folder that is still there: scores cleared; the rest keep theirs
    ("gone", "with a file gone from its folder (scores cleared: not current)"),
    ("missing", "with a file that was not found (earlier scores kept)"),
    ("unreadable", "with a file that could not be read (earlier scores kept)"),
    ("text_edited", "with an edited text cell in place of their file's text (earlier scores kept)"),
)


def refresh_counts(summary: Any) -> str:
    """ "2 rows scored again, 6 unchanged": the refresh's counts that are not 0, the first with
    its noun ("no rows" when every count is 0)."""
    said = [(_count_of(summary, key), _kept_words(summary, key, words)) for key, words in REFRESH_COUNTS if _count_of(summary, key)]
    if not said:
        return "no rows"
    (first, words), rest = said[0], said[1:]
    return ", ".join([f"{counted(first, 'row')} {words}"] + [f"{count} {words}" for count, words in rest])


def _count_of(summary: Any, key: str) -> int:
    """A count of the summary line: the failed rows without (sheets30) the cut texts, said apart."""
    count = getattr(summary, key, 0)
    if key == "missing":  # (resume33: the gone files said apart)
        return count - getattr(summary, "gone", 0)
    return count - getattr(summary, "cut_texts", 0) if key == "failed" else count


def _kept_words(summary: Any, key: str, words: str) -> str:
    """A count's words, where rows whose file is gone or unreadable had no earlier scores to keep
    (rows new in this refresh, or never scored): "(not scored)" when none had any, "(earlier scores
    kept where there were some)" when some had."""
    unscored = getattr(summary, "unscored_files", 0)
    if key not in ("missing", "unreadable") or not unscored:
        return words
    kept = "(not scored)" if unscored >= summary.missing - getattr(summary, "gone", 0) + summary.unreadable \
        else "(earlier scores kept where there were some)"
    return words.replace("(earlier scores kept)", kept)


# Rows named in a summary line, each with why; the rest are counted.
_ROWS_NAMED = 5


def _rows_named(rows: list[tuple[int, str]]) -> str:
    """": row 4, column text: error value #N/A in the cell (...); row 9, ..." for a summary line, "" for none."""
    if not rows:
        return ""
    named = [f"row {number}, {why}" for number, why in rows[:_ROWS_NAMED]]
    more = len(rows) - _ROWS_NAMED
    return ": " + "; ".join(named) + (f"; and {more} more" if more > 0 else "")


# (evid25) The line on Evidence rows written again, and how to see fewer rows instead.
EVIDENCE_BACK = ("{rows} written again in the Evidence sheet ({documents}): a document keeps all its evidence while its "
                 "scores stay; to see fewer rows, filter the sheet or hide rows rather than delete them")


def evidence_back_lines(back: list[tuple[str, int]]) -> list[str]:
    """The summary's line on the Evidence rows a refresh wrote again, by document; none when none were."""
    if not back:
        return []
    named = [f"{count} for {doc_id}" for doc_id, count in back[:_ROWS_NAMED]]
    if len(back) > _ROWS_NAMED:
        named.append(f"{sum(count for _, count in back[_ROWS_NAMED:])} for {len(back) - _ROWS_NAMED} more documents")
    total = sum(count for _, count in back)
    return [EVIDENCE_BACK.format(rows=counted(total, "Evidence row", "Evidence rows"), documents="; ".join(named))]


def evidence_refiled_lines(refiled: list[tuple[str, str, int]]) -> list[str]:
    """(sheets30) The summary's line on the Evidence rows a refresh filed under a document's new
    id (an id renamed, or a row with no id whose place, which names it, changed); none when none were."""
    if not refiled:
        return []
    named = [f"{count} for {new_id}, before {old_id}" for new_id, old_id, count in refiled[:_ROWS_NAMED]]
    if len(refiled) > _ROWS_NAMED:
        named.append(f"{sum(count for *_, count in refiled[_ROWS_NAMED:])} for {len(refiled) - _ROWS_NAMED} more documents")
    total = sum(count for *_, count in refiled)
    return [f"{counted(total, 'Evidence row', 'Evidence rows')} filed under their document's new id ({'; '.join(named)}): "
            "the Evidence sheet lists each document's rows under its id; their scores did not change"]


def refresh_notes(summary: Any) -> list[str]:
    """The lines after a refresh's summary line: what it saw and what to do about it."""
    from .workbook.typed_cells import typed_lines

    notes: list[str] = list(summary.settings_notes)  # (a Settings sheet deleted, why settings rescored rows, unused Sources rows)
    notes += describe_skipped(getattr(summary, "not_documents", []))  # (a table's totals row, as `score` says it)
    notes += getattr(summary, "sheet_notes", [])  # (a derived sheet deleted: made again)
    notes += getattr(summary, "copy_notes", [])  # (a copy of the Documents sheet: not refreshed)
    notes += getattr(summary, "link_notes", [])  # (words URL cells' links set back: refresh_url_links)
    notes += getattr(summary, "id_lines", [])  # (ids written into blank id cells: see refresh_ids)
    notes += evidence_back_lines(getattr(summary, "evidence_rows_back", []))  # (evid25: rows deleted from the Evidence sheet)
    notes += evidence_refiled_lines(getattr(summary, "evidence_rows_refiled", []))  # (sheets30: an id renamed)
    if getattr(summary, "scores_moved", 0):
        notes.append(f"rescored {summary.scores_moved}: score cells edited or moved (they were not the scores written "
                     "for their row's text, as the Read sheet lists them)")
    notes += typed_lines(getattr(summary, "typed", []))  # (hunt31: Why, Status or Kind cells typed over)
    if getattr(summary, "read_edited", 0):
        notes.append(f"rescored {counted(summary.read_edited, 'row')} whose text was edited in the Read sheet: the Read sheet "
                     "shows each row's own text again (it only shows the texts: edit a text in the Documents sheet, "
                     "or in its file)")
    notes += getattr(summary, "read_repairs", [])  # (the Read sheet's layout put right: see refresh_read_edits)
    if summary.row_changes:
        notes.append(f"{summary.row_changes}: the Read, Outlets, Overview and Evidence sheets were made again "
                     "for the rows as they now stand")
    keys = getattr(summary, "text_keys", [])  # (hunt53) as `score` says it
    same = same_text_line_of([key for key, _ in keys], [name for _, name in keys])
    if same:
        notes.append(same)
    if summary.shared_ids:
        notes.append(f"{counted(summary.shared_ids, 'row shares its', 'rows share their')} id with another row: each is scored on its own, "
                     "its evidence filed under 'ID (row N)' after the first, and its Status names the other rows; "
                     "give each document its own id")
    rows, said = getattr(summary, "no_text_rows", []), set(getattr(summary, "said_before_rows", []))
    unsaved = [row for row in rows if cell_reason(row[1]) == UNSAVED_META]
    # (hunt40a) a number or a date, and a text cut short, each named in its own words, as `score`
    # counts them (hunt39c: inputs_summary.cell_reason); the rest hold no text
    # (hunt40b) TRUE/FALSE, a time and a link alone likewise
    apart = {reason: [row for row in rows if cell_reason(row[1]) == reason] for reason in _APART_WORDS}
    no_text = summary.failed - summary.cut_texts - len(unsaved) - sum(map(len, apart.values()))
    before_apart = {reason: sum(1 for number, _ in found if number in said) for reason, found in apart.items()}
    exit_ok = refresh_exit_code(summary) == EXIT_OK
    if no_text:
        before = getattr(summary, "failed_before", 0) - sum(1 for number, _ in unsaved if number in said) \
            - sum(before_apart.values())
        notes.append(f"{counted(no_text, 'row has', 'rows have')} a text cell that holds no text (a placeholder such as N/A, "
                     f"an error value, a formula with no saved value): {_no_scores(no_text)}"
                     + _said_before(no_text, before, exit_ok)
                     + _rows_named([row for row in rows if row not in unsaved and all(row not in f for f in apart.values())]))
    for reason, found in apart.items():
        if found:
            notes.append(f"{counted(len(found), 'row has', 'rows have')} {_APART_WORDS[reason]}: {_no_scores(len(found))}"
                         + _said_before(len(found), before_apart[reason], exit_ok) + _rows_named(found))
    if unsaved:  # (loose22) their text is there: the cause is another cell, named
        notes.append(f"{counted(len(unsaved), 'row has', 'rows have')} a title, url, outlet, date or author cell that holds a formula "
                     f"with no saved value: {'it has' if len(unsaved) == 1 else 'they have'} no scores, as `score` gives them, and "
                     f"{'its' if len(unsaved) == 1 else 'their'} Status names the cell "
                     "(open and save the workbook in Excel or LibreOffice, or type the value in the cell, then refresh)"
                     + _rows_named(unsaved))
    if getattr(summary, "older", 0):  # (sheets30) as "settings changed: ..." says the other reason
        notes.append(f"scored again: the scorers changed since {'this row was' if summary.older == 1 else f'these {summary.older} rows were'} "
                     f"scored ({summary.older_parts})")
    if getattr(summary, "newer", 0):
        notes.append(f"{counted(summary.newer, 'row was', 'rows were')} scored by a newer xlplugin ({summary.newer_parts}): "
                     f"{'it was' if summary.newer == 1 else 'they were'} scored again with this version's older rules; "
                     "to keep the newer scores, refresh this workbook with the newer xlplugin")
    if getattr(summary, "refused", 0):
        notes.append(f"{counted(summary.refused, 'row holds', 'rows hold')} a whole CSV line in its text cell (a CSV line that `score` "
                     f"refused, as written or mended inside the cell). {'It is' if summary.refused == 1 else 'They are'} not scored. To score such a row, put each field in its own cell (the "
                     "text alone in the text cell) and refresh, or mend the line in the CSV file and score the file again")
        # (loose21) not "empty its Status cell": a row still holding its line stays refused whatever its Status says (refused22)
    if summary.cut_texts:
        notes.append(f"{counted(summary.cut_texts, 'row holds', 'rows hold')} a text cut to fit its cell; they keep their earlier scores: "
                     "put the full text in a file and give its path")
    gone = getattr(summary, "gone", 0)
    if gone:  # (resume33) a file gone from its folder: the row's scores cleared, not kept as current
        notes.append(f"{counted(gone, 'row names', 'rows name')} a file that is no longer in its folder (renamed, moved or "
                     f"deleted): {'its scores are' if gone == 1 else 'their scores are'} cleared, as they are not current, "
                     "and the Status says the index the last run gave and where the same text is now, if a file of "
                     "the folder holds it; a file put back is scored again"
                     + _files_said_before(summary, "gone") + file_rows_named(summary, "gone"))
    if summary.missing - gone:
        notes.append(f"{counted(summary.missing - gone, 'row names', 'rows name')} a file that could not be found; "
                     + _kept_note(summary) + "their Status says where the file was looked for"
                     + _files_said_before(summary, "missing") + file_rows_named(summary, "missing"))
    notes += getattr(summary, "folder_notes", [])  # (resume33: files of the folder that no row names)
    if summary.unreadable:
        notes.append(f"{counted(summary.unreadable, 'row names', 'rows name')} a file that was found but could not be read; "
                     + _kept_note(summary) + "their Status says why"
                     + _files_said_before(summary, "unreadable") + file_rows_named(summary, "unreadable"))
    if summary.text_edited:
        notes.append(f"{counted(summary.text_edited, 'row')} read from a file had their text cell edited; they keep their "
                     "earlier scores: to score your text, empty the row's file cell; to go back to the file's scores, "
                     "empty the text cell (where the pages' text has a column of its own, 'page text', put your text in "
                     "the row's text column instead; the row's Status names both)")
    if summary.text_normalised:
        notes.append(f"{counted(summary.text_normalised, 'rescored row')} had a text cell with Windows line ends or "
                     "decomposed accents (or characters garbled by a wrong encoding, read as meant: the row's Status "
                     "says so); the cell now holds the text as scored, so the evidence offsets point into it")
    return notes


# (hunt40a) How the line after a refresh's summary names the rows whose text cell holds a number
# or a date, or a text cut short (`inputs_summary.VALUE_CELL`, `CUT_CELL`), as `score` counts them.
_APART_WORDS = {VALUE_CELL: "a number or a date in the text cell instead of a text",
                LOGICAL_CELL: "a TRUE/FALSE value in the text cell instead of a text",  # (hunt40b)
                TIME_CELL: "a time in the text cell instead of a text",
                LINK_CELL: "only a web address in the text cell, a link to the article and not its text (save the page as "
                           ".html and give its path, or put the article's text in place of the link)",
                # (hunt54) a file's name or path, as `score` counts it
                FILE_CELL: "a file's name in the text cell instead of a text (name it in a column named path or file "
                           "to read the file)",
                # (hunt55) a formula with no saved value, as `score` counts it
                FORMULA_CELL: "a formula with no saved value in the text cell (a formula Excel has not calculated yet: "
                              "open and save the workbook in Excel or LibreOffice)",
                CUT_CELL: "a text cut short in the text cell (not the whole text: it ends where a news service or a "
                          "cell cut it)",
                # (parity40) a text cell covered by a merged cell from a row above, as `score` counts it (loose26)
                MERGED_CELL: "a text cell inside a merged cell that starts in a row above (the merged text is one "
                             "document, read once, in the merged cell's first row)"}


def _said_before(count: int, before: int, exit_ok: bool) -> str:
    """What a line on rows that cannot be read adds where `before` of its `count` rows were said
    by an earlier run (their Status already said so); `exit_ok`: the run's exit status is 0 (said
    only then, as it is the whole run's: another line's rows may be new)."""
    if not before:
        return ""
    new = count - before
    return (f" ({'all' if not new else before} already said by an earlier run"
            + ("; the exit status is 0 as nothing new was found)" if not new and exit_ok else ")"))


def _no_scores(count: int) -> str:
    return ("it has no scores, as `score` gives it, and its Status says why" if count == 1 else
            "they have no scores, as `score` gives them, and their Status says why")


def _kept_note(summary: Any) -> str:
    """How a line on rows whose file is gone or unreadable says what became of their scores."""
    unscored = getattr(summary, "unscored_files", 0)
    if not unscored:
        return "they keep their earlier scores and "
    if unscored >= summary.missing - getattr(summary, "gone", 0) + summary.unreadable:
        return "they had no earlier scores, so they are not scored, and "
    return "those scored before keep their earlier scores, and "


def refresh_exit_code(summary: Any) -> int:
    """`refresh` exits 2 when this run found a row that could not be read (a text cell that holds
    no text, a file that is gone or cannot be read), 0 otherwise. A text cell with no text whose
    Status already said so (an earlier run found it, and it is as it was) is not new: alone, it
    does not make the run look failed; the line after the summary still names it. A text cut to
    fit its cell is read (`score` scores it): such a row counts as failed, its Status says why,
    and the exit code is 0."""
    unread_cells = summary.failed - summary.cut_texts - getattr(summary, "failed_before", 0)
    # (hunt38a) a file not found or unreadable whose row's Status already said so is not new either
    unread_files = summary.missing + summary.unreadable - files_said_before(summary)
    return EXIT_USAGE if unread_cells or unread_files else EXIT_OK


def _signals_command(args: argparse.Namespace) -> int:
    from . import registry

    # wrapped to the terminal as --help is (COLUMNS, else 80 columns): each signal's name and unit,
    # its description under them; each setting on its own lines, its help under its default
    width = max(shutil.get_terminal_size().columns - 1, 40)
    for module in registry.scorers():
        first = (module.__doc__ or "").strip().splitlines()[0]
        print(textwrap.fill(f"{module.NAME:18} {module.UNIT}", width, subsequent_indent=" " * 19))
        print(textwrap.fill(first, width, initial_indent=" " * 19, subsequent_indent=" " * 19))
    print()
    for setting in settings_table():
        print(textwrap.fill(f"{setting.name:26} default {setting.default!s:6} {setting.help}", width,
                            subsequent_indent=" " * min(42, width // 2)))
    return EXIT_OK


def _run_on_cluster(engine: Any, plan: Any, args: argparse.Namespace) -> Any:
    """Start the cluster (or connect to --scheduler), write the plan's parts, close it."""
    client = engine.start_client(args.scheduler, args.workers)
    try:
        return engine.run_plan(plan, client, Progress(args.quiet, "partitions"))
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and not args.scheduler:
            cluster.close()


def _resume_hint(plan: Any, args: argparse.Namespace) -> str:
    """After Ctrl-C in a dask run: how many parts are written, and how to write the rest."""
    from .dask import PART_PATTERN

    done = sum(1 for i in range(len(plan.parts)) if (plan.output / PART_PATTERN.format(i)).exists())
    if done == len(plan.parts):
        return f"every part was written to {plan.output}"
    return (f"{done} of {counted(len(plan.parts), 'part')} written to {plan.output}; "
            "run the same command with --resume to write the rest")


# SIGTERM (`kill`, a scheduler's time limit) and SIGHUP (the terminal closed) stop a run as Ctrl-C
# does: by default they end the process at once, skipping the code that stops the worker
# processes (left running with no parent) and removes a half-written file.
_STOP_SIGNALS = {"SIGTERM": "asked to stop (SIGTERM)", "SIGHUP": "its terminal was closed (SIGHUP)"}


class _Stopping:
    """While a command runs: SIGTERM and SIGHUP raise KeyboardInterrupt, so that everything a
    Ctrl-C cleans up is cleaned up; `signal_number` says which one came (None: none, or Ctrl-C).
    Only the first one raises: a second, while the run cleans up, is ignored."""

    def __init__(self) -> None:
        import os

        self.signal_number: int | None = None
        self.previous: dict[int, Any] = {}
        self.pid = os.getpid()

    def __enter__(self) -> "_Stopping":
        import signal
        import threading

        if threading.current_thread() is not threading.main_thread():
            return self  # (Python lets only the main thread set handlers)
        for name in _STOP_SIGNALS:
            number = getattr(signal, name, None)
            if number is None:  # (no SIGHUP on Windows)
                continue
            try:
                self.previous[number] = signal.signal(number, self._stop)
            except (ValueError, OSError):  # an embedding program that keeps its handlers
                pass
        return self

    def _stop(self, number: int, _frame: Any) -> None:
        import os
        import signal

        if os.getpid() != self.pid:
            # a worker process, forked with this handler: it ends as the signal's default says
            # (the run ends its workers with SIGTERM)
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
            return
        if self.signal_number is not None:
            return
        self.signal_number = number
        raise KeyboardInterrupt()

    def __exit__(self, *exc: Any) -> None:
        import signal

        for number, previous in self.previous.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)

    def exit_code(self) -> int:
        """130 after Ctrl-C; 128 + the signal's number after SIGTERM or SIGHUP (as a shell reports
        a process that signal ended)."""
        return 130 if self.signal_number is None else 128 + self.signal_number

    def message(self) -> str:
        import signal

        if self.signal_number is None:
            return "interrupted"
        return "stopped: " + _STOP_SIGNALS[signal.Signals(self.signal_number).name]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    handlers = {"score": _score_command, "refresh": _refresh_command, "signals": _signals_command}
    with _Stopping() as stopping:
        try:
            return handlers[args.command](args)
        except XlpluginError as exc:
            print(f"xlplugin: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except KeyboardInterrupt as exc:
            try:
                print(f"xlplugin: {stopping.message()}" + (f"; {exc}" if str(exc) else ""), file=sys.stderr)
            except OSError:  # (the terminal has gone: SIGHUP)
                pass
            return stopping.exit_code()
        except BrokenPipeError:
            # `xlplugin score ... | head`: the reader went away; nothing is lost.
            return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
