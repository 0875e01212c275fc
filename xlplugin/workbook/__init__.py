"""Scored workbooks: write one, refresh one in place, read documents and settings from one.

The only part of xlplugin (with the Excel adapters) that imports openpyxl. See `writer` for the
layout, `refresh` for what a refresh keeps (everything it does not own, byte for byte, and the
modules it runs in order), and `package` for the checks every workbook passes before it is
parsed.
"""

from .reader import read_documents, read_settings
from .refresh import RefreshSummary, refresh_workbook
from .writer import write_scored_workbook, write_template

__all__ = [
    "write_scored_workbook",
    "write_template",
    "refresh_workbook",
    "RefreshSummary",
    "read_documents",
    "read_settings",
]
