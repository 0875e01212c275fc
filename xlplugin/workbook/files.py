"""Writing a workbook file safely: refuse early when the target is read-only or open in a
spreadsheet program, write to a temporary file in the same folder, and replace the target only
once the new file is complete (a crash or a full disk leaves the old file as it was).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import Callable

from ..errors import WorkbookError

__all__ = ["check_writable", "atomic_write", "lock_file", "file_stamp", "SCORE_OPTION", "REFRESH_OPTION"]

# The option that writes elsewhere, as the README names it for each command: what a message
# tells the user to type.
SCORE_OPTION = "-o NEW.xlsx"
REFRESH_OPTION = "--output NEW.xlsx"


def lock_file(path: Path) -> Path | None:
    """The lock file Excel ("~$name") or LibreOffice (".~lock.name#") keeps beside a workbook
    while it is open, if there is one."""
    for name in ("~$" + path.name, ".~lock." + path.name + "#"):
        candidate = path.with_name(name)
        if candidate.exists():
            return candidate
    return None


def check_writable(path: Path, option: str = REFRESH_OPTION) -> None:
    """Raise WorkbookError, before any work is done, if `path` cannot be (re)written. `option`:
    the command's option that writes elsewhere, as the README names it (`score`'s is
    "-o", `refresh`'s "--output")."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WorkbookError(f"{path}: the folder {folder} does not exist")
    lock = lock_file(path)
    if lock is not None:
        raise WorkbookError(
            f"{path} looks open in a spreadsheet program (lock file {lock.name}); close it there first, "
            f"or write elsewhere with {option}"
        )
    if path.exists():
        if path.is_dir():
            raise WorkbookError(f"{path}: is a folder")
        if not os.access(path, os.W_OK):
            raise WorkbookError(f"{path} is read-only; make it writable or write elsewhere with {option}")
    if not os.access(folder, os.W_OK):
        raise WorkbookError(f"cannot write in the folder {folder} (permission denied); write elsewhere with {option}")


class Terminated(SystemExit):
    """The process was asked to stop (SIGTERM) while writing; raised so that the temporary file is
    removed on the way out, as it is for Ctrl+C. Exits with 143 (128 + SIGTERM), as the shell
    reports a process ended by SIGTERM."""

    def __init__(self) -> None:
        super().__init__(128 + signal.SIGTERM)


@contextlib.contextmanager
def _terminate_cleanly():
    """While writing, SIGTERM raises Terminated instead of ending the process at once (only in
    the main thread, where Python lets a program set handlers; elsewhere nothing changes). A
    handler the program set itself is kept: the xlplugin command's stops the whole run (cli.py)."""
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return

    def stop(_signum, _frame):
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except (ValueError, OSError):  # an embedding program that keeps its handlers
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# (guard21) What a refresh says when its workbook was written by another run (or saved by a
# program) after it was read: writing would throw that run's work away, or its own report would
# not be true of the file.
CHANGED_MEANWHILE = ("{path} changed while this refresh ran (another refresh, or a program that saved it): nothing "
                     "was written; refresh again")


def file_stamp(path: Path) -> tuple[int, int, int, str] | None:
    """What tells one version of a file from the next: its inode, size and modification time
    (a refresh or `score` replaces a file, which gives it a new inode), and (loose22) a hash of
    its contents: a file written in place within the time a file system's clock tells apart (a
    second or two on many shared drives and on FAT, exFAT's 10 ms) keeps its inode and time, and
    one of the same size kept all three; only its contents tell the versions apart. None where it
    is not there."""
    try:
        found = path.stat()
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns, digest.hexdigest()


def atomic_write(path: Path, write: Callable[[Path], None], option: str = REFRESH_OPTION,
                 read_as: tuple[Path, tuple[int, int, int, str] | None] | None = None) -> None:
    """Call `write(temporary_path)`, then move the result over `path` in one step. The temporary
    file is removed whatever stops the write: an error, Ctrl+C or SIGTERM. `option`: as
    `check_writable` takes it. `read_as`: (the file the new one was made from, its `file_stamp`
    when it was read): where that file changed since, nothing is written (`CHANGED_MEANWHILE`).
    (The check is made just before the move, on the file's contents too: two runs that finish
    within that instant are not told apart; no lock file is used, so none is left behind by a crash.)"""
    check_writable(path, option)
    with _terminate_cleanly():
        _atomic_write(path, write, read_as)


def _atomic_write(path: Path, write: Callable[[Path], None],
                  read_as: tuple[Path, tuple[int, int, int, str] | None] | None = None) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    handle, name = tempfile.mkstemp(prefix=".xlplugin-", suffix=path.suffix, dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        if read_as is not None and file_stamp(read_as[0]) != read_as[1]:
            raise WorkbookError(CHANGED_MEANWHILE.format(path=read_as[0]))
        if path.exists():
            # keep the permissions the user had on the file
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except PermissionError:
        temporary.unlink(missing_ok=True)
        raise WorkbookError(
            f"cannot replace {path}: permission denied; it may be open in Excel (close it) or read-only; "
            "nothing was changed"
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
