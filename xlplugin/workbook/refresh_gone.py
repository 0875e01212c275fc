"""(resume33) A workbook scored from a folder of files, refreshed after files in that folder were
renamed, moved into a subfolder, deleted or added: the files of the folder that no row of the
workbook names are listed in the refresh's summary (a refresh scores the rows the workbook has; it
adds none), and a row whose file is gone (its scores cleared: refresh_plan.gone_status) names the
file of the folder that holds the same text, where one does (a file renamed or moved), and how to
follow it.

The folder a row's file was read from is known where the row was scored from a folder given to
`score`: its file cell is that folder's path followed by the row's id ("src/sub/a.txt", id
"sub/a.txt"). Rows of a table with a path column have ids of their own: their folders are not
listed (a table may name three files of a folder of thousands).

(hunt39a) Only a folder given to `score` as a folder is listed whole: a workbook scored from files
chosen by name ("xlplugin score src/a.txt") named the other files of their folder at every refresh,
files the user never asked for. `score` records the folders given (layout.FOLDERS_PROPERTY); a
workbook written before it does not say, and there a folder counts as given where a row's id shows
a subfolder of it ("sub/a.txt": a file given by name is known by its name alone) or its rows name
more of its files than they leave out. Of any other folder, only a file holding a gone row's text is
named (a file renamed since it was scored)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Sequence

from ..engine import text_digest
from ..errors import InputError
from ..inputs import FILE_GONE, TEXT_EXTENSIONS, Problem, _hidden, read_file
from . import layout
from .refresh_plan import RowPlan, gone_status, last_index
from .rows import STATUS_AT

__all__ = ["FolderFiles", "folder_files", "unlisted_lines"]

# Files of a folder read to find the one holding a gone row's text (each is read and hashed);
# the names listed in the summary's line, per folder.
_READ_AT_MOST, _NAMED_AT_MOST = 500, 10


class FolderFiles:
    """The files of the folders given that no row names: by folder as written (its path from the
    workbook's folder, "src"), each file's path from that folder; and, of those, the ones that
    hold a gone row's text: {path from that folder: the gone row's id}."""

    def __init__(self) -> None:
        self.unlisted: dict[str, list[str]] = {}
        self.same_text: dict[str, dict[str, str]] = {}
        self.chosen: set[str] = set()  # (hunt39a) folders whose files were given by name: see the module's docstring


def _folder_of(cell: Any, doc_id: Any) -> str | None:
    """The folder given, as the file cell writes it ("src"; "" for the workbook's own folder),
    where the cell is that folder's path and the row's id; else None."""
    if not isinstance(cell, str) or not isinstance(doc_id, str) or not doc_id.strip():
        return None
    written, doc_id = cell.strip().replace("\\", "/"), doc_id.strip()
    if written == doc_id:
        return ""
    if written.endswith("/" + doc_id):
        return written[: -len(doc_id) - 1]
    return None


def _resolved(path: Path) -> Path:
    """(hunt41) `path` as the file it names: a row's file cell may write a file of the folder by
    another path than `score` wrote ("/home/me/src/a.txt", "./src/a.txt", "src/sub/../a.txt"), and
    that file is named by a row all the same; the summary listed it as in no row of the workbook."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # (a loop of links, a name the system refuses: compared as written)
        return path


def folder_files(rows: Sequence[RowPlan], file_col: int, base: Path, owned: dict[str, int],
                 given: set[str] | None = None) -> FolderFiles:
    """The files of each folder given that no row names (`FolderFiles`); each gone row's Status
    (already cleared by the plan) names the file that holds its text, where one does. `given`:
    the folders `score` was given (layout.FOLDERS_PROPERTY), None where the workbook does not say;
    of the other folders only files holding a gone row's text are named."""
    found = FolderFiles()
    named: dict[str, set[str]] = {}
    nested: set[str] = set()  # (folders a row's id shows a subfolder of: given as folders)
    for row in rows:
        folder = _folder_of(row.span.values.get(file_col), row.item.id)
        if folder is not None:
            named.setdefault(folder, set())
            if "/" in row.item.id.strip():
                nested.add(folder)
    named_files: set[Path] = set()  # (hunt41) every row's file, however its cell writes the path
    for row in rows:  # (every row's file in those folders, whatever its id: a row that follows a renamed file)
        cell = row.span.values.get(file_col)
        written = cell.strip().replace("\\", "/") if isinstance(cell, str) else ""
        for folder, ids in named.items():
            if written and (not folder or written.startswith(folder + "/")):
                ids.add(written[len(folder) + 1:] if folder else written)
        if written:
            named_files.add(_resolved(Path(written) if Path(written).is_absolute() else base / written))
    gone = [row for row in rows if isinstance(row.item, Problem) and row.values is not None
            and str(row.values[STATUS_AT]).startswith(f"not scored: {FILE_GONE}:")]
    for folder, ids in named.items():
        place = Path(folder) if Path(folder).is_absolute() else base / folder
        if not place.is_dir():
            continue
        files = []
        for path in sorted(place.rglob("*")):
            relative = path.relative_to(place).as_posix()
            if path.suffix.lower() in TEXT_EXTENSIONS and not _hidden(relative) and path.is_file() and relative not in ids \
                    and _resolved(path) not in named_files:
                files.append((relative, path))
        if not files:
            continue
        found.unlisted[folder] = [relative for relative, _ in files]
        if given is not None:
            whole = folder in given
        else:  # (a workbook that does not say: see the module's docstring)
            whole = folder in nested or len(ids) > len(files)
        if not whole:
            found.chosen.add(folder)
        mine = [row for row in gone if _folder_of(row.span.values.get(file_col), row.item.id) == folder]
        hashes = {row.span.values.get(owned[layout.STAMP_HEADERS[-1]]): row for row in mine}
        hashes.pop(None, None)
        hashes.pop("", None)
        for row in mine:  # (a row cleared by an earlier refresh has no Text hash: what its Status found is kept)
            said = _SAID_RE.search(str(row.span.values.get(owned[layout.SCORE_HEADERS[-1]]) or ""))
            relative = said.group(1)[len(folder) + 1:] if said and folder else said.group(1) if said else ""
            if relative and relative in found.unlisted[folder] and row not in hashes.values():
                _follow(found, folder, relative, row, owned)
        for relative, path in files[:_READ_AT_MOST] if hashes else ():
            try:
                read = read_file(path, relative)
            except (InputError, OSError):
                continue
            row = hashes.pop(text_digest(read.text, read.title, read.url, read.outlet, read.author, read.date,
                                         read.page_type), None)
            if row is None:
                continue
            _follow(found, folder, relative, row, owned)
            if not hashes:
                break
    for folder in found.chosen:  # (files given by name: their folder's other files are none of the workbook's)
        same = found.same_text.get(folder, {})
        found.unlisted[folder] = [relative for relative in found.unlisted[folder] if relative in same]
        if not found.unlisted[folder]:
            del found.unlisted[folder]
    return found


# (what a gone row's Status says of the file holding its text: refresh_plan.gone_status)
_SAID_RE = re.compile(r"; '([^']+)' holds the same text and no row names it")


def _follow(found: FolderFiles, folder: str, relative: str, row: RowPlan, owned: dict[str, int]) -> None:
    """A gone row's text found in the folder's file `relative`: named in its Status and the summary."""
    found.same_text.setdefault(folder, {})[relative] = row.item.id.strip()
    written = f"{folder}/{relative}" if folder else relative
    message = row.item.message.removeprefix(f"{row.item.source}: ")
    assert row.values is not None
    row.values[STATUS_AT] = gone_status(message, last_index(row.span, owned), written)


def unlisted_lines(found: FolderFiles) -> list[str]:
    """The summary's line per folder given holding files that no row names."""
    lines = []
    for folder, files in found.unlisted.items():
        same = found.same_text.get(folder, {})
        shown = [f"{name} (the text of the row {same[name]!r}, whose file is gone)" if name in same else name
                 for name in files[:_NAMED_AT_MOST]]
        more = f" and {len(files) - _NAMED_AT_MOST} more" if len(files) > _NAMED_AT_MOST else ""
        where = f"the folder {folder!r}" if folder else "the workbook's folder"
        first = f"{folder}/{files[0]}" if folder else files[0]
        again = "" if folder in found.chosen else f", or score the folder again (xlplugin score {folder or '.'} -o NEW.xlsx)"
        lines.append(f"{len(files)} file{'s' if len(files) > 1 else ''} in {where} {'are' if len(files) > 1 else 'is'} "
                     f"in no row of the workbook (added, renamed or moved since it was scored): {', '.join(shown)}{more}; "
                     "a refresh scores the workbook's rows and adds none: to score such a file, write its path in the "
                     f"file cell of a new row ({first!r}) and refresh{again}")
    return lines
