"""What `score --force` loses when it replaces a workbook: the sheets in it that xlplugin does not
write (a sheet of the user's own analysis), named so that a replace is never silent about them.
The scored sheets themselves are written again; edits in them (a note typed in a cell) are lost
too, which the line says in general words."""

from __future__ import annotations

from pathlib import Path

from . import layout
from .outlets import OUTLETS
from .package import Package
from .read_sheet import READ

__all__ = ["OUR_SHEETS", "replaced_note"]

OUR_SHEETS = (layout.DOCUMENTS, READ, layout.OVERVIEW, OUTLETS, layout.EVIDENCE, layout.HOW_TO_READ,
              layout.SETTINGS_SHEET, layout.SOURCES)
_SHOWN = 8  # sheet names in the line, at most


def replaced_note(path: Path) -> str | None:
    """The line `score --force` says before it replaces `path` (None where it is no workbook
    that can be read, or holds nothing of the user's besides the scored sheets)."""
    try:
        with Package.open(path) as package:
            names = list(package.sheets)
    except Exception:  # (not a workbook, damaged, encrypted: nothing to name; it is replaced as --force says)
        return None
    if layout.DOCUMENTS not in names:
        others = names
    else:
        others = [name for name in names if name not in OUR_SHEETS]
    if not others:
        return (f"--force: {path} is replaced; any edits made in its scored sheets (notes typed in cells, "
                "formatting) are lost")
    shown = ", ".join(repr(n) for n in others[:_SHOWN]) + (f" and {len(others) - _SHOWN} more" if len(others) > _SHOWN else "")
    sheets = "sheet" if len(others) == 1 else "sheets"
    return (f"--force: {path} is replaced, with its {sheets} {shown} (not written by xlplugin) and any edits made "
            "in its scored sheets; they are lost")
