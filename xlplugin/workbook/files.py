"""Writing a workbook file safely: refuse early when the target is read-only or open in a
spreadsheet program, write to a temporary file in the same folder, and replace the target only
once the new file is complete (a crash or a full disk leaves the old file as it was).
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import Callable

from ..errors import WorkbookError

__all__ = ["check_writable", "atomic_write", "lock_file", "SCORE_OPTION", "REFRESH_OPTION"]

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


def atomic_write(path: Path, write: Callable[[Path], None], option: str = REFRESH_OPTION) -> None:
    """Call `write(temporary_path)`, then move the result over `path` in one step. The temporary
    file is removed whatever stops the write: an error, Ctrl+C or SIGTERM. `option`: as
    `check_writable` takes it."""
    check_writable(path, option)
    with _terminate_cleanly():
        _atomic_write(path, write)


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    handle, name = tempfile.mkstemp(prefix=".xlplugin-", suffix=path.suffix, dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
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
