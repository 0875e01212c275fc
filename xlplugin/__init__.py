"""xlplugin: source-reliability and bias indicators for spreadsheets.

    >>> import xlplugin
    >>> result = xlplugin.score_text("Officials said on Monday that ...", title="...")
    >>> result.reliability, result.signals["loaded_language"].value

The core (this package without `xlplugin.excel`, `xlplugin.workbook` and `xlplugin.cli`) never
imports xlwings or openpyxl, and runs in Pyodide.
"""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("xlplugin")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"

from .engine import score_text, score_many, score_document
from .errors import XlpluginError, SettingsError, InputError, WorkbookError
from .registry import SCORER_NAMES, TEXT_SIGNALS
from .settings import Settings
from .text import prepare
from .types import DocumentResult, Evidence, Score

__all__ = [
    "__version__",
    "score_text",
    "score_many",
    "score_document",
    "prepare",
    "Settings",
    "Score",
    "Evidence",
    "DocumentResult",
    "SCORER_NAMES",
    "TEXT_SIGNALS",
    "XlpluginError",
    "SettingsError",
    "InputError",
    "WorkbookError",
]
