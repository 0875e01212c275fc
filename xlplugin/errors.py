"""Named exceptions of the library. Each docstring is the message a user sees.

Only the adapters (the command line, the Excel functions, the workbook writer) turn these into
user-facing messages; the core raises them and never prints.
"""

from pathlib import Path

__all__ = [
    "XlpluginError",
    "SettingsError",
    "InputError",
    "WorkbookError",
    "DataFileError",
    "cannot_read",
]


class XlpluginError(Exception):
    """Something went wrong in xlplugin."""

    def __init__(self, message: str | None = None):
        super().__init__(message or (self.__doc__ or "").strip())


class SettingsError(XlpluginError):
    """A setting is unknown or has a value it cannot take."""


class InputError(XlpluginError):
    """An input could not be read as a document."""


class WorkbookError(XlpluginError):
    """A workbook could not be read or written safely."""


class DataFileError(XlpluginError):
    """(loud50) A data file of the package (xlplugin/data: a word list, a cue table) is missing or
    malformed: the package is broken, not the input. The message names the file, the section and
    the line. Deliberately no ValueError, KeyError or OSError: a rule's own handler for a bad date,
    address or number (`except ValueError`) can never take a broken table for bad input and go on
    scoring with that rule off."""


def cannot_read(path: object, exc: OSError, what: str = "") -> str:
    """The message for a file that could not be opened for reading ("PATH: no such file"); `what`
    names what a folder given in its place is not ("a workbook")."""
    if isinstance(exc, FileNotFoundError):
        # (and what to do, as for a file `score` cannot find: inputs.missing_path)
        if Path(str(path)).is_absolute():
            why = "no such file: check the name and each folder on its path"
        else:
            why = (f"no such file in {Path.cwd()} (the folder you ran xlplugin in): check the name, give its "
                   "full path, or run xlplugin from the folder that holds it")
    elif isinstance(exc, PermissionError):
        why = "permission denied (cannot read the file)"
    elif isinstance(exc, IsADirectoryError):
        why = f"is a folder, not {what}" if what else "is a folder"
    else:
        why = f"cannot read ({exc.strerror})"
    return f"{path}: {why}"
